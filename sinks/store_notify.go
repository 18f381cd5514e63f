package sinks

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// The store's keys for repeat, flap and silence control (issue 15), beside
// those of store.go:
//
//	k\x00<target key>\x00<domain>  → kind of the last notification   flap control
//	c\x00<domain>                  → status byte, alert id           the domain's status, in alert order
//	b\x00<domain>\x00<target key>  → repeatState (JSON)              Bad and notified: repeat candidates
//	h\x00<target key>\x00<domain>  → heldState (JSON)                notifications held by a silence
//
// Every write is synced, like the delivery records: a held notification
// and a repeat's count must survive a crash.

// The kinds of a delivered notification, for flap control.
const (
	kindBad         byte = 'B' // a Bad notification of its own
	kindRecovered   byte = 'R' // a recovery of its own
	kindFlapped     byte = 'F' // several transitions folded into one, ending Bad
	kindFlappedGood byte = 'G' // several transitions folded into one, ending Good
)

func kindKey(target, domain string) []byte { return []byte("k\x00" + target + "\x00" + domain) }
func currentKey(domain string) []byte      { return []byte("c\x00" + domain) }
func alertsPartKey(domain string) []byte   { return []byte("q\x00" + domain) }
func currentPosKey(domain string) []byte   { return []byte("n\x00" + domain) }
func remindMarkKey(part int32) []byte {
	return binary.BigEndian.AppendUint32([]byte("m\x00"), uint32(part))
}
func repeatKey(domain, target string) []byte {
	return []byte("b\x00" + domain + "\x00" + target)
}
func heldKey(target, domain string) []byte { return []byte("h\x00" + target + "\x00" + domain) }

// get returns the value of key, nil when absent.
func (s *store) get(key []byte) ([]byte, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("sink store: read %q: %w", key[:1], err)
	}
	defer closer.Close()
	return append([]byte(nil), v...), nil
}

func (s *store) setJSON(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("sink store: encode %q: %w", key[:1], err)
	}
	if err := s.db.Set(key, b, pebble.Sync); err != nil {
		return fmt.Errorf("sink store: write %q: %w", key[:1], err)
	}
	return nil
}

func (s *store) del(key []byte) error {
	if err := s.db.Delete(key, pebble.Sync); err != nil {
		return fmt.Errorf("sink store: delete %q: %w", key[:1], err)
	}
	return nil
}

// lastKind returns the kind of the last notification target had about
// domain; 0 when none.
func (s *store) lastKind(target, domain string) (byte, error) {
	v, err := s.get(kindKey(target, domain))
	if err != nil || len(v) == 0 {
		return 0, err
	}
	return v[0], nil
}

func (s *store) setKind(target, domain string, kind byte) error {
	if err := s.db.Set(kindKey(target, domain), []byte{kind}, pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record notification kind for %s: %w", domain, err)
	}
	return nil
}

// setCurrent records the domain's status as of its latest alert, read in
// partition order.
// setCurrent records the domain's status as of alert alertID, read from
// partition part of the alerts topic (negative: not known, and the
// partition recorded before is kept).
func (s *store) setCurrent(domain string, st schemas.Status, alertID string, part int32, next int64) error {
	b := s.db.NewBatch()
	defer b.Close()
	_ = b.Set(currentKey(domain), append([]byte{byte(st)}, alertID...), nil)
	if part >= 0 {
		_ = b.Set(alertsPartKey(domain), binary.BigEndian.AppendUint32(nil, uint32(part)), nil)
	}
	if part >= 0 && next >= 0 {
		_ = b.Set(remindMarkKey(part), binary.BigEndian.AppendUint64(nil, uint64(next)), nil)
		_ = b.Set(currentPosKey(domain), binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(nil, uint32(part)), uint64(next)), nil)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record status of %s: %w", domain, err)
	}
	return nil
}

// alertsPartition returns the partition of the alerts topic the domain's
// latest alert was read from; false for a domain whose alerts an older
// release read, which recorded none.
func (s *store) alertsPartition(domain string) (int32, bool, error) {
	v, err := s.get(alertsPartKey(domain))
	if err != nil || len(v) != 4 {
		return 0, false, err
	}
	return int32(binary.BigEndian.Uint32(v)), true, nil
}

// remindMark returns the offset of partition part up to which this
// member's status records reflect the alerts; -1 when none.
func (s *store) remindMark(part int32) (int64, error) {
	v, err := s.get(remindMarkKey(part))
	if err != nil || len(v) != 8 {
		return -1, err
	}
	return int64(binary.BigEndian.Uint64(v)), nil
}

// hasNoRemindMarks reports whether the store holds no reminder mark of any
// partition: a store of a release before the marks (or a new one).
func (s *store) hasNoRemindMarks() (bool, error) {
	none := true
	err := s.scan("m\x00", func(string, []byte) { none = false })
	return none, err
}

func (s *store) setRemindMark(part int32, next int64) error {
	return s.db.Set(remindMarkKey(part), binary.BigEndian.AppendUint64(nil, uint64(next)), pebble.Sync)
}

func (s *store) setAlertsPartition(domain string, part int32) error {
	return s.db.Set(alertsPartKey(domain), binary.BigEndian.AppendUint32(nil, uint32(part)), pebble.Sync)
}

// current returns the domain's status as of its latest alert read.
func (s *store) current(domain string) (schemas.Status, string, error) {
	v, err := s.get(currentKey(domain))
	if err != nil || len(v) == 0 {
		return schemas.StatusUnknown, "", err
	}
	return schemas.Status(v[0]), string(v[1:]), nil
}

// setCurrentPos records where the alert that set the domain's current
// status was read (see currentPos), without the partition's reminder
// mark, which setCurrent moves.
func (s *store) setCurrentPos(domain string, part int32, next int64) error {
	if err := s.db.Set(currentPosKey(domain), binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(nil, uint32(part)), uint64(next)), pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record status position of %s: %w", domain, err)
	}
	return nil
}

// currentPos returns where the alert that set the domain's current
// status was read: its partition of the alerts topic and the offset after
// it; false when not known (a status recorded by an older release, or
// without a position).
func (s *store) currentPos(domain string) (int32, int64, bool, error) {
	v, err := s.get(currentPosKey(domain))
	if err != nil || len(v) != 12 {
		return 0, 0, false, err
	}
	return int32(binary.BigEndian.Uint32(v)), int64(binary.BigEndian.Uint64(v[4:])), true, nil
}

// repeatState is what a repeat of a Bad notification needs: the Bad alert
// of the episode, when the target last heard of it, and how many repeats
// went out.
type repeatState struct {
	Alert   schemas.StatusChange `json:"alert"`
	Episode string               `json:"episode"`
	Sent    time.Time            `json:"sent"`
	Repeats int                  `json:"repeats"`
}

func (s *store) setRepeat(domain, target string, r repeatState) error {
	return s.setJSON(repeatKey(domain, target), r)
}

func (s *store) dropRepeat(domain, target string) error { return s.del(repeatKey(domain, target)) }

// repeatOf returns the repeat state of domain for target; false when none
// (or one that does not decode).
func (s *store) repeatOf(domain, target string) (repeatState, bool, error) {
	v, err := s.get(repeatKey(domain, target))
	if err != nil || v == nil {
		return repeatState{}, false, err
	}
	var r repeatState
	if json.Unmarshal(v, &r) != nil {
		return repeatState{}, false, nil
	}
	return r, true, nil
}

// dropRepeats forgets every target's repeat state of domain (it
// recovered).
func (s *store) dropRepeats(domain string) error {
	lo := []byte("b\x00" + domain + "\x00")
	hi := []byte("b\x00" + domain + "\x01")
	if err := s.db.DeleteRange(lo, hi, pebble.Sync); err != nil {
		return fmt.Errorf("sink store: forget repeats of %s: %w", domain, err)
	}
	return nil
}

// repeats calls fn for every repeat state: domain, target key, state.
func (s *store) repeats(fn func(domain, target string, r repeatState)) error {
	return s.scan("b\x00", func(rest string, v []byte) {
		domain, target, ok := strings.Cut(rest, "\x00")
		var r repeatState
		if ok && json.Unmarshal(v, &r) == nil {
			fn(domain, target, r)
		}
	})
}

// heldState are the alerts a silence held for one target and domain,
// oldest first.
type heldState struct {
	Silence string                 `json:"silence"`
	Reason  string                 `json:"reason"`
	Alerts  []schemas.StatusChange `json:"alerts"`
	// Partition and Next say where the last of Alerts was read: its
	// partition of the alerts topic and the offset after it (Next 0:
	// not known, a record of an older release).
	Partition int32 `json:"partition,omitempty"`
	Next      int64 `json:"next,omitempty"`
}

func (s *store) held(target, domain string) (heldState, bool, error) {
	v, err := s.get(heldKey(target, domain))
	if err != nil || v == nil {
		return heldState{}, false, err
	}
	var h heldState
	if err := json.Unmarshal(v, &h); err != nil {
		return heldState{}, false, fmt.Errorf("sink store: held notifications of %s: %w", domain, err)
	}
	return h, true, nil
}

func (s *store) setHeld(target, domain string, h heldState) error {
	return s.setJSON(heldKey(target, domain), h)
}

func (s *store) dropHeld(target, domain string) error { return s.del(heldKey(target, domain)) }

// helds calls fn for every held entry: target key, domain.
func (s *store) helds(fn func(target, domain string)) error {
	return s.scan("h\x00", func(rest string, _ []byte) {
		if target, domain, ok := strings.Cut(rest, "\x00"); ok {
			fn(target, domain)
		}
	})
}

// scan calls fn for each key under prefix with the rest of the key.
func (s *store) scan(prefix string, fn func(rest string, v []byte)) error {
	hi := []byte(prefix)
	hi[len(hi)-1]++
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefix), UpperBound: hi})
	if err != nil {
		return err
	}
	for ok := it.First(); ok; ok = it.Next() {
		fn(string(it.Key()[len(prefix):]), it.Value())
	}
	return it.Close()
}
