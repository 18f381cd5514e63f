package accounts

import (
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strconv"
	"testing"
)

// TestSessionIDNeverLooksLikeAFlag: a listed session id is typed on a
// command line ("account sessions revoke --manager m1 ID"), so it must
// never start with '-' whatever the key, and must keep naming one key.
func TestSessionIDNeverLooksLikeAFlag(t *testing.T) {
	shape := regexp.MustCompile(`^s[0-9a-f]{24}$`)
	keys := []string{
		"-kHZahxdY9CzP12o-kHZahxdY9CzP12o-kHZahxdY9C", // base64url with a leading '-'
		"_leadingUnderscore_base64url_key_of_43chars",
		"short",
		"",
		"not base64url at all!",
	}
	for i := range 2000 {
		sum := sha256.Sum256([]byte(strconv.Itoa(i)))
		keys = append(keys, base64.RawURLEncoding.EncodeToString(sum[:]))
	}
	seen := map[string]string{}
	for _, k := range keys {
		id := sessionID(k)
		if !shape.MatchString(id) || len(id) != SessionIDLength {
			t.Fatalf("sessionID(%q) = %q, want s and 24 hex digits", k, id)
		}
		if other, dup := seen[id]; dup {
			t.Fatalf("sessionID(%q) = sessionID(%q) = %q", k, other, id)
		}
		seen[id] = k
	}
}
