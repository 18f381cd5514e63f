package schemas

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// TestAlertIDsAsFormatted: ChangeID and KindID hash exactly the bytes
// they hashed when they were formatted with fmt, so that ids stay the
// same across releases (consumers drop duplicates by id).
func TestAlertIDsAsFormatted(t *testing.T) {
	formatted := func(format string, args ...any) string {
		h := sha256.New()
		fmt.Fprintf(h, format, args...)
		return hex.EncodeToString(h.Sum(nil)[:16])
	}
	long := strings.Repeat("x", 300) // past the functions' stack buffer
	for _, domain := range []string{"", "example.com", "bücher.example", long} {
		for _, cause := range []string{"", "ev-1", long} {
			for _, from := range []Status{StatusUnknown, StatusGood, StatusBad, Status(7)} {
				for _, to := range []Status{StatusGood, StatusBad} {
					if got, want := ChangeID(domain, from, to, cause), formatted("%s\x00%s\x00%s\x00%s", domain, from, to, cause); got != want {
						t.Errorf("ChangeID(%.20q, %v, %v, %.20q) = %s, want %s", domain, from, to, cause, got, want)
					}
				}
			}
			for _, kind := range []string{KindSilent, KindSilentRecovered, ""} {
				if got, want := KindID(domain, kind, cause), formatted("%s\x00kind:%s\x00%s", domain, kind, cause); got != want {
					t.Errorf("KindID(%.20q, %q, %.20q) = %s, want %s", domain, kind, cause, got, want)
				}
			}
		}
	}
}
