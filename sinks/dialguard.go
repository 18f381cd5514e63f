package sinks

import (
	"fmt"
	"net/netip"
	"syscall"
)

// guardControl is a net.Dialer Control function that refuses connections
// to any address that is not globally reachable: loopback, private,
// link-local, multicast, documentation, benchmarking, reserved and every
// other special-purpose block (see specialPurpose), including IPv4
// addresses wrapped in IPv6. It runs after DNS resolution, on the address
// actually dialled, so a webhook host that resolves to a public address
// when checked and to an internal one when used (DNS rebinding) is still
// refused.
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

// guardControlLoopback is guardControl that also lets loopback addresses
// through (and nothing else that is not public): for mailflow dev, whose
// built-in catcher receives webhooks on 127.0.0.1, without opening the
// private network or link-local metadata services (169.254.169.254).
func guardControlLoopback(network, address string, c syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err == nil && ap.Addr().Unmap().IsLoopback() {
		return nil
	}
	return guardControl(network, address, c)
}

// guardControlAllow is guardControl that also lets the exact addresses of
// allow through (IPv4-mapped IPv6 taken as IPv4): for mailflow dev, whose
// built-in catcher receives webhooks on one loopback address and port,
// without opening any other port on loopback, the private network or
// link-local metadata services (169.254.169.254).
func guardControlAllow(allow []netip.AddrPort) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, c syscall.RawConn) error {
		if ap, err := netip.ParseAddrPort(address); err == nil {
			ap = netip.AddrPortFrom(ap.Addr().Unmap().WithZone(""), ap.Port())
			for _, a := range allow {
				if netip.AddrPortFrom(a.Addr().Unmap().WithZone(""), a.Port()) == ap {
					return nil
				}
			}
		}
		return guardControl(network, address, c)
	}
}

// refusedAddrError marks a refused destination: a permanent failure, not
// worth retrying.
type refusedAddrError struct{ addr netip.Addr }

func (e *refusedAddrError) Error() string {
	return fmt.Sprintf("webhook address %s is not public (a loopback, private, link-local or other special-purpose address); mailflow sink --allow-private-webhooks (sinks.Config.AllowPrivateWebhooks) allows it", e.addr)
}

// PublicAddr reports whether a is a globally reachable unicast address,
// the only kind a webhook may reach unless private webhooks are allowed:
// not loopback, private (RFC 1918, RFC 4193), link-local, shared
// (RFC 6598) or any other special-purpose address of the IANA IPv4 and
// IPv6 registries, also when embedded in an IPv6 address. The console
// refuses such a webhook address when it is written; the sinks' dialer
// refuses to connect to one whatever the name resolved to.
func PublicAddr(a netip.Addr) bool { return publicAddr(a) }

// publicAddr reports whether a is a globally reachable unicast address: the
// most specific row of specialPurpose that contains it decides (the IANA
// registries nest rows, e.g. 192.0.0.9/32 inside 192.0.0.0/24), and an
// address outside every row is public. Rows that embed an IPv4 address
// (IPv4-mapped and -compatible, 6to4, NAT64, Teredo) decide by that address.
func publicAddr(a netip.Addr) bool {
	if !a.IsValid() {
		return false
	}
	// A zoned address never matches a netip.Prefix; the zone does not
	// change where the packets go.
	a = a.WithZone("")
	row := mostSpecific(a)
	if row == nil {
		return true
	}
	switch row.reach {
	case reachable:
		return true
	case embedsIPv4:
		for _, v4 := range row.embedded(a) {
			if !publicAddr(v4) {
				return false
			}
		}
		return true
	}
	return false
}

func mostSpecific(a netip.Addr) *specialRow {
	var best *specialRow
	for i := range specialPurpose {
		r := &specialPurpose[i]
		if r.prefix.Contains(a) && (best == nil || r.prefix.Bits() > best.prefix.Bits()) {
			best = r
		}
	}
	return best
}

// reach is what a row of specialPurpose says about its addresses.
type reach uint8

const (
	// notReachable: never a webhook destination (the registry's "Globally
	// Reachable" False or N/A).
	notReachable reach = iota
	// reachable: the registry's "Globally Reachable" True, e.g. anycast
	// services inside an otherwise reserved block.
	reachable
	// embedsIPv4: the address carries an IPv4 address, which decides.
	embedsIPv4
)

// specialRow is one row of the reference table.
type specialRow struct {
	prefix netip.Prefix
	name   string
	rfc    string // where the row is defined
	reach  reach
	// embedded returns the IPv4 addresses an embedsIPv4 row carries.
	embedded func(netip.Addr) []netip.Addr
}

// specialPurpose is the reference table: the IANA IPv4 and IPv6
// Special-Purpose Address Registries (RFC 6890;
// https://www.iana.org/assignments/iana-ipv4-special-registry and
// .../iana-ipv6-special-registry, as of 2025), row by row with their
// "Globally Reachable" column, plus the blocks those registries leave to
// others that are just as unfit for a webhook: IPv4 and IPv6 multicast,
// deprecated IPv6 site-local and IPv4-compatible addresses. TestDialGuard
// has a case per row.
var specialPurpose = [...]specialRow{
	// IPv4.
	{prefix: pfx("0.0.0.0/8"), name: `"This network"`, rfc: "RFC 791 §3.2"},
	{prefix: pfx("0.0.0.0/32"), name: `"This host on this network"`, rfc: "RFC 1122 §3.2.1.3"},
	{prefix: pfx("10.0.0.0/8"), name: "Private-Use", rfc: "RFC 1918"},
	{prefix: pfx("100.64.0.0/10"), name: "Shared Address Space", rfc: "RFC 6598"},
	{prefix: pfx("127.0.0.0/8"), name: "Loopback", rfc: "RFC 1122 §3.2.1.3"},
	{prefix: pfx("169.254.0.0/16"), name: "Link Local", rfc: "RFC 3927"},
	{prefix: pfx("172.16.0.0/12"), name: "Private-Use", rfc: "RFC 1918"},
	{prefix: pfx("192.0.0.0/24"), name: "IETF Protocol Assignments", rfc: "RFC 6890 §2.1"},
	{prefix: pfx("192.0.0.0/29"), name: "IPv4 Service Continuity Prefix", rfc: "RFC 7335"},
	{prefix: pfx("192.0.0.8/32"), name: "IPv4 dummy address", rfc: "RFC 7600"},
	{prefix: pfx("192.0.0.9/32"), name: "Port Control Protocol Anycast", rfc: "RFC 7723", reach: reachable},
	{prefix: pfx("192.0.0.10/32"), name: "Traversal Using Relays around NAT Anycast", rfc: "RFC 8155", reach: reachable},
	{prefix: pfx("192.0.0.170/32"), name: "NAT64/DNS64 Discovery", rfc: "RFC 8880, RFC 7050 §2.2"},
	{prefix: pfx("192.0.0.171/32"), name: "NAT64/DNS64 Discovery", rfc: "RFC 8880, RFC 7050 §2.2"},
	{prefix: pfx("192.0.2.0/24"), name: "Documentation (TEST-NET-1)", rfc: "RFC 5737"},
	{prefix: pfx("192.31.196.0/24"), name: "AS112-v4", rfc: "RFC 7535", reach: reachable},
	{prefix: pfx("192.52.193.0/24"), name: "AMT", rfc: "RFC 7450", reach: reachable},
	{prefix: pfx("192.88.99.0/24"), name: "Deprecated (6to4 Relay Anycast)", rfc: "RFC 7526"},
	{prefix: pfx("192.168.0.0/16"), name: "Private-Use", rfc: "RFC 1918"},
	{prefix: pfx("192.175.48.0/24"), name: "Direct Delegation AS112 Service", rfc: "RFC 7534", reach: reachable},
	{prefix: pfx("198.18.0.0/15"), name: "Benchmarking", rfc: "RFC 2544"},
	{prefix: pfx("198.51.100.0/24"), name: "Documentation (TEST-NET-2)", rfc: "RFC 5737"},
	{prefix: pfx("203.0.113.0/24"), name: "Documentation (TEST-NET-3)", rfc: "RFC 5737"},
	{prefix: pfx("224.0.0.0/4"), name: "Multicast (IANA multicast registry)", rfc: "RFC 5771"},
	{prefix: pfx("240.0.0.0/4"), name: "Reserved", rfc: "RFC 1112 §4"},
	{prefix: pfx("255.255.255.255/32"), name: "Limited Broadcast", rfc: "RFC 8190, RFC 919 §7"},
	// Not in the registry: a public address that answers only inside
	// Azure, as the hosts' WireServer (VM agent, health probes, DNS) —
	// a metadata service like 169.254.169.254.
	{prefix: pfx("168.63.129.16/32"), name: "Azure host service (WireServer; not in the registry)", rfc: "learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16"},

	// IPv6.
	{prefix: pfx("::/128"), name: "Unspecified Address", rfc: "RFC 4291"},
	{prefix: pfx("::1/128"), name: "Loopback Address", rfc: "RFC 4291"},
	{prefix: pfx("::/96"), name: "IPv4-compatible (deprecated; not in the registry)", rfc: "RFC 4291 §2.5.5.1", reach: embedsIPv4, embedded: last32},
	{prefix: pfx("::ffff:0:0/96"), name: "IPv4-mapped Address", rfc: "RFC 4291", reach: embedsIPv4, embedded: last32},
	{prefix: pfx("64:ff9b::/96"), name: "IPv4-IPv6 Translat.", rfc: "RFC 6052", reach: embedsIPv4, embedded: last32},
	{prefix: pfx("64:ff9b:1::/48"), name: "IPv4-IPv6 Translat. (local use)", rfc: "RFC 8215"},
	{prefix: pfx("100::/64"), name: "Discard-Only Address Block", rfc: "RFC 6666"},
	{prefix: pfx("100:0:0:1::/64"), name: "Dummy IPv6 Prefix", rfc: "RFC 9780"},
	{prefix: pfx("2001::/23"), name: "IETF Protocol Assignments", rfc: "RFC 2928"},
	{prefix: pfx("2001::/32"), name: "TEREDO", rfc: "RFC 4380, RFC 8190", reach: embedsIPv4, embedded: teredo},
	{prefix: pfx("2001:1::1/128"), name: "Port Control Protocol Anycast", rfc: "RFC 7723", reach: reachable},
	{prefix: pfx("2001:1::2/128"), name: "Traversal Using Relays around NAT Anycast", rfc: "RFC 8155", reach: reachable},
	{prefix: pfx("2001:1::3/128"), name: "DNS-SD Service Registration Protocol Anycast", rfc: "RFC 9665", reach: reachable},
	{prefix: pfx("2001:2::/48"), name: "Benchmarking", rfc: "RFC 5180, RFC Errata 1752"},
	{prefix: pfx("2001:3::/32"), name: "AMT", rfc: "RFC 7450", reach: reachable},
	{prefix: pfx("2001:4:112::/48"), name: "AS112-v6", rfc: "RFC 7535", reach: reachable},
	{prefix: pfx("2001:10::/28"), name: "Deprecated (previously ORCHID)", rfc: "RFC 4843"},
	{prefix: pfx("2001:20::/28"), name: "ORCHIDv2", rfc: "RFC 7343", reach: reachable},
	{prefix: pfx("2001:30::/28"), name: "Drone Remote ID Protocol Entity Tags (DETs) Prefix", rfc: "RFC 9374", reach: reachable},
	{prefix: pfx("2001:db8::/32"), name: "Documentation", rfc: "RFC 3849"},
	{prefix: pfx("2002::/16"), name: "6to4", rfc: "RFC 3056", reach: embedsIPv4, embedded: sixToFour},
	{prefix: pfx("2620:4f:8000::/48"), name: "Direct Delegation AS112 Service", rfc: "RFC 7534", reach: reachable},
	{prefix: pfx("3fff::/20"), name: "Documentation", rfc: "RFC 9637"},
	{prefix: pfx("5f00::/16"), name: "Segment Routing (SRv6) SIDs", rfc: "RFC 9602"},
	{prefix: pfx("fc00::/7"), name: "Unique-Local", rfc: "RFC 4193, RFC 8190"},
	{prefix: pfx("fe80::/10"), name: "Link-Local Unicast", rfc: "RFC 4291"},
	{prefix: pfx("fec0::/10"), name: "Site-Local (deprecated; IPv6 address space registry)", rfc: "RFC 3879"},
	{prefix: pfx("ff00::/8"), name: "Multicast (IPv6 address space registry)", rfc: "RFC 4291 §2.7"},
}

func pfx(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// last32 is the IPv4 address in the low 32 bits (IPv4-mapped,
// IPv4-compatible, and NAT64 with the /96 well-known prefix, RFC 6052 §2.2).
func last32(a netip.Addr) []netip.Addr {
	b := a.As16()
	return []netip.Addr{netip.AddrFrom4([4]byte(b[12:16]))}
}

// sixToFour is the IPv4 address in bits 16-47 of a 6to4 address (RFC 3056
// §2).
func sixToFour(a netip.Addr) []netip.Addr {
	b := a.As16()
	return []netip.Addr{netip.AddrFrom4([4]byte(b[2:6]))}
}

// teredo returns the Teredo server's IPv4 address (bits 32-63) and the
// client's, which is stored inverted in the low 32 bits (RFC 4380 §4).
func teredo(a netip.Addr) []netip.Addr {
	b := a.As16()
	var client [4]byte
	for i := range client {
		client[i] = ^b[12+i]
	}
	return []netip.Addr{netip.AddrFrom4([4]byte(b[4:8])), netip.AddrFrom4(client)}
}
