package accounts

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

// testParams keep argon2id cheap in tests; the production parameters are
// DefaultParams.
var testParams = Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func cluster(t *testing.T) []kgo.Opt {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
}

func open(t *testing.T, ctx context.Context, opts []kgo.Opt, more ...Option) *Store {
	t.Helper()
	s, err := Open(ctx, "mailflow.accounts", opts, append([]Option{WithParams(testParams), WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))}, more...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func TestPasswordHash(t *testing.T) {
	h, err := HashPassword("correct horse battery", testParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=1024,t=1,p=1$") {
		t.Fatalf("hash %q is not an argon2id PHC string", h)
	}
	h2, _ := HashPassword("correct horse battery", testParams)
	if h == h2 {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, tc := range []struct {
		pw   string
		want bool
	}{{"correct horse battery", true}, {"correct horse batterY", false}, {"", false}} {
		ok, err := VerifyPassword(tc.pw, h)
		if err != nil || ok != tc.want {
			t.Errorf("verify %q: %v, %v; want %v", tc.pw, ok, err, tc.want)
		}
	}
	if _, err := VerifyPassword("x", "$argon2id$garbage"); err == nil {
		t.Error("a malformed hash verified without error")
	}
	for _, tc := range []struct {
		pw string
		ok bool
	}{{"short", false}, {"ten chars!", true}, {strings.Repeat("x", 257), false}, {"\xff\xfe invalid utf8", false}} {
		if err := CheckPassword(tc.pw, PasswordContext{}); (err == nil) != tc.ok {
			t.Errorf("CheckPassword(%q) = %v, want ok %v", tc.pw, err, tc.ok)
		}
	}
}

func TestThrottle(t *testing.T) {
	now := time.Unix(1e9, 0)
	th := NewThrottle(ThrottleClock(func() time.Time { return now }))
	allowed := func(account, client string) bool {
		_, ok, _ := th.Begin(account, client)
		return ok
	}
	// Five failures of one address from one client: the sixth waits.
	for i := range 5 {
		if !allowed("a@x", "ip1") {
			t.Fatalf("attempt %d refused", i+1)
		}
	}
	_, ok, wait := th.Begin("a@x", "ip1")
	if ok || wait <= 0 || wait > 5*time.Minute {
		t.Fatalf("after 5 failures: allowed %v, wait %v; want refused for up to 5m", ok, wait)
	}
	if !allowed("b@x", "ip2") {
		t.Fatal("another address from another client is throttled too")
	}
	// The manager signs in from elsewhere: one client's failures do not
	// lock the address out (review finding: 5 failures from anywhere did).
	a, ok, _ := th.Begin("a@x", "ip9")
	if !ok {
		t.Fatal("the address is locked out for every client by one client's failures")
	}
	a.Succeeded()
	// A right password costs nothing: signing in again and again is fine.
	for i := range 30 {
		a, ok, _ := th.Begin("c@x", "ip4")
		if !ok {
			t.Fatalf("sign-in %d with the right password refused", i+1)
		}
		a.Succeeded()
	}
	// Spraying addresses from one client hits the client's bucket.
	for i := range 20 {
		if !allowed(fmt.Sprintf("spray%d@x", i), "ip3") {
			t.Fatalf("spray attempt %d refused early", i+1)
		}
	}
	if allowed("fresh@x", "ip3") {
		t.Fatal("20 failures from one client on different addresses are not throttled")
	}
	// Guessing one address from many clients hits the address's bucket.
	for i := range 50 {
		if !allowed("d@x", fmt.Sprintf("bot%d", i/4)) {
			t.Fatalf("distributed attempt %d refused early", i+1)
		}
	}
	if allowed("d@x", "bot-new") {
		t.Fatal("50 failures of one address from 13 clients are not throttled")
	}
	now = now.Add(5 * time.Minute)
	if !allowed("a@x", "ip1") {
		t.Fatal("one attempt not allowed again after 5 minutes")
	}
}

// TestThrottleIPv6Group: an IPv6 client is counted by its /64 (review
// finding: 200 addresses of one /64 sprayed 200 accounts unthrottled,
// where one IPv4 address got 20), and other /64s are not held back.
func TestThrottleIPv6Group(t *testing.T) {
	th := NewThrottle(ThrottleClock(func() time.Time { return time.Unix(1e9, 0) }))
	for _, tc := range []struct {
		name    string
		client  func(i int) string
		allowed int
	}{
		{"one IPv4 address", func(int) string { return "192.0.2.7" }, 20},
		{"addresses of one /64", func(i int) string { return fmt.Sprintf("2001:db8:1:2::%x", i+1) }, 20},
		{"one /64, mixed spellings", func(i int) string { return fmt.Sprintf("2001:DB8:3:4:%x:0:0:%x", i, i) }, 20},
		{"IPv4-mapped IPv6 is the IPv4 address", func(int) string { return "::ffff:192.0.2.99" }, 20},
		{"a /64 each", func(i int) string { return fmt.Sprintf("2001:db8:%x::1", i+10) }, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for i := range 200 {
				if _, ok, _ := th.Begin(fmt.Sprintf("%s-%d@x", tc.name, i), tc.client(i)); ok {
					n++
				}
			}
			if n != tc.allowed {
				t.Fatalf("%d of 200 sign-ins on different accounts admitted, want %d", n, tc.allowed)
			}
		})
	}
}

// TestThrottleReset: a password set through a link clears the failures
// counted against the account from every client (review finding: the
// lockout message offered the link, and the new password was still
// refused for minutes), but not a client's own spraying count.
func TestThrottleReset(t *testing.T) {
	now := time.Unix(1e9, 0)
	th := NewThrottle(ThrottleClock(func() time.Time { return now }))
	for i := range 5 {
		th.Begin("a@x", "ip1")
		th.Begin("a@x", fmt.Sprintf("bot%d", i))
	}
	for i := range 20 {
		th.Begin(fmt.Sprintf("spray%d@x", i), "ip3")
	}
	if _, ok, _ := th.Begin("a@x", "ip1"); ok {
		t.Fatal("not throttled after 5 failures")
	}
	th.Reset("a@x")
	for _, client := range []string{"ip1", "bot0", "ip7"} {
		if _, ok, _ := th.Begin("a@x", client); !ok {
			t.Errorf("sign-in from %s refused after the reset", client)
		}
	}
	if _, ok, _ := th.Begin("b@x", "ip3"); ok {
		t.Error("the reset of a@x gave a spraying client its attempts back")
	}
}

// TestThrottleConcurrent: attempts that arrive together are counted when
// they begin, so 30 at once from one client get the client's 20 and no
// more (review finding: all 30 were checked, the failures counted only
// after the slow password checks).
func TestThrottleConcurrent(t *testing.T) {
	th := NewThrottle()
	var mu sync.Mutex
	admitted := 0
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok, _ := th.Begin(fmt.Sprintf("spray%d@x", i), "ip1"); ok {
				mu.Lock()
				admitted++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if admitted != 20 {
		t.Fatalf("%d of 30 concurrent attempts admitted, want 20", admitted)
	}
}

func TestStorePasswordsLinksTokens(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	a := open(t, ctx, opts)

	if _, err := a.CheckLogin(ctx, "m1", "whatever password"); err != ErrBadCredentials {
		t.Fatalf("login without a password: %v", err)
	}
	link, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.UseLink(ctx, link, "short", nil); err == nil || err == ErrBadLink {
		t.Fatalf("short password through a link: %v", err)
	}
	m, err := a.UseLink(ctx, link, "a long enough password", nil)
	if err != nil || m != "m1" {
		t.Fatalf("use link: %q, %v", m, err)
	}
	if _, err := a.UseLink(ctx, link, "a long enough password", nil); err != ErrBadLink {
		t.Fatalf("a link used twice: %v", err)
	}
	if _, err := a.CheckLogin(ctx, "m1", "a long enough password"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.CheckLogin(ctx, "m1", "a wrong password!"); err != ErrBadCredentials {
		t.Fatalf("wrong password: %v", err)
	}

	tok, rec, err := a.NewToken(ctx, "m1", "ci")
	if err != nil {
		t.Fatal(err)
	}
	// A second instance reading the topic from the start sees it all: a
	// restart loses nothing.
	b := open(t, ctx, opts)
	if got, ok := b.ManagerByToken(tok); !ok || got != "m1" {
		t.Fatalf("token on the second instance: %q %v", got, ok)
	}
	if _, err := b.CheckLogin(ctx, "m1", "a long enough password"); err != nil {
		t.Fatalf("password on the second instance: %v", err)
	}
	if ok, _ := b.RevokeToken(ctx, "m2", rec.ID); ok {
		t.Fatal("another manager revoked m1's token")
	}
	if ok, err := b.RevokeToken(ctx, "m1", rec.ID); !ok || err != nil {
		t.Fatalf("revoke: %v %v", ok, err)
	}
	waitFor(t, "token revoked on the first instance", func() bool { _, ok := a.ManagerByToken(tok); return !ok })
	if _, ok := a.ManagerByToken("mft_" + strings.Repeat("0", 64)); ok {
		t.Fatal("an unknown token is accepted")
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 10s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSessionsAcrossInstances signs in through one instance, uses the
// session on another, signs out on the second and finds the session gone
// on the first; a cross-origin write and a write without the CSRF token
// are refused.
func TestSessionsAcrossInstances(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	stores := []*Store{open(t, ctx, opts), open(t, ctx, opts)}
	var urls []string
	for _, s := range stores {
		sm := s.NewSessionManager(false)
		mux := http.NewServeMux()
		mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
			if err := sm.RenewToken(r.Context()); err != nil {
				t.Error(err)
			}
			sm.Put(r.Context(), "manager", "m1")
			tok, _ := NewCSRFToken(r.Context(), sm)
			_, _ = io.WriteString(w, tok)
		})
		mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, sm.GetString(r.Context(), "manager"))
		})
		mux.HandleFunc("POST /write", func(w http.ResponseWriter, r *http.Request) {
			if !CheckCSRFToken(r, sm) {
				http.Error(w, "csrf", http.StatusForbidden)
				return
			}
			_, _ = io.WriteString(w, "ok")
		})
		mux.HandleFunc("POST /logout", func(w http.ResponseWriter, r *http.Request) {
			_ = sm.Destroy(r.Context())
		})
		srv := httptest.NewServer(CSRFProtection(sm.LoadAndSave(mux)))
		t.Cleanup(srv.Close)
		urls = append(urls, srv.URL)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	call := func(method, url string, hdr map[string]string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, url, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		for _, ck := range resp.Cookies() {
			if ck.Name == SessionCookieName && ck.Value != "" && (!ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode) {
				t.Errorf("session cookie %v: want HttpOnly, SameSite=Lax", ck)
			}
		}
		return resp.StatusCode, string(b)
	}
	_, csrf := call("POST", urls[0]+"/login", nil)
	// The cookie was set for the first server's host:port; both servers
	// are 127.0.0.1, and cookies do not depend on the port.
	if code, who := call("GET", urls[1]+"/me", nil); code != 200 || who != "m1" {
		t.Fatalf("session on the second instance: %d %q", code, who)
	}
	if code, _ := call("POST", urls[1]+"/write", nil); code != http.StatusForbidden {
		t.Fatalf("write without the CSRF token: %d, want 403", code)
	}
	if code, _ := call("POST", urls[1]+"/write", map[string]string{CSRFHeader: csrf, "Sec-Fetch-Site": "cross-site"}); code != http.StatusForbidden {
		t.Fatalf("cross-site write with the token: %d, want 403", code)
	}
	if code, _ := call("POST", urls[1]+"/write", map[string]string{CSRFHeader: csrf, "Origin": "https://evil.example"}); code != http.StatusForbidden {
		t.Fatalf("write from another Origin with the token: %d, want 403", code)
	}
	if code, body := call("POST", urls[1]+"/write", map[string]string{CSRFHeader: csrf, "Sec-Fetch-Site": "same-origin"}); code != 200 {
		t.Fatalf("same-origin write with the token: %d %s", code, body)
	}
	if stores[0].SessionCount() != 1 {
		t.Fatalf("%d sessions, want 1", stores[0].SessionCount())
	}
	// Keep the cookie to replay it after sign-out, as a thief would.
	u0 := mustURL(t, urls[0])
	stolen := jar.Cookies(u0)
	call("POST", urls[1]+"/logout", map[string]string{"Sec-Fetch-Site": "same-origin"})
	waitFor(t, "session gone on the first instance", func() bool { return stores[0].SessionCount() == 0 })
	jar2, _ := cookiejar.New(nil)
	jar2.SetCookies(u0, stolen)
	c.Jar = jar2
	if code, who := call("GET", urls[0]+"/me", nil); code != 200 || who != "" {
		t.Fatalf("replayed cookie after sign-out on the other instance: %d %q", code, who)
	}
}

// TestSweep removes expired sessions and links from the topic, on every
// instance.
func TestSweep(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	now := time.Unix(2e9, 0)
	clock := func() time.Time { return now }
	a := open(t, ctx, opts, WithClock(clock))
	b := open(t, ctx, opts, WithClock(clock))
	if err := a.Sessions().Commit("s1", []byte("x"), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := a.Sessions().Commit("s2", []byte("y"), now.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	link, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "sessions on b", func() bool { return b.SessionCount() == 2 })
	now = now.Add(90 * time.Minute)
	if _, ok, _ := a.Sessions().Find("s1"); ok {
		t.Fatal("an expired session is found")
	}
	if err := a.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "expired session tombstoned on b", func() bool {
		b.mu.Lock()
		defer b.mu.Unlock()
		_, s1 := b.sessions["s1"]
		_, s2 := b.sessions["s2"]
		return !s1 && s2
	})
	now = now.Add(LinkLifetime)
	if _, err := b.UseLink(ctx, link, "long enough password", nil); err != ErrBadLink {
		t.Fatalf("expired link: %v", err)
	}
}
