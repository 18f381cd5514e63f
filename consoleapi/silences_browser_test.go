package consoleapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestSilencesInBrowser drives the Silences page in headless Chromium
// against a real instance (processor on an in-process broker, read API,
// console, console API): a customer manager opens a Bad domain's page,
// follows "Silence this domain", is told why another reseller's domain
// cannot be silenced, silences the domain for 4 hours with a reason, sees
// the banner on the domain page and the tag in the domain list, ends the
// silence early from the Silences page, and the banner is gone.
func TestSilencesInBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-silences", 1, "mCA1")
	p, cl, topics, acc := in.p, in.cl, in.topics, in.acc
	// Mounted as mailflow run mounts it: the read API knows the console's
	// sessions.
	var h *Handler
	var err error
	apiH := api.Handler(api.Config{Backend: p, Extra: console.Handler(), AdminToken: adminToken, Log: quiet(),
		Session: func(r *http.Request) (directory.Manager, bool, bool) { return h.Caller(r) }})
	h, err = New(ctx, Config{Directory: p.Directory, Client: cl, ConfigTopic: topics.Config, AuditTopic: "mailflow.audit",
		Accounts: acc, Statuses: &APIStatuses{API: apiH, Token: adminToken, TTL: time.Millisecond}, AdminToken: adminToken, Log: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(apiH))
	t.Cleanup(srv.Close)

	// a1.example: 22 delivered, then 3 bounces — Bad.
	var rs []*kgo.Record
	for i := range 25 {
		now := time.Now().UTC()
		e := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("sil-%04d", i), MessageID: fmt.Sprintf("<m%d@a.example>", i),
			Recipient: fmt.Sprintf("user%d@a1.example", i), Sender: "news@a.example", Attempt: 1,
			QueuedAt: now.Add(-time.Second), CompletedAt: now, SMTPCode: 250, Response: "250 2.0.0 OK queued", RemoteHost: "mx.a1.example", Transport: "mta-1"}
		if i >= 22 {
			e.SMTPCode, e.EnhancedCode, e.Response = 550, "5.1.1", "550 5.1.1 <user> User unknown"
		}
		v, err := schemas.MarshalDeliveryEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, &kgo.Record{Key: []byte("a1.example"), Value: v})
	}
	if err := cl.ProduceSync(ctx, rs...).FirstErr(); err != nil {
		t.Fatal(err)
	}

	tb, errs := tab(t, ctx, exe)
	signInUI(t, tb, srv.URL, "ca1@a.example")

	// The domain page, not silenced: it offers to silence it.
	run(t, tb, chromedp.Navigate(srv.URL+"/domains/a1.example"))
	waitTrue(t, tb, "a1.example is Bad", `document.getElementById('d-status').textContent === 'bad'`)
	waitTrue(t, tb, "the link to silence it", `!document.getElementById('d-silence-link').hidden`)
	if !js[bool](t, tb, `document.getElementById('d-silence').hidden`) {
		t.Fatal("a silence banner on a domain nobody silenced")
	}
	run(t, tb, chromedp.Click("#d-silence-link a"))
	waitTrue(t, tb, "the Silences page, prefilled", `location.pathname === '/silences' && document.getElementById('sil-target').value === 'a1.example' && !document.getElementById('new').hidden`)
	waitTrue(t, tb, "the empty list", `document.querySelector('#silences tbody tr.placeholder')`)

	// Until tomorrow 08:00: the preview says so.
	run(t, tb, chromedp.Click(`input[name=until][value=tomorrow]`))
	waitTrue(t, tb, "the preview", `document.getElementById('sil-preview').textContent.includes('until') && document.getElementById('sil-preview').textContent.includes('08:00')`)

	// Another reseller's domain: the API's reason is shown, nothing is made.
	run(t, tb, chromedp.SetValue("#sil-target", "b1.example"), chromedp.SetValue("#sil-reason", "not mine"),
		chromedp.Click(`input[name=until][value="4h"]`), chromedp.Click("#sil-form button[type=submit]"))
	waitTrue(t, tb, "the refusal", `document.getElementById('sil-error').textContent.includes('no domain "b1.example" in your tree')`)
	if n := len(p.Directory().Silences); n != 0 {
		t.Fatalf("%d silences after a refused request", n)
	}

	// a1.example for 4 hours.
	run(t, tb, chromedp.SetValue("#sil-target", "a1.example"), chromedp.SetValue("#sil-reason", "MX migration, ticket 4711"),
		chromedp.Click("#sil-form button[type=submit]"))
	waitTrue(t, tb, "the silence listed in force", `Array.from(document.querySelectorAll('#silences tbody tr')).some(r => r.cells[0].textContent === 'in force' && r.cells[1].textContent === 'a1.example' && r.cells[4].textContent === 'MX migration, ticket 4711')`)
	if js[bool](t, tb, `!document.getElementById('sil-error').hidden`) {
		t.Fatalf("an error stayed up: %s", js[string](t, tb, `document.getElementById('sil-error').textContent`))
	}
	sil, ok := p.Directory().SilenceOf("a1.example", time.Now())
	if !ok || sil.CreatedBy != "mCA1" || sil.Reason != "MX migration, ticket 4711" || sil.End.Sub(sil.Start) != 4*time.Hour {
		t.Fatalf("the directory's silence of a1.example: %+v (%v)", sil, ok)
	}
	shot(t, tb, "silences-page.png")
	run(t, tb, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	if w := js[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("on a 390 px wide phone the Silences page is %d px wide", w)
	}
	shot(t, tb, "silences-phone.png")
	run(t, tb, chromedp.EmulateReset())

	// The domain page shows it, and the status under it.
	run(t, tb, chromedp.Navigate(srv.URL+"/domains/a1.example"))
	waitTrue(t, tb, "the banner", `!document.getElementById('d-silence').hidden`)
	banner := js[string](t, tb, `document.getElementById('d-silence').textContent`)
	for _, want := range []string{"Silenced until ", " by ca1@a.example: MX migration, ticket 4711", "notifications are held", "Manage silences"} {
		if !strings.Contains(banner, want) {
			t.Fatalf("the banner %q lacks %q", banner, want)
		}
	}
	if until := js[string](t, tb, `(() => { const d = new Date(`+fmt.Sprintf("%d", sil.End.UnixMilli())+`); return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0'); })()`); !strings.Contains(banner, until) {
		t.Fatalf("the banner %q does not say until %s", banner, until)
	}
	if st := js[string](t, tb, `document.getElementById('d-status').textContent`); st != "bad" {
		t.Fatalf("the silenced domain's status shows %q, want bad (still computed)", st)
	}
	shot(t, tb, "silenced-domain.png")

	// The list of all domains tags it.
	run(t, tb, chromedp.Navigate(srv.URL+"/"))
	waitTrue(t, tb, "the tag in the domain list", `Array.from(document.querySelectorAll('#all tbody tr')).some(r => r.cells[0].textContent.startsWith('a1.example') && r.cells[1].querySelector('.silenced-tag'))`)
	if js[bool](t, tb, `Array.from(document.querySelectorAll('#all tbody tr')).some(r => !r.cells[0].textContent.startsWith('a1.example') && r.cells[1].querySelector('.silenced-tag'))`) {
		t.Fatal("a domain that is not silenced is tagged")
	}

	// End it early.
	run(t, tb, chromedp.Navigate(srv.URL+"/silences"))
	waitTrue(t, tb, "the End now button", `document.querySelector('#silences button[data-end]')`)
	run(t, tb, chromedp.Click("#silences button[data-end]"))
	waitTrue(t, tb, "the silence ended", `Array.from(document.querySelectorAll('#silences tbody tr')).some(r => r.cells[0].textContent === 'ended' && r.cells[1].textContent === 'a1.example')`)
	if _, still := p.Directory().SilenceOf("a1.example", time.Now()); still {
		t.Fatal("a1.example is still silenced in the directory")
	}
	run(t, tb, chromedp.Navigate(srv.URL+"/domains/a1.example"))
	waitTrue(t, tb, "no banner, the link again", `document.getElementById('d-status').textContent === 'bad' && !document.getElementById('d-silence-link').hidden`)
	if !js[bool](t, tb, `document.getElementById('d-silence').hidden`) {
		t.Fatalf("the banner stayed after the end: %s", js[string](t, tb, `document.getElementById('d-silence').textContent`))
	}

	// A start chosen in the past: the silence starts now, and the page
	// says so rather than changing it silently.
	run(t, tb, chromedp.Navigate(srv.URL+"/silences"))
	waitTrue(t, tb, "the form", `!document.getElementById('new').hidden`)
	run(t, tb, chromedp.Click(`input[name=from][value=later]`), chromedp.Click(`input[name=until][value="1h"]`))
	// The form takes minutes: the start typed is 20 minutes ago cut to
	// its minute, which may fall a minute later than before's if the
	// page ran past a minute's end.
	typedFrom := time.Now().Add(-20 * time.Minute).Truncate(time.Minute)
	js[bool](t, tb, `(() => { const d = new Date(Date.now() - 20 * 60e3), p = (n) => String(n).padStart(2, '0');
		document.getElementById('sil-start').value = d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes()); return true; })()`)
	run(t, tb, chromedp.SetValue("#sil-level", "domain"), chromedp.SetValue("#sil-target", "a1.example"), chromedp.SetValue("#sil-reason", "started 20 minutes ago"),
		chromedp.Click("#sil-form button[type=submit]"))
	waitTrue(t, tb, "the note that the start moved", `document.getElementById('sil-notice').textContent.includes('Note: the start you gave') && document.getElementById('sil-notice').textContent.includes('the silence starts now')`)
	// It starts now and ends an hour after the start typed: about 40
	// minutes left (a fixed window of 39-41 minutes failed when the
	// minute cut and a loaded machine's delay together took more than
	// one).
	if sil, ok := p.Directory().SilenceOf("a1.example", time.Now()); !ok || sil.Start.Before(typedFrom.Add(20*time.Minute)) ||
		!sil.End.Equal(typedFrom.Add(time.Hour)) && !sil.End.Equal(typedFrom.Add(time.Hour+time.Minute)) {
		t.Fatalf("the silence from 20 minutes ago for 1h: %+v (%v), want it to start now and end at %v (or a minute later)", sil, ok, typedFrom.Add(time.Hour))
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}
}
