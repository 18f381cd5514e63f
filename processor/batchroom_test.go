package processor

import (
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// TestBatchRoom: the room prepare reserves for a store batch holds what
// Pebble's batch encoding then takes (state.Batch.Size), for state
// records, status-index moves (from unknown, and between statuses) and a
// transaction's checkpoints, with short and long domain names; so the
// batch is allocated once and never grown.
func TestBatchRoom(t *testing.T) {
	t.Parallel()
	st, err := state.Open(t.TempDir(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name                  string
		domains, nameLen, val int
		moved, partitions     int
	}{
		{"new domains, every one moves from unknown", 10000, 12, 180, 10000, 6},
		{"long names", 2000, 240, 300, 2000, 64},
		{"short names and values", 5000, 1, 1, 5000, 1},
		{"hot domains, few moves", 1600, 16, 400, 3, 6},
		{"one domain", 1, 5, 100, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := st.NewBatchWithSize(0)
			defer b.Close()
			kv, writes := 0, 0
			var moved []*dirtyDomain
			for i := range tc.domains {
				name := fmt.Sprintf("%d.%s", i, strings.Repeat("x", tc.nameLen))
				key := state.AppendWindowKey(nil, name)
				value := make([]byte, 1+rng.IntN(tc.val))
				if err := b.Put(key, value); err != nil {
					t.Fatal(err)
				}
				kv += len(key) + len(value)
				writes++
				if i < tc.moved {
					from, to := schemas.StatusUnknown, schemas.StatusGood
					if i%2 == 1 {
						from, to = schemas.StatusGood, schemas.StatusBad
					}
					if err := b.SetIndex(int32(i%tc.partitions), from, to, name); err != nil {
						t.Fatal(err)
					}
					moved = append(moved, &dirtyDomain{domain: name})
				}
			}
			for p := range tc.partitions {
				if err := b.SetCheckpoint(int32(p), 1<<40, time.Now()); err != nil {
					t.Fatal(err)
				}
			}
			if room, size := batchRoom(kv, writes, moved), b.Size(); size > room {
				t.Errorf("the batch took %d bytes, prepare reserves %d", size, room)
			}
		})
	}
}
