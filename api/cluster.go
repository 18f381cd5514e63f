package api

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Instances of one cluster authenticate each other with a shared secret
// (Config.ClusterSecret, `--cluster-secret` / MAILFLOW_CLUSTER_SECRET):
// group membership alone is not trust, since any Kafka client allowed to
// join the consumer group is handed partitions and advertises an address
// in its client id.
//
// A forwarded request carries no credential of the caller. The forwarding
// instance authenticates the caller itself and sends the owner the
// caller's scope ("all" for the operator, "manager:ID" for a manager)
// inside an envelope signed with HMAC-SHA256 (RFC 2104), in the manner of
// AWS Signature V4: method, path and query, sender, receiver, scope, time
// stamp, a random nonce and the SHA-256 of the body are signed together.
// The owner accepts a signed request only for itself (the receiver is its
// own advertised address), within ClockSkew of its own clock, and only
// once (the nonce); it applies the scope of the envelope, and never the
// Authorization header, which a forwarded request does not have.
//
// The owner signs its answer with a second key derived from the secret, so
// that a request's signature can never pass for an answer: the status code,
// content type, the request's nonce (an answer cannot be replayed for
// another request) and the SHA-256 of the body. A stream's events are
// signed one by one (an "mac:" field that the forwarding instance checks
// and removes), numbered so that none can be dropped in the middle or
// reordered. The forwarding instance rejects an answer that fails the
// check (502, and an error in its log) and re-applies the caller's scope
// to what it accepts.
//
// HMAC rather than mutual TLS: one secret to hand to every instance, as a
// Kafka SASL password is handed out, with no certificate authority to run;
// the secret never crosses the wire. Before a request is sent, the
// receiver proves on the same connection that it holds the secret
// (peerproof.go): a signature keeps a stranger from forging, the proof
// keeps it from reading what callers ask. What it does not give is secrecy of
// the answers on the wire: keep the instances' HTTP ports on a private
// network, or behind a TLS-terminating mesh, as with any internal API.

// The headers of a forwarded request and of its answer.
const (
	// HeaderForwarded names the instance that forwarded a request; the
	// owner answers it itself rather than forwarding it again.
	HeaderForwarded = "X-Mailflow-Forwarded-By"
	// HeaderTo names the instance a forwarded request is for.
	HeaderTo = "X-Mailflow-To"
	// HeaderScope is the caller's scope: "all" or "manager:ID".
	HeaderScope = "X-Mailflow-Scope"
	// HeaderTimestamp is the signing time, in Unix seconds.
	HeaderTimestamp = "X-Mailflow-Timestamp"
	// HeaderNonce is 128 random bits, base64url, unique per request.
	HeaderNonce = "X-Mailflow-Nonce"
	// HeaderSignature is "v1=" and the base64url HMAC-SHA256 of the
	// request (on a forwarded request) or of the answer (on its answer).
	HeaderSignature = "X-Mailflow-Signature"
)

// ClockSkew is how far the time stamp of a signed request may be from the
// receiver's clock; a nonce is remembered as long.
const ClockSkew = 30 * time.Second

// MinClusterSecret is the shortest cluster secret accepted, in bytes: 128
// bits of entropy when it is random (`openssl rand -base64 32` gives 256).
const MinClusterSecret = 16

// scopeAll and scopeManager are the scopes an envelope can carry.
const (
	scopeAll     = "all"
	scopeManager = "manager:"
)

// clusterAuth signs and checks what instances send each other. A nil
// *clusterAuth (no secret configured) signs nothing and accepts nothing.
type clusterAuth struct {
	reqKey, ansKey []byte
	// proofKey answers the challenge of peerproof.go: a key of its own,
	// so that no proof can pass for a request's or an answer's signature.
	proofKey []byte
	now      func() time.Time
	seen     nonceCache
	// started is when this process began to accept forwarded requests,
	// in Unix seconds: the nonces of requests signed before it are not
	// in seen, which lives in memory.
	started int64
}

// newClusterAuth derives the request and answer keys from secret; it
// returns nil for an empty secret.
//
// Every key is derived from the secret and the cluster's name (Config.Cluster),
// so that two clusters given one secret (copied deployment values, two
// namespaces whose instances have the same addresses) do not take each
// other's proofs and forwarded requests (review S22B-3).
func newClusterAuth(secret []byte, cluster string) *clusterAuth {
	if len(secret) == 0 {
		return nil
	}
	derive := func(label string) []byte {
		m := hmac.New(sha256.New, secret)
		m.Write([]byte("mailflow cluster v1 " + label + "\n" + cluster))
		return m.Sum(nil)
	}
	return &clusterAuth{reqKey: derive("request"), ansKey: derive("answer"), proofKey: derive("proof"), now: time.Now, seen: nonceCache{m: map[string]time.Time{}},
		started: time.Now().Unix()}
}

// CheckClusterSecret says whether secret is acceptable as a cluster secret:
// at least MinClusterSecret bytes, and not a placeholder published in an
// example (anyone who read it could sign forwarded requests, which the
// instances trust with the scope they name).
func CheckClusterSecret(secret string) error { return checkSecret("cluster secret", secret) }

// CheckAPIToken says whether token is acceptable as the operator's API
// token (Config.AdminToken), by the same rule as the cluster secret: it
// sees every domain, and the API can be asked from anywhere that reaches
// it, so a short or published one would be guessed (wrong guesses are
// throttled per address, authfailures.go, which slows but cannot stop a
// guesser with many addresses).
func CheckAPIToken(token string) error { return checkSecret("operator API token", token) }

// checkSecret refuses a secret shorter than MinClusterSecret bytes or that
// contains a placeholder word of examples.
func checkSecret(what, secret string) error {
	if len(secret) < MinClusterSecret {
		return fmt.Errorf("the %s has %d bytes; it needs at least %d (e.g. openssl rand -base64 32)", what, len(secret), MinClusterSecret)
	}
	lower := strings.ToLower(secret)
	for _, w := range []string{"change-me", "changeme", "change_me", "example", "secret-here"} {
		if strings.Contains(lower, w) {
			return fmt.Errorf("the %s looks like a placeholder (it contains %q): set a random one, e.g. openssl rand -base64 32", what, w)
		}
	}
	return nil
}

// envelope is what a signed forwarded request says.
type envelope struct {
	from, to, scope string
	nonce           string
}

var bodyOfNothing = sha256.Sum256(nil)

func (a *clusterAuth) requestMAC(method, uri string, e envelope, ts string, bodySum []byte) string {
	m := hmac.New(sha256.New, a.reqKey)
	for _, part := range []string{"mailflow-forward-v1", method, uri, e.from, e.to, e.scope, ts, e.nonce, hex.EncodeToString(bodySum)} {
		m.Write([]byte(part))
		m.Write([]byte{'\n'})
	}
	return "v1=" + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// sign puts the envelope and its signature on out, a body-less request;
// it returns the nonce, which the answer's signature must name.
func (a *clusterAuth) sign(out *http.Request, from, to, scope string) string {
	var n [16]byte
	_, _ = rand.Read(n[:])
	e := envelope{from: from, to: to, scope: scope, nonce: base64.RawURLEncoding.EncodeToString(n[:])}
	ts := strconv.FormatInt(a.now().Unix(), 10)
	h := out.Header
	h.Del("Authorization")
	h.Set(HeaderForwarded, e.from)
	h.Set(HeaderTo, e.to)
	h.Set(HeaderScope, e.scope)
	h.Set(HeaderTimestamp, ts)
	h.Set(HeaderNonce, e.nonce)
	h.Set(HeaderSignature, a.requestMAC(out.Method, out.URL.RequestURI(), e, ts, bodyOfNothing[:]))
	return e.nonce
}

// isSigned says whether r claims to come from another instance.
func isSigned(r *http.Request) bool {
	return r.Header.Get(HeaderSignature) != "" || r.Header.Get(HeaderForwarded) != ""
}

// Why a forwarded request was refused: the receiver logs the reason, the
// sender gets only a 403.
var (
	errNoSecret    = errors.New("this instance has no cluster secret (--cluster-secret), so it accepts no forwarded request")
	errBadMAC      = errors.New("the signature does not match (another cluster secret, or a changed request)")
	errStale       = errors.New("the time stamp is outside the allowed clock skew")
	errReplay      = errors.New("the nonce was used before (a replayed request)")
	errBeforeStart = errors.New("signed before this instance started, so its nonce cannot be checked (a replayed request, or one sent as it restarted: send it again)")
	errNotForMe    = errors.New("the request is signed for another instance")
	errMalformed   = errors.New("the envelope is incomplete or malformed")
)

// verify checks the envelope of a forwarded request addressed to self;
// forwarded requests are GETs without a body.
func (a *clusterAuth) verify(r *http.Request, self string) (envelope, error) {
	if a == nil {
		return envelope{}, errNoSecret
	}
	h := r.Header
	e := envelope{from: h.Get(HeaderForwarded), to: h.Get(HeaderTo), scope: h.Get(HeaderScope), nonce: h.Get(HeaderNonce)}
	ts, sig := h.Get(HeaderTimestamp), h.Get(HeaderSignature)
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || e.from == "" || e.to == "" || e.scope == "" || len(e.nonce) < 16 || len(e.nonce) > 64 || sig == "" {
		return e, errMalformed
	}
	want := a.requestMAC(r.Method, r.URL.RequestURI(), e, ts, bodyOfNothing[:])
	if !hmac.Equal([]byte(sig), []byte(want)) {
		return e, errBadMAC
	}
	if e.to != self {
		return e, errNotForMe
	}
	now := a.now()
	at := time.Unix(sec, 0)
	if at.Before(now.Add(-ClockSkew)) || at.After(now.Add(ClockSkew)) {
		return e, errStale
	}
	if sec < a.started {
		// Signed before this process started: its nonce may have been
		// used with the process before, whose cache is gone, so a
		// request captured on the wire could be replayed once per
		// restart (third review). The peer signs it again.
		return e, errBeforeStart
	}
	if !a.seen.add(e.nonce, now) {
		return e, errReplay
	}
	return e, nil
}

// answerMAC signs an answer: its status, content type, Retry-After, the
// request's nonce and its body's SHA-256 (for a stream, "stream": its
// events are signed one by one). The forwarding instance passes
// Retry-After on to its client, so it is signed too (third review: a
// forged one went through); an answer without one is signed as before
// it was, so that instances of the previous release agree on those.
func (a *clusterAuth) answerMAC(nonce string, code int, ctype, retryAfter, bodySum string) string {
	m := hmac.New(sha256.New, a.ansKey)
	for _, part := range []string{"mailflow-answer-v1", nonce, strconv.Itoa(code), ctype, bodySum} {
		m.Write([]byte(part))
		m.Write([]byte{'\n'})
	}
	if retryAfter != "" {
		m.Write([]byte("retry-after " + retryAfter + "\n"))
	}
	return "v1=" + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// streamBody stands for the body hash of a stream's answer.
const streamBody = "stream"

func bodySum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// checkAnswer verifies the signature of an answer to the request with
// nonce.
func (a *clusterAuth) checkAnswer(resp *http.Response, nonce, bodyHash string) error {
	want := a.answerMAC(nonce, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Retry-After"), bodyHash)
	if !hmac.Equal([]byte(resp.Header.Get(HeaderSignature)), []byte(want)) {
		return errors.New("the answer is not signed with the cluster secret")
	}
	return nil
}

// eventMAC signs the i-th event (from 0) of a stream answering the
// request with nonce; event is the event's text without its mac field.
func (a *clusterAuth) eventMAC(nonce string, i uint64, event []byte) string {
	m := hmac.New(sha256.New, a.ansKey)
	m.Write([]byte("mailflow-event-v1\n" + nonce + "\n" + strconv.FormatUint(i, 10) + "\n"))
	m.Write(event)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// nonceCache remembers the nonces of the last ClockSkew (twice: a time
// stamp may be that far ahead), so that a signed request is accepted once.
type nonceCache struct {
	mu    sync.Mutex
	m     map[string]time.Time
	sweep time.Time
}

// maxNonces bounds the cache: at that many requests within the window
// further requests are refused (503 for the caller) until it drains,
// rather than letting memory grow.
const maxNonces = 1 << 20

func (c *nonceCache) add(nonce string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now.Sub(c.sweep) > ClockSkew || len(c.m) >= maxNonces {
		for n, exp := range c.m {
			if now.After(exp) {
				delete(c.m, n)
			}
		}
		c.sweep = now
	}
	if _, dup := c.m[nonce]; dup || len(c.m) >= maxNonces {
		return false
	}
	c.m[nonce] = now.Add(2 * ClockSkew)
	return true
}

// scopeOf is the envelope scope of a caller.
func scopeOf(c caller) string {
	if c.all {
		return scopeAll
	}
	return scopeManager + c.manager.ID
}

// signedAnswer buffers the answer to a signed forwarded request and signs
// it when the handler is done; a stream (text/event-stream) is signed at
// its header and then passes through, its events signed by the stream.
type signedAnswer struct {
	http.ResponseWriter
	auth   *clusterAuth
	nonce  string
	code   int
	buf    []byte
	stream bool
	wrote  bool
}

func (s *signedAnswer) WriteHeader(code int) {
	if s.wrote {
		return
	}
	s.wrote, s.code = true, code
	if strings.HasPrefix(s.Header().Get("Content-Type"), "text/event-stream") {
		s.stream = true
		s.Header().Set(HeaderSignature, s.auth.answerMAC(s.nonce, code, s.Header().Get("Content-Type"), s.Header().Get("Retry-After"), streamBody))
		s.ResponseWriter.WriteHeader(code)
	}
}

func (s *signedAnswer) Write(b []byte) (int, error) {
	if !s.wrote {
		s.WriteHeader(http.StatusOK)
	}
	if s.stream {
		return s.ResponseWriter.Write(b)
	}
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// Flush passes through for a stream; an answer is sent whole by finish.
func (s *signedAnswer) Flush() {
	if s.stream {
		if f, ok := s.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
	}
}

// Unwrap lets http.ResponseController reach the connection (deadlines).
func (s *signedAnswer) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// finish signs and sends a buffered answer.
func (s *signedAnswer) finish() {
	if s.stream {
		return
	}
	if !s.wrote {
		s.code = http.StatusOK
	}
	s.Header().Set(HeaderSignature, s.auth.answerMAC(s.nonce, s.code, s.Header().Get("Content-Type"), s.Header().Get("Retry-After"), bodySum(s.buf)))
	s.Header().Set("Content-Length", strconv.Itoa(len(s.buf)))
	s.ResponseWriter.WriteHeader(s.code)
	_, _ = s.ResponseWriter.Write(s.buf)
}
