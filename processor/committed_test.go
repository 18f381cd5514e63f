package processor

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestCommittedOffsetsWaitsForOpenTransaction: while a transaction that
// committed offsets for the group is open, committedOffsets waits, and
// then answers with what the transaction's end made of them (KIP-447's
// require_stable) — never with the offsets from before a commit. A plain
// OffsetFetch answers at once with the old offsets; the restore then
// took a crashed instance's last committed transaction for unapplied
// state it did not need to replay (issue 9's CI failure on real Kafka).
func TestCommittedOffsetsWaitsForOpenTransaction(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		commit bool
		want   int64
	}{
		{"committed", true, 7},
		{"aborted", false, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			c := kafkatest.Start(t)
			topic, group := c.Name("committed-in"), c.Name("committed-group")
			cl, err := kgo.NewClient(kgo.SeedBrokers(c.Brokers...))
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			adm := kadm.NewClient(cl)
			created, err := adm.CreateTopic(ctx, 1, 1, nil, topic)
			if err == nil {
				err = created.Err
			}
			if err != nil {
				t.Fatal(err)
			}
			var before kadm.Offsets
			before.Add(kadm.Offset{Topic: topic, Partition: 0, At: 3, LeaderEpoch: -1})
			// A topic just created may not be known to the coordinator yet
			// (real Kafka): retry until it is.
			for {
				err := adm.CommitAllOffsets(ctx, group, before)
				if err == nil {
					break
				}
				if !errors.Is(err, kerr.UnknownTopicOrPartition) || ctx.Err() != nil {
					t.Fatal(err)
				}
				time.Sleep(100 * time.Millisecond)
			}

			end := openOffsetTransaction(t, ctx, cl, c.Name("committed-txn"), group, topic, created.ID, 7)
			p := &Processor{adm: adm, cfg: Config{Group: group}, log: slog.New(slog.DiscardHandler)}
			type result struct {
				offs kadm.OffsetResponses
				err  error
			}
			got := make(chan result, 1)
			go func() {
				offs, err := p.committedOffsets(ctx, "test")
				got <- result{offs, err}
			}()
			select {
			case r := <-got:
				t.Fatalf("committedOffsets answered while the transaction was open: %v %v", r.offs, r.err)
			case <-time.After(1500 * time.Millisecond):
			}
			end(tc.commit)
			r := <-got
			if r.err != nil {
				t.Fatal(r.err)
			}
			o, ok := r.offs.Lookup(topic, 0)
			if !ok || o.At != tc.want {
				t.Fatalf("committed offset %v (found %v), want %d", o.At, ok, tc.want)
			}
		})
	}
}

// openOffsetTransaction begins a transaction of transactional id txnID
// that commits offset at for topic's partition 0 (topic id id) in group, as a
// processor's transaction does (AddOffsetsToTxn, TxnOffsetCommit), and
// leaves it open. The function it returns ends it (EndTxn).
func openOffsetTransaction(t *testing.T, ctx context.Context, cl *kgo.Client, txnID, group, topic string, id [16]byte, at int64) func(commit bool) {
	t.Helper()
	fail := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	init := kmsg.NewPtrInitProducerIDRequest()
	init.TransactionalID = &txnID
	init.TransactionTimeoutMillis = 60000
	initResp, err := init.RequestWith(ctx, cl)
	if err == nil {
		err = kerr.ErrorForCode(initResp.ErrorCode)
	}
	fail("InitProducerID", err)
	pid, epoch := initResp.ProducerID, initResp.ProducerEpoch

	add := kmsg.NewPtrAddOffsetsToTxnRequest()
	add.TransactionalID, add.ProducerID, add.ProducerEpoch, add.Group = txnID, pid, epoch, group
	addResp, err := add.RequestWith(ctx, cl)
	if err == nil {
		err = kerr.ErrorForCode(addResp.ErrorCode)
	}
	fail("AddOffsetsToTxn", err)

	commit := kmsg.NewPtrTxnOffsetCommitRequest()
	commit.TransactionalID, commit.Group, commit.ProducerID, commit.ProducerEpoch = txnID, group, pid, epoch
	commit.Generation = -1
	rt := kmsg.NewTxnOffsetCommitRequestTopic()
	rt.Topic, rt.TopicID = topic, id
	rp := kmsg.NewTxnOffsetCommitRequestTopicPartition()
	rp.Partition, rp.Offset, rp.LeaderEpoch = 0, at, -1
	rt.Partitions = append(rt.Partitions, rp)
	commit.Topics = append(commit.Topics, rt)
	commitResp, err := commit.RequestWith(ctx, cl)
	if err == nil {
		for _, rt := range commitResp.Topics {
			for _, rp := range rt.Partitions {
				if err == nil {
					err = kerr.ErrorForCode(rp.ErrorCode)
				}
			}
		}
	}
	fail("TxnOffsetCommit", err)

	return func(commit bool) {
		t.Helper()
		e := kmsg.NewPtrEndTxnRequest()
		e.TransactionalID, e.ProducerID, e.ProducerEpoch, e.Commit = txnID, pid, epoch, commit
		resp, err := e.RequestWith(ctx, cl)
		if err == nil {
			err = kerr.ErrorForCode(resp.ErrorCode)
		}
		fail("EndTxn", err)
	}
}
