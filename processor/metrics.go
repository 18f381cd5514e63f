package processor

import (
	"runtime"
	"runtime/debug"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
)

// metrics are the processor's Prometheus collectors. The hot path adds to
// per-transaction counters and publishes them once per transaction, so that
// a poll of fifty thousand events costs a handful of atomic adds, not fifty
// thousand. No metric has a per-domain label: a million domains would be a
// million series.
//
// One noun for one thing: an "event" is a record of the deliveries topic
// (one delivery attempt), counted once whatever happens to it.
type metrics struct {
	events        [5]prometheus.Counter // by outcome, indexed by schemas.Outcome
	categories    [schemas.NumCategories]prometheus.Counter
	changes       *prometheus.CounterVec // from, to
	deadLetters   *prometheus.CounterVec // reason (bounded: see deadLetterReason)
	duplicates    prometheus.Counter
	logExpired    prometheus.Counter
	clockAhead    prometheus.Counter
	unstamped     prometheus.Counter
	brokerRead    prometheus.Gauge
	forwarded     prometheus.Counter
	quarantined   prometheus.Counter
	seenReadBack  prometheus.Counter
	produceErrs   *prometheus.CounterVec // topic
	retentionLost *prometheus.CounterVec // topic (deliveries, repartition)
	skipped       *prometheus.CounterVec // topic (deliveries, repartition)
	transactions  *prometheus.CounterVec // result
	latency       prometheus.Histogram
	txnDuration   prometheus.Histogram
	lag           *prometheus.GaugeVec // topic, partition
	lastEvent     *prometheus.GaugeVec // partition
	domains       *prometheus.GaugeVec // status
	restoring     *prometheus.GaugeVec // partition
	restored      prometheus.Counter
	rebuilt       prometheus.Counter
	cacheHits     prometheus.Counter
	cacheLookups  prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	eventsVec := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailflow_events_total",
		Help: "Delivery events evaluated (duplicates and dead letters excluded), by outcome.",
	}, []string{"outcome"})
	catVec := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailflow_events_by_category_total",
		Help: "Delivery events evaluated, by diagnosed category.",
	}, []string{"category"})
	m := &metrics{
		changes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_status_changes_total",
			Help: "Domain status transitions, by from and to status (unknown→good included, though it is not alerted).",
		}, []string{"from", "to"}),
		deadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_dead_letters_total",
			Help: "Invalid delivery events sent to the dead-letter topic, by reason (malformed, invalid_<field>, wrong_partition, malformed_tick, oversized_batch, too_large_to_forward).",
		}, []string{"reason"}),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_duplicate_events_total",
			Help: "Delivery events dropped because their id was already counted for their domain within the dedupe horizon.",
		}),
		logExpired: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_log_expired_attempts_total",
			Help: "Delivery events counted in their domain's window but not kept in the log store, because their record's timestamp (their arrival) is older than --log-retention: a producer's clock far behind, or a replay of old records.",
		}),
		clockAhead: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_clock_ahead_attempts_total",
			Help: "Delivery events whose arrival (their record's timestamp, or the completed_at of an unstamped record) was more than 5 minutes past this instance's clock: a producer's clock runs ahead. Each is taken to arrive when this instance read it, as is any attempt stamped ahead: its window, dedupe hour, log entry and the partition's stream time.",
		}),
		brokerRead: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_broker_last_read_timestamp_seconds",
			Help: "When a Kafka broker last answered this instance (Unix seconds; 0 before any did). Heartbeats and fetches keep it within seconds of now while any broker is reachable.",
		}),
		unstamped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_unstamped_attempts_total",
			Help: "Delivery events whose record's timestamp was no usable time (Kafka's NO_TIMESTAMP -1, which producers of the pre-0.10 message format send, a time before 1970, or past 2262): their arrival (window, dedupe horizon, log store) is the event's completed_at instead.",
		}),
		forwarded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_forwarded_events_total",
			Help: "Delivery events that arrived on another partition than their domain's and were forwarded to the repartition topic.",
		}),
		quarantined: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_quarantined_state_records_total",
			Help: "Corrupt state records (store or changelog) that were set aside and replaced by an empty state.",
		}),
		seenReadBack: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_seen_ids_read_back_total",
			Help: "Times a domain's seen event ids were read back from the store because an event id might be among those its table moved to the compact part for the memory budget (a duplicate, or rarely a fingerprint shared by chance).",
		}),
		produceErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_produce_errors_total",
			Help: "Records the processor failed to produce, by topic; each aborts its transaction.",
		}, []string{"topic"}),
		retentionLost: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_records_lost_to_retention_total",
			Help: "Offsets of an input topic deleted before the group processed them (the topic's retention.ms or retention.bytes, or DeleteRecords), by topic: counted when a restore finds a partition's log start offset two or more offsets past what the group had processed (one is a transaction's commit marker). Records, and transaction markers and aborted records among them.",
		}, []string{"topic"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_input_records_skipped_total",
			Help: "Offsets of an input topic skipped before evaluation because the restored state already counts their records, by topic: the group's committed offset was missing or behind the state's position (offsets.retention.minutes shorter than an outage, or the group's offsets set back). Records, and transaction markers among them; counted again if an aborted transaction brings them back. Each skip is logged with its partition and offsets.",
		}, []string{"topic"}),
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
			Help: "Records of an owned partition not yet processed (high watermark minus the group's position), refreshed on a timer.",
		}, []string{"topic", "partition"}),
		lastEvent: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_partition_last_event_timestamp_seconds",
			Help: "Record timestamp of the last event processed in an owned partition of the deliveries topic (Unix seconds).",
		}, []string{"partition"}),
		domains: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_domains",
			Help: "Domains of the owned partitions, by status.",
		}, []string{"status"}),
		restoring: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "mailflow_partition_restoring",
			Help: "1 while an owned partition's state is being restored from the changelog, else 0.",
		}, []string{"partition"}),
		restored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_restored_records_total",
			Help: "Changelog records applied to the store by restores.",
		}),
		rebuilt: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_partition_rebuilds_total",
			Help: "Restores that rebuilt a partition's state from the start of the changelog because the store was older than the changelog's compaction allows.",
		}),
		cacheHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_window_cache_hits_total",
			Help: "Window lookups served from the in-memory cache.",
		}),
		cacheLookups: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_window_cache_lookups_total",
			Help: "Window lookups (hits and misses, which read the store).",
		}),
	}
	for _, o := range schemas.Outcomes() {
		m.events[o] = eventsVec.WithLabelValues(o.String())
	}
	for c := 1; c < schemas.NumCategories; c++ {
		m.categories[c] = catVec.WithLabelValues(schemas.Category(c).String())
	}
	m.categories[0] = catVec.WithLabelValues("unclassified")
	// Exported at 0 from the start, so that rate() and increase() see the
	// first dead letter or abort after a start (a series born at 1 reads
	// as no change).
	for _, r := range deadLetterReasons() {
		m.deadLetters.WithLabelValues(r)
	}
	for _, r := range []string{"committed", "aborted"} {
		m.transactions.WithLabelValues(r)
	}
	if reg != nil {
		reg.MustRegister(eventsVec, catVec, m.changes, m.deadLetters, m.duplicates, m.logExpired, m.clockAhead, m.unstamped, m.brokerRead, m.forwarded, m.quarantined, m.seenReadBack, m.produceErrs, m.retentionLost, m.skipped,
			m.transactions, m.latency, m.txnDuration, m.lag, m.lastEvent, m.domains, m.restoring, m.restored, m.rebuilt,
			m.cacheHits, m.cacheLookups, buildInfo())
	}
	return m
}

// buildInfo is mailflow_build_info: a constant 1 labelled with the
// module version, VCS revision and Go version of the binary, the usual way
// to see what runs where (as prometheus/common's version collector does).
func buildInfo() prometheus.Collector {
	version, revision := "(devel)", "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				revision = s.Value
			}
		}
	}
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "mailflow_build_info",
		Help: "A constant 1 labelled with the version, VCS revision and Go version mailflow was built with.",
	}, []string{"version", "revision", "goversion"})
	g.WithLabelValues(version, revision, runtime.Version()).Set(1)
	return g
}

// publishCacheCounts adds the caches' lookups since the last call to the
// counters; it runs on the processing goroutine, which owns the caches.
func (p *Processor) publishCacheCounts() {
	for _, c := range p.caches {
		hits, lookups := c.TakeCounts()
		p.m.cacheHits.Add(float64(hits))
		p.m.cacheLookups.Add(float64(lookups))
	}
}
