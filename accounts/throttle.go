package accounts

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/mailflow/mailflow/clientaddr"
)

// Throttle slows down password guessing (OWASP Authentication Cheat Sheet,
// "Login Throttling"). A sign-in attempt takes a token from three buckets
// before the password is looked at:
//
//   - the address tried from this client (5, then one per 5 minutes): a
//     person who mistypes a few times is not locked out for long;
//   - the address tried from anywhere (50, then one per 5 minutes): a
//     guesser spread over many clients gets no more than one client would,
//     while one client failing on a manager's address cannot lock the
//     manager out of their own sign-in from elsewhere;
//   - the client (20, then one per 30 seconds): spraying addresses.
//
// The token is taken when the attempt begins, not when it has failed, so
// that concurrent attempts cannot all pass the check before any failure
// is counted; a successful sign-in gives its tokens back.
//
// The buckets are per instance: behind a load balancer of k instances a
// guesser gets at most k times the rate, which keeps guessing an argon2id
// hash of a 10-character password out of reach.
type Throttle struct {
	pair, account, client rate.Limit
	burstPair             int
	burstAccount          int
	burstClient           int
	now                   func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// ThrottleOption changes a Throttle.
type ThrottleOption func(*Throttle)

// ThrottleClock makes the throttle read the time from now (tests).
func ThrottleClock(now func() time.Time) ThrottleOption { return func(t *Throttle) { t.now = now } }

// NewThrottle returns a throttle with the limits described on Throttle.
func NewThrottle(opts ...ThrottleOption) *Throttle {
	t := &Throttle{
		pair: rate.Every(5 * time.Minute), burstPair: 5,
		account: rate.Every(5 * time.Minute), burstAccount: 50,
		client: rate.Every(30 * time.Second), burstClient: 20,
		now: time.Now, buckets: map[string]*rate.Limiter{}}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Attempt is a sign-in attempt admitted by Begin. Call Succeeded when the
// password was right, which gives the attempt's tokens back; a failed
// attempt needs no call (its tokens are spent).
type Attempt struct {
	t   *Throttle
	res []*rate.Reservation
}

// Begin admits a sign-in attempt for account from client (its IP
// address; an IPv6 client is counted by its /64, see clientaddr.Group),
// taking its tokens; when refused, it says how long to wait.
func (t *Throttle) Begin(account, client string) (*Attempt, bool, time.Duration) {
	client = clientaddr.Group(client)
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.prune(now)
	ls := [...]*rate.Limiter{
		t.bucket("p:"+account+"\x00"+client, t.pair, t.burstPair),
		t.bucket("a:"+account, t.account, t.burstAccount),
		t.bucket("c:"+client, t.client, t.burstClient),
	}
	a := &Attempt{t: t, res: make([]*rate.Reservation, 0, len(ls))}
	wait := time.Duration(0)
	for _, l := range ls {
		r := l.ReserveN(now, 1)
		a.res = append(a.res, r)
		wait = max(wait, r.DelayFrom(now))
	}
	if wait > 0 {
		for _, r := range a.res {
			r.CancelAt(now)
		}
		return nil, false, wait
	}
	return a, true, 0
}

// Succeeded gives the attempt's tokens back: signing in with the right
// password costs nothing.
func (a *Attempt) Succeeded() {
	a.t.mu.Lock()
	defer a.t.mu.Unlock()
	now := a.t.now()
	for _, r := range a.res {
		r.CancelAt(now)
	}
}

// Reset forgets the failed sign-ins counted against account (its e-mail
// address, as given to Begin) from every client: a new password set
// through a one-time link makes the guesses at the old one moot, and the
// manager who was locked out can sign in at once (the lockout message
// offers the link as the way out). A client's own bucket, which counts its
// attempts on every account, is kept.
func (t *Throttle) Reset(account string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.buckets, "a:"+account)
	pair := "p:" + account + "\x00"
	for k := range t.buckets {
		if strings.HasPrefix(k, pair) {
			delete(t.buckets, k)
		}
	}
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
