package state

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/mailflow/mailflow/schemas"
)

// This file checks the keys and values of the store and the changelog that
// are not windows or live-log chunks, and whole changelog records, so that
// a restore can quarantine a record this release did not write instead of
// applying it to the store, where a reader would trip over it later.

// IsLegacyRecord reports whether a changelog record is of a kind older
// releases wrote and this one no longer keeps: a live-log chunk (the log
// store serves the live log now). Restore skips such records.
func IsLegacyRecord(key []byte) bool { return len(key) > 0 && key[0] == prefixLive }

// DecodeCheckpoint decodes a checkpoint value (see Batch.SetCheckpoint): an
// 8-byte big-endian changelog offset, which must be a valid Kafka offset
// (0 to math.MaxInt64). The error wraps ErrCorrupt.
func DecodeCheckpoint(v []byte) (int64, error) {
	if len(v) != 8 {
		return 0, fmt.Errorf("%w: checkpoint of %d bytes, want 8", ErrCorrupt, len(v))
	}
	off := binary.BigEndian.Uint64(v)
	if off > math.MaxInt64 {
		return 0, fmt.Errorf("%w: checkpoint offset %d is past the largest Kafka offset", ErrCorrupt, off)
	}
	return int64(off), nil
}

// IndexKey is a decoded index key (see AppendIndexKey).
type IndexKey struct {
	Partition int32
	Status    schemas.Status
	Domain    string
}

// ParseIndexKey decodes a key written by AppendIndexKey: a non-negative
// partition, the status good or bad (a domain is indexed once it has had an
// attempt, and has then one of the two), and a canonical domain (see
// schemas.CanonicalDomain). The error wraps ErrCorrupt.
func ParseIndexKey(key []byte) (IndexKey, error) {
	if len(key) < 1 || key[0] != prefixIndex {
		return IndexKey{}, fmt.Errorf("%w: not an index key", ErrCorrupt)
	}
	if len(key) < 6 {
		return IndexKey{}, fmt.Errorf("%w: index key of %d bytes, want at least 6 before the domain", ErrCorrupt, len(key))
	}
	k := IndexKey{Partition: int32(binary.BigEndian.Uint32(key[1:5])), Status: schemas.Status(key[5])}
	if k.Partition < 0 {
		return IndexKey{}, fmt.Errorf("%w: index key of partition %d", ErrCorrupt, k.Partition)
	}
	if k.Status != schemas.StatusGood && k.Status != schemas.StatusBad {
		return IndexKey{}, fmt.Errorf("%w: index key with status %d, want good (1) or bad (2)", ErrCorrupt, key[5])
	}
	d, err := keyDomain(key[6:])
	if err != nil {
		return IndexKey{}, fmt.Errorf("index key: %w", err)
	}
	k.Domain = d
	return k, nil
}

// keyDomain checks that the domain of a key is canonical: keys are written
// with the canonical form only, so any other spelling is a shadow domain.
func keyDomain(b []byte) (string, error) {
	d := string(b)
	c, err := schemas.CanonicalDomain(d)
	if err != nil {
		return "", fmt.Errorf("%w: domain: %v", ErrCorrupt, err)
	}
	if c != d {
		return "", fmt.Errorf("%w: domain %q is not in canonical form %q", ErrCorrupt, d, c)
	}
	return d, nil
}

// CheckRecord checks a changelog record (the same key and value the store
// holds): a window, a live-log chunk, a seen-ids chunk (of an older
// release), an input position or an index entry,
// each with a canonical domain and a value its decoder accepts, or a
// tombstone (nil value) of one of them. Checkpoints are never in the changelog. The error
// wraps ErrCorrupt and says what is wrong; the processor's restore calls it
// before applying a record, and quarantines what it refuses.
func CheckRecord(key, value []byte) error {
	_, err := CheckRecordTime(key, value)
	return err
}

// CheckRecordTime checks a changelog record as CheckRecord does and
// returns, for a domain's state record, the latest time it knows of its
// partition's stream (state.Window.StreamTime or LastArrival, in Unix
// seconds of record timestamps; 0 for other records): a restore takes
// the largest as the partition's stream time, from which the seen ids'
// horizon is counted back (see processor/seenreplay.go).
func CheckRecordTime(key, value []byte) (int64, error) {
	if len(key) == 0 {
		return 0, fmt.Errorf("%w: empty key", ErrCorrupt)
	}
	switch key[0] {
	case prefixWindow:
		d, err := keyDomain(key[1:])
		if err != nil {
			return 0, fmt.Errorf("window key: %w", err)
		}
		if value == nil {
			return 0, nil
		}
		// CheckState checks what DecodeWindow would, without building
		// the window: a restore checks every record it applies.
		at, err := CheckState(value)
		if err != nil {
			return 0, fmt.Errorf("window of %s: %w", d, err)
		}
		return at, nil
	case prefixLive:
		// A live-log chunk of an older release (see IsLegacyRecord).
		return 0, fmt.Errorf("%w: a live-log chunk of an older release", ErrCorrupt)
	case prefixSeen:
		if len(key) < 1+1+8 || key[len(key)-9] != 0 {
			return 0, fmt.Errorf("%w: seen-ids key without its separator and sequence number", ErrCorrupt)
		}
		d, err := keyDomain(key[1 : len(key)-9])
		if err != nil {
			return 0, fmt.Errorf("seen-ids key: %w", err)
		}
		if value == nil {
			return 0, nil
		}
		if _, _, err := DecodeSeenChunk(value, nil); err != nil {
			return 0, fmt.Errorf("seen-ids chunk of %s: %w", d, err)
		}
	case prefixPosition:
		if _, _, _, _, err := ParsePosition(key, value); err != nil {
			return 0, err
		}
	case prefixIndex:
		if _, err := ParseIndexKey(key); err != nil {
			return 0, err
		}
		// The value carries nothing; the processor writes one byte so
		// that it is not mistaken for a tombstone.
		if len(value) > 1 {
			return 0, fmt.Errorf("%w: index value of %d bytes", ErrCorrupt, len(value))
		}
	default:
		return 0, fmt.Errorf("%w: key prefix %q is not a changelog record", ErrCorrupt, key[0])
	}
	return 0, nil
}
