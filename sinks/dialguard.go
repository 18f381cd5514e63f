package sinks

import (
	"fmt"
	"net/netip"
	"syscall"
)

// guardControl is a net.Dialer Control function that refuses connections
// to loopback, private, link-local, multicast and unspecified addresses.
// It runs after DNS resolution, on the address actually dialled, so a
// webhook host that resolves to a public address when checked and to an
// internal one when used (DNS rebinding) is still refused.
func guardControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("webhook dial %s: %w", address, err)
	}
	if !publicAddr(ap.Addr()) {
		return &refusedAddrError{addr: ap.Addr()}
	}
	return nil
}

// refusedAddrError marks a refused destination: a permanent failure, not
// worth retrying.
type refusedAddrError struct{ addr netip.Addr }

func (e *refusedAddrError) Error() string {
	return fmt.Sprintf("webhook address %s is not public (loopback, private or link-local); set AllowPrivateWebhooks to allow it", e.addr)
}

func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	switch {
	case !a.IsValid(), a.IsLoopback(), a.IsPrivate(), a.IsLinkLocalUnicast(),
		a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast(), a.IsMulticast(), a.IsUnspecified():
		return false
	}
	// Shared address space (RFC 6598, carrier-grade NAT) and the IPv4
	// "this network" block are as internal as the private ranges.
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

var nonPublic = [...]netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can map to private IPv4
}
