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
