package processor

import "github.com/twmb/franz-go/pkg/kgo"

// arenaBlock is the size of one block of encoded keys and values. The
// blocks are kept from one transaction to the next, so what the last one
// leaves unused stays in the live heap, as with the slabs: a shard's
// transaction encodes 0.36-0.40 MB at a million cold domains and about
// 0.13 MB at 10,000 (mailflow bench), where blocks of 1 MiB, from when
// the changelog carried live-log chunks, held 8 MiB over the eight shards
// (two transactions of four on two cores).
const arenaBlock = 256 << 10

// recordSlab is how many records one slab holds. The slabs are kept from
// one transaction to the next, so what the last one leaves unused of them
// stays in the live heap: a shard's transaction produces about 800
// records at 10,000 domains and 5,000 at a million cold ones (mailflow
// bench), where slabs of 4,096 records (655 KB) left 0.5 MB unused per
// arena, and every MiB of live heap makes the collector run about a tenth
// more often at the default memory budget (see storeWrite).
const recordSlab = 1024

// recordArena hands out changelog records, and the bytes of their keys and
// values, at addresses that never move: a record can then be produced while
// more are being encoded, and the producer may hold it until the
// transaction ends. Blocks and slabs are kept for the next transaction, so
// a processor in steady state allocates none.
type recordArena struct {
	blocks [][]byte
	cur    int // index of the block being filled
	slabs  [][]kgo.Record
	n      int // records handed out
	used   int // bytes handed out
}

func (a *recordArena) reset() {
	for i := range a.blocks {
		a.blocks[i] = a.blocks[i][:0]
	}
	a.cur, a.n, a.used = 0, 0, 0
}

// bytes copies b into the arena and returns the stable copy.
func (a *recordArena) bytes(b []byte) []byte {
	dst := a.alloc(len(b))
	copy(dst, b)
	return dst
}

// alloc returns n bytes of the arena for the caller to fill.
func (a *recordArena) alloc(n int) []byte {
	for {
		if a.cur == len(a.blocks) {
			a.blocks = append(a.blocks, make([]byte, 0, max(arenaBlock, n)))
		}
		blk := a.blocks[a.cur]
		if len(blk)+n <= cap(blk) {
			start := len(blk)
			blk = blk[:start+n]
			a.blocks[a.cur] = blk
			a.used += n
			return blk[start:len(blk):len(blk)]
		}
		a.cur++
	}
}

// record returns a zeroed record at a stable address.
func (a *recordArena) record() *kgo.Record {
	slab, i := a.n/recordSlab, a.n%recordSlab
	if slab == len(a.slabs) {
		a.slabs = append(a.slabs, make([]kgo.Record, recordSlab))
	}
	a.n++
	r := &a.slabs[slab][i]
	*r = kgo.Record{}
	return r
}
