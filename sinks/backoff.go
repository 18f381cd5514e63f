package sinks

import (
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// backoff returns how long to wait before attempt n+1 after attempt n
// (n ≥ 1) failed: exponential from base, capped at limit, with "equal
// jitter" (half fixed, half random) so that many notifications failing
// together do not retry in lockstep. A receiver's Retry-After, when given,
// is honoured as the least wait, up to maxRetryAfter.
func backoff(n int, base, limit, retryAfter, maxRetryAfter time.Duration) time.Duration {
	d := base
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	d = min(d, limit)
	d = d/2 + rand.N(d/2+1)
	if retryAfter > 0 {
		d = max(d, min(retryAfter, maxRetryAfter))
	}
	return d
}

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP
// date (RFC 9110 §10.2.3). It returns 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(min(secs, int64(24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
