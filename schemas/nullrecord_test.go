package schemas

import (
	"strings"
	"testing"
)

// TestNullRecordReason: a record without a value (a tombstone, a producer
// that sent nothing), a JSON null, and JSON cut short are dead-lettered
// with a reason that says what was found and ends in words, not in a
// dangling ": " (review: the reason for a null record was "(record): not a
// JSON object of the DeliveryEvent shape: json: unexpected end of JSON
// input: "), by both decoders.
func TestNullRecordReason(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "empty"},
		{"  \n", "empty"},
		{"null", "null"},
		{" null\n", "null"},
		{"{", "not a JSON object"},
		{`{"v":1,`, "not a JSON object"},
		{`"text"`, "not a JSON object"},
	} {
		var d EventDecoder
		for name, decode := range map[string]func([]byte) (DeliveryEvent, error){"DecodeDeliveryEvent": DecodeDeliveryEvent, "EventDecoder": d.Decode} {
			_, err := decode([]byte(tc.in))
			if err == nil {
				t.Errorf("%s(%q) accepted", name, tc.in)
				continue
			}
			r := Reason(err)
			if !strings.Contains(r, tc.want) || strings.HasSuffix(strings.TrimSpace(r), ":") || strings.HasSuffix(r, " ") {
				t.Errorf("%s(%q): reason %q, want one naming %q that ends in words", name, tc.in, r, tc.want)
			}
		}
	}
}
