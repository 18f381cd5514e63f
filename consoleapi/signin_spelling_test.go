package consoleapi

import (
	"net/http"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// TestSignInThrottleSpellings: once an address is locked out, no other
// spelling of it signs in or gets guesses of its own (review S24A-1: "ſ"
// (U+017F) for "s" matched the manager under Unicode case folding while
// the throttle counted it as another address). A spelling in other ASCII
// case is the same address and is locked out with it; a spelling that
// only Unicode folding equates is no address of any manager.
func TestSignInThrottleSpellings(t *testing.T) {
	entities := append(world(), directory.Manager{ID: "mSK", Level: directory.LevelDomain, Of: "b1.example", Email: "sk@sales.example"})
	f := newFixture(t, entities, nil, nil)
	c := f.client()
	for i := range 5 {
		if code, body := c.do("POST", "/api/v1/session", map[string]string{"email": "sk@sales.example", "password": "wrong password " + string(rune('a'+i))}); code != 401 {
			t.Fatalf("wrong password %d: %d %s", i, code, body)
		}
	}
	for _, tc := range []struct {
		email string
		want  int
	}{
		{"SK@SALES.EXAMPLE", http.StatusTooManyRequests},
		{"  sk@sales.example ", http.StatusTooManyRequests},
		{"\u017fk@sales.example", http.StatusUnauthorized},    // long s
		{"sk@\u017fales.example", http.StatusUnauthorized},    // long s
		{"sk@sale\u017f.example", http.StatusUnauthorized},    // long s
		{"s\u212a@sales.example", http.StatusTooManyRequests}, // Kelvin sign: lower case is k, the same key
		{"sk@sales.exampl\u0435", http.StatusUnauthorized},    // Cyrillic е
	} {
		code, body := c.do("POST", "/api/v1/session", map[string]string{"email": tc.email, "password": testPassword})
		if code != tc.want {
			t.Errorf("sign-in as %q with the right password after the lockout: %d %s, want %d", tc.email, code, body, tc.want)
		}
	}
}
