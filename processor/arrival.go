package processor

import (
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// arrivalOf returns when the attempt of record r, whose valid event is ev,
// reached mailflow, whether that is r's own timestamp (Kafka's CreateTime
// as the producer set it, or LogAppendTime, KIP-32), and how far past
// latest the time it claimed was (0 when not).
//
// A timestamp that is no time a delivery can have is replaced by the
// event's completed_at, which schemas.Validate keeps in range: Kafka's
// NO_TIMESTAMP (-1), which producers of the pre-0.10 message format send
// (the broker accepts it), any other time before the Unix epoch, or one
// past what Unix nanoseconds hold (2262, schemas.InTimeRange). The log
// store refuses such an arrival, and one such record stopped the log of
// its whole partition (review finding); the seen ids' hour wrapped
// around.
//
// Nothing arrives after latest, the wall clock when it is read: an
// arrival later than that is latest. A record stamped by a clock far
// ahead, or an unstamped one whose completed_at lies in the future (the
// broker checks no limit, message.timestamp.after.max.ms of KIP-937, on
// NO_TIMESTAMP), otherwise moved its domain's dedupe hour so far that
// every id the domain had counted expired at once, and the next replay of
// any of them counted again; and it stayed the newest attempt of the live
// log until its time came, hiding every later attempt (review findings).
// Only such records depend on when they are read: a replay after their
// time takes their stamp, which moves their place in the dedupe horizon
// and the log by at most how far their clock ran ahead.
func arrivalOf(r *kgo.Record, ev *schemas.DeliveryEvent, latest time.Time) (arrival time.Time, stamped bool, ahead time.Duration) {
	arrival, stamped = ev.CompletedAt, false
	if schemas.InTimeRange(r.Timestamp) {
		arrival, stamped = r.Timestamp, true
	}
	if arrival.After(latest) {
		return latest, stamped, arrival.Sub(latest)
	}
	return arrival, stamped, 0
}

// latestArrival is the latest arrival arrivalOf lets a record have now.
func (c *Config) latestArrival() time.Time { return c.wallClock() }
