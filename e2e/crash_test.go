package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

var crashDomains = []string{
	"alpha.example", "bravo.example", "charlie.example", "delta.example",
	"echo.example", "foxtrot.example", "golf.example", "hotel.example",
}

// crashStream is a deterministic stream in which domains flap: each domain
// has a failure rate per phase, from healthy to badly broken.
func crashStream() []schemas.DeliveryEvent {
	rng := rand.New(rand.NewPCG(2026, 11))
	rates := [][]float64{ // per phase, per domain
		{0.00, 0.10, 0.30, 0.00, 0.60, 0.15, 0.00, 0.10},
		{0.40, 0.10, 0.00, 0.50, 0.00, 0.15, 0.10, 0.30},
		{0.00, 0.50, 0.15, 0.00, 0.70, 0.00, 0.10, 0.00},
		{0.10, 0.00, 0.00, 0.40, 0.00, 0.50, 0.15, 0.30},
	}
	kinds := []string{"blocked", "greylisted", "unknown_user"}
	start := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	var out []schemas.DeliveryEvent
	n := 0
	for _, phase := range rates {
		for range 100 {
			i := rng.IntN(len(crashDomains))
			kind := "sent"
			if rng.Float64() < phase[i] {
				kind = kinds[rng.IntN(len(kinds))]
			}
			n++
			out = append(out, attempt(fmt.Sprintf("crash-%04d", n), crashDomains[i], kind, n, start.Add(time.Duration(n)*time.Second)))
		}
	}
	return out
}

// alertIDs lists the ids of alerts with their transitions, in cause order.
func alertIDs(alerts []schemas.StatusChange) []string {
	out := make([]string, len(alerts))
	for i, a := range alerts {
		out[i] = fmt.Sprintf("%s %s %s→%s %s", a.ID, a.Domain, a.From, a.To, a.CauseEventID)
	}
	return out
}

// stampOf returns the record timestamps both runs of a comparison give
// stream's events. Both must read the same input, timestamps included:
// the processor keeps an attempt's arrival (its record's timestamp) in the
// domain's state, so stamps of the moment each run produced would make the
// states differ by when the runs happened. An hour ago, apart as the
// attempts completed.
func stampOf(stream []schemas.DeliveryEvent) func(*schemas.DeliveryEvent) time.Time {
	base := time.Now().Add(-time.Hour).Truncate(time.Second)
	return func(ev *schemas.DeliveryEvent) time.Time {
		return base.Add(ev.CompletedAt.Sub(stream[0].CompletedAt))
	}
}

// referenceRun processes stream undisturbed, in an env of its own, with a
// processor configured by cfg, and returns its alerts (alertIDs) and the
// state of crashDomains (dumpState).
func referenceRun(t *testing.T, ctx context.Context, stream []schemas.DeliveryEvent, stamp func(*schemas.DeliveryEvent) time.Time,
	cfg func(processor.Config) processor.Config) (alerts []string, state string) {
	t.Helper()
	ref := newEnv(t, ctx)
	ref.produceEventsAt(stream, stamp)
	r := ref.startProcessor(cfg(ref.processorConfig(t.TempDir(), "e2e-ref")))
	ref.waitProcessed()
	if err := r.halt(); err != nil {
		t.Fatalf("reference run: %v", err)
	}
	alerts = alertIDs(ref.alerts())
	state = dumpState(t, r.p.Store(), crashDomains...)
	r.close()
	if len(alerts) < 8 {
		t.Fatalf("the stream causes only %d transitions; the test needs more:\n%q", len(alerts), alerts)
	}
	return alerts, state
}

// TestCrashSafety stops a processor abruptly again and again, between
// transactions and in the middle of one, and starts a new one on the same
// data directory (and transactional id) each time; the alerts topic, read
// committed, ends with exactly the transitions of an undisturbed run, and
// the store with the same windows and live logs.
func TestCrashSafety(t *testing.T) {
	// Eleven processor runs, each joining the group and fencing its
	// transactional id anew: on real Kafka at a load average of 40 that
	// took more than a minute (a full suite run failed here).
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	stream := crashStream()
	stamp := stampOf(stream)
	small := func(cfg processor.Config) processor.Config {
		cfg.MaxPollRecords = 5 // many small transactions
		cfg.CacheSize = 4      // windows evicted and read back from Pebble
		return cfg
	}
	wantAlerts, wantState := referenceRun(t, ctx, stream, stamp, small)
	t.Logf("reference: %d events, %d transitions", len(stream), len(wantAlerts))

	// The disturbed run: half the stream first, the rest after two stops.
	e := newEnv(t, ctx)
	dir := t.TempDir()
	half := len(stream) / 2
	e.produceEventsAt(stream[:half], stamp)
	// A cut stops the processor in one of three ways:
	//   - afterTxns: cancel right after the n-th committed transaction;
	//   - midAttempt: cancel while the n-th attempt is being evaluated (the
	//     transaction in progress may still end, one way or the other);
	//   - crashAtCommit: the n-th commit never reaches the broker; the
	//     processor dies with its transaction (alerts, changelog, offsets)
	//     open (see env.crashAtCommit).
	// abortCommit additionally answers the n-th commit of the run with
	// TRANSACTION_ABORTABLE: the client aborts it instead, and the same
	// instance must process those records again before it is cut.
	cuts := []struct {
		afterTxns, midAttempt, crashAtCommit, abortCommit int
		// fenceAtTxn (on a real broker): once the fenceAtTxn-th
		// transaction has written changelog records to the broker, another
		// client fences the transactional id, which aborts that
		// transaction, and the processor is cut there.
		fenceAtTxn int
	}{
		{afterTxns: 3},
		{crashAtCommit: 2},
		{midAttempt: 12},
		{crashAtCommit: 4},
		{afterTxns: 7, abortCommit: 2},
		{midAttempt: 31},
		{crashAtCommit: 1},
		{midAttempt: 3, abortCommit: 1},
		{afterTxns: 4, abortCommit: 3},
	}
	if e.cluster.Fake == nil {
		// A real broker cannot be made to lose or refuse a commit (kfake's
		// request hooks). There a commit cut fences the transactional id
		// once that transaction wrote to the changelog (as a restarted
		// instance fences its zombie), which aborts it at the broker, and
		// cuts the processor there; nothing is refused.
		for i, c := range cuts {
			if c.crashAtCommit > 0 {
				cuts[i].fenceAtTxn, cuts[i].crashAtCommit = c.crashAtCommit, 0
			}
			cuts[i].abortCommit = 0
		}
		t.Logf("on a real broker: cuts without broker hooks: %+v", cuts)
	}
	txnID := e.group + "-e2e-crash" // the processor's transactional id
	stopped := 0
	for i, cut := range cuts {
		if i == 3 {
			e.produceEventsAt(stream[half:], stamp)
		}
		runCtx, stop := context.WithCancel(ctx)
		cfg := small(e.processorConfig(dir, "e2e-crash"))
		var txns, attempts atomic.Int64
		cfg.Observe = func(processor.TxnStats) {
			if n := txns.Add(1); cut.afterTxns > 0 && n == int64(cut.afterTxns) {
				stop()
			}
		}
		diag := cfg.Diagnose
		cfg.Diagnose = func(ev *schemas.DeliveryEvent) schemas.Category {
			if n := attempts.Add(1); cut.midAttempt > 0 && n == int64(cut.midAttempt) {
				stop()
			}
			return diag(ev)
		}
		disarm := func() {}
		if cut.fenceAtTxn > 0 {
			cfg.KafkaOptions = append(cfg.KafkaOptions, kgo.WithHooks(&fenceAfterWrite{
				topic: e.topics.State, txn: int64(cut.fenceAtTxn), committed: &txns,
				fence: func() { e.fence(txnID); stop() },
			}))
		}
		switch {
		case cut.crashAtCommit > 0:
			disarm = e.crashAtCommit(txnID, int64(cut.crashAtCommit), stop)
		case cut.abortCommit > 0:
			disarm = e.abortAtCommit(txnID, int64(cut.abortCommit))
		}
		p := e.startProcessorIn(runCtx, stop, cfg)
		select {
		case <-runCtx.Done():
			stopped++
		case <-time.After(15 * time.Second):
			t.Fatalf("cut %d (%+v) never happened", i, cut)
		}
		err := p.close()
		disarm()
		fenced := errors.Is(err, kerr.ProducerFenced) || cut.fenceAtTxn > 0 && errors.Is(err, kerr.InvalidProducerEpoch)
		if err != nil && !((cut.crashAtCommit > 0 || cut.fenceAtTxn > 0) && fenced) {
			t.Fatalf("cut %d: Run: %v", i, err)
		}
		if cut.crashAtCommit > 0 || cut.abortCommit > 0 {
			// A transaction may be left open at the broker: by the crash,
			// or when the stop came while the client was turning the
			// refused commit into an abort. The next instance would fence
			// it only at its first transaction, which the open one blocks
			// for 60 s (see TestRestartAfterCrashAtCommitFencesAtOnce);
			// fence it here, as the restarted processor should. After the
			// graceful cuts nothing is fenced: a transaction left open
			// there would stall the next run and fail the test.
			e.fence(txnID)
		}
		t.Logf("cut %d (%+v): stopped after %d committed transactions, %d attempts evaluated; processed offsets %v",
			i, cut, txns.Load(), attempts.Load(), e.committed(e.group, e.topics.Deliveries))
	}
	if e.caughtUp(e.group, e.topics.Deliveries) {
		t.Fatalf("the stream was processed before the last stop; the cuts come too late")
	}
	p := e.startProcessor(small(e.processorConfig(dir, "e2e-crash")))
	e.waitProcessed()
	if err := p.halt(); err != nil {
		t.Fatalf("last run: %v", err)
	}
	gotState := dumpState(t, p.p.Store(), crashDomains...)
	p.close()

	// The cuts did leave aborted transactions behind: the changelog holds
	// records that read_committed readers (and the restore) must skip.
	all, kept := len(e.readUncommitted(e.topics.State)), len(e.readCommitted(e.topics.State))
	t.Logf("changelog: %d records written, %d committed; alerts: %d written, %d committed",
		all, kept, len(e.readUncommitted(e.topics.Alerts)), len(e.readCommitted(e.topics.Alerts)))
	if all <= kept {
		t.Errorf("the changelog holds no aborted records (%d written, %d committed): the cuts aborted nothing", all, kept)
	}

	got := alertIDs(e.alerts())
	if !slices.Equal(got, wantAlerts) {
		t.Errorf("after %d stops the alerts differ from the undisturbed run:\n got %d %q\nwant %d %q", stopped, len(got), got, len(wantAlerts), wantAlerts)
	}
	if gotState != wantState {
		t.Errorf("after %d stops the state differs from the undisturbed run:\n got\n%s\nwant\n%s", stopped, gotState, wantState)
	}
}

// fenceAfterWrite is a franz-go hook that calls fence once, when the
// broker has acknowledged the first record the txn-th transaction
// (counted by committed, the transactions committed so far) wrote to
// topic: a transaction open at the broker with records in it.
//
// It is OnProduceRecordUnbuffered, which franz-go calls synchronously
// before the record's promise and before Flush can return, so the
// fence is done before the processor can end that transaction. (The
// batch-written hook runs on a goroutine of its own: on a fast broker
// the commit won that race and the cut aborted nothing.)
type fenceAfterWrite struct {
	topic     string
	txn       int64
	committed *atomic.Int64
	fence     func()
	done      atomic.Bool
}

func (h *fenceAfterWrite) OnProduceRecordUnbuffered(r *kgo.Record, err error) {
	if err == nil && r.Topic == h.topic && h.committed.Load() == h.txn-1 && h.done.CompareAndSwap(false, true) {
		h.fence()
	}
}
