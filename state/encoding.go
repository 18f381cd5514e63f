package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Format versions, the first byte of every encoded value.
const (
	windowFormat    = 2
	liveChunkFormat = 3
)

// errCorrupt is wrapped by every decoding error.
var errCorrupt = errors.New("corrupt state value")

// AppendWindow appends the binary encoding of w to dst:
//
//	version status seq since lastAt lastDelay lastCode len(lastResponse) lastResponse
//	n (packed delay)*n  chunks (seq-start key)*chunks
//
// with integers as varints and each entry's outcome and category packed in
// one byte (3 + 5 bits).
func AppendWindow(dst []byte, w *Window) []byte {
	dst = append(dst, windowFormat, byte(w.Status))
	dst = binary.AppendUvarint(dst, w.Seq)
	dst = binary.AppendVarint(dst, unixNano(w.Since))
	dst = binary.AppendVarint(dst, unixNano(w.LastAt))
	dst = binary.AppendUvarint(dst, uint64(w.LastDelayMillis))
	dst = binary.AppendUvarint(dst, uint64(w.LastCode))
	dst = appendString(dst, w.LastResponse)
	dst = binary.AppendUvarint(dst, uint64(len(w.Entries)))
	for _, e := range w.Entries {
		dst = append(dst, byte(e.Outcome)|byte(e.Category)<<3)
		dst = binary.AppendUvarint(dst, uint64(e.DelayMillis))
	}
	dst = binary.AppendUvarint(dst, uint64(len(w.Chunks)))
	for _, c := range w.Chunks {
		dst = binary.AppendUvarint(dst, w.Seq-c.Start)
		dst = append(dst, c.Key)
	}
	return dst
}

// DecodeWindow decodes a value written by AppendWindow.
func DecodeWindow(b []byte) (*Window, error) {
	d := decoder{b: b}
	if v := d.byte(); v != windowFormat {
		return nil, fmt.Errorf("%w: window format %d", errCorrupt, v)
	}
	w := &Window{Status: schemas.Status(d.byte())}
	w.Seq = d.uvarint()
	w.Since = fromUnixNano(d.varint())
	w.LastAt = fromUnixNano(d.varint())
	w.LastDelayMillis = uint32(d.uvarint())
	w.LastCode = int(d.uvarint())
	w.LastResponse = d.string()
	n := d.uvarint()
	if n > uint64(len(d.b)) { // each entry takes at least two bytes
		return nil, fmt.Errorf("%w: window of %d entries in %d bytes", errCorrupt, n, len(b))
	}
	w.Entries = make([]Entry, n)
	for i := range w.Entries {
		p := d.byte()
		w.Entries[i] = Entry{Outcome: schemas.Outcome(p & 7), Category: schemas.Category(p >> 3), DelayMillis: uint32(d.uvarint())}
	}
	n = d.uvarint()
	if n > LiveLogSize {
		return nil, fmt.Errorf("%w: window with %d live-log chunks", errCorrupt, n)
	}
	if n > 0 {
		w.Chunks = make([]LiveChunk, n)
		for i := range w.Chunks {
			back := d.uvarint()
			w.Chunks[i] = LiveChunk{Start: w.Seq - back, Key: d.byte()}
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	return w, nil
}

// A live-log chunk value is
//
//	version n first attempt*n
//
// where first is the seq of the first of the n attempts (the others follow
// it in order) and each attempt is encoded by AppendLiveAttempt.

// AppendLiveChunkHeader appends the start of a live-log chunk value holding
// n attempts, the first of them attempt number first, to dst; the n
// attempts, each encoded by AppendLiveAttempt, follow it.
func AppendLiveChunkHeader(dst []byte, n int, first uint64) []byte {
	dst = binary.AppendUvarint(append(dst, liveChunkFormat), uint64(n))
	return binary.AppendUvarint(dst, first)
}

// AppendLiveAttempt appends the encoding of one attempt of a live-log
// chunk to dst: e without its Seq, which the chunk's header gives.
//
//	(outcome|category) completedAt code delay eventID messageID recipient sender enhanced response remoteHost remoteIP
//
// with integers as varints and strings prefixed by their length. Every
// field is self-delimiting, so attempts follow each other without framing;
// and since the encoding depends on nothing but the event and its
// category, the processor encodes each attempt right after decoding it,
// while the event is in cache.
func AppendLiveAttempt(dst []byte, e *LiveEntry) []byte {
	dst = append(dst, byte(e.Outcome)|byte(e.Category)<<3)
	dst = binary.AppendVarint(dst, unixNano(e.CompletedAt))
	dst = binary.AppendUvarint(dst, uint64(e.SMTPCode))
	dst = binary.AppendUvarint(dst, uint64(e.DelayMillis))
	for _, s := range [...]string{e.EventID, e.MessageID, e.Recipient, e.Sender, e.Enhanced, e.Response, e.RemoteHost, e.RemoteIP} {
		dst = appendString(dst, s)
	}
	return dst
}

// DecodeLiveChunk appends the attempts of a live-log chunk value to dst.
func DecodeLiveChunk(dst []LiveEntry, b []byte) ([]LiveEntry, error) {
	d := decoder{b: b}
	if v := d.byte(); v != liveChunkFormat {
		return dst, fmt.Errorf("%w: live-log chunk format %d", errCorrupt, v)
	}
	n := d.uvarint()
	if n > LiveLogSize {
		return dst, fmt.Errorf("%w: live-log chunk of %d attempts", errCorrupt, n)
	}
	first := d.uvarint()
	for i := range n {
		e := d.liveAttempt()
		if d.err != nil {
			return dst, d.err
		}
		e.Seq = first + i
		dst = append(dst, e)
	}
	if d.err == nil && len(d.b) > 0 {
		return dst, fmt.Errorf("%w: %d bytes after a live-log chunk", errCorrupt, len(d.b))
	}
	return dst, d.err
}

// liveAttempt reads one attempt written by AppendLiveAttempt.
func (d *decoder) liveAttempt() LiveEntry {
	p := d.byte()
	e := LiveEntry{Outcome: schemas.Outcome(p & 7), Category: schemas.Category(p >> 3)}
	e.CompletedAt = fromUnixNano(d.varint())
	e.SMTPCode = int(d.uvarint())
	e.DelayMillis = uint32(d.uvarint())
	for _, s := range [...]*string{&e.EventID, &e.MessageID, &e.Recipient, &e.Sender, &e.Enhanced, &e.Response, &e.RemoteHost, &e.RemoteIP} {
		*s = d.string()
	}
	return e
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// decoder reads a value, remembering the first error so that callers check
// once at the end instead of after every field.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: truncated %s", errCorrupt, what)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail("byte")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("uvarint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail("string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
