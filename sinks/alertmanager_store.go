package sinks

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/segmentio/encoding/json"
)

// The Alertmanager channel's records in the sink's store:
//
//	F\x00<partition(4)><domain> → time, alert   the firing alert of a Bad domain
//	r\x00<recovery alert id>    → time, alert   the resolved alert of a recovery
//
// A firing record lives from the Bad alert to the recovery and is what the
// re-posting reads. The recovery turns it into a resolved record under the
// recovery's id in one synced batch: the recovery is posted with the
// firing alert's labels (its identity in Alertmanager), and reading the
// recovery again after a restart finds the same resolved alert.
//
// Firing records are kept per partition of the alerts topic, for the
// partitions this sink is assigned only (alertmanager_handover.go): they
// are merged with what the topic holds when a partition is assigned and
// dropped when it is revoked, so that the member that reads a domain's
// alerts is the one that re-posts them. Releases before that kept them as
// f\x00<domain> whatever the assignment; those are dropped at start.

// firingPrefix starts every firing record; legacyFiringPrefix the records
// of older releases.
const (
	firingPrefix       = "F\x00"
	legacyFiringPrefix = "f\x00"
)

func firingKey(part int32, domain string) []byte {
	return append(firingPartPrefix(part), domain...)
}

// firingPartPrefix starts the firing records of partition part.
func firingPartPrefix(part int32) []byte {
	return binary.BigEndian.AppendUint32([]byte(firingPrefix), uint32(part))
}
func resolvedKey(alertID string) []byte {
	return []byte("r\x00" + alertID)
}

func encodeAMRecord(a amAlert, at time.Time) ([]byte, error) {
	body, err := json.Marshal(&a)
	if err != nil {
		return nil, err
	}
	v := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(body)), uint64(at.UnixNano()))
	return append(v, body...), nil
}

func decodeAMRecord(v []byte) (amAlert, error) {
	var a amAlert
	if len(v) < 8 {
		return a, fmt.Errorf("alertmanager record of %d bytes", len(v))
	}
	if err := json.Unmarshal(v[8:], &a); err != nil {
		return a, fmt.Errorf("alertmanager record: %w", err)
	}
	return a, nil
}

// setFiring records the firing alert of domain, of partition part.
func (s *store) setFiring(part int32, domain string, a amAlert, now time.Time) error {
	v, err := encodeAMRecord(a, now)
	if err != nil {
		return fmt.Errorf("sink store: encode firing alert of %s: %w", domain, err)
	}
	if err := s.db.Set(firingKey(part, domain), v, pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record firing alert of %s: %w", domain, err)
	}
	return nil
}

// getOne reads key and decodes its Alertmanager record.
func (s *store) getOne(key []byte) (amAlert, bool, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return amAlert{}, false, nil
	}
	if err != nil {
		return amAlert{}, false, err
	}
	defer closer.Close()
	a, err := decodeAMRecord(v)
	return a, err == nil, err
}

// firingAlert returns the firing alert of domain, of partition part, if
// it is Bad.
func (s *store) firingAlert(part int32, domain string) (amAlert, bool, error) {
	a, ok, err := s.getOne(firingKey(part, domain))
	if err != nil {
		return a, false, fmt.Errorf("sink store: read firing alert of %s: %w", domain, err)
	}
	return a, ok, nil
}

// resolve replaces the firing alert of domain by the resolved alert of the
// recovery alertID, in one synced batch.
func (s *store) resolve(part int32, domain, alertID string, a amAlert, now time.Time) error {
	v, err := encodeAMRecord(a, now)
	if err != nil {
		return fmt.Errorf("sink store: encode resolved alert of %s: %w", domain, err)
	}
	b := s.db.NewBatch()
	defer b.Close()
	if err := b.Set(resolvedKey(alertID), v, nil); err != nil {
		return err
	}
	if err := b.Delete(firingKey(part, domain), nil); err != nil {
		return err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record resolved alert of %s: %w", domain, err)
	}
	return nil
}

// dropFiring forgets the firing alert of domain (a recovery read again
// after a restart, whose resolved alert is already on record).
func (s *store) dropFiring(part int32, domain string) error {
	if err := s.db.Delete(firingKey(part, domain), pebble.Sync); err != nil {
		return fmt.Errorf("sink store: forget firing alert of %s: %w", domain, err)
	}
	return nil
}

// amResolved returns the resolved alert recorded for the recovery alertID.
func (s *store) amResolved(alertID string) (amAlert, bool, error) {
	a, ok, err := s.getOne(resolvedKey(alertID))
	if err != nil {
		return a, false, fmt.Errorf("sink store: read resolved alert of %s: %w", alertID, err)
	}
	return a, ok, nil
}

// eachFiring calls fn with every firing alert, in partition and domain
// order, until fn returns false.
func (s *store) eachFiring(fn func(part int32, domain string, a amAlert) bool) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(firingPrefix), UpperBound: prefixEnd(firingPrefix)})
	if err != nil {
		return fmt.Errorf("sink store: list firing alerts: %w", err)
	}
	defer it.Close()
	n := len(firingPrefix) + 4
	for ok := it.First(); ok; ok = it.Next() {
		if len(it.Key()) < n {
			continue
		}
		a, err := decodeAMRecord(it.Value())
		if err != nil {
			return fmt.Errorf("sink store: firing alert %q: %w", it.Key()[n:], err)
		}
		part := int32(binary.BigEndian.Uint32(it.Key()[len(firingPrefix):n]))
		if !fn(part, string(it.Key()[n:]), a) {
			break
		}
	}
	return it.Error()
}

// prefixEnd returns the first key after every key that starts with p (p
// ends in a byte below 0xff).
func prefixEnd(p string) []byte {
	b := []byte(p)
	b[len(b)-1]++
	return b
}

// replaceFiring makes the firing records of partition part exactly
// firing (domain → alert), in one synced batch.
func (s *store) replaceFiring(part int32, firing map[string]amAlert, now time.Time) error {
	b := s.db.NewBatch()
	defer b.Close()
	// Partitions are below 2³¹, so part+1's prefix bounds part's.
	if err := b.DeleteRange(firingPartPrefix(part), firingPartPrefix(part+1), nil); err != nil {
		return err
	}
	if firing == nil {
		if err := b.Delete(firingMarkKey(part), nil); err != nil {
			return err
		}
	}
	for domain, a := range firing {
		v, err := encodeAMRecord(a, now)
		if err != nil {
			return fmt.Errorf("sink store: encode firing alert of %s: %w", domain, err)
		}
		if err := b.Set(firingKey(part, domain), v, nil); err != nil {
			return err
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("sink store: firing alerts of partition %d: %w", part, err)
	}
	return nil
}

// The firing records of a partition are what the alerts of the partition
// up to an offset say, the offset this member had read to: its mark,
//
//	P\x00<partition(4)> → offset (8)
//
// A member that gets the partition back keeps the records of domains the
// topic no longer mentions only if the topic still holds every alert from
// its mark on (alertmanager_handover.go): otherwise a recovery another
// member read could be among those deleted (third review).

func firingMarkKey(part int32) []byte {
	return binary.BigEndian.AppendUint32([]byte("P\x00"), uint32(part))
}

// setFiringMark records that the firing records of partition part reflect
// its alerts before offset next. Not synced: a mark lost in a crash is an
// older one, which only keeps fewer records.
func (s *store) setFiringMark(part int32, next int64) error {
	v := binary.BigEndian.AppendUint64(nil, uint64(next))
	if err := s.db.Set(firingMarkKey(part), v, pebble.NoSync); err != nil {
		return fmt.Errorf("sink store: mark firing alerts of partition %d: %w", part, err)
	}
	return nil
}

// firingMark returns the mark of partition part; -1 for none.
func (s *store) firingMark(part int32) (int64, error) {
	v, closer, err := s.db.Get(firingMarkKey(part))
	if errors.Is(err, pebble.ErrNotFound) {
		return -1, nil
	}
	if err != nil {
		return -1, fmt.Errorf("sink store: mark of partition %d: %w", part, err)
	}
	defer closer.Close()
	if len(v) != 8 {
		return -1, nil
	}
	return int64(binary.BigEndian.Uint64(v)), nil
}

// firingOf returns the firing records of partition part, by domain.
func (s *store) firingOf(part int32) (map[string]amAlert, error) {
	out := map[string]amAlert{}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: firingPartPrefix(part), UpperBound: firingPartPrefix(part + 1)})
	if err != nil {
		return nil, fmt.Errorf("sink store: firing alerts of partition %d: %w", part, err)
	}
	defer it.Close()
	n := len(firingPrefix) + 4
	for ok := it.First(); ok; ok = it.Next() {
		a, err := decodeAMRecord(it.Value())
		if err != nil {
			return nil, fmt.Errorf("sink store: firing alert %q: %w", it.Key()[n:], err)
		}
		out[string(it.Key()[n:])] = a
	}
	return out, it.Error()
}

// dropLegacyFiring deletes the firing records of releases that kept them
// by domain alone (f\x00<domain>): which partition they belong to is not
// known, and a member rebuilds its partitions' alerts from the topic.
func (s *store) dropLegacyFiring() error {
	if err := s.db.DeleteRange([]byte(legacyFiringPrefix), prefixEnd(legacyFiringPrefix), pebble.Sync); err != nil {
		return fmt.Errorf("sink store: forget firing alerts of an older release: %w", err)
	}
	return nil
}

// dropAllFiring deletes every firing record and returns how many there
// were.
func (s *store) dropAllFiring() (int, error) {
	total := 0
	for _, prefix := range []string{firingPrefix, legacyFiringPrefix} {
		lower, upper := []byte(prefix), prefixEnd(prefix)
		it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
		if err != nil {
			return 0, fmt.Errorf("sink store: list firing alerts: %w", err)
		}
		n := 0
		for ok := it.First(); ok; ok = it.Next() {
			n++
		}
		if err := it.Close(); err != nil {
			return 0, fmt.Errorf("sink store: list firing alerts: %w", err)
		}
		if n == 0 {
			continue
		}
		if err := s.db.DeleteRange(lower, upper, pebble.Sync); err != nil {
			return 0, fmt.Errorf("sink store: forget firing alerts: %w", err)
		}
		total += n
	}
	return total, nil
}

// sweepResolved deletes resolved records older than cutoff: they only
// serve a recovery read again, which cannot come that late.
func (s *store) sweepResolved(cutoff time.Time) (int, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte("r\x00"), UpperBound: []byte("r\x01")})
	if err != nil {
		return 0, err
	}
	b := s.db.NewBatch()
	defer b.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		v := it.Value()
		if len(v) >= 8 && int64(binary.BigEndian.Uint64(v)) < cutoff.UnixNano() {
			if err := b.Delete(append([]byte(nil), it.Key()...), nil); err != nil {
				it.Close()
				return 0, err
			}
			n++
		}
	}
	if err := it.Close(); err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, nil
	}
	return n, b.Commit(pebble.NoSync)
}
