package state

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/mailflow/mailflow/schemas"
)

// A live-log chunk value (see LiveChunk) is
//
//	version n first attempt*n
//
// where first is the seq of the first of the n attempts, which follow it in
// order. An attempt is
//
//	flags (outcome|category) completedAt code delay eventID messageID recipient [enhanced] response [sender remoteHost remoteIP]
//
// with integers as varints and strings prefixed by their length. Every
// field is self-delimiting, so attempts follow each other without framing.
// The flags leave out what the reader can tell otherwise: the recipient's
// domain (the chunk's), an enhanced code that opens the response text, and
// the sender and remote server when they are those of the attempt before
// (a domain's mail mostly goes to the same MX, often from the same sender).
// For a domain whose mail goes to one MX from one sender, that makes a
// chunk about a third smaller (TestLiveChunk), and so less for the
// changelog to compress and the store to copy.

// Attempt flags.
const (
	attRecipientLocal     = 1 << iota // the recipient is local part @ the chunk's domain; only the local part is stored
	attEnhancedInResponse             // the enhanced code is the token after the reply code in the response
	attSameTail                       // sender, remote host and remote IP are the previous attempt's
)

// LiveAttempt is an attempt encoded for a live-log chunk by
// EncodeLiveAttempt. It aliases the buffer it was encoded into.
type LiveAttempt struct {
	b    []byte
	tail int // where sender, remote host and remote IP begin in b
}

// EncodeLiveAttempt appends the encoding of e, an attempt to domain, to
// dst, and returns the grown buffer and the attempt. The encoding depends
// on nothing but the event and its category, so the processor encodes each
// attempt right after decoding it, while the event is in cache; putting
// attempts together into a chunk (AppendLiveChunk) only compares and
// copies bytes.
func EncodeLiveAttempt(dst []byte, domain string, e *LiveEntry) ([]byte, LiveAttempt) {
	at := len(dst)
	var flags byte
	rcpt := e.Recipient
	if local, ok := strings.CutSuffix(rcpt, domain); ok && len(local) > 1 && local[len(local)-1] == '@' {
		flags |= attRecipientLocal
		rcpt = local[:len(local)-1]
	}
	if e.Enhanced != "" && enhancedOf(e.Response) == e.Enhanced {
		flags |= attEnhancedInResponse
	}
	dst = append(dst, flags, byte(e.Outcome)|byte(e.Category)<<3)
	dst = binary.AppendVarint(dst, unixNano(e.CompletedAt))
	dst = binary.AppendUvarint(dst, uint64(e.SMTPCode))
	dst = binary.AppendUvarint(dst, uint64(e.DelayMillis))
	dst = appendString(dst, e.EventID)
	dst = appendString(dst, e.MessageID)
	dst = appendString(dst, rcpt)
	if flags&attEnhancedInResponse == 0 {
		dst = appendString(dst, e.Enhanced)
	}
	dst = appendString(dst, e.Response)
	tail := len(dst) - at
	dst = appendString(dst, e.Sender)
	dst = appendString(dst, e.RemoteHost)
	dst = appendString(dst, e.RemoteIP)
	return dst, LiveAttempt{b: dst[at:len(dst):len(dst)], tail: tail}
}

// enhancedOf returns the token after the reply code of an SMTP response
// ("550 5.1.1 ..." or "550-5.1.1 ..."), where an enhanced code would be.
func enhancedOf(response string) string {
	if len(response) < 5 || (response[3] != ' ' && response[3] != '-') {
		return ""
	}
	rest := response[4:]
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// sameTail reports whether attempt a can leave out its tail after b.
func (a LiveAttempt) sameTail(b LiveAttempt) bool {
	return bytes.Equal(a.b[a.tail:], b.b[b.tail:])
}

// LiveChunkSize returns the size of the chunk value AppendLiveChunk
// writes for the same arguments.
func LiveChunkSize(first uint64, attempts []LiveAttempt) int {
	n := 1 + uvarintLen(uint64(len(attempts))) + uvarintLen(first)
	for i, a := range attempts {
		if i > 0 && a.sameTail(attempts[i-1]) {
			n += a.tail
		} else {
			n += len(a.b)
		}
	}
	return n
}

// AppendLiveChunk appends a live-log chunk value holding attempts, the
// first of them attempt number first and the others following it, to dst.
func AppendLiveChunk(dst []byte, first uint64, attempts []LiveAttempt) []byte {
	dst = binary.AppendUvarint(append(dst, liveChunkFormat), uint64(len(attempts)))
	dst = binary.AppendUvarint(dst, first)
	for i, a := range attempts {
		if i > 0 && a.sameTail(attempts[i-1]) {
			at := len(dst)
			dst = append(dst, a.b[:a.tail]...)
			dst[at] |= attSameTail
			continue
		}
		dst = append(dst, a.b...)
	}
	return dst
}

// DecodeLiveChunk appends the attempts of a live-log chunk value of domain
// to dst. It checks every field against what AppendLiveChunk can write
// (format version, 1 to LiveLogSize attempts numbered from 1 without
// wrapping, known flags, outcome, category and reply code in range,
// strings within the limits schemas validation enforces, no trailing
// bytes). Every error wraps ErrCorrupt and names the attempt; dst is
// returned as it was given.
func DecodeLiveChunk(dst []LiveEntry, domain string, b []byte) ([]LiveEntry, error) {
	d := decoder{b: b}
	if v := d.byte("format"); v != liveChunkFormat {
		if d.err != nil {
			return dst, fmt.Errorf("%w: empty live-log chunk value", ErrCorrupt)
		}
		return dst, fmt.Errorf("%w: live-log chunk format %d, want %d", ErrCorrupt, v, liveChunkFormat)
	}
	n := d.uvarint("attempt count")
	first := d.uvarint("first attempt")
	switch {
	case d.err != nil:
		return dst, d.err
	case n == 0 || n > LiveLogSize:
		return dst, fmt.Errorf("%w: live-log chunk of %d attempts, want 1 to %d", ErrCorrupt, n, LiveLogSize)
	case first == 0 || first > math.MaxUint64-n:
		return dst, fmt.Errorf("%w: live-log chunk starting at attempt %d", ErrCorrupt, first)
	}
	given := len(dst)
	var prev *LiveEntry
	for i := range n {
		e := d.liveAttempt(domain, prev)
		if d.err != nil {
			return dst[:given], fmt.Errorf("live-log chunk attempt %d: %w", i, d.err)
		}
		e.Seq = first + i
		dst = append(dst, e)
		prev = &dst[len(dst)-1]
	}
	if len(d.b) > 0 {
		return dst[:given], fmt.Errorf("%w: %d bytes after a live-log chunk", ErrCorrupt, len(d.b))
	}
	return dst, nil
}

// maxEnhancedLen bounds an enhanced status code: class "." subject "."
// detail with at most three digits each (RFC 3463 §2).
const maxEnhancedLen = 9

// liveAttempt reads one attempt of a chunk of domain; prev is the attempt
// before it in the chunk, nil for the first.
func (d *decoder) liveAttempt(domain string, prev *LiveEntry) LiveEntry {
	flags := d.byte("attempt flags")
	if flags&^(attRecipientLocal|attEnhancedInResponse|attSameTail) != 0 {
		d.failf("attempt flags %#x", flags)
		return LiveEntry{}
	}
	o, c := d.outcomeCategory()
	e := LiveEntry{Outcome: o, Category: c}
	e.CompletedAt = fromUnixNano(d.varint("completion time"))
	e.SMTPCode = d.code("reply code")
	e.DelayMillis = d.uint32("delay")
	e.EventID = d.limited("event id", schemas.MaxIDLen)
	e.MessageID = d.limited("message id", schemas.MaxIDLen)
	e.Recipient = d.limited("recipient", schemas.MaxAddressLen)
	if flags&attRecipientLocal != 0 {
		if len(e.Recipient)+1+len(domain) > schemas.MaxAddressLen {
			d.failf("recipient of %d bytes, longer than %d", len(e.Recipient)+1+len(domain), schemas.MaxAddressLen)
			return LiveEntry{}
		}
		e.Recipient += "@" + domain
	}
	if flags&attEnhancedInResponse == 0 {
		e.Enhanced = d.limited("enhanced code", maxEnhancedLen)
	}
	e.Response = d.response("response")
	if flags&attEnhancedInResponse != 0 {
		// The encoder sets the flag only for an enhanced code it was
		// given, which validation limited to the RFC 3463 shape.
		e.Enhanced = enhancedOf(e.Response)
		if d.err == nil && (e.Enhanced == "" || len(e.Enhanced) > maxEnhancedLen) {
			d.failf("no enhanced code where the flags say the response has one")
			return LiveEntry{}
		}
	}
	if flags&attSameTail != 0 {
		if prev == nil {
			if d.err == nil {
				d.err = fmt.Errorf("%w: the first attempt of a live-log chunk refers to one before it", ErrCorrupt)
			}
			return LiveEntry{}
		}
		e.Sender, e.RemoteHost, e.RemoteIP = prev.Sender, prev.RemoteHost, prev.RemoteIP
	} else {
		e.Sender = d.limited("sender", schemas.MaxAddressLen)
		e.RemoteHost = d.limited("remote host", schemas.MaxHostLen)
		e.RemoteIP = d.limited("remote ip", schemas.MaxHostLen)
	}
	return e
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}
