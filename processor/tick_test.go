package processor

import (
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

func TestTickArrival(t *testing.T) {
	t.Parallel()
	const t0 = int64(1_800_000_000)
	for _, tc := range []struct {
		name             string
		stream, at, want int64
	}{
		{name: "no stream yet: ignored", stream: 0, at: t0, want: 0},
		{name: "forward", stream: t0, at: t0 + 300, want: t0 + 300},
		{name: "backwards: stays", stream: t0, at: t0 - 3600, want: t0},
		{name: "same time: stays", stream: t0, at: t0, want: t0},
		{name: "one hour: moves", stream: t0, at: t0 + tickMaxStep, want: t0 + tickMaxStep},
		{name: "far future: one hour", stream: t0, at: 32503680000, want: t0 + tickMaxStep},
	} {
		if got := tickArrival(tc.stream, tc.at); got != tc.want {
			t.Errorf("%s: tickArrival(%d, %d) = %d, want %d", tc.name, tc.stream, tc.at, got, tc.want)
		}
	}
	// A capped tick is a quiet spell: it restarts silence periods.
	if tickMaxStep < quietGap {
		t.Fatalf("tickMaxStep %d is below quietGap %d", tickMaxStep, quietGap)
	}
}

func TestSplitJump(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ prev, at int64 }{
		{0, 300}, {0, 1799}, {0, 3600}, {0, 3601}, {0, 3 * 3600}, {0, 3*3600 + 1}, {100, 100 + 47*3600 + 59},
	} {
		got := splitJump(tc.prev, tc.at)
		if got[len(got)-1] != tc.at {
			t.Errorf("splitJump(%d, %d) = %v: does not end at %d", tc.prev, tc.at, got, tc.at)
		}
		prev := tc.prev
		for _, x := range got {
			step := x - prev
			if step > tickMaxStep || len(got) > 1 && step < quietGap {
				t.Errorf("splitJump(%d, %d) = %v: a step of %d", tc.prev, tc.at, got, step)
			}
			prev = x
		}
	}
}

// TestForgedTicks writes ticks that the processor did not write, and
// expects: a record with the tick header whose value is not a tick, a
// tick for another partition and a tick on the repartition topic are
// dead-lettered, saying why; a tick from the far future moves its
// partition's stream time by one hour only (tickMaxStep), and raises no
// silence; a tick back in time moves nothing; a tick on a partition
// without stream time does not start one; no tick is counted as an
// attempt.
func TestForgedTicks(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	a := PartitionFor("x.example", 3)
	c := (a + 1) % 3
	y := sameShare("y", c, 1)[0]
	var evs []silenceEv
	for m := time.Duration(0); m <= 10*time.Minute; m += time.Minute {
		evs = append(evs, silenceEv{domain: "x.example", at: m})
	}
	h.produceSilence(evs)

	tick := func(part int32, at time.Time) []byte {
		v, err := schemas.MarshalTick(&schemas.Tick{Partition: part, StreamTime: at, Instance: "forger"})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	hdr := []kgo.RecordHeader{{Key: schemas.HeaderTick, Value: []byte(schemas.TickHeaderValue)}}
	forged := []*kgo.Record{
		{Topic: h.topics.Deliveries, Partition: a, Headers: hdr, Value: []byte(`{"v":1,"partition":"x"}`)},
		{Topic: h.topics.Deliveries, Partition: a, Headers: hdr, Value: tick((a+2)%3, silenceStart.Add(time.Hour))},
		{Topic: h.topics.Repartition, Partition: a, Headers: hdr, Value: tick(a, silenceStart.Add(time.Hour))},
		{Topic: h.topics.Deliveries, Partition: a, Headers: hdr, Value: tick(a, time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC))},
		{Topic: h.topics.Deliveries, Partition: a, Headers: hdr, Value: tick(a, silenceStart)},
		{Topic: h.topics.Deliveries, Partition: c, Headers: hdr, Value: tick(c, silenceStart.Add(5*time.Hour))},
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(h.brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if err := cl.ProduceSync(h.ctx, forged...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	h.produceSilence([]silenceEv{{domain: y, at: time.Minute}, {domain: "x.example", at: 20 * time.Minute}})

	cfg := h.config(t.TempDir())
	cfg.NoTicks = true
	r := h.start(cfg)
	h.waitProcessed("mailflow")
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	defer r.stop()

	var reasons []string
	for _, d := range h.readAll(h.topics.DeadLetter) {
		for _, hd := range d.Headers {
			if hd.Key == HeaderError {
				reasons = append(reasons, string(hd.Value))
			}
		}
	}
	wantReasons := []string{"header that is not a valid tick: (record)", "a tick for partition", "ticks belong on " + h.topics.Deliveries + " only"}
	if len(reasons) != len(wantReasons) {
		t.Fatalf("dead letters: %q, want %d", reasons, len(wantReasons))
	}
	for _, w := range wantReasons {
		found := false
		for _, r := range reasons {
			found = found || strings.Contains(r, w)
		}
		if !found {
			t.Errorf("no dead letter says %q: %q", w, reasons)
		}
	}
	if got, _ := h.detectionAlerts(); len(got) != 0 {
		t.Errorf("alerts: %q", got)
	}
	st := r.p.Store()
	x, err := st.Window("x.example")
	if err != nil || x == nil {
		t.Fatalf("x.example: %v, %v", x, err)
	}
	// 00:10 + the one hour a tick may move: the attempt of 00:20 arrived
	// at stream time 01:10.
	if want := silenceStart.Add(70 * time.Minute).Unix(); x.LastArrival != want || x.StreamTime != want || x.Seq != 12 {
		t.Errorf("x.example: last arrival %s, stream time %s, %d attempts; want 01:10, 01:10, 12",
			time.Unix(x.LastArrival, 0).Sub(silenceStart), time.Unix(x.StreamTime, 0).Sub(silenceStart), x.Seq)
	}
	yw, err := st.Window(y)
	if err != nil || yw == nil || yw.LastArrival != silenceStart.Add(time.Minute).Unix() || yw.Seq != 1 {
		t.Errorf("%s: %+v, %v; want its own arrival, 00:01 (the tick before it must not start the stream)", y, yw, err)
	}
}

// TestSkipDetections runs streams that raise delayed and silent alerts
// with and without Config.SkipDetections, and expects them without it and
// none with it: only the status changes, no silence or delay state kept,
// and no ticks written.
func TestSkipDetections(t *testing.T) {
	t.Parallel()
	for _, skip := range []bool{false, true} {
		h := newHarness(t)
		part := PartitionFor("quiet.example", 3)
		h.produceSilence(silenceScript("quiet.example", sameShare("busy", part, 2), sameShare("other", (part+1)%3, 1)[0]))
		h.produceDetect(
			to("slow.example", fastOK, 5), to("slow.example", retried, 2), to("slow.example", slowOK, 4),
			to("strict.example", fastOK, 5), to("strict.example", noUser, 3),
		)
		cfg := h.config(t.TempDir())
		cfg.SkipDetections = skip
		cfg.Diagnose = diagnose.New().Event
		r := h.start(cfg)
		h.waitProcessed("mailflow")
		if err := r.halt(); err != nil {
			t.Fatal(err)
		}
		got, by := h.detectionAlerts()
		kinds := map[string]int{}
		for _, line := range got {
			kinds[by[line].Kind]++
		}
		st := r.p.Store()
		quiet, err1 := st.Window("quiet.example")
		slow, err2 := st.Window("slow.example")
		if err1 != nil || err2 != nil || quiet == nil || slow == nil {
			t.Fatalf("skip %v: windows %v %v", skip, err1, err2)
		}
		ticks := 0
		for _, rec := range h.readAll(h.topics.Deliveries) {
			if hasTickHeader(rec) {
				ticks++
			}
		}
		t.Logf("skip %v: alerts by kind %v, %d ticks", skip, kinds, ticks)
		if kinds[schemas.KindStatus] != 1 {
			t.Errorf("skip %v: %d status changes, want 1 (strict.example good→bad): %q", skip, kinds[schemas.KindStatus], got)
		}
		if !skip {
			if kinds[schemas.KindDelayed] != 1 || kinds[schemas.KindSilent] == 0 || !slow.Delayed || quiet.LastArrival == 0 {
				t.Errorf("without skip: alerts %q; slow.example delayed %v, quiet.example last arrival %d", got, slow.Delayed, quiet.LastArrival)
			}
		} else {
			if len(got) != 1 || slow.Delayed || quiet.Silent || quiet.LastArrival != 0 || quiet.Hourly != [24]uint16{} || quiet.StreamTime != 0 || ticks != 0 {
				t.Errorf("with skip: alerts %q; slow.example delayed %v; quiet.example silent %v, last arrival %d, hourly %v, stream time %d; %d ticks",
					got, slow.Delayed, quiet.Silent, quiet.LastArrival, quiet.Hourly, quiet.StreamTime, ticks)
			}
		}
		r.stop()
	}
}
