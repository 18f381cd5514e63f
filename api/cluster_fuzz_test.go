package api

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// The cluster targets play instances of one cluster with this secret and
// clock; fuzzSelf is the instance that checks what it receives.
var (
	fuzzSecret = []byte("fuzz cluster secret: 32 bytes!!!")
	fuzzClock  = time.Unix(1764482400, 0)
)

const (
	fuzzSelf      = "owner.internal:8080"
	fuzzForwarder = "forwarder.internal:8080"
	fuzzNonce     = "Zm9yd2FyZGVkLW5vbmNlLTE"
)

func fuzzAuth() *clusterAuth {
	a := newClusterAuth(fuzzSecret, "")
	a.now = func() time.Time { return fuzzClock }
	a.started = fuzzClock.Unix() - 60
	return a
}

// signedRequest is what a signature covers.
type signedRequest struct{ method, uri, from, to, scope, ts, nonce string }

// signedWire writes a forwarded request signed with fuzzSecret, as it
// crosses the wire, and records what was signed.
func signedWire(signed map[signedRequest]bool, method, target, from, to, scope, nonce string, at int64) []byte {
	a := fuzzAuth()
	u, err := url.ParseRequestURI(target)
	if err != nil {
		panic(err)
	}
	ts := fmt.Sprint(at)
	e := envelope{from: from, to: to, scope: scope, nonce: nonce}
	sig := a.requestMAC(method, u.RequestURI(), e, ts, bodyOfNothing[:])
	signed[signedRequest{method, u.RequestURI(), from, to, scope, ts, nonce}] = true
	return fmt.Appendf(nil, "%s %s HTTP/1.1\r\nHost: %s\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n\r\n",
		method, target, to, HeaderForwarded, from, HeaderTo, to, HeaderScope, scope, HeaderTimestamp, ts, HeaderNonce, nonce, HeaderSignature, sig)
}

// FuzzClusterVerify: the envelope of a forwarded request, as an owner
// reads it off the wire (http.ReadRequest, then verify). Whatever the
// bytes, verify accepts only a request whose method, path and query,
// sender, receiver, scope, time stamp and nonce are exactly those of a
// request signed with the secret (the seeds are the only ones: a mutation
// that changes any of them must fail), addressed to itself, within the
// clock skew and not before it started; it accepts it once (a replay is
// refused); and it refuses with one of its named reasons, never another
// error.
func FuzzClusterVerify(f *testing.F) {
	signed := map[signedRequest]bool{}
	now := fuzzClock.Unix()
	for _, seed := range [][]byte{
		signedWire(signed, "GET", "/api/v1/domains/example.org/status", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now),
		signedWire(signed, "GET", "/api/v1/domains/example.org/logs?since=24h&outcome=bounced", fuzzForwarder, fuzzSelf, "manager:m1", fuzzNonce, now-10),
		signedWire(signed, "GET", "/api/v1/domains/example.org/live/stream", fuzzForwarder, fuzzSelf, "all", "AAAAAAAAAAAAAAAAAAAAAA", now+29),
		signedWire(signed, "GET", "/api/v1/messages/%3Cm%40x%3E?local=1", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now),
		signedWire(signed, "GET", "/api/v1/domains/example.org/status", fuzzForwarder, "other.internal:8080", "all", fuzzNonce, now),
		signedWire(signed, "GET", "/api/v1/domains/example.org/status", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now-31),
		signedWire(signed, "GET", "/api/v1/domains/example.org/status", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now-59),
		signedWire(signed, "GET", "/api/v1/domains/example.org/status", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now+31),
		signedWire(signed, "POST", "/api/v1/domains/example.org/status", fuzzForwarder, fuzzSelf, "all", fuzzNonce, now),
	} {
		f.Add(seed)
	}
	f.Add([]byte("GET / HTTP/1.1\r\nHost: x\r\nX-Mailflow-Signature: v1=\r\n\r\n"))
	f.Add([]byte("GET / HTTP/1.1\r\nHost: x\r\nX-Mailflow-Forwarded-By: a\r\nX-Mailflow-To: b\r\nX-Mailflow-Scope: all\r\nX-Mailflow-Timestamp: -9223372036854775808\r\nX-Mailflow-Nonce: 0123456789abcdef\r\nX-Mailflow-Signature: x\r\n\r\n"))
	known := []error{errBadMAC, errStale, errReplay, errBeforeStart, errNotForMe, errMalformed}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(raw)))
		if err != nil {
			return
		}
		a := fuzzAuth()
		e, err := a.verify(r, fuzzSelf)
		if err != nil {
			for _, k := range known {
				if errors.Is(err, k) {
					return
				}
			}
			t.Fatalf("verify: %v is none of its reasons", err)
		}
		got := signedRequest{r.Method, r.URL.RequestURI(), e.from, e.to, e.scope, r.Header.Get(HeaderTimestamp), e.nonce}
		if !signed[got] {
			t.Fatalf("verify accepted a request nobody signed: %+v\n%q", got, raw)
		}
		if e.to != fuzzSelf {
			t.Fatalf("verify accepted a request for %q", e.to)
		}
		if _, err := a.verify(r, fuzzSelf); !errors.Is(err, errReplay) {
			t.Fatalf("the same request verified twice: %v", err)
		}
	})
}

// fuzzStream writes events through the stream writer of a forwarded
// request (signed, as an owner sends them) with keep-alive comments in
// between, and returns the bytes and the events as signed.
func fuzzStream(datas [][]byte) ([]byte, [][]byte) {
	rec := httptest.NewRecorder()
	sse := &sseWriter{w: rec, rc: http.NewResponseController(rec), auth: fuzzAuth(), nonce: fuzzNonce, keepAlive: 0}
	var events [][]byte
	for i, d := range datas {
		d = bytes.ReplaceAll(d, []byte("\n"), []byte(" ")) // JSON has no raw newline
		name := "attempt"
		if i == len(datas)-1 && i > 0 {
			name = "closed"
		}
		_ = sse.event(fmt.Sprint(i+1), name, d)
		events = append(events, fmt.Appendf(nil, "id: %d\nevent: %s\ndata: %s\n", i+1, name, d))
		if i%2 == 0 {
			sse.pending = false
			_ = sse.flushIfQuiet() // a keep-alive comment
		}
	}
	return rec.Body.Bytes(), events
}

// readAll runs readSignedEvents over stream and returns what it passed on
// and how it ended.
func readAll(t *testing.T, stream []byte) ([][]byte, error) {
	s := &server{cluster: fuzzAuth()}
	out := make(chan []byte)
	done := make(chan error, 1)
	go func() { done <- s.readSignedEvents(context.Background(), bytes.NewReader(stream), fuzzNonce, out) }()
	var got [][]byte
	for {
		select {
		case ev := <-out:
			got = append(got, ev)
		case err := <-done:
			if err != io.EOF {
				var fa *forgedAnswer
				if !errors.As(err, &fa) {
					t.Fatalf("readSignedEvents ended with %v (%T), neither the end of the stream nor a forged answer", err, err)
				}
			}
			return got, err
		}
	}
}

// FuzzReadSignedEvents: a peer's event stream, as the forwarding instance
// reads it. Whatever the bytes, every event passed on carries, in the
// stream, the signature of its text and its place for this request's
// nonce (no event is passed on that was not signed with the secret: the
// seeds are the only source of signatures), holds no signature or
// comment line, and the reading ends at the end of the stream or with a
// forged answer.
func FuzzReadSignedEvents(f *testing.F) {
	s1, _ := fuzzStream([][]byte{[]byte(`{"seq":1,"event_id":"e1"}`), []byte(`{"seq":2}`), []byte(`{"reason":"revoked"}`)})
	s2, _ := fuzzStream([][]byte{{}})
	f.Add(s1)
	f.Add(s2)
	f.Add([]byte(": keep-alive\n\n\n\nid: 1\nevent: attempt\ndata: {}\nmac: AAAA\n\n"))
	f.Add([]byte("mac: \n\n"))
	f.Add([]byte("event: x\r\n\r\nmac: x\r\n\r\n"))
	f.Fuzz(func(t *testing.T, stream []byte) {
		a := fuzzAuth()
		got, _ := readAll(t, stream)
		for i, ev := range got {
			mac := "mac: " + a.eventMAC(fuzzNonce, uint64(i), ev) + "\n"
			if !bytes.Contains(stream, []byte(mac)) {
				t.Fatalf("event %d %q passed on without its signature in the stream", i, ev)
			}
			for _, line := range bytes.SplitAfter(ev, []byte("\n")) {
				if len(line) > 0 && (line[0] == ':' || bytes.HasPrefix(line, []byte("mac: ")) || len(line) == 1) {
					t.Fatalf("event %d %q passed on with the line %q", i, ev, line)
				}
			}
		}
	})
}

// FuzzSignedStream: a stream written by the owner's stream writer
// (sseWriter, signed) and read back by the forwarding instance
// (readSignedEvents) passes on every event as written, in order, and
// ends at the end of the stream. With one byte of it changed, what is
// passed on is still a prefix of what was written: an event may be
// refused (and the rest with it), never altered, reordered or added.
func FuzzSignedStream(f *testing.F) {
	f.Add([]byte(`{"seq":1}`+"\x00"+`{"seq":2}`+"\x00"+`{"reason":"out_of_scope"}`), uint16(0), byte(0))
	f.Add([]byte(`{"seq":1}`), uint16(3), byte(1))
	f.Add([]byte(`a`+"\x00"+`b`), uint16(40), byte('\n'^'x'))
	f.Add([]byte(`a`+"\x00"+`b`+"\x00"+"c"), uint16(100), byte(' '))
	f.Add([]byte("data\nmac: x"), uint16(0), byte(0))
	f.Fuzz(func(t *testing.T, payloads []byte, at uint16, flip byte) {
		stream, events := fuzzStream(bytes.Split(payloads, []byte{0}))
		if flip != 0 && len(stream) > 0 {
			stream = bytes.Clone(stream)
			stream[int(at)%len(stream)] ^= flip
		}
		got, err := readAll(t, stream)
		if len(got) > len(events) {
			t.Fatalf("%d events passed on, %d written", len(got), len(events))
		}
		for i := range got {
			if !bytes.Equal(got[i], events[i]) {
				t.Fatalf("event %d passed on as %q, written as %q (flip %#x at %d)", i, got[i], events[i], flip, at)
			}
		}
		if flip == 0 && (len(got) != len(events) || err != io.EOF) {
			t.Fatalf("an untouched stream: %d of %d events passed on, ended with %v\n%q", len(got), len(events), err, stream)
		}
	})
}

// proofPlaceholder in a fuzzed answer stands for the proof, which only a
// holder of the secret can write; it is as long as a proof, so that a
// Content-Length stays right.
var proofPlaceholder = "v1=" + strings.Repeat("P", 43)

// FuzzProofAnswer: the answer of a peer to the proof challenge
// (peerTransport.challenge), whatever bytes it sends. The connection is
// accepted only when the answer is a 200 that keeps the connection open
// and holds the proof for this challenge (the placeholder, replaced by the
// peer with the real proof: no other bytes can pass); an answer that
// parses but is not the proof is an *errNotProven (the address is
// refused for a while); the challenge is sent addressed to the peer, with
// a fresh 128-bit nonce.
func FuzzProofAnswer(f *testing.F) {
	ok := func(body string) string {
		return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	for _, s := range []string{
		ok(`{"proof":"` + proofPlaceholder + `"}`),
		ok(`{"proof":"`+proofPlaceholder+`"}`) + "HTTP/1.1 200 OK\r\n\r\n",
		"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 56\r\n\r\n" + `{"proof":"` + proofPlaceholder + `"}`,
		"HTTP/1.0 200 OK\r\nContent-Length: 56\r\n\r\n" + `{"proof":"` + proofPlaceholder + `"}`,
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n38\r\n" + `{"proof":"` + proofPlaceholder + `"}` + "\r\n0\r\n\r\n",
		ok(`{"proof":"v1=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}`),
		ok(`{"proof":"` + proofPlaceholder + `","proof":"x"}`),
		ok(`{"Proof":"` + proofPlaceholder + `"}`),
		ok(`{}`),
		ok(`null`),
		"HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\n{}",
		"HTTP/1.1 404 Not Found\r\n\r\n",
		"garbage\r\n\r\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, answer []byte) {
		client, peer := net.Pipe()
		defer client.Close()
		a := fuzzAuth()
		p := &peerTransport{auth: a, self: fuzzForwarder}
		sent := make(chan []byte, 1)
		go func() {
			defer peer.Close()
			req, err := http.ReadRequest(bufio.NewReader(peer))
			if err != nil {
				sent <- nil
				return
			}
			ch := req.Header.Get(HeaderChallenge)
			if req.Method != http.MethodGet || req.URL.Path != ProofPath || len(ch) != 22 || req.Header.Get(HeaderChallenger) != fuzzForwarder || req.Header.Get(HeaderChallenged) != fuzzSelf {
				t.Errorf("challenge %s %s challenge %q from %q to %q", req.Method, req.URL, ch, req.Header.Get(HeaderChallenger), req.Header.Get(HeaderChallenged))
			}
			out := bytes.ReplaceAll(answer, []byte(proofPlaceholder), []byte(a.proofMAC(fuzzForwarder, fuzzSelf, ch)))
			sent <- out
			_, _ = peer.Write(out)
		}()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		err := p.challenge(ctx, client, fuzzSelf)
		client.Close()
		out := <-sent
		if err == nil {
			if !bytes.Contains(answer, []byte(proofPlaceholder)) {
				t.Fatalf("accepted an answer without the proof: %q", answer)
			}
			resp, rerr := http.ReadResponse(bufio.NewReader(bytes.NewReader(out)), nil)
			if rerr != nil || resp.StatusCode != http.StatusOK || resp.Close {
				t.Fatalf("accepted %q (%v)", out, rerr)
			}
			return
		}
		if resp, rerr := http.ReadResponse(bufio.NewReader(bytes.NewReader(out)), nil); rerr == nil && resp.StatusCode != http.StatusOK {
			if _, rerr := io.ReadAll(resp.Body); rerr == nil {
				var np *errNotProven
				if !errors.As(err, &np) {
					t.Fatalf("a %d answer gave %v, not errNotProven", resp.StatusCode, err)
				}
			}
		}
	})
}
