package api

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limits bounds what one caller can take of an instance. A caller is a
// token (the admin token, or one manager's), or in open mode a client IP
// address; requests another instance forwarded were counted there. The
// request rate is limited per token only: open mode (development, no
// tokens) limits streams, not requests.
type Limits struct {
	// Rate is how many requests a second a caller may make on average,
	// and Burst how many at once (a token bucket); DefaultRate and
	// DefaultBurst when zero, no limit when negative. Over it the answer
	// is 429 with Retry-After (RFC 6585, RFC 9110 §10.2.3).
	Rate  float64
	Burst int
	// StreamsPerCaller is how many live-log streams one caller may hold
	// open at once (DefaultStreamsPerCaller when zero); the next is
	// answered 429 with Retry-After.
	StreamsPerCaller int
	// Streams bounds the open streams of the instance (DefaultStreams
	// when zero); the next is answered 503 with Retry-After.
	Streams int
}

// The default limits: generous for a person's console or a monitoring
// script, small against one token flooding an instance.
const (
	DefaultRate             = 100
	DefaultBurst            = 200
	DefaultStreamsPerCaller = 32
	DefaultStreams          = 4096
)

// limiter keeps each caller's token bucket and open streams.
type limiter struct {
	lim     Limits
	mu      sync.Mutex
	callers map[string]*callerState
	streams int
	swept   time.Time
}

type callerState struct {
	bucket  *rate.Limiter
	streams int
	seen    time.Time
}

// forgetAfter is how long an idle caller's state is kept; a returning
// caller starts with a full bucket, which is what it would have by then.
const forgetAfter = 10 * time.Minute

func newLimiter(l Limits) *limiter {
	if l.Rate == 0 {
		l.Rate = DefaultRate
	}
	if l.Burst <= 0 {
		l.Burst = DefaultBurst
	}
	if l.StreamsPerCaller <= 0 {
		l.StreamsPerCaller = DefaultStreamsPerCaller
	}
	if l.Streams <= 0 {
		l.Streams = DefaultStreams
	}
	return &limiter{lim: l, callers: map[string]*callerState{}, swept: time.Now()}
}

// state returns key's state; l.mu is held.
func (l *limiter) state(key string, now time.Time) *callerState {
	if now.Sub(l.swept) > forgetAfter {
		for k, c := range l.callers {
			if c.streams == 0 && now.Sub(c.seen) > forgetAfter {
				delete(l.callers, k)
			}
		}
		l.swept = now
	}
	c := l.callers[key]
	if c == nil {
		lim := rate.Inf
		if l.lim.Rate > 0 {
			lim = rate.Limit(l.lim.Rate)
		}
		c = &callerState{bucket: rate.NewLimiter(lim, l.lim.Burst)}
		l.callers[key] = c
	}
	c.seen = now
	return c
}

// allow takes a token from key's bucket; when there is none it answers
// 429 with the seconds until the next one in Retry-After, and reports
// false. An empty key (a forwarded request) is not limited.
func (l *limiter) allow(w http.ResponseWriter, key string) bool {
	if key == "" || l.lim.Rate < 0 {
		return true
	}
	now := time.Now()
	l.mu.Lock()
	res := l.state(key, now).bucket.ReserveN(now, 1)
	delay := res.DelayFrom(now)
	if delay > 0 {
		res.CancelAt(now)
	}
	l.mu.Unlock()
	if delay <= 0 {
		return true
	}
	tooMany(w, delay, fmt.Sprintf("too many requests for this token: at most %g a second on average (bursts of %d)", l.lim.Rate, l.lim.Burst))
	return false
}

// openStream counts a new stream of key; when the caller or the instance
// has as many as allowed it answers 429 or 503 and reports false. The
// returned function ends the stream's count.
func (l *limiter) openStream(w http.ResponseWriter, key string) (func(), bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.streams >= l.lim.Streams {
		w.Header().Set("Retry-After", "5")
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"error": fmt.Sprintf("this instance serves its maximum of %d live-log streams; try again later", l.lim.Streams), "retryable": true})
		return nil, false
	}
	var c *callerState
	if key != "" {
		c = l.state(key, time.Now())
		if c.streams >= l.lim.StreamsPerCaller {
			tooMany(w, 5*time.Second, fmt.Sprintf("this token has its maximum of %d live-log streams open; close one first", l.lim.StreamsPerCaller))
			return nil, false
		}
		c.streams++
	}
	l.streams++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.streams--
			if c != nil {
				c.streams--
				c.seen = time.Now()
			}
		})
	}, true
}

// tooMany answers 429 with Retry-After in whole seconds, rounded up.
func tooMany(w http.ResponseWriter, after time.Duration, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(after.Seconds())))))
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"error": msg, "retryable": true})
}
