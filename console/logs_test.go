package console_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
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

	store := openLogStore(t)
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
	srv := serveLogs(t, store)
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

// TestLogsAgainstAnInstance runs the console in headless Chromium against
// a real instance: a processor on an in-process Kafka-protocol broker
// (kfake) appending to its log store, and the API serving the logs, the
// timeline and the live log from it. From the domain page a manager
// follows the link under the most recent SMTP response to that message's
// timeline, then a live-log row's message id to the same timeline, then
// finds the failed message in the Logs tab.
func TestLogsAgainstAnInstance(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	topics := processor.TopicsWithPrefix("")
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.DefaultProduceTopic(topics.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if err := processor.EnsureTopics(ctx, kadm.NewClient(cl), topics, 3, 1); err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	var p *processor.Processor
	store, err := logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return p.PartitionOf(d) })
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	p, err = processor.New(ctx, processor.Config{Brokers: c.ListenAddrs(), DataDir: dataDir, Partitions: 3,
		Diagnose: diagnose.New().Event, Advice: diagnose.CategoryAdvice, Log: slog.New(slog.DiscardHandler), Logs: processor.NewLogSink(store)})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("processor: %v", err)
		}
	}()
	srv := httptest.NewServer(api.Handler(api.Config{Backend: p, Extra: console.Handler(), Logs: store, StreamInterval: 100 * time.Millisecond,
		Log: slog.New(slog.DiscardHandler)}))
	defer func() {
		// The page's live-log stream holds a request open until its
		// connection goes.
		srv.CloseClientConnections()
		srv.Close()
	}()

	const domain = "bad.example"
	const msg = "<order-4711@corp.example>"
	now := time.Now().UTC()
	var recs []*kgo.Record
	add := func(id, mid, rcpt string, code int, enh, resp string) {
		at := now.Add(time.Duration(len(recs)) * time.Second)
		e := schemas.DeliveryEvent{V: 1, ID: id, MessageID: mid, Recipient: rcpt + "@" + domain, Sender: "shop@corp.example",
			QueuedAt: now.Add(-time.Minute), CompletedAt: at, SMTPCode: code, EnhancedCode: enh, Response: resp,
			RemoteHost: "mx1." + domain, RemoteIP: "192.0.2.25"}
		v, err := schemas.MarshalDeliveryEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(domain), Value: v})
	}
	for i := range 5 {
		add(fmt.Sprint("ok-", i), fmt.Sprintf("<ok%d@corp.example>", i), fmt.Sprint("user", i), 250, "2.0.0", "250 2.0.0 OK queued")
	}
	add("m1", msg, "anna", 451, "4.7.1", "451 4.7.1 Greylisted, please try again in 300 seconds")
	add("m2", msg, "anna", 451, "4.7.1", "451 4.7.1 Greylisted, please try again in 300 seconds")
	add("m3", msg, "anna", 550, "5.1.1", userUnknown)
	// Each in a transaction of its own order: one produce keeps them in order.
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}

	tab, pageErrors := browser(t, ctx, exe)
	do(t, tab, chromedp.Navigate(srv.URL+"/domains/"+domain))
	waitJS(t, tab, 30*time.Second, "the live log shows the domain's eight attempts", `document.querySelectorAll("#live tbody tr[data-seq]").length === 8`)
	waitJS(t, tab, 10*time.Second, "a link to the timeline under the most recent response", `document.querySelector("#d-last-timeline a") !== null`)
	do(t, tab, chromedp.Click(chromedp.CSS(`#d-last-timeline a`), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "the timeline lists the message's three attempts", `document.querySelectorAll("#timeline li.tl-item").length === 3 && document.querySelectorAll("#timeline pre.tl-response").length === 3`)
	if full := eval[string](t, tab, `document.querySelectorAll("#timeline pre.tl-response")[2].textContent`); full != userUnknown {
		t.Fatalf("full response shown as %q", full)
	}
	last := eval[string](t, tab, `document.querySelectorAll("#timeline li.tl-item")[2].innerText`)
	if !strings.Contains(last, "user_unknown") || !strings.Contains(last, diagnose.CategoryAdvice(schemas.CategoryUserUnknown)[:20]) {
		t.Fatalf("no diagnosis or advice in %q", last)
	}

	// Back to the Mail flow tab; the newest live-log row's message id
	// leads to the same timeline.
	do(t, tab, chromedp.Click(chromedp.CSS(`#tab-status`)))
	waitJS(t, tab, 10*time.Second, "the live log is back", `document.querySelector("#logs-panel").hidden && document.querySelectorAll("#live tbody tr[data-seq]").length === 8`)
	eval[bool](t, tab, `document.querySelector("#live tbody tr[data-seq] details").open = true`)
	do(t, tab, chromedp.Click(chromedp.CSS(`#live tbody tr[data-seq] a[data-timeline]`), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "the live log's link opens the timeline", `location.search.includes("message=") && document.querySelectorAll("#timeline li.tl-item").length === 3`)

	// The Logs tab finds the bounce.
	do(t, tab, chromedp.Navigate(srv.URL+"/domains/"+domain+"?tab=logs&since=24h&outcome=bounced"))
	waitJS(t, tab, 10*time.Second, "the Logs tab lists the one bounce", `document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 1`)
	if r := rows(t, tab, "#logs")[0]; !strings.Contains(r[2], "anna@") {
		t.Fatalf("bounce row %q", r)
	}

	// The domain page re-renders its status every 5 s and after each new
	// attempt; a search being paged through and a timeline being read stay
	// as they are (both were loaded anew, "Loading…" and all, on every
	// refresh).
	kept := func(what, sel string, attempts int) {
		t.Helper()
		eval[bool](t, tab, `(document.querySelector(`+strconv.Quote(sel)+`).dataset.kept = "1") === "1"`)
		add(fmt.Sprint("late-", attempts), fmt.Sprintf("<late%d@corp.example>", attempts), "late", 250, "2.0.0", "250 2.0.0 OK queued")
		if err := cl.ProduceSync(ctx, recs[len(recs)-1]).FirstErr(); err != nil {
			t.Fatal(err)
		}
		waitJS(t, tab, 30*time.Second, fmt.Sprintf("the status counts attempt %d", attempts), fmt.Sprintf(`document.querySelector("#d-summary").textContent.includes("last %d attempts")`, attempts))
		if !eval[bool](t, tab, `(() => { const n = document.querySelector(`+strconv.Quote(sel)+`); return n !== null && n.dataset.kept === "1"; })()`) {
			t.Errorf("%s was loaded anew when the status refreshed", what)
		}
	}
	kept("the Logs tab's rows", "#logs tbody tr:not(.placeholder)", 9)
	do(t, tab, chromedp.Navigate(srv.URL+"/domains/"+domain+"?tab=logs&message="+url.QueryEscape(msg)))
	waitJS(t, tab, 10*time.Second, "the timeline is open", `document.querySelectorAll("#timeline li.tl-item").length === 3`)
	kept("the timeline", "#timeline ol.timeline", 10)
	for _, e := range pageErrors() {
		t.Errorf("page error: %s", e)
	}
}

// openLogStore opens a log store of one partition in a temporary
// directory, closed when the test ends.
func openLogStore(t *testing.T) *logstore.Store {
	t.Helper()
	store, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

// serveLogs serves the console and the log handlers over store, every
// domain visible, until the test ends.
func serveLogs(t *testing.T, store *logstore.Store) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	logs := logstore.NewHandler(logstore.HTTPConfig{Store: store, CanSee: func(*http.Request, string) bool { return true }})
	mux.Handle("GET /api/v1/domains/{domain}/logs", logs)
	mux.Handle("GET /api/v1/domains/{domain}/messages/{message_id}", logs)
	mux.Handle("/", console.Handler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}
