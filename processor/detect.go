package processor

import (
	"context"
	"math"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// The detections that live in a domain's window (issue 15), evaluated by
// shard.add after every counted attempt, in the domain's arrival order,
// inside the transaction that counts it — so that, like the status, each
// is announced exactly once and a restore or a replay announces the same:
//
//   - Reason-aware health: with exclude_recipient_failures on at some
//     level (directory.Resolved.ExcludeRecipientFailures; off by default)
//     failures that blame the recipient — user_unknown, mailbox_full,
//     mailbox_disabled (state.RecipientCategory) — stay in the window
//     but not in the failure budget (state.Window.AddCounting). The status
//     API shows the counted and the excluded failures.
//   - Delayed mail: the domain's current delay is the median over its
//     window of the delivered attempts' delivery delay and the deferred
//     attempts' age (completed − queued: a message still being retried),
//     state.Window.CurrentDelayMillis. Above the delay threshold
//     (directory.Resolved.DelayLimit, 30 minutes unless a level sets
//     another or turns it off), with at least state.MinDelaySamples
//     samples, the domain gets a "delayed" alert; when it falls back to
//     the threshold or below, a "delay_recovered" alert. The raised flag
//     is state.Window.Delayed, kept in the state record, so the next
//     attempt after a restart or a rebuild compares with what the first
//     run announced.
//
// Config.SkipDetections turns off the delayed-mail detection here, and the
// silence detection with its stream time, due index, hourly counts and
// ticks (silence.go, tick.go): what is left is the status and its alerts
// (reason-aware health stays, since it changes what the status is).
// Repeat and flap control live in the sinks, not here.
//
// A detection alert travels on the alerts topic as a schemas.StatusChange
// of its kind (schemas.KindDelayed, schemas.KindDelayRecovered) with the
// domain's status as both From and To, keyed by domain like a status
// change, with an id of its own (schemas.KindID of the causing event), so
// the subscriptions ("delayed", "delay_recovered") and sinks route it as
// they route a status change.

// eventDelayMillis is what the window keeps as an attempt's delay: the
// delivery delay of a delivered attempt and the age of a deferred one's
// message, in milliseconds (capped at 32 bits); 0 otherwise.
func eventDelayMillis(ev *schemas.DeliveryEvent) uint32 {
	if ev.Outcome != schemas.OutcomeDelivered && ev.Outcome != schemas.OutcomeDeferred {
		return 0
	}
	return uint32(min(ev.DeliveryDelay().Milliseconds(), math.MaxUint32))
}

// delayLimitMillis is the delay threshold in force for d in milliseconds;
// 0 when the detection is off.
func delayLimitMillis(res *directory.Resolved) uint32 {
	return uint32(min(res.DelayLimit().Milliseconds(), math.MaxUint32))
}

// detect runs the delayed-mail detection after d's window counted the
// attempt of ev, and announces a change of the delayed flag.
func (s *shard) detect(ctx context.Context, d *dirtyDomain, ev *schemas.DeliveryEvent) {
	if s.t.p.cfg.SkipDetections {
		return
	}
	limit := delayLimitMillis(&d.res)
	above := limit > 0 && d.w.DelayAbove(limit)
	if above == d.w.Delayed {
		return
	}
	d.w.Delayed = above
	kind := schemas.KindDelayRecovered
	if above {
		kind = schemas.KindDelayed
	}
	s.detectionAlert(ctx, d, ev, kind, time.Duration(limit)*time.Millisecond)
}

// annotate adds to an alert of d what the detections know: the failures
// reason-aware health excluded and the current delay.
func annotate(c *schemas.StatusChange, d *dirtyDomain) {
	if d.res.ExcludeRecipientFailures {
		c.ExcludedFailures = d.w.RecipientFailures()
	}
	c.DeliveryDelay.CurrentSeconds = d.w.CurrentDelayMillis() / 1000
}

// detectionAlert produces the delay alert of kind for d, caused by ev;
// limit is the delay threshold in force (0 when the detection was turned
// off).
func (s *shard) detectionAlert(ctx context.Context, d *dirtyDomain, ev *schemas.DeliveryEvent, kind string, limit time.Duration) {
	c := s.kindChange(d, kind, ev.ID, ev.CompletedAt)
	c.DelayThresholdSeconds = limit.Seconds()
	s.produceKindAlert(ctx, d, &c)
	s.t.p.log.Debug("delay detection", "domain", d.domain, "kind", kind, "current_delay_s", c.DeliveryDelay.CurrentSeconds,
		"threshold_s", c.DelayThresholdSeconds, "cause_event_id", ev.ID)
}

// kindChange returns a detection alert of kind for d as it stands, caused
// by the event causeID at at, with the fields every alert carries.
func (s *shard) kindChange(d *dirtyDomain, kind, causeID string, at time.Time) schemas.StatusChange {
	w := d.w
	c := schemas.StatusChange{
		ID:            schemas.KindID(d.domain, kind, causeID),
		Kind:          kind,
		Domain:        d.domain,
		Customer:      d.res.Customer,
		Reseller:      d.res.Reseller,
		From:          w.Status,
		To:            w.Status,
		At:            at,
		SuccessRate:   w.SuccessRate(),
		Window:        d.res.Window,
		Threshold:     d.res.Threshold.Float(),
		Attempts:      len(w.Entries),
		Failures:      w.Failures(),
		DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: float64(w.LastDelayMillis) / 1000, MedianSeconds: w.MedianDelayMillis() / 1000},
		LastResponse:  w.LastResponse,
		TopCategories: s.t.p.topCategories(w, topCategoriesInAlerts),
		CauseEventID:  causeID,
	}
	annotate(&c, d)
	if w.LastFailureHost != "" || w.LastFailureIP != "" || w.LastFailureCategory != schemas.CategoryUnclassified {
		c.LastFailureHost, c.LastFailureIP, c.LastFailureCategory = w.LastFailureHost, w.LastFailureIP, w.LastFailureCategory.String()
	}
	return c
}

// produceKindAlert produces the detection alert c of d to the alerts
// topic, keyed by domain, in the transaction, and lists it for the log.
func (s *shard) produceKindAlert(ctx context.Context, d *dirtyDomain, c *schemas.StatusChange) {
	p := s.t.p
	v, err := schemas.MarshalStatusChange(c)
	if err != nil {
		s.err = err
		return
	}
	s.alerts++
	s.announced = append(s.announced, transition{domain: d.domain, customer: d.res.Customer, reseller: d.res.Reseller, from: c.From, to: c.To,
		kind: c.Kind, delay: c.DeliveryDelay.CurrentSeconds, last: clip(c.LastResponse)})
	p.sess.Produce(ctx, &kgo.Record{Topic: p.cfg.Topics.Alerts, Key: []byte(d.domain), Value: v}, s.t.promiseFn)
}
