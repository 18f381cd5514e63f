package logstore

import (
	"fmt"
	"strings"

	"github.com/cespare/xxhash/v2"
)

// Encoded is one attempt encoded for the log ahead of its append: the
// bytes an append buffer keeps of it (its domain, then the 'd' value:
// summary and encoded attempt) and its entry in the buffer's index. Make
// one with Encoder.Encode and append it with AppendEncoded.
//
// It exists for the processor's live path: encoding reads every string of
// the event, and on the goroutines that decode the events those strings
// are still in the CPU's caches. After the transaction commits, the
// append is then a copy of contiguous bytes, where encoding there read
// strings decoded long before (a cache miss each), on the one goroutine
// that applies transactions.
type Encoded struct {
	// r's dom and val are offsets into b.
	r rec
	b []byte
}

// Arrival returns the attempt's arrival, in nanoseconds since the Unix
// epoch.
func (e *Encoded) Arrival() int64 { return e.r.arrival }

// Pos returns where the attempt was read.
func (e *Encoded) Pos() Pos { return e.r.pos }

// domain returns the attempt's domain.
func (e *Encoded) domain() []byte { return e.b[e.r.dom[0]:e.r.dom[1]] }

// Encoder encodes attempts (Encode) into an arena of its own, which the
// Encoded values it returns alias. Its zero value is not usable: make
// one with Store.NewEncoder. It is not safe for concurrent use; give each
// goroutine its own.
type Encoder struct {
	partitionOf func(domain string) int32
	buf         []byte
}

// NewEncoder returns an encoder of attempts for s (Encode).
func (s *Store) NewEncoder() *Encoder { return &Encoder{partitionOf: s.partitionOf} }

// Reset empties the encoder's arena for reuse. The Encoded values it
// returned before must not be appended after: their bytes are written
// over.
func (c *Encoder) Reset() { c.buf = c.buf[:0] }

// Encode checks a as Append does and encodes it (see Encoded). The result
// aliases the encoder's arena until Reset, and nothing of a: the
// attempt's strings may be reused once it returns. It fails for an
// attempt without a domain, with a NUL in its domain, read from another
// partition than its domain's, or with a negative offset or arrival.
func (c *Encoder) Encode(a *Attempt) (Encoded, error) {
	e := &a.Event
	if e.Domain == "" || strings.IndexByte(e.Domain, 0) >= 0 {
		return Encoded{}, fmt.Errorf("append attempt %s at %s/%d/%d: bad domain %q", e.ID, a.Pos.Source, a.Pos.Partition, a.Pos.Offset, e.Domain)
	}
	if part := c.partitionOf(e.Domain); part != a.Pos.Partition {
		return Encoded{}, fmt.Errorf("append attempt %s of %s: read from %s partition %d, but the domain's partition is %d",
			e.ID, e.Domain, a.Pos.Source, a.Pos.Partition, part)
	}
	arrival := a.Arrival.UnixNano()
	if a.Pos.Offset < 0 || arrival < 0 || a.Pos.Source > SourceRepartition {
		return Encoded{}, fmt.Errorf("append attempt %s of %s: negative offset %d or arrival %s, or source %d", e.ID, e.Domain, a.Pos.Offset, a.Arrival, a.Pos.Source)
	}
	r := rec{arrival: arrival, pos: a.Pos, hour: hourOf(a.Arrival), dh: domainHash(e.Domain)}
	start := len(c.buf)
	c.buf = append(c.buf, e.Domain...)
	r.dom = [2]int32{0, int32(len(c.buf) - start)}
	r.val[0] = r.dom[1]
	sum := summaryOf(a)
	c.buf = append(c.buf, sum[:]...)
	c.buf = appendAttempt(c.buf, a)
	r.val[1] = int32(len(c.buf) - start)
	if e.Recipient != "" {
		r.rcpt, r.has = recipientHash(e.Domain, e.Recipient), r.has|hasRcpt
	}
	if e.MessageID != "" {
		r.msg, r.has = xxhash.Sum64String(e.MessageID), r.has|hasMsg
	}
	if e.ID != "" {
		r.id, r.has = idHash(e.Domain, e.ID), r.has|hasID
	}
	// The full slice expression keeps a later Encode's append from
	// reaching into these bytes' capacity.
	return Encoded{r: r, b: c.buf[start:len(c.buf):len(c.buf)]}, nil
}

// addEncoded copies e into the buffer.
func (b *buffer) addEncoded(e *Encoded) {
	r := e.r
	off := int32(len(b.data))
	b.data = append(b.data, e.b...)
	r.dom[0] += off
	r.dom[1] += off
	r.val[0] += off
	r.val[1] += off
	b.recs = append(b.recs, r)
}
