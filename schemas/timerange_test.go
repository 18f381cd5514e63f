package schemas

import (
	"strings"
	"testing"
)

// TestTimeRangeMessage: a time outside what an event may carry is refused
// with the field, the value as read, and the accepted range written as
// two instants with what each bound means (review: "1970-01-01T00:00:00Z
// is not within 1970-2261" read as a contradiction).
func TestTimeRangeMessage(t *testing.T) {
	const rangeText = "is outside the accepted range: later than 1970-01-01T00:00:00Z (the Unix epoch) and earlier than 2262-01-01T00:00:00Z"
	for _, tc := range []struct{ field, value, shown string }{
		{"completed_at", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"},
		{"completed_at", "1970-01-01T01:00:00+01:00", "1970-01-01T00:00:00Z"},
		{"completed_at", "1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
		{"completed_at", "2262-01-01T00:00:00Z", "2262-01-01T00:00:00Z"},
		{"completed_at", "0000-01-01T00:00:00+01:00", "-0001-12-31T23:00:00Z"},
		{"queued_at", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"},
		{"queued_at", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"},
	} {
		doc := `{"v":1,"id":"t1","domain":"example.org","smtp_code":250,"completed_at":`
		if tc.field == "completed_at" {
			doc += `"` + tc.value + `"`
		} else {
			doc += `"2026-11-26T10:00:00Z","queued_at":"` + tc.value + `"`
		}
		_, err := DecodeDeliveryEvent([]byte(doc + `}`))
		want := tc.field + ": " + tc.shown + " " + rangeText
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "not within") {
			t.Errorf("%s %s: %v\nwant %q", tc.field, tc.value, err, want)
		}
	}
}
