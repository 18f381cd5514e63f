// Package clientaddr decides a request's client address when a front
// (mailflow dev's, which serves the console, API and catcher on one
// address and forwards to the instance over loopback) stands between the
// client and the instance: the instance would otherwise see the front's
// loopback address for everyone, in the audit log and in the sign-in
// throttle.
//
// A header such as X-Forwarded-For or Forwarded (RFC 7239) is only as
// trustworthy as whoever set it, and any client can send one (RFC 7239
// §8.1). So the address is taken from a header only with proof: the front
// and the instance share a key made per process (NewKey), the front sends
// the client's address with an HMAC-SHA256 of it under that key (Vouch),
// and the instance takes the address only when the HMAC verifies
// (Resolve), else the TCP peer as before. Both headers are removed from
// what a client sent before anything reads the request, so a client never
// sees a proof to replay.
package clientaddr

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
)

// The headers a front vouches for a client with.
const (
	// HeaderClient holds the client's address, host:port, as the front's
	// listener saw it.
	HeaderClient = "Mailflow-Front-Client"
	// HeaderProof holds the base64 HMAC-SHA256 of the client address
	// under the shared key.
	HeaderProof = "Mailflow-Front-Proof"
)

// Key is the secret a front and an instance share: 32 random bytes, made
// per process and never written anywhere. A nil Key trusts no front.
type Key []byte

// NewKey returns a new random key.
func NewKey() (Key, error) {
	k := make(Key, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("front key: %w", err)
	}
	return k, nil
}

// Strip removes the front's headers from h: a front calls it on every
// request it receives from a client, before forwarding.
func Strip(h http.Header) {
	h.Del(HeaderClient)
	h.Del(HeaderProof)
}

// Vouch sets on out, a request the front sends to the instance, the
// client address client (host:port) with its proof, replacing any such
// headers out carries.
func (k Key) Vouch(out *http.Request, client string) {
	Strip(out.Header)
	if len(k) == 0 {
		return
	}
	out.Header.Set(HeaderClient, client)
	out.Header.Set(HeaderProof, base64.RawStdEncoding.EncodeToString(k.mac(client)))
}

func (k Key) mac(client string) []byte {
	m := hmac.New(sha256.New, k)
	m.Write([]byte("mailflow front client v1\x00"))
	m.Write([]byte(client))
	return m.Sum(nil)
}

// Resolve returns r with its RemoteAddr set to the client address a front
// vouched for, when the proof verifies under k and the address is an
// IP:port; else r with RemoteAddr as it was (the TCP peer). Either way the
// returned request carries neither header, so that no handler sees or
// echoes a proof. vouched reports whether the address came from a front.
func (k Key) Resolve(r *http.Request) (out *http.Request, vouched bool) {
	client, proof := r.Header.Get(HeaderClient), r.Header.Get(HeaderProof)
	if client == "" && proof == "" {
		return r, false
	}
	out = r.Clone(r.Context())
	Strip(out.Header)
	if len(k) == 0 || client == "" {
		return out, false
	}
	got, err := base64.RawStdEncoding.DecodeString(proof)
	if err != nil || !hmac.Equal(got, k.mac(client)) {
		return out, false
	}
	if host, _, err := net.SplitHostPort(client); err != nil || net.ParseIP(host) == nil {
		return out, false
	}
	out.RemoteAddr = client
	return out, true
}

// Group returns the key a client's attempts are counted under, for a
// host as Resolve returns it: an IPv4 address as it is, an IPv6 address
// by its /64 prefix ("2001:db8:1:2::/64"), since one host or site holds a
// whole /64 and picks a new address in it at will (RFC 7421 §1, RFC 8981);
// anything else as it is.
func Group(host string) string {
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if ip.To4() != nil {
		return ip.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}
