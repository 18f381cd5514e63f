package schemas

import (
	"bytes"
	stdjson "encoding/json"
	"strings"
	"testing"
)

func TestCheckNesting(t *testing.T) {
	deep := func(open string, n int) string { return `{"v":1,"x":` + strings.Repeat(open, n) }
	pad := strings.Repeat(" ", MaxNesting) // past the size below which nothing is scanned
	for _, tc := range []struct {
		name string
		data string
		bad  bool
	}{
		{"small and deep is not scanned", strings.Repeat("[", MaxNesting), false},
		{"arrays at the limit", deep("[", MaxNesting-1), false},
		{"arrays past the limit", deep("[", MaxNesting), true},
		{"objects past the limit", deep(`{"a":`, MaxNesting), true},
		{"mixed past the limit", deep(`[{"a":`, MaxNesting/2+1), true},
		{"brackets in a string", `{"response":"` + strings.Repeat("[{", MaxNesting) + `"}` + pad, false},
		{"escaped quote keeps the string open", `{"response":"a\"` + strings.Repeat("[", MaxNesting+1) + `"}` + pad, false},
		{"escaped backslash closes the string", `{"response":"a\\",` + strings.Repeat("[", MaxNesting+1), true},
		{"closed levels do not add up", strings.Repeat("[[]]", MaxNesting), false},
		{"unterminated string", `{"response":"` + pad, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckNesting([]byte(tc.data))
			if (err != nil) != tc.bad {
				t.Fatalf("CheckNesting = %v, want error %v", err, tc.bad)
			}
			if err != nil && !strings.Contains(Reason(err), "nested deeper than 10000") {
				t.Fatalf("reason %q", Reason(err))
			}
		})
	}
}

// TestDecodersRefuseDeepNesting: a record of a few MiB of "[" overflowed
// the goroutine stack inside segmentio's parser, a fatal error that killed
// the processor on every restart. Every decoder of a topic's records now
// refuses it with a reason for the dead-letter topic.
func TestDecodersRefuseDeepNesting(t *testing.T) {
	for _, tail := range []string{
		strings.Repeat("[", 2_100_000),
		strings.Repeat(`{"a":`, 700_000),
		strings.Repeat("[", 2_100_000) + strings.Repeat("]", 2_100_000) + "}",
	} {
		data := []byte(`{"v":1,"id":"e1","domain":"example.com","completed_at":"2026-11-30T10:00:00Z","x":` + tail)
		var d EventDecoder
		decoders := map[string]func() error{
			"DecodeDeliveryEvent":   func() error { _, err := DecodeDeliveryEvent(data); return err },
			"EventDecoder.Decode":   func() error { _, err := d.Decode(data); return err },
			"DecodeStatusChange":    func() error { _, err := DecodeStatusChange(data); return err },
			"DecodeIncident":        func() error { _, err := DecodeIncident(data); return err },
			"DecodeDeliveryAliased": func() error { _, err := DecodeDeliveryEventAliased(data); return err },
		}
		for name, decode := range decoders {
			err := decode()
			if err == nil || !strings.Contains(Reason(err), "nested deeper than") {
				t.Errorf("%s of %d bytes: %v, want the nesting refused", name, len(data), err)
			}
		}
	}
}

// FuzzCheckNesting compares the scan with encoding/json's tokenizer on
// valid JSON: the scan refuses exactly the values nested deeper than the
// limit (a small one here, so that short inputs reach it).
func FuzzCheckNesting(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":"[[["}]}`, `[[[[]]]]`, `{"r":"a\"[","x":[[1]]}`, `"\\"`, `[{"a":{"b":[{}]}}]`} {
		f.Add([]byte(s))
	}
	const limit = 3
	f.Fuzz(func(t *testing.T, data []byte) {
		err := checkNesting(data, limit)
		if !stdjson.Valid(data) {
			return
		}
		dec := stdjson.NewDecoder(bytes.NewReader(data))
		depth, deepest := 0, 0
		for {
			tok, terr := dec.Token()
			if terr != nil {
				break
			}
			switch tok {
			case stdjson.Delim('['), stdjson.Delim('{'):
				depth++
				deepest = max(deepest, depth)
			case stdjson.Delim(']'), stdjson.Delim('}'):
				depth--
			}
		}
		if (err != nil) != (deepest > limit) {
			t.Fatalf("checkNesting(%q) = %v, but the value nests %d deep (limit %d)", data, err, deepest, limit)
		}
	})
}
