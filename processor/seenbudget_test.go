package processor

import "testing"

// TestSeenBudget: the state store's set of known domains is counted in the
// seen ids' share of the memory budget (at a million domains, about 5 MiB
// of it; without it a 256 MiB budget was exceeded), and the tables keep at
// least half the share however large the set grows.
func TestSeenBudget(t *testing.T) {
	t.Parallel()
	share := SeenTableBudget(256 << 20)
	for _, tc := range []struct {
		known, want int64
	}{
		{0, share},
		{5 << 20, share - 5<<20},
		{16 << 20, share / 2}, // 23.8 MiB share: the rest would be under half
		{share, share / 2},
		{1 << 40, share / 2},
	} {
		if got := seenBudget(share, tc.known); got != tc.want {
			t.Errorf("seenBudget(%d MiB share, %d MiB known) = %d, want %d", share>>20, tc.known>>20, got, tc.want)
		}
	}
}
