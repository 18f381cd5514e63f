package state

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// changelogRecord is a record as a restore applies it.
type changelogRecord struct {
	part       int32
	key, value []byte
}

// randomChangelog returns n records over a few domains, so that keys
// repeat within and across runs: state records of each status (and
// detection flags), tombstones, input positions, seen-ids chunks of an
// older release, and, with index, the status index records older
// releases wrote to the changelog; now and then a domain on a partition
// it does not belong to.
func randomChangelog(rng *rand.Rand, n int, index bool) []changelogRecord {
	var out []changelogRecord
	for range n {
		d := fmt.Sprintf("d%03d.example", rng.IntN(60))
		part := int32(len(d)+int(d[1])+int(d[3])) % 3
		if rng.IntN(20) == 0 {
			part = (part + 1) % 3
		}
		switch k := rng.IntN(20); {
		case k < 12:
			w := &Window{Status: schemas.Status(rng.IntN(3)), Delayed: rng.IntN(4) == 0, Seq: uint64(rng.IntN(100))}
			v, n := AppendStateRecord(nil, w, nil)
			out = append(out, changelogRecord{part, WindowKey(d), v[:n]})
		case k < 14:
			out = append(out, changelogRecord{part, WindowKey(d), nil})
		case k < 16:
			src := InputDeliveries
			if rng.IntN(2) == 0 {
				src = InputRepartition
			}
			out = append(out, changelogRecord{part, AppendPositionKey(nil, part, src), binary8(uint64(rng.IntN(1000)))})
		case k < 18:
			out = append(out, changelogRecord{part, AppendSeenKey(nil, d, uint64(rng.IntN(3))), AppendSeenChunk(nil, 100, []uint64{rng.Uint64()})})
		case index:
			st := schemas.StatusGood + schemas.Status(rng.IntN(2))
			var v []byte
			if rng.IntN(2) == 0 {
				v = []byte{1}
			}
			out = append(out, changelogRecord{part, AppendIndexKey(nil, part, st, d), v})
		default:
			out = append(out, changelogRecord{part, WindowKey(d), nil})
		}
	}
	return out
}

func binary8(v uint64) []byte {
	b := make([]byte, 8)
	for i := range 8 {
		b[7-i] = byte(v >> (8 * i))
	}
	return b
}

// applyOneByOne applies runs as a restore did before the Loader: each
// record in changelog order with Batch.PutRecord, then the checkpoints.
func applyOneByOne(t *testing.T, s *Store, runs [][]changelogRecord, now time.Time) {
	t.Helper()
	for i, run := range runs {
		b := s.NewBatch()
		for _, r := range run {
			if err := b.PutRecord(r.part, r.key, r.value); err != nil {
				t.Fatal(err)
			}
		}
		for p := range int32(3) {
			if err := b.SetCheckpoint(p, int64(100*(i+1))+int64(p), now); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
}

// applyLoader applies runs with a Loader that writes batches (ingest
// false) or ingests every run as a table (ingest true).
func applyLoader(t *testing.T, s *Store, runs [][]changelogRecord, now time.Time, ingest bool) {
	t.Helper()
	l := s.NewLoader()
	defer l.Close()
	l.minIngest = 1 << 40
	if ingest {
		l.minIngest = 0
	}
	for i, run := range runs {
		for _, r := range run {
			if err := l.Put(r.part, r.key, r.value); err != nil {
				t.Fatal(err)
			}
		}
		cps := map[int32]int64{}
		for p := range int32(3) {
			cps[p] = int64(100*(i+1)) + int64(p)
		}
		if err := l.Commit(context.Background(), cps, now); err != nil {
			t.Fatal(err)
		}
		if l.Len() != 0 || l.RunBytes() != 0 {
			t.Fatalf("after Commit: %d records of %d bytes left", l.Len(), l.RunBytes())
		}
	}
}

// dump returns every key and value of the store, in key order.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	it, err := s.db.NewIter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var b bytes.Buffer
	for ok := it.First(); ok; ok = it.Next() {
		fmt.Fprintf(&b, "%q=%x\n", it.Key(), it.Value())
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func openTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// TestLoaderMatchesPutRecord applies the same changelog runs record by
// record (as restore did), with a Loader writing batches and with a
// Loader ingesting tables, onto empty stores and onto stores holding an
// earlier restore, and requires the same keys and values in all three.
func TestLoaderMatchesPutRecord(t *testing.T) {
	now := time.UnixMilli(1_790_000_000_000)
	for _, tc := range []struct {
		name   string
		runs   []int
		before int // records restored record by record first, in every store
		index  bool
	}{
		{name: "one run", runs: []int{300}},
		{name: "several runs", runs: []int{200, 5, 150, 1}},
		{name: "over earlier state", before: 250, runs: []int{100, 100}},
		{name: "with index records", runs: []int{200, 200}, index: true},
		{name: "empty runs", before: 50, runs: []int{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(len(tc.name)), 7))
			before := randomChangelog(rng, tc.before, tc.index)
			var runs [][]changelogRecord
			for _, n := range tc.runs {
				runs = append(runs, randomChangelog(rng, n, tc.index))
			}
			want := openTestStore(t)
			applyOneByOne(t, want, [][]changelogRecord{before}, now)
			applyOneByOne(t, want, runs, now)
			for _, ingest := range []bool{false, true} {
				got := openTestStore(t)
				applyOneByOne(t, got, [][]changelogRecord{before}, now)
				applyLoader(t, got, runs, now, ingest)
				if w, g := dump(t, want), dump(t, got); w != g {
					t.Errorf("ingest %v: the store differs from one restored record by record:\n got %s\nwant %s", ingest, g, w)
				}
				// A flushed and reopened store holds the same.
				if err := got.db.Flush(); err != nil {
					t.Fatal(err)
				}
				if ents, err := os.ReadDir(filepath.Join(got.dir, ingestDir)); err == nil && len(ents) > 0 {
					t.Errorf("ingest %v: %d tables left in the ingest directory", ingest, len(ents))
				}
			}
		})
	}
}

// TestLoaderIngestsTables checks that a large run goes into the store as
// a table (not through the memtable) and that its counts by status are
// those of its last records.
func TestLoaderIngestsTables(t *testing.T) {
	s := openTestStore(t)
	l := s.NewLoader()
	defer l.Close()
	l.minIngest = 0
	for i := range 1000 {
		w := &Window{Status: schemas.StatusGood, Seq: 1}
		if i%10 == 0 {
			w.Status = schemas.StatusBad
		}
		v, n := AppendStateRecord(nil, w, nil)
		if err := l.Put(1, WindowKey(fmt.Sprintf("t%04d.example", i)), v[:n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Commit(context.Background(), map[int32]int64{1: 1000}, time.Now()); err != nil {
		t.Fatal(err)
	}
	var ingested uint64
	for _, lv := range s.db.Metrics().Levels {
		ingested += lv.TablesIngested
	}
	if ingested != 1 {
		t.Errorf("%d tables ingested, want 1", ingested)
	}
	for st, want := range map[schemas.Status]int{schemas.StatusGood: 900, schemas.StatusBad: 100} {
		if n, err := s.CountByStatus(1, st); err != nil || n != want {
			t.Errorf("%s domains: %d (%v), want %d", st, n, err, want)
		}
	}
	if cp, err := s.Checkpoint(1); err != nil || cp != 1000 {
		t.Errorf("checkpoint %d (%v), want 1000", cp, err)
	}
	if err := l.Put(1, checkpointKey(1), nil); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Put of a checkpoint key: %v, want ErrCorrupt", err)
	}
}

// FuzzCheckState requires CheckState to accept exactly what DecodeState
// accepts, with the stream time of the decoded window.
func FuzzCheckState(f *testing.F) {
	seen := &SeenIDs{}
	seen.Add(IDHash("x"))
	seen.Remember(490000, []uint64{IDHash("x")})
	w := &Window{Status: schemas.StatusBad, Seq: 3, LastResponse: "550 no", LastArrival: 1_790_000_000, StreamTime: 1_790_000_100,
		Entries: []Entry{{Outcome: schemas.OutcomeBounced, Category: schemas.CategoryUserUnknown}}}
	f.Add(AppendState(nil, w, seen))
	f.Add(AppendState(nil, w, nil))
	v, n := AppendStateRecord(nil, w, seen)
	f.Add(v[:n])
	f.Fuzz(func(t *testing.T, b []byte) {
		w, _, _, derr := DecodeState(b)
		at, cerr := CheckState(b)
		switch {
		case (derr == nil) != (cerr == nil):
			t.Fatalf("% x: DecodeState %v, CheckState %v", b, derr, cerr)
		case cerr != nil && !errors.Is(cerr, ErrCorrupt):
			t.Fatalf("error %v does not wrap ErrCorrupt", cerr)
		case cerr == nil && at != max(w.StreamTime, w.LastArrival):
			t.Fatalf("% x: CheckState time %d, window's %d", b, at, max(w.StreamTime, w.LastArrival))
		}
	})
}

// BenchmarkCheckState measures the check a restore makes of each state
// record, against decoding it.
func BenchmarkCheckState(b *testing.B) {
	w := &Window{Status: schemas.StatusGood, Seq: 40, LastResponse: "250 2.0.0 Ok: queued as 4ZxQ1h2Kp9z", LastCode: 250,
		LastArrival: 1_790_000_000, StreamTime: 1_790_000_100, Since: time.Unix(1_790_000_000, 0), LastAt: time.Unix(1_790_000_100, 0)}
	for i := range 25 {
		w.Entries = append(w.Entries, Entry{Outcome: schemas.OutcomeDelivered, Category: schemas.CategoryDelivered, DelayMillis: uint32(900 + i)})
	}
	v, n := AppendStateRecord(nil, w, nil)
	v = v[:n]
	b.Run("CheckState", func(b *testing.B) {
		for b.Loop() {
			if _, err := CheckState(v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("DecodeState", func(b *testing.B) {
		for b.Loop() {
			if _, _, _, err := DecodeState(v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
