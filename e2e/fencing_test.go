package e2e

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/schemas"
)

// crashAtCommit makes the n-th transaction commit (EndTxn) of
// transactional id txnID never take effect at the broker, and calls
// crashed when it arrives: as if the processor died just before the commit
// reached the broker. The broker keeps an open transaction holding the
// alerts, changelog records and consumer offsets the processor wrote. The
// request is answered PRODUCER_FENCED, which franz-go does not retry, so
// that Run ends instead of sending the commit again.
//
// It returns a function that disarms the trap if it has not sprung.
func (e *env) crashAtCommit(txnID string, n int64, crashed func()) (disarm func()) {
	var commits atomic.Int64
	var over atomic.Bool
	fk := e.fake()
	fk.ControlKey(kmsg.EndTxn.Int16(), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.EndTxnRequest)
		if over.Load() {
			fk.DropControl()
			return nil, nil, false
		}
		if !r.Commit || r.TransactionalID != txnID || commits.Add(1) != n {
			return nil, nil, false // the broker handles it as usual
		}
		crashed()
		resp := kmsg.NewPtrEndTxnResponse()
		resp.Version = r.Version
		resp.ErrorCode = kerr.ProducerFenced.Code
		return resp, nil, true
	})
	return func() { over.Store(true) }
}

// abortAtCommit answers the n-th transaction commit of txnID with
// TRANSACTION_ABORTABLE, which makes the client abort that transaction
// instead. It returns a function that disarms the trap if it has not
// sprung.
func (e *env) abortAtCommit(txnID string, n int64) (disarm func()) {
	var commits atomic.Int64
	var over atomic.Bool
	fk := e.fake()
	fk.ControlKey(kmsg.EndTxn.Int16(), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.EndTxnRequest)
		if over.Load() {
			fk.DropControl()
			return nil, nil, false
		}
		if !r.Commit || r.TransactionalID != txnID || commits.Add(1) != n {
			return nil, nil, false
		}
		resp := kmsg.NewPtrEndTxnResponse()
		resp.Version = r.Version
		resp.ErrorCode = kerr.TransactionAbortable.Code
		return resp, nil, true
	})
	return func() { over.Store(true) }
}

// fence initializes the producer id of txnID, which fences an older
// producer with that id and aborts its open transaction. It stands in for
// what a restarted processor should do at start (see
// TestRestartAfterCrashAtCommitFencesAtOnce).
func (e *env) fence(txnID string) {
	e.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.TransactionalID(txnID), kgo.TransactionTimeout(60*time.Second))
	if err != nil {
		e.t.Fatal(err)
	}
	defer cl.Close()
	if _, _, err := cl.ProducerID(e.ctx); err != nil {
		e.t.Fatalf("fencing %s: %v", txnID, err)
	}
}

// TestRestartAfterCrashAtCommitFencesAtOnce: a processor dies with a
// transaction open at the broker (after its consumer offsets were added to
// the transaction, before the commit). The instance restarted with the
// same InstanceID should fence its zombie at once ("so a restarted
// instance fences its own zombie", processor.Config.InstanceID) and go on
// processing.
//
// It does not: the session initializes its producer id lazily, at its
// first transaction, and it cannot begin one because the group's offset
// fetch (RequireStableFetchOffsets) answers UNSTABLE_OFFSET_COMMIT while
// the zombie's transaction is open. The instance stalls until the broker
// times the transaction out (the processor's TransactionTimeout, 60 s).
func TestRestartAfterCrashAtCommitFencesAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	e := newEnv(t, ctx)
	dir := t.TempDir()
	start := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	var evs []schemas.DeliveryEvent
	for i := range 40 {
		kind := "sent"
		if i%4 == 3 {
			kind = "blocked"
		}
		evs = append(evs, attempt(fmt.Sprintf("fence-%03d", i), "example-bank.de", kind, i, start.Add(time.Duration(i)*time.Second)))
	}
	e.produceEvents(evs)

	cfg := e.processorConfig(dir, "e2e-fence")
	cfg.MaxPollRecords = 5
	runCtx, stop := context.WithCancel(ctx)
	disarm := e.crashAtCommit(e.group+"-e2e-fence", 2, stop)
	p := e.startProcessorIn(runCtx, stop, cfg)
	<-runCtx.Done()
	disarm()
	if err := p.close(); err != nil && !errors.Is(err, kerr.ProducerFenced) {
		t.Fatal(err)
	}

	restarted := time.Now()
	p = e.startProcessor(e.processorConfig(dir, "e2e-fence"))
	e.waitProcessed()
	if took := time.Since(restarted); took > 10*time.Second {
		t.Errorf("the restarted processor needed %s to process the stream: it waited for its zombie's transaction to time out", took.Round(time.Second))
	}
	if err := p.close(); err != nil {
		t.Fatal(err)
	}
	if got := e.alerts(); len(got) != 1 || got[0].To != schemas.StatusBad {
		t.Errorf("alerts:%s\nwant one good→bad", render(got))
	}
}
