package logstore

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// TestAppendEncodedMatchesAppend appends the same attempts to two stores,
// one through AppendCounted and one encoded ahead (AppendEncoded, an
// encoder reset and reused between batches as the processor's shards do),
// and checks that every query and timeline returns the same attempts,
// field for field, before and after the buffers are written as segments.
func TestAppendEncodedMatchesAppend(t *testing.T) {
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	clock := &testClock{start.Add(6 * time.Hour)}
	counted := openTest(t, t.TempDir(), clock)
	encoded := openTest(t, t.TempDir(), clock)
	r := rand.New(rand.NewPCG(7, 11))
	all := genAttempts(r, 3000, start, 5*time.Hour)
	// A producer's second copy of an event, within a batch, is dropped by
	// both.
	all[12].Event = all[11].Event
	all[12].Pos = Pos{Source: all[11].Pos.Source, Partition: all[11].Pos.Partition, Offset: 1 << 40}
	enc := encoded.NewEncoder()
	var batch []Encoded
	for lo := 0; lo < len(all); lo += 100 {
		part := all[lo:min(lo+100, len(all))]
		want, err := counted.AppendCounted(context.Background(), part)
		if err != nil {
			t.Fatal(err)
		}
		enc.Reset()
		batch = batch[:0]
		for i := range part {
			e, err := enc.Encode(&part[i])
			if err != nil {
				t.Fatal(err)
			}
			if e.Pos() != part[i].Pos || e.Arrival() != part[i].Arrival.UnixNano() {
				t.Fatalf("encoded attempt %d: at %v %d, want %v %d", lo+i, e.Pos(), e.Arrival(), part[i].Pos, part[i].Arrival.UnixNano())
			}
			batch = append(batch, e)
		}
		got, err := encoded.AppendEncoded(context.Background(), batch)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("batch at %d: AppendEncoded %+v, AppendCounted %+v", lo, got, want)
		}
		// The store copied the bytes: overwriting the arena changes
		// nothing appended.
		enc.Reset()
		junk := part[0]
		junk.Event.Response = strings.Repeat("x", 4000)
		if _, err := enc.Encode(&junk); err != nil {
			t.Fatal(err)
		}
	}
	inputs := slices.Delete(slices.Clone(all), 12, 13) // without the copy
	compare := func(when string) {
		t.Helper()
		for _, d := range testDomains {
			for _, f := range []Filter{{}, {Outcome: schemas.OutcomeBounced}, {Recipient: "alice@" + d}, {Text: "greylisted"}, {MessageID: "msg-3"}} {
				got, want := queryAll(t, encoded, d, f), queryAll(t, counted, d, f)
				if len(want) == 0 && f == (Filter{}) {
					t.Fatalf("%s: no attempts of %s", when, d)
				}
				// And against a plain filter over the attempts: the
				// index entries Encode makes (hashes) find them.
				sameAttempts(t, when+" "+d+" against the reference", got, reference(inputs, d, f))
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: %s %+v: encoded ahead %d attempts, counted %d, or they differ", when, d, f, len(got), len(want))
				}
			}
		}
		for _, id := range []string{"msg-0", "msg-5", "msg-77"} {
			for _, d := range testDomains {
				got, _, err1 := encoded.Timeline(context.Background(), d, id)
				want, _, err2 := counted.Timeline(context.Background(), d, id)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: timeline of %s at %s: %v %v (%d and %d attempts)", when, id, d, err1, err2, len(got), len(want))
				}
			}
		}
	}
	// Against the attempts themselves, not only the other path (both
	// encode through Encoder): every field read back is the one given.
	kept := map[Pos]Attempt{}
	for _, d := range testDomains {
		for _, a := range queryAll(t, encoded, d, Filter{}) {
			kept[a.Pos] = a
		}
	}
	if len(kept) != len(all)-1 {
		t.Fatalf("kept %d attempts of %d, want all but the copy of an event id", len(kept), len(all))
	}
	for i := range all {
		want := all[i]
		got, ok := kept[want.Pos]
		if i == 12 {
			if ok {
				t.Fatalf("the copy of event id %q at %v was kept", want.Event.ID, want.Pos)
			}
			continue
		}
		want.Provider = got.Provider // Provider is diagnosis', read back from the value
		if !ok || !reflect.DeepEqual(got, want) {
			t.Fatalf("attempt %d read back as\n%+v\nwant\n%+v", i, got, want)
		}
	}
	compare("buffered")
	for _, s := range []*Store{counted, encoded} {
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	compare("written")
}

// TestEncodeRejects checks that what Append refuses, Encode refuses too,
// and that AppendEncoded appends nothing of a call with a negative mark.
func TestEncodeRejects(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s := openTest(t, t.TempDir(), &testClock{now})
	d := "example.org"
	good := Attempt{Event: schemas.DeliveryEvent{ID: "e1", Domain: d, Recipient: "a@" + d, Outcome: schemas.OutcomeDelivered},
		Arrival: now, Pos: Pos{Partition: partitionOf(d), Offset: 3}}
	cases := []struct {
		name string
		edit func(a *Attempt)
		want string
	}{
		{"no domain", func(a *Attempt) { a.Event.Domain = "" }, "bad domain"},
		{"NUL in the domain", func(a *Attempt) { a.Event.Domain = "exa\x00mple.org" }, "bad domain"},
		{"another partition", func(a *Attempt) { a.Pos.Partition = (a.Pos.Partition + 1) % testPartitions }, "the domain's partition is"},
		{"negative offset", func(a *Attempt) { a.Pos.Offset = -1 }, "negative offset"},
		{"arrival before 1970", func(a *Attempt) { a.Arrival = time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC) }, "negative offset"},
		{"unknown source", func(a *Attempt) { a.Pos.Source = 2 }, "source 2"},
	}
	enc := s.NewEncoder()
	for _, c := range cases {
		a := good
		c.edit(&a)
		if _, err := enc.Encode(&a); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Encode: %v, want an error saying %q", c.name, err, c.want)
		}
		if _, err := s.Append(context.Background(), []Attempt{good, a}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Append: %v, want an error saying %q", c.name, err, c.want)
		}
	}
	e, err := enc.Encode(&good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AppendEncoded(context.Background(), []Encoded{e}, Mark{Partition: 0, Offset: -1}); err == nil {
		t.Error("a negative mark was taken")
	}
	if got := queryAll(t, s, d, Filter{}); len(got) != 0 {
		t.Errorf("refused calls appended %d attempts", len(got))
	}
	if _, err := s.AppendEncoded(context.Background(), []Encoded{e}, Mark{Partition: good.Pos.Partition, Offset: 4}); err != nil {
		t.Fatal(err)
	}
	if got := queryAll(t, s, d, Filter{}); len(got) != 1 || got[0].Event.ID != "e1" {
		t.Errorf("kept %v", got)
	}
	if cp, ok, err := s.Checkpoint(SourceDeliveries, good.Pos.Partition); err != nil || !ok || cp != 4 {
		t.Errorf("checkpoint %d %v %v, want 4", cp, ok, err)
	}
}

// TestEncodersShareBlocks checks the encoders' shared arena (see Encoder):
// what an encoder returned stays as it was while it fills more blocks and
// while another encoder of the store encodes into the blocks it gave
// back, an attempt larger than a block is encoded whole, and the blocks a
// Reset gives back are the ones the next encoder takes.
func TestEncodersShareBlocks(t *testing.T) {
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s := openTest(t, t.TempDir(), &testClock{start.Add(6 * time.Hour)})
	r := rand.New(rand.NewPCG(3, 5))
	all := genAttempts(r, 3000, start, 5*time.Hour)
	// One attempt larger than a block, in the middle of the others.
	all[1500].Event.Response = strings.Repeat("y", encoderBlock+100)
	fresh := func(a *Attempt) []byte {
		t.Helper()
		e, err := s.NewEncoder().Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		return slices.Clone(e.b)
	}
	check := func(when string, enc []Encoded, as []Attempt) {
		t.Helper()
		for i := range enc {
			if want := fresh(&as[i]); !slices.Equal(enc[i].b, want) {
				t.Fatalf("%s: attempt %d reads %d bytes unlike its encoding's %d", when, i, len(enc[i].b), len(want))
			}
		}
	}
	first, second := s.NewEncoder(), s.NewEncoder()
	var a, b []Encoded
	for i := range all[:2000] {
		e, err := first.Encode(&all[i])
		if err != nil {
			t.Fatal(err)
		}
		a = append(a, e)
	}
	if len(first.held) < 2 {
		t.Fatalf("2,000 attempts took %d blocks, want several", len(first.held))
	}
	check("encoded over several blocks", a, all[:2000])
	taken := len(first.held)
	first.Reset()
	if n := len(s.encBlocks.free); n != taken {
		t.Fatalf("Reset gave back %d blocks, the encoder took %d", n, taken)
	}
	for i := range all[2000:] {
		e, err := second.Encode(&all[2000+i])
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, e)
	}
	if n := len(s.encBlocks.free); n != taken-len(second.held) {
		t.Fatalf("%d blocks free after the second encoder took %d of the %d given back, want the rest", n, len(second.held), taken)
	}
	// The first encoder takes blocks again, the second's stay its own.
	for i := range all[:500] {
		if _, err := first.Encode(&all[i]); err != nil {
			t.Fatal(err)
		}
	}
	check("the second encoder's, after the first encoded again", b, all[2000:])
}
