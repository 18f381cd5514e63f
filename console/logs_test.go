package console_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestLogsTabInBrowser drives the Logs tab and the Timeline in headless
// Chromium against the real log handlers over a real log store: a manager
// opens the Logs tab of a domain, narrows to bounced attempts, pages back,
// opens a failed message's timeline, reads its full multi-line response
// and the advice, and goes back.
func TestLogsTabInBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	store, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	const domain = "bad.example"
	now := time.Now().UTC()
	var in []logstore.Attempt
	add := func(id, msg, rcpt string, code int, enh, resp string, cat schemas.Category, at time.Time) {
		in = append(in, logstore.Attempt{Event: schemas.DeliveryEvent{ID: id, MessageID: msg, Domain: domain, Recipient: rcpt + "@" + domain,
			Sender: "shop@corp.example", Attempt: 1, QueuedAt: at.Add(-2 * time.Minute), CompletedAt: at, SMTPCode: code, EnhancedCode: enh,
			Response: resp, RemoteHost: "mx1." + domain, RemoteIP: "192.0.2.25", Transport: "out1.provider.example",
			Outcome: schemas.OutcomeFromCode(code)}, Category: cat, Arrival: at, Pos: logstore.Pos{Offset: int64(len(in))}})
	}
	for i := range 130 {
		add(fmt.Sprint("ok-", i), fmt.Sprintf("<ok%d@corp.example>", i), fmt.Sprint("user", i), 250, "2.0.0", "250 2.0.0 OK queued as Q"+fmt.Sprint(i),
			schemas.CategoryDelivered, now.Add(-time.Duration(200-i)*time.Minute))
	}
	// One message deferred twice, then bounced.
	msg := "<order-4711@corp.example>"
	add("m1", msg, "anna", 451, "4.7.1", "451 4.7.1 Greylisted, please try again in 300 seconds", schemas.CategoryGreylisted, now.Add(-50*time.Minute))
	add("m2", msg, "anna", 451, "4.7.1", "451 4.7.1 Greylisted, please try again in 300 seconds", schemas.CategoryGreylisted, now.Add(-40*time.Minute))
	add("m3", msg, "anna", 550, "5.1.1", userUnknown, schemas.CategoryUserUnknown, now.Add(-30*time.Minute))
	add("b2", "<other@corp.example>", "ben", 554, "5.7.1", spamhaus, schemas.CategoryBlocklisted, now.Add(-20*time.Minute))
	if _, err := store.Append(ctx, in); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	logs := logstore.NewHandler(logstore.HTTPConfig{Store: store, CanSee: func(*http.Request, string) bool { return true }})
	mux.Handle("GET /api/v1/domains/{domain}/logs", logs)
	mux.Handle("GET /api/v1/domains/{domain}/messages/{message_id}", logs)
	mux.Handle("/", console.Handler())
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tab, pageErrors := browser(t, ctx, exe)
	do(t, tab, chromedp.Navigate(srv.URL+"/domains/"+domain+"?tab=logs&since=24h"))
	waitJS(t, tab, 10*time.Second, "the Logs tab shows a page of attempts", `document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 100`)
	if sel := eval[string](t, tab, `document.querySelector("#tab-logs").getAttribute("aria-selected")`); sel != "true" {
		t.Fatalf("Logs tab aria-selected = %q", sel)
	}
	if eval[bool](t, tab, `document.querySelector("#live").offsetParent !== null`) {
		t.Fatal("the live log is visible on the Logs tab")
	}
	first := rows(t, tab, "#logs")[0]
	if !strings.Contains(first[1], "bounced") || !strings.Contains(first[2], "ben@") {
		t.Fatalf("newest row %q, want ben's bounce", first)
	}
	do(t, tab, chromedp.Click(chromedp.CSS("#logs-more"), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "older attempts are added", `document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 134`)

	// Narrow to bounced attempts with the form.
	do(t, tab, chromedp.SetValue(chromedp.CSS("#lf-outcome"), "bounced"), chromedp.Click(chromedp.CSS(`#logs-form button[type=submit]`)))
	waitJS(t, tab, 10*time.Second, "only the bounces are listed", `location.search.includes("outcome=bounced") && document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 2`)
	for _, r := range rows(t, tab, "#logs") {
		if !strings.Contains(r[1], "bounced") {
			t.Fatalf("row %q in a search for bounces", r)
		}
	}
	screenshot(t, tab, "logs-tab.png")

	// Open anna's message's timeline.
	do(t, tab, chromedp.Click(chromedp.CSS(`#logs tbody tr:nth-child(2) a[data-timeline]`), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "the timeline lists the message's three attempts", `document.querySelectorAll("#timeline li.tl-item").length === 3`)
	steps := eval[[]string](t, tab, `Array.from(document.querySelectorAll("#timeline li.tl-item")).map(li => li.innerText)`)
	if !strings.Contains(steps[0], "deferred") || !strings.Contains(steps[2], "bounced") || !strings.Contains(steps[1], "after the previous attempt") {
		t.Fatalf("timeline out of order: %q", steps)
	}
	full := eval[string](t, tab, `document.querySelectorAll("#timeline pre.tl-response")[2].textContent`)
	if full != userUnknown {
		t.Fatalf("full response shown as %q", full)
	}
	if !strings.Contains(steps[2], "user_unknown") || !strings.Contains(strings.ToLower(steps[2]), "address") {
		t.Fatalf("no diagnosis or advice in %q", steps[2])
	}
	for _, want := range []string{"Queued", "Completed", "Delivery delay\n2.0 min", "out1.provider.example", "mx1.bad.example 192.0.2.25", "anna@bad.example", "Event id\nm3"} {
		if !strings.Contains(steps[2], want) {
			t.Fatalf("the last attempt's details lack %q:\n%s", want, steps[2])
		}
	}
	if strings.Contains(eval[string](t, tab, `document.querySelector("#timeline").innerText`), "object") {
		t.Fatal("the timeline shows an unrendered object")
	}
	screenshot(t, tab, "timeline.png")
	do(t, tab, chromedp.Click(chromedp.CSS(`#timeline .back a`), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "back on the logs", `!document.querySelector("#logs-search").hidden && document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 100`)
	do(t, tab, chromedp.Click(chromedp.CSS(`#tab-status`)))
	waitJS(t, tab, 10*time.Second, "the Mail flow tab is back", `document.querySelector("#logs-panel").hidden && !document.querySelector("#d-body").classList.contains("tab-hidden")`)

	for _, e := range pageErrors() {
		// This test serves no status or live-log API: those 404s are expected.
		if strings.Contains(e, "404") {
			continue
		}
		t.Errorf("page error: %s", e)
	}
}
