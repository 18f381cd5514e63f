package sinks

import (
	"errors"
	"net/netip"
	"testing"
)

// TestDialGuardAllow: an allowed address passes exactly (IPv4-mapped IPv6
// as its IPv4), any other port or non-public address is refused, and
// public addresses pass as always.
func TestDialGuardAllow(t *testing.T) {
	t.Parallel()
	guard := guardControlAllow([]netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:8080"), netip.MustParseAddrPort("[::1]:8080")})
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"[::ffff:127.0.0.1]:8080", true},
		{"[::1]:8080", true},
		{"127.0.0.1:9092", false},
		{"127.0.0.2:8080", false},
		{"[::1]:22", false},
		{"10.0.0.1:8080", false},
		{"169.254.169.254:80", false},
		{"93.184.215.14:443", true},
	}
	for _, tc := range tests {
		err := guard("tcp", tc.addr, nil)
		var refused *refusedAddrError
		if tc.ok != (err == nil) || (err != nil && !errors.As(err, &refused)) {
			t.Errorf("%s: %v, want allowed %v", tc.addr, err, tc.ok)
		}
	}
}
