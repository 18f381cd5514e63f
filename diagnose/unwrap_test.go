package diagnose

import (
	"bytes"
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
