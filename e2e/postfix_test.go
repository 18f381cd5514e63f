package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/ingest/postfix"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// postfixLog writes a Postfix log in BSD syslog format, the way an outbound
// relay logs: pickup, cleanup, qmgr's from= line, the smtp client's
// delivery line, bounce notifications and qmgr's removed line.
type postfixLog struct {
	b   strings.Builder
	at  time.Time
	qid int
}

const postfixHost = "mta-out-1.mail.example-cloud.net"

func (l *postfixLog) line(prog string, pid int, format string, args ...any) {
	l.at = l.at.Add(700 * time.Millisecond)
	fmt.Fprintf(&l.b, "%s %s postfix/%s[%d]: %s\n", l.at.Format(time.Stamp), postfixHost, prog, pid, fmt.Sprintf(format, args...))
}

// queue logs a message entering the queue and returns its queue id.
func (l *postfixLog) queue(from string, size int) string {
	l.qid++
	q := fmt.Sprintf("%X", 0x3A1B7C0000+l.qid*0x1F3)
	l.line("pickup", 812, "%s: uid=1001 from=<%s>", q, from)
	l.line("cleanup", 2302, "%s: message-id=<%d.%s@shop.example>", q, l.at.Unix(), q)
	l.line("qmgr", 1102, "%s: from=<%s>, size=%d, nrcpt=1 (queue active)", q, from, size)
	return q
}

// attempt logs one smtp delivery attempt of queue id q.
func (l *postfixLog) attempt(q, rcpt, dsn, status, response string) {
	domain := rcpt[strings.LastIndexByte(rcpt, '@')+1:]
	relay := "mx1." + domain
	ip := map[string]string{
		"example-bank.de":        "192.0.2.25",
		"stadtwerke.example":     "198.51.100.12",
		"praxis-klein.example":   "198.51.100.40",
		"hotel-seeblick.example": "198.51.100.77",
	}[domain]
	if status != "sent" {
		response = fmt.Sprintf("host %s[%s] said: %s (in reply to RCPT TO command)", relay, ip, response)
	}
	l.line("smtp", 23817+l.qid%5, "%s: to=<%s>, relay=%s[%s]:25, delay=1.4, delays=0.11/0.02/0.41/0.86, dsn=%s, status=%s (%s)",
		q, rcpt, relay, ip, dsn, status, response)
	switch status {
	case "sent":
		l.line("qmgr", 1102, "%s: removed", q)
	case "bounced":
		l.line("bounce", 2410, "%s: sender non-delivery notification: %X", q, 0x5C000000+l.qid)
		l.line("qmgr", 1102, "%s: removed", q)
	}
}

// send logs a message delivered at the first attempt.
func (l *postfixLog) send(rcpt string) {
	q := l.queue("newsletter@shop.example", 4000+l.qid*17)
	l.attempt(q, rcpt, "2.0.0", "sent", "250 2.0.0 Ok: queued as "+fmt.Sprintf("%X", 0x4F2A000+l.qid))
}

// bankBlocked is the reply of example-bank.de once the relay's IP is on
// Spamhaus ZEN.
const bankBlocked = "550 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9"

// buildPostfixLog returns a log in which three domains stay healthy (one
// of them with a greylisting deferral that its retry clears) and
// example-bank.de first delivers, is greylisted once, and then bounces
// every message because the sending IP is blocklisted. It returns the log
// and the recipients of example-bank.de's bounces, in order.
func buildPostfixLog(start time.Time) (string, []string) {
	l := &postfixLog{at: start}
	healthy := []string{"stadtwerke.example", "praxis-klein.example", "hotel-seeblick.example"}
	n := 0
	sendHealthy := func(k int) {
		for range k {
			n++
			l.send(fmt.Sprintf("kunde%03d@%s", n, healthy[n%len(healthy)]))
		}
	}
	fmt.Fprintf(&l.b, "%s %s postfix/master[1001]: daemon started -- version 3.7.11, configuration /etc/postfix\n", l.at.Format(time.Stamp), postfixHost)
	for i := range 5 {
		sendHealthy(2)
		l.send(fmt.Sprintf("konto%02d@example-bank.de", i))
	}
	// One greylisting deferral at a healthy domain and one at the bank;
	// both retries are accepted.
	gq := l.queue("newsletter@shop.example", 5120)
	l.attempt(gq, "info@praxis-klein.example", "4.2.0", "deferred", "450 4.2.0 <info@praxis-klein.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/praxis-klein.example.html")
	bq := l.queue("newsletter@shop.example", 6144)
	l.attempt(bq, "service@example-bank.de", "4.2.0", "deferred", "450 4.2.0 <service@example-bank.de>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example-bank.de.html")
	sendHealthy(3)
	l.attempt(gq, "info@praxis-klein.example", "2.0.0", "sent", "250 2.0.0 Ok: queued as 7D1E2F3A4B")
	l.attempt(bq, "service@example-bank.de", "2.0.0", "sent", "250 2.0.0 Ok: queued as 8E2F3A4B5C")
	// The relay's IP lands on Spamhaus ZEN: the bank refuses everything.
	var bounced []string
	for i := range 4 {
		sendHealthy(2)
		rcpt := fmt.Sprintf("filiale%02d@example-bank.de", i)
		q := l.queue("newsletter@shop.example", 4500+i)
		l.attempt(q, rcpt, "5.7.1", "bounced", bankBlocked)
		bounced = append(bounced, rcpt)
	}
	sendHealthy(4)
	return l.b.String(), bounced
}

// kafkaSink produces a batch keyed by domain and returns once the broker
// stored all of it, like `mailflow ingest postfix` (cmd/mailflow/ingest.go);
// it also keeps what it produced.
type kafkaSink struct {
	cl     *kgo.Client
	mu     sync.Mutex
	events []schemas.DeliveryEvent
	calls  int
}

func (k *kafkaSink) sink(ctx context.Context, events []schemas.DeliveryEvent) error {
	recs := make([]*kgo.Record, 0, len(events))
	for i := range events {
		v, err := schemas.MarshalDeliveryEvent(&events[i])
		if err != nil {
			return err
		}
		recs = append(recs, &kgo.Record{Key: []byte(events[i].Domain), Value: v})
	}
	if err := k.cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		return err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.calls++
	k.events = append(k.events, events...)
	return nil
}

// TestPostfixLogToStatusChange is issue 3's end to end: a Postfix log in
// which one domain goes bad is ingested into the deliveries topic, a real
// processor (diagnosis and advice on) evaluates it, and the alerts topic
// holds exactly one good→bad change for that domain whose top category is
// "blocklisted" with advice; the live log and the Mail Flow Status say the
// same, and ingesting the same file again with its checkpoint produces
// nothing.
func TestPostfixLogToStatusChange(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	dir := t.TempDir()

	start := time.Date(2026, 3, 3, 7, 14, 0, 0, time.UTC)
	text, bounced := buildPostfixLog(start)
	logFile := filepath.Join(dir, "mail.log")
	if err := os.WriteFile(logFile, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := e.processorConfig(filepath.Join(dir, "state"), "e2e-postfix")
	// The log store, as `mailflow run` opens it: the live log is a view
	// of it.
	logs, err := logstore.Open(filepath.Join(dir, "logs"), func(d string) int32 { return processor.PartitionFor(d, partitions) },
		logstore.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = logs.Close() })
	cfg.Logs = processor.NewLogSink(logs)
	r := e.startProcessor(cfg)

	ingest := func() (postfix.Stats, *kafkaSink) {
		t.Helper()
		ks := &kafkaSink{cl: e.cl}
		cfg := postfix.Config{
			File:             logFile,
			CheckpointFile:   postfix.CheckpointPath(filepath.Join(dir, "ingest"), logFile),
			BatchLines:       20, // several batches, several checkpoints
			ProgressInterval: -1,
			Logger:           testLogger(t),
			ParserOptions:    []postfix.ParserOption{postfix.WithLocation(time.UTC), postfix.WithNow(func() time.Time { return start.Add(time.Hour) })},
			OnMalformed:      func(me *postfix.MalformedError) { t.Errorf("malformed line: %v", me) },
		}
		if err := os.MkdirAll(filepath.Dir(cfg.CheckpointFile), 0o755); err != nil {
			t.Fatal(err)
		}
		stats, err := postfix.Run(ctx, cfg, ks.sink)
		if err != nil {
			t.Fatalf("postfix.Run: %v", err)
		}
		return stats, ks
	}
	stats, ks := ingest()
	// 5+7+... deliveries: every smtp line is one event.
	if want := int64(strings.Count(text, " postfix/smtp[")); stats.Events != want || stats.Deliveries != want || int64(len(ks.events)) != want {
		t.Fatalf("ingest: %+v, %d events produced; want %d deliveries", stats, len(ks.events), want)
	}
	if stats.Malformed != 0 {
		t.Fatalf("ingest: %d malformed lines", stats.Malformed)
	}
	e.waitProcessed()

	// The cause is the second bounce: with the greylisting deferral it is
	// the third failure in the window (budget 2 of 25 at 90%).
	var bankEvents []schemas.DeliveryEvent
	for _, ev := range ks.events {
		if ev.Domain == "example-bank.de" {
			bankEvents = append(bankEvents, ev)
		}
	}
	i := slices.IndexFunc(bankEvents, func(ev schemas.DeliveryEvent) bool { return ev.Recipient == bounced[1] })
	if i < 0 {
		t.Fatalf("no event for the second bounce %s", bounced[1])
	}
	cause := bankEvents[i]
	if cause.SMTPCode != 550 || cause.EnhancedCode != "5.7.1" || cause.Outcome != schemas.OutcomeBounced || cause.Sender != "newsletter@shop.example" || cause.Size == 0 {
		t.Errorf("the bounce event lacks what the log said: %+v", cause)
	}

	if k := slices.IndexFunc(bankEvents, func(ev schemas.DeliveryEvent) bool {
		return ev.Recipient == "service@example-bank.de" && ev.Outcome == schemas.OutcomeDelivered
	}); k < 0 || bankEvents[k].Attempt != 2 || bankEvents[k].QueuedAt.IsZero() {
		t.Errorf("the accepted retry after greylisting is not attempt 2 with a queue time: %+v", bankEvents[max(k, 0)])
	}

	alerts := e.alerts()
	if len(alerts) != 1 {
		t.Fatalf("want exactly one alert (example-bank.de good→bad), got %d:%s", len(alerts), render(alerts))
	}
	a := alerts[0]
	t.Logf("alert: %s %s→%s failures %d/%d top %+v", a.Domain, a.From, a.To, a.Failures, a.Attempts, a.TopCategories)
	if a.Domain != "example-bank.de" || a.From != schemas.StatusGood || a.To != schemas.StatusBad {
		t.Fatalf("alert is not example-bank.de good→bad:%s", render(alerts))
	}
	if a.CauseEventID != cause.ID || !a.At.Equal(cause.CompletedAt) {
		t.Errorf("alert caused by %s at %s, want the second bounce %s at %s", a.CauseEventID, a.At, cause.ID, cause.CompletedAt)
	}
	if a.Failures != 3 || a.Attempts != 9 || a.Window != 25 || a.Threshold != 0.9 {
		t.Errorf("alert figures: failures %d of %d attempts, window %d, threshold %v; want 3 of 9, 25, 0.9", a.Failures, a.Attempts, a.Window, a.Threshold)
	}
	if !strings.Contains(a.LastResponse, "zen.spamhaus.org") {
		t.Errorf("alert last response %q does not name the blocklist", a.LastResponse)
	}
	if len(a.TopCategories) == 0 || a.TopCategories[0].Category != "blocklisted" || a.TopCategories[0].Count != 2 || a.TopCategories[0].Advice == "" {
		t.Fatalf("alert top categories %+v: want blocklisted ×2 first, with advice", a.TopCategories)
	}
	if len(a.TopCategories) != 2 || a.TopCategories[1].Category != "greylisted" || a.TopCategories[1].Count != 1 {
		t.Errorf("alert top categories %+v: want greylisted ×1 second", a.TopCategories)
	}

	// The live log: newest first in arrival order, a category per attempt.
	wantCat := func(ev schemas.DeliveryEvent) schemas.Category {
		switch {
		case ev.Outcome == schemas.OutcomeDelivered:
			return schemas.CategoryDelivered
		case strings.Contains(ev.Response, "Greylisted"):
			c, _ := schemas.ParseCategory("greylisted")
			return c
		default:
			c, _ := schemas.ParseCategory("blocklisted")
			return c
		}
	}
	st := r.p.Store()
	eventually(t, ctx, 10*time.Second, "the store to hold every bank attempt", func() bool {
		w, err := st.Window("example-bank.de")
		return err == nil && w != nil && w.Seq == uint64(len(bankEvents))
	})
	var live []logstore.Recent
	eventually(t, ctx, 10*time.Second, "the log store to hold every bank attempt", func() bool {
		live, err = logs.Last(ctx, "example-bank.de", 25)
		return err == nil && len(live) == len(bankEvents)
	})
	for k, le := range live {
		ev := bankEvents[len(bankEvents)-1-k]
		if le.Event.ID != ev.ID || le.Event.Recipient != ev.Recipient || le.Event.Response != ev.Response || le.Event.RemoteIP != "192.0.2.25" {
			t.Errorf("live log entry %d is %s %s, want %s %s", k, le.Event.ID, le.Event.Recipient, ev.ID, ev.Recipient)
		}
		if le.Category != wantCat(ev) {
			t.Errorf("live log entry %d (%s, %q): category %s, want %s", k, le.Event.Recipient, le.Event.Response, le.Category, wantCat(ev))
		}
	}

	// The Mail Flow Status, through the HTTP API.
	h := api.Handler(api.Config{Backend: r.p, Log: testLogger(t)})
	status := func(domain string) api.Status {
		t.Helper()
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/api/v1/domains/"+domain+"/status", nil)
		req.Host = "localhost" // an open API answers local names only (not httptest's example.com)
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("status of %s: %d %s", domain, rec.Code, rec.Body)
		}
		var s api.Status
		if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil {
			t.Fatalf("status of %s: %v: %s", domain, err, rec.Body)
		}
		return s
	}
	bank := status("example-bank.de")
	if bank.Status != schemas.StatusBad || bank.Since == nil || !bank.Since.Equal(cause.CompletedAt) || bank.Failures != 5 ||
		!strings.Contains(bank.LastResponse, "zen.spamhaus.org") || bank.LastCode != 550 {
		t.Errorf("Mail Flow Status of example-bank.de: %+v", bank)
	}
	if len(bank.TopCategories) == 0 || bank.TopCategories[0].Category != "blocklisted" || bank.TopCategories[0].Count != 4 || bank.TopCategories[0].Advice == "" {
		t.Errorf("Mail Flow Status of example-bank.de lists %+v; want blocklisted ×4 first, with advice", bank.TopCategories)
	}
	if bank.DeliveryDelay.LatestSeconds != 1.4 {
		t.Errorf("delivery delay %+v: want latest 1.4 s (Postfix delay=1.4)", bank.DeliveryDelay)
	}
	for _, d := range []string{"stadtwerke.example", "praxis-klein.example", "hotel-seeblick.example"} {
		if s := status(d); s.Status != schemas.StatusGood || s.TotalAttempts == 0 {
			t.Errorf("Mail Flow Status of %s: %s after %d attempts, want good", d, s.Status, s.TotalAttempts)
		}
	}

	// The same file again with the same checkpoint: nothing new.
	before := e.endOffsets(e.topics.Deliveries)
	stats2, ks2 := ingest()
	if stats2.Events != 0 || stats2.Lines != 0 || len(ks2.events) != 0 {
		t.Errorf("second ingest of the same file: %+v, %d events in %d sink calls; want nothing", stats2, len(ks2.events), ks2.calls)
	}
	if after := e.endOffsets(e.topics.Deliveries); !equalOffsets(before, after) {
		t.Errorf("deliveries grew from %v to %v on the second ingest", before, after)
	}
	if err := r.close(); err != nil {
		t.Fatalf("processor Run: %v", err)
	}
}

func equalOffsets(a, b map[int32]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
