package api

import (
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
)

// HeaderForwarded marks a request one instance forwarded to another, so
// that the owner answers it itself (or refuses it) rather than forwarding
// again: ownership can move during a rebalance, and a request must not
// bounce between instances that each think the other owns it.
const HeaderForwarded = "X-Mailflow-Forwarded-By"

// route answers requests for domains this instance does not own by
// forwarding them to the owner. It reports whether it answered the request;
// when it did not, the caller serves it from the local store.
func (s *server) route(w http.ResponseWriter, r *http.Request, domain string) bool {
	o, err := s.b.Owner(r.Context(), domain)
	if err != nil {
		s.retryLater(w, fmt.Sprintf("cannot find the owner of %s: %v", domain, err))
		return true
	}
	switch {
	case o.Local && o.Restoring:
		s.retryLater(w, fmt.Sprintf("partition %d of %s is being restored on this instance", o.Partition, domain))
		return true
	case o.Local:
		return false
	case r.Header.Get(HeaderForwarded) != "":
		s.retryLater(w, fmt.Sprintf("partition %d of %s is moving between instances (rebalance in progress)", o.Partition, domain))
		return true
	case o.Addr == "":
		s.retryLater(w, fmt.Sprintf("partition %d of %s has no owner right now (rebalance in progress)", o.Partition, domain))
		return true
	}
	target := &url.URL{Scheme: "http", Host: o.Addr}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			pr.Out.Host = r.Host
			pr.Out.Header.Set(HeaderForwarded, s.cfg.Self)
			// The owner authenticates the caller again and applies the
			// same scope: the Authorization header and the query
			// (access_token of a stream) go along unchanged.
			copyCredentials(pr.Out, pr.In)
		},
		// Stream server-sent events as they come.
		FlushInterval: -1,
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, err error) {
			s.retryLater(w, fmt.Sprintf("the owner of %s (%s) did not answer: %v", domain, o.Addr, err))
		},
	}
	proxy.ServeHTTP(w, r)
	return true
}

// retryLater answers 503 with Retry-After: the condition is temporary.
func (s *server) retryLater(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", "1")
	writeJSON(w, http.StatusServiceUnavailable, map[string]any{"error": msg, "retryable": true})
}
