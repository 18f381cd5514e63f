package api_test

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// clusterDirectory: reseller r1 with customer c1 (in1.example,
// in2.example), reseller r2 with customer c2 (out.example); m-r1 manages
// r1.
func clusterDirectory() []any {
	return []any{
		directory.Reseller{ID: "r1"}, directory.Reseller{ID: "r2"},
		directory.Customer{ID: "c1", Reseller: "r1"}, directory.Customer{ID: "c2", Reseller: "r2"},
		directory.Domain{Name: "in1.example", Customer: "c1"}, directory.Domain{Name: "in2.example", Customer: "c1"},
		directory.Domain{Name: "out.example", Customer: "c2"},
		directory.Manager{ID: "m-r1", Level: directory.LevelReseller, Of: "r1", APITokenSHA256: directory.HashToken("tok-r1")},
	}
}

// fakeOwner is an HTTP server that plays the owner of every partition:
// it records what it receives and answers with what answer returns.
//
// It answers the cluster's challenge (api.ProofPath) with testSecret, as
// a genuine instance does; challenges are counted apart from requests.
type fakeOwner struct {
	srv        *httptest.Server
	mu         sync.Mutex
	got        []*http.Request
	count      atomic.Int64
	challenges atomic.Int64
	answer     func(w http.ResponseWriter, r *http.Request)
}

func newFakeOwner(t *testing.T) *fakeOwner {
	f := &fakeOwner{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == api.ProofPath {
			f.challenges.Add(1)
			w.Header().Set("Content-Type", "application/json")
			_, _ = fmt.Fprintf(w, `{"proof":%q}`, api.ProveChallenge(testSecret, r))
			return
		}
		f.count.Add(1)
		f.mu.Lock()
		f.got = append(f.got, r.Clone(r.Context()))
		answer := f.answer
		f.mu.Unlock()
		answer(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeOwner) set(answer func(w http.ResponseWriter, r *http.Request)) {
	f.mu.Lock()
	f.answer = answer
	f.got = nil
	f.mu.Unlock()
}

func (f *fakeOwner) last() *http.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.got) == 0 {
		return nil
	}
	return f.got[len(f.got)-1]
}

// signedJSON answers v signed with secret for the request's nonce.
func signedJSON(secret []byte, v any) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		b, _ := json.Marshal(v)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set(api.HeaderSignature, api.SignAnswer(secret, r.Header.Get(api.HeaderNonce), http.StatusOK, "application/json", b))
		_, _ = w.Write(b)
	}
}

// forwarder is an instance that owns no partition: every request for a
// domain goes to the fake owner.
func forwarder(t *testing.T, owner string, secret []byte) (*memBackend, *httptest.Server) {
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	b.owner = func(int32) processor.Owner { return processor.Owner{Addr: owner} }
	srv := httptest.NewUnstartedServer(nil)
	srv.Config.Handler = api.Handler(api.Config{Backend: b, Self: srv.Listener.Addr().String(), AdminToken: adminToken, ClusterSecret: secret, Log: testLogger()})
	srv.Start()
	t.Cleanup(srv.Close)
	return b, srv
}

// TestClusterTrustForwarder plays a rogue or misconfigured owner against a
// forwarding instance: the owner receives the caller's scope but never
// the caller's token, and answers that are unsigned, signed with another
// secret, replayed from another request, about another domain, or listing
// domains outside the caller's scope are not shown to the caller.
func TestClusterTrustForwarder(t *testing.T) {
	owner := newFakeOwner(t)
	_, fwd := forwarder(t, owner.srv.Listener.Addr().String(), testSecret)
	forged := api.Status{Domain: "in1.example", Status: schemas.StatusGood, LastResponse: "FORGED"}

	t.Run("the owner receives the scope, not the token", func(t *testing.T) {
		owner.set(signedJSON(testSecret, forged))
		var st api.Status
		if code, body := getJSON(t, fwd.URL+"/api/v1/domains/in1.example/status", "tok-r1", &st); code != http.StatusOK || st.LastResponse != "FORGED" {
			t.Fatalf("a correctly signed answer: %d %s", code, body)
		}
		r := owner.last()
		if h := r.Header.Get("Authorization"); h != "" {
			t.Errorf("the forwarded request carries Authorization %q", h)
		}
		for k, vs := range r.Header {
			for _, v := range vs {
				if strings.Contains(v, "tok-r1") {
					t.Errorf("header %s carries the caller's token", k)
				}
			}
		}
		if got := r.Header.Get(api.HeaderScope); got != "manager:m-r1" {
			t.Errorf("scope %q, want manager:m-r1", got)
		}
		if got := r.Header.Get(api.HeaderTo); got != owner.srv.Listener.Addr().String() {
			t.Errorf("signed for %q, not for the owner", got)
		}
	})

	t.Run("a stream's access_token stays here", func(t *testing.T) {
		owner.set(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
		resp, err := http.Get(fwd.URL + "/api/v1/domains/in1.example/live/stream?access_token=tok-r1")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		r := owner.last()
		if r == nil {
			t.Fatal("nothing forwarded")
		}
		if strings.Contains(r.URL.RawQuery, "tok-r1") || r.URL.Query().Has(api.AccessTokenParam) || r.Header.Get("Authorization") != "" {
			t.Errorf("the forwarded stream request carries the token: %s %v", r.URL, r.Header)
		}
		if resp.StatusCode != http.StatusBadGateway {
			t.Errorf("an unsigned refusal of a stream: %d, want 502", resp.StatusCode)
		}
	})

	otherSecret := []byte("another secret, also 32 bytes...")
	for _, tc := range []struct {
		name   string
		answer func(w http.ResponseWriter, r *http.Request)
	}{
		{"unsigned", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(forged)
		}},
		{"signed with another secret", signedJSON(otherSecret, forged)},
		{"signed for another request", func(w http.ResponseWriter, r *http.Request) {
			b, _ := json.Marshal(forged)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set(api.HeaderSignature, api.SignAnswer(testSecret, "an-earlier-requests-nonce", http.StatusOK, "application/json", b))
			_, _ = w.Write(b)
		}},
		{"a signed answer with a changed body", func(w http.ResponseWriter, r *http.Request) {
			b, _ := json.Marshal(api.Status{Domain: "in1.example"})
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set(api.HeaderSignature, api.SignAnswer(testSecret, r.Header.Get(api.HeaderNonce), http.StatusOK, "application/json", b))
			b, _ = json.Marshal(forged)
			_, _ = w.Write(b)
		}},
		{"signed, about another domain", signedJSON(testSecret, api.Status{Domain: "out.example", LastResponse: "FORGED"})},
	} {
		t.Run("rejects an answer "+tc.name, func(t *testing.T) {
			owner.set(tc.answer)
			code, body := getJSON(t, fwd.URL+"/api/v1/domains/in1.example/status", "tok-r1", nil)
			if code != http.StatusBadGateway || strings.Contains(body, "FORGED") {
				t.Errorf("%d %s; want 502 without the forged answer", code, body)
			}
			if strings.Contains(body, owner.srv.Listener.Addr().String()) {
				t.Errorf("the answer names the owner's address: %s", body)
			}
		})
	}

	// The forwarder passes the owner's Retry-After on: it is signed with
	// the answer (third review: a forged one went through).
	retry := func(signed, sent string) func(w http.ResponseWriter, r *http.Request) {
		return func(w http.ResponseWriter, r *http.Request) {
			b := []byte(`{"error":"busy"}`)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", sent)
			w.Header().Set(api.HeaderSignature, api.SignAnswerRetry(testSecret, r.Header.Get(api.HeaderNonce), http.StatusServiceUnavailable, "application/json", signed, b))
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write(b)
		}
	}
	for _, tc := range []struct {
		name, signed, sent string
		code               int
	}{
		{"a signed Retry-After is passed on", "7", "7", http.StatusServiceUnavailable},
		{"a forged Retry-After is refused", "1", "86400", http.StatusBadGateway},
		{"an added Retry-After is refused", "", "86400", http.StatusBadGateway},
	} {
		t.Run(tc.name, func(t *testing.T) {
			owner.set(retry(tc.signed, tc.sent))
			req, _ := http.NewRequest(http.MethodGet, fwd.URL+"/api/v1/domains/in1.example/status", nil)
			req.Header.Set("Authorization", "Bearer tok-r1")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Errorf("%d, want %d", resp.StatusCode, tc.code)
			}
			if got := resp.Header.Get("Retry-After"); tc.code == http.StatusServiceUnavailable && got != tc.sent || tc.code != http.StatusServiceUnavailable && got == tc.sent {
				t.Errorf("Retry-After %q", got)
			}
		})
	}

	t.Run("a page from the owner is filtered by the caller's scope again", func(t *testing.T) {
		owner.set(signedJSON(testSecret, api.DomainPage{Domains: []api.Status{
			{Domain: "in1.example", Status: schemas.StatusBad}, {Domain: "out.example", Status: schemas.StatusBad}, {Domain: "zz-stray.example", Status: schemas.StatusBad},
		}}))
		var page api.DomainPage
		if code, body := getJSON(t, fwd.URL+"/api/v1/domains?limit=100", "tok-r1", &page); code != http.StatusOK {
			t.Fatalf("%d %s", code, body)
		}
		for _, st := range page.Domains {
			if st.Domain != "in1.example" {
				t.Errorf("the list shows %s, outside the caller's scope", st.Domain)
			}
		}
	})

	t.Run("a forged event ends the stream", func(t *testing.T) {
		owner.set(func(w http.ResponseWriter, r *http.Request) {
			nonce := r.Header.Get(api.HeaderNonce)
			w.Header().Set("Content-Type", "text/event-stream")
			w.Header().Set(api.HeaderSignature, api.SignStreamAnswer(testSecret, nonce, "text/event-stream"))
			ok := "id: 1\nevent: attempt\ndata: {\"seq\":1,\"recipient\":\"genuine\"}\n"
			bad := "id: 2\nevent: attempt\ndata: {\"seq\":2,\"recipient\":\"FORGED\"}\n"
			fmt.Fprintf(w, "%smac: %s\n\n", ok, api.EventMAC(testSecret, nonce, 0, []byte(ok)))
			fmt.Fprintf(w, "%smac: %s\n\n", bad, api.EventMAC(otherSecret, nonce, 1, []byte(bad)))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		})
		events := readStream(t, fwd.URL+"/api/v1/domains/in1.example/live/stream?access_token=tok-r1", 2)
		if len(events) != 2 || !strings.Contains(events[0], "genuine") || !strings.Contains(events[1], "event: closed") || strings.Contains(strings.Join(events, ""), "FORGED") || strings.Contains(strings.Join(events, ""), "mac:") {
			t.Errorf("events %q; want the genuine attempt, then closed", events)
		}
	})
}

// readStream opens a live-log stream and returns its first n events (or
// fewer when it ends), each as its text.
func readStream(t *testing.T, u string, n int) []string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("stream: %d %s", resp.StatusCode, b)
	}
	var out []string
	var cur strings.Builder
	sc := bufio.NewScanner(resp.Body)
	done := time.AfterFunc(10*time.Second, func() { resp.Body.Close() })
	defer done.Stop()
	for len(out) < n && sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" && cur.Len() > 0:
			out = append(out, cur.String())
			cur.Reset()
		case strings.HasPrefix(line, ":"), line == "":
		default:
			cur.WriteString(line + "\n")
		}
	}
	return out
}

// TestClusterWithoutSecret checks that an instance without a cluster
// secret forwards nothing: the caller gets a 503 saying why, and the owner
// is never asked.
func TestClusterWithoutSecret(t *testing.T) {
	owner := newFakeOwner(t)
	owner.set(signedJSON(testSecret, api.Status{Domain: "in1.example"}))
	_, fwd := forwarder(t, owner.srv.Listener.Addr().String(), nil)
	for _, path := range []string{"/api/v1/domains/in1.example/status", "/api/v1/domains?status=all", "/api/v1/domains/in1.example/live/stream"} {
		code, body := getJSON(t, fwd.URL+path, adminToken, nil)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "cluster secret") || strings.Contains(body, owner.srv.Listener.Addr().String()) {
			t.Errorf("%s: %d %s; want 503 naming the missing cluster secret, not the address", path, code, body)
		}
	}
	if n := owner.count.Load(); n != 0 {
		t.Errorf("the owner was asked %d times", n)
	}
}

// TestClusterTrustOwner sends an instance forwarded requests: only those
// signed with the cluster secret, for this instance, recent and not seen
// before are answered, with the scope of the envelope, and the answer is
// signed.
func TestClusterTrustOwner(t *testing.T) {
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	b.put(t, schemas.StatusBad, "in1.example", "out.example")
	srv := httptest.NewUnstartedServer(nil)
	self := srv.Listener.Addr().String()
	srv.Config.Handler = api.Handler(api.Config{Backend: b, Self: self, AdminToken: adminToken, ClusterSecret: testSecret, Log: testLogger()})
	srv.Start()
	defer srv.Close()

	do := func(t *testing.T, path string, sign func(*http.Request) string) (int, []byte, *http.Response, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		nonce := sign(req)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body, resp, nonce
	}
	status := "/api/v1/domains/in1.example/status"
	for _, tc := range []struct {
		name string
		sign func(*http.Request) string
	}{
		{"claims to be forwarded, unsigned", func(r *http.Request) string { r.Header.Set(api.HeaderForwarded, "rogue:1"); return "" }},
		{"unsigned, with the admin token", func(r *http.Request) string {
			r.Header.Set(api.HeaderForwarded, "rogue:1")
			r.Header.Set("Authorization", "Bearer "+adminToken)
			return ""
		}},
		{"signed with another secret", func(r *http.Request) string {
			return api.SignForwarded(r, []byte("another secret, also 32 bytes..."), "rogue:1", self, "all")
		}},
		{"signed for another instance", func(r *http.Request) string { return api.SignForwarded(r, testSecret, "i1:1", "i2:1", "all") }},
		{"signed a minute ago", func(r *http.Request) string {
			return api.SignForwardedAt(r, testSecret, "i1:1", self, "all", time.Now().Add(-time.Minute))
		}},
		{"signed for another path", func(r *http.Request) string {
			n := api.SignForwarded(r, testSecret, "i1:1", self, "all")
			r.URL.Path = "/api/v1/domains/out.example/status"
			return n
		}},
		{"with a changed scope", func(r *http.Request) string {
			n := api.SignForwarded(r, testSecret, "i1:1", self, "manager:m-r1")
			r.Header.Set(api.HeaderScope, "all")
			return n
		}},
	} {
		t.Run("refuses a request "+tc.name, func(t *testing.T) {
			code, body, _, _ := do(t, status, tc.sign)
			if code != http.StatusForbidden || strings.Contains(string(body), "in1.example") {
				t.Errorf("%d %s, want 403", code, body)
			}
		})
	}

	t.Run("answers a signed request once, signed", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+status, nil)
		nonce := api.SignForwarded(req, testSecret, "i1:1", self, "all")
		replay := req.Clone(req.Context())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"in1.example"`) {
			t.Fatalf("%d %s", resp.StatusCode, body)
		}
		if err := api.CheckAnswer(resp, testSecret, nonce, body); err != nil {
			t.Errorf("the answer's signature: %v", err)
		}
		resp, err = http.DefaultClient.Do(replay)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("a replayed request: %d, want 403", resp.StatusCode)
		}
	})

	// The nonces live in memory: a request captured on the wire could be
	// replayed once to each new process within ClockSkew (third review).
	// A request signed before the process started is refused.
	t.Run("refuses a replay after a restart", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+status, nil)
		api.SignForwarded(req, testSecret, "i1:1", self, "all")
		resp, err := http.DefaultClient.Do(req.Clone(req.Context()))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("the request: %d", resp.StatusCode)
		}
		time.Sleep(1100 * time.Millisecond) // the timestamp has whole seconds
		// The same instance (self) as a new process.
		restarted := httptest.NewServer(api.Handler(api.Config{Backend: b, Self: self, AdminToken: adminToken, ClusterSecret: testSecret, Log: testLogger()}))
		defer restarted.Close()
		replay := req.Clone(req.Context())
		replay.URL.Host = restarted.Listener.Addr().String()
		resp, err = http.DefaultClient.Do(replay)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("the request replayed after a restart: %d %s, want 403", resp.StatusCode, body)
		}
		// A peer whose clock is behind has its requests refused so for
		// that long: no guesses at the secret, never throttled.
		for i := range 25 {
			late, _ := http.NewRequest(http.MethodGet, restarted.URL+status, nil)
			api.SignForwardedAt(late, testSecret, "i1:1", self, "all", time.Now().Add(-3*time.Second))
			resp, err := http.DefaultClient.Do(late)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Fatalf("request %d signed before the restart: %d, want 403 (not throttled)", i, resp.StatusCode)
			}
		}
		fresh, _ := http.NewRequest(http.MethodGet, restarted.URL+status, nil)
		api.SignForwarded(fresh, testSecret, "i1:1", self, "all")
		if resp, err = http.DefaultClient.Do(fresh); err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("a request signed after the restart: %d, want 200", resp.StatusCode)
		}
	})

	t.Run("applies the scope of the envelope", func(t *testing.T) {
		sign := func(r *http.Request) string { return api.SignForwarded(r, testSecret, "i1:1", self, "manager:m-r1") }
		if code, body, _, _ := do(t, "/api/v1/domains/out.example/status", sign); code != http.StatusNotFound {
			t.Errorf("a domain outside the manager's scope: %d %s, want 404", code, body)
		}
		if code, body, _, _ := do(t, status, sign); code != http.StatusOK {
			t.Errorf("a domain inside: %d %s", code, body)
		}
		code, body, _, _ := do(t, "/api/v1/domains?status=bad&partition="+fmt.Sprint(b.PartitionOf("out.example")), sign)
		if code != http.StatusOK || strings.Contains(string(body), "out.example") {
			t.Errorf("the manager's list: %d %s", code, body)
		}
		unknown := func(r *http.Request) string { return api.SignForwarded(r, testSecret, "i1:1", self, "manager:nobody") }
		if code, body, _, _ := do(t, status, unknown); code != http.StatusNotFound {
			t.Errorf("a manager this instance does not know: %d %s, want 404", code, body)
		}
	})
}

// TestClusterKeysBoundToCluster: two clusters given one secret do not
// trust each other: a forwarded request signed by an instance of another
// cluster (Config.Cluster), and a proof made for another cluster, are
// refused; the cluster's own are taken (review S22B-3).
func TestClusterKeysBoundToCluster(t *testing.T) {
	const cluster = "mailflow@eu.mailflow.deliveries"
	b := newMemBackend(t, 3)
	b.setDirectory(t, clusterDirectory()...)
	b.put(t, schemas.StatusBad, "in1.example")
	srv := httptest.NewUnstartedServer(nil)
	self := srv.Listener.Addr().String()
	srv.Config.Handler = api.Handler(api.Config{Backend: b, Self: self, AdminToken: adminToken, ClusterSecret: testSecret, Cluster: cluster, Log: testLogger()})
	srv.Start()
	defer srv.Close()
	status := "/api/v1/domains/in1.example/status"
	for _, tc := range []struct {
		from string
		want int
	}{
		{"mailflow@us.mailflow.deliveries", http.StatusForbidden},
		{"", http.StatusForbidden},
		{cluster, http.StatusOK},
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+status, nil)
		api.SignForwardedFor(req, testSecret, tc.from, "i1:1", self, "all")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("signed by an instance of cluster %q: %d, want %d", tc.from, resp.StatusCode, tc.want)
		}
	}
	// The proof this instance gives is its cluster's only.
	req, _ := http.NewRequest(http.MethodGet, srv.URL+api.ProofPath, nil)
	req.Header.Set(api.HeaderChallenger, "i1:1")
	req.Header.Set(api.HeaderChallenged, self)
	req.Header.Set(api.HeaderChallenge, "0123456789abcdefghijklmn")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var p struct{ Proof string }
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if p.Proof != api.ProveChallengeFor(testSecret, cluster, req) || p.Proof == api.ProveChallengeFor(testSecret, "mailflow@us.mailflow.deliveries", req) || p.Proof == api.ProveChallenge(testSecret, req) {
		t.Errorf("proof %q is not bound to the cluster", p.Proof)
	}
}
