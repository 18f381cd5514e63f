package clientaddr

import (
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestResolve(t *testing.T) {
	k, err := NewKey()
	if err != nil {
		t.Fatal(err)
	}
	other, _ := NewKey()
	vouched := func(key Key, client string) http.Header {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		key.Vouch(r, client)
		return r.Header
	}
	for _, tc := range []struct {
		name    string
		key     Key
		header  http.Header
		want    string
		vouched bool
	}{
		{"no headers: the TCP peer", k, http.Header{}, "127.0.0.1:5000", false},
		{"vouched by the front", k, vouched(k, "192.0.2.7:41234"), "192.0.2.7:41234", true},
		{"vouched IPv6", k, vouched(k, "[2001:db8::1]:443"), "[2001:db8::1]:443", true},
		{"another process's key", k, vouched(other, "192.0.2.7:41234"), "127.0.0.1:5000", false},
		{"no key trusts nobody", nil, vouched(k, "192.0.2.7:41234"), "127.0.0.1:5000", false},
		{"forged proof", k, http.Header{HeaderClient: {"192.0.2.7:1"}, HeaderProof: {"AAAA"}}, "127.0.0.1:5000", false},
		{"proof not base64", k, http.Header{HeaderClient: {"192.0.2.7:1"}, HeaderProof: {"%%%"}}, "127.0.0.1:5000", false},
		{"address without proof", k, http.Header{HeaderClient: {"192.0.2.7:1"}}, "127.0.0.1:5000", false},
		{"X-Forwarded-For is not read", k, http.Header{"X-Forwarded-For": {"192.0.2.7"}, "Forwarded": {"for=192.0.2.7"}}, "127.0.0.1:5000", false},
		{"a vouched non-address", k, vouched(k, "evil\nline"), "127.0.0.1:5000", false},
		{"a vouched host name", k, vouched(k, "example.org:80"), "127.0.0.1:5000", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/api/v1/session", nil)
			r.RemoteAddr = "127.0.0.1:5000"
			for name, vs := range tc.header {
				r.Header[name] = vs
			}
			got, ok := tc.key.Resolve(r)
			if got.RemoteAddr != tc.want || ok != tc.vouched {
				t.Errorf("RemoteAddr %q (vouched %v), want %q (%v)", got.RemoteAddr, ok, tc.want, tc.vouched)
			}
			if got.Header.Get(HeaderClient) != "" || got.Header.Get(HeaderProof) != "" {
				t.Errorf("the front's headers reach the handler: %v", got.Header)
			}
			if r.RemoteAddr != "127.0.0.1:5000" {
				t.Errorf("the original request was changed")
			}
		})
	}
}

// FuzzResolve: whatever a client sends as the front's headers, Resolve
// neither panics nor takes an address without the key's proof, and the
// headers never reach the handler.
func FuzzResolve(f *testing.F) {
	f.Add("192.0.2.7:1", "AAAA")
	f.Add("[2001:db8::1]:443", "")
	f.Add("", "%%%")
	key := Key("0123456789abcdef0123456789abcdef")
	f.Fuzz(func(t *testing.T, client, proof string) {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = "127.0.0.1:5000"
		r.Header[HeaderClient] = []string{client}
		r.Header[HeaderProof] = []string{proof}
		got, vouched := key.Resolve(r)
		if got.Header.Get(HeaderClient) != "" || got.Header.Get(HeaderProof) != "" {
			t.Fatal("the front's headers reach the handler")
		}
		if vouched && proof != base64.RawStdEncoding.EncodeToString(key.mac(client)) {
			t.Fatalf("vouched for %q with proof %q", client, proof)
		}
		if !vouched && got.RemoteAddr != "127.0.0.1:5000" {
			t.Fatalf("RemoteAddr %q without a proof", got.RemoteAddr)
		}
	})
}

func TestGroup(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7":                 "192.0.2.7",
		"::ffff:192.0.2.7":          "192.0.2.7",
		"2001:db8:1:2:3:4:5:6":      "2001:db8:1:2::/64",
		"2001:DB8:1:2::1":           "2001:db8:1:2::/64",
		"2001:0db8:0001:0002::ffff": "2001:db8:1:2::/64",
		"fe80::1":                   "fe80::/64",
		"not-an-address":            "not-an-address",
	} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}
