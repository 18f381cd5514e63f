package directory

import (
	"fmt"
	"net/netip"
	"strings"
)

// CheckWebhookHost refuses a webhook host (url.URL.Hostname: no port, no
// brackets) that programs read as different addresses. The WHATWG URL
// Standard (§3.5, "ends in a number") and inet_aton(3) take a host whose
// last label is a number — 127.1, 0x7f000001, 2130706433, 0177.0.0.1 — for
// an IPv4 address written in shorthand, hex or octal, while Go's net
// package and a DNS resolver take it for a name: a check that reads it one
// way and a client that dials it the other disagree on where
// notifications go (the classic way around a loopback or private-address
// check). Such a host must be an IPv4 address in its canonical
// dotted-decimal form (four decimal numbers, no leading zeros). IPv6
// literals and names are left to the other checks.
func CheckWebhookHost(host string) error {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if h == "" || strings.Contains(h, ":") {
		return nil // no host (checked elsewhere) or an IPv6 literal
	}
	labels := strings.Split(h, ".")
	if !numericLabel(labels[len(labels)-1]) {
		return nil
	}
	if a, err := netip.ParseAddr(h); err == nil && a.Is4() && a.String() == h {
		return nil
	}
	return fmt.Errorf("the host %q reads as an IPv4 address but is not written as one: write the address as four decimal numbers without leading zeros (e.g. 127.0.0.1), because forms such as 127.1, 0x7f000001, 2130706433 or 0177.0.0.1 mean different addresses to different programs", clip(host))
}

// numericLabel reports whether a host label is a number in the WHATWG
// URL Standard's sense: decimal digits, or 0x followed by hex digits (an
// empty "0x" included).
func numericLabel(l string) bool {
	if l == "" {
		return false
	}
	digits, isHex := strings.CutPrefix(l, "0x")
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		switch {
		case c >= '0' && c <= '9':
		case isHex && c >= 'a' && c <= 'f':
		default:
			return false
		}
	}
	return true
}
