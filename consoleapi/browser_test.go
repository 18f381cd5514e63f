package consoleapi

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// chromium returns Debian's chromium, skipping on a developer machine
// without one; CI installs it, so there its absence is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("MAILFLOW_CHROMIUM"), "/usr/bin/chromium"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if _, ci := os.LookupEnv("CI"); ci {
		t.Fatal("Debian's chromium is not installed; CI must install it")
	}
	t.Skip("Debian's chromium is not installed (apt-get install chromium, or set MAILFLOW_CHROMIUM)")
	return ""
}

// tab starts a headless Chromium of its own (its own cookies) and returns
// a tab and the page's errors so far.
func tab(t *testing.T, ctx context.Context, exe string) (context.Context, func() []string) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1100, 900))
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tb, cancelTab := chromedp.NewContext(alloc)
	var wg sync.WaitGroup
	t.Cleanup(func() { cancelTab(); cancelAlloc(); wg.Wait() })
	var mu sync.Mutex
	var errs []string
	msgs := chromedp.Console(tb)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() {
				mu.Lock()
				errs = append(errs, fmt.Sprintf("%s %s", m.Type, m.Text))
				mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(tb, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return tb, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), errs...) }
}

func run(t *testing.T, tb context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb, steps...); err != nil {
		t.Fatal(err)
	}
}

func js[T any](t *testing.T, tb context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tb, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func waitTrue(t *testing.T, tb context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ok, err := chromedp.Run(tb, chromedp.Evaluate[bool]("Boolean("+expr+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			body, _ := chromedp.Run(tb, chromedp.Evaluate[string]("document.body.innerText"))
			t.Fatalf("%s: not true within 15s (%s, %v); the page shows:\n%s", what, expr, err, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// shot saves a screenshot into MAILFLOW_SCREENSHOT_DIR (or the test's
// temporary directory).
func shot(t *testing.T, tb context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(tb, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("MAILFLOW_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func signInUI(t *testing.T, tb context.Context, url, email string) {
	t.Helper()
	run(t, tb, chromedp.Navigate(url+"/account"))
	waitTrue(t, tb, "the sign-in form", `!document.getElementById('signin').hidden`)
	run(t, tb, chromedp.SendKeys("#email", email), chromedp.SendKeys("#password", testPassword), chromedp.Click("#signin button"))
	waitTrue(t, tb, "signed in", `!document.getElementById('app').hidden && document.querySelectorAll('#children tbody tr').length > 0`)
}

// TestConsoleBrowser drives the managers' console in headless Chromium: a
// customer manager signs in, sees their domains worst first, turns on
// e-mail notifications at the customer level (the subscription lands on
// the config topic), raises the threshold and signs out, which ends the
// session; a manager of reseller B can neither see nor change reseller
// A's customer, through the UI or the API, with or without the CSRF token.
func TestConsoleBrowser(t *testing.T) {
	exe := chromium(t)
	ents := append(world(), directory.Domain{Name: "a1b.example", Customer: "cA1"}, directory.Domain{Name: "a1c.example", Customer: "cA1"})
	sts := fixedStatuses{"a1.example": schemas.StatusGood, "a1b.example": schemas.StatusBad, "b1.example": schemas.StatusBad}
	f := newFixture(t, ents, sts, console.Handler())
	ctx, cancel := context.WithTimeout(f.ctx, 90*time.Second)
	defer cancel()

	tb, errs := tab(t, ctx, exe)
	signInUI(t, tb, f.srv.URL, "ca1@a.example")
	rows := js[[]string](t, tb, `Array.from(document.querySelectorAll('#children tbody tr')).map(r => r.cells[0].textContent + ' ' + r.cells[4].textContent.trim())`)
	if len(rows) != 3 || rows[0] != "a1b.example bad Mail Flow" {
		t.Fatalf("customer's domains, worst first: %q", rows)
	}
	shot(t, tb, "console-tree.png")

	// By keyboard: focus the Overview tab, arrow right to Mail Flow.
	run(t, tb, chromedp.Focus("#tab-tree"), chromedp.KeyEvent(kb.ArrowRight))
	waitTrue(t, tb, "the Mail Flow tab", `document.activeElement.id === 'tab-mailflow' && !document.getElementById('panel-mailflow').hidden && document.getElementById('threshold-source').textContent === 'inherited from the global default'`)
	shot(t, tb, "console-mailflow-tab.png")

	// E-mail notifications at the customer level.
	if !js[bool](t, tb, `document.getElementById('ch-email').checked`) {
		t.Fatal("e-mail is not offered checked for a manager with an address")
	}
	run(t, tb, chromedp.Click("#notify button[type=submit]"))
	waitTrue(t, tb, "notifications on", `document.getElementById('notify-state').textContent.includes('on at this level')`)
	id := directory.ConsoleSubscriptionID("mCA1", directory.LevelCustomer, "cA1")
	sub, ok := f.table.Current().Subscriptions[id]
	if !ok || sub.Manager != "mCA1" || sub.Level != directory.LevelCustomer || sub.Of != "cA1" || len(sub.Channels) != 1 || sub.Channels[0] != "email" {
		t.Fatalf("subscription record %s: %+v (found %v)", id, sub, ok)
	}
	shot(t, tb, "console-notifications.png")
	// A phone: nothing wider than the screen.
	run(t, tb, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	if w := js[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("on a 390 px wide phone the page is %d px wide", w)
	}
	shot(t, tb, "console-phone.png")
	run(t, tb, chromedp.EmulateReset())

	// Raise the threshold at the customer level.
	run(t, tb, chromedp.SetValue("#threshold", "0.96"), chromedp.Click("#settings button[type=submit]"))
	waitTrue(t, tb, "threshold set here", `document.getElementById('threshold-source').textContent === 'set here'`)
	if got := f.table.Current().Customers["cA1"].Threshold; got != 9600 {
		t.Fatalf("customer cA1's threshold in the directory: %v, want 0.96", got)
	}

	// Sign out: the session ends everywhere (its record is tombstoned).
	if f.accounts.SessionCount() != 1 {
		t.Fatalf("%d sessions before sign-out", f.accounts.SessionCount())
	}
	run(t, tb, chromedp.Click("#signout"))
	waitTrue(t, tb, "signed out", `!document.getElementById('signin').hidden`)
	if n := f.accounts.SessionCount(); n != 0 {
		t.Fatalf("%d sessions after sign-out", n)
	}
	if code := js[int](t, tb, `fetch('/api/v1/session').then(r => r.status)`); code != 401 {
		t.Fatalf("session after sign-out: %d, want 401", code)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}

	// Reseller B's manager, in a browser of their own.
	tb2, _ := tab(t, ctx, exe)
	signInUI(t, tb2, f.srv.URL, "rb@b.example")
	names := js[[]string](t, tb2, `Array.from(document.querySelectorAll('#children tbody tr')).map(r => r.cells[0].textContent)`)
	if len(names) != 1 || names[0] != "Customer B1 (cB1)" {
		t.Fatalf("reseller B's manager sees %q", names)
	}
	run(t, tb2, chromedp.Navigate(f.srv.URL+"/static/account.html#customer/cA1"))
	waitTrue(t, tb2, "A's customer refused", `document.getElementById('error').textContent.includes('no customer "cA1" in your tree')`)
	if js[bool](t, tb2, `document.body.innerText.includes('a1b.example')`) {
		t.Fatal("reseller B's manager sees a domain of reseller A")
	}
	before := f.table.Current()
	for _, tc := range []struct {
		name, expr string
		want       int
	}{
		{"with the CSRF token", `fetch('/api/v1/settings/customer/cA1', {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf}, body: '{"threshold": 0.5}'}).then(r => r.status)`, 404},
		{"without the CSRF token", `fetch('/api/v1/settings/customer/cA1', {method: 'PUT', headers: {'Content-Type': 'application/json'}, body: '{"threshold": 0.5}'}).then(r => r.status)`, 403},
		{"notifications with the token", `fetch('/api/v1/me/notifications/domain/a1.example', {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf}, body: '{"channels":["email"],"transitions":["bad"]}'}).then(r => r.status)`, 404},
		{"read A's tree", `fetch('/api/v1/tree/reseller/rA').then(r => r.status)`, 404},
		{"read A's settings", `fetch('/api/v1/settings/domain/a1.example').then(r => r.status)`, 404},
	} {
		if got := js[int](t, tb2, tc.expr); got != tc.want {
			t.Errorf("reseller B's manager, %s: %d, want %d", tc.name, got, tc.want)
		}
	}
	if f.table.Current() != before {
		t.Fatal("reseller B's manager changed the directory")
	}
	// Their own customer they can change, from the same page.
	if code := js[int](t, tb2, `fetch('/api/v1/settings/customer/cB1', {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf}, body: '{"window": 30}'}).then(r => r.status)`); code != 200 {
		t.Fatalf("reseller B's own customer: %d, want 200", code)
	}
}
