package api

import (
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/mailflow/mailflow/clientaddr"
)

// The failed-authentication limit per client address (OWASP Authentication
// Cheat Sheet, "Login Throttling"; the console's sign-in has its own,
// accounts.Throttle): a client may present FailedAuthBurst wrong bearer
// tokens at once, then one per FailedAuthEvery. Over it, a request with a
// bearer token is answered 429 before the token is looked at, so that a
// guess cannot be confirmed by the answer either. An operator's or
// manager's token is chosen by people and may be guessable; this keeps
// online guessing to a few thousand tries a day per address.
const (
	FailedAuthBurst = 20
	FailedAuthEvery = 3 * time.Second
)

// maxFailingClients bounds the addresses remembered. Past it, addresses
// whose bucket has refilled are forgotten first; an attacker with more
// addresses than this resets others' counts, which costs them nothing they
// would not get from that many addresses anyway.
const maxFailingClients = 1 << 16

// authFailures counts wrong bearer tokens per client address (an IPv6
// client by its /64, clientaddr.Group).
type authFailures struct {
	mu      sync.Mutex
	clients map[string]*rate.Limiter
	now     func() time.Time
}

func newAuthFailures() *authFailures {
	return &authFailures{clients: map[string]*rate.Limiter{}, now: time.Now}
}

// blocked reports whether client has no wrong guess left, and when it will
// have one again.
func (a *authFailures) blocked(client string) (time.Duration, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	l, ok := a.clients[clientaddr.Group(client)]
	if !ok {
		return 0, false
	}
	now := a.now()
	if l.TokensAt(now) >= 1 {
		return 0, false
	}
	r := l.ReserveN(now, 1)
	wait := r.DelayFrom(now)
	r.CancelAt(now)
	return wait, true
}

// failed counts a wrong token presented by client.
func (a *authFailures) failed(client string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	now := a.now()
	key := clientaddr.Group(client)
	l, ok := a.clients[key]
	if !ok {
		if len(a.clients) >= maxFailingClients {
			a.forget(now)
		}
		l = rate.NewLimiter(rate.Every(FailedAuthEvery), FailedAuthBurst)
		a.clients[key] = l
	}
	l.AllowN(now, 1)
}

// forget drops the addresses whose bucket is full again, or all of them if
// none is; a.mu is held.
func (a *authFailures) forget(now time.Time) {
	for k, l := range a.clients {
		if l.TokensAt(now) >= FailedAuthBurst {
			delete(a.clients, k)
		}
	}
	if len(a.clients) >= maxFailingClients {
		clear(a.clients)
	}
}

// refuseGuessing answers 429 for a client that has used up its wrong
// tokens.
func refuseGuessing(w http.ResponseWriter, wait time.Duration) {
	tooMany(w, wait, fmt.Sprintf("too many wrong API tokens from this address: at most %d at once, then one every %s", FailedAuthBurst, FailedAuthEvery))
}
