package consoleapi

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestSearchAcrossDomains drives the console's search box in headless
// Chromium against a real instance (processor, log store, read API,
// console API; issue 17's review: the box only opened a domain's page,
// while the Logs API can find a recipient's attempts and a message's in
// every domain). One message went to a1.example and a2.example (reseller
// A's tree) and b1.example (reseller B's); reseller A's manager finds the
// message by its id — with or without the angle brackets — in A's two
// domains only, finds a recipient's attempts by address and opens a
// timeline from there, and learns nothing of B's recipients and messages:
// not in the page, and not from the API directly. A customer manager of
// A1 sees only a1.example's part; the operator sees all three.
func TestSearchAcrossDomains(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-search", 3, "mRA", "mCA1")
	_, srv := in.serve(t, ctx)

	const shared, bOnly = "<shared-1@news.example>", "<b-only-7@news.example>"
	var rs []*kgo.Record
	seq := 0
	add := func(rcpt, msg string, code int, resp string) {
		seq++
		now := time.Now().UTC()
		e := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("search-%04d", seq), MessageID: msg, Recipient: rcpt, Sender: "news@news.example",
			Attempt: 1, QueuedAt: now.Add(-2 * time.Second), CompletedAt: now, SMTPCode: code, Response: resp, RemoteHost: "mx.example", Transport: "mta-1"}
		if err := e.Validate(); err != nil {
			t.Fatal(err)
		}
		v, err := schemas.MarshalDeliveryEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, &kgo.Record{Key: []byte(e.Domain), Value: v})
	}
	const secretResp = "550 5.1.1 <bob@b1.example> mailbox of reseller B unavailable"
	add("anna@a1.example", shared, 451, "451 4.7.1 Greylisted, try again later")
	add("carl@a2.example", shared, 250, "250 2.0.0 OK queued as A2")
	add("bob@b1.example", shared, 550, secretResp)
	add("anna@a1.example", "<other-2@news.example>", 250, "250 2.0.0 OK queued as A1")
	add("bob@b1.example", bOnly, 550, secretResp)
	add("anna@a1.example", shared, 250, "250 2.0.0 OK queued as A1b")
	if err := in.cl.ProduceSync(ctx, rs...).FirstErr(); err != nil {
		t.Fatal(err)
	}

	// get reads path with the operator's token or a session's cookies.
	get := func(c *http.Client, token, path string) (int, string) {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	parts := func(c *http.Client, token, id string) []string {
		t.Helper()
		code, body := get(c, token, "/api/v1/messages/"+url.PathEscape(id))
		var m logstore.MessageTimelines
		if code != http.StatusOK || json.Unmarshal([]byte(body), &m) != nil {
			t.Fatalf("message %s: %d %s", id, code, body)
		}
		var out []string
		for _, p := range m.Domains {
			out = append(out, fmt.Sprintf("%s:%d", p.Domain, len(p.Attempts)))
		}
		slices.Sort(out)
		return out
	}
	// Every attempt is in the log store before the browser searches.
	for want := []string{"a1.example:2", "a2.example:1", "b1.example:1"}; ; {
		if got := parts(http.DefaultClient, adminToken, shared); slices.Equal(got, want) {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the attempts never reached the log store")
		}
		time.Sleep(50 * time.Millisecond)
	}

	tb, errs := tab(t, ctx, exe)
	signInUI(t, tb, srv.URL, "ra@a.example")
	search := func(q string) {
		t.Helper()
		run(t, tb, chromedp.Navigate(srv.URL+"/"))
		waitTrue(t, tb, "the overview", `!document.getElementById('overview').hidden`)
		run(t, tb, chromedp.SetValue("#q", q), chromedp.Click("#search button"))
		waitTrue(t, tb, "the results of "+q, `location.pathname === '/search' && !document.getElementById('results').hidden && document.getElementById('results').dataset.done === `+fmt.Sprintf("%q", q))
	}
	resultsText := func() string { return js[string](t, tb, `document.getElementById('results').innerText`) }
	// noLeak checks that the page shows nothing of b1.example's attempts:
	// not their response, not their outcome (A's attempts are deferred
	// and delivered only), nor the words typed when the search was not
	// of them.
	noLeak := func(what string, words ...string) {
		t.Helper()
		body := js[string](t, tb, `document.body.innerText`)
		for _, s := range append([]string{"reseller B unavailable", "bounced", "550"}, words...) {
			if strings.Contains(body, s) {
				t.Errorf("%s: the page shows %q of reseller B's tree:\n%s", what, s, body)
			}
		}
	}

	// A message id finds the message in every domain of the manager's tree.
	for _, q := range []string{shared, strings.Trim(shared, "<>")} {
		search(q)
		got := js[[]string](t, tb, `Array.from(document.querySelectorAll('#results .msg-part')).map(e => e.dataset.domain + ':' + e.dataset.attempts)`)
		if want := []string{"a1.example:2", "a2.example:1"}; !slices.Equal(got, want) {
			t.Errorf("search %q: message parts %q, want %q; the results say:\n%s", q, got, want, resultsText())
		}
		noLeak("search "+q, "b1.example", "bob@")
	}
	shot(t, tb, "console-search-message.png")
	// Its timeline opens from the results.
	run(t, tb, chromedp.Click(`#results .msg-part[data-domain="a1.example"] a`))
	waitTrue(t, tb, "a1.example's timeline of the message", `location.pathname === '/domains/a1.example' && !document.getElementById('timeline').hidden && document.querySelectorAll('#timeline .tl-item').length === 2`)

	// A recipient's attempts, newest first, with their messages.
	search("Anna@A1.example")
	got := js[[]string](t, tb, `Array.from(document.querySelectorAll('#results .rcpt-results tbody tr')).map(r => r.querySelector('.outcome').textContent + ' ' + r.querySelector('.msg a').getAttribute('href'))`)
	want := []string{
		"delivered /domains/a1.example?tab=logs&message=" + url.QueryEscape(shared),
		"delivered /domains/a1.example?tab=logs&message=" + url.QueryEscape("<other-2@news.example>"),
		"deferred /domains/a1.example?tab=logs&message=" + url.QueryEscape(shared),
	}
	if !slices.Equal(got, want) {
		t.Errorf("anna's attempts: %q, want %q; the results say:\n%s", got, want, resultsText())
	}
	if !js[bool](t, tb, `Boolean(document.querySelector('#results a[href="/domains/a1.example"]'))`) {
		t.Errorf("no link to a1.example's Mail Flow Status in the results:\n%s", resultsText())
	}
	noLeak("search Anna@A1.example", "b1.example", "bob@")
	// The address in angle brackets, as mail headers write it.
	search("<anna@a1.example>")
	if n := js[int](t, tb, `document.querySelectorAll('#results .rcpt-results tbody tr').length`); n != 3 {
		t.Errorf("<anna@a1.example>: %d attempts, want 3; the results say:\n%s", n, resultsText())
	}
	shot(t, tb, "console-search-recipient.png")

	// Reseller B's recipient and message: nothing, the same words as for
	// what does not exist.
	for _, q := range []string{"bob@b1.example", bOnly, "nobody@a2.example"} {
		search(q)
		if txt := resultsText(); !strings.Contains(txt, "Nothing found") {
			t.Errorf("search %q: the results do not say nothing was found:\n%s", q, txt)
		}
		noLeak("search " + q)
	}

	// The API directly, with the manager's session: the same scope.
	signIn := func(email string) *http.Client {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/api/v1/session", strings.NewReader(fmt.Sprintf(`{"email":%q,"password":%q}`, email, testPassword)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("sign in %s: %s", email, resp.Status)
		}
		return c
	}
	sess := signIn("ra@a.example")
	if got, want := parts(sess, "", shared), []string{"a1.example:2", "a2.example:1"}; !slices.Equal(got, want) {
		t.Errorf("reseller A's manager, message %s from the API: %q, want %q", shared, got, want)
	}
	if got := parts(sess, "", bOnly); len(got) != 0 {
		t.Errorf("reseller A's manager sees reseller B's message: %q", got)
	}
	if code, body := get(sess, "", "/api/v1/domains/b1.example/logs?recipient=bob%40b1.example"); code != http.StatusNotFound || strings.Contains(body, "bob@") {
		t.Errorf("reseller A's manager, b1.example's logs: %d %s, want 404 without its attempts", code, body)
	}
	if got, want := parts(signIn("ca1@a.example"), "", shared), []string{"a1.example:2"}; !slices.Equal(got, want) {
		t.Errorf("customer A1's manager, message %s: %q, want %q", shared, got, want)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}

	// Signed out, the search says to sign in: trying again would not
	// help (fresh review: it said "Try again in a moment").
	out, _ := tab(t, ctx, exe)
	run(t, out, chromedp.Navigate(srv.URL+"/search?q="+url.QueryEscape(shared)))
	waitTrue(t, out, "the signed-out search", `document.getElementById('results').dataset.done === `+fmt.Sprintf("%q", shared))
	if txt := js[string](t, out, `document.getElementById('results').innerText`); !strings.Contains(txt, "Sign in to search") || strings.Contains(txt, "Try again") {
		t.Errorf("the signed-out search says:\n%s", txt)
	}
}
