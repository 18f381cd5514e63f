package clientaddr

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestProxiesClient(t *testing.T) {
	p, err := ParseProxies([]string{"192.0.2.10, 10.0.0.0/8", "2001:db8:f::/48"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, peer string
		xff        []string
		want       string // "" : the TCP peer stays
	}{
		{"trusted proxy, one client", "192.0.2.10:5000", []string{"198.51.100.7"}, "198.51.100.7"},
		{"untrusted peer sends a header", "198.51.100.9:5000", []string{"203.0.113.1"}, ""},
		{"client forges a hop to its left", "192.0.2.10:5000", []string{"203.0.113.66, 198.51.100.7"}, "198.51.100.7"},
		{"client forges a trusted hop", "192.0.2.10:5000", []string{"198.51.100.7, 10.1.2.3"}, "198.51.100.7"},
		{"two proxies in a row", "10.9.9.9:5000", []string{"198.51.100.7", "10.1.1.1"}, "198.51.100.7"},
		{"every hop trusted: the first", "192.0.2.10:5000", []string{"10.0.0.5, 10.0.0.6"}, "10.0.0.5"},
		{"no header", "192.0.2.10:5000", nil, ""},
		{"garbage hop", "192.0.2.10:5000", []string{"198.51.100.7, not-an-ip"}, ""},
		{"empty hop", "192.0.2.10:5000", []string{""}, ""},
		{"IPv6 proxy and client with port", "[2001:db8:f::1]:443", []string{"[2001:db8:1::7]:55000"}, "2001:db8:1::7"},
		{"IPv4-mapped peer", "[::ffff:192.0.2.10]:5000", []string{"198.51.100.7"}, "198.51.100.7"},
		{"peer outside the prefix", "[2001:db8:e::1]:443", []string{"198.51.100.7"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.peer
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			got, ok := p.Client(r)
			if ok != (tc.want != "") || got != tc.want {
				t.Fatalf("Client = %q, %v; want %q", got, ok, tc.want)
			}
			var seen string
			p.Wrap(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { seen = r.RemoteAddr })).ServeHTTP(httptest.NewRecorder(), r)
			want := tc.peer
			if tc.want != "" {
				want = joinZero(tc.want)
			}
			if seen != want {
				t.Fatalf("the handler saw RemoteAddr %q, want %q", seen, want)
			}
		})
	}
}

func joinZero(ip string) string {
	if strings.Contains(ip, ":") {
		return "[" + ip + "]:0"
	}
	return ip + ":0"
}

func TestParseProxiesRefuses(t *testing.T) {
	for _, s := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.1/8/2", "*", "0.0.0.0/0", "::/0", "10.0.0.0/7", "2001:db8::/31", "fe80::1%eth0", "::ffff:10.0.0.0/104"} {
		if _, err := ParseProxies([]string{s}); err == nil || !strings.Contains(err.Error(), s) {
			t.Errorf("%q: %v, want an error naming it", s, err)
		}
	}
	var zero Proxies
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("X-Forwarded-For", "198.51.100.7")
	if _, ok := zero.Client(r); ok {
		t.Fatal("the zero Proxies trusted a header")
	}
}
