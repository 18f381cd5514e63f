package sinks

import (
	"errors"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// guardCases has, for every row of the IANA special-purpose registries
// (and the extra rows of specialPurpose), addresses inside it and whether
// a webhook may go there. The expectations are written out, not derived
// from the table; TestDialGuardCoversEveryRow checks that no row is left
// without a case.
var guardCases = []struct {
	addr string
	ok   bool
}{
	// Public unicast.
	{"93.184.216.34", true}, {"1.1.1.1", true}, {"8.8.8.8", true}, {"2606:2800:220:1::1", true}, {"2a00:1450:4001::1", true},

	// IPv4 rows.
	{"0.0.0.0", false}, {"0.1.2.3", false}, {"0.255.255.255", false},
	{"10.0.0.1", false}, {"10.255.255.255", false},
	{"100.64.0.1", false}, {"100.127.255.254", false}, {"100.63.255.255", true}, {"100.128.0.0", true},
	{"127.0.0.1", false}, {"127.255.255.254", false},
	{"169.254.169.254", false}, {"169.254.0.1", false},
	{"172.16.0.1", false}, {"172.31.255.255", false}, {"172.32.0.1", true},
	{"192.0.0.0", false}, {"192.0.0.7", false}, {"192.0.0.8", false}, {"192.0.0.11", false}, {"192.0.0.255", false},
	{"192.0.0.9", true}, {"192.0.0.10", true},
	{"192.0.0.170", false}, {"192.0.0.171", false},
	{"192.0.2.1", false},
	{"192.31.196.1", true},
	{"192.52.193.1", true},
	{"192.88.99.1", false},
	{"192.168.1.1", false},
	{"192.175.48.1", true},
	{"198.18.0.1", false}, {"198.19.255.255", false}, {"198.20.0.1", true},
	{"198.51.100.1", false},
	{"203.0.113.1", false},
	{"224.0.0.1", false}, {"239.255.255.255", false},
	{"240.0.0.1", false}, {"255.255.255.254", false},
	{"255.255.255.255", false},

	// IPv6 rows.
	{"::", false},
	{"::1", false},
	{"::7f00:1", false}, {"::a00:1", false}, {"::808:808", true}, // IPv4-compatible 127.0.0.1, 10.0.0.1, 8.8.8.8
	{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"::ffff:169.254.169.254", false}, {"::ffff:8.8.8.8", true},
	{"64:ff9b::7f00:1", false}, {"64:ff9b::a9fe:a9fe", false}, {"64:ff9b::808:808", true},
	{"64:ff9b:1::808:808", false}, {"64:ff9b:1:ffff::1", false},
	{"100::1", false},
	{"100:0:0:1::1", false},
	{"2001:4::1", false}, {"2001:1ff:ffff::1", false},
	// Teredo: server 65.54.227.120 (public), client the inverse of the last 32 bits.
	{"2001:0:4136:e378:8000:63bf:3fff:fdd2", false}, // RFC 4380 example: client 192.0.2.45 (documentation)
	{"2001:0:4136:e378:8000:63bf:80ff:fffe", false}, // client 127.0.0.1
	{"168.63.129.16", false}, {"168.63.129.15", true}, {"168.63.129.17", true},
	{"2001:0:4136:e378:8000:63bf:f5ff:fffe", false}, // client 10.0.0.1
	{"2001:0:a00:1:8000:63bf:f7f7:f7f7", false},     // server 10.0.0.1, client 8.8.8.8
	{"2001:0:4136:e378:8000:63bf:f7f7:f7f7", true},  // client 8.8.8.8
	{"2001:1::1", true}, {"2001:1::2", true}, {"2001:1::3", true}, {"2001:1::4", false},
	{"2001:2::1", false},
	{"2001:3::1", true},
	{"2001:4:112::1", true},
	{"2001:10::1", false},
	{"2001:20::1", true},
	{"2001:30::1", true},
	{"2001:db8::1", false},
	{"2002:7f00:1::1", false}, {"2002:a00:1::1", false}, {"2002:c0a8:101::1", false}, {"2002:808:808::1", true},
	{"2620:4f:8000::1", true},
	{"3fff::1", false}, {"3fff:fff:ffff::1", false},
	{"5f00::1", false},
	{"fc00::1", false}, {"fd12:3456::1", false},
	{"fe80::1", false}, {"fe80::1%eth0", false}, {"febf::1", false},
	{"fec0::1", false}, {"feff::1", false},
	{"ff02::1", false}, {"ff0e::1", false},
}

func TestDialGuard(t *testing.T) {
	t.Parallel()
	for _, tc := range guardCases {
		a := netip.MustParseAddr(tc.addr)
		row := "no row"
		if r := mostSpecific(a.WithZone("")); r != nil {
			row = r.prefix.String() + " " + r.name + " (" + r.rfc + ")"
		}
		t.Run(tc.addr, func(t *testing.T) {
			if got := publicAddr(a); got != tc.ok {
				t.Errorf("publicAddr(%s) = %v, want %v; row %s", tc.addr, got, tc.ok, row)
			}
			// The dialer's hook sees host:port, and a refusal is the
			// permanent kind.
			err := guardControl("tcp", netip.AddrPortFrom(a, 443).String(), nil)
			var refused *refusedAddrError
			if tc.ok != (err == nil) || (!tc.ok && !errors.As(err, &refused)) {
				t.Errorf("guardControl(%s) = %v", tc.addr, err)
			}
		})
	}
	if publicAddr(netip.Addr{}) {
		t.Error("the zero Addr is public")
	}
}

// TestDialGuardCoversEveryRow keeps a case for every row of the table.
func TestDialGuardCoversEveryRow(t *testing.T) {
	t.Parallel()
	covered := map[netip.Prefix]bool{}
	for _, tc := range guardCases {
		if r := mostSpecific(netip.MustParseAddr(tc.addr).WithZone("")); r != nil {
			covered[r.prefix] = true
		}
	}
	for _, r := range specialPurpose {
		if !covered[r.prefix] {
			t.Errorf("row %s %s (%s) has no case in guardCases", r.prefix, r.name, r.rfc)
		}
		if r.rfc == "" || r.name == "" {
			t.Errorf("row %s lacks its name or RFC", r.prefix)
		}
		if r.prefix != r.prefix.Masked() {
			t.Errorf("row %s is not a masked prefix", r.prefix)
		}
	}
}

// TestDialGuardDialer checks the guard where the webhook sink uses it: a
// real dial to a loopback listener is refused before any connection.
func TestDialGuardDialer(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	d := net.Dialer{Timeout: 2 * time.Second, Control: guardControl}
	for _, addr := range []string{ln.Addr().String(), "[::ffff:127.0.0.1]:" + strings.Split(ln.Addr().String(), ":")[1]} {
		c, err := d.Dial("tcp", addr)
		if err == nil {
			c.Close()
			t.Fatalf("dial %s: connected", addr)
		}
		var refused *refusedAddrError
		if !errors.As(err, &refused) {
			t.Fatalf("dial %s: %v, want a refusal", addr, err)
		}
	}
}

// TestDialGuardLoopbackOnly checks dev's guard: loopback passes, every
// other non-public address (link-local metadata, private ranges) is still
// refused, and public addresses pass.
func TestDialGuardLoopbackOnly(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"[::1]:8080", true},
		{"[::ffff:127.0.0.1]:80", true},
		{"169.254.169.254:80", false},
		{"10.0.0.1:80", false},
		{"192.168.1.1:443", false},
		{"[fd00::1]:80", false},
		{"93.184.216.34:443", true},
	} {
		err := guardControlLoopback("tcp", tc.addr, nil)
		if (err == nil) != tc.ok {
			t.Errorf("guardControlLoopback(%s) = %v, want allowed %v", tc.addr, err, tc.ok)
		}
	}
}
