package logstore

import (
	"encoding/binary"
	"fmt"
	"strings"
	"sync"

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
//
// The arena is blocks of encoderBlock bytes that every encoder of the
// store takes from one free list (encoderBlocks) and gives back at Reset.
// An arena of its own, grown and kept, held the most any transaction had
// given its encoder: the processor's shards take the records to decode
// in chunks, in turn (txn.run), so one shard may encode most of a
// transaction, and each of the eight encoders (two transactions of four
// shards on two cores) grew to 1.1-2.8 MB where a transaction encodes
// about 2.3 MB in all. That was 15 MiB of a live heap that runs 14 MiB
// below the goal the memory budget sets, and the collector runs the more
// often the less room it has (mailflow bench --domains 1000000). Shared,
// the blocks held are about what the two transactions in flight encode.
type Encoder struct {
	partitionOf func(domain string) int32
	blocks      *encoderBlocks
	// buf is the block being filled; held are the pooled blocks taken
	// since Reset, buf's among them unless it is an oversized attempt's.
	buf  []byte
	held [][]byte
}

// encoderBlock is the size of an Encoder's blocks: an attempt takes a few
// hundred bytes, and an encoder leaves at most one block partly filled.
// An attempt larger than a block is encoded into a block of its own size,
// which is not pooled.
const encoderBlock = 128 << 10

// encoderBlocks is the free list of the blocks a store's encoders encode
// into (see Encoder). It keeps every block given back: as many as the
// encoders held at once, as the encoders' own arenas kept before.
type encoderBlocks struct {
	mu   sync.Mutex
	free [][]byte
}

func (p *encoderBlocks) get() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		b := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return b
	}
	return make([]byte, 0, encoderBlock)
}

func (p *encoderBlocks) put(blocks [][]byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, b := range blocks {
		p.free = append(p.free, b[:0])
	}
}

// NewEncoder returns an encoder of attempts for s (Encode).
func (s *Store) NewEncoder() *Encoder {
	return &Encoder{partitionOf: s.partitionOf, blocks: &s.encBlocks}
}

// Reset empties the encoder's arena for reuse, giving its blocks back to
// the store's encoders. The Encoded values it returned before must not be
// appended after: their bytes are written over, by any of the store's
// encoders.
func (c *Encoder) Reset() {
	c.blocks.put(c.held)
	clear(c.held)
	c.held, c.buf = c.held[:0], nil
}

// room makes the block being filled have room for n more bytes.
func (c *Encoder) room(n int) {
	if cap(c.buf)-len(c.buf) >= n {
		return
	}
	if n > encoderBlock {
		c.buf = make([]byte, 0, n)
		return
	}
	c.buf = c.blocks.get()
	c.held = append(c.held, c.buf)
}

// maxEncodedLen bounds the bytes Encode appends for a: the domain, the
// summary and what appendAttempt writes (at most a varint per number and
// per string length).
func maxEncodedLen(a *Attempt) int {
	e := &a.Event
	n := len(e.Domain) + len(summary{}) + 4 + 15*binary.MaxVarintLen64
	for _, s := range [...]string{e.ID, e.MessageID, e.Recipient, e.Sender, e.EnhancedCode, e.Response,
		e.RemoteHost, e.RemoteIP, e.Transport, a.Provider} {
		n += len(s)
	}
	return n
}

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
	// Within the block: the appends below never move what the encoder
	// returned before.
	c.room(maxEncodedLen(a))
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
