package accounts

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Throttle slows down password guessing: each failed sign-in takes a token
// from a bucket of the address tried and one of the client's IP address;
// while either bucket is empty, sign-in is refused before the password is
// looked at. Buckets refill slowly, so that a person who mistypes a few
// times is not locked out for long while a guesser gets a few attempts an
// hour (OWASP Authentication Cheat Sheet, "Login Throttling").
//
// The buckets are per instance: behind a load balancer of k instances a
// guesser gets at most k times the rate, which keeps guessing an argon2id
// hash of a 10-character password out of reach.
type Throttle struct {
	perAccount, perIP rate.Limit
	burstAccount      int
	burstIP           int
	now               func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// ThrottleOption changes a Throttle.
type ThrottleOption func(*Throttle)

// ThrottleClock makes the throttle read the time from now (tests).
func ThrottleClock(now func() time.Time) ThrottleOption { return func(t *Throttle) { t.now = now } }

// NewThrottle returns a throttle that allows 5 failures per address (then
// one per 5 minutes) and 20 per IP address (then one per 30 seconds).
func NewThrottle(opts ...ThrottleOption) *Throttle {
	t := &Throttle{perAccount: rate.Every(5 * time.Minute), burstAccount: 5,
		perIP: rate.Every(30 * time.Second), burstIP: 20, now: time.Now,
		buckets: map[string]*rate.Limiter{}}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Allow reports whether a sign-in for account from ip may be tried now,
// and when not, how long to wait.
func (t *Throttle) Allow(account, ip string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	wait := time.Duration(0)
	for _, l := range []*rate.Limiter{t.bucket("a:"+account, t.perAccount, t.burstAccount), t.bucket("i:"+ip, t.perIP, t.burstIP)} {
		if tokens := l.TokensAt(now); tokens < 1 {
			secs := (1 - tokens) / float64(l.Limit())
			wait = max(wait, time.Duration(secs*float64(time.Second)))
		}
	}
	return wait == 0, wait
}

// Fail records a failed sign-in.
func (t *Throttle) Fail(account, ip string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.bucket("a:"+account, t.perAccount, t.burstAccount).AllowN(now, 1)
	t.bucket("i:"+ip, t.perIP, t.burstIP).AllowN(now, 1)
	t.prune(now)
}

// bucket returns the key's limiter, made full when new.
func (t *Throttle) bucket(key string, r rate.Limit, burst int) *rate.Limiter {
	l, ok := t.buckets[key]
	if !ok {
		l = rate.NewLimiter(r, burst)
		t.buckets[key] = l
	}
	return l
}

// prune drops full buckets once there are many, so that a spray of
// addresses cannot grow the map without bound.
func (t *Throttle) prune(now time.Time) {
	if len(t.buckets) < 10000 {
		return
	}
	for k, l := range t.buckets {
		if l.TokensAt(now) >= float64(l.Burst()) {
			delete(t.buckets, k)
		}
	}
}

// ThrottledError says how long to wait before trying to sign in again.
type ThrottledError struct{ Wait time.Duration }

func (e *ThrottledError) Error() string {
	return fmt.Sprintf("too many failed sign-ins: wait %v before trying again, or ask your operator for a set-password link", max(e.Wait, time.Second))
}
