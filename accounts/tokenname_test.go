package accounts

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestTokenNames: an API token's name is one line of printable text of at
// most 100 characters; control characters (a newline that forges a row in
// a listing, an escape sequence that drives a terminal, NUL, DEL, C1),
// bidirectional overrides that reorder what is shown, invalid UTF-8 and
// longer names are refused with a sentence saying which rule, and nothing
// is stored (review: "ci\n" and ESC sequences were accepted).
func TestTokenNames(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	for _, tc := range []struct {
		name, want string
	}{
		{"ci\nrevoked: all", "control"},
		{"build\rbox", "control"},
		{"tab\there", "control"},
		{"\x1b[31mred\x1b[0m", "control"},
		{"nul\x00byte", "control"},
		{"del\x7f", "control"},
		{"c1\u0085next", "control"},
		{"line\u2028sep", "control"},
		{"evil\u202etxt.exe", "direction"},
		{"iso\u2066late\u2069", "direction"},
		{"bad \xff utf8", "UTF-8"},
		{strings.Repeat("x", 101), "100 characters"},
		{strings.Repeat("é", 101), "100 characters"},
		{"   ", "1 to 100"},
	} {
		_, _, err := s.NewToken(ctx, "m1", tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewToken(%q) = %v, want refused naming %q", tc.name, err, tc.want)
		}
	}
	if n := len(s.Tokens("m1")); n != 0 {
		t.Errorf("%d tokens stored from refused names", n)
	}
	for _, name := range []string{"ci", "Grafana on noc-1 (read only)", strings.Repeat("é", 100), "ticket #4711 – Zürich"} {
		if _, rec, err := s.NewToken(ctx, "m1", name); err != nil || rec.Name != name {
			t.Errorf("NewToken(%q) = %q, %v, want accepted as it is", name, rec.Name, err)
		}
	}
}
