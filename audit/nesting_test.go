package audit

import (
	"strings"
	"testing"
)

// TestDecodeRefusesDeepNesting: see schemas.CheckNesting.
func TestDecodeRefusesDeepNesting(t *testing.T) {
	value := []byte(`{"v":1,"action":"x","x":` + strings.Repeat(`{"a":`, 700_000))
	if _, err := Decode(value); err == nil || !strings.Contains(err.Error(), "nested deeper than") {
		t.Fatalf("%v, want the nesting refused", err)
	}
}
