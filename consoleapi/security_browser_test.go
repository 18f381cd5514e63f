package consoleapi

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestAccountSecurityBrowser drives the "API tokens & sessions" tab of the
// managers' console in headless Chromium, on a real instance (processor,
// read API, console API), with a second sign-in of the same manager from
// a plain HTTP client (its own cookie jar): the page lists both sessions
// with this browser marked; the manager creates an API token, which is
// shown once and reads the domain's status through the read API with
// Authorization: Bearer, revokes it (the API refuses it at once), signs
// the other session out (its next request is refused) and then, with two
// more sessions open elsewhere, signs out all other sessions, while this
// browser stays signed in throughout.
func TestAccountSecurityBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	in := startInstance(t, ctx, "consoleapi-security", 1, "mCA1")
	// Mounted as mailflow run mounts it: the read API knows the console's
	// sessions and tokens.
	_, srv := in.serve(t, ctx)
	// The fixture's HTTP clients (one cookie jar each) against this server.
	f := &fixture{t: t, ctx: ctx, srv: srv, accounts: in.acc}
	other := f.signIn("ca1@a.example")
	_, otherID := other.mySessions()

	tb, errs := tab(t, ctx, exe)
	signInUI(t, tb, srv.URL, "ca1@a.example")
	// By keyboard: End moves from Overview to the last tab.
	run(t, tb, chromedp.Focus("#tab-tree"), chromedp.KeyEvent(kb.End))
	waitTrue(t, tb, "the tab by keyboard", `document.activeElement.id === 'tab-security' && !document.getElementById('panel-security').hidden && document.getElementById('panel-tree').hidden`)
	rows := `Array.from(document.querySelectorAll('#sessions tbody tr[data-id]'))`
	waitTrue(t, tb, "both sessions", rows+`.length === 2`)
	cur := js[string](t, tb, rows+`.find((r) => r.classList.contains('current')).dataset.id`)
	if cur == "" || cur == otherID {
		t.Fatalf("the current session %q (the other is %q)", cur, otherID)
	}
	if first := js[string](t, tb, rows+`[0].innerText`); !strings.Contains(first, "Headless Chrome") || !strings.Contains(first, "this browser") || !strings.Contains(first, "127.0.0.1") {
		t.Errorf("the first row, this browser's: %q", first)
	}
	if o := js[string](t, tb, rows+`.find((r) => r.dataset.id === '`+otherID+`').innerText`); !strings.Contains(o, "Go-http-client/1.1") || !strings.Contains(o, "Sign out") || strings.Contains(o, "this browser") {
		t.Errorf("the other session's row: %q", o)
	}
	// Times with their date and zone, 24-hour.
	if signed := js[string](t, tb, rows+`[0].cells[2].textContent`); !regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d \S+$`).MatchString(signed) {
		t.Errorf("signed in shown as %q", signed)
	}
	waitTrue(t, tb, "no tokens yet", `document.querySelector('#tokens tbody').textContent.includes('You have no API tokens.')`)

	// A token, shown once.
	run(t, tb, chromedp.SendKeys("#token-name", "monitoring on mon1"), chromedp.Click("#token-new button[type=submit]"))
	waitTrue(t, tb, "the new token", `!document.getElementById('token-once').hidden && document.getElementById('token-value').value.startsWith('mft_')`)
	tok := js[string](t, tb, `document.getElementById('token-value').value`)
	if s := js[string](t, tb, `document.getElementById('token-once').innerText`); !strings.Contains(s, "it will not be shown again") || !strings.Contains(s, "monitoring on mon1") {
		t.Errorf("the token's note: %q", s)
	}
	waitTrue(t, tb, "the token listed", `document.querySelector('#tokens tbody tr[data-id]') && document.querySelector('#tokens tbody tr[data-id]').innerText.includes('monitoring on mon1') && document.querySelector('#tokens tbody tr[data-id]').innerText.includes('…`+tok[len(tok)-4:]+`')`)
	if js[bool](t, tb, `document.getElementById('tokens').outerHTML.includes('`+tok+`')`) {
		t.Error("the token list shows the token itself")
	}
	run(t, tb, chromedp.Click("#token-copy"))
	waitTrue(t, tb, "copied", `document.getElementById('notice').textContent === 'The token is copied.' || document.getElementById('error').textContent.includes('Copying was refused')`)
	shot(t, tb, "console-security-token.png")
	bearer := f.client()
	bearer.token = tok
	status := func(domain string) int {
		code, _ := bearer.do("GET", "/api/v1/domains/"+domain+"/status", nil)
		return code
	}
	if c := status("a1.example"); c != 200 {
		t.Fatalf("the read API with the new token: %d, want 200", c)
	}
	if c := status("b1.example"); c != 404 {
		t.Fatalf("another reseller's domain with the token: %d, want 404", c)
	}
	// Once: loaded again (by the link to the tab), the page has the token
	// nowhere.
	run(t, tb, chromedp.Navigate(srv.URL+"/account#security"))
	waitTrue(t, tb, "the tab opened by its link", `!document.getElementById('app').hidden && !document.getElementById('panel-security').hidden && document.getElementById('tab-security').getAttribute('aria-selected') === 'true'`)
	waitTrue(t, tb, "the token listed again", `document.querySelectorAll('#tokens tbody tr[data-id]').length === 1`)
	if js[bool](t, tb, `document.documentElement.outerHTML.includes('`+tok+`') || !document.getElementById('token-once').hidden`) {
		t.Fatal("the token is shown again after a reload")
	}

	// Revoke it (confirmed): the read API refuses it at once.
	js[bool](t, tb, `(window.confirm = (q) => { window.asked = q; return true; }, true)`)
	run(t, tb, chromedp.Click(`#tokens tbody tr[data-id] button`))
	waitTrue(t, tb, "no tokens", `document.querySelector('#tokens tbody').textContent.includes('You have no API tokens.')`)
	if q := js[string](t, tb, `window.asked`); !strings.Contains(q, "monitoring on mon1") {
		t.Errorf("the confirmation asked %q", q)
	}
	if c := status("a1.example"); c != 401 {
		t.Fatalf("the read API with the revoked token: %d, want 401", c)
	}

	// Sign the other session out.
	run(t, tb, chromedp.Click(`#sessions tbody tr[data-id="`+otherID+`"] button`))
	waitTrue(t, tb, "one session left", rows+`.length === 1 && `+rows+`[0].dataset.id === '`+cur+`' && document.getElementById('sessions-others').disabled`)
	if code, _ := other.do("GET", "/api/v1/domains/a1.example/status", nil); code != 401 {
		t.Fatalf("the signed-out session on the read API: %d, want 401", code)
	}
	if code, _ := other.do("GET", "/api/v1/session", nil); code != 401 {
		t.Fatalf("the signed-out session: %d, want 401", code)
	}
	if code := js[int](t, tb, `fetch('/api/v1/domains/a1.example/status').then(r => r.status)`); code != 200 {
		t.Fatalf("this browser after signing the other out: %d, want 200", code)
	}

	// Two more elsewhere; "Sign out all other sessions".
	o2, o3 := f.signIn("ca1@a.example"), f.signIn("ca1@a.example")
	run(t, tb, chromedp.Click("#tab-tree"), chromedp.Click("#tab-security"))
	waitTrue(t, tb, "three sessions", rows+`.length === 3 && !document.getElementById('sessions-others').disabled`)
	shot(t, tb, "console-security-sessions.png")
	run(t, tb, chromedp.Click("#sessions-others"))
	waitTrue(t, tb, "only this browser", rows+`.length === 1 && `+rows+`[0].dataset.id === '`+cur+`'`)
	if q := js[string](t, tb, `window.asked`); !strings.Contains(q, "2 other sessions") {
		t.Errorf("the confirmation asked %q", q)
	}
	for _, c := range []*client{o2, o3} {
		if code, _ := c.do("GET", "/api/v1/session", nil); code != 401 {
			t.Fatalf("a session signed out with the others: %d, want 401", code)
		}
	}
	if code := js[int](t, tb, `fetch('/api/v1/session').then(r => r.status)`); code != 200 {
		t.Fatalf("this browser after signing out the others: %d, want 200", code)
	}

	// A phone: nothing wider than the screen.
	run(t, tb, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	if w := js[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("on a 390 px wide phone the page is %d px wide", w)
	}
	shot(t, tb, "console-security-phone.png")
	run(t, tb, chromedp.EmulateReset())
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}
}
