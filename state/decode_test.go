package state

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// rawWindow spells out every field of a window value, so that a test can
// put any number, in or out of range, into any field (AppendWindow only
// writes what a Window can hold).
type rawWindow struct {
	format, status      byte
	seq                 uint64
	since, lastAt       int64
	lastDelay, lastCode uint64
	response            string
	n                   uint64 // entries claimed; len(entries) written
	entries             []rawEntry
	nChunks             uint64
	chunks              []rawChunk
	trailer             []byte
}

type rawEntry struct {
	packed byte
	delay  uint64
}

type rawChunk struct {
	back uint64
	key  byte
}

func (r rawWindow) encode() []byte {
	b := []byte{r.format, r.status}
	b = binary.AppendUvarint(b, r.seq)
	b = binary.AppendVarint(b, r.since)
	b = binary.AppendVarint(b, r.lastAt)
	b = binary.AppendUvarint(b, r.lastDelay)
	b = binary.AppendUvarint(b, r.lastCode)
	b = appendString(b, r.response)
	b = binary.AppendUvarint(b, r.n)
	for _, e := range r.entries {
		b = binary.AppendUvarint(append(b, e.packed), e.delay)
	}
	b = binary.AppendUvarint(b, r.nChunks)
	for _, c := range r.chunks {
		b = append(binary.AppendUvarint(b, c.back), c.key)
	}
	return append(b, r.trailer...)
}

func pack(o schemas.Outcome, c schemas.Category) byte { return byte(o) | byte(c)<<3 }

// validRawWindow is a window as the processor writes one: 3 attempts of
// 40 in the window, two live-log chunks.
func validRawWindow() rawWindow {
	return rawWindow{
		format: windowFormat, status: byte(schemas.StatusBad), seq: 40, since: 1e18, lastAt: 1e18 + 5,
		lastDelay: 900, lastCode: 550, response: "550 5.1.1 no such user", n: 3,
		entries: []rawEntry{
			{pack(schemas.OutcomeDelivered, schemas.CategoryDelivered), 900},
			{pack(schemas.OutcomeBounced, schemas.CategoryUserUnknown), 0},
			{pack(schemas.OutcomeExpired, schemas.CategoryOther), 0},
		},
		nChunks: 2, chunks: []rawChunk{{back: 20, key: 20}, {back: 0, key: 40 % legacyLiveLogSize}},
	}
}

// TestDecodeWindowFields puts every out-of-range value into every field of
// a valid window value, one field at a time: each must be refused with an
// error wrapping ErrCorrupt, never a panic or a window.
func TestDecodeWindowFields(t *testing.T) {
	if _, err := DecodeWindow(validRawWindow().encode()); err != nil {
		t.Fatalf("the valid value is refused: %v", err)
	}
	type mut struct {
		name string
		f    func(r *rawWindow)
	}
	var muts []mut
	add := func(name string, f func(r *rawWindow)) { muts = append(muts, mut{name, f}) }
	for _, v := range []byte{0, 1, windowFormat + 1, 255} {
		add("format "+itoa(uint64(v)), func(r *rawWindow) { r.format = v })
	}
	for v := 3; v < 256; v++ {
		add("status "+itoa(uint64(v)), func(r *rawWindow) { r.status = byte(v) })
	}
	for _, v := range []uint64{math.MaxUint32 + 1, math.MaxUint64} {
		add("last delay "+itoa(v), func(r *rawWindow) { r.lastDelay = v })
	}
	for _, v := range []uint64{1, 199, 600, 999, 1 << 40, math.MaxUint64} {
		add("last code "+itoa(v), func(r *rawWindow) { r.lastCode = v })
	}
	add("response too long", func(r *rawWindow) { r.response = strings.Repeat("x", schemas.MaxResponseLen+1) })
	add("response not UTF-8", func(r *rawWindow) { r.response = "550 \xff" })
	add("more entries than bytes", func(r *rawWindow) { r.n = 1 << 40 })
	add("entries claimed, chunks missing", func(r *rawWindow) { r.n = 4 })
	add("more entries than attempts", func(r *rawWindow) { r.seq = 2 })
	add("more entries than a window holds", func(r *rawWindow) {
		r.seq, r.n, r.entries = 5000, MaxEntries+1, nil
		for range MaxEntries + 1 {
			r.entries = append(r.entries, rawEntry{pack(schemas.OutcomeDelivered, schemas.CategoryDelivered), 1})
		}
		r.chunks[0].back = 4000
	})
	for o := schemas.OutcomeExpired + 1; o < 8; o++ {
		add("entry outcome "+itoa(uint64(o)), func(r *rawWindow) { r.entries[1].packed = pack(o, schemas.CategoryUserUnknown) })
	}
	for c := schemas.Category(schemas.NumCategories); c < 32; c++ {
		add("entry category "+itoa(uint64(c)), func(r *rawWindow) { r.entries[2].packed = pack(schemas.OutcomeBounced, c) })
	}
	add("entry delay over 32 bits", func(r *rawWindow) { r.entries[0].delay = math.MaxUint32 + 1 })
	add("more chunks than the live log", func(r *rawWindow) { r.nChunks = legacyLiveLogSize + 1 })
	add("more chunks than written", func(r *rawWindow) { r.nChunks = 3 })
	add("chunk before attempt 1", func(r *rawWindow) { r.chunks[0].back = 40 })
	add("chunk far before attempt 1", func(r *rawWindow) { r.chunks[0].back = math.MaxUint64 })
	add("chunks out of order", func(r *rawWindow) { r.chunks[0].back, r.chunks[1].back = 0, 20 })
	add("two chunks at one start", func(r *rawWindow) { r.chunks[0].back = 0 })
	for _, k := range []byte{2 * legacyLiveLogSize, 2*legacyLiveLogSize + 1, 128, 255} {
		add("chunk key "+itoa(uint64(k)), func(r *rawWindow) { r.chunks[1].key = k })
	}
	add("trailing byte", func(r *rawWindow) { r.trailer = []byte{0} })
	for _, m := range muts {
		t.Run(m.name, func(t *testing.T) {
			r := validRawWindow()
			m.f(&r)
			w, err := DecodeWindow(r.encode())
			if !errors.Is(err, ErrCorrupt) || w != nil {
				t.Fatalf("DecodeWindow = %+v, %v; want an error wrapping ErrCorrupt", w, err)
			}
		})
	}
}

// TestDecodeWindowIssue10 is the value that crashed every processor of a
// group (issue 10, finding 1): one deferred entry of category 19. With
// seq 0 it is also more entries than attempts; with seq 1 only the
// category is wrong.
func TestDecodeWindowIssue10(t *testing.T) {
	for _, v := range [][]byte{
		{0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x9a, 0x00, 0x00},
		{0x02, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x9a, 0x00, 0x00},
	} {
		w, err := DecodeWindow(v)
		if !errors.Is(err, ErrCorrupt) || w != nil {
			t.Fatalf("% x: %+v, %v; want ErrCorrupt", v, w, err)
		}
	}
	_, err := DecodeWindow([]byte{0x02, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x9a, 0x00, 0x00})
	if !strings.Contains(err.Error(), "category 19") {
		t.Errorf("error %q does not name the category", err)
	}
	// A window built in memory with such an entry counts it as other.
	w := &Window{Entries: []Entry{{Outcome: schemas.OutcomeDeferred, Category: 19}}}
	if got := w.TopCategories(3); len(got) != 1 || got[0].Category != schemas.CategoryOther {
		t.Errorf("TopCategories = %+v", got)
	}
}

// TestDecodeWindowEveryByte changes every byte of a valid value to every
// other value: decoding must never panic, and a value it accepts must be
// one that AppendWindow writes back to an equal window.
func TestDecodeWindowEveryByte(t *testing.T) {
	valid := validRawWindow().encode()
	for i := range valid {
		for v := range 256 {
			b := append([]byte(nil), valid...)
			b[i] = byte(v)
			checkWindowValue(t, b)
		}
		checkWindowValue(t, valid[:i])
	}
}

// checkWindowValue decodes b; what decodes must survive every use of a
// window and an encode/decode round trip.
func checkWindowValue(t testing.TB, b []byte) {
	t.Helper()
	w, err := DecodeWindow(b)
	if err != nil {
		if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("% x: error %v does not wrap ErrCorrupt", b, err)
		}
		return
	}
	w.TopCategories(schemas.NumCategories)
	w.SuccessRate()
	w.MedianDelayMillis()
	w.Failures()
	again, err := DecodeWindow(AppendWindow(nil, w))
	if err != nil {
		t.Fatalf("% x: decoded, but its re-encoding does not: %v", b, err)
	}
	if !sameWindow(again, w) {
		t.Fatalf("% x: round trip\n got %+v\nwant %+v", b, again, w)
	}
}

func TestDecodeCheckpoint(t *testing.T) {
	for _, off := range []int64{0, 1, 1 << 40, math.MaxInt64} {
		got, err := DecodeCheckpoint(binary.BigEndian.AppendUint64(nil, uint64(off)))
		if err != nil || got != off {
			t.Errorf("checkpoint %d: %d, %v", off, got, err)
		}
	}
	for _, v := range [][]byte{nil, {}, {1}, make([]byte, 7), make([]byte, 9), {0x80, 0, 0, 0, 0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}} {
		if _, err := DecodeCheckpoint(v); !errors.Is(err, ErrCorrupt) {
			t.Errorf("checkpoint % x: %v; want ErrCorrupt", v, err)
		}
	}
}

func TestParseIndexKey(t *testing.T) {
	for _, k := range []IndexKey{{0, schemas.StatusGood, "example.org"}, {math.MaxInt32, schemas.StatusBad, "xn--bcher-kva.example"}} {
		got, err := ParseIndexKey(AppendIndexKey(nil, k.Partition, k.Status, k.Domain))
		if err != nil || got != k {
			t.Errorf("%+v: %+v, %v", k, got, err)
		}
	}
	bad := map[string][]byte{
		"empty":              nil,
		"window prefix":      WindowKey("example.org"),
		"short":              {prefixIndex, 0, 0, 0},
		"no domain":          AppendIndexKey(nil, 1, schemas.StatusBad, ""),
		"negative partition": AppendIndexKey(nil, -1, schemas.StatusBad, "example.org"),
		"status unknown":     AppendIndexKey(nil, 1, schemas.StatusUnknown, "example.org"),
		"status 3":           AppendIndexKey(nil, 1, 3, "example.org"),
		"status 255":         AppendIndexKey(nil, 1, 255, "example.org"),
		"upper-case domain":  AppendIndexKey(nil, 1, schemas.StatusBad, "Example.org"),
		"root dot":           AppendIndexKey(nil, 1, schemas.StatusBad, "example.org."),
		"U-label":            AppendIndexKey(nil, 1, schemas.StatusBad, "bücher.example"),
		"empty label":        AppendIndexKey(nil, 1, schemas.StatusBad, "a..example"),
		"NUL in domain":      AppendIndexKey(nil, 1, schemas.StatusBad, "a\x00.example"),
	}
	for name, k := range bad {
		if _, err := ParseIndexKey(k); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s (% x): %v; want ErrCorrupt", name, k, err)
		}
	}
}

func TestCheckRecord(t *testing.T) {
	w := &Window{}
	w.Add(Entry{Outcome: schemas.OutcomeBounced, Category: schemas.CategoryUserUnknown}, 25, 2, time.Unix(1e9, 0), 550, "550 no")
	good := []struct{ key, value []byte }{
		{WindowKey("example.org"), AppendWindow(nil, w)},
		{WindowKey("example.org"), nil},
		{AppendIndexKey(nil, 3, schemas.StatusBad, "example.org"), []byte{1}},
		{AppendIndexKey(nil, 3, schemas.StatusBad, "example.org"), nil},
		{AppendSeenKey(nil, "example.org", 7), AppendSeenChunk(nil, 490000, []uint64{IDHash("e1"), IDHash("e2")})},
		{AppendSeenKey(nil, "example.org", 7), nil},
	}
	for _, r := range good {
		if err := CheckRecord(r.key, r.value); err != nil {
			t.Errorf("%q: %v", r.key, err)
		}
	}
	bad := []struct {
		name       string
		key, value []byte
	}{
		{"empty key", nil, nil},
		{"checkpoint", checkpointKey(3), make([]byte, 8)},
		{"unknown prefix", []byte("xexample.org"), []byte{1}},
		{"window of a non-canonical domain", WindowKey("Example.org"), AppendWindow(nil, w)},
		{"window of the empty domain", WindowKey(""), AppendWindow(nil, w)},
		{"window of a shadow domain", WindowKey("d1.example."), nil},
		{"corrupt window", WindowKey("example.org"), []byte{0x02, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x9a, 0x00, 0x00}},
		{"live-log chunk of an older release", []byte("lexample.org\x00\x03"), []byte{3, 1}},
		{"seen key without seq", []byte("eexample.org\x00"), AppendSeenChunk(nil, 1, nil)},
		{"seen key of a non-canonical domain", AppendSeenKey(nil, "EXAMPLE.org", 7), AppendSeenChunk(nil, 1, nil)},
		{"corrupt seen chunk", AppendSeenKey(nil, "example.org", 7), AppendSeenChunk(nil, 1, []uint64{1})[:9]},
		{"seen chunk of another version", AppendSeenKey(nil, "example.org", 7), append([]byte{2}, AppendSeenChunk(nil, 1, nil)[1:]...)},
		{"index of status unknown", AppendIndexKey(nil, 3, schemas.StatusUnknown, "example.org"), []byte{1}},
		{"index value too long", AppendIndexKey(nil, 3, schemas.StatusBad, "example.org"), []byte{1, 2}},
	}
	for _, r := range bad {
		if err := CheckRecord(r.key, r.value); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v; want ErrCorrupt", r.name, err)
		}
	}
}

// TestMaxEntries keeps the decoder's bound on window entries equal to the
// largest window the directory lets anyone configure.
func TestMaxEntries(t *testing.T) {
	if MaxEntries != directory.MaxWindow {
		t.Fatalf("MaxEntries %d, directory.MaxWindow %d", MaxEntries, directory.MaxWindow)
	}
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
