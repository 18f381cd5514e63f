package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

func TestReadyzAndHealthz(t *testing.T) {
	f := newFixture(t)

	// Before Run nothing is restored: alive, not ready. The group may
	// already have assigned partitions (the client joins when the
	// processor is created), so the instance is either still joining or
	// waiting to restore what it was given.
	var body struct {
		Status     string  `json:"status"`
		Reason     string  `json:"reason"`
		Partitions []int32 `json:"partitions"`
		Restoring  []int32 `json:"restoring_partitions"`
	}
	code, raw := f.get("/readyz", &body)
	joining := body.Status == "joining" && body.Reason != ""
	restoring := body.Status == "restoring" && len(body.Restoring) > 0
	if code != http.StatusServiceUnavailable || !joining && !restoring {
		t.Errorf("/readyz before Run: %d %s, want 503, joining with a reason or restoring some partitions", code, raw)
	}
	if code, raw := f.get("/healthz", nil); code != http.StatusOK || !json.Valid(raw) {
		t.Errorf("/healthz before the assignment: %d %s, want 200", code, raw)
	}

	f.run() // waits for /readyz 200
	code, raw = f.get("/readyz", &body)
	if code != http.StatusOK || body.Status != "ready" || !slices.Equal(body.Partitions, []int32{0, 1, 2}) {
		t.Errorf("/readyz when running: %d %s, want 200 ready with partitions 0, 1, 2", code, raw)
	}
	if code, raw := f.get("/healthz", nil); code != http.StatusOK {
		t.Errorf("/healthz when running: %d %s", code, raw)
	}
}

// ownership is a Backend whose ownership the test sets, to check /readyz
// while partitions are restoring (a window too short to catch on a real
// processor).
type ownership struct {
	o     processor.Ownership
	store *state.Store
}

func (b *ownership) Store() *state.Store             { return b.store }
func (b *ownership) Directory() *directory.Directory { return directory.New() }
func (b *ownership) Ownership() *processor.Ownership { return &b.o }
func (b *ownership) Advice(schemas.Category) string  { return "" }
func (b *ownership) Owner(context.Context, string) (processor.Owner, error) {
	return processor.Owner{Local: true}, nil
}
func (b *ownership) Partitions() int32 { return int32(len(b.o.Partitions)) }
func (b *ownership) PartitionOf(domain string) int32 {
	return partitionOf("deliveries", domain) % max(1, b.Partitions())
}
func (b *ownership) OwnerOf(_ context.Context, p int32) (processor.Owner, error) {
	return processor.Owner{Partition: p, Local: true}, nil
}

func TestReadyzRestoring(t *testing.T) {
	b := &ownership{o: processor.Ownership{Joined: true, Partitions: []int32{0, 1, 2}, Restoring: []int32{1, 2}}}
	srv := httptest.NewServer(api.Handler(api.Config{Backend: b}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Status    string  `json:"status"`
		Restoring []int32 `json:"restoring_partitions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusServiceUnavailable || body.Status != "restoring" || !slices.Equal(body.Restoring, []int32{1, 2}) {
		t.Errorf("/readyz while restoring: %d %+v, want 503 restoring [1 2]", resp.StatusCode, body)
	}
}

// TestReadyzBrokerDown: an instance no broker answers is not ready,
// whatever it owned (review finding: it answered 200 with no partitions
// for as long as Kafka was down).
func TestReadyzBrokerDown(t *testing.T) {
	last := time.Now().Add(-time.Minute)
	for _, o := range []processor.Ownership{
		{Joined: true, Partitions: []int32{0, 1, 2}, BrokerDown: true, BrokerReadAt: last},
		{Joined: true, BrokerDown: true, BrokerReadAt: last},
	} {
		srv := httptest.NewServer(api.Handler(api.Config{Backend: &ownership{o: o}}))
		resp, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		var body struct{ Status, Reason string }
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		srv.Close()
		if err != nil || resp.StatusCode != http.StatusServiceUnavailable || body.Status != "broker_unreachable" || !strings.Contains(body.Reason, last.UTC().Format(time.RFC3339)) {
			t.Errorf("/readyz with the brokers gone (owning %v): %d %+v %v, want 503 broker_unreachable since %s", o.Partitions, resp.StatusCode, body, err, last)
		}
	}
}

func TestMetrics(t *testing.T) {
	f := newFixture(t)
	f.run()
	evs := f.produce(
		delivered("metrics.example", time.Second),
		delivered("metrics.example", time.Second),
		failure("metrics.example", userUnknown),
		failure("metrics.example", mailboxFull),
		failure("metrics.example", blocklisted),
		attempt{domain: "metrics.example", code: 451, enhanced: "4.4.7", response: "451 4.4.7 message expired", outcome: "expired"},
	)
	f.produceRaw("junk.example", `{"v":1,"id":"broken"}`)
	f.waitAttempts(countByDomain(evs))

	metric := func(text, series string) string {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(text)
		if m == nil {
			return ""
		}
		return m[1]
	}
	var text string
	f.waitFor("the dead letter to be counted", func() bool {
		_, b := f.get("/metrics", nil)
		text = string(b)
		return regexp.MustCompile(`(?m)^mailflow_dead_letters_total\{reason="[a-z_]+"\} 1$`).MatchString(text)
	})
	for series, want := range map[string]string{
		`mailflow_events_total{outcome="delivered"}`:                 "2",
		`mailflow_events_total{outcome="bounced"}`:                   "2",
		`mailflow_events_total{outcome="deferred"}`:                  "1",
		`mailflow_events_total{outcome="expired"}`:                   "1",
		`mailflow_events_by_category_total{category="user_unknown"}`: "1",
		`mailflow_events_by_category_total{category="blocklisted"}`:  "1",
		`mailflow_events_by_category_total{category="delivered"}`:    "2",
		`mailflow_status_changes_total{from="good",to="bad"}`:        "1",
		`mailflow_status_changes_total{from="unknown",to="good"}`:    "1",
		`mailflow_domains{status="bad"}`:                             "1",
	} {
		if got := metric(text, series); got != want {
			t.Errorf("%s = %q, want %s", series, got, want)
		}
	}
	for _, name := range []string{"mailflow_transactions_total", "mailflow_processing_latency_seconds_bucket", "mailflow_consumer_lag"} {
		if !strings.Contains(text, name) {
			t.Errorf("/metrics has no %s", name)
		}
	}
	if strings.Contains(text, "metrics.example") || strings.Contains(text, "junk.example") {
		t.Error("/metrics has a per-domain label")
	}

	t.Run("no gatherer, no /metrics", func(t *testing.T) {
		srv := httptest.NewServer(api.Handler(api.Config{Backend: f.p}))
		defer srv.Close()
		resp, err := http.Get(srv.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("/metrics without a gatherer: %d, want 404", resp.StatusCode)
		}
	})
}

// TestUnknownAPIPathIsJSON checks the package's promise that every
// response is JSON, errors included: an unknown /api/ path is a JSON 404
// and a known path asked with a wrong method a JSON 405 with Allow, also
// when the console serves "/"; the console still gets everything else.
func TestUnknownAPIPathIsJSON(t *testing.T) {
	b := &ownership{}
	for _, cfg := range []api.Config{{Backend: b}, {Backend: b, Extra: console.Handler()}} {
		t.Run(fmt.Sprintf("console %v", cfg.Extra != nil), func(t *testing.T) {
			srv := httptest.NewServer(api.Handler(cfg))
			defer srv.Close()
			for _, tc := range []struct {
				method, path string
				code         int
				allow        string
				err          string // the error's prefix
			}{
				{http.MethodGet, "/api/v1/nope", http.StatusNotFound, "", "no such endpoint: GET /api/v1/nope"},
				{http.MethodGet, "/api/v1/domains/a.example/nope", http.StatusNotFound, "", "no such endpoint: GET /api/v1/domains/a.example/nope"},
				{http.MethodGet, "/api/v2/domains", http.StatusNotFound, "", "no such endpoint: "},
				{http.MethodGet, "/api/", http.StatusNotFound, "", "no such endpoint: "},
				{http.MethodGet, "/api", http.StatusNotFound, "", "no such endpoint: "},
				{http.MethodHead, "/api/v1/nope", http.StatusNotFound, "", ""},
				{http.MethodPost, "/api/v1/nope", http.StatusNotFound, "", "no such endpoint: POST /api/v1/nope"},
				{http.MethodPost, "/api/v1/domains/a.example/status", http.StatusMethodNotAllowed, "GET, HEAD", "method POST is not allowed"},
				{http.MethodDelete, "/api/v1/domains/a.example/live", http.StatusMethodNotAllowed, "GET, HEAD", "method DELETE is not allowed"},
				{http.MethodPut, "/api/v1/domains/a.example/live/stream", http.StatusMethodNotAllowed, "GET, HEAD", "method PUT is not allowed"},
				{http.MethodPost, "/api/v1/domains", http.StatusMethodNotAllowed, "GET, HEAD", "method POST is not allowed"},
				{http.MethodPost, "/healthz", http.StatusMethodNotAllowed, "GET, HEAD", "method POST is not allowed"},
				{http.MethodPost, "/readyz", http.StatusMethodNotAllowed, "GET, HEAD", "method POST is not allowed"},
				{http.MethodGet, "/metrics", http.StatusNotFound, "", "no such endpoint: "}, // no gatherer
			} {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				r, _ := http.NewRequestWithContext(ctx, tc.method, srv.URL+tc.path, nil)
				resp, err := http.DefaultClient.Do(r)
				if err != nil {
					cancel()
					t.Fatal(err)
				}
				raw, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				cancel()
				var e struct {
					Error string `json:"error"`
				}
				if ct := resp.Header.Get("Content-Type"); resp.StatusCode != tc.code || !strings.HasPrefix(ct, "application/json") {
					t.Errorf("%s %s → %d %s %q, want %d JSON", tc.method, tc.path, resp.StatusCode, ct, raw, tc.code)
					continue
				}
				if got := resp.Header.Get("Allow"); got != tc.allow {
					t.Errorf("%s %s → Allow %q, want %q", tc.method, tc.path, got, tc.allow)
				}
				if tc.method == http.MethodHead {
					continue
				}
				if err := json.Unmarshal(raw, &e); err != nil || !strings.HasPrefix(e.Error, tc.err) {
					t.Errorf("%s %s → %s, want an error starting %q", tc.method, tc.path, raw, tc.err)
				}
			}
			if cfg.Extra == nil {
				return
			}
			// The console keeps its pages.
			for _, path := range []string{"/", "/domains/a.example"} {
				resp, err := http.Get(srv.URL + path)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || !strings.HasPrefix(ct, "text/html") {
					t.Errorf("GET %s → %d %s, want the console's page", path, resp.StatusCode, ct)
				}
			}
		})
	}
}
