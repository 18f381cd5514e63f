package processor

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// dev is an attempt of a detection script: its response (classified by
// the real diagnose classifier), how long its message had waited when it
// completed, and the alert it must cause, if any ("delayed good→good").
type dev struct {
	domain   string
	code     int
	response string
	wait     time.Duration
	alert    string
}

var (
	fastOK  = dev{code: 250, response: "250 2.0.0 Ok: queued as 4Xk2", wait: 10 * time.Second}
	slowOK  = dev{code: 250, response: "250 2.0.0 Ok: queued as 9Qz1", wait: 40 * time.Minute}
	retried = dev{code: 421, response: "421 4.4.2 mx.example: connection timed out", wait: 45 * time.Minute}
	noUser  = dev{code: 550, response: "550 5.1.1 <x@example>: Recipient address rejected: User unknown in virtual mailbox table", wait: time.Second}
)

func to(domain string, e dev, n int) []dev {
	out := make([]dev, n)
	for i := range out {
		out[i] = e
		out[i].domain = domain
	}
	return out
}

func alerting(domain string, e dev, alert string) []dev {
	e.domain, e.alert = domain, alert
	return []dev{e}
}

// produceDetect publishes the attempts and returns the alerts they must
// cause, as detectionAlerts renders them.
func (h *harness) produceDetect(events ...[]dev) []string {
	h.t.Helper()
	var want []string
	var recs []*kgo.Record
	for _, e := range slices.Concat(events...) {
		h.seq++
		at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC).Add(time.Duration(h.seq) * time.Second)
		de := schemas.DeliveryEvent{
			V: 1, ID: fmt.Sprintf("dt-%05d", h.seq), MessageID: fmt.Sprintf("m-%d", h.seq),
			Recipient: fmt.Sprintf("user%d@%s", h.seq, e.domain), QueuedAt: at.Add(-e.wait), CompletedAt: at,
			SMTPCode: e.code, Response: e.response, RemoteHost: "mx." + e.domain,
		}
		if err := de.Validate(); err != nil {
			h.t.Fatalf("script event %d: %v", h.seq, err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			h.t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(de.Domain), Value: v})
		if e.alert != "" {
			want = append(want, fmt.Sprintf("%s %s %s", de.Domain, e.alert, de.ID))
		}
	}
	if err := h.cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
	return want
}

// detectionAlerts returns the alerts topic as "domain kind from→to cause"
// lines (kind "status" for a status change) in cause order, and the
// alerts by line.
func (h *harness) detectionAlerts() ([]string, map[string]schemas.StatusChange) {
	h.t.Helper()
	var out []string
	by := map[string]schemas.StatusChange{}
	for _, r := range h.readAll(h.topics.Alerts) {
		c, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			h.t.Fatalf("alert at %d/%d: %v", r.Partition, r.Offset, err)
		}
		kind := c.Kind
		if kind == schemas.KindStatus {
			kind = "status"
		}
		line := fmt.Sprintf("%s %s %s→%s %s", c.Domain, kind, c.From, c.To, c.CauseEventID)
		out = append(out, line)
		by[line] = c
	}
	sort.SliceStable(out, func(i, j int) bool { return causeOf(out[i]) < causeOf(out[j]) })
	return out, by
}

// TestDetections runs delayed mail and reason-aware health through a
// processor that is restarted in the middle and then rebuilt from the
// changelog alone (its data directory deleted), and expects exactly the
// alerts of the script, none twice: the delayed flag and the windows
// survive both.
//
//   - slow.example (default threshold 30 minutes): 5 fast deliveries, 2
//     deferrals whose messages are 45 minutes old and 4 deliveries after 40
//     minutes make the median of 11 samples 40 minutes: delayed on the
//     4th. One more slow delivery after the restart and one after the
//     rebuild keep it delayed (no second alert); the third fast delivery
//     after that brings the median back (8 of 16 samples above, the middle
//     two average 20 minutes): delay_recovered.
//   - strict.example and typo.example get the same 20 deliveries and 3
//     user_unknown bounces; strict.example (the default) turns Bad on the
//     third, typo.example (exclude_recipient_failures at the domain) stays
//     Good. After the restart, 3 connection failures of its own make
//     typo.example Bad.
func TestDetections(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.publishConfig(
		directory.Reseller{ID: "r1"},
		directory.Customer{ID: "c1", Reseller: "r1"},
		directory.Domain{Name: "typo.example", Customer: "c1", Settings: directory.Settings{ExcludeRecipientFailures: directory.SwitchOn}},
		directory.Domain{Name: "strict.example", Customer: "c1"},
	)
	dir := t.TempDir()
	cfg := h.config(dir)
	cfg.Diagnose = diagnose.New().Event
	cfg.Advice = diagnose.CategoryAdvice

	r := h.start(cfg)
	want := h.produceDetect(
		to("slow.example", fastOK, 5), to("slow.example", retried, 2), to("slow.example", slowOK, 3),
		alerting("slow.example", slowOK, "delayed good→good"),
		to("strict.example", fastOK, 20), to("typo.example", fastOK, 20),
		to("strict.example", noUser, 2), alerting("strict.example", noUser, "status good→bad"),
		to("typo.example", noUser, 3),
	)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// A restart on the same data directory.
	r = h.start(cfg)
	want = append(want, h.produceDetect(
		to("slow.example", slowOK, 1),
		to("typo.example", retried, 2), alerting("typo.example", retried, "status good→bad"),
	)...)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// A rebuild from the changelog alone.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	r = h.start(cfg)
	defer r.stop()
	want = append(want, h.produceDetect(
		to("slow.example", slowOK, 1), to("slow.example", fastOK, 2),
		alerting("slow.example", fastOK, "delay_recovered good→good"),
		to("typo.example", fastOK, 1), to("strict.example", fastOK, 1),
	)...)
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}

	got, by := h.detectionAlerts()
	if !slices.Equal(got, want) {
		t.Fatalf("alerts:\n got %q\nwant %q", got, want)
	}
	for line, c := range by {
		switch {
		case c.Kind == schemas.KindDelayed:
			if c.DelayThresholdSeconds != 1800 || c.DeliveryDelay.CurrentSeconds != 2400 || c.Failures != 2 || c.Customer != "" {
				t.Errorf("%s: %+v", line, c)
			}
		case c.Kind == schemas.KindDelayRecovered:
			if c.DelayThresholdSeconds != 1800 || c.DeliveryDelay.CurrentSeconds != 1205 || c.Attempts != 16 {
				t.Errorf("%s: %+v", line, c)
			}
		case c.Domain == "typo.example":
			if c.Failures != 6 || c.ExcludedFailures != 3 || c.Customer != "c1" || c.Reseller != "r1" {
				t.Errorf("%s: failures %d, excluded %d, want 6 and 3: %+v", line, c.Failures, c.ExcludedFailures, c)
			}
		case c.Domain == "strict.example":
			if c.Failures != 3 || c.ExcludedFailures != 0 {
				t.Errorf("%s: failures %d, excluded %d, want 3 and 0", line, c.Failures, c.ExcludedFailures)
			}
		}
	}
	st := r.p.Store()
	for domain, wantStatus := range map[string]schemas.Status{"slow.example": schemas.StatusGood, "typo.example": schemas.StatusBad, "strict.example": schemas.StatusBad} {
		w, err := st.Window(domain)
		if err != nil || w == nil || w.Status != wantStatus || w.Delayed {
			t.Errorf("%s after the rebuild: %+v, %v", domain, w, err)
		}
	}
}
