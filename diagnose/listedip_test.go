package diagnose

import (
	"strings"
	"testing"
)

func TestListedIP(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", "203.0.113.5"},
		// Postfix: the receiving MX comes first, the listed client in the reply
		{"host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org (in reply to RCPT TO command)", "203.0.113.5"},
		{"host mx.example.net[192.0.2.1] refused to talk to me: 554 5.7.1 203.0.113.9 listed at bl.spamcop.net", "203.0.113.9"},
		// the reply names no address: not the MX's
		{"host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; blocked using zen.spamhaus.org", ""},
		// Exim's preface names the MX in brackets before the reply
		{"SMTP error from remote mail server after RCPT TO:<jo@example.org>: host mx.example.net [192.0.2.1]: 550 5.7.1 [198.51.100.7] is listed on b.barracudacentral.org", "198.51.100.7"},
		{"smtp error from remote mail server after MAIL FROM: host mx.example.net [192.0.2.1]: 550 blocked", ""},
		// IPv6 in brackets
		{"host mx.example.net[2001:db8::1] said: 550 5.7.1 [2001:db8::25] listed by Spamhaus", "2001:db8::25"},
		{"no address here", ""},
		// Exim's main log: the MX's preface before the marker (newcomer
		// review N3 of session 37)
		{"** jo@example.org R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<jo@example.org>: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org", "203.0.113.5"},
		{"H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after pipelined RCPT TO:<jo@example.org>: 554 5.7.1 Client host [203.0.113.5] blocked", "203.0.113.5"},
		// a reply's own "said:" is not a preface
		{"550 5.7.1 Service unavailable; client [203.0.113.5] blocked using b.barracudacentral.org; the relay host said: ok", "203.0.113.5"},
		// an address the reply echoes, and a clock time, are not the client's
		{"host mx.example.net[192.0.2.1] said: 550 5.7.1 <10.0.0.1@example.org>: Recipient address rejected: client 203.0.113.5 listed at zen.spamhaus.org", "203.0.113.5"},
		{"550 5.7.1 <jo@[198.51.100.9]>: client 203.0.113.5 listed at zen.spamhaus.org", "203.0.113.5"},
		{"554 5.7.1 [12:30:45] Client host [203.0.113.5] blocked using zen.spamhaus.org", "203.0.113.5"},
	} {
		if got := listedIP(tc.in); got != tc.want {
			t.Errorf("listedIP(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBlocklistAdviceNamesTheListedIP: the advice of a Postfix record sends
// the operator to look up the listed client, not the receiving MX (N5);
// Gmail's low reputation gets no delisting advice (N6).
func TestBlocklistAdviceNamesTheListedIP(t *testing.T) {
	c := New()
	res := c.Classify(Input{Response: "host mx.example.net[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5 (in reply to RCPT TO command)"})
	if res.Category != CategoryBlocklisted {
		t.Fatalf("category %s, want blocklisted", res.Category)
	}
	if !strings.Contains(res.Advice.Check, "203.0.113.5") || strings.Contains(res.Advice.Check, "192.0.2.1") {
		t.Errorf("advice %q: want the listed 203.0.113.5, not the MX 192.0.2.1", res.Advice.Check)
	}
	res = c.Classify(Input{Response: "421-4.7.0 [203.0.113.5] Gmail has detected that this message is suspicious due to the very low reputation of the sending domain. - gsmtp"})
	if strings.Contains(strings.ToLower(res.Advice.Check), "request delisting") || !strings.Contains(res.Advice.Check, "postmaster.google.com") {
		t.Errorf("Gmail reputation advice %q: want Postmaster Tools and no delisting request", res.Advice.Check)
	}
}
