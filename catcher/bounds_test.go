package catcher

import (
	"strings"
	"testing"
)

// TestCaughtBounds: the kept messages stay within the count and the byte
// bound, the oldest going first; the newest is kept even when it alone is
// over the byte bound.
func TestCaughtBounds(t *testing.T) {
	tests := []struct {
		name            string
		limit, maxBytes int
		sizes           []int
		want            string // ids kept, newest first
	}{
		{"under both", 5, 100, []int{10, 20, 30}, "3,2,1"},
		{"count", 2, 0, []int{1, 1, 1, 1, 1}, "5,4"},
		{"bytes", 5, 100, []int{40, 40, 40}, "3,2"},
		{"exactly at the byte bound", 5, 100, []int{50, 50}, "2,1"},
		{"a newest over the bound alone", 5, 100, []int{40, 40, 200}, "3"},
		{"after an oversized one", 5, 100, []int{200, 10}, "2"},
		{"both", 3, 100, []int{10, 10, 10, 10, 90}, "5,4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Caught{limit: tc.limit, maxBytes: tc.maxBytes}
			for _, n := range tc.sizes {
				c.add(Message{Kind: KindWebhook, Size: n})
			}
			var ids []string
			sum := 0
			for _, m := range c.List() {
				ids = append(ids, m.ID)
				sum += m.Size
			}
			if got := strings.Join(ids, ","); got != tc.want {
				t.Errorf("kept %s, want %s", got, tc.want)
			}
			if sum != c.bytes {
				t.Errorf("counted %d bytes, the kept messages have %d", c.bytes, sum)
			}
		})
	}
}
