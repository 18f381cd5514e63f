package processor

import (
	"cmp"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// DefaultWorstDomains is how many domains WorstDomains reports by default.
const DefaultWorstDomains = 50

// WorstDomains is a Prometheus collector of per-domain metrics without a
// cardinality bomb: at every scrape it reads the Bad domains of the owned
// partitions from the store's status index, ranks them by success ratio
// over their window (lowest first, then most failures, then name) and
// emits the K worst as constant metrics:
//
//	mailflow_worst_domain_success_ratio{domain}  delivered/attempts, 0..1
//	mailflow_worst_domain_failures{domain}       failed attempts in the window
//
// Nothing is kept between scrapes, so a domain that recovered or left the
// K worst simply stops being reported: the series count is at most K per
// metric whatever the number of domains, and no stale series accumulate.
// Good domains are not ranked: their success ratio is at or above their
// threshold, so with fewer than K Bad domains only the Bad ones are
// reported (an empty list is the healthy state).
//
// With WithOwners, the Bad domains are also counted per customer and per
// reseller, again only the K largest of each:
//
//	mailflow_worst_customer_bad_domains{customer}
//	mailflow_worst_reseller_bad_domains{reseller}
//
// A scrape reads at most the scan limit of Bad domains (WithScanLimit),
// and results are reused for a short while (WithCacheFor) so that an HA
// pair of Prometheus servers does not double the work.
type WorstDomains struct {
	store    *state.Store
	owned    func() []int32
	k        int
	owners   func(domain string) (customer, reseller string)
	maxScan  int
	cacheFor time.Duration
	log      *slog.Logger

	ratio, failures, customers, resellers, scanned, truncated *prometheus.Desc

	mu      sync.Mutex
	at      time.Time
	metrics []prometheus.Metric
}

// WorstOption configures WorstDomains.
type WorstOption func(*WorstDomains)

// WithOwners adds the per-customer and per-reseller counts of Bad domains;
// owners returns a domain's customer and reseller ("" when not in the
// directory, which are not counted).
func WithOwners(owners func(domain string) (customer, reseller string)) WorstOption {
	return func(w *WorstDomains) { w.owners = owners }
}

// WithScanLimit bounds the Bad domains one scrape reads (default 100000);
// with more, the ranking is over the first ones in partition and name
// order and mailflow_worst_domains_truncated is 1.
func WithScanLimit(n int) WorstOption {
	return func(w *WorstDomains) {
		if n > 0 {
			w.maxScan = n
		}
	}
}

// WithCacheFor reuses a ranking for d (default 5 s); 0 computes at every
// scrape.
func WithCacheFor(d time.Duration) WorstOption {
	return func(w *WorstDomains) { w.cacheFor = max(d, 0) }
}

// WithWorstLogger sets where read errors are logged (default slog.Default()).
func WithWorstLogger(l *slog.Logger) WorstOption {
	return func(w *WorstDomains) { w.log = l }
}

// NewWorstDomains returns the collector of the k worst Bad domains (k ≤ 0
// takes DefaultWorstDomains) among the partitions owned returns, read from
// store. owned is called at every scrape; a partition being restored may
// be reported with part of its state.
func NewWorstDomains(store *state.Store, owned func() []int32, k int, opts ...WorstOption) *WorstDomains {
	if k <= 0 {
		k = DefaultWorstDomains
	}
	w := &WorstDomains{store: store, owned: owned, k: k, maxScan: 100000, cacheFor: 5 * time.Second, log: slog.Default()}
	for _, o := range opts {
		o(w)
	}
	w.ratio = prometheus.NewDesc("mailflow_worst_domain_success_ratio",
		"Success ratio (delivered/attempts over the window) of the K worst Bad domains of this instance's partitions; only those K are reported.",
		[]string{"domain"}, nil)
	w.failures = prometheus.NewDesc("mailflow_worst_domain_failures",
		"Failed attempts in the window of the K worst Bad domains of this instance's partitions.",
		[]string{"domain"}, nil)
	w.scanned = prometheus.NewDesc("mailflow_worst_domains_scanned",
		"Bad domains of this instance's partitions read to rank the worst domains at the last evaluation.", nil, nil)
	w.truncated = prometheus.NewDesc("mailflow_worst_domains_truncated",
		"1 when there were more Bad domains than the scan limit, so the worst-domain ranking covers only some of them.", nil, nil)
	if w.owners != nil {
		w.customers = prometheus.NewDesc("mailflow_worst_customer_bad_domains",
			"Bad domains of the K customers with the most, of this instance's partitions.", []string{"customer"}, nil)
		w.resellers = prometheus.NewDesc("mailflow_worst_reseller_bad_domains",
			"Bad domains of the K resellers with the most, of this instance's partitions.", []string{"reseller"}, nil)
	}
	return w
}

// Describe implements prometheus.Collector.
func (w *WorstDomains) Describe(ch chan<- *prometheus.Desc) {
	ch <- w.ratio
	ch <- w.failures
	ch <- w.scanned
	ch <- w.truncated
	if w.owners != nil {
		ch <- w.customers
		ch <- w.resellers
	}
}

// Collect implements prometheus.Collector.
func (w *WorstDomains) Collect(ch chan<- prometheus.Metric) {
	w.mu.Lock()
	if w.metrics == nil || time.Since(w.at) >= w.cacheFor {
		w.metrics = w.evaluate()
		w.at = time.Now()
	}
	ms := w.metrics
	w.mu.Unlock()
	for _, m := range ms {
		ch <- m
	}
}

// ranked is one Bad domain as ranked.
type ranked struct {
	domain   string
	ratio    float64
	failures int
}

// worse orders a before b when a is the worse domain.
func worse(a, b ranked) int {
	if c := cmp.Compare(a.ratio, b.ratio); c != 0 {
		return c
	}
	if c := cmp.Compare(b.failures, a.failures); c != 0 {
		return c
	}
	return cmp.Compare(a.domain, b.domain)
}

// evaluate reads the Bad domains and builds the metrics of one scrape.
func (w *WorstDomains) evaluate() []prometheus.Metric {
	var (
		worst     []ranked // kept sorted, at most k
		scanned   int
		truncated bool
		customers = map[string]int{}
		resellers = map[string]int{}
	)
	var parts []int32
	if w.owned != nil {
		parts = w.owned()
	}
scan:
	for _, p := range parts {
		after := ""
		for {
			page, err := w.store.Domains(p, schemas.StatusBad, after, 512)
			if err != nil {
				w.log.Warn("worst domains: listing Bad domains", "partition", p, "err", err)
				break
			}
			for _, d := range page {
				if scanned >= w.maxScan {
					truncated = true
					break scan
				}
				scanned++
				win, err := w.store.Window(d)
				// The index and the window are written in one batch; a
				// window that disagrees is skipped rather than reported.
				if err != nil || win == nil || len(win.Entries) == 0 || win.Status != schemas.StatusBad {
					if err != nil {
						w.log.Warn("worst domains: reading window", "domain", d, "err", err)
					}
					continue
				}
				r := ranked{domain: d, ratio: win.SuccessRate(), failures: win.Failures()}
				if len(worst) < w.k || worse(r, worst[len(worst)-1]) < 0 {
					i, _ := slices.BinarySearchFunc(worst, r, worse)
					worst = slices.Insert(worst, i, r)
					if len(worst) > w.k {
						worst = worst[:w.k]
					}
				}
				if w.owners != nil {
					c, rs := w.owners(d)
					if c != "" {
						customers[c]++
					}
					if rs != "" {
						resellers[rs]++
					}
				}
			}
			if len(page) < 512 {
				break
			}
			after = page[len(page)-1]
		}
	}
	out := make([]prometheus.Metric, 0, 2*len(worst)+2)
	for _, r := range worst {
		out = append(out,
			prometheus.MustNewConstMetric(w.ratio, prometheus.GaugeValue, r.ratio, r.domain),
			prometheus.MustNewConstMetric(w.failures, prometheus.GaugeValue, float64(r.failures), r.domain))
	}
	t := 0.0
	if truncated {
		t = 1
	}
	out = append(out,
		prometheus.MustNewConstMetric(w.scanned, prometheus.GaugeValue, float64(scanned)),
		prometheus.MustNewConstMetric(w.truncated, prometheus.GaugeValue, t))
	if w.owners != nil {
		out = appendLargest(out, w.customers, customers, w.k)
		out = appendLargest(out, w.resellers, resellers, w.k)
	}
	return out
}

// appendLargest appends the k largest counts (ties by name) as gauges.
func appendLargest(out []prometheus.Metric, desc *prometheus.Desc, counts map[string]int, k int) []prometheus.Metric {
	type kv struct {
		name string
		n    int
	}
	all := make([]kv, 0, len(counts))
	for name, n := range counts {
		all = append(all, kv{name, n})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	for _, e := range all[:min(k, len(all))] {
		out = append(out, prometheus.MustNewConstMetric(desc, prometheus.GaugeValue, float64(e.n), e.name))
	}
	return out
}
