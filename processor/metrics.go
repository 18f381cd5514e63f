package processor

import (
	"math"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
)

// metrics are the processor's Prometheus collectors. The hot path adds to
// per-transaction counters and publishes them once per transaction, so that
// a poll of fifty thousand events costs a handful of atomic adds, not fifty
// thousand. No metric has a per-domain label: a million domains would be a
// million series.
type metrics struct {
	events        [5]prometheus.Counter // by outcome, indexed by schemas.Outcome
	categories    [schemas.NumCategories]prometheus.Counter
	changes       *prometheus.CounterVec // from, to
	deadLetters   prometheus.Counter
	transactions  *prometheus.CounterVec // result
	latency       prometheus.Histogram
	txnDuration   prometheus.Histogram
	lag           *prometheus.GaugeVec // partition
	domains       *prometheus.GaugeVec // status
	restoring     *prometheus.GaugeVec // partition
	restored      prometheus.Counter
	cacheHitRatio prometheus.GaugeFunc
}

func newMetrics(reg prometheus.Registerer, cacheHitRatio func() float64) *metrics {
	eventsVec := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailflow_events_total",
		Help: "Delivery events processed, by outcome.",
	}, []string{"outcome"})
	catVec := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailflow_attempts_by_category_total",
		Help: "Delivery attempts processed, by diagnosed category.",
	}, []string{"category"})
	m := &metrics{
		changes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_status_changes_total",
			Help: "Domain status transitions, by from and to status (unknown→good included, though it is not alerted).",
		}, []string{"from", "to"}),
		deadLetters: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_dead_letters_total",
			Help: "Invalid delivery events sent to the dead-letter topic.",
		}),
		transactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_transactions_total",
			Help: "Processing transactions, by result (committed, aborted).",
		}, []string{"result"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "mailflow_processing_latency_seconds",
			Help:    "Time from an event's arrival in the deliveries topic to the commit of the transaction that processed it.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}),
		txnDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "mailflow_transaction_duration_seconds",
			Help:    "Time to process one poll: evaluate, produce, commit and apply to the store.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_consumer_lag",
			Help: "Records in the deliveries topic not yet processed, per owned partition.",
		}, []string{"partition"}),
		domains: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_domains",
			Help: "Domains of the owned partitions, by status.",
		}, []string{"status"}),
		restoring: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_partition_restoring",
			Help: "1 while an assigned partition's state is being restored from the changelog.",
		}, []string{"partition"}),
		restored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_restored_records_total",
			Help: "Changelog records applied to the store by restores.",
		}),
		cacheHitRatio: prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "mailflow_window_cache_hit_ratio",
			Help: "Share of window lookups served from the in-memory cache since start.",
		}, cacheHitRatio),
	}
	for _, o := range schemas.Outcomes() {
		m.events[o] = eventsVec.WithLabelValues(o.String())
	}
	for c := 1; c < schemas.NumCategories; c++ {
		m.categories[c] = catVec.WithLabelValues(schemas.Category(c).String())
	}
	m.categories[0] = catVec.WithLabelValues("unclassified")
	if reg != nil {
		reg.MustRegister(eventsVec, catVec, m.changes, m.deadLetters, m.transactions, m.latency, m.txnDuration,
			m.lag, m.domains, m.restoring, m.restored, m.cacheHitRatio)
	}
	return m
}

func (p *Processor) cacheHitRatio() float64 { return math.Float64frombits(p.cacheHit.Load()) }

// setCacheHitRatio publishes the caches' hit ratio for the metric, which
// is read on another goroutine than the one that owns the caches.
func (p *Processor) setCacheHitRatio() {
	var sum float64
	for _, c := range p.caches {
		sum += c.HitRatio()
	}
	p.cacheHit.Store(math.Float64bits(sum / float64(len(p.caches))))
}
