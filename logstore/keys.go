package logstore

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/mailflow/mailflow/schemas"
)

// Key prefixes and kinds; see the package documentation.
const (
	// prefixOld is the first byte of the keys of the first layout
	// (attempt keys ordered by domain within an hour, seven index keys
	// per attempt). Open drops them and the checkpoints, so that the
	// log is rebuilt from the topics in the current layout.
	prefixOld  = 0x01
	prefixMeta = 0x02
	prefixLog  = 0x03

	kindAttempt   = 'a' // the attempt, in arrival order across the store
	kindDomain    = 'd' // a domain's attempts in arrival order, with a summary
	kindID        = 'i' // event ids per domain and day, for dropping duplicates
	kindMessage   = 'm' // message id → domain and attempt
	kindRecipient = 'r' // recipient → attempt

	metaCheck   = 'c'
	metaVersion = 'v'
)

// layoutVersion is stored under the meta version key; Open rebuilds a
// store written in another layout.
const layoutVersion = 3

// posLen is the length of the key suffix arrival(8) source(1) offset(8)
// that ends every index key.
const posLen = 8 + 1 + 8

// attemptKeyLen is the length of an attempt key.
const attemptKeyLen = 1 + 4 + 1 + 8

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

func appendBucket(dst []byte, hour uint32, kind byte) []byte {
	dst = append(dst, prefixLog)
	dst = binary.BigEndian.AppendUint32(dst, hour)
	return append(dst, kind)
}

func appendPos(dst []byte, arrival int64, p Pos) []byte {
	dst = binary.BigEndian.AppendUint64(dst, uint64(arrival))
	dst = append(dst, byte(p.Source))
	return binary.BigEndian.AppendUint64(dst, uint64(p.Offset))
}

// attemptKey is the key of an attempt in the attempts database: 0x03
// hour 'a' seq, where hour is when it was appended and seq the store's
// sequence number of appends. Each flush of that database thus holds keys
// after the previous flush's, and its files move down the levels instead
// of being rewritten: the attempts, most of the bytes, are written about
// once. Appending an attempt again (a replay) writes it under a new seq
// and points its domain key there; the old copy is no longer found and
// goes with its hour.
func attemptKey(dst []byte, hour uint32, seq uint64) []byte {
	dst = appendBucket(dst, hour, kindAttempt)
	return binary.BigEndian.AppendUint64(dst, seq)
}

func parseAttemptKey(k []byte) (hour uint32, seq uint64, err error) {
	if len(k) != attemptKeyLen || k[0] != prefixLog || k[5] != kindAttempt {
		return 0, 0, fmt.Errorf("%w: attempt key %x", ErrCorrupt, k)
	}
	return binary.BigEndian.Uint32(k[1:]), binary.BigEndian.Uint64(k[6:]), nil
}

// domainPrefix is the prefix of domain's 'd' keys in one hour.
func domainPrefix(dst []byte, hour uint32, part int32, domain string) []byte {
	dst = appendBucket(dst, hour, kindDomain)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	dst = append(dst, domain...)
	return append(dst, 0)
}

// recipientPrefix is the prefix of domain's recipient keys of rcpt in one
// hour: 0x03 hour 'r' partition xxhash64(domain NUL lower-case rcpt). A
// hash keeps the keys short (they are rewritten by compactions); another
// recipient with the same hash only adds a candidate, which the query
// checks on the attempt.
func recipientPrefix(dst []byte, hour uint32, part int32, domain, rcpt string) []byte {
	dst = appendBucket(dst, hour, kindRecipient)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return binary.BigEndian.AppendUint64(dst, recipientHash(domain, rcpt))
}

func recipientHash(domain, rcpt string) uint64 {
	var d xxhash.Digest
	d.Reset()
	d.WriteString(domain)
	d.Write([]byte{0})
	d.WriteString(lowerASCII(rcpt))
	return d.Sum64()
}

// lowerASCII is strings.ToLower without an allocation for the common
// lower-case ASCII value.
func lowerASCII(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(v)
		}
	}
	return v
}

// messagePrefix is the prefix of message id's keys in one hour, of one
// domain when domain is not "": 0x03 hour 'm' xxhash64(id) [domain NUL].
// They are not per partition, so that one seek an hour finds every
// domain of a message.
func messagePrefix(dst []byte, hour uint32, id, domain string) []byte {
	dst = appendBucket(dst, hour, kindMessage)
	dst = binary.BigEndian.AppendUint64(dst, xxhash.Sum64String(id))
	if domain != "" {
		dst = append(dst, domain...)
		dst = append(dst, 0)
	}
	return dst
}

// idKey is the key of an event id of a domain kept on a day: 0x03
// day-hour 'i' partition h, where h is idHash(domain, id).
func idKey(dst []byte, day uint32, part int32, h uint64) []byte {
	dst = appendBucket(dst, day, kindID)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return binary.BigEndian.AppendUint64(dst, h)
}

// idHash identifies an event id of a domain. Two ids with the same hash
// (odds of 2^-64 a pair) would count as one event.
func idHash(domain, id string) uint64 {
	var d xxhash.Digest
	d.Reset()
	d.WriteString(domain)
	d.Write([]byte{0})
	d.WriteString(id)
	return d.Sum64()
}

func checkpointKey(src Source, part int32) []byte {
	k := []byte{prefixMeta, metaCheck, byte(src)}
	return binary.BigEndian.AppendUint32(k, uint32(part))
}

var versionKey = []byte{prefixMeta, metaVersion}

// parsePos reads the position suffix (arrival, source, offset) at the end
// of an index key; part is the domain's partition.
func parsePos(key []byte, part int32) (arrival int64, p Pos, err error) {
	if len(key) < 6+posLen {
		return 0, Pos{}, fmt.Errorf("%w: key of %d bytes", ErrCorrupt, len(key))
	}
	s := key[len(key)-posLen:]
	arrival = int64(binary.BigEndian.Uint64(s))
	p.Source = Source(s[8])
	p.Offset = int64(binary.BigEndian.Uint64(s[9:]))
	p.Partition = part
	if arrival < 0 || p.Offset < 0 || p.Source > SourceRepartition {
		return 0, Pos{}, fmt.Errorf("%w: bad position in key %x", ErrCorrupt, key)
	}
	return arrival, p, nil
}

// summary is what a 'd' key's value says of its attempt, so that a query
// filtering on these fields reads the attempts that may match and not the
// others: outcome(1) category(1) then 32-bit hashes of the lower-cased
// sender, remote host and remote IP (a hash that matches is checked again
// on the attempt).
type summary [2 + 3*4]byte

// domainValue is the value of an attempt's domain key: its summary, then
// the hour(4) and seq(8) of its attempt key.
func domainValue(dst []byte, a *Attempt, hour uint32, seq uint64) []byte {
	sum := summaryOf(a)
	dst = append(dst, sum[:]...)
	dst = binary.BigEndian.AppendUint32(dst, hour)
	return binary.BigEndian.AppendUint64(dst, seq)
}

// domainValueLen is the length of a domain key's value.
const domainValueLen = len(summary{}) + 4 + 8

// attemptRef returns the attempt key a domain key's value points at.
func attemptRef(dst, v []byte) ([]byte, error) {
	if len(v) != domainValueLen {
		return nil, fmt.Errorf("%w: domain key value of %d bytes", ErrCorrupt, len(v))
	}
	r := v[len(summary{}):]
	return attemptKey(dst, binary.BigEndian.Uint32(r), binary.BigEndian.Uint64(r[4:])), nil
}

func summaryOf(a *Attempt) summary {
	var s summary
	s[0], s[1] = byte(a.Event.Outcome), byte(a.Category)
	binary.BigEndian.PutUint32(s[2:], hash32(a.Event.Sender))
	binary.BigEndian.PutUint32(s[6:], hash32(a.Event.RemoteHost))
	binary.BigEndian.PutUint32(s[10:], hash32(a.Event.RemoteIP))
	return s
}

// hash32 hashes a value as the summary holds it: lower-cased.
func hash32(v string) uint32 {
	if v == "" {
		return 0
	}
	return uint32(xxhash.Sum64String(lowerASCII(v)))
}

// summaryFilter is the part of a Filter a summary can rule out.
type summaryFilter struct {
	outcome              schemas.Outcome
	category             schemas.Category
	sender, remote       uint32
	hasSender, hasRemote bool
}

func newSummaryFilter(f *Filter) summaryFilter {
	sf := summaryFilter{outcome: f.Outcome, category: f.Category}
	if f.Sender != "" {
		sf.sender, sf.hasSender = hash32(f.Sender), true
	}
	if f.Remote != "" {
		sf.remote, sf.hasRemote = hash32(f.Remote), true
	}
	return sf
}

// mayMatch reports whether an attempt of domain key value v may pass the
// filter; a value too short (damage) is left to the attempt's check.
func (sf *summaryFilter) mayMatch(v []byte) bool {
	if len(v) < len(summary{}) {
		return true
	}
	switch {
	case sf.outcome != schemas.OutcomeUnknown && schemas.Outcome(v[0]) != sf.outcome,
		sf.category != schemas.CategoryUnclassified && schemas.Category(v[1]) != sf.category,
		sf.hasSender && binary.BigEndian.Uint32(v[2:]) != sf.sender,
		sf.hasRemote && binary.BigEndian.Uint32(v[6:]) != sf.remote && binary.BigEndian.Uint32(v[10:]) != sf.remote:
		return false
	}
	return true
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
