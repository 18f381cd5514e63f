package clientaddr

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Proxies are the reverse proxies (TLS terminators, load balancers) that
// stand in front of the instances in production: every request then comes
// from a proxy's address, and counting failed sign-ins and wrong tokens by
// TCP peer would count every client as one (one client's guesses would
// lock everyone out). A request whose TCP peer is one of them is taken to
// come from the address the proxies appended to X-Forwarded-For, as nginx
// (real_ip_recursive), Caddy (trusted_proxies) and HAProxy set it.
//
// The header is believed only that far: it is read from the right, each
// address a trusted proxy appended being skipped, and the first address
// that is not a trusted proxy's is the client. Anything to its left was
// written by the client itself, which can write anything (RFC 7239 §8.1).
// A request from any other peer, or whose header does not parse, keeps
// its TCP peer. The zero Proxies trusts nobody.
type Proxies struct {
	nets []netip.Prefix
}

// ParseProxies returns the proxies of list: IP addresses and CIDR
// prefixes ("192.0.2.10", "10.0.0.0/8", "2001:db8::/32"), each element
// possibly comma-separated. An element that is neither fails naming it.
func ParseProxies(list []string) (Proxies, error) {
	var p Proxies
	for _, item := range list {
		for _, s := range strings.Split(item, ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			pre, err := netip.ParsePrefix(s)
			if err != nil {
				addr, aerr := netip.ParseAddr(s)
				if aerr != nil || addr.Zone() != "" {
					return Proxies{}, fmt.Errorf("trusted proxy %q: want an IP address (without a zone) or a CIDR prefix such as 10.0.0.0/8", s)
				}
				addr = addr.Unmap()
				pre = netip.PrefixFrom(addr, addr.BitLen())
			}
			if pre.Addr().Is4In6() {
				return Proxies{}, fmt.Errorf("trusted proxy %q: write an IPv4 prefix as IPv4 (10.0.0.0/8): peers are compared as IPv4", s)
			}
			// Every host inside a trusted prefix can say it is any
			// client: a prefix as wide as a whole network of the
			// internet is a mistake, not a proxy list.
			if min := map[bool]int{true: 8, false: 32}[pre.Addr().Is4()]; pre.Bits() < min {
				return Proxies{}, fmt.Errorf("trusted proxy %q: a prefix wider than /%d would let every host in it pass for any client; list the proxies themselves", s, min)
			}
			p.nets = append(p.nets, pre.Masked())
		}
	}
	return p, nil
}

// Len returns how many addresses and prefixes are trusted.
func (p Proxies) Len() int { return len(p.nets) }

func (p Proxies) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, n := range p.nets {
		if n.Contains(a) {
			return true
		}
	}
	return false
}

// Client returns the client address of r (an IP, no port) that the
// trusted proxies forwarded it for, and true; or "", false when r's TCP
// peer is not a trusted proxy or its X-Forwarded-For does not name one.
func (p Proxies) Client(r *http.Request) (string, bool) {
	if len(p.nets) == 0 {
		return "", false
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return "", false
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || peer.Zone() != "" || !p.trusted(peer) {
		return "", false
	}
	var hops []string
	for _, v := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(v, ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := hopAddr(hops[i])
		if !ok {
			return "", false
		}
		if !p.trusted(a) || i == 0 {
			return a.Unmap().String(), true
		}
	}
	return "", false
}

// hopAddr parses one X-Forwarded-For element: an address, possibly with
// a port or in brackets (some proxies write "[2001:db8::1]:4711").
func hopAddr(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(s); err == nil {
		return a, true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr(), true
	}
	if a, err := netip.ParseAddr(strings.Trim(s, "[]")); err == nil {
		return a, true
	}
	return netip.Addr{}, false
}

// Wrap returns h behind the proxies: a request forwarded by a trusted
// proxy reaches h with RemoteAddr set to its client's address (port 0),
// so that every throttle, limit and audit entry counts the client rather
// than the proxy. The zero Proxies returns h.
func (p Proxies) Wrap(h http.Handler) http.Handler {
	if len(p.nets) == 0 {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if client, ok := p.Client(r); ok {
			r2 := new(http.Request)
			*r2 = *r
			r2.RemoteAddr = net.JoinHostPort(client, "0")
			r = r2
		}
		h.ServeHTTP(w, r)
	})
}
