package processor

import "testing"

// TestDirtyDomainSameHash checks that dirty domains whose hashes collide
// are told apart by name: two domains of one hash are a 2^-64 event, and
// merging their windows would be silent corruption.
func TestDirtyDomainSameHash(t *testing.T) {
	t.Parallel()
	s := &shard{dirty: map[uint64]*dirtyDomain{}}
	a := &dirtyDomain{domain: "a.example"}
	b := &dirtyDomain{domain: "b.example", sameHash: a}
	s.dirty[7] = b
	for _, tc := range []struct {
		domain string
		h      uint64
		want   *dirtyDomain
	}{
		{"a.example", 7, a},
		{"b.example", 7, b},
		{"c.example", 7, nil},
		{"a.example", 8, nil},
	} {
		if got := s.dirtyDomain(tc.domain, tc.h); got != tc.want {
			t.Errorf("dirtyDomain(%s, %d) = %v, want %v", tc.domain, tc.h, got, tc.want)
		}
	}
}
