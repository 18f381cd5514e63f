package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/segmentio/encoding/json"
)

// route answers requests for domains this instance does not own by
// forwarding them to the owner, signed with the cluster secret and
// carrying the caller's scope instead of the caller's token (cluster.go).
// It reports whether it answered the request; when it did not, the caller
// serves it from the local store.
//
// Answers never name another instance's address: the caller learns that a
// partition is moving or its owner did not answer, and the address goes
// to this instance's log.
func (s *server) route(w http.ResponseWriter, r *http.Request, domain string) bool {
	o, err := s.b.Owner(r.Context(), domain)
	if err != nil {
		s.cfg.Log.Warn("cannot find the owner of a domain", "domain", domain, "err", err)
		s.retryLater(w, fmt.Sprintf("cannot find the instance that owns %s right now", domain))
		return true
	}
	switch {
	case o.Local && o.Restoring:
		s.retryLater(w, fmt.Sprintf("partition %d of %s is being restored on this instance", o.Partition, domain))
		return true
	case o.Local:
		return false
	case callerOf(r).peer:
		s.retryLater(w, fmt.Sprintf("partition %d of %s is moving between instances (rebalance in progress)", o.Partition, domain))
		return true
	case o.Addr == "":
		s.retryLater(w, fmt.Sprintf("partition %d of %s has no owner right now (rebalance in progress)", o.Partition, domain))
		return true
	case s.cluster == nil:
		s.noClusterSecret(w, o.Addr, domain)
		return true
	}
	if isStreamPath(r.URL.Path) {
		s.forwardStream(w, r, o.Addr, domain)
		return true
	}
	resp, body, err := s.askOwner(r.Context(), r, o.Addr, r.URL.EscapedPath(), forwardQuery(r.URL.Query()))
	if err != nil {
		s.fail(w, r, s.ownerFailed(r, err, o.Addr, fmt.Sprintf("the instance that owns %s", domain)))
		return true
	}
	if resp.StatusCode == http.StatusOK {
		// The scope was checked here before forwarding; what comes back
		// must be about the domain asked for.
		var about struct {
			Domain string `json:"domain"`
		}
		if json.Unmarshal(body, &about) != nil || about.Domain != domain {
			s.cfg.Log.Error("the owner of a domain answered about another domain", "domain", domain, "owner", o.Addr, "answered", about.Domain)
			s.fail(w, r, &apiError{http.StatusBadGateway, fmt.Sprintf("the instance that owns %s gave an answer about another domain", domain)})
			return true
		}
	}
	for _, h := range []string{"Content-Type", "Retry-After"} {
		if v := resp.Header.Get(h); v != "" {
			w.Header().Set(h, v)
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(body)
	return true
}

// forwardQuery is the query of a request as it is forwarded: without the
// caller's access_token, which never leaves this instance. q is
// r.URL.Query(), which is the whole query: serve refused one that
// queryparams.Parse cannot read before it got here (r.URL.Query() would
// have dropped its bad pairs, and the owner answered without them).
func forwardQuery(q url.Values) url.Values {
	q.Del(AccessTokenParam)
	return q
}

// askOwner sends a signed GET of path?q (path escaped, as URL.EscapedPath
// gives it) to the instance at addr on behalf
// of in's caller, reads its answer (at most maxForwardedBody bytes) and
// checks the answer's signature.
func (s *server) askOwner(ctx context.Context, in *http.Request, addr, path string, q url.Values) (*http.Response, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, forwardTimeout)
	defer cancel()
	// path is escaped (a message id may hold "/" or "%"): it goes out as
	// given.
	unescaped, err := url.PathUnescape(path)
	if err != nil {
		return nil, nil, fmt.Errorf("forward path %q: %w", path, err)
	}
	u := url.URL{Scheme: "http", Host: addr, Path: unescaped, RawPath: path, RawQuery: q.Encode()}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Accept", "application/json")
	nonce := s.cluster.sign(req, s.cfg.Self, addr, scopeOf(callerOf(in)))
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxForwardedBody))
	if err != nil {
		return nil, nil, err
	}
	if err := s.cluster.checkAnswer(resp, nonce, bodySum(body)); err != nil {
		return nil, nil, &forgedAnswer{err: err, code: resp.StatusCode, body: clipBody(body)}
	}
	return resp, body, nil
}

// forgedAnswer is an answer that does not carry a valid signature.
type forgedAnswer struct {
	err  error
	code int
	body string
}

func (e *forgedAnswer) Error() string {
	return fmt.Sprintf("%v (status %d, body %q)", e.err, e.code, e.body)
}

func clipBody(b []byte) string {
	const n = 200
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

// ownerFailed turns a failed request to another instance into the error
// the caller sees (no address) and logs what happened (with it).
func (s *server) ownerFailed(r *http.Request, err error, addr, what string) error {
	if ctxErr := r.Context().Err(); ctxErr != nil {
		return ctxErr
	}
	var np *errNotProven
	if errors.As(err, &np) {
		// peerTransport logged it, without the request.
		return &apiError{http.StatusBadGateway, what + " did not prove that it belongs to this cluster (it does not hold the cluster secret), so the request was not sent to it"}
	}
	if _, forged := err.(*forgedAnswer); forged {
		s.cfg.Log.Error("an instance's answer failed the cluster signature check: is the cluster secret the same on every instance, or did a stranger join the group?", "owner", addr, "err", err)
		return &apiError{http.StatusBadGateway, what + " gave an answer that is not signed with the cluster secret"}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// Its text holds the URL, and so the caller's query: the log
		// needs only what failed.
		err = fmt.Errorf("%s to %s: %w", ue.Op, addr, ue.Err)
	}
	s.cfg.Log.Warn("forwarding to another instance failed", "owner", addr, "err", err)
	return unavailable(what + " did not answer")
}

// noClusterSecret answers a request for a domain another instance owns
// when this instance cannot forward it: without a cluster secret it
// neither proves itself to the owner nor can tell a true answer from a
// forged one.
func (s *server) noClusterSecret(w http.ResponseWriter, addr, domain string) {
	if s.noSecretLogged.every(time.Minute) {
		s.cfg.Log.Error("a request needs another instance, but no cluster secret is set: set the same --cluster-secret (MAILFLOW_CLUSTER_SECRET) on every instance", "domain", domain, "owner", addr)
	}
	s.retryLater(w, fmt.Sprintf("%s is served by another instance, and this one cannot forward requests: the instances have no cluster secret (--cluster-secret)", domain))
}

// retryLater answers 503 with Retry-After: the condition is temporary.
func (s *server) retryLater(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", "1")
	writeJSON(w, http.StatusServiceUnavailable, map[string]any{"error": msg, "retryable": true})
}
