package diagnose

import (
	"strings"
	"testing"
)

// TestNoticeHidesNoFailure: a text that reads as a delivery notice but
// carries a failure is no delivery (newcomer review S38: a hidden 550 is
// a customer's outage hidden). Each row is a kind: a bare reply code on a
// line of its own, which normalisation drops; a failure past what the
// classifier reads; an enhanced status given beside the text; an address
// placeholder filled with a failure; a code after the word HTTP that
// names no HTTP exchange.
func TestNoticeHidesNoFailure(t *testing.T) {
	c := New()
	for _, in := range []Input{
		{Response: "Mail sent.\n550"},
		{Response: "Message sent\n421"},
		{Response: "Message sent successfully\n550"},
		{Response: "Zpráva odeslána.\n500"},
		{Response: "An email was sent to a@b.example\n550"},
		{Response: "Mail sent." + strings.Repeat("=", 4100) + "\n550 5.1.1 User unknown"},
		{Response: "Mail sent.", Enhanced: "5.1.1"},
		{Response: "Message sent", Enhanced: "4.2.2"},
		{Response: "An email was sent to admin@example.com", Enhanced: "5.7.1"},
		{Response: "An email was sent to bob@example.com;550_5.1.1_user_unknown"},
		{Response: "An email was sent to bob@@example.com"},
		{Response: "An email was sent to 550@5.1.1"},
		{Response: "An email was sent to nicht@zustellbar"},
		{Response: "Sent successfully via HTTP: 550 Denied"},
		{Response: "Message accepted over HTTP: 554 Denied"},
	} {
		if got := c.Classify(in); got.Outcome == OutcomeDelivered {
			t.Errorf("%.60q (enhanced %q): read as delivered", in.Response, in.Enhanced)
		}
	}
	// The notices themselves still are deliveries.
	for _, s := range []string{"Mail sent.", "An email was sent to admin@example.com", "Message sent successfully."} {
		if got := c.Classify(Input{Response: s}); got.Outcome != OutcomeDelivered {
			t.Errorf("%q: got %s, want delivered", s, got.Outcome)
		}
	}
}
