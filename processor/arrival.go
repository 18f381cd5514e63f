package processor

import (
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// arrivalOf returns when the attempt of record r, whose valid event is ev,
// reached mailflow, and whether that is r's own timestamp: Kafka's
// CreateTime as the producer set it, or LogAppendTime (KIP-32).
//
// A timestamp that is no time a delivery can have is replaced by the
// event's completed_at, which schemas.Validate keeps in range: Kafka's
// NO_TIMESTAMP (-1), which producers of the pre-0.10 message format send
// (the broker accepts it), any other time before the Unix epoch, or one
// past what Unix nanoseconds hold (2262, schemas.InTimeRange). The log
// store refuses such an arrival, and one such record stopped the log of
// its whole partition (review finding); the seen ids' hour wrapped
// around. The replacement depends on the record alone, so the live path,
// a restore and a replay of the log agree.
func arrivalOf(r *kgo.Record, ev *schemas.DeliveryEvent) (time.Time, bool) {
	if schemas.InTimeRange(r.Timestamp) {
		return r.Timestamp, true
	}
	return ev.CompletedAt, false
}
