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
	// prefixMeta holds the layout version (written through the memtable
	// and flushed at once).
	prefixMeta = 0x02
	// prefixSegment begins every key of a segment: 0x04 hour(4) flush(8).
	prefixSegment = 0x04
	// prefixCatalog begins every key of a flush's catalog: 0x05 flush(8).
	prefixCatalog = 0x05

	kindDomain    = 'd' // a domain's attempts in arrival order, with a summary and the attempt
	kindMessage   = 'm' // a bucket of message id hashes → domain and position (a posting list)
	kindRecipient = 'r' // a bucket of recipient hashes → position (a posting list)

	catalogInfo   = 'c' // the flush's segments and the checkpoints
	catalogFilter = 'f' // Bloom filter of the flush's event ids
	catalogID     = 'i' // a bucket of the flush's event id hashes → position, for dropping duplicates

	metaVersion = 'v'
)

// layoutVersion is stored under the meta version key; Open rebuilds a
// store written in another layout.
const layoutVersion = 6

// posLen is the length of the key suffix arrival(8) source(1) offset(8)
// that ends every index key.
const posLen = 8 + 1 + 8

// segPrefixLen is the length of a segment's key prefix: 0x04 hour flush.
const segPrefixLen = 1 + 4 + 8

// hourOf is the bucket of a time: whole hours since the Unix epoch.
func hourOf(t time.Time) uint32 { return hourOfNano(t.UnixNano()) }

func hourOfNano(ns int64) uint32 {
	h := ns / int64(time.Hour)
	if h < 0 {
		return 0
	}
	return uint32(min(h, 1<<32-1))
}

// segmentPrefix is the prefix of every key of the segment of hour written
// by flush.
func segmentPrefix(dst []byte, hour uint32, flush uint64) []byte {
	dst = append(dst, prefixSegment)
	dst = binary.BigEndian.AppendUint32(dst, hour)
	return binary.BigEndian.AppendUint64(dst, flush)
}

func catalogKey(dst []byte, flush uint64, kind byte) []byte {
	dst = append(dst, prefixCatalog)
	dst = binary.BigEndian.AppendUint64(dst, flush)
	return append(dst, kind)
}

func appendPos(dst []byte, arrival int64, p Pos) []byte {
	dst = binary.BigEndian.AppendUint64(dst, uint64(arrival))
	dst = append(dst, byte(p.Source))
	return binary.BigEndian.AppendUint64(dst, uint64(p.Offset))
}

// domainSuffix is what follows the segment prefix in domain's 'd' keys:
// 'd' partition xxhash64(domain)(8) domain 0x00. The hash orders the
// domains of a partition, so that a flush sorts its attempts by integers
// (radix) rather than by comparing domain names.
func domainSuffix[D string | []byte](dst []byte, part int32, domain D) []byte {
	return domainSuffixHashed(dst, part, domainHash(domain), domain)
}

func domainSuffixHashed[D string | []byte](dst []byte, part int32, h uint64, domain D) []byte {
	dst = append(dst, kindDomain)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	dst = binary.BigEndian.AppendUint64(dst, h)
	dst = append(dst, domain...)
	return append(dst, 0)
}

// domainHash orders the domains of a partition in 'd' keys.
func domainHash[D string | []byte](domain D) uint64 {
	switch d := any(domain).(type) {
	case string:
		return xxhash.Sum64String(d)
	case []byte:
		return xxhash.Sum64(d)
	}
	panic("unreachable")
}

// recipientSuffix is what follows the segment prefix in the key of the
// posting list that holds domain's recipient with hash h (recipientHash)
// in a segment whose recipient lists split hashes into 2^bits buckets:
// 'r' partition bucket(4). A hash keeps the entries short; another
// recipient with the same hash only adds a candidate, which the query
// checks on the attempt.
func recipientSuffix(dst []byte, part int32, h uint64, bits uint8) []byte {
	dst = append(dst, kindRecipient)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return binary.BigEndian.AppendUint32(dst, bucketOf(h, bits))
}

func recipientHash(domain, rcpt string) uint64 {
	rcpt = lowerASCII(rcpt)
	// Nearly every recipient's domain part is its attempt's domain, which
	// is canonical already: only the others are put in canonical form.
	if n := len(rcpt) - len(domain); n < 1 || rcpt[n-1] != '@' || rcpt[n:] != domain {
		rcpt = canonicalAddress(rcpt)
	}
	return pairHash(domain, rcpt)
}

// canonicalAddress returns an address in the form the log compares
// addresses in: ASCII letters lowered (no mail system in use treats the
// local part's case as significant, though RFC 5321 §2.4 allows it) and
// the domain part as schemas.CanonicalDomain writes domains (A-labels, no
// trailing dot), so that one address in two spellings is one recipient:
// "anna@bücher.example" and "anna@xn--bcher-kva.example",
// "bob@Contoso.Example." and "bob@contoso.example". An address whose
// domain part is not a domain name is only lowered. An address already
// canonical is returned as it is, without allocating.
func canonicalAddress(addr string) string {
	addr = lowerASCII(addr)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return addr
	}
	d, err := schemas.CanonicalDomain(addr[at+1:])
	if err != nil || d == addr[at+1:] {
		return addr
	}
	return addr[:at+1] + d
}

// pairHash is xxhash64 of a, a NUL and b, hashed from the stack when
// they are short (a Digest costs more than the hash of a few dozen
// bytes).
func pairHash(a, b string) uint64 {
	var buf [128]byte
	if len(a)+1+len(b) <= len(buf) {
		n := copy(buf[:], a)
		buf[n] = 0
		n += 1 + copy(buf[n+1:], b)
		return xxhash.Sum64(buf[:n])
	}
	var d xxhash.Digest
	d.Reset()
	d.WriteString(a)
	d.Write([]byte{0})
	d.WriteString(b)
	return d.Sum64()
}

// lowerASCII is strings.ToLower without an allocation for the common
// lower-case ASCII value.
//
// It looks for a capital or a non-ASCII byte eight bytes at a time: an
// attempt's encoding lowers five values (its recipient and sender twice,
// the remote host and IP), and one byte at a time that was about 0.06 µs
// of the processor's 6 per event.
func lowerASCII(v string) string {
	i := 0
	for ; i+8 <= len(v); i += 8 {
		if upperOrHigh(v[i : i+8]) {
			return strings.ToLower(v)
		}
	}
	for ; i < len(v); i++ {
		if c := v[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(v)
		}
	}
	return v
}

// upperOrHigh reports whether w, of 8 bytes, holds an ASCII capital or a
// byte of 0x80 or more. Once no byte has its high bit set, adding 0x3f to
// each sets it exactly in the bytes of 'A' or more, and adding 0x25 in
// those past 'Z', with no carry from one byte into the next (0x7f + 0x3f
// < 0x100).
func upperOrHigh(w string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	if x&highs != 0 {
		return true
	}
	return (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)&highs != 0
}

// messageSuffix is what follows the segment prefix in the key of the
// posting list that holds the message id with hash h (xxhash64): 'm'
// bucket(4). They are not per partition, so that one lookup a segment
// finds every domain of a message.
func messageSuffix(dst []byte, h uint64, bits uint8) []byte {
	dst = append(dst, kindMessage)
	return binary.BigEndian.AppendUint32(dst, bucketOf(h, bits))
}

// idSuffix is what follows a catalog's flush number in the key of the
// posting list of event id hash h (idHash(domain, id)) of partition part,
// in a flush whose id lists split hashes into 2^bits buckets: 'i'
// partition bucket(4).
func idSuffix(dst []byte, part int32, h uint64, bits uint8) []byte {
	dst = append(dst, catalogID)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return binary.BigEndian.AppendUint32(dst, bucketOf(h, bits))
}

// idHash identifies an event id of a domain. Two ids with the same hash
// (odds of 2^-64 a pair) would count as one event.
func idHash(domain, id string) uint64 { return pairHash(domain, id) }

var versionKey = []byte{prefixMeta, metaVersion}

// parsePos reads the position suffix (arrival, source, offset) at the end
// of an index key; part is the domain's partition.
func parsePos(key []byte, part int32) (arrival int64, p Pos, err error) {
	if len(key) < posLen {
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

// summary is what a 'd' key's value says of its attempt before the
// attempt itself, so that a query filtering on these fields decodes the
// attempts that may match and not the others: outcome(1) category(1)
// then 32-bit hashes of the sender (canonicalAddress), the lower-cased
// remote host and remote IP
// (a hash that matches is checked again on the attempt).
type summary [2 + 3*4]byte

func summaryOf(a *Attempt) summary {
	var s summary
	s[0], s[1] = byte(a.Event.Outcome), byte(a.Category)
	binary.BigEndian.PutUint32(s[2:], hash32(canonicalAddress(a.Event.Sender)))
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
		sf.sender, sf.hasSender = hash32(canonicalAddress(f.Sender)), true
	}
	if f.Remote != "" {
		sf.remote, sf.hasRemote = hash32(f.Remote), true
	}
	return sf
}

// mayMatch reports whether an attempt whose 'd' value begins with v may
// pass the filter; a value too short (damage) is left to the attempt's
// check.
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
