package sinks

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/silences"
)

// Silences (directory.Silence): an alert whose time (At, stream time)
// falls in a silence of its domain is not notified; it is kept in the
// store (heldState, synced) and its offset is committed. When the silence
// ends — on the wall clock, which is what a maintenance window is written
// in — the check loop sends each target the latest held alert if the
// problem outlasted the silence (the domain is still Bad), or a recovery
// if the target was told of the Bad before the silence; otherwise the
// held alerts are dropped. The store, not the uncommitted offset, keeps a
// held notification across a restart: a silence may last hours, and an
// uncommitted alert would hold up every later alert of its partition.
// Whether a silence holds an alert is decided by when the processor made
// it (the alert record's timestamp; see silences.Holding for why not the
// attempt's completion time): the record's timestamp is fixed when it is
// written, so a replay holds exactly what the first reading held, and the
// delivery records (by alert id) keep a replay from sending a released
// alert twice.

// holdSilenced keeps the alert, made at made, for the targets of a
// silenced domain and returns the targets it did not hold (none, or all
// when no silence applies).
func (s *Sink) holdSilenced(dir *directory.Directory, a schemas.StatusChange, made time.Time, part int32, next int64, targets []directory.Target) []directory.Target {
	sil, ok := silences.Holding(dir, a.Domain, made)
	if !ok {
		return targets
	}
	if a.Kind != schemas.KindStatus {
		// A delay alert of a silenced domain is not held: the status
		// page shows the delay, and at the silence's end the next delay
		// alert, if any, tells what is still true.
		s.log.Info("sink: delay alert of a silenced domain not notified", "domain", a.Domain, "alert_id", a.ID, "kind", a.Kind, "silence", sil.ID)
		return nil
	}
	added := 0
	for _, tg := range targets {
		key := tg.Key()
		if _, done, err := s.store.done(a.ID, key); err == nil && done {
			continue // read again after a release: already sent
		}
		h, _, err := s.store.held(key, a.Domain)
		if err != nil {
			s.log.Error("sink: reading held notifications", "domain", a.Domain, "target", key, "err", err)
		}
		if slices.ContainsFunc(h.Alerts, func(x schemas.StatusChange) bool { return x.ID == a.ID }) {
			continue
		}
		h.Silence, h.Reason = sil.ID, sil.Reason
		h.Alerts = append(h.Alerts, a)
		h.Partition, h.Next = part, next
		if err := s.store.setHeld(key, a.Domain, h); err != nil {
			// Not held is better than lost: notify now.
			s.log.Error("sink: holding a notification failed; sending it", "domain", a.Domain, "target", key, "err", err)
			return targets
		}
		added++
	}
	if added > 0 {
		// Counted once: the same alert held again (read again after a
		// restart, or from the topic by the member a partition moved
		// to) is not a new hold.
		s.metrics.held.Add(float64(added))
		s.log.Info("sink: notifications held by a silence", "domain", a.Domain, "alert_id", a.ID, "to", a.To.String(),
			"silence", sil.ID, "until", sil.End, "targets", added)
	}
	return nil
}

// releaseIfHeld queues the release of target's held notifications of
// domain, whose silence ended, ahead of a new alert for the same lane.
func (s *Sink) releaseIfHeld(ctx context.Context, dir *directory.Directory, tg directory.Target, domain string, now time.Time) {
	h, ok, err := s.store.held(tg.Key(), domain)
	if err != nil || !ok || len(h.Alerts) == 0 {
		return
	}
	if _, still := dir.SilenceOf(domain, now); still {
		return
	}
	latest := h.Alerts[len(h.Alerts)-1]
	var send bool
	switch {
	case latest.To == schemas.StatusBad && s.recoveredSince(domain, h):
		// The target holds only what was routed to it: one that does
		// not take recoveries holds the Bad and not the recovery that
		// followed it in the silence. The domain's own latest status
		// says whether the problem outlasted the silence (review
		// S25A-1); a recovery is not what the target asked for.
	case latest.To == schemas.StatusBad:
		send = true
	default:
		// A recovery closes what the target was told before the silence.
		kind, _ := s.store.lastKind(tg.Key(), domain)
		send = kind == kindBad || kind == kindFlapped
	}
	if !send {
		s.log.Info("sink: silence ended, the problem did not outlast it; held notifications dropped", "domain", domain,
			"manager", tg.Manager, "channel", tg.Channel, "held", len(h.Alerts), "silence", h.Silence)
		if err := s.store.dropHeld(tg.Key(), domain); err != nil {
			s.log.Error("sink: dropping held notifications", "domain", domain, "err", err)
		}
		return
	}
	raw, _ := schemas.MarshalStatusChange(&latest)
	ep, _ := s.store.episode(domain)
	j := &job{alert: latest, raw: raw, source: "silence " + h.Silence, target: tg, dir: dir, episode: ep, read: now, released: &h}
	if !s.markPending(j) {
		return
	}
	s.log.Info("sink: silence ended, sending held notification", "domain", domain, "manager", tg.Manager, "channel", tg.Channel,
		"held", len(h.Alerts), "silence", h.Silence, "to", latest.To.String())
	s.lanes.enqueue(ctx, j)
}

// recoveredSince reports whether an alert of domain read after the last
// of h's (later on the same partition of the alerts topic) left it other
// than Bad (store.current); false when that is not known. The positions,
// not the alert ids, tell later from earlier: a sink that reads a
// partition again from its committed offset rewrites the current status
// with older alerts first.
func (s *Sink) recoveredSince(domain string, h heldState) bool {
	if h.Next <= 0 {
		return false
	}
	st, _, err := s.store.current(domain)
	if err != nil {
		s.log.Error("sink: reading domain status", "domain", domain, "err", err)
		return false
	}
	part, next, ok, err := s.store.currentPos(domain)
	if err != nil {
		s.log.Error("sink: reading domain status", "domain", domain, "err", err)
		return false
	}
	return ok && part == h.Partition && next > h.Next && st != schemas.StatusBad
}

// queueReleases releases what silences that ended held.
func (s *Sink) queueReleases(ctx context.Context) {
	now := time.Now()
	dir := s.table.Current()
	type entry struct{ target, domain string }
	var es []entry
	if err := s.store.helds(func(target, domain string) { es = append(es, entry{target, domain}) }); err != nil {
		s.log.Error("sink: reading held notifications", "err", err)
		return
	}
	if len(es) > 0 {
		domains := make([]string, 0, len(es))
		for _, e := range es {
			domains = append(domains, e.domain)
		}
		slices.Sort(domains)
		s.refreshMovedStatus(ctx, dir, slices.Compact(domains), now)
	}
	for _, e := range es {
		h, ok, err := s.store.held(e.target, e.domain)
		if err != nil || !ok || len(h.Alerts) == 0 {
			continue
		}
		tg, ok := targetByKey(dir.Subscribers(h.Alerts[len(h.Alerts)-1]), e.target)
		if !ok {
			// The subscription is gone: nobody to tell. Counted and said
			// as a drop at send time is (retarget.go; review S25B-6).
			s.log.Info("sink: held notification dropped: its manager no longer reaches the domain", "domain", e.domain, "target", e.target,
				"held", len(h.Alerts), "silence", h.Silence)
			if err := s.store.dropHeld(e.target, e.domain); err != nil {
				s.log.Error("sink: dropping held notifications", "domain", e.domain, "err", err)
			}
			s.metrics.dropped.WithLabelValues(channelOfKey(e.target)).Inc()
			continue
		}
		s.releaseIfHeld(ctx, dir, tg, e.domain, now)
	}
}

// channelOfKey returns the channel of a target key (directory.Target.Key:
// "manager/channel"; a manager id holds no '/').
func channelOfKey(key string) string {
	return key[strings.LastIndexByte(key, '/')+1:]
}
