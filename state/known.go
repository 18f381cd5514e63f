package state

import (
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
)

// knownDomains is, in memory, a superset of the domains that have a state
// record in the store: a 32-bit fingerprint of each name, in an open
// addressing table outside the Go heap (4 bytes a slot, at most 5/8 full:
// 6.4 to 9.6 bytes a domain). A domain it does not hold has no state
// record, and StatesAttached answers for it without asking Pebble.
//
// At a million cold domains nearly half of the lookups are of a domain
// never seen, and Pebble answered each by checking the Bloom filter of
// every L0 sublevel (up to 32, see pebbleOptions) and of the base level,
// reading a data block on each false positive: the larger part of the
// processor's state reads (mailflow bench --domains 1000000).
//
// Every write of a state record adds its domain before the write is made
// (Batch.Put, Loader.emit), so a domain whose record is visible is held;
// a record deleted later (DropPartition) leaves its fingerprint, which
// costs a lookup, not a wrong answer, and so does a fingerprint two names
// share (about n/2^31 of the lookups of absent domains). Until the scan
// that Open starts has added every record already on disk (ready), every
// domain may be there. The table is bounded (WithKnownDomainsLimit,
// default 16 MiB: about 2.6 million domains); a store with more domains
// gives the set up and asks Pebble for every domain, as without it.
type knownDomains struct {
	seed  maphash.Seed
	ready atomic.Bool
	// limit bounds the table's bytes: a store with more domains than fit
	// drops the set for good (off), and every lookup asks Pebble.
	limit int64
	off   bool

	mu    sync.RWMutex
	slots []uint32 // fingerprints; 0 is an empty slot
	mem   []byte   // what slots is a view of (allocSlots)
	n     int
	// bytes is what slots holds, for KnownDomainsBytes.
	bytes atomic.Int64

	stop knownScan
}

// knownScan stops and waits for the scan of the store.
type knownScan struct {
	quit chan struct{}
	done chan struct{}
}

func newKnownDomains(limit int64) *knownDomains {
	k := &knownDomains{seed: maphash.MakeSeed(), limit: limit}
	k.off = 4*knownMinSlots > limit
	return k
}

// knownMinSlots is the size of a new table: 4 KiB.
const knownMinSlots = 1024

// fingerprint returns the nonzero fingerprint of a domain name.
func (k *knownDomains) fingerprint(domain []byte) uint32 {
	return uint32(maphash.Bytes(k.seed, domain)) | 1
}

func (k *knownDomains) fingerprintString(domain string) uint32 {
	return uint32(maphash.String(k.seed, domain)) | 1
}

// home returns the slot where the search for fp starts: Lemire's fast
// range of the fingerprint, so that a table can be rebuilt at another
// size from the fingerprints alone.
func home(fp uint32, size int) int { return int(uint64(fp) * uint64(size) >> 32) }

// add records that domain may have a state record.
func (k *knownDomains) add(domain []byte) {
	fp := k.fingerprint(domain)
	k.mu.Lock()
	k.addLocked(fp)
	k.mu.Unlock()
}

func (k *knownDomains) addLocked(fp uint32) {
	if k.off {
		return
	}
	if (k.n+1)*8 > len(k.slots)*5 {
		if 8*int64(len(k.slots)) > k.limit {
			// Twice the table would not fit: give the set up.
			k.off = true
			k.ready.Store(false)
			freeSlots(k.mem)
			k.mem, k.slots, k.n = nil, nil, 0
			k.bytes.Store(0)
			return
		}
		k.grow()
	}
	size := len(k.slots)
	for i := home(fp, size); ; {
		switch k.slots[i] {
		case fp:
			return
		case 0:
			k.slots[i] = fp
			k.n++
			return
		}
		if i++; i == size {
			i = 0
		}
	}
}

// grow moves the fingerprints into a table twice as large.
func (k *knownDomains) grow() {
	old, oldMem := k.slots, k.mem
	k.mem, k.slots = allocSlots(max(knownMinSlots, 2*len(old)))
	k.bytes.Store(4 * int64(len(k.slots)))
	k.n = 0
	for _, fp := range old {
		if fp != 0 {
			k.addLocked(fp)
		}
	}
	freeSlots(oldMem)
}

// mayHave reports whether domain may have a state record: false only
// once the scan is done and its fingerprint is not held.
func (k *knownDomains) mayHave(domain string) bool {
	if !k.ready.Load() {
		return true
	}
	fp := k.fingerprintString(domain)
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.off {
		return true // given up since ready was read
	}
	size := len(k.slots)
	if size == 0 {
		return false
	}
	for i := home(fp, size); ; {
		switch k.slots[i] {
		case fp:
			return true
		case 0:
			return false
		}
		if i++; i == size {
			i = 0
		}
	}
}

// scan adds the domain of every state record of db, then makes the set
// ready; it stops early, leaving the set not ready, when quit is closed.
// Records written meanwhile are added by their writers.
func (k *knownDomains) scan(db *pebble.DB, quit <-chan struct{}) {
	lower := []byte{prefixWindow}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(lower)})
	if err != nil {
		return // not ready: every lookup asks Pebble, as before
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		if n++; n%4096 == 0 {
			select {
			case <-quit:
				return
			default:
			}
		}
		if key := it.Key(); len(key) >= 2 {
			k.add(key[1:])
		}
	}
	if it.Error() != nil {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.off {
		k.ready.Store(true)
	}
}

// start scans db in the background (see scan).
func (k *knownDomains) start(db *pebble.DB) {
	if k.off {
		return
	}
	k.stop = knownScan{quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(k.stop.done)
		k.scan(db, k.stop.quit)
	}()
}

// close stops the scan and frees the table.
func (k *knownDomains) close() {
	if k.stop.quit != nil {
		close(k.stop.quit)
		<-k.stop.done
	}
	k.ready.Store(false)
	k.mu.Lock()
	freeSlots(k.mem)
	k.mem, k.slots, k.n = nil, nil, 0
	k.bytes.Store(0)
	k.mu.Unlock()
}

// KnownDomainsBytes returns the memory the store's set of known domains
// holds, outside the Go heap.
func (s *Store) KnownDomainsBytes() int64 { return s.known.bytes.Load() }
