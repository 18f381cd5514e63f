package api_test

import (
	"strings"
	"testing"

	"github.com/mailflow/mailflow/api"
)

// TestCursorHasOneSpelling: a list cursor decodes only as the API wrote
// it. Go's base64 decoder skips CR and LF and ignores the unused bits of
// the last character, so without the check many strings name one
// position.
func TestCursorHasOneSpelling(t *testing.T) {
	for _, tc := range []struct {
		part   int32
		domain string
	}{{1, "bad.example"}, {0, ""}, {7, "a.example"}, {23, "xn--bcher-kva.example"}} {
		good := api.EncodeCursor(tc.part, tc.domain)
		if p, d, err := api.DecodeCursor(good); err != nil || p != tc.part || d != tc.domain {
			t.Fatalf("own cursor %q: (%d, %q, %v)", good, p, d, err)
		}
		bad := []string{
			good[:1] + "\r" + good[1:],
			good[:2] + "\n" + good[2:],
			good + "\r\n",
			"\n" + good,
		}
		// A length that is not a multiple of three leaves unused bits in
		// the last character; setting the lowest one keeps the bytes.
		if len(good)%4 != 0 {
			const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
			i := strings.IndexByte(alphabet, good[len(good)-1])
			bad = append(bad, good[:len(good)-1]+string(alphabet[i|1]))
		}
		for _, c := range bad {
			if p, d, err := api.DecodeCursor(c); err == nil {
				t.Errorf("cursor %q (a respelling of %q) decoded as (%d, %q)", c, good, p, d)
			}
		}
	}
}
