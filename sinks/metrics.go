package sinks

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/directory"
)

// metrics are the sink's Prometheus collectors. Labels are bounded: the
// channel ("email", "webhook", "none" for alerts that could not be routed)
// and nothing per domain or manager.
type metrics struct {
	sent         *prometheus.CounterVec
	failed       *prometheus.CounterVec
	deadLettered *prometheus.CounterVec
	skipped      *prometheus.CounterVec
	dropped      *prometheus.CounterVec
	folded       *prometheus.CounterVec
	held         prometheus.Counter
	latency      *prometheus.HistogramVec
	alerts       prometheus.Counter
	inflight     prometheus.Gauge
	// The flow (flow.go): notifications held, targets failing, and the
	// time reading paused because the budget was full.
	queued         prometheus.Gauge
	failingTargets prometheus.Gauge
	paused         *prometheus.CounterVec
	// brokerRead is when a broker last answered the sink (brokerReads).
	brokerRead prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_sent_total",
			Help: "Notifications delivered, by channel.",
		}, []string{"channel"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notification_attempts_failed_total",
			Help: "Delivery attempts that failed (each retry counts), by channel.",
		}, []string{"channel"}),
		deadLettered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_deadlettered_total",
			Help: "Notifications given up on and written to the alerts dead-letter topic, by channel.",
		}, []string{"channel"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_duplicate_total",
			Help: "Notifications not sent again because the store shows them delivered (redelivered alerts), by channel.",
		}, []string{"channel"}),
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_dropped_total",
			Help: "Notifications not sent because, when their turn came and the directory had caught up, their manager no longer reached the domain on that channel (unsubscribed, moved, notifications turned off or removed) and no target replaced theirs, by channel.",
		}, []string{"channel"}),
		held: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_held_total",
			Help: "Notifications held by a silence (each sent or dropped when the silence ends).",
		}),
		folded: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_notifications_folded_total",
			Help: "Transitions folded into a later notification by a subscription's minimum interval, by channel.",
		}, []string{"channel"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "mailflow_sink_delivery_latency_seconds",
			Help:    "Time from reading an alert to delivering its notification, retries included, by channel.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 10),
		}, []string{"channel"}),
		alerts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "mailflow_sink_alerts_total",
			Help: "Alerts read from the alerts topic.",
		}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_sink_alerts_inflight",
			Help: "Alerts read whose notifications are not all done yet.",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_sink_notifications_queued",
			Help: "Notifications read and not yet delivered or dead-lettered, whatever their state (bounded by --max-queued).",
		}),
		failingTargets: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_sink_targets_failing",
			Help: "Targets (manager and channel) whose last delivery attempt failed or took longer than the slow-delivery bound; their notifications wait apart from the others.",
		}),
		brokerRead: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "mailflow_sink_broker_last_read_timestamp_seconds",
			Help: "When a Kafka broker last answered the sink (Unix seconds; 0 before any did). Heartbeats and fetches keep it within seconds of now while any broker is reachable.",
		}),
		paused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "mailflow_sink_read_paused_seconds_total",
			Help: "Time the sink read no alerts because its budget was full, by reason: inflight (healthy targets' notifications in progress, backpressure) or queued (every notification held, saturation).",
		}, []string{"reason"}),
	}
	if reg == nil {
		m.initLabels()
		return m, nil
	}
	var err error
	m.sent, err = register(reg, m.sent)
	if err == nil {
		m.failed, err = register(reg, m.failed)
	}
	if err == nil {
		m.deadLettered, err = register(reg, m.deadLettered)
	}
	if err == nil {
		m.skipped, err = register(reg, m.skipped)
	}
	if err == nil {
		m.dropped, err = register(reg, m.dropped)
	}
	if err == nil {
		m.folded, err = register(reg, m.folded)
	}
	if err == nil {
		m.latency, err = register(reg, m.latency)
	}
	if err == nil {
		m.held, err = register(reg, m.held)
	}
	if err == nil {
		m.alerts, err = register(reg, m.alerts)
	}
	if err == nil {
		m.inflight, err = register(reg, m.inflight)
	}
	if err == nil {
		m.queued, err = register(reg, m.queued)
	}
	if err == nil {
		m.failingTargets, err = register(reg, m.failingTargets)
	}
	if err == nil {
		m.paused, err = register(reg, m.paused)
	}
	if err == nil {
		m.brokerRead, err = register(reg, m.brokerRead)
	}
	m.initLabels()
	return m, err
}

// initLabels creates every counter's children at 0. A labelled counter is
// exported once it has a child; one created at its first increment is
// first scraped at 1, and increase() over a series that starts at 1 is 0,
// so MailflowNotificationsDeadLettered (one notification given up) would
// miss the first after every start (review finding).
func (m *metrics) initLabels() {
	for _, r := range []string{"inflight", "queued"} {
		m.paused.WithLabelValues(r)
	}
	for _, ch := range []directory.Channel{directory.ChannelEmail, directory.ChannelWebhook, ChannelAlertmanager} {
		for _, c := range []*prometheus.CounterVec{m.sent, m.failed, m.deadLettered, m.skipped, m.dropped, m.folded} {
			c.WithLabelValues(string(ch))
		}
	}
	m.deadLettered.WithLabelValues("none") // alerts no target could be found for
}

// register registers c, or returns the collector already registered under
// the same description, so that a sink restarted in the same process (and
// the tests) keeps counting in the same series.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if existing, ok := are.ExistingCollector.(C); ok {
				return existing, nil
			}
		}
		return c, err
	}
	return c, nil
}
