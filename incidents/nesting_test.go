package incidents

import (
	"strings"
	"testing"
)

// TestDecodeStateRefusesDeepNesting: see schemas.CheckNesting.
func TestDecodeStateRefusesDeepNesting(t *testing.T) {
	value := []byte(`{"provider":{"Key":"p"},"x":` + strings.Repeat("[", 2_100_000))
	if _, err := decodeState(value); err == nil || !strings.Contains(err.Error(), "nested deeper than") {
		t.Fatalf("%v, want the nesting refused", err)
	}
}
