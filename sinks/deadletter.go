package sinks

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Dead-letter record headers. The value is the alert exactly as read, so
// that it can be replayed into the alerts topic once the cause is fixed.
const (
	HeaderReason        = "mailflow-reason"
	HeaderManager       = "mailflow-manager"
	HeaderChannel       = "mailflow-channel"
	HeaderSubscriptions = "mailflow-subscriptions"
	HeaderAttempts      = "mailflow-attempts"
	HeaderAlertID       = "mailflow-alert-id"
	HeaderSourceOffset  = "mailflow-source"
	// HeaderFoldedAlertIDs, on the letter of a notification's own alert,
	// lists (comma-separated) the ids of the other alerts the failed
	// notification told: those folded into it while a flap-control hold
	// or a queue held its lane, listed or only counted. Their records are
	// not dead-lettered again (they stay in the alerts topic under these
	// ids); the header says which transitions the receiver never heard
	// of.
	HeaderFoldedAlertIDs = "mailflow-folded-alert-ids"
)

// deadLetter describes one notification given up on (or one alert that
// could not be read).
type deadLetter struct {
	key, value    []byte
	reason        string
	manager       string
	channel       string
	subscriptions []string
	attempts      int
	alertID       string
	source        string   // topic/partition/offset of the alert
	folded        []string // HeaderFoldedAlertIDs, when not empty
}

// writeDeadLetter stores d in the dead-letter topic, retrying until it is
// stored or ctx ends: the alert's offset must not be committed before its
// failure is on record.
func (s *Sink) writeDeadLetter(ctx context.Context, d deadLetter) error {
	r := &kgo.Record{
		Topic: s.topics.deadletter,
		Key:   d.key,
		Value: d.value,
		Headers: []kgo.RecordHeader{
			{Key: HeaderReason, Value: []byte(oneLine(d.reason))},
			{Key: HeaderAlertID, Value: []byte(d.alertID)},
			{Key: HeaderSourceOffset, Value: []byte(d.source)},
		},
	}
	if d.manager != "" {
		r.Headers = append(r.Headers,
			kgo.RecordHeader{Key: HeaderManager, Value: []byte(d.manager)},
			kgo.RecordHeader{Key: HeaderChannel, Value: []byte(d.channel)},
			kgo.RecordHeader{Key: HeaderSubscriptions, Value: []byte(strings.Join(d.subscriptions, ","))},
			kgo.RecordHeader{Key: HeaderAttempts, Value: []byte(strconv.Itoa(d.attempts))},
		)
	}
	if len(d.folded) > 0 {
		r.Headers = append(r.Headers, kgo.RecordHeader{Key: HeaderFoldedAlertIDs, Value: []byte(strings.Join(d.folded, ","))})
	}
	for attempt := 1; ; attempt++ {
		err := s.cl.ProduceSync(ctx, r).FirstErr()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("dead-letter alert %s to %s: %w", d.alertID, s.topics.deadletter, err)
		}
		s.log.Error("sink: writing dead letter failed, retrying", "topic", s.topics.deadletter, "alert_id", d.alertID, "attempt", attempt, "err", err)
		if err := sleep(ctx, backoff(attempt, s.cfg.BackoffBase, s.cfg.BackoffMax, 0, 0)); err != nil {
			return err
		}
	}
}

func sourceOf(r *kgo.Record) string {
	return fmt.Sprintf("%s/%d/%d", r.Topic, r.Partition, r.Offset)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}
