package state

import (
	"bytes"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
)

// chunkReader reads domains' seen-ids chunks (see seen.go) with one
// iterator per key prefix, opened on first use and kept for the next
// domain: StatesAttached reads the chunks of many domains in key order,
// and a fresh bounded iterator per domain and prefix (two for each)
// cost more than reading the chunks (mailflow bench logs at 10,000,000
// events over 10,000 domains: opening, seeking and closing them was half
// of the 16 s the processor spent reading back the ids of dropped seen
// tables). Seeks in ascending order also let Pebble step forward from
// where each level's iterator stands rather than search it again, and a
// store without chunks of an older release is not searched for them.
//
// A chunkReader is used by one goroutine and must be closed.
type chunkReader struct {
	db          *pebble.DB
	local, past *pebble.Iterator // prefixLocalSeen, prefixSeen
	// pastNone says the store has no chunk of an older release.
	pastNone bool
	prefix   []byte
	hashes   []uint64
	// warm: put the chunks' ids back into the set's table only, for a
	// set that knows its chunks already (Store.WarmSeen).
	warm bool
}

// load adds domain's chunks to seen: its local ones, then those of an
// older release, unless the store holds no chunk of an older release at
// all (looked at once per reader: a store written by this release only).
// The state record's chunk count is not trusted to rule them out: a
// record of an older release restored over local chunks counts only its
// own (review).
func (r *chunkReader) load(domain string, seen *SeenIDs) error {
	if _, err := r.loadPrefix(&r.local, prefixLocalSeen, domain, seen); err != nil {
		return err
	}
	if r.pastNone {
		return nil
	}
	_, err := r.loadPrefix(&r.past, prefixSeen, domain, seen)
	return err
}

func (r *chunkReader) loadPrefix(it **pebble.Iterator, prefix byte, domain string, seen *SeenIDs) (int, error) {
	if *it == nil {
		lower := []byte{prefix}
		i, err := r.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(lower)})
		if err != nil {
			return 0, fmt.Errorf("read seen event ids of %s: %w", domain, err)
		}
		*it = i
		if prefix == prefixSeen && !i.First() {
			if err := i.Error(); err != nil {
				return 0, fmt.Errorf("read seen event ids of %s: %w", domain, err)
			}
			r.pastNone = true
			return 0, nil
		}
	}
	i := *it
	r.prefix = append(append(append(r.prefix[:0], prefix), domain...), 0)
	n := 0
	for ok := i.SeekGE(r.prefix); ok && bytes.HasPrefix(i.Key(), r.prefix); ok = i.Next() {
		seq, err := parseSeenSeq(i.Key(), domain)
		if err != nil {
			return n, fmt.Errorf("read seen event ids of %s: %w", domain, err)
		}
		v, err := i.ValueAndErr()
		if err != nil {
			return n, fmt.Errorf("read seen event ids of %s: %w", domain, err)
		}
		var hour uint32
		hour, r.hashes, err = DecodeSeenChunk(v, r.hashes[:0])
		if err != nil {
			return n, fmt.Errorf("read seen event ids of %s: %w", domain, err)
		}
		if r.warm {
			seen.warmChunk(hour, r.hashes)
		} else if prefix == prefixLocalSeen {
			seen.AddLocalChunk(seq, hour, r.hashes)
		} else {
			seen.AddChunk(seq, hour, r.hashes)
		}
		n++
	}
	if err := i.Error(); err != nil {
		return n, fmt.Errorf("read seen event ids of %s: %w", domain, err)
	}
	return n, nil
}

// close closes the iterators.
func (r *chunkReader) close() error {
	var errs []error
	for _, it := range []*pebble.Iterator{r.local, r.past} {
		if it != nil {
			if err := it.Close(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	r.local, r.past = nil, nil
	if len(errs) > 0 {
		return fmt.Errorf("read seen event ids: %w", errs[0])
	}
	return nil
}
