package diagnose

import (
	"strings"
	"testing"
)

// denialShapes are 4 KiB replies (Classify's cap) that press on the
// reading of denials and names (deniesCause, nextStanding, hostName):
// attacker review S46 A1's long token of denied repeats, which cost
// 10-19× an ordinary reply and 815 allocations before nextStanding read
// a token once, and its other shapes, with an ordinary reply to compare.
func denialShapes() []struct{ name, text string } {
	fill := func(prefix, unit string) string {
		var b strings.Builder
		b.WriteString(prefix)
		for b.Len()+len(unit) <= maxScan {
			b.WriteString(unit)
		}
		return b.String()
	}
	return []struct{ name, text string }{
		{"ordinary", fill("550 5.7.1 ", "The message could not be delivered to the recipient because the receiving server closed the session after the end of data; please try again later. ")},
		{"token_nonvirus", "554 5.7.1 " + fill("", "non-virus.")[:maxScan-20] + "x"},
		{"token_mixed", "554 5.7.1 " + fill("", "non-virus.non-rbl.non-greylist.non-throttle.non-phishing.")[:maxScan-60] + "x"},
		{"negations", fill("550 5.7.1 rejected: ", "this is not a virus, you are not rate limited, it is not greylisted, it is not blacklisted, ")},
		{"not_phrases", fill("550 5.7.1 rejected: ", "no virus found; not on any blacklist; not listed on any dnsbl; virus-free; ")},
		{"dotted_names", fill("554 5.7.1 ", "is not Heuristics.Phishing.Email.Virus, ")},
		// attacker review S47 A4: one token of a denied group's word
		// repeated (each occurrence's word start was searched for from
		// it: 20× an ordinary reply), a token of a denied cause that
		// greylisting's first-contact words follow (the words after the
		// token were read once an occurrence), lists and subjects
		{"group_repeats", "550 5.7.1 Your IP is not listed on Spamhaus; not " + strings.Repeat("listed", (maxScan-60)/6)},
		{"token_nongreylist", "451 4.7.1 " + fill("", "non-greylist.")[:maxScan-20] + "x yet"},
		{"lists", fill("550 5.7.1 rejected: not listed on ", "spamhaus, spamcop, sorbs, barracuda or ")},
		{"subjects", fill("451 4.7.1 ", "greylisting is not the reason, throttling isn't the cause, ")},
	}
}

// BenchmarkDenialShapes reports the cost of each shape beside the
// ordinary reply's (ns/op; compare within one run).
func BenchmarkDenialShapes(b *testing.B) {
	c := New()
	for _, s := range denialShapes() {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			in := Input{Response: s.text}
			for b.Loop() {
				c.Classify(in)
			}
		})
	}
}

// TestDenialShapesAllocs: the shapes allocate a few times more than the
// ordinary reply at most, not once an occurrence: a dotted token judged
// for a cause costs two (publicsuffix's argument and its IP parse's
// error), once a token and cause; the long token of repeats took 815
// allocations a call before nextStanding read a token once. And a short
// reply allocates nothing (Classify's doc): a view of the normalised
// text handed to publicsuffix once moved it off Classify's stack.
func TestDenialShapesAllocs(t *testing.T) {
	c := New()
	if n := testing.AllocsPerRun(20, func() { c.Classify(Input{Response: "550 5.7.1 Rejected by local policy (this is not a virus)"}) }); n != 0 {
		t.Errorf("a short reply with a denial: %.0f allocations a call, want 0", n)
	}
	shapes := denialShapes()
	base := testing.AllocsPerRun(20, func() { c.Classify(Input{Response: shapes[0].text}) })
	for _, s := range shapes[1:] {
		in := Input{Response: s.text}
		if n := testing.AllocsPerRun(20, func() { c.Classify(in) }); n > base+8 {
			t.Errorf("%s: %.0f allocations a call, the ordinary reply %.0f", s.name, n, base)
		}
	}
}
