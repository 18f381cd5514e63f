package sinks

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mailflow/mailflow/internal/pebblelog"
	"github.com/mailflow/mailflow/internal/quarantine"
)

// store is the sink's local memory, in Pebble:
//
//	d\x00<alert id>\x00<target key>  → outcome, time   what was delivered
//	e\x00<domain>                    → alert id        the open Bad episode
//	l\x00<target key>\x00<domain>    → time            last notification
//
// Every write is synced: the store is what keeps a restart from notifying
// twice, so it must not lose a delivery the receiver already has.
type store struct {
	db *pebble.DB
}

// outcome is how a notification ended.
type outcome byte

const (
	outcomeDelivered    outcome = 'D'
	outcomeDeadLettered outcome = 'X'
	// outcomeFolded marked an alert superseded in a held lane beyond
	// maxFolded, when it was superseded; earlier releases wrote it, and
	// it is read as done like any outcome. Such alerts are now recorded
	// with the notification that counts them, as it ends.
	outcomeFolded outcome = 'F'
	// outcomeDropped marks a notification whose manager no longer
	// reached its domain on its channel when it was to be sent
	// (retarget.go): a replay must not bring it back.
	outcomeDropped outcome = 'U'
)

// openStore opens the sink's store in dir. A store damaged on disk is set
// aside and opened empty, as the processor's stores are (package
// quarantine), rather than failing every start: what it held is rebuilt
// or given up with little harm. The firing Alertmanager alerts are rebuilt
// from the alerts topic anyway (alertmanager_handover.go); the records of
// what was delivered only keep a restart from notifying again of alerts
// read but not committed, which are then sent once more (at least once);
// an open Bad episode read before the damage starts a new e-mail thread
// at its recovery.
func openStore(dir string, log *slog.Logger) (*store, error) {
	opts := &pebble.Options{Logger: pebblelog.New(log, "pebble: "), EventListener: quarantine.Listener(dir, "sink store", log)}
	db, err := quarantine.Open(dir, "sink store", opts, log, time.Now())
	if err != nil {
		return nil, fmt.Errorf("open sink store %s: %w", dir, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func doneKey(alertID, target string) []byte {
	return []byte("d\x00" + alertID + "\x00" + target)
}

// done reports whether the notification of alertID to target already
// ended, and how.
func (s *store) done(alertID, target string) (outcome, bool, error) {
	v, closer, err := s.db.Get(doneKey(alertID, target))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("sink store: read %s/%s: %w", alertID, target, err)
	}
	defer closer.Close()
	if len(v) == 0 {
		return 0, false, nil
	}
	return outcome(v[0]), true, nil
}

// finish records, in one synced batch, that the notifications of alertIDs
// to target ended with o, and, for a delivery, when target last heard of
// domain.
func (s *store) finish(target, domain string, alertIDs []string, o outcome, at time.Time) error {
	b := s.db.NewBatch()
	defer b.Close()
	v := make([]byte, 9)
	v[0] = byte(o)
	binary.BigEndian.PutUint64(v[1:], uint64(at.UnixNano()))
	for _, id := range alertIDs {
		if err := b.Set(doneKey(id, target), v, nil); err != nil {
			return err
		}
	}
	if o == outcomeDelivered {
		if err := b.Set(lastKey(target, domain), v[1:], nil); err != nil {
			return err
		}
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record %s for %s: %w", target, domain, err)
	}
	return nil
}

func lastKey(target, domain string) []byte {
	return []byte("l\x00" + target + "\x00" + domain)
}

// lastSent returns when target last got a notification about domain; zero
// when never.
func (s *store) lastSent(target, domain string) (time.Time, error) {
	v, closer, err := s.db.Get(lastKey(target, domain))
	if errors.Is(err, pebble.ErrNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("sink store: read last notification of %s for %s: %w", target, domain, err)
	}
	defer closer.Close()
	if len(v) != 8 {
		return time.Time{}, nil
	}
	return time.Unix(0, int64(binary.BigEndian.Uint64(v))), nil
}

func episodeKey(domain string) []byte { return []byte("e\x00" + domain) }

// setEpisode remembers that the Bad episode of domain began with alertID,
// so that the recovery mail can name the Bad mail it answers.
func (s *store) setEpisode(domain, alertID string) error {
	if err := s.db.Set(episodeKey(domain), []byte(alertID), pebble.Sync); err != nil {
		return fmt.Errorf("sink store: record bad episode of %s: %w", domain, err)
	}
	return nil
}

// episode returns the id of the alert that began domain's current (or
// last) Bad episode; empty when unknown.
func (s *store) episode(domain string) (string, error) {
	v, closer, err := s.db.Get(episodeKey(domain))
	if errors.Is(err, pebble.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("sink store: read bad episode of %s: %w", domain, err)
	}
	defer closer.Close()
	return string(v), nil
}

// sweep deletes delivery records older than cutoff; they only guard
// against redelivery, which cannot come that late.
func (s *store) sweep(cutoff time.Time) (int, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte("d\x00"), UpperBound: []byte("d\x01")})
	if err != nil {
		return 0, err
	}
	b := s.db.NewBatch()
	defer b.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		v := it.Value()
		if len(v) == 9 && int64(binary.BigEndian.Uint64(v[1:])) < cutoff.UnixNano() {
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
