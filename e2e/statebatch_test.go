package e2e

import (
	"testing"
	"time"

	"github.com/mailflow/mailflow/state"
)

// TestStateBatchCloseAfterCommit follows what processor.(*txn).apply does
// with a state batch — `defer b.Close()` and then `return b.Commit()` —
// next to a second Pebble store in the same process (the sink's, in
// `mailflow dev`). state.(*Batch).Commit already closes the Pebble batch,
// which returns it to Pebble's batch pool; the deferred Close closes it a
// second time. If another store took the batch from the pool in between,
// the second Close releases it again while that store is still filling it,
// and two later batches share one buffer: writes meant for one store land
// in the other. `go test -race ./e2e -run TestNotifyThroughProcessor`
// reports the same as a data race between the processor's txn.apply and
// the sink's store.setEpisode.
func TestStateBatchCloseAfterCommit(t *testing.T) {
	log := testLogger(t)
	a, err := state.Open(t.TempDir(), log)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := state.Open(t.TempDir(), log)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	// sync.Pool hands the last object put back to the next Get on the
	// same P, so the sequence below reuses one Pebble batch nearly always;
	// a few rounds make it certain.
	for round := int64(1); round <= 20; round++ {
		applied := a.NewBatch() // processor: txn.apply
		if err := applied.SetCheckpoint(0, round, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := applied.Commit(); err != nil {
			t.Fatal(err)
		}
		other := b.NewBatch() // the sink's store, meanwhile
		applied.Close()       // txn.apply's deferred Close
		next := a.NewBatch()  // the processor's next transaction
		if err := next.SetCheckpoint(1, 1000+round, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := other.SetCheckpoint(2, 2000+round, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := other.Commit(); err != nil {
			t.Fatal(err)
		}
		next.Close()

		inB, err := b.Checkpoint(2)
		if err != nil {
			t.Fatal(err)
		}
		inA, err := a.Checkpoint(2)
		if err != nil {
			t.Fatal(err)
		}
		if inB != 2000+round || inA != 0 {
			t.Fatalf("round %d: a write committed to store B landed elsewhere: B has checkpoint(2) = %d, A has %d (want %d and 0)",
				round, inB, inA, 2000+round)
		}
	}
}
