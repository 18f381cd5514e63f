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
		// Names that show nothing, or differ invisibly (review: these
		// were accepted and listed as blank rows).
		{"\u00a0\u00a0", "1 to 100"},
		{"\u200b", "invisible formatting"},
		{"\ufeff", "invisible formatting"},
		{"ci\u200b", "invisible formatting"},
		{"\u2060ci", "invisible formatting"},
		{"\U000E0041ci", "invisible formatting"},
		{"\u3164", "shows nothing"},
		{"\u115f\u1160\uffa0", "shows nothing"},
		{"\u2800\u2800", "shows nothing"},
		{"\u0301", "shows nothing"},
		{strings.Repeat("\u0301", 40), "shows nothing"},
		{"\ufe0f\u034f", "shows nothing"},
		{"\u200d\u200c", "shows nothing"},
		{"ci" + strings.Repeat("\u0336", 5), "combining marks"},
		{"z" + strings.Repeat("\u0489\u0301", 20) + "algo", "combining marks"},
	} {
		_, _, err := s.NewToken(ctx, "m1", tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewToken(%q) = %v, want refused naming %q", tc.name, err, tc.want)
		}
	}
	if n := len(s.Tokens("m1")); n != 0 {
		t.Errorf("%d tokens stored from refused names", n)
	}
	for _, name := range []string{"ci", "Grafana on noc-1 (read only)", strings.Repeat("é", 100), "ticket #4711 – Zürich",
		"Tiê\u0301ng Vie\u0323\u0302t", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\U0001F469\u200d\U0001F4BB laptop", "→", "e\u0301"} {
		if _, rec, err := s.NewToken(ctx, "m1", name); err != nil || rec.Name != name {
			t.Errorf("NewToken(%q) = %q, %v, want accepted as it is", name, rec.Name, err)
		}
	}
	// A second live token of a name that reads the same is refused: the
	// two could not be told apart when one is to be revoked. Another
	// manager's names and revoked tokens' names do not count.
	for _, name := range []string{"ci", "CI", " ci ", "\uff43\uff49", "Grafana on  noc-1 (READ ONLY)", "\u00e9"} {
		if _, _, err := s.NewToken(ctx, "m1", name); err == nil || !strings.Contains(err.Error(), "already have an API token of this name") {
			t.Errorf("NewToken(%q) with a live token of that name = %v, want refused", name, err)
		}
	}
	if _, _, err := s.NewToken(ctx, "m2", "ci"); err != nil {
		t.Errorf("another manager's token named ci: %v", err)
	}
	for _, tok := range s.Tokens("m1") {
		if tok.Name == "ci" {
			if ok, err := s.RevokeToken(ctx, "m1", tok.ID); !ok || err != nil {
				t.Fatalf("revoke: %v %v", ok, err)
			}
		}
	}
	if _, _, err := s.NewToken(ctx, "m1", "CI"); err != nil {
		t.Errorf("NewToken(CI) after ci was revoked: %v", err)
	}
}
