package api_test

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// logRecords keeps what is logged.
type logRecords struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (l *logRecords) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecords) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	l.recs = append(l.recs, r.Clone())
	l.mu.Unlock()
	return nil
}
func (l *logRecords) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logRecords) WithGroup(string) slog.Handler      { return l }

// find returns the attributes of the first record with message msg.
func (l *logRecords) find(msg string) (map[string]string, slog.Level, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.recs {
		if r.Message == msg {
			attrs := map[string]string{}
			r.Attrs(func(a slog.Attr) bool { attrs[a.Key] = a.Value.String(); return true })
			return attrs, r.Level, true
		}
	}
	return nil, 0, false
}

// panicky is a backend whose store access panics, as a handler would on a
// bug.
type panicky struct{ *memBackend }

func (panicky) Store() *state.Store { panic("boom: an index out of range somewhere") }

// TestHandlerPanicIs500 checks that a handler's panic is answered 500 with
// a JSON error, signed for a forwarded request, and logged with its stack
// at error level, instead of the dropped connection net/http leaves.
func TestHandlerPanicIs500(t *testing.T) {
	logs := &logRecords{}
	b := newMemBackend(t, 3)
	srv := httptest.NewUnstartedServer(nil)
	self := srv.Listener.Addr().String()
	// The live log reads the log store: a closed one panics on use.
	closed, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	srv.Config.Handler = api.Handler(api.Config{Backend: panicky{b}, Self: self, ClusterSecret: testSecret, Log: slog.New(logs), Logs: closed})
	srv.Start()
	defer srv.Close()

	for _, path := range []string{"/api/v1/domains/p.example/status", "/api/v1/domains/p.example/live", "/api/v1/domains?status=bad"} {
		code, body := getJSON(t, srv.URL+path, "", nil)
		if code != http.StatusInternalServerError || !strings.Contains(body, `"error"`) || strings.Contains(body, "boom") {
			t.Errorf("%s: %d %s; want 500 with a JSON error that does not show the panic", path, code, body)
		}
	}
	// A stream under way ends with a closed event.
	if ev := readStream(t, srv.URL+"/api/v1/domains/p.example/live/stream", 2); len(ev) != 1 || !strings.Contains(ev[0], "event: closed") || !strings.Contains(ev[0], "internal_error") {
		t.Errorf("stream: %q, want one closed event with reason internal_error", ev)
	}
	attrs, level, ok := logs.find("api handler panicked")
	if !ok || level != slog.LevelError || !strings.Contains(attrs["panic"], "boom") || !strings.Contains(attrs["stack"], "recoverPanic") {
		t.Errorf("log: %v %v %v; want an error with the panic and the stack", ok, level, attrs)
	}

	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/domains/p.example/status", nil)
	nonce := api.SignForwarded(req, testSecret, "i1:1", self, "all")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Errorf("forwarded: %d %s", resp.StatusCode, body)
	}
	if err := api.CheckAnswer(resp, testSecret, nonce, body); err != nil {
		t.Errorf("the 500 of a forwarded request is not signed: %v", err)
	}
}

// TestRateLimit checks the per-token token bucket: over it 429 with
// Retry-After, and other tokens (and /healthz) unaffected.
func TestRateLimit(t *testing.T) {
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	srv := httptest.NewServer(api.Handler(api.Config{Backend: b, AdminToken: adminToken, Limits: api.Limits{Rate: 1, Burst: 3}, Log: testLogger()}))
	defer srv.Close()
	for i := range 3 {
		if code, body := getJSON(t, srv.URL+"/api/v1/domains", "tok-r1", nil); code != http.StatusOK {
			t.Fatalf("request %d within the burst: %d %s", i+1, code, body)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/domains", nil)
	req.Header.Set("Authorization", "Bearer tok-r1")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	ra, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	if resp.StatusCode != http.StatusTooManyRequests || ra < 1 || !strings.Contains(string(body), `"error"`) {
		t.Errorf("over the limit: %d, Retry-After %q, %s; want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	if code, body := getJSON(t, srv.URL+"/api/v1/domains", adminToken, nil); code != http.StatusOK {
		t.Errorf("another token: %d %s", code, body)
	}
	if code, _ := getJSON(t, srv.URL+"/healthz", "", nil); code != http.StatusOK {
		t.Errorf("/healthz: %d", code)
	}
	time.Sleep(1100 * time.Millisecond)
	if code, body := getJSON(t, srv.URL+"/api/v1/domains", "tok-r1", nil); code != http.StatusOK {
		t.Errorf("a second later: %d %s", code, body)
	}

	// An open API (development) has no tokens to limit.
	open := httptest.NewServer(api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: 1, Burst: 1}, Log: testLogger()}))
	defer open.Close()
	for i := range 5 {
		if code, body := getJSON(t, open.URL+"/api/v1/domains", "", nil); code != http.StatusOK {
			t.Fatalf("open API, request %d: %d %s", i+1, code, body)
		}
	}
}

// openRaw opens a live-log stream and returns its answer once the headers
// arrived.
func openRaw(t *testing.T, ctx context.Context, u, token string) *http.Response {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestStreamLimits checks the per-token and per-instance caps on open
// live-log streams.
func TestStreamLimits(t *testing.T) {
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	srv := httptest.NewServer(api.Handler(api.Config{Backend: b, AdminToken: adminToken, Limits: api.Limits{StreamsPerCaller: 2, Streams: 3}, Log: testLogger()}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	u := srv.URL + "/api/v1/domains/in1.example/live/stream"
	first, cancelFirst := context.WithCancel(ctx)
	for i, want := range []int{http.StatusOK, http.StatusOK, http.StatusTooManyRequests} {
		c := ctx
		if i == 0 {
			c = first
		}
		resp := openRaw(t, c, u, "tok-r1")
		if resp.StatusCode != want || (want == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "") {
			t.Errorf("stream %d of one token: %d (Retry-After %q), want %d", i+1, resp.StatusCode, resp.Header.Get("Retry-After"), want)
		}
	}
	if resp := openRaw(t, ctx, u, adminToken); resp.StatusCode != http.StatusOK {
		t.Errorf("another token's stream: %d", resp.StatusCode)
	}
	if resp := openRaw(t, ctx, u, adminToken); resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("a stream over the instance's cap: %d, want 503 with Retry-After", resp.StatusCode)
	}
	cancelFirst()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp := openRaw(t, ctx, u, "tok-r1")
		if resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a closed stream was not given back: %d", resp.StatusCode)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// serve runs an api.Server with cfg over an API handler on loopback.
func serve(t *testing.T, cfg api.ServerConfig, acfg api.Config) (string, *api.Server) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if acfg.Backend == nil {
		acfg.Backend = newMemBackend(t, 3)
	}
	if acfg.Log == nil {
		acfg.Log = testLogger()
	}
	if cfg.Log == nil {
		cfg.Log = testLogger()
	}
	s := api.NewServer(api.Handler(acfg), cfg)
	done := make(chan error, 1)
	go func() { done <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.Shutdown(ctx)
		<-done
	})
	return ln.Addr().String(), s
}

// closedWithin reports whether the server closes c within d.
func closedWithin(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	if err != nil && (!isNetError(err, &ne) || ne.Timeout()) {
		return false
	}
	return true
}

func isNetError(err error, ne *net.Error) bool {
	e, ok := err.(net.Error)
	if ok {
		*ne = e
	}
	return ok
}

// TestServerTimeouts checks that the server closes an idle keep-alive
// connection and one that never finishes its header, and that a stream
// outlives the read and write timeouts that bound ordinary requests.
func TestServerTimeouts(t *testing.T) {
	addr, _ := serve(t, api.ServerConfig{ReadHeaderTimeout: 200 * time.Millisecond, ReadTimeout: 300 * time.Millisecond, WriteTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond},
		api.Config{KeepAlive: 100 * time.Millisecond, StreamInterval: 50 * time.Millisecond})

	t.Run("idle keep-alive", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("%v %v", resp, err)
		}
		if !closedWithin(c, 3*time.Second) {
			t.Error("an idle keep-alive connection stayed open past the idle timeout")
		}
	})
	t.Run("header never finished", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_, _ = io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n")
		if !closedWithin(c, 3*time.Second) {
			t.Error("a connection with an unfinished header stayed open past the header timeout")
		}
	})
	// The stream sends a keep-alive every 100 ms: writes after the
	// server's write timeout fail unless the stream sets its own deadline.
	t.Run("a stream outlives the read and write timeouts", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		resp := openRaw(t, ctx, "http://"+addr+"/api/v1/domains/s.example/live/stream", "")
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%d", resp.StatusCode)
		}
		ended := make(chan error, 1)
		go func() { _, err := io.Copy(io.Discard, resp.Body); ended <- err }()
		select {
		case err := <-ended:
			t.Errorf("the stream ended after less than a second (%v): the request timeouts cut it", err)
		case <-time.After(1200 * time.Millisecond):
		}
	})
}

// TestConnectionCap checks that at the cap the idlest connection is closed
// to make room, so that a client that holds idle sockets cannot lock
// others out, and that when every connection is busy a newcomer is turned
// away with a 503 at once.
func TestConnectionCap(t *testing.T) {
	b := newMemBackend(t, 3)
	b.put(t, schemas.StatusBad, "cap.example")
	b.setDirectory(t, directory.Customer{ID: "c"})
	addr, s := serve(t, api.ServerConfig{MaxConns: 5}, api.Config{Backend: b, Limits: api.Limits{Rate: -1, StreamsPerCaller: 10}})
	var idle []net.Conn
	for range 5 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		idle = append(idle, c)
	}
	waitConns := func(n int) {
		deadline := time.Now().Add(5 * time.Second)
		for s.Conns() != n && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if s.Conns() != n {
			t.Fatalf("%d connections open, want %d", s.Conns(), n)
		}
	}
	waitConns(5)
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Get("http://" + addr + "/api/v1/domains?status=bad")
	if err != nil {
		t.Fatalf("a request at the cap: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("a request at the cap: %d", resp.StatusCode)
	}
	if !closedWithin(idle[0], 3*time.Second) {
		t.Error("the idlest connection was not closed to make room")
	}

	// The request's connection is closed (no keep-alive): four remain.
	waitConns(4)
	// Five busy connections (streams): the sixth is turned away.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for range 5 {
		tr := &http.Transport{}
		defer tr.CloseIdleConnections()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/v1/domains/cap.example/live/stream", nil)
		r, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		if r.StatusCode != http.StatusOK {
			t.Fatalf("stream: %d", r.StatusCode)
		}
	}
	waitConns(5)
	resp, err = client.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatalf("a request when every connection is busy: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("a request when every connection is busy: %d, want 503 with Retry-After", resp.StatusCode)
	}
}

// TestShutdownEndsStreams checks that a shutdown ends the open live-log
// streams with a closed event at once, rather than waiting for them.
func TestShutdownEndsStreams(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := api.NewServer(api.Handler(api.Config{Backend: newMemBackend(t, 3), Log: testLogger()}), api.ServerConfig{Log: testLogger()})
	done := make(chan error, 1)
	go func() { done <- s.Serve(ln) }()
	events := make(chan []string, 1)
	go func() {
		events <- readStream(t, "http://"+ln.Addr().String()+"/api/v1/domains/s.example/live/stream", 1)
	}()
	deadline := time.Now().Add(5 * time.Second)
	for s.Conns() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("shutdown took %v with a stream open", d)
	}
	if ev := <-events; len(ev) != 1 || !strings.Contains(ev[0], "event: closed") || !strings.Contains(ev[0], "unavailable") {
		t.Errorf("the stream got %q, want a closed event", ev)
	}
	<-done
}
