package directory

import (
	"strings"
	"testing"
)

// TestApplyRefusesDeepNesting: a config record nested a few million levels
// deep overflowed the goroutine stack in the JSON parser (a fatal error,
// again on every restart that read the topic); it is now refused.
func TestApplyRefusesDeepNesting(t *testing.T) {
	for _, key := range []string{"domain/a.example", "customer/c1", "reseller/r1", "defaults/global", "silence/s1"} {
		value := []byte(`{"name":"a.example","x":` + strings.Repeat("[", 2_100_000))
		err := New().apply(Record{Key: key, Value: value})
		if err == nil || !strings.Contains(err.Error(), "nested deeper than") {
			t.Errorf("%s: %v, want the nesting refused", key, err)
		}
	}
}
