package e2e

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/processor"
)

// TestRestoreBehindAZombieTransaction: an instance killed in the middle
// of a transaction (a zombie) leaves that transaction open on the
// changelog partitions it wrote to until the broker's transaction timeout
// aborts it, and their last stable offsets stay at its first records.
// The instance that takes the partitions over meanwhile commits changelog
// records beyond them. When the partitions move again, to an instance
// with an empty store, a restore that stops at the last stable offset
// misses those committed records and evaluates the next events on stale
// windows: the three-node failover test on real Kafka lost 29 of 6,288
// alerts so (a SIGKILLed instance, then a new one joining within the
// transaction timeout). The restore must wait for the zombie's
// transaction to end and read what was committed after it.
//
// Each of the three partitions gets the zombie's open transaction; the
// stream is cut in three: before the zombie, after it (processed by a
// first instance, which then stops), and after the hand-over (processed by
// a second instance with an empty data directory). Alerts and state must
// equal those of an undisturbed run.
func TestRestoreBehindAZombieTransaction(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	stream := crashStream()
	stamp := stampOf(stream)
	wantAlerts, wantState := referenceRun(t, ctx, stream, stamp, func(c processor.Config) processor.Config { return c })

	e := newEnv(t, ctx)
	third := len(stream) / 3
	e.produceEventsAt(stream[:third], stamp)
	a := e.startProcessor(e.processorConfig(t.TempDir(), "zombie-a"))
	e.waitProcessed()

	// The zombie: a transactional producer of its own (another instance's
	// id) with a record on every changelog partition, left open.
	zombie, err := kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.TransactionalID(e.group+"-zombie"),
		kgo.TransactionTimeout(90*time.Second), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer zombie.Close()
	if err := zombie.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	for part := range int32(partitions) {
		rec := &kgo.Record{Topic: e.topics.State, Partition: part, Key: []byte("zombie"), Value: []byte("never committed")}
		if err := zombie.ProduceSync(ctx, rec).FirstErr(); err != nil {
			t.Fatalf("the zombie's record on %s/%d: %v", e.topics.State, part, err)
		}
	}

	e.produceEventsAt(stream[third:2*third], stamp)
	e.waitProcessed()
	if err := a.close(); err != nil {
		t.Fatalf("first instance: %v", err)
	}

	// The hand-over, while the zombie's transaction is open.
	e.produceEventsAt(stream[2*third:], stamp)
	b := e.startProcessor(e.processorConfig(t.TempDir(), "zombie-b"))
	// Give the second instance time to restore (and, wrongly, to go on).
	time.Sleep(3 * time.Second)
	early := e.caughtUp(e.group, e.topics.Deliveries)
	if err := zombie.EndTransaction(ctx, kgo.TryAbort); err != nil {
		t.Fatalf("aborting the zombie's transaction: %v", err)
	}
	e.waitProcessed()
	if err := b.halt(); err != nil {
		t.Fatalf("second instance: %v", err)
	}
	gotState := dumpState(t, b.p.Store(), crashDomains...)
	got := alertIDs(e.alerts())
	if !slices.Equal(got, wantAlerts) {
		t.Errorf("alerts differ from the undisturbed run (the second instance had processed the stream before the zombie ended: %v):\n got %d %q\nwant %d %q",
			early, len(got), got, len(wantAlerts), wantAlerts)
	}
	if gotState != wantState {
		t.Errorf("state differs from the undisturbed run (the second instance had processed the stream before the zombie ended: %v):\n got\n%s\nwant\n%s", early, gotState, wantState)
	}
	if early {
		t.Errorf("the second instance processed the rest of the stream while another producer's open transaction hid committed changelog records from its restore")
	}
}
