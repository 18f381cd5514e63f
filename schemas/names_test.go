package schemas

import (
	"bytes"
	stdjson "encoding/json"

	segjson "github.com/segmentio/encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDecodeRefusesAmbiguousNames: a record naming a field twice, in
// another letter case, or holding an escaped lone surrogate is refused
// (dead-lettered by the processor) with the field named, instead of being
// counted with one of its values (review S23A-4); the names and escapes a
// producer may legitimately write still pass.
func TestDecodeRefusesAmbiguousNames(t *testing.T) {
	const base = `{"v":1,"id":"e1","recipient":"a@woodgrove.example","completed_at":"2026-12-03T06:00:00Z","smtp_code":250,"response":"250 ok"`
	for _, tc := range []struct {
		tail  string // after base, before the closing brace
		field string // the refused field; "" when accepted
	}{
		{`,"recipient":"x@contoso.example"`, "recipient"},
		{`,"RECIPIENT":"x@contoso.example"`, "recipient"},
		{`,"Recipient":"a@woodgrove.example"`, "recipient"},
		{`,"recipi\u0065nt":"x@contoso.example"`, "recipient"},
		{`,"smtp_CODE":550`, "smtp_code"},
		{`,"ſender":"s@example.net"`, "sender"},
		{`,"id":"e2"`, "id"},
		{`,"v":1`, "v"},
		{`,"remote_host":"mx\ud800.example"`, "(record)"},
		{`,"sender":"\udc00@example.net"`, "(record)"},
		{`,"transport":"smtp\ud83d"`, "(record)"},
		{`,"\ud800x":1`, "(record)"},
		// accepted: a real pair, an escaped backslash before "ud800",
		// other names, repeated names below the top level, U+FFFD itself
		{`,"sender":"\ud83d\ude00@example.net"`, ""},
		{`,"transport":"C:\\ud800"`, ""},
		{`,"x_extra":{"recipient":1,"recipient":2},"x_list":[{"id":1},{"id":2}]`, ""},
		{`,"x_note":"recipient","x_other":"RECIPIENT"`, ""},
		{`,"sender":"\ufffd@example.net"`, ""},
		// names the decoder does not match to a field (review S23B-8)
		{`,"ıd":"x","İd":"y","remote_ıp":"z"`, ""},
		{`,"reſponse":"x","meſsage_id":"y"`, ""}, // the decoder does not match them (S23C-8)
		{`,"message_id":"<m1@x.example>","domain":"woodgrove.example"`, ""},
	} {
		rec := []byte(base + tc.tail + "}")
		_, err := DecodeDeliveryEvent(rec)
		var d EventDecoder
		_, aerr := d.Decode(rec)
		if (err == nil) != (aerr == nil) {
			t.Errorf("%s: decoders disagree: %v / %v", tc.tail, err, aerr)
		}
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.tail, err)
		case tc.field != "" && err == nil:
			t.Errorf("%s: accepted, want %s refused", tc.tail, tc.field)
		case tc.field != "" && !strings.Contains(err.Error(), tc.field):
			t.Errorf("%s: %v, want it to name %s", tc.tail, err, tc.field)
		}
	}
}

// ambiguousByReference reports, with encoding/json's tokenizer, whether
// data's top-level object names an event field twice or in another letter
// case (folded as the decoders match names), or holds a string with an
// escaped lone surrogate: the fuzz target's oracle for checkNames.
func ambiguousByReference(data []byte) bool {
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	depth, expectKey := 0, false
	seen := map[string]bool{}
	fields := map[string]bool{}
	for _, f := range eventFields {
		fields[f] = true
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch v := tok.(type) {
		case stdjson.Delim:
			switch v {
			case '{', '[':
				depth++
				expectKey = v == '{' && depth == 1
			case '}', ']':
				depth--
				expectKey = depth == 1
			}
			continue
		case string:
			if strings.ContainsRune(v, utf8.RuneError) && !bytes.Contains(data, []byte("\uFFFD")) && !bytes.Contains(bytes.ToLower(data), []byte(`\ufffd`)) {
				return true
			}
			if depth == 1 && expectKey {
				// strings.EqualFold's simple folding is the decoders'
				// (ſ and K fold to s and k; ı and İ to nothing).
				for f := range fields {
					if v == f && seen[v] || v != f && strings.EqualFold(v, f) && decodedAs(v, f) {
						return true
					}
				}
				seen[v] = true
				expectKey = false
				continue
			}
		}
		expectKey = depth == 1
	}
}

// TestFieldIndex checks the switch against the list.
func TestFieldIndex(t *testing.T) {
	for i, f := range eventFields {
		if got := fieldIndex([]byte(f)); got != i {
			t.Errorf("fieldIndex(%q) = %d, want %d", f, got, i)
		}
	}
	for _, s := range []string{"", "V", "ids", "recipien", "x"} {
		if got := fieldIndex([]byte(s)); got != -1 {
			t.Errorf("fieldIndex(%q) = %d, want -1", s, got)
		}
	}
}

// decodedAs reports whether the event decoder sets field for an object
// name written as name (the oracle asks the decoder itself, as checkNames
// does: its matching of names outside ASCII is its own).
func decodedAs(name, field string) bool {
	key, _ := stdjson.Marshal(name)
	value := `"x"`
	switch field {
	case "v", "attempt", "smtp_code", "size":
		value = "1"
	}
	var w deliveryEventWire
	return segjson.Unmarshal([]byte("{"+string(key)+":"+value+"}"), &w) == nil && w != deliveryEventWire{}
}
