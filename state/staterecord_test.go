package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func stateWindow() *Window {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	w := &Window{}
	for i := range 5 {
		o := schemas.OutcomeDelivered
		if i == 3 {
			o = schemas.OutcomeBounced
		}
		w.Add(Entry{Outcome: o, DelayMillis: uint32(100 * i)}, 25, 2, at.Add(time.Duration(i)*time.Second), 250, "250 ok")
	}
	return w
}

func TestStateRecordRoundTrip(t *testing.T) {
	ids := func(n int, hour uint32) *SeenIDs {
		s := &SeenIDs{}
		var hs []uint64
		for i := range n {
			h := IDHash(string(rune('a' + i)))
			s.Add(h)
			hs = append(hs, h)
		}
		s.Remember(hour, hs)
		return s
	}
	spilled := ids(SeenInlineMax+1, 490000)
	spilled.Spill(7)
	spilled.Add(IDHash("late"))
	spilled.Remember(490003, []uint64{IDHash("late")})
	for _, tc := range []struct {
		name     string
		seen     *SeenIDs
		inline   int
		declared int
	}{
		{"no ids", nil, 0, 0},
		{"empty set", &SeenIDs{}, 0, 0},
		{"one id", ids(1, 490000), 1, 0},
		{"full inline", ids(SeenInlineMax, 12), SeenInlineMax, 0},
		{"spilled and one inline", spilled, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := stateWindow()
			b := AppendState(nil, w, tc.seen)
			got, seen, known, err := DecodeState(b)
			if err != nil || !known {
				t.Fatalf("DecodeState: known %v, %v", known, err)
			}
			if !sameWindow(got, w) {
				t.Fatalf("window\n got %+v\nwant %+v", got, w)
			}
			if len(seen.Inline()) != tc.inline || seen.DeclaredChunks() != tc.declared || seen.Len() != tc.inline {
				t.Fatalf("%d inline, %d declared chunks, %d ids; want %d, %d, %d", len(seen.Inline()), seen.DeclaredChunks(), seen.Len(), tc.inline, tc.declared, tc.inline)
			}
			if tc.seen != nil && !reflect.DeepEqual(seen.Inline(), tc.seen.Inline()) && len(seen.Inline()) > 0 {
				t.Fatalf("inline ids\n got %v\nwant %v", seen.Inline(), tc.seen.Inline())
			}
			if w2, err := DecodeWindow(b); err != nil || !sameWindow(w2, w) {
				t.Fatalf("DecodeWindow of a state record: %v", err)
			}
		})
	}
}

// TestStateRecordOlderWindow reads a window as releases before the state
// record wrote it: the window decodes, and the caller is told that the
// domain's seen ids are all in chunks.
func TestStateRecordOlderWindow(t *testing.T) {
	w := stateWindow()
	b := olderWindow(AppendState(nil, w, nil))
	got, seen, known, err := DecodeState(b)
	if err != nil || known || seen == nil || seen.Len() != 0 {
		t.Fatalf("older window: known %v, seen %v, %v", known, seen, err)
	}
	if !sameWindow(got, w) {
		t.Fatalf("window\n got %+v\nwant %+v", got, w)
	}
}

// olderWindow turns the state record b of a window without silence
// fields (all zero: 4 bytes) or seen ids into the window alone as
// releases before the state record wrote it: no last failure (3 bytes),
// no silence fields and no seen-ids section, but an empty list of
// live-log chunks.
func olderWindow(b []byte) []byte {
	b[0] = windowFormat
	return append(b[:len(b)-9], 0)
}

// format3 turns the state record b of a window whose silence fields are
// all zero (4 bytes) into format 3, as releases before the silence
// detection wrote it; seenBytes is the length of its seen-ids section.
func format3(b []byte, seenBytes int) []byte {
	out := append([]byte{stateFormat3}, b[1:len(b)-seenBytes-4]...)
	return append(out, b[len(b)-seenBytes:]...)
}

func TestStateRecordCorrupt(t *testing.T) {
	w := stateWindow()
	base := format3(AppendState(nil, w, nil), 2)
	body := base[:len(base)-2]
	w.LastFailureHost = "mx.example"
	failed := format3(AppendState(nil, w, nil), 2)
	failed = failed[:len(failed)-2]
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	hash := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	for name, b := range map[string][]byte{
		"no seen section":       body,
		"no inline count":       cat(body, []byte{0}),
		"too many inline":       cat(body, []byte{0, SeenInlineMax + 2, 1}),
		"inline without hash":   cat(body, []byte{0, 1, 5, 0}),
		"short hash":            cat(body, []byte{0, 1, 5, 0}, hash[:7]),
		"hour past 32 bits":     cat(body, []byte{0, 1, 0x80, 0x80, 0x80, 0x80, 0x10, 0}, hash),
		"offset wraps the hour": cat(body, []byte{0, 1, 0xfe, 0xff, 0xff, 0xff, 0x0f, 2}, hash),
		"trailing bytes":        cat(body, []byte{0, 0, 9}),
		"chunk count too large": cat(body, []byte{0x80, 0x80, 0x80, 0x80, 0x10, 0}),
		"format 5":              cat([]byte{5}, base[1:]),
		"failure category 200":  cat(failed[:len(failed)-1], []byte{200, 0, 0}),
		"failure host too long": cat(body[:len(body)-3], []byte{0x80, 0x02}),
	} {
		if _, _, _, err := DecodeState(b); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: % x: error %v, want ErrCorrupt", name, b, err)
		}
	}
}

// TestSeenIDsExpireInline checks that inline ids older than the horizon
// are forgotten with the chunks.
func TestSeenIDsExpireInline(t *testing.T) {
	s := &SeenIDs{}
	for i, hour := range []uint32{10, 11, 12} {
		h := IDHash(string(rune('a' + i)))
		s.Add(h)
		s.Remember(hour, []uint64{h})
	}
	if dead := s.Expire(12, nil); len(dead) != 0 {
		t.Fatalf("expired chunks %v, want none", dead)
	}
	if s.Len() != 1 || !s.Contains(IDHash("c")) || len(s.Inline()) != 1 {
		t.Fatalf("after expiry: %d ids, %d inline; want c alone", s.Len(), len(s.Inline()))
	}
}

func FuzzDecodeState(f *testing.F) {
	seen := &SeenIDs{}
	seen.Add(IDHash("x"))
	seen.Remember(490000, []uint64{IDHash("x")})
	f.Add(AppendState(nil, stateWindow(), seen))
	f.Add(AppendState(nil, stateWindow(), nil))
	f.Add(validRawWindow().encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		w, seen, known, err := DecodeState(b)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		w2, seen2, known2, err := DecodeState(AppendState(nil, w, seen))
		if err != nil || !known2 {
			t.Fatalf("% x decoded (known %v), but its re-encoding does not: %v", b, known, err)
		}
		if !sameWindow(w2, w) || !reflect.DeepEqual(seen2.Inline(), seen.Inline()) || seen2.Len() != seen.Len() {
			t.Fatalf("% x: round trip differs", b)
		}
	})
}

// TestStates reads present, absent, corrupt, spilled and older-format
// domains in one pass and checks each against State.
func TestStates(t *testing.T) {
	s, err := Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := stateWindow()
	spilled := &SeenIDs{}
	var hs []uint64
	for i := range SeenInlineMax + 1 {
		h := IDHash(fmt.Sprint("s", i))
		spilled.Add(h)
		hs = append(hs, h)
	}
	spilled.Remember(490000, hs)
	_, chunk := spilled.Spill(3)
	older := olderWindow(AppendState(nil, w, nil))
	b := s.NewBatch()
	must(t, b.Put(WindowKey("a.example"), AppendState(nil, w, nil)))
	must(t, b.Put(WindowKey("c.example"), []byte{3, 9}))
	must(t, b.Put(WindowKey("d.example"), AppendState(nil, w, spilled)))
	must(t, b.Put(AppendSeenKey(nil, "d.example", 3), AppendSeenChunk(nil, 490000, chunk)))
	must(t, b.Put(WindowKey("e.example"), older))
	must(t, b.Put(AppendSeenKey(nil, "e.example", 1), AppendSeenChunk(nil, 490000, []uint64{7})))
	must(t, b.Commit())

	domains := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example"}
	got := map[string]string{}
	err = s.States(domains, func(i int, w *Window, seen *SeenIDs, err error) {
		switch {
		case err != nil:
			got[domains[i]] = "corrupt"
		case w == nil:
			got[domains[i]] = fmt.Sprintf("none %d", seen.Len())
		default:
			got[domains[i]] = fmt.Sprintf("seq %d ids %d", w.Seq, seen.Len())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a.example": "seq 5 ids 0", "b.example": "none 0", "c.example": "corrupt",
		"d.example": fmt.Sprintf("seq 5 ids %d", SeenInlineMax+1), "e.example": "seq 5 ids 1", "f.example": "none 0"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("States:\n got %v\nwant %v", got, want)
	}
}

// TestStateRecordLastFailure checks that the last failure's host, IP and
// category survive the state record, after the failure left the window.
func TestStateRecordLastFailure(t *testing.T) {
	w := stateWindow()
	w.LastFailureHost, w.LastFailureIP, w.LastFailureCategory = "mx1.mail.protection.outlook.com", "192.0.2.7", schemas.CategoryBlocklisted
	got, err := DecodeWindow(AppendState(nil, w, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !sameWindow(got, w) {
		t.Fatalf("window\n got %+v\nwant %+v", got, w)
	}
}

// TestStateRecordDelayed checks that the delayed flag survives the state
// record and that status bytes with flags this release does not write,
// or with flags in an older window, are refused.
func TestStateRecordDelayed(t *testing.T) {
	w := stateWindow()
	w.Delayed = true
	b := AppendState(nil, w, nil)
	got, err := DecodeWindow(b)
	if err != nil || !got.Delayed || !sameWindow(got, w) {
		t.Fatalf("delayed window: %+v, %v", got, err)
	}
	for name, flags := range map[string]byte{"unknown flag": 1 << 4, "high flag": 1 << 7} {
		c := append([]byte(nil), b...)
		c[1] |= flags
		if _, _, _, err := DecodeState(c); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: error %v, want ErrCorrupt", name, err)
		}
	}
	older := olderWindow(append([]byte(nil), b...))
	if _, _, _, err := DecodeState(older); !errors.Is(err, ErrCorrupt) {
		t.Errorf("older window with the delayed flag: error %v, want ErrCorrupt", err)
	}
}

// TestDelayAbove checks the one-pass median test against the sorted
// median (CurrentDelayMillis) on windows of delivered, deferred and other
// attempts around the limit.
func TestDelayAbove(t *testing.T) {
	const limit = 30 * 60 * 1000
	mk := func(delays ...int) *Window {
		w := &Window{}
		for _, d := range delays {
			o := schemas.OutcomeDelivered
			switch {
			case d < 0:
				o, d = schemas.OutcomeBounced, 99*limit // not a sample, whatever its delay
			case d%2 == 1:
				o = schemas.OutcomeDeferred
			}
			w.Entries = append(w.Entries, Entry{Outcome: o, DelayMillis: uint32(d)})
		}
		return w
	}
	for _, tc := range []struct {
		name   string
		w      *Window
		median float64
		above  bool
	}{
		{"empty", mk(), 0, false},
		{"two slow samples are too few", mk(limit*2, limit*3, -1, -1), limit * 2.5, false},
		{"fast", mk(1000, 2000, 3001, 4000), 2500.5, false},
		{"slow majority", mk(1000, limit+2, limit+4), limit + 2, true},
		{"deferred ages count", mk(1000, limit+1, limit+3, limit+5, 2000), limit + 1, true},
		{"bounces do not", mk(1000, 2000, 3000, -1, -1, -1), 2000, false},
		{"at the limit", mk(limit, limit, limit), limit, false},
		{"even split, mean above", mk(limit-2, limit+10, 0, limit*2), limit + 4, true},
		{"even split, mean at the limit", mk(limit-10, limit+10, 0, limit*2), limit, false},
		{"even split, mean below", mk(limit-10, limit+4, 0, limit*2), limit - 3, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.w.CurrentDelayMillis(); got != tc.median {
				t.Errorf("CurrentDelayMillis %v, want %v", got, tc.median)
			}
			if got := tc.w.DelayAbove(limit); got != tc.above {
				t.Errorf("DelayAbove %v, want %v", got, tc.above)
			}
		})
	}
}

// TestCountedFailures checks the reason-aware rule: recipient failures
// leave the budget only when asked, and the status follows.
func TestCountedFailures(t *testing.T) {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, exclude := range []bool{false, true} {
		w := &Window{}
		var last Change
		for i, c := range []schemas.Category{schemas.CategoryUserUnknown, schemas.CategoryMailboxFull, schemas.CategoryMailboxDisabled, schemas.CategoryUserUnknown} {
			last = w.AddCounting(Entry{Outcome: schemas.OutcomeBounced, Category: c}, 25, 2, exclude, at.Add(time.Duration(i)*time.Second), 550, "550 5.1.1 no such user")
		}
		if w.Failures() != 4 || w.RecipientFailures() != 4 {
			t.Fatalf("exclude %v: %d failures, %d recipient", exclude, w.Failures(), w.RecipientFailures())
		}
		want, counted := schemas.StatusBad, 4
		if exclude {
			want, counted = schemas.StatusGood, 0
		}
		if w.Status != want || w.CountedFailures(exclude) != counted {
			t.Fatalf("exclude %v: status %v with %d counted (last change %v), want %v with %d", exclude, w.Status, w.CountedFailures(exclude), last, want, counted)
		}
		// A failure of the domain's own still counts.
		for i := range 3 {
			w.AddCounting(Entry{Outcome: schemas.OutcomeDeferred, Category: schemas.CategoryConnectionFailed}, 25, 2, exclude, at.Add(time.Minute+time.Duration(i)), 0, "connection timed out")
		}
		if w.Status != schemas.StatusBad {
			t.Fatalf("exclude %v: three connection failures leave %v", exclude, w.Status)
		}
	}
}

// silentWindow is stateWindow with every silence field set.
func silentWindow() *Window {
	w := stateWindow()
	w.Silent, w.Delayed = true, true
	start := int64(1_796_000_000) // 2026-11-30
	for i := range 30 {
		w.CountArrival(start + int64(i)*1800) // one every 30 minutes over 15 hours
	}
	w.StreamTime, w.Resumed = w.LastArrival+9000, start-3600
	return w
}

// TestStateRecordSilence checks that the silence fields survive the state
// record, that a format-3 record (before the detection) still reads with
// them zero, and that silence fields this release cannot write are
// refused.
func TestStateRecordSilence(t *testing.T) {
	w := silentWindow()
	b := AppendState(nil, w, nil)
	got, err := DecodeWindow(b)
	if err != nil || !sameWindow(got, w) {
		t.Fatalf("silent window\n got %+v, %v\nwant %+v", got, err, w)
	}
	if got.AttemptsPerHour() != 30.0/24 {
		t.Fatalf("AttemptsPerHour %v, want %v", got.AttemptsPerHour(), 30.0/24)
	}

	plain := stateWindow()
	plain.Delayed = true
	old := format3(AppendState(nil, plain, nil), 2)
	if got, _, known, err := DecodeState(old); err != nil || !known || !sameWindow(got, plain) {
		t.Fatalf("format 3: known %v, %v\n got %+v\nwant %+v", known, err, got, plain)
	}
	silent3 := append([]byte(nil), old...)
	silent3[1] |= flagSilent
	if _, _, _, err := DecodeState(silent3); !errors.Is(err, ErrCorrupt) {
		t.Errorf("format 3 with the silent flag: error %v, want ErrCorrupt", err)
	}

	// The silence fields of a window with no failure host, IP or seen
	// ids start right after the last failure category.
	at := len(AppendState(nil, stateWindow(), nil)) - 2 - 4
	head := AppendState(nil, stateWindow(), nil)[:at]
	field := func(parts ...[]byte) []byte {
		out := append([]byte(nil), head...)
		for _, p := range parts {
			out = append(out, p...)
		}
		return append(out, 0, 0)
	}
	vi := func(v int64) []byte { return binary.AppendVarint(nil, v) }
	uv := func(v uint64) []byte { return binary.AppendUvarint(nil, v) }
	const arrival = 1_796_000_000
	if _, err := DecodeWindow(field(vi(arrival), vi(60), uv(61), uv(2), []byte{0}, uv(3), []byte{5}, uv(1))); err != nil {
		t.Fatalf("valid silence fields: %v", err)
	}
	for name, b := range map[string][]byte{
		"negative arrival":         field(vi(-1), vi(0), uv(0), uv(0)),
		"arrival past 9999":        field(vi(maxUnixSeconds+1), vi(0), uv(0), uv(0)),
		"stream time before 1970":  field(vi(10), vi(-11), uv(0), uv(0)),
		"resumed before 1970":      field(vi(10), vi(0), uv(12), uv(0)),
		"25 hourly counts":         field(vi(arrival), vi(0), uv(0), uv(25)),
		"hours out of order":       field(vi(arrival), vi(0), uv(0), uv(2), []byte{3}, uv(1), []byte{3}, uv(1)),
		"hour a day back":          field(vi(arrival), vi(0), uv(0), uv(1), []byte{24}, uv(1)),
		"zero count":               field(vi(arrival), vi(0), uv(0), uv(1), []byte{0}, uv(0)),
		"count past 16 bits":       field(vi(arrival), vi(0), uv(0), uv(1), []byte{0}, uv(65536)),
		"hour before 1970":         field(vi(10), vi(0), uv(0), uv(1), []byte{1}, uv(1)),
		"fields cut short":         field(vi(arrival)),
		"hourly count cut short":   field(vi(arrival), vi(0), uv(0), uv(1), []byte{0}),
		"a count past what it has": field(vi(arrival), vi(0), uv(0), uv(2), []byte{0}, uv(1)),
	} {
		if _, err := DecodeWindow(b); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: % x: error %v, want ErrCorrupt", name, b, err)
		}
	}
}

// TestCountArrival checks the hourly counts: attempts of the same and
// later hours, an hour more than a day later (all forgotten), and attempts
// out of order within and beyond the day.
func TestCountArrival(t *testing.T) {
	const h0 = int64(499_000) * 3600
	w := &Window{}
	for _, ts := range []int64{h0 + 10, h0 + 20, h0 + 3600 + 5, h0 + 5*3600} {
		w.CountArrival(ts)
	}
	if w.LastArrival != h0+5*3600 || w.AttemptsPerHour() != 4.0/24 || w.Hourly[(h0/3600)%24] != 2 {
		t.Fatalf("after four: last %d, %v per hour, %v", w.LastArrival, w.AttemptsPerHour(), w.Hourly)
	}
	w.CountArrival(h0 + 3600) // late, within the day: counted, LastArrival kept
	w.CountArrival(h0 - 20*3600)
	if w.LastArrival != h0+5*3600 || w.Hourly[(h0/3600+1)%24] != 2 || w.AttemptsPerHour() != 5.0/24 {
		t.Fatalf("after late ones: last %d, %v", w.LastArrival, w.Hourly)
	}
	w.CountArrival(h0 + 24*3600) // a day after hour 0, which is forgotten: hours 1, 5 and 24 are left
	if w.AttemptsPerHour() != 4.0/24 || w.Hourly[(h0/3600)%24] != 1 {
		t.Fatalf("a day later: %v", w.Hourly)
	}
	w.CountArrival(h0 + 60*3600)
	if w.AttemptsPerHour() != 1.0/24 || w.LastArrival != h0+60*3600 {
		t.Fatalf("after a gap of days: %v", w.Hourly)
	}
	for range 70000 {
		w.CountArrival(h0 + 60*3600)
	}
	if w.Hourly[(h0/3600+60)%24] != 65535 {
		t.Fatalf("count does not saturate: %d", w.Hourly[(h0/3600+60)%24])
	}
}
