package sinks

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
)

// brokerReads is a kgo.HookBrokerRead that keeps, in
// mailflow_sink_broker_last_read_timestamp_seconds, when a broker last
// answered the sink's consumer. A sink that cannot read alerts was
// invisible: its /healthz answered ok and no metric moved (review
// finding); the rule MailflowBrokerUnreachable reads this gauge.
type brokerReads struct{ last prometheus.Gauge }

// OnBrokerRead implements kgo.HookBrokerRead.
func (b brokerReads) OnBrokerRead(_ kgo.BrokerMetadata, _ int16, _ int, _, _ time.Duration, err error) {
	if err == nil {
		b.last.SetToCurrentTime()
	}
}
