package logstore

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
)

// Key prefixes and kinds; see the package documentation.
const (
	prefixHour = 0x01
	prefixMeta = 0x02

	kindAttempt = 'a'
	kindIndex   = 'x'
	kindID      = 'i'
	kindMessage = 'g'

	// partGlobal is the partition part of the message keys ('g'), which
	// find a message's domains whatever their partition. DropPartition
	// leaves them; a stale one costs a lookup that finds nothing.
	partGlobal = -1
	metaCheck  = 'c'
)

// Index fields ('x' keys).
const (
	fieldRecipient = 'r'
	fieldSender    = 's'
	fieldMessage   = 'm'
	fieldOutcome   = 'o'
	fieldCategory  = 'c'
	fieldRemote    = 'h' // remote host and remote IP
)

// posLen is the length of the key suffix after arrival... : arrival(8)
// source(1) offset(8).
const posLen = 8 + 1 + 8

// maxIndexValue bounds an index key's value part; longer values are cut,
// which only widens the candidates (every filter is checked again on the
// attempt itself).
const maxIndexValue = 200

// hourOf is the bucket of a time: whole hours since the Unix epoch.
func hourOf(t time.Time) uint32 {
	h := t.Unix() / 3600
	if h < 0 {
		return 0
	}
	return uint32(min(h, 1<<32-1))
}

// dayHourOf is the bucket of an id key: the first hour of t's UTC day.
func dayHourOf(t time.Time) uint32 { return hourOf(t) / 24 * 24 }

func appendBucket(dst []byte, hour uint32, part int32, kind byte) []byte {
	dst = append(dst, prefixHour)
	dst = binary.BigEndian.AppendUint32(dst, hour)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return append(dst, kind)
}

func appendPos(dst []byte, arrival int64, p Pos) []byte {
	dst = binary.BigEndian.AppendUint64(dst, uint64(arrival))
	dst = append(dst, byte(p.Source))
	return binary.BigEndian.AppendUint64(dst, uint64(p.Offset))
}

// attemptPrefix is the prefix of domain's attempt keys in one bucket.
func attemptPrefix(dst []byte, hour uint32, part int32, domain string) []byte {
	dst = appendBucket(dst, hour, part, kindAttempt)
	dst = append(dst, domain...)
	return append(dst, 0)
}

// indexPrefix is the prefix of domain's index keys of field = value in one
// bucket.
func indexPrefix(dst []byte, hour uint32, part int32, field byte, domain, value string) []byte {
	dst = appendBucket(dst, hour, part, kindIndex)
	dst = append(dst, field)
	dst = append(dst, domain...)
	dst = append(dst, 0)
	dst = append(dst, indexValue(value)...)
	return append(dst, 0)
}

// indexValue is how a value appears in an index key: lower-case, without
// NUL (the separator), at most maxIndexValue bytes.
func indexValue(v string) string {
	v = strings.ToLower(v)
	if strings.IndexByte(v, 0) >= 0 {
		v = strings.ReplaceAll(v, "\x00", "\x01")
	}
	if len(v) > maxIndexValue {
		v = v[:maxIndexValue]
	}
	return v
}

func idKey(dst []byte, day uint32, part int32, domain string, h uint64) []byte {
	dst = appendBucket(dst, day, part, kindID)
	dst = append(dst, domain...)
	dst = append(dst, 0)
	return binary.BigEndian.AppendUint64(dst, h)
}

// messageKey notes that message id has attempts to domain in an hour:
// 0x01 hour ffffffff 'g' id 0x00 domain.
func messageKey(dst []byte, hour uint32, id, domain string) []byte {
	dst = appendBucket(dst, hour, partGlobal, kindMessage)
	dst = append(dst, indexValue(id)...)
	dst = append(dst, 0)
	return append(dst, domain...)
}

func checkpointKey(src Source, part int32) []byte {
	k := []byte{prefixMeta, metaCheck, byte(src)}
	return binary.BigEndian.AppendUint32(k, uint32(part))
}

// parsePos reads the position suffix (arrival, source, offset) at the end
// of an attempt or index key; part is the key's partition.
func parsePos(key []byte) (arrival int64, p Pos, err error) {
	if len(key) < 10+posLen {
		return 0, Pos{}, fmt.Errorf("%w: key of %d bytes", ErrCorrupt, len(key))
	}
	s := key[len(key)-posLen:]
	arrival = int64(binary.BigEndian.Uint64(s))
	p.Source = Source(s[8])
	p.Offset = int64(binary.BigEndian.Uint64(s[9:]))
	p.Partition = int32(binary.BigEndian.Uint32(key[5:9]))
	if arrival < 0 || p.Offset < 0 || p.Source > SourceRepartition {
		return 0, Pos{}, fmt.Errorf("%w: bad position in key %x", ErrCorrupt, key)
	}
	return arrival, p, nil
}

// primaryFromIndex rebuilds the attempt key that an index key points at.
func primaryFromIndex(dst, ikey []byte, domain string) ([]byte, error) {
	if len(ikey) < 10+posLen || ikey[0] != prefixHour || ikey[9] != kindIndex {
		return nil, fmt.Errorf("%w: not an index key: %x", ErrCorrupt, ikey)
	}
	hour := binary.BigEndian.Uint32(ikey[1:5])
	part := int32(binary.BigEndian.Uint32(ikey[5:9]))
	dst = attemptPrefix(dst, hour, part, domain)
	return append(dst, ikey[len(ikey)-posLen:]...), nil
}

// prefixEnd is the smallest key after every key with prefix p.
func prefixEnd(p []byte) []byte {
	end := bytes.Clone(p)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}
