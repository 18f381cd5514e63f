package state

import (
	"math/rand/v2"
	"sync/atomic"
	"testing"
)

// TestSeenTableDemoteAgainstMap drives a table through check, Put, Sweep
// and Demote with keys of several shapes and hours over several spans
// (some past what a cold entry's hour holds, which stand for "that or
// later"), comparing every answer with a map of what was counted: an id
// counted within the horizon is never new; one that was not is never a
// duplicate, and is unsure only when the cold part holds a key of the
// same high 44 bits (or the id itself at such an hour). An unsure answer is resolved as the
// processor does: the id's stored hour is put back into the slots, and
// the check asked again without the cold part.
func TestSeenTableDemoteAgainstMap(t *testing.T) {
	for _, tc := range []struct {
		name   string
		key    func(r *rand.Rand) uint64
		ops    int
		from   uint32 // the first hour
		hours  int
		demote int // one operation in demote is a Demote
	}{
		{"uniform", func(r *rand.Rand) uint64 { return r.Uint64() }, 40000, 494000, 50, 500},
		{"shared high bits", func(r *rand.Rand) uint64 { return r.Uint64N(4)<<44 | r.Uint64N(1<<coldHourBits) }, 20000, 494000, 20, 300},
		{"hours past 2089", func(r *rand.Rand) uint64 { return r.Uint64() }, 20000, coldHourMax - 30, 60, 200},
		{"hours since 1970", func(r *rand.Rand) uint64 { return r.Uint64() }, 20000, 0, 600000, 200},
		{"demote often", func(r *rand.Rand) uint64 { return r.Uint64() }, 20000, 494000, 10, 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(11, uint64(tc.ops)))
			var mem atomic.Int64
			tab := NewSeenTable(&mem)
			ref := map[uint64]uint32{} // key → the latest hour counted
			var keys []uint64
			var swept uint32
			demoted := false
			var unsure, falseUnsure int
			saturated := map[uint64]bool{} // ids ever counted at coldHourMax or later
			for i := range tc.ops {
				var k uint64
				if len(keys) > 0 && rng.IntN(3) == 0 {
					k = keys[rng.IntN(len(keys))]
				} else {
					k = tc.key(rng)
					keys = append(keys, k)
				}
				// As in the processor, an id is counted at an hour
				// within the horizon it is checked against.
				minHour := max(tc.from+uint32(rng.IntN(tc.hours)), swept)
				hour := minHour + uint32(rng.IntN(tc.hours/4+1))
				if hour >= coldHourMax {
					saturated[k] = true
				}
				switch op := rng.IntN(tc.demote); {
				case op == 0:
					tab.Demote()
					demoted = true
				case op == 1 && tc.hours > 1:
					// Sweep what nothing counts any more.
					swept = max(swept, tc.from+uint32(rng.IntN(tc.hours/2+1)))
					tab.Sweep(swept)
					for k, h := range ref {
						if h < swept {
							delete(ref, k)
						}
					}
				case op == 2:
					tab.Put(k, hour)
					ref[k] = max(ref[k], hour)
				default:
					h, held := ref[k]
					counted := held && h >= minHour
					a := tab.check(k, hour, minHour, demoted)
					if a == SeenUnsure {
						unsure++
						if !counted {
							falseUnsure++
							// An hour past what an entry holds stands
							// for "that or later": such an id is never
							// taken as expired.
							if !saturated[k] && !sharesHigh(keys, ref, k, minHour) {
								t.Fatalf("op %d: check(%x) unsure, but no id counted since %d shares its high 44 bits", i, k, minHour)
							}
						}
						// Read back: the store holds the id at its hour.
						if held {
							tab.Put(k, h)
						}
						a = tab.check(k, hour, minHour, false)
					}
					switch {
					case counted && a != SeenDuplicate:
						t.Fatalf("op %d: check(%x, %d, %d) = %v, want a duplicate (counted at %d)", i, k, hour, minHour, a, h)
					case !counted && a != SeenNew:
						t.Fatalf("op %d: check(%x, %d, %d) = %v, want new (held %v at %d)", i, k, hour, minHour, a, held, h)
					}
					if !counted {
						ref[k] = hour
					}
				}
				if got := mem.Load(); got != tab.Bytes() {
					t.Fatalf("op %d: counter says %d bytes, the table %d", i, got, tab.Bytes())
				}
			}
			t.Logf("%d unsure answers, %d of them for ids not counted; %d ids cold", unsure, falseUnsure, tab.ColdLen())
			if unsure == 0 {
				t.Fatal("no answer was unsure: the cold part was never searched")
			}
			tab.Close()
			if got := mem.Load(); got != 0 {
				t.Fatalf("%d bytes held after Close", got)
			}
		})
	}
}

// sharesHigh reports whether an id counted since minHour other than k
// has k's high 44 bits.
func sharesHigh(keys []uint64, ref map[uint64]uint32, k uint64, minHour uint32) bool {
	for o, h := range ref {
		if o != k && o>>coldHourBits == k>>coldHourBits && h >= minHour {
			return true
		}
	}
	return false
}

// TestSeenColdDemoteMerges demotes a table again and again, with ids
// counted again between demotions: the cold part holds each key once,
// at its latest hour, and its directory finds every one.
func TestSeenColdDemoteMerges(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	tab := NewSeenTable(nil)
	defer tab.Close()
	ref := map[uint64]uint32{}
	var keys []uint64
	for round := range 8 {
		for range 3000 {
			var k uint64
			if len(keys) > 0 && rng.IntN(2) == 0 {
				k = keys[rng.IntN(len(keys))]
			} else {
				k = rng.Uint64()
				keys = append(keys, k)
			}
			hour := uint32(494000 + round)
			tab.Put(k, hour)
			ref[k] = max(ref[k], hour)
		}
		tab.Demote()
		if tab.ColdLen() != len(ref) || tab.Len() != len(ref) {
			t.Fatalf("round %d: %d ids cold, %d in all, want %d", round, tab.ColdLen(), tab.Len(), len(ref))
		}
		for k, h := range ref {
			if !tab.cold.mayHold(k, h) {
				t.Fatalf("round %d: the cold part lost %x at %d", round, k, h)
			}
			if tab.cold.mayHold(k, h+1) && !sharesHigh(keys, ref, k, h+1) {
				t.Fatalf("round %d: the cold part holds %x later than %d", round, k, h)
			}
		}
	}
	if got := tab.cold.bytes(); got > int64(len(ref))*coldEntryBytes*3/2+2*4096 {
		t.Fatalf("the cold part holds %d bytes for %d ids", got, len(ref))
	}
}

// TestSeenIDsDemoted counts two domains' ids with an attached set whose
// table is demoted now and then, against a set on its own: the answers
// are the same, an unsure answer being settled by reading back the
// domain's stored chunks and inline ids as Store.WarmSeen does; and a
// set reads back at most once per demotion. As in the processor, a
// transaction's chunk reaches the store while the next transaction is
// evaluated (only a demotion waits for it), the same domain comes in
// runs of transactions, and ids come again soon after they were counted
// (a producer's retries): a chunk spilled after a demotion must then
// not be the only place its ids are found (the review's case).
func TestSeenIDsDemoted(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	tab := NewSeenTable(nil)
	defer tab.Close()
	doms := []uint64{IDHash("a.example"), IDHash("b.example")}
	alone := []*SeenIDs{{}, {}}
	attached := []*SeenIDs{{}, {}}
	stored := []map[uint64][]uint64{{}, {}} // seq → hashes
	storedHour := []map[uint64]uint32{{}, {}}
	for i := range attached {
		attached[i].Attach(tab, doms[i])
	}
	var all []uint64
	var seq uint64
	warms, demotes := 0, 0
	// applying is the store update of the transaction before, next that
	// of the one being evaluated.
	var applying, next []func()
	apply := func() {
		for _, f := range applying {
			f()
		}
		applying = nil
	}
	for txn := range 3000 {
		hour := uint32(3000 + txn/100)
		d := (txn / 3) % 2
		if rng.IntN(7) == 0 {
			apply() // dropSeenTables waits for the store update
			tab.Demote()
			demotes++
		}
		minHour := hour - 4
		attached[d].Expire(minHour, nil)
		alone[d].Expire(minHour, nil)
		var counted []uint64
		warmedThisTxn := false
		for range 1 + rng.IntN(5) {
			var h uint64
			if len(all) > 0 && rng.IntN(3) == 0 {
				h = all[max(0, len(all)-1-rng.IntN(12))] // maybe the other domain's
			} else {
				h = rng.Uint64()
				all = append(all, h)
			}
			want := alone[d].Count(h, hour)
			a := attached[d].Check(h, hour)
			if a == SeenUnsure {
				if warmedThisTxn {
					t.Fatalf("txn %d: unsure again after reading back", txn)
				}
				warms++
				warmedThisTxn = true
				for s, hashes := range stored[d] {
					attached[d].warmChunk(storedHour[d][s], hashes)
				}
				attached[d].warmed()
				a = attached[d].Check(h, hour)
			}
			if got := a == SeenNew; got != want {
				t.Fatalf("txn %d domain %d: Check(%x) = %v, the set on its own counts it: %v", txn, d, h, a, want)
			}
			if want {
				counted = append(counted, h)
			}
		}
		if attached[d].Remember(hour, counted) {
			seq++
			ch, hashes := attached[d].Spill(seq)
			cp, s, dd := append([]uint64(nil), hashes...), seq, d
			next = append(next, func() { stored[dd][s], storedHour[dd][s] = cp, ch })
		}
		if alone[d].Remember(hour, counted) {
			alone[d].Spill(seq)
		}
		tab.Sweep(min(attached[0].minHour, attached[1].minHour))
		apply()
		applying, next = next, nil
	}
	t.Logf("%d demotions, %d read-backs", demotes, warms)
	if demotes == 0 || warms == 0 {
		t.Fatal("the test demoted or read back nothing")
	}
}

// TestSeenColdSize checks that the cold part holds about 8 bytes an id
// whatever it was built from: ids demoted again after a read-back put
// them back into the slots (each key twice in the merge), and a sweep
// that expired half of them (the review found both kept the larger
// allocation).
func TestSeenColdSize(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var mem atomic.Int64
	tab := NewSeenTable(&mem)
	defer tab.Close()
	var keys []uint64
	for range 200000 {
		k := rng.Uint64()
		keys = append(keys, k)
		tab.Put(k, 494000)
	}
	tab.Demote()
	one := tab.cold.bytes()
	if per := float64(one) / float64(tab.ColdLen()); per > 9.5 {
		t.Fatalf("%.1f bytes an id cold, want about 8.5", per)
	}
	for _, k := range keys {
		tab.Put(k, 494000) // read back
	}
	tab.Demote()
	if got := tab.cold.bytes(); got > one*5/4 {
		t.Fatalf("the same %d ids take %d bytes cold after a read-back and a demotion, %d before", tab.ColdLen(), got, one)
	}
	half := NewSeenTable(&mem)
	defer half.Close()
	for i := range 200000 {
		half.Put(rng.Uint64(), uint32(494000+i%2))
	}
	half.Demote()
	before := half.cold.bytes()
	half.Sweep(494001)
	if got := half.cold.bytes(); got > before*3/4 {
		t.Fatalf("a sweep that dropped half the ids kept %d of %d bytes", got, before)
	}
	if got := mem.Load(); got != tab.Bytes()+half.Bytes() {
		t.Fatalf("counter says %d bytes, the tables hold %d", got, tab.Bytes()+half.Bytes())
	}
}
