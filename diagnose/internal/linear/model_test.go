package linear

import (
	"bytes"
	"errors"
	"testing"
)

// tiny is a training set small enough to read: two classes told apart by
// one word each, and a shared word that decides nothing.
func tiny() ([]string, []Example) {
	classes := []string{"full", "unknown"}
	full, unknown, shared := HashString(KindWord, "quota"), HashString(KindWord, "unknown"), HashString(KindWord, "mailbox")
	var ex []Example
	for range 20 {
		ex = append(ex, Example{Features: []uint32{full, shared}, Class: 0}, Example{Features: []uint32{unknown, shared}, Class: 1})
	}
	return classes, ex
}

func TestTrainSeparatesAndIsDeterministic(t *testing.T) {
	classes, ex := tiny()
	a := Train(classes, ex, DefaultTrainOptions())
	b := Train(classes, ex, DefaultTrainOptions())
	if !bytes.Equal(a.Encode(), b.Encode()) {
		t.Fatal("two trainings on the same examples differ")
	}
	var sb [MaxClasses]int32
	for _, tc := range []struct {
		word string
		want int
	}{{"quota", 0}, {"unknown", 1}} {
		f := []uint32{HashString(KindWord, tc.word), HashString(KindWord, "mailbox")}
		if got := Best(a.Scores(f, sb[:])); got != tc.want {
			t.Errorf("%q: class %d, want %d", tc.word, got, tc.want)
		}
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	classes, ex := tiny()
	m := Train(classes, ex, DefaultTrainOptions()).WithMargin(1.5).WithRuleFeatures(true)
	b := m.Encode()
	d, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.Encode(), b) || d.Margin() != 1.5 || !d.RuleFeatures() || d.Rows() != m.Rows() {
		t.Fatalf("round trip changed the model: rows %d→%d margin %v rule features %v", m.Rows(), d.Rows(), d.Margin(), d.RuleFeatures())
	}
	var s1, s2 [MaxClasses]int32
	f := []uint32{HashString(KindWord, "quota"), 12345}
	if a, b := m.Scores(f, s1[:]), d.Scores(f, s2[:]); a[0] != b[0] || a[1] != b[1] {
		t.Fatalf("scores differ after decoding: %v vs %v", a, b)
	}
}

func TestOverride(t *testing.T) {
	m := &Model{classes: []string{"a", "b"}, scale: 1, margin: 2}
	for _, tc := range []struct {
		scores   []int32
		rule     int
		wantBest int
		wantOK   bool
	}{
		{[]int32{5, 1}, 1, 0, true},  // leads by 4 logits
		{[]int32{2, 1}, 1, 0, false}, // leads by 1, margin 2
		{[]int32{1, 5}, 1, 1, false}, // agrees with the rules
		{[]int32{1, 0}, -1, 0, true}, // the rules' class is not the model's
		{[]int32{3, 3}, 1, 0, false}, // a tie never overrides
	} {
		best, ok := m.Override(tc.scores, 1, tc.rule)
		if best != tc.wantBest || ok != tc.wantOK {
			t.Errorf("Override(%v, rule %d) = %d, %v; want %d, %v", tc.scores, tc.rule, best, ok, tc.wantBest, tc.wantOK)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	classes, ex := tiny()
	good := Train(classes, ex, DefaultTrainOptions()).Encode()
	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"wrong magic", mutate(func(b []byte) []byte { b[0] = 'X'; return b })},
		{"wrong version", mutate(func(b []byte) []byte { b[4] = 9; return b })},
		{"unknown flag", mutate(func(b []byte) []byte { b[5] = 0x80; return b })},
		{"no classes", mutate(func(b []byte) []byte { b[6] = 0; return b })},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte(nil), good...), 0)},
		{"header only", good[:7]},
		{"repeated class", []byte("MFLM\x01\x00\x02\x01a\x01a")},
		{"negative scale", []byte("MFLM\x01\x00\x01\x01a\x00\x00\x80\xbf\x00\x00\x00\x00\x00")},
		{"rows beyond the bytes", []byte("MFLM\x01\x00\x01\x01a\x00\x00\x80\x3f\x00\x00\x00\x00\xff\xff\x03")},
		{"hash not ascending", []byte("MFLM\x01\x00\x01\x01a\x00\x00\x80\x3f\x00\x00\x00\x00\x02\x05\x01\x00\x01")},
		{"hash beyond 32 bits", []byte("MFLM\x01\x00\x01\x01a\x00\x00\x80\x3f\x00\x00\x00\x00\x01\x80\x80\x80\x80\x10\x01")},
	} {
		if _, err := Decode(tc.b); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", tc.name, err)
		}
	}
}

// FuzzDecode: the model decoder never panics on outside bytes, and what it
// accepts encodes back to the same bytes and scores without panicking.
// Seeds in testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	classes, ex := tiny()
	f.Add(Train(classes, ex, DefaultTrainOptions()).Encode())
	f.Add([]byte("MFLM\x01\x01\x01\x01a\x00\x00\x80\x3f\x00\x00\x00\x00\x01\x05\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		if !bytes.Equal(m.Encode(), b) {
			t.Fatalf("accepted %x but encodes it as %x", b, m.Encode())
		}
		var sb [MaxClasses]int32
		m.Scores([]uint32{0, 1, 5, HashString(KindWord, "x")}, sb[:])
	})
}
