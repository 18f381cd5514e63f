package processor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// silenceStart is stream time 0 of the silence scripts: their record
// timestamps (arrival times) are set, not the wall clock's.
var silenceStart = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// silenceEv is an attempt of a silence script: a delivered attempt of
// domain that arrives at silenceStart+at, and the alert it must cause
// ("silent_recovered good→good"), or that must name it as its cause.
type silenceEv struct {
	domain string
	at     time.Duration
	alert  string
}

// sameShare returns n domain names that share partition part of the
// test's 3 partitions with nothing else: the platform's traffic a silent
// domain is compared with is its partition's.
func sameShare(prefix string, part int32, n int) []string {
	var out []string
	for i := 0; len(out) < n; i++ {
		d := fmt.Sprintf("%s%d.example", prefix, i)
		if PartitionFor(d, 3) == part {
			out = append(out, d)
		}
	}
	return out
}

// silenceScript is the stream of TestSilence: quiet.example and two busy
// neighbours on its partition receive 6 attempts an hour each (at minutes
// 0, 10, …, the neighbours 3 and 6 minutes later).
//
//   - Day one: all three; quiet.example's baseline is 6 an hour.
//   - 24:00-27:00: quiet.example gets nothing while its neighbours do. Its
//     last attempt arrived at 23:50, so it is silent at 25:50, and the
//     neighbour's attempt at 25:53 is the first to take stream time past
//     that: the alert's cause.
//   - 27:00: mail again (silent_recovered), then all three until 29:00.
//   - 29:00-32:00: the whole platform is quiet. quiet.example's 2 hours
//     run out in the gap, but nobody got mail: no alert. All resume at
//     32:00; quiet.example gets its last attempt at 32:50.
//   - 32:50-35:00: the neighbours go on; quiet.example is silent at
//     34:50 (the neighbour's 34:53 attempt): its baseline is 4.5 an hour
//     now, which its own setting (silent_baseline 4) lets count.
//
// The third domain, other.example, is alone on another partition: its
// stream time moves with the ticks the processor writes there (tick.go).
// It gets mail at minute 1 of every 10 on day one, none from 24:00
// (silent at 25:51, by a tick), mail from 28:01 to 28:51
// (silent_recovered at 28:01), and none after: its 2 hours run out in
// the platform-wide quiet, which the ticks carry over as a jump, so it is
// silent only 2 hours after the platform resumed, at 34:00.
func silenceScript(quiet string, busy []string, other string) []silenceEv {
	var evs []silenceEv
	slot := func(at time.Duration, withQuiet bool) {
		if withQuiet {
			evs = append(evs, silenceEv{domain: quiet, at: at})
		}
		evs = append(evs, silenceEv{domain: busy[0], at: at + 3*time.Minute}, silenceEv{domain: busy[1], at: at + 6*time.Minute})
	}
	hours := func(from, to time.Duration, withQuiet bool) {
		for at := from; at < to; at += 10 * time.Minute {
			slot(at, withQuiet)
		}
	}
	for at := time.Duration(0); at < 24*time.Hour; at += 10 * time.Minute {
		slot(at, true)
		evs = append(evs, silenceEv{domain: other, at: at + time.Minute})
	}
	hours(24*time.Hour, 27*time.Hour, false)
	evs = append(evs, silenceEv{domain: quiet, at: 27 * time.Hour, alert: "silent_recovered good→good"})
	evs = append(evs, silenceEv{domain: busy[0], at: 27*time.Hour + 3*time.Minute}, silenceEv{domain: busy[1], at: 27*time.Hour + 6*time.Minute})
	for at := 27*time.Hour + 10*time.Minute; at < 29*time.Hour; at += 10 * time.Minute {
		slot(at, true)
		if at >= 28*time.Hour {
			ev := silenceEv{domain: other, at: at + time.Minute}
			if at == 28*time.Hour {
				ev.alert = "silent_recovered good→good"
			}
			evs = append(evs, ev)
		}
	}
	hours(32*time.Hour, 33*time.Hour, true)
	hours(33*time.Hour, 35*time.Hour, false)
	for i := range evs {
		if evs[i].domain == busy[0] && (evs[i].at == 25*time.Hour+53*time.Minute || evs[i].at == 34*time.Hour+53*time.Minute) {
			evs[i].alert = "silent good→good"
		}
	}
	slices.SortStableFunc(evs, func(a, b silenceEv) int { return cmp.Compare(a.at, b.at) })
	return evs
}

// silencePhases cuts the script where TestSilence waits for the
// processor: other.example's ticks must be written between its attempts
// of 23:51 and 28:01, which they are only if the processor has seen the
// others' mail in between before the 28:01 attempt is in the topic. At
// the first cut, TestSilence replaces the processor by a new one.
var silencePhases = []time.Duration{24 * time.Hour, 28 * time.Hour}

// tickCause matches the cause of an alert caused by a tick.
var tickCause = regexp.MustCompile(`tick-[0-9]+-[0-9]+$`)

// produceSilence publishes the script with its arrival times and returns
// the alerts it must cause, as detectionAlerts renders them.
func (h *harness) produceSilence(evs []silenceEv) []string {
	h.t.Helper()
	var want []string
	var recs []*kgo.Record
	for _, e := range evs {
		h.seq++
		at := silenceStart.Add(e.at)
		de := schemas.DeliveryEvent{
			V: 1, ID: fmt.Sprintf("sl-%05d", h.seq), MessageID: fmt.Sprintf("m-%d", h.seq),
			Recipient: fmt.Sprintf("user%d@%s", h.seq, e.domain), QueuedAt: at.Add(-time.Second), CompletedAt: at,
			SMTPCode: 250, Response: silenceResponse(at), RemoteHost: "mx." + e.domain,
		}
		if err := de.Validate(); err != nil {
			h.t.Fatalf("script event %d: %v", h.seq, err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			h.t.Fatal(err)
		}
		// On the domain's partition, as a producer that keys by domain
		// with Kafka's partitioner does: a forwarded event would be
		// ordered among the partition's others by fetch timing.
		recs = append(recs, &kgo.Record{Topic: h.topics.Deliveries, Partition: PartitionFor(de.Domain, 3), Key: []byte(de.Domain), Value: v, Timestamp: at})
		if e.alert != "" {
			dom := e.domain
			if e.alert[:7] == "silent " && e.domain != "other1.example" {
				dom = "quiet.example" // the cause is the neighbour's attempt
			}
			want = append(want, fmt.Sprintf("%s %s %s", dom, e.alert, de.ID))
		}
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		h.t.Fatal(err)
	}
	defer cl.Close()
	if err := cl.ProduceSync(h.ctx, recs...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
	return want
}

// silenceResponse is the response of the script's attempt completed at
// at: each says when, so that an alert's last response names its attempt.
func silenceResponse(at time.Time) string {
	return "250 2.0.0 Ok: queued at " + at.Format(time.RFC3339)
}

// TestSilence runs the silence script (see silenceScript) through a
// processor in small transactions, in three phases (silencePhases), then
// replays the topic it read — the script and the ticks the first
// processor wrote — through another processor that writes no ticks, in
// larger transactions, crashing after every fourth commit (before its
// store update), and expects exactly the scripted alerts from both: a
// silence while the platform delivers is announced once, with its
// recovery, also for a domain alone on its partition (by a tick); one
// while the whole platform is quiet is not; and neither the cut of the
// stream into transactions nor the crashes and restores change a thing.
func TestSilence(t *testing.T) {
	t.Parallel()
	part := PartitionFor("quiet.example", 3)
	busy := sameShare("busy", part, 2)
	other := sameShare("other", (part+1)%3, 1)[0]
	config := []any{directory.Reseller{ID: "r1"}, directory.Customer{ID: "c1", Reseller: "r1"}, directory.Domain{Name: "quiet.example", Customer: "c1", Settings: directory.Settings{SilentBaseline: 4}}}

	h := newHarness(t)
	h.publishConfig(config...)
	// With a log store, as mailflow run has it; the replay below runs
	// without one. Both must give each alert its attempt's response,
	// also from a window restored from the changelog.
	withLogs := func(dataDir string) Config {
		cfg := h.config(dataDir)
		// The script's attempts are days old: a week's retention would
		// take them from the log as they come.
		logs, err := logstore.Open(filepath.Join(dataDir, "logs"), func(d string) int32 { return PartitionFor(d, 3) },
			logstore.WithRetention(365*24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { logs.Close() })
		cfg.Logs = NewLogSink(logs)
		return cfg
	}
	r := h.start(withLogs(t.TempDir()))
	var want []string
	evs := silenceScript("quiet.example", busy, other)
	for i, cut := range append(silencePhases, time.Duration(math.MaxInt64)) {
		n := 0
		for n < len(evs) && evs[n].at < cut {
			n++
		}
		want = append(want, h.produceSilence(evs[:n])...)
		evs = evs[n:]
		h.waitProcessed("mailflow")
		if i == 0 {
			// A new instance, rebuilt from the changelog: other.example's
			// partition gets no record of its own before it is silent,
			// so the instance must wake it up (see tick.go) to tick it.
			if err := r.stop(); err != nil {
				t.Fatal(err)
			}
			r = h.start(withLogs(t.TempDir()))
		}
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	want = append(want, other+" silent good→good tick", other+" silent good→good tick")
	got, by := h.detectionAlerts()
	if !slices.Equal(sortedLines(got, true), sortedLines(want, false)) {
		t.Fatalf("alerts:\n got %q\nwant %q", got, want)
	}
	checkSilenceAlerts(t, by, other)
	w, err := r.p.Store().Window("quiet.example")
	if err != nil || w == nil || !w.Silent || w.Status != schemas.StatusGood {
		t.Fatalf("quiet.example at the end: %+v, %v", w, err)
	}
	r.stop()
	input := h.readAll(h.topics.Deliveries)
	ticks := 0
	for _, rec := range input {
		if hasTickHeader(rec) {
			ticks++
		}
	}
	t.Logf("%d records in the deliveries topic, %d of them ticks", len(input), ticks)

	// The same topic, cut differently, with crashes.
	h2 := newHarness(t)
	h2.publishConfig(config...)
	h2.copyDeliveries(input)
	dir := t.TempDir()
	crash := errors.New("injected crash after commit")
	for i := 0; ; i++ {
		if i > 0 && h2.processed("mailflow") {
			break // the last crash came after the last commit
		}
		cfg := h2.config(dir)
		cfg.MaxPollRecords = 40
		cfg.NoTicks = true
		var n atomic.Int32
		cfg.afterCommit = func(context.Context) error {
			if n.Add(1) == 4 {
				return crash
			}
			return nil
		}
		r := h2.start(cfg)
		err := h2.haltCaughtUp(r)
		r.p.Close()
		if errors.Is(err, crash) {
			continue
		} else if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		if i == 0 {
			t.Fatal("no crash was injected")
		}
		break
	}
	got2, by2 := h2.detectionAlerts()
	if !slices.Equal(got2, got) {
		t.Fatalf("alerts of the replay with crashes:\n got %q\nwant %q", got2, got)
	}
	checkSilenceAlerts(t, by2, other)
	if n := len(h2.readAll(h2.topics.Deliveries)); n != len(input) {
		t.Fatalf("the replay without ticks wrote to the deliveries topic: %d records, was %d", n, len(input))
	}
}

// sortedLines returns the alert lines sorted, with a tick cause written
// "tick" when ticks is set.
func sortedLines(lines []string, ticks bool) []string {
	out := slices.Clone(lines)
	if ticks {
		for i, l := range out {
			out[i] = tickCause.ReplaceAllString(l, "tick")
		}
	}
	slices.Sort(out)
	return out
}

// copyDeliveries writes recs, read from another harness's deliveries
// topic, to this harness's, each to its partition with its key, value,
// headers and timestamp, in order.
func (h *harness) copyDeliveries(recs []*kgo.Record) {
	h.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		h.t.Fatal(err)
	}
	defer cl.Close()
	out := make([]*kgo.Record, 0, len(recs))
	for _, r := range recs {
		out = append(out, &kgo.Record{Topic: h.topics.Deliveries, Partition: r.Partition, Key: r.Key, Value: r.Value, Headers: r.Headers, Timestamp: r.Timestamp})
	}
	if err := cl.ProduceSync(h.ctx, out...).FirstErr(); err != nil {
		h.t.Fatal(err)
	}
}

// checkSilenceAlerts checks what the silence alerts of silenceScript say.
func checkSilenceAlerts(t *testing.T, by map[string]schemas.StatusChange, other string) {
	t.Helper()
	for line, c := range by {
		if c.Kind == schemas.KindStatus {
			continue
		}
		if c.Domain == other {
			checkOtherAlert(t, line, c)
			continue
		}
		if c.Domain != "quiet.example" || c.Customer != "c1" || c.Reseller != "r1" || c.SilentAfterSeconds != 7200 || c.LastAttemptAt == nil {
			t.Errorf("%s: %+v", line, c)
			continue
		}
		last := c.LastAttemptAt.Sub(silenceStart)
		// A silent alert describes the attempt before the silence, a
		// recovery the attempt that ended it.
		wantResp := silenceResponse(*c.LastAttemptAt)
		if c.Kind == schemas.KindSilentRecovered {
			wantResp = silenceResponse(c.At)
		}
		if c.LastResponse != wantResp {
			t.Errorf("%s: last response %q, want %q", line, c.LastResponse, wantResp)
		}
		switch {
		case c.Kind == schemas.KindSilentRecovered:
			if last != 23*time.Hour+50*time.Minute || !c.At.Equal(silenceStart.Add(27*time.Hour)) {
				t.Errorf("%s: last attempt %s, at %s", line, last, c.At)
			}
		case last == 23*time.Hour+50*time.Minute:
			if !c.At.Equal(silenceStart.Add(25*time.Hour+50*time.Minute)) || c.BaselinePerHour != 6 {
				t.Errorf("%s: at %s, baseline %v", line, c.At, c.BaselinePerHour)
			}
		case last == 32*time.Hour+50*time.Minute:
			if !c.At.Equal(silenceStart.Add(34*time.Hour+50*time.Minute)) || c.BaselinePerHour != 4.5 {
				t.Errorf("%s: at %s", line, c.At)
			}
		default:
			t.Errorf("%s: last attempt %s", line, last)
		}
	}
}

// checkOtherAlert checks a silence alert of other.example, the domain
// alone on its partition (see silenceScript).
func checkOtherAlert(t *testing.T, line string, c schemas.StatusChange) {
	t.Helper()
	if c.Customer != "" || c.SilentAfterSeconds != 7200 || c.LastAttemptAt == nil {
		t.Errorf("%s: %+v", line, c)
		return
	}
	last := c.LastAttemptAt.Sub(silenceStart)
	switch {
	case c.Kind == schemas.KindSilentRecovered:
		if last != 23*time.Hour+51*time.Minute || !c.At.Equal(silenceStart.Add(28*time.Hour+time.Minute)) {
			t.Errorf("%s: last attempt %s, at %s", line, last, c.At)
		}
	case !tickCause.MatchString(c.CauseEventID):
		t.Errorf("%s: caused by %s, not a tick", line, c.CauseEventID)
	case last == 23*time.Hour+51*time.Minute:
		if !c.At.Equal(silenceStart.Add(25*time.Hour+51*time.Minute)) || c.BaselinePerHour != 6 {
			t.Errorf("%s: at %s, baseline %v", line, c.At.Sub(silenceStart), c.BaselinePerHour)
		}
	case last == 28*time.Hour+51*time.Minute:
		// Two hours after the platform resumed at 32:00, not after the
		// last attempt (30:51, in the platform-wide quiet).
		if !c.At.Equal(silenceStart.Add(34 * time.Hour)) {
			t.Errorf("%s: at %s", line, c.At.Sub(silenceStart))
		}
	default:
		t.Errorf("%s: last attempt %s", line, last)
	}
}
