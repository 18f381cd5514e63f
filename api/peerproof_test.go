package api_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
)

// recordingPeer is an HTTP server advertised as an owner that records
// everything it receives (request line and headers) and answers the
// cluster's challenge with prove (nil: 200 "{}", like a server that
// answers anything).
type recordingPeer struct {
	srv   *httptest.Server
	mu    sync.Mutex
	seen  []string
	paths []string
}

func newRecordingPeer(t *testing.T, prove func(r *http.Request) string) *recordingPeer {
	p := &recordingPeer{}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s\n", r.Method, r.URL.RequestURI())
		for k, vs := range r.Header {
			fmt.Fprintf(&b, "%s: %s\n", k, strings.Join(vs, ","))
		}
		body, _ := io.ReadAll(r.Body)
		b.Write(body)
		p.mu.Lock()
		p.seen = append(p.seen, b.String())
		p.paths = append(p.paths, r.URL.Path)
		p.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if prove == nil {
			_, _ = io.WriteString(w, "{}")
			return
		}
		_, _ = fmt.Fprintf(w, `{"proof":%q}`, prove(r))
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *recordingPeer) addr() string { return p.srv.Listener.Addr().String() }

func (p *recordingPeer) received() (seen, paths []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.seen...), append([]string(nil), p.paths...)
}

// provingForwarder is forwarder with a log store (for the logs and their
// export) and its log kept.
func provingForwarder(t *testing.T, owner string) (*httptest.Server, *logRecords) {
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	b.owner = func(int32) processor.Owner { return processor.Owner{Addr: owner} }
	logs, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logs.Close() })
	recs := &logRecords{}
	srv := httptest.NewUnstartedServer(nil)
	srv.Config.Handler = api.Handler(api.Config{Backend: b, Self: srv.Listener.Addr().String(), AdminToken: adminToken,
		ClusterSecret: testSecret, Log: slog.New(recs), Logs: logs, Limits: api.Limits{Rate: -1}})
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, recs
}

// genuineInstance is an instance with the cluster's secret, for the
// rogues to ask for proofs.
func genuineInstance(t *testing.T) *httptest.Server {
	_, srv := forwarder(t, "127.0.0.1:9", testSecret)
	return srv
}

// challengeOf asks the instance at base to prove itself for a challenge
// from from to to.
func challengeOf(t *testing.T, base, from, to, ch string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+api.ProofPath, nil)
	req.Header.Set(api.HeaderChallenger, from)
	req.Header.Set(api.HeaderChallenged, to)
	req.Header.Set(api.HeaderChallenge, ch)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestStrangerLearnsNoQuery: a member of the consumer group that does not
// hold the cluster secret, advertised as a domain's owner, receives
// nothing of a caller's request — no path, query or scope — only the
// challenge, whether it answers anything, proves with another secret,
// replays a genuine instance's proof, or relays the challenge to a
// genuine instance; the caller gets 502, the log names the address
// (without the query), and the address is challenged once, not on every
// request (security review: the rogue received the full query and the
// caller's scope before any proof).
func TestStrangerLearnsNoQuery(t *testing.T) {
	genuine := genuineInstance(t)
	genuineAddr := genuine.Listener.Addr().String()
	const fixed = "AAAAAAAAAAAAAAAAAAAAAA"
	// A proof the genuine instance gave for a challenge addressed to it.
	_, old := challengeOf(t, genuine.URL, "forwarder", genuineAddr, fixed)
	var replay struct{ Proof string }
	if err := json.Unmarshal([]byte(old), &replay); err != nil || replay.Proof == "" {
		t.Fatalf("the genuine instance's proof: %s", old)
	}

	for _, tc := range []struct {
		name  string
		prove func(r *http.Request) string
	}{
		{"answers anything", nil},
		{"holds another secret", func(r *http.Request) string {
			return api.ProveChallenge([]byte("another-secret-0123456789abcdef"), r)
		}},
		{"replays a genuine proof", func(*http.Request) string { return replay.Proof }},
		{"relays the challenge to a genuine instance", func(r *http.Request) string {
			_, body := challengeOf(t, genuine.URL, r.Header.Get(api.HeaderChallenger), r.Header.Get(api.HeaderChallenged), r.Header.Get(api.HeaderChallenge))
			var p struct{ Proof string }
			_ = json.Unmarshal([]byte(body), &p)
			return p.Proof
		}},
		{"reflects the challenge to the forwarder", nil}, // set below
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fwdURL string
			prove := tc.prove
			if tc.name == "reflects the challenge to the forwarder" {
				prove = func(r *http.Request) string {
					_, body := challengeOf(t, fwdURL, r.Header.Get(api.HeaderChallenger), r.Header.Get(api.HeaderChallenged), r.Header.Get(api.HeaderChallenge))
					var p struct{ Proof string }
					_ = json.Unmarshal([]byte(body), &p)
					return p.Proof
				}
			}
			rogue := newRecordingPeer(t, prove)
			fwd, recs := provingForwarder(t, rogue.addr())
			fwdURL = fwd.URL
			const q = "recipient=secret.person%40in1.example&q=private-text"
			// (The status and live endpoints take no parameter: a query
			// there is refused before anything is forwarded.)
			for _, path := range []string{
				"/api/v1/domains/in1.example/status",
				"/api/v1/domains/in1.example/logs?" + q,
				"/api/v1/domains/in1.example/logs?format=csv&" + q,
				"/api/v1/domains/in1.example/live/stream",
				"/api/v1/domains/in1.example/live",
				"/api/v1/domains/in1.example/messages/private-text@in1.example",
			} {
				code, body := getJSON(t, fwd.URL+path, "tok-r1", nil)
				if code != http.StatusBadGateway || !strings.Contains(body, "did not prove") {
					t.Errorf("%s: %d %s, want 502 saying the owner did not prove itself", path, code, body)
				}
				if strings.Contains(body, rogue.addr()) {
					t.Errorf("%s: the answer names the address: %s", path, body)
				}
			}
			seen, paths := rogue.received()
			for i, p := range paths {
				if p != api.ProofPath {
					t.Errorf("the rogue received a request for %s:\n%s", p, seen[i])
				}
			}
			for _, s := range seen {
				for _, secret := range []string{"secret.person", "private-text", "in1.example", "manager:", "tok-r1", api.HeaderScope} {
					if strings.Contains(strings.ToLower(s), strings.ToLower(secret)) {
						t.Errorf("the rogue learnt %q:\n%s", secret, s)
					}
				}
			}
			if len(paths) != 1 {
				t.Errorf("the rogue was challenged %d times over 5 requests, want once (the refusal is remembered)", len(paths))
			}
			attrs, level, ok := recs.find("an instance in the consumer group did not prove that it holds the cluster secret: no request goes to it for a while; is the cluster secret the same on every instance, or did a stranger join the group?")
			if !ok || level != slog.LevelWarn || attrs["addr"] != rogue.addr() {
				t.Errorf("the log does not warn about %s: %v %v %v", rogue.addr(), attrs, level, ok)
			}
			recs.mu.Lock()
			for _, r := range recs.recs {
				var b strings.Builder
				b.WriteString(r.Message)
				r.Attrs(func(a slog.Attr) bool { b.WriteString(" " + a.Value.String()); return true })
				if s := b.String(); strings.Contains(s, "private-text") || strings.Contains(s, "secret.person") || strings.Contains(s, string(testSecret)) {
					t.Errorf("the log holds the query or the secret: %s", s)
				}
			}
			recs.mu.Unlock()
		})
	}
}

// TestGenuinePeerProvesOnce: a genuine owner answers through a proven
// connection, and the proof is made once for many requests (the
// connection is kept), also for a live stream.
func TestGenuinePeerProvesOnce(t *testing.T) {
	owner := newFakeOwner(t)
	_, fwd := forwarder(t, owner.srv.Listener.Addr().String(), testSecret)
	owner.set(signedJSON(testSecret, api.Status{Domain: "in1.example", LastResponse: "OWNER"}))
	const n = 30
	for i := range n {
		var st api.Status
		if code, body := getJSON(t, fwd.URL+"/api/v1/domains/in1.example/status", "tok-r1", &st); code != http.StatusOK || st.LastResponse != "OWNER" {
			t.Fatalf("request %d: %d %s", i, code, body)
		}
	}
	if c := owner.challenges.Load(); c != 1 {
		t.Errorf("%d challenges for %d requests over one kept connection, want 1", c, n)
	}
	if got := owner.count.Load(); got != n {
		t.Errorf("the owner answered %d requests, want %d", got, n)
	}
}

// TestProofEndpoint: an instance proves itself only for a challenge
// addressed to it, and the proof binds both instances and the challenge,
// so it cannot be relayed, reflected or replayed.
func TestProofEndpoint(t *testing.T) {
	genuine := genuineInstance(t)
	self := genuine.Listener.Addr().String()
	const ch = "0123456789abcdefghijkl"
	for _, tc := range []struct {
		name          string
		from, to, ch  string
		want          int
		wantProofFrom string
	}{
		{"addressed to it", "a:1", self, ch, http.StatusOK, "a:1"},
		{"addressed to another instance (relayed)", "a:1", "rogue:1", ch, http.StatusForbidden, ""},
		{"from itself to itself (reflected)", self, self, ch, http.StatusBadRequest, ""},
		{"no challenger", "", self, ch, http.StatusBadRequest, ""},
		{"short challenge", "a:1", self, "abc", http.StatusBadRequest, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := challengeOf(t, genuine.URL, tc.from, tc.to, tc.ch)
			if code != tc.want {
				t.Fatalf("%d %s, want %d", code, body, tc.want)
			}
			if code != http.StatusOK {
				return
			}
			var p struct{ Proof string }
			_ = json.Unmarshal([]byte(body), &p)
			r := httptest.NewRequest("GET", api.ProofPath, nil)
			r.Header.Set(api.HeaderChallenger, tc.from)
			r.Header.Set(api.HeaderChallenged, tc.to)
			r.Header.Set(api.HeaderChallenge, tc.ch)
			if want := api.ProveChallenge(testSecret, r); p.Proof != want {
				t.Errorf("proof %q, want %q", p.Proof, want)
			}
			// Another challenge, or another challenger, needs another proof.
			r.Header.Set(api.HeaderChallenge, ch+"x")
			if api.ProveChallenge(testSecret, r) == p.Proof {
				t.Error("the proof does not depend on the challenge")
			}
			r.Header.Set(api.HeaderChallenge, ch)
			r.Header.Set(api.HeaderChallenger, "b:1")
			if api.ProveChallenge(testSecret, r) == p.Proof {
				t.Error("the proof does not depend on the challenger")
			}
			// A proof is not a request's or an answer's signature.
			if api.SignAnswer(testSecret, ch, http.StatusOK, "application/json", nil) == p.Proof {
				t.Error("a proof passes for an answer's signature")
			}
		})
	}

	// An instance without a secret proves nothing.
	b := newMemBackend(t, 3)
	srv := httptest.NewServer(api.Handler(api.Config{Backend: b, Self: "x:1", Log: testLogger()}))
	defer srv.Close()
	if code, body := challengeOf(t, srv.URL, "a:1", "x:1", ch); code != http.StatusForbidden {
		t.Errorf("without a secret: %d %s, want 403", code, body)
	}
}

// TestUnansweredOwnerLogsNoQuery: an owner that does not answer is a 503
// (retryable), not a refusal, and the warning names the address but not
// the caller's query.
func TestUnansweredOwnerLogsNoQuery(t *testing.T) {
	gone := httptest.NewServer(http.NotFoundHandler())
	addr := gone.Listener.Addr().String()
	gone.Close()
	fwd, recs := provingForwarder(t, addr)
	for range 2 {
		if code, body := getJSON(t, fwd.URL+"/api/v1/domains/in1.example/logs?q=private-text", "tok-r1", nil); code != http.StatusServiceUnavailable {
			t.Errorf("%d %s, want 503", code, body)
		}
	}
	attrs, _, ok := recs.find("forwarding to another instance failed")
	if !ok || attrs["owner"] != addr || strings.Contains(attrs["err"], "private-text") {
		t.Errorf("the warning: %v (found %v), want the address and no query", attrs, ok)
	}
}

// TestProofRefusalLogBounded: the proof endpoint is open, so a client
// that sends challenges addressed to other instances, with large names,
// gets at most one warning a refusedLogEvery, its names clipped (review
// S22B-2: 100 requests with 30 KiB headers wrote 100 warnings, 6 MB).
func TestProofRefusalLogBounded(t *testing.T) {
	srv, recs := provingForwarder(t, "127.0.0.1:9")
	big := strings.Repeat("A", 30<<10)
	const n = 100
	for i := range n {
		code, _ := challengeOf(t, srv.URL, big, "rogue:"+big+strconv.Itoa(i), "0123456789abcdefghijkl")
		if code != http.StatusForbidden {
			t.Fatalf("answered %d", code)
		}
	}
	recs.mu.Lock()
	defer recs.mu.Unlock()
	warned, size := 0, 0
	for _, r := range recs.recs {
		if r.Message == "refused a cluster challenge addressed to another instance" {
			warned++
			r.Attrs(func(a slog.Attr) bool { size += len(a.Value.String()); return true })
		}
	}
	if warned != 1 || size > 1024 {
		t.Errorf("%d warnings holding %d bytes for %d refused challenges from one client, want 1 of at most 1 KiB", warned, size, n)
	}
}
