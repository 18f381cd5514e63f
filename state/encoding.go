package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"github.com/mailflow/mailflow/schemas"
)

// Format versions, the first byte of every encoded value.
const (
	// windowFormat is a window alone, as releases before the state record
	// wrote it; still read (its domain's seen ids are all in chunks).
	windowFormat = 2
	// stateFormat3 is a state record as releases before the silence
	// detection wrote it: a window and its domain's inline seen ids;
	// still read (the silence fields are then zero).
	stateFormat3 = 3
	// stateFormat4 is a state record as releases before the local seen
	// ids wrote it: format 3's window with the silence fields after the
	// last failure, then the inline seen ids, in the changelog too; still
	// read, from the store and from the changelog.
	stateFormat4 = 4
	// stateFormat is a state value (AppendStateRecord): format 4's
	// window, then, in the local store only, its domain's seen ids. The
	// changelog record is the value without them, and a value that ends
	// before them (restored from the changelog) says nothing of seen ids.
	stateFormat     = 5
	liveChunkFormat = 3
)

// The detection flags, packed above the two status bits of a state
// record's status byte.
const (
	statusBits  = 2
	flagDelayed = 1 << statusBits // Window.Delayed
	flagSilent  = 2 << statusBits // Window.Silent (formats 4 and 5 only)
	// knownFlags are the flags this release writes; a record with
	// others is refused.
	knownFlags = flagDelayed | flagSilent
)

// ErrCorrupt is wrapped by every decoding error of this package: a value
// or key that this release did not write (a corrupted store, a stray or
// hostile write to the changelog topic, a record of a newer format). The
// error says which field is wrong and why. A caller tells it from an I/O
// error with errors.Is and can quarantine the one record instead of
// failing the partition.
var ErrCorrupt = errors.New("corrupt state value")

// errCorrupt is the name the rest of the package used before ErrCorrupt
// was exported.
var errCorrupt = ErrCorrupt

// MaxEntries bounds the attempts a window holds: the largest window a
// directory may configure (directory.MaxWindow; TestMaxEntries keeps the
// two equal). A decoded window with more was not written by mailflow.
const MaxEntries = 1000

// AppendWindow appends the local state value of a domain with window w
// and no seen event ids to dst (see AppendStateRecord).
func AppendWindow(dst []byte, w *Window) []byte { return AppendState(dst, w, nil) }

// AppendState appends the local state value of a domain, its window w and
// the seen event ids (nil for none), to dst (see AppendStateRecord).
func AppendState(dst []byte, w *Window, seen *SeenIDs) []byte {
	dst, _ = AppendStateRecord(dst, w, seen)
	return dst
}

// AppendStateRecord appends the binary encoding of a domain's local state
// value, its window w and the seen event ids it carries (nil for none),
// to dst, and returns it with the length of its changelog record: v[:n]
// is what the changelog gets, v what the local store gets. The seen ids
// are last so that the changelog record is a prefix of the local value
// and costs no copy; they are recovered from the input topics, not the
// changelog (see seen.go). The encoding is
//
//	version status|flags seq since lastAt lastDelay lastCode len(lastResponse) lastResponse
//	n (packed delay)*n
//	len(lastFailureHost) lastFailureHost len(lastFailureIP) lastFailureIP lastFailureCategory
//	lastArrival streamTime-lastArrival resumed n (hoursBack count)*n
//	── the changelog record ends here ──
//	seenChunks inline [baseHour (hour-baseHour hash(8))*inline]
//
// with integers as varints, hashes big-endian, each entry's outcome and
// category packed in one byte (3 + 5 bits), and the status packed with
// the detection flags in one byte (2 bits of status, then flagDelayed
// and flagSilent; an older window's byte is its status alone). The
// silence fields are lastArrival as a varint of Unix seconds, the
// partition's stream time as a varint of its difference from
// lastArrival, resumed as 0 for none or streamTime-resumed+1, and the
// non-zero hourly counts, newest first, as hoursBack (0..23 before
// lastArrival's hour, increasing) and count. seenChunks is how many
// seen-ids chunks the domain has (see seen.go). Format 4, which older
// releases wrote to the changelog too, is the same bytes with another
// version.
func AppendStateRecord(dst []byte, w *Window, seen *SeenIDs) (v []byte, n int) {
	start := len(dst)
	dst = appendWindowFields(append(dst, stateFormat), w)
	n = len(dst) - start
	return appendSeenPart(dst, seen), n
}

// appendSeenPart appends the seen ids of a state value (see
// AppendStateRecord).
func appendSeenPart(dst []byte, seen *SeenIDs) []byte {
	if seen == nil {
		return append(dst, 0, 0)
	}
	dst = binary.AppendUvarint(dst, uint64(len(seen.chunks)))
	dst = binary.AppendUvarint(dst, uint64(len(seen.inline)))
	if len(seen.inline) == 0 {
		return dst
	}
	base := seen.inline[0].Hour
	for _, id := range seen.inline {
		base = min(base, id.Hour)
	}
	dst = binary.AppendUvarint(dst, uint64(base))
	for _, id := range seen.inline {
		dst = binary.AppendUvarint(dst, uint64(id.Hour-base))
		dst = binary.BigEndian.AppendUint64(dst, id.Hash)
	}
	return dst
}

// WithLocalSeen returns the changelog record value of a domain's state
// with the seen ids of local, the domain's state value in the local
// store, appended: what a restore stores, so that replaying the changelog
// over a store keeps the ids the store had (the changelog does not carry
// them; see seen.go). A value that carries seen ids itself (format 4, or
// a local value) is returned as it is, and so is value when local has
// none to give (nil, a window of format 2, or a value restored from the
// changelog). Either value not decoding fails wrapping ErrCorrupt.
func WithLocalSeen(value, local []byte) ([]byte, error) {
	end, has, err := seenPartAt(value)
	if err != nil || has || local == nil {
		return value, err
	}
	lend, lhas, err := seenPartAt(local)
	if err != nil || !lhas {
		return value, err
	}
	out := make([]byte, 0, end+len(local)-lend)
	return append(append(out, value[:end]...), local[lend:]...), nil
}

// seenPartAt returns where the seen ids of a state value start and
// whether it has any part for them.
func seenPartAt(b []byte) (int, bool, error) {
	d := decoder{b: b}
	v := d.byte("format")
	switch {
	case d.err != nil:
		return 0, false, fmt.Errorf("%w: empty window value", ErrCorrupt)
	case v != windowFormat && v != stateFormat3 && v != stateFormat4 && v != stateFormat:
		return 0, false, fmt.Errorf("%w: window format %d, want %d to %d", ErrCorrupt, v, windowFormat, stateFormat)
	}
	var w Window
	if err := readWindowFields(&d, b, v, &w, false); err != nil {
		return 0, false, err
	}
	at := len(b) - len(d.b)
	return at, v != windowFormat && len(d.b) > 0, nil
}

func appendWindowFields(dst []byte, w *Window) []byte {
	sb := byte(w.Status)
	if w.Delayed {
		sb |= flagDelayed
	}
	if w.Silent {
		sb |= flagSilent
	}
	dst = append(dst, sb)
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
	dst = appendString(dst, w.LastFailureHost)
	dst = appendString(dst, w.LastFailureIP)
	dst = append(dst, byte(w.LastFailureCategory))
	return appendSilenceFields(dst, w)
}

// appendSilenceFields appends the silence fields of a format-4 record
// (see AppendState).
func appendSilenceFields(dst []byte, w *Window) []byte {
	dst = binary.AppendVarint(dst, w.LastArrival)
	dst = binary.AppendVarint(dst, w.StreamTime-w.LastArrival)
	if w.Resumed == 0 {
		dst = append(dst, 0)
	} else {
		dst = binary.AppendUvarint(dst, uint64(w.StreamTime-w.Resumed)+1)
	}
	n := 0
	for _, c := range w.Hourly {
		if c > 0 {
			n++
		}
	}
	dst = binary.AppendUvarint(dst, uint64(n))
	last := w.LastArrival / 3600
	for back := int64(0); back < 24 && n > 0; back++ {
		h := last - back
		if h < 0 {
			break
		}
		if c := w.Hourly[h%24]; c > 0 {
			dst = append(dst, byte(back))
			dst = binary.AppendUvarint(dst, uint64(c))
			n--
		}
	}
	return dst
}

// decodeSilenceFields reads what appendSilenceFields wrote, checking that
// times are not negative and fit together (resumed at most the stream
// time), and that the hourly counts are at most 24, of distinct hours in
// order within the day before lastArrival, each 1..65535.
func decodeSilenceFields(d *decoder, w *Window) {
	w.LastArrival = d.varint("last arrival")
	delta := d.varint("stream time")
	res := d.uvarint("resumed")
	n := d.uvarint("hourly count")
	switch {
	case d.err != nil:
		return
	case w.LastArrival < 0 || w.LastArrival > maxUnixSeconds:
		d.failf("last arrival %d out of range", w.LastArrival)
		return
	case delta < -maxUnixSeconds || delta > maxUnixSeconds || w.LastArrival+delta < 0 || w.LastArrival+delta > maxUnixSeconds:
		d.failf("stream time %d+%d out of range", w.LastArrival, delta)
		return
	case n > 24:
		d.failf("%d hourly counts, more than 24", n)
		return
	}
	w.StreamTime = w.LastArrival + delta
	if res > 0 {
		if res-1 > uint64(w.StreamTime) {
			d.failf("resumed %d seconds before a stream time of %d", res-1, w.StreamTime)
			return
		}
		w.Resumed = w.StreamTime - int64(res-1)
	}
	last := w.LastArrival / 3600
	prev := -1
	for range n {
		back := d.byte("hourly count's hour")
		c := d.uvarint("hourly count")
		switch {
		case d.err != nil:
			return
		case int(back) <= prev || back >= 24 || int64(back) > last:
			d.failf("hourly count %d hours back, after %d", back, prev)
			return
		case c == 0 || c > math.MaxUint16:
			d.failf("hourly count %d, want 1..65535", c)
			return
		}
		prev = int(back)
		w.Hourly[(last-int64(back))%24] = uint16(c)
	}
}

// maxUnixSeconds bounds the times of the silence fields: the year 9999,
// far beyond any record timestamp, so that sums of them cannot wrap.
const maxUnixSeconds = 253402300799

// DecodeWindow decodes a value written by AppendWindow. It checks every
// field against what AppendWindow can write (format version, status and
// known detection flags,
// reply code, outcome and category of each entry, delays that fit 32 bits,
// the response within schemas.MaxResponseLen, at most MaxEntries entries
// and no more than Seq, an older window's live-log chunks in order within
// Seq with valid key bytes, no trailing bytes), so that nothing decoded
// can index past a
// table or make a later computation wrap. Every error wraps ErrCorrupt.
func DecodeWindow(b []byte) (*Window, error) {
	w, _, _, err := DecodeState(b)
	return w, err
}

// DecodeState decodes a domain's state value (AppendStateRecord, a
// changelog record, or a state record or window alone as older releases
// wrote them). It returns the window, the seen ids the value carries
// (inline; the set's DeclaredChunks says how many chunks hold the rest,
// for the caller to read with AddChunk and AddLocalChunk), and whether the
// value says anything of seen ids at all: false for an older window,
// whose domain's ids are all in chunks, for the caller to look for. A
// value restored from the changelog without its seen part has none: the
// restore recovers them from the input topics and writes them (see
// seen.go), and looking for chunks of every such domain would cost a
// rebuilt store two iterators per domain on its first read. (Chunks of
// an older release that a rebuild restores for a domain whose latest
// record is of this format are then not read; the input topics hold
// their ids.) It
// checks the window as DecodeWindow says, and that inline ids are at most
// SeenInlineMax+1 (format 4; a recovery may write more into a local
// value, each taking 9 bytes at least) with hours that fit 32 bits. Every
// error wraps ErrCorrupt.
func DecodeState(b []byte) (w *Window, seen *SeenIDs, known bool, err error) {
	w = &Window{}
	if seen, known, err = decodeState(b, w, true); err != nil {
		return nil, nil, false, err
	}
	return w, seen, known, nil
}

// CheckState checks a domain's state value as DecodeState does, without
// building what DecodeState returns: no strings, entries or seen ids are
// copied, so a restore can check every changelog record it applies for
// the cost of reading it. It returns the latest time the value knows of
// its partition's stream, max(Window.StreamTime, Window.LastArrival) in
// Unix seconds (see CheckRecordTime). Every error wraps ErrCorrupt.
func CheckState(b []byte) (int64, error) {
	var w Window
	if _, _, err := decodeState(b, &w, false); err != nil {
		return 0, err
	}
	return max(w.StreamTime, w.LastArrival), nil
}

// decodeState decodes a state value into w (see DecodeState). With keep
// false it only checks: w gets the scalar fields but no strings or
// entries, and the returned seen ids are nil.
func decodeState(b []byte, w *Window, keep bool) (seen *SeenIDs, known bool, err error) {
	d := decoder{b: b}
	v := d.byte("format")
	switch {
	case d.err != nil:
		return nil, false, fmt.Errorf("%w: empty window value", ErrCorrupt)
	case v != windowFormat && v != stateFormat3 && v != stateFormat4 && v != stateFormat:
		return nil, false, fmt.Errorf("%w: window format %d, want %d, %d, %d or %d", ErrCorrupt, v, windowFormat, stateFormat3, stateFormat4, stateFormat)
	}
	if err = readWindowFields(&d, b, v, w, keep); err != nil {
		return nil, false, err
	}
	if keep {
		seen = &SeenIDs{}
	}
	known = v != windowFormat
	if known && (v != stateFormat || len(d.b) > 0) {
		chunks := d.uvarint("seen-ids chunk count")
		n := d.uvarint("inline seen-id count")
		switch {
		case d.err != nil:
			return nil, false, d.err
		case v != stateFormat && n > SeenInlineMax+1:
			// Remember reports a full set once it holds SeenInlineMax+1.
			return nil, false, fmt.Errorf("%w: %d inline seen ids, more than %d", ErrCorrupt, n, SeenInlineMax+1)
		case n > uint64(len(d.b))/9:
			return nil, false, fmt.Errorf("%w: %d inline seen ids in %d bytes", ErrCorrupt, n, len(d.b))
		case chunks > math.MaxInt32:
			return nil, false, fmt.Errorf("%w: %d seen-ids chunks", ErrCorrupt, chunks)
		}
		if keep {
			seen.declared = int(chunks)
		}
		if n > 0 {
			base := d.uvarint("seen-id base hour")
			if keep {
				seen.inlineRoom(int(n))
			}
			for i := uint64(0); i < n && d.err == nil; i++ {
				off := d.uvarint("seen-id hour")
				if len(d.b) < 8 {
					d.fail("seen-id hash")
					break
				}
				h := binary.BigEndian.Uint64(d.b)
				d.b = d.b[8:]
				if base > math.MaxUint32 || off > math.MaxUint32-base {
					return nil, false, fmt.Errorf("%w: seen-id hour %d+%d does not fit 32 bits", ErrCorrupt, base, off)
				}
				if keep {
					seen.inline = append(seen.inline, SeenID{Hash: h, Hour: uint32(base + off)})
				}
			}
			if keep && seen.Len() > seenIndexMin {
				seen.reindex()
			}
		}
	}
	if d.err != nil {
		return nil, false, d.err
	}
	if len(d.b) > 0 {
		return nil, false, fmt.Errorf("%w: %d bytes after a window", ErrCorrupt, len(d.b))
	}
	return seen, known, nil
}

// legacyLiveLogSize is how many attempts the live log of windowFormat
// windows held, which bounds the chunk list they end with.
const legacyLiveLogSize = 25

// skipLiveChunks reads the list of live-log chunks a windowFormat window
// ends with (the live log is the log store's now), checking it as that
// release did: at most legacyLiveLogSize chunks, each starting at an
// attempt of the domain after the one before, with a key byte below
// 2·legacyLiveLogSize.
func skipLiveChunks(d *decoder, seq uint64) {
	n := d.uvarint("live-log chunk count")
	if d.err == nil && n > legacyLiveLogSize {
		d.failf("window with %d live-log chunks, more than %d", n, legacyLiveLogSize)
		return
	}
	var prev uint64
	for i := range n {
		back := d.uvarint("live-log chunk start")
		key := d.byte("live-log chunk key")
		switch {
		case d.err != nil:
			return
		case back >= seq:
			d.failf("live-log chunk %d starts %d attempts before attempt %d", i, back, seq)
		case i > 0 && seq-back <= prev:
			d.failf("live-log chunk %d starts at attempt %d, not after %d", i, seq-back, prev)
		case key >= 2*legacyLiveLogSize:
			d.failf("live-log chunk %d has key byte %d, want below %d", i, key, 2*legacyLiveLogSize)
		}
		prev = seq - back
	}
}

// readWindowFields decodes what follows the format byte of a window (b
// is the whole value, for messages, and v its format) into w; a legacy one
// (windowFormat) ends with a list of live-log chunks, which is read and
// dropped, and only formats 4 and 5 have the silence fields. With keep
// false it checks every field the same way but copies no strings or
// entries into w (see CheckState).
func readWindowFields(d *decoder, b []byte, v byte, w *Window, keep bool) error {
	legacy := v == windowFormat
	if legacy {
		w.Status = d.status()
	} else {
		var flags byte
		w.Status, flags = d.statusFlags()
		if flags&flagSilent != 0 && v < stateFormat4 {
			d.failf("format %d status byte with the silent flag", v)
		}
		w.Delayed, w.Silent = flags&flagDelayed != 0, flags&flagSilent != 0
	}
	w.Seq = d.uvarint("seq")
	since := d.varint("since")
	lastAt := d.varint("last attempt time")
	w.LastDelayMillis = d.uint32("last delay")
	w.LastCode = d.code("last reply code")
	resp := d.response("last response")
	if keep {
		w.Since, w.LastAt = fromUnixNano(since), fromUnixNano(lastAt)
		w.LastResponse = string(resp)
	}
	n := d.uvarint("entry count")
	switch {
	case d.err != nil:
		return d.err
	case n > uint64(len(d.b)): // each entry takes at least two bytes
		return fmt.Errorf("%w: window of %d entries in %d bytes", ErrCorrupt, n, len(b))
	case n > MaxEntries:
		return fmt.Errorf("%w: window of %d entries, more than the %d a window holds", ErrCorrupt, n, MaxEntries)
	case n > w.Seq:
		return fmt.Errorf("%w: window of %d entries after %d attempts", ErrCorrupt, n, w.Seq)
	}
	if keep {
		w.Entries = make([]Entry, n)
	}
	for i := range int(n) {
		// An entry is a byte and a varint: read in line when valid (a
		// restore checks 25 of them per record), else by the readers
		// below, which say what is wrong.
		if b := d.b; len(b) >= 2 {
			o, c := schemas.Outcome(b[0]&7), schemas.Category(b[0]>>3)
			delay, k := binary.Uvarint(b[1:])
			if k > 0 && delay <= math.MaxUint32 && o <= schemas.OutcomeExpired && int(c) < schemas.NumCategories {
				d.b = b[1+k:]
				if keep {
					w.Entries[i] = Entry{Outcome: o, Category: c, DelayMillis: uint32(delay)}
				}
				continue
			}
		}
		o, c := d.outcomeCategory()
		delay := d.uint32("delay")
		if d.err != nil {
			return fmt.Errorf("window entry %d: %w", i, d.err)
		}
		if keep {
			w.Entries[i] = Entry{Outcome: o, Category: c, DelayMillis: delay}
		}
	}
	if legacy {
		skipLiveChunks(d, w.Seq)
	} else {
		host := d.limited("last failure host", schemas.MaxHostLen)
		ip := d.limited("last failure IP", schemas.MaxHostLen)
		if keep {
			w.LastFailureHost, w.LastFailureIP = string(host), string(ip)
		}
		if c := schemas.Category(d.byte("last failure category")); d.err == nil && int(c) >= schemas.NumCategories {
			d.failf("last failure category %d, want below %d", c, schemas.NumCategories)
		} else {
			w.LastFailureCategory = c
		}
		if v >= stateFormat4 {
			decodeSilenceFields(d, w)
		}
	}
	return d.err
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
	d.failf("value ends before its %s", what)
}

// failf records a field that is out of range.
func (d *decoder) failf(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrCorrupt}, args...)...)
	}
	d.b = nil
}

// status reads a schemas.Status.
func (d *decoder) status() schemas.Status {
	s := schemas.Status(d.byte("status"))
	if s > schemas.StatusBad {
		d.failf("status %d is not unknown, good or bad", s)
		return schemas.StatusUnknown
	}
	return s
}

// statusFlags reads a state record's status byte: a schemas.Status in the
// low statusBits bits and the detection flags above them, of which only
// knownFlags may be set.
func (d *decoder) statusFlags() (schemas.Status, byte) {
	b := d.byte("status")
	s := schemas.Status(b & (1<<statusBits - 1))
	switch {
	case d.err != nil:
	case s > schemas.StatusBad:
		d.failf("status %d is not unknown, good or bad", s)
	case b&^(1<<statusBits-1)&^knownFlags != 0:
		d.failf("status byte %#02x has unknown flags", b)
	default:
		return s, b &^ (1<<statusBits - 1)
	}
	return schemas.StatusUnknown, 0
}

// outcomeCategory reads the byte that packs an attempt's outcome (3 bits)
// and category (5 bits): the outcome one of the schemas.Outcome constants
// (OutcomeUnknown included: an attempt stored before it was judged), the
// category one of schemas.NumCategories.
func (d *decoder) outcomeCategory() (schemas.Outcome, schemas.Category) {
	p := d.byte("outcome and category")
	o, c := schemas.Outcome(p&7), schemas.Category(p>>3)
	switch {
	case d.err != nil:
	case o > schemas.OutcomeExpired:
		d.failf("outcome %d is not unknown, delivered, deferred, bounced or expired", o)
	case int(c) >= schemas.NumCategories:
		d.failf("category %d, want below %d", c, schemas.NumCategories)
	default:
		return o, c
	}
	return schemas.OutcomeUnknown, schemas.CategoryUnclassified
}

// uint32 reads a uvarint that must fit 32 bits (a delay in milliseconds).
func (d *decoder) uint32(what string) uint32 {
	v := d.uvarint(what)
	if v > math.MaxUint32 {
		d.failf("%s %d does not fit 32 bits", what, v)
		return 0
	}
	return uint32(v)
}

// code reads an SMTP reply code: 0 (a local failure) or 200-599, as
// schemas validation lets through.
func (d *decoder) code(what string) int {
	v := d.uvarint(what)
	if v != 0 && (v < 200 || v > 599) {
		d.failf("%s %d is not 0 or 200-599", what, v)
		return 0
	}
	return int(v)
}

// response reads an SMTP response text: valid UTF-8 of at most
// schemas.MaxResponseLen bytes, as schemas validation lets through. The
// bytes are the value's own (nil after an error).
func (d *decoder) response(what string) []byte {
	s := d.limited(what, schemas.MaxResponseLen)
	if !utf8.Valid(s) {
		d.failf("%s is not valid UTF-8", what)
		return nil
	}
	return s
}

// limited reads a string of at most max bytes; the bytes are the value's
// own (nil after an error).
func (d *decoder) limited(what string, max int) []byte {
	n, ok := d.length(what)
	if !ok {
		return nil
	}
	if n > uint64(max) {
		d.failf("%s of %d bytes, longer than %d", what, n, max)
		return nil
	}
	s := d.b[:n:n]
	d.b = d.b[n:]
	return s
}

// length reads a string length and checks it against what is left.
func (d *decoder) length(what string) (uint64, bool) {
	n, k := binary.Uvarint(d.b)
	if k <= 0 {
		// The field's name is built only for the message: a restore
		// reads millions of these.
		d.fail(what + " length")
		return 0, false
	}
	d.b = d.b[k:]
	if n > uint64(len(d.b)) {
		d.failf("%s of %d bytes with %d left", what, n, len(d.b))
		return 0, false
	}
	return n, true
}

func (d *decoder) byte(what string) byte {
	b := d.b
	if len(b) < 1 {
		d.fail(what)
		return 0
	}
	d.b = b[1:]
	return b[0]
}

// uvarint reads an unsigned varint; a one-byte one, the most common,
// without binary.Uvarint's loop.
func (d *decoder) uvarint(what string) uint64 {
	if b := d.b; len(b) > 0 && b[0] < 0x80 {
		d.b = b[1:]
		return uint64(b[0])
	}
	return d.uvarintSlow(what)
}

func (d *decoder) uvarintSlow(what string) uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint(what string) int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}
