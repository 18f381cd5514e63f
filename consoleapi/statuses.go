package consoleapi

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/schemas"
)

// APIStatuses is the StatusSource of a running instance: it asks the read
// API (api.Handler) in-process, with the operator's scope (the token of
// api.Config.InternalToken), so that domains
// owned by other instances are answered by their owners as for any API
// caller.
//
// A few domains (a customer's) are looked up one by one; more (a
// reseller's) are read from the API's lists of Bad and Good domains, which
// are cached for TTL, so that paging through 10,000 domains does not read
// them again for every page. A domain in neither list is Unknown.
type APIStatuses struct {
	// API is the read API's handler.
	API http.Handler
	// Token is the admin token; empty when the API is open.
	Token string
	// TTL is how long the lists are reused; 10 seconds when zero.
	TTL time.Duration
	// Few is the most domains looked up one by one; 25 when zero. Each
	// lookup counts against the rate limit of the caller the context
	// names (api.ChargeTo; the console's tree names its caller), never
	// the operator's unless the operator asked.
	Few int

	mu     sync.Mutex
	cached map[string]schemas.Status
	at     time.Time
}

// Statuses implements StatusSource.
func (a *APIStatuses) Statuses(ctx context.Context, names []string) (map[string]schemas.Status, error) {
	few := a.Few
	if few <= 0 {
		few = 25
	}
	if len(names) <= few {
		out := make(map[string]schemas.Status, len(names))
		for _, n := range names {
			var s api.Status
			code, err := a.get(ctx, "/api/v1/domains/"+url.PathEscape(n)+"/status", &s)
			if err != nil {
				return nil, err
			}
			if code == http.StatusOK {
				out[n] = s.Status
			}
		}
		return out, nil
	}
	all, err := a.all(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]schemas.Status, len(names))
	for _, n := range names {
		if st, ok := all[n]; ok {
			out[n] = st
		}
	}
	return out, nil
}

// all returns every domain that is Bad or Good, cached for TTL.
func (a *APIStatuses) all(ctx context.Context) (map[string]schemas.Status, error) {
	ttl := a.TTL
	if ttl <= 0 {
		ttl = 10 * time.Second
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cached != nil && time.Since(a.at) < ttl {
		return a.cached, nil
	}
	out := map[string]schemas.Status{}
	for _, st := range []string{"bad", "good"} {
		cursor := ""
		for {
			var page api.DomainPage
			path := "/api/v1/domains?status=" + st + "&limit=1000"
			if cursor != "" {
				path += "&cursor=" + url.QueryEscape(cursor)
			}
			code, err := a.get(ctx, path, &page)
			if err != nil {
				return nil, err
			}
			if code != http.StatusOK {
				return nil, fmt.Errorf("domain list: the API answered %d", code)
			}
			for _, d := range page.Domains {
				out[d.Domain] = d.Status
			}
			if page.NextCursor == "" {
				break
			}
			cursor = page.NextCursor
		}
	}
	a.cached, a.at = out, time.Now()
	return out, nil
}

// RateLimitedError is a read the API refused because the caller it was
// made for (api.ChargeTo) is over its rate limit.
type RateLimitedError struct {
	// RetryAfter is the API's Retry-After: whole seconds.
	RetryAfter string
}

func (e *RateLimitedError) Error() string {
	return "the caller's API rate limit is spent: retry after " + e.RetryAfter + " s"
}

// get calls the API in-process and decodes a 200 answer into v.
func (a *APIStatuses) get(ctx context.Context, path string, v any) (int, error) {
	req := httptest.NewRequestWithContext(ctx, http.MethodGet, path, nil)
	req.RemoteAddr = "127.0.0.1:0"
	// Not httptest's example.com: an open API answers local names only.
	req.Host = "localhost"
	if a.Token != "" {
		req.Header.Set("Authorization", "Bearer "+a.Token)
	}
	rec := httptest.NewRecorder()
	a.API.ServeHTTP(rec, req)
	switch rec.Code {
	case http.StatusOK:
		if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
			return 0, fmt.Errorf("GET %s: %w", path, err)
		}
	case http.StatusNotFound:
	case http.StatusTooManyRequests:
		return rec.Code, &RateLimitedError{RetryAfter: cmp.Or(rec.Header().Get("Retry-After"), "1")}
	default:
		return rec.Code, fmt.Errorf("GET %s: the API answered %d: %s", path, rec.Code, clip(rec.Body.String()))
	}
	return rec.Code, nil
}
