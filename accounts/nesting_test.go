package accounts

import (
	"strings"
	"testing"
)

// TestDecodeRecordRefusesDeepNesting: see schemas.CheckNesting.
func TestDecodeRecordRefusesDeepNesting(t *testing.T) {
	for _, key := range []string{"password/m1", "session/abc", "link/0f", "token/t1"} {
		value := []byte(`{"manager":"m1","x":` + strings.Repeat("[", 2_100_000))
		if _, err := decodeRecord([]byte(key), value); err == nil || !strings.Contains(err.Error(), "nested deeper than") {
			t.Errorf("%s: %v, want the nesting refused", key, err)
		}
	}
}
