package diagnose

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// lastMidWrapperSlow is lastMidWrapper as six searches, the definition
// the one-pass search must agree with.
func lastMidWrapperSlow(b []byte) (int, int) {
	best, bestLen := -1, 0
	for _, m := range midWrappers {
		if i := bytes.LastIndex(b, []byte(m)); i > best {
			best, bestLen = i, len(m)
		}
	}
	return best, bestLen
}

func TestMidWrappersNotPrefixes(t *testing.T) {
	for i, a := range midWrappers {
		for j, b := range midWrappers {
			if i != j && strings.HasPrefix(b, a) {
				t.Errorf("marker %q is a prefix of %q: lastMidWrapper would pick one at random", a, b)
			}
		}
	}
}

func TestLastMidWrapper(t *testing.T) {
	tests := []string{
		"",
		"r",
		"remote host said:",
		"remote host said: ",
		"x remote host said: 550 no",
		"did not like our RCPT TO: remote host said: 550 x",
		"remote host said: did not like our rcpt to: 550 x",
		"technical details of permanent failure: the error that the other server returned was: 550 x",
		"delivery to the following recipients failed. a@b delivery to the following recipients failed.",
		"remote server returned '550 x' remote server returned '",
		"tttt ddd rrrr remote remote host said",
	}
	for _, tc := range tests {
		low := []byte(strings.ToLower(tc))
		gi, gl := lastMidWrapper(low)
		wi, wl := lastMidWrapperSlow(low)
		if gi != wi || gl != wl {
			t.Errorf("lastMidWrapper(%q) = %d, %d, want %d, %d", tc, gi, gl, wi, wl)
		}
	}
	// Every response the package has, lower-cased as unwrap reads it.
	for name, set := range goldenSets(t) {
		for _, in := range set {
			low := []byte(strings.ToLower(in.response))
			for off := 0; off < len(low); off += 17 {
				gi, gl := lastMidWrapper(low[off:])
				wi, wl := lastMidWrapperSlow(low[off:])
				if gi != wi || gl != wl {
					t.Fatalf("%s %s: lastMidWrapper(text[%d:]) = %d, %d, want %d, %d", name, in.id, off, gi, gl, wi, wl)
				}
			}
		}
	}
}

// TestTrailingReply checks the bare reply code a client's report ends
// with, and the counts and statuses that are none.
func TestTrailingReply(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"curl: (8) Got unexpected smtp-server response: 421", 421},
		{"curl: (64) STARTTLS denied, code 454", 454},
		{"curl: (55) RCPT failed: 550.", 550},
		{"Mail command failed: 452\n", 452},
		{"Daily sending limit exceeded: 500", 0},
		{"Too many recipients: 450", 0},
		{"HTTP request failed: 503", 0},
		{"response: 1421", 0},
		{"error 4.2.1", 0},
		{"reply 299", 0},
		{"code 600", 0},
		{"421", 0},
		{"misresponse: 421", 0},
		{"curl: (67) Access denied: 535", 535},
		{"Error: Request failed with status code 500", 0},
		{"sendgrid: unexpected status code 502", 0},
		{"... a hard bounce, a spam complaint, or a manual suppression. Error code: 406", 0},
		{"Daily report: 3 messages failed with error code 550", 550},
		{"Campaign 2291 finished. Delivered: 9550, failed: 450", 0},
		{"Delivery delayed. Attempts failed: 450", 0},
	} {
		if got := trailingReply(tc.text); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestLibraryWrapped checks where go-smtp's wrappers end (old and new,
// SMTP and LMTP), and the replies that are not wrapped.
func TestLibraryWrapped(t *testing.T) {
	const w = "554 5.0.0 Error: transaction failed, blame it on the weather: "
	for _, tc := range []struct {
		text string
		want int
	}{
		{w + "451 Failed to deliver message to any recipient", len(w)},
		{"554 5.0.0 ERROR: Transaction failed, blame it on the weather: x", len(w)},
		{"554 Error: transaction failed, blame it on the weather: no such user", len("554 Error: transaction failed, blame it on the weather: ")},
		{w, 0},
		{"550 5.1.1 Error: transaction failed, user unknown", 0},
		{"554 5.0.0 Hello. Error: transaction failed, blame it on the weather: x", 0},
		{"554 5.0.0 Error: transaction failed: 552 5.2.2 mailbox full", len("554 5.0.0 Error: transaction failed: ")},
		{"554 5.0.0 <bob@example.org> Error: transaction failed: 550 no such user", len("554 5.0.0 <bob@example.org> Error: transaction failed: ")},
		{"554 5.0.0 <bob@example.org> user unknown", 0},
		{"554 5.0.0 Error: transaction failed", 0},
		{"", 0},
	} {
		if got := libraryWrapped(tc.text); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestEmbeddedReply(t *testing.T) {
	for _, tc := range []struct {
		in   string
		code int
		st   string
	}{
		{"delivery failed: 550 5.1.1 <a@example.com> user unknown", 550, "5.1.1"},
		{"smtp; 5.3.0 - Other mail system problem 554-'5.1.0 Sender denied' (delivery attempts: 0)", 554, "5.1.0"},
		{`the server said 451 "4.7.1 Try again later"`, 451, "4.7.1"},
		{"remote said: 550 '5.7.1 Relaying denied'", 550, "5.7.1"},
		// a quote before a word, or a status of another class, is no
		// reply's status
		{"he wrote 550 'hello' and left", 0, ""},
		{"got 550 '4.2.2 mailbox full'", 0, ""},
		{"no reply code here", 0, ""},
	} {
		code, st := embeddedReply(tc.in)
		got := ""
		if st.valid() {
			got = fmt.Sprintf("%d.%d.%d", st.class, st.subject, st.detail)
		}
		if code != tc.code || got != tc.st {
			t.Errorf("embeddedReply(%q) = %d %q, want %d %q", tc.in, code, got, tc.code, tc.st)
		}
	}
}
