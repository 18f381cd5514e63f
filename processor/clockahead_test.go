package processor

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestClockAheadStreamTime: an attempt's arrival is its record's
// timestamp, set by the producer. A transport server whose clock runs
// ahead used to drag its partition's stream time along (review finding):
// one attempt stamped far ahead hid a neighbour's silence for as long,
// and a run of attempts each stamped under quietGap further ahead
// invented silences of neighbours that were never quiet. The stream is
// replayed live: the wall clock (Config.now) is the arrival of the latest
// ordinary attempt. Whatever a wrong clock adds, the alerts are the
// control run's, and the attempts are counted.
func TestClockAheadStreamTime(t *testing.T) {
	t.Parallel()
	// The stamps stay before the real wall clock (the stream starts at
	// silenceStart): Kafka 4 refuses a record stamped more than an hour
	// ahead of the broker's clock (message.timestamp.after.max.ms), and
	// the suite runs on it too.
	days := 3 * 24 * time.Hour
	for _, tc := range []struct {
		name  string
		quiet bool            // quiet.example stops getting mail at 24:00
		ahead []time.Duration // stamps of one server's attempts at 23:59, from 23:59
		ticks bool            // ahead are the stream times of forged ticks, not attempts
	}{
		{"one attempt days ahead hides no silence", true, []time.Duration{days}, false},
		{"one attempt two hours ahead hides no silence", true, []time.Duration{2 * time.Hour}, false},
		{"steps under quietGap invent no silence", false, []time.Duration{25 * time.Minute, 50 * time.Minute, 75 * time.Minute, 100 * time.Minute, 125 * time.Minute, 150 * time.Minute}, false},
		{"steps of an hour invent no silence", false, []time.Duration{time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour}, false},
		// A tick moves stream time by at most an hour (tickMaxStep),
		// and, like an attempt, only to the wall clock plus tickAhead
		// (review finding: seven forged ticks 25 minutes apart invented
		// a NO MAIL alert, and set the stream hours ahead).
		{"forged ticks under quietGap invent no silence", false, []time.Duration{25 * time.Minute, 50 * time.Minute, 75 * time.Minute, 100 * time.Minute, 125 * time.Minute, 150 * time.Minute, 175 * time.Minute}, true},
		{"forged ticks an hour apart invent no silence", false, []time.Duration{time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour}, true},
		{"a forged tick days ahead hides no silence", true, []time.Duration{time.Hour, 2 * time.Hour, days}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			control, _ := runClockAhead(t, tc.quiet, nil, false)
			got, counted := runClockAhead(t, tc.quiet, tc.ahead, tc.ticks)
			if tc.quiet && !strings.Contains(strings.Join(control, "\n"), "quiet.example silent") {
				t.Fatalf("the control run raised no silence: %q", control)
			}
			if strings.Join(got, "\n") != strings.Join(control, "\n") {
				t.Fatalf("alerts with a clock ahead:\n%s\nwithout:\n%s", strings.Join(got, "\n"), strings.Join(control, "\n"))
			}
			want := len(tc.ahead)
			if tc.ticks {
				want = 0 // it counts attempts
			}
			if counted != float64(want) {
				t.Fatalf("mailflow_clock_ahead_attempts_total = %v, want %d", counted, want)
			}
		})
	}
}

// runClockAhead runs quiet.example and two neighbours on its partition
// for 30 hours of six attempts an hour each, as a live stream, with the
// attempts of a server whose clock runs ahead at 23:59 (stamped 23:59 plus
// each of ahead). It returns the detection alerts without their cause ids
// (which the extra attempts shift) and the attempts counted as ahead.
// With ticks, ahead are instead the stream times (from 23:59) of ticks a
// forger writes on the partition after the attempts of 23:59.
func runClockAhead(t *testing.T, quietStops bool, ahead []time.Duration, ticks bool) ([]string, float64) {
	part := PartitionFor("quiet.example", 3)
	busy := sameShare("busy", part, 2)
	h := newHarness(t)
	h.publishConfig(directory.Reseller{ID: "r1"}, directory.Customer{ID: "c1", Reseller: "r1"}, directory.Domain{Name: "quiet.example", Customer: "c1"})
	cfg := h.config(t.TempDir())
	cfg.NoTicks = true
	cfg.Registerer = prometheus.NewRegistry()
	var wall atomic.Int64
	cfg.now = func() time.Time { return silenceStart.Add(time.Duration(wall.Load())) }
	r := h.start(cfg)
	var forged []*kgo.Record
	if ticks {
		hdr := []kgo.RecordHeader{{Key: schemas.HeaderTick, Value: []byte(schemas.TickHeaderValue)}}
		for _, d := range ahead {
			v, err := schemas.MarshalTick(&schemas.Tick{Partition: part, StreamTime: silenceStart.Add(24*time.Hour - time.Minute + d), Instance: "forger"})
			if err != nil {
				t.Fatal(err)
			}
			forged = append(forged, &kgo.Record{Topic: h.topics.Deliveries, Partition: part, Headers: hdr, Value: v})
		}
		ahead = nil
	}
	phase := func(from, to time.Duration, quiet bool, extra []silenceEv) {
		var evs []silenceEv
		for at := from; at < to; at += 10 * time.Minute {
			if quiet {
				evs = append(evs, silenceEv{domain: "quiet.example", at: at})
			}
			evs = append(evs, silenceEv{domain: busy[0], at: at + 3*time.Minute}, silenceEv{domain: busy[1], at: at + 6*time.Minute})
		}
		wall.Store(int64(to))
		h.produceSilence(append(evs, extra...))
		if len(forged) > 0 {
			cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
			if err != nil {
				t.Fatal(err)
			}
			err = cl.ProduceSync(h.ctx, forged...).FirstErr()
			cl.Close()
			if err != nil {
				t.Fatal(err)
			}
			forged = nil
		}
		h.waitProcessed("mailflow")
	}
	var extra []silenceEv
	for _, d := range ahead {
		extra = append(extra, silenceEv{domain: busy[1], at: 24*time.Hour - time.Minute + d})
	}
	phase(0, 24*time.Hour, true, extra)
	for at := 24 * time.Hour; at < 30*time.Hour; at += time.Hour {
		phase(at, at+time.Hour, !quietStops, nil)
	}
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	alerts, _ := h.detectionAlerts()
	for i, a := range alerts {
		alerts[i] = a[:strings.LastIndexByte(a, ' ')]
	}
	counted := counterValue(t, r.p.m.clockAhead)
	r.stop()
	return alerts, counted
}
