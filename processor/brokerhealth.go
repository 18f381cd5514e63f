package processor

import (
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
)

// defaultBrokerSilence is how long the processor may hear nothing from any
// broker before it reports itself unready (Ownership.BrokerDown). A
// member of a group hears its coordinator every heartbeat (3 s by
// default) and a fetch answers within its max wait (5 s), so 20 s of
// silence is an outage, not a pause; it stays under the group's session
// timeout (45 s), after which the partitions are lost anyway.
const defaultBrokerSilence = 20 * time.Second

// brokerHealth notes when the processor's client last read an answer
// from a broker (a kgo.HookBrokerRead). A processor whose brokers are all
// gone kept answering /readyz 200 with no partitions, and nothing else
// said so (review finding).
type brokerHealth struct {
	last atomic.Int64 // Unix nanoseconds
	// gauge, when set (before the client exists), is
	// mailflow_broker_last_read_timestamp_seconds, which the rule
	// MailflowBrokerUnreachable reads.
	gauge prometheus.Gauge
}

// OnBrokerRead implements kgo.HookBrokerRead.
func (h *brokerHealth) OnBrokerRead(_ kgo.BrokerMetadata, _ int16, _ int, _, _ time.Duration, err error) {
	if err != nil {
		return
	}
	now := time.Now()
	h.last.Store(now.UnixNano())
	if h.gauge != nil {
		h.gauge.Set(float64(now.UnixNano()) / 1e9)
	}
}

// lastRead returns when a broker last answered, zero before any did.
func (h *brokerHealth) lastRead() time.Time {
	if n := h.last.Load(); n != 0 {
		return time.Unix(0, n)
	}
	return time.Time{}
}
