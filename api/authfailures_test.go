package api

import (
	"net/netip"
	"testing"
	"time"

	"github.com/mailflow/mailflow/clientaddr"
)

// TestAuthFailures: each address gets FailedAuthBurst wrong tokens, then one
// per FailedAuthEvery; an IPv6 client is counted by its /64, so rotating
// addresses within it gains nothing; other addresses are not affected.
func TestAuthFailures(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	a := newAuthFailures()
	a.now = func() time.Time { return now }
	tests := []struct {
		name, first, other, unrelated string
	}{
		{"IPv4", "192.0.2.7", "192.0.2.7", "192.0.2.8"},
		{"IPv6 within one /64", "2001:db8:1:2::1", "2001:db8:1:2:ffff::9", "2001:db8:1:3::1"},
		{"IPv4-mapped IPv6", "::ffff:198.51.100.4", "198.51.100.4", "198.51.100.5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i := range FailedAuthBurst {
				if _, blocked := a.blocked(tc.first); blocked {
					t.Fatalf("blocked after %d wrong tokens, want %d allowed", i, FailedAuthBurst)
				}
				a.failed(tc.first)
			}
			wait, blocked := a.blocked(tc.other)
			if !blocked || wait <= 0 || wait > FailedAuthEvery {
				t.Fatalf("after %d wrong tokens: blocked %v, wait %s; want blocked for up to %s", FailedAuthBurst, blocked, wait, FailedAuthEvery)
			}
			if _, blocked := a.blocked(tc.unrelated); blocked {
				t.Errorf("%s is blocked by %s's wrong tokens", tc.unrelated, tc.first)
			}
			now = now.Add(FailedAuthEvery)
			if _, blocked := a.blocked(tc.first); blocked {
				t.Errorf("still blocked after %s", FailedAuthEvery)
			}
			a.failed(tc.first)
			if _, blocked := a.blocked(tc.first); !blocked {
				t.Errorf("not blocked again after one more wrong token")
			}
		})
	}
}

// TestAuthFailuresBounded: the remembered addresses stay bounded, and those
// that refilled are forgotten first.
func TestAuthFailuresBounded(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	a := newAuthFailures()
	a.now = func() time.Time { return now }
	for i := range maxFailingClients + 10 {
		a.failed(clientaddr.Group(ipv4(i)))
		if i == maxFailingClients/2 {
			now = now.Add(FailedAuthEvery * FailedAuthBurst) // the first half refills
		}
	}
	if n := len(a.clients); n > maxFailingClients {
		t.Fatalf("%d addresses remembered, want at most %d", n, maxFailingClients)
	}
	if _, ok := a.clients[clientaddr.Group(ipv4(maxFailingClients+5))]; !ok {
		t.Errorf("a recent address was forgotten")
	}
}

func ipv4(i int) string {
	return netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}).String()
}
