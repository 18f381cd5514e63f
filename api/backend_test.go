package api_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// memBackend is a Backend over a real Pebble store that the test fills
// directly (windows and the status index, as the processor writes them),
// with a partition count, a directory and partition owners the test sets:
// for properties over many partition counts and for instances that play
// a remote owner, where a processor would be slow to arrange.
type memBackend struct {
	store *state.Store
	parts int32
	dir   atomic.Pointer[directory.Directory]
	// owner says who owns a partition; every partition is local when nil.
	owner func(p int32) processor.Owner
}

func newMemBackend(t testing.TB, parts int32) *memBackend {
	t.Helper()
	st, err := state.Open(t.TempDir(), testLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b := &memBackend{store: st, parts: parts}
	b.dir.Store(directory.New())
	return b
}

func (b *memBackend) Store() *state.Store             { return b.store }
func (b *memBackend) Directory() *directory.Directory { return b.dir.Load() }
func (b *memBackend) Advice(schemas.Category) string  { return "" }
func (b *memBackend) Partitions() int32               { return b.parts }
func (b *memBackend) PartitionOf(domain string) int32 {
	return processor.PartitionFor(domain, b.parts)
}
func (b *memBackend) Ownership() *processor.Ownership {
	o := &processor.Ownership{Joined: true}
	for p := range b.parts {
		if own, _ := b.OwnerOf(context.Background(), p); own.Local {
			o.Partitions = append(o.Partitions, p)
		}
	}
	return o
}
func (b *memBackend) Owner(ctx context.Context, domain string) (processor.Owner, error) {
	return b.OwnerOf(ctx, b.PartitionOf(domain))
}
func (b *memBackend) OwnerOf(_ context.Context, p int32) (processor.Owner, error) {
	o := processor.Owner{Local: true}
	if b.owner != nil {
		o = b.owner(p)
	}
	o.Partition = p
	return o, nil
}

// put stores domains with status st: a window of one attempt (delivered
// for good, bounced for bad) and the index entry.
func (b *memBackend) put(t testing.TB, st schemas.Status, domains ...string) {
	t.Helper()
	batch := b.store.NewBatch()
	defer batch.Close()
	for _, d := range domains {
		out := schemas.OutcomeDelivered
		if st == schemas.StatusBad {
			out = schemas.OutcomeBounced
		}
		w := &state.Window{Entries: []state.Entry{{Outcome: out}}, Seq: 1, Status: st, Since: t0, LastAt: t0, LastResponse: "scripted", LastCode: 250}
		if err := batch.Put(state.WindowKey(d), state.AppendWindow(nil, w)); err != nil {
			t.Fatal(err)
		}
		if err := batch.Put(state.AppendIndexKey(nil, b.PartitionOf(d), st, d), []byte{1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := batch.Commit(); err != nil {
		t.Fatal(err)
	}
}

// setDirectory replaces the directory with one made of entities.
func (b *memBackend) setDirectory(t testing.TB, entities ...any) {
	t.Helper()
	f := &directory.File{}
	for _, e := range entities {
		switch v := e.(type) {
		case directory.Reseller:
			f.Resellers = append(f.Resellers, v)
		case directory.Customer:
			f.Customers = append(f.Customers, v)
		case directory.Domain:
			f.Domains = append(f.Domains, v)
		case directory.Manager:
			f.Managers = append(f.Managers, v)
		default:
			t.Fatalf("setDirectory: %T", e)
		}
	}
	b.dir.Store(f.Directory())
}
