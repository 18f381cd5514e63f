// Package prometheus holds mailflow's Prometheus configuration and rules;
// its tests run them in a real Prometheus against a real processor.
package prometheus

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// toolPath returns the path of a Debian-packaged program; the test skips
// without it on a developer's machine and fails without it in CI.
func toolPath(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (apt-get install %s); CI must run this test", name, pkg)
		}
		t.Skipf("%s is not installed (apt-get install %s); skipping", name, pkg)
	}
	return p
}

func TestPromtoolRules(t *testing.T) {
	promtool := toolPath(t, "promtool", "prometheus")
	for _, args := range [][]string{
		{"check", "rules", "rules.yml"},
		{"test", "rules", "rules_test.yml"},
		{"check", "config", "prometheus.yml"},
	} {
		out, err := exec.Command(promtool, args...).CombinedOutput()
		if err != nil {
			t.Errorf("promtool %v: %v\n%s", args, err, out)
		}
	}
}

func TestAlertmanagerConfig(t *testing.T) {
	amtool := toolPath(t, "amtool", "prometheus-alertmanager")
	out, err := exec.Command(amtool, "check-config", filepath.Join("..", "alertmanager", "alertmanager.yml")).CombinedOutput()
	if err != nil {
		t.Errorf("amtool check-config: %v\n%s", err, out)
	}
}

// The load of TestRealPrometheus: every one of domains gets one attempt,
// then extra random attempts, and the first badDomains get bounces enough
// to turn Bad.
const (
	domains    = 100000
	extra      = 100000
	badDomains = 400
	worstK     = 50
)

// TestRealPrometheus runs a processor over 100,000 domains and scrapes it
// with a real Prometheus (Debian's) that evaluates rules.yml: the mailflow
// series stay bounded (the per-domain ones at K), the recording rules give
// the ratios of the load that was produced, and the scrape passes
// promtool check metrics.
func TestRealPrometheus(t *testing.T) {
	promBin := toolPath(t, "prometheus", "prometheus")
	promtool := toolPath(t, "promtool", "prometheus")
	if testing.Short() {
		t.Skip("a minute of load; not in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// The processor, with its metrics on a loopback HTTP server as
	// `mailflow run` serves them.
	c := kafkatest.Start(t)
	topics := processor.TopicsWithPrefix(c.Name(processor.DefaultTopicPrefix))
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	classifier := diagnose.New()
	p, err := processor.New(ctx, processor.Config{
		Brokers: c.Brokers, Topics: topics, Group: c.Name("mailflow"), DataDir: t.TempDir(), InstanceID: "prom-test",
		Partitions: 6, Diagnose: classifier.Event, Advice: diagnose.CategoryAdvice, Registerer: reg,
		Log: testLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	owned := func() []int32 {
		if v := p.Ownership(); v != nil {
			return v.Partitions
		}
		return nil
	}
	owners := func(domain string) (string, string) {
		// Synthetic owners: ten customers of two resellers.
		n := len(domain) + int(domain[len(domain)-9])
		return fmt.Sprintf("customer-%d", n%10), fmt.Sprintf("reseller-%d", n%2)
	}
	reg.MustRegister(processor.NewWorstDomains(p.Store(), owned, worstK, processor.WithOwners(owners)))
	runCtx, stopRun := context.WithCancel(ctx)
	runDone := make(chan error, 1)
	go func() { runDone <- p.Run(runCtx) }()
	defer func() {
		stopRun()
		if err := <-runDone; err != nil {
			t.Errorf("processor: %v", err)
		}
	}()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	target := ln.Addr().String()

	prom := startPrometheus(t, promBin, target)
	eventually(t, 60*time.Second, "Prometheus scraping mailflow", func() bool {
		v, ok := prom.scalar(t, `up{job="mailflow-processor"}`)
		return ok && v == 1
	})
	// One scrape of the counters at zero before the load, so that the
	// rates cover all of it.
	time.Sleep(1500 * time.Millisecond)

	produced := produceLoad(t, ctx, c.Brokers, topics.Deliveries, classifier)
	eventually(t, 90*time.Second, "the load processed", func() bool {
		return counterSum(t, reg, "mailflow_events_total")+counterSum(t, reg, "mailflow_duplicate_events_total")+
			counterSum(t, reg, "mailflow_dead_letters_total") >= float64(produced.total)
	})
	// The worst-domain ranking is reused for 5 s; wait for one made after
	// the load, two more scrapes and a rule evaluation.
	eventually(t, 30*time.Second, "the worst domains after the load", func() bool {
		v, ok := prom.scalar(t, `count(mailflow_worst_domain_success_ratio)`)
		return ok && v == worstK
	})
	time.Sleep(3 * time.Second)

	// Bounded series: the per-domain metrics at K at every scrape, the
	// whole of mailflow's at a few hundred, whatever the domains.
	for _, q := range []struct {
		expr     string
		min, max float64
	}{
		{`max_over_time(count(mailflow_worst_domain_success_ratio)[5m:1s])`, worstK, worstK},
		{`count(mailflow_worst_domain_success_ratio)`, worstK, worstK},
		{`count(mailflow_worst_domain_failures)`, worstK, worstK},
		{`max_over_time(count({__name__=~"mailflow_.*"})[5m:1s])`, 1, 400},
		{`sum(mailflow_domains)`, domains, domains},
		{`sum(mailflow_domains{status="bad"})`, badDomains, domains},
		{`max(mailflow_worst_domain_success_ratio)`, 0, 0.9},
	} {
		v, ok := prom.scalar(t, q.expr)
		if !ok || v < q.min || v > q.max {
			t.Errorf("%s = %v (found %v), want %v..%v", q.expr, v, ok, q.min, q.max)
		}
	}
	if v, ok := prom.scalar(t, `count({__name__=~"mailflow_.*"})`); ok {
		t.Logf("mailflow series after the load over %d domains: %v", domains, v)
	}

	// The recording rules give the ratios of what was produced.
	total := float64(produced.total)
	checks := []struct {
		expr string
		want float64
	}{
		{`job:mailflow_delivery_success:ratio_rate5m{job="mailflow-processor"}`, float64(produced.outcomes["delivered"]) / total},
		{`job:mailflow_bad_domains:ratio{job="mailflow-processor"} * ` + strconv.Itoa(domains) + ` - on (job) job:mailflow_bad_domains:sum`, 0},
	}
	for outcome, n := range produced.outcomes {
		checks = append(checks, struct {
			expr string
			want float64
		}{fmt.Sprintf(`job_outcome:mailflow_events:ratio_rate5m{job="mailflow-processor",outcome=%q}`, outcome), float64(n) / total})
	}
	for category, n := range produced.categories {
		checks = append(checks, struct {
			expr string
			want float64
		}{fmt.Sprintf(`job_category:mailflow_events:ratio_rate5m{job="mailflow-processor",category=%q}`, category), float64(n) / total})
	}
	for _, c := range checks {
		eventually(t, 10*time.Second, c.expr, func() bool {
			v, ok := prom.scalar(t, c.expr)
			return ok && math.Abs(v-c.want) < 1e-9
		})
	}

	// No dead letters: the reason-labelled counter has no series, so the
	// ratio has none either (and cannot fire).
	if v, ok := prom.scalar(t, `job:mailflow_dead_letters:ratio_rate5m`); ok && v != 0 {
		t.Errorf("dead-letter ratio %v, want none", v)
	}

	// Every query of the Grafana dashboard runs in this Prometheus and, but
	// for the sink's metrics and the dead letters (none here), finds data.
	raw, err := os.ReadFile(filepath.Join("..", "grafana", "dashboards", "mailflow.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatal(err)
	}
	vars := strings.NewReplacer("$__rate_interval", "1m", "$job", "mailflow-processor")
	queries := 0
	for _, pn := range dash.Panels {
		for _, tg := range pn.Targets {
			if strings.Contains(tg.Expr, "mailflow_sink_") || strings.Contains(tg.Expr, "mailflow_dead_letters_total") {
				continue
			}
			queries++
			if v, ok := prom.scalar(t, "count("+vars.Replace(tg.Expr)+")"); !ok || v < 1 {
				t.Errorf("dashboard panel %q: %s finds no data", pn.Title, tg.Expr)
			}
		}
	}
	t.Logf("%d dashboard queries found data", queries)

	// promtool check metrics on a scrape under the load's state.
	resp, err := http.Get("http://" + target + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	var scrape bytes.Buffer
	_, _ = scrape.ReadFrom(resp.Body)
	resp.Body.Close()
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = &scrape
	if out, err := cmd.CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("promtool check metrics: %v\n%s", err, out)
	}
}

// load is what produceLoad produced.
type load struct {
	total      int
	outcomes   map[string]int
	categories map[string]int
}

func produceLoad(t *testing.T, ctx context.Context, brokers []string, topic string, classifier *diagnose.Classifier) load {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topic),
		kgo.ProducerBatchMaxBytes(1<<20), kgo.MaxBufferedRecords(20000))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	gen := loadgen.NewGenerator(7, domains, loadgen.Mix{Deferred: 0.03, Bounced: 0.02}, "prom-")
	all := gen.Domains()
	bounce := loadgen.Mix{Bounced: 1}
	l := load{outcomes: map[string]int{}, categories: map[string]int{}}
	now := time.Now()
	send := func(ev schemas.DeliveryEvent) {
		v, err := schemas.MarshalDeliveryEvent(&ev)
		if err != nil {
			t.Fatal(err)
		}
		l.total++
		l.outcomes[ev.Outcome.String()]++
		l.categories[classifier.Event(&ev).String()]++
		cl.Produce(ctx, &kgo.Record{Key: []byte(ev.Domain), Value: v}, func(_ *kgo.Record, err error) {
			if err != nil && ctx.Err() == nil {
				t.Errorf("produce: %v", err)
			}
		})
	}
	for i, d := range all {
		mix := loadgen.Mix{Deferred: 0.03, Bounced: 0.02}
		if i < badDomains {
			mix = bounce
		}
		send(gen.NextFor(d, now, mix))
	}
	for range extra {
		send(gen.Next(now))
	}
	for i := range badDomains {
		for range 3 {
			send(gen.NextFor(all[i], now, bounce))
		}
	}
	if err := cl.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return l
}

// promServer is a Prometheus started by the test.
type promServer struct {
	addr string
}

func startPrometheus(t *testing.T, bin, target string) *promServer {
	t.Helper()
	dir := t.TempDir()
	rules, err := filepath.Abs("rules.yml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: [%q]
scrape_configs:
  - job_name: mailflow-processor
    static_configs:
      - targets: [%q]
`, rules, target)
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	logf, err := os.Create(filepath.Join(dir, "prometheus.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--config.file="+filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path="+filepath.Join(dir, "data"), "--web.listen-address="+addr, "--log.level=warn")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); logf.Close(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(dir, "prometheus.log"))
			t.Logf("prometheus log:\n%s", log)
		}
	})
	eventually(t, 30*time.Second, "Prometheus ready", func() bool {
		select {
		case <-done:
			t.Fatal("Prometheus exited at start")
		default:
		}
		resp, err := http.Get("http://" + addr + "/-/ready")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return &promServer{addr: addr}
}

// scalar runs an instant query that must give at most one sample and
// returns its value; false when the result is empty.
func (p *promServer) scalar(t *testing.T, expr string) (float64, bool) {
	t.Helper()
	resp, err := http.Get("http://" + p.addr + "/api/v1/query?query=" + url.QueryEscape(expr))
	if err != nil {
		t.Fatalf("query %s: %v", expr, err)
	}
	defer resp.Body.Close()
	var r struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			Result []struct {
				Value [2]any `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("query %s: %v", expr, err)
	}
	if r.Status != "success" {
		t.Fatalf("query %s: %s", expr, r.Error)
	}
	switch len(r.Data.Result) {
	case 0:
		return 0, false
	case 1:
	default:
		t.Fatalf("query %s: %d samples, want one", expr, len(r.Data.Result))
	}
	s, _ := r.Data.Result[0].Value[1].(string)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("query %s: value %q", expr, s)
	}
	return v, true
}

func testLogger() *slog.Logger {
	if os.Getenv("MAILFLOW_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// counterSum sums a counter family of reg over its labels.
func counterSum(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
