package sinks

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// An alert's targets are resolved when it is routed, but its notification
// can go out much later: after flap control's hold or a minimum interval,
// after retries of a failing receiver, after a silence. Meanwhile an
// operator may move a manager to another domain, a manager may change
// their address, webhook or subscriptions, and a settings change applies
// to the next attempt (README). So each try resolves the notification's
// target again with the directory in force (review S24A-4), and a lane
// that waits on purpose computes its hold again when the directory
// changes (review S24A-3), rather than acting on the directory of the
// moment the alert was read.

// dirChanged returns a channel closed at the next change of the
// directory seen after the call (directory.Table.Changed). Take it before
// reading the directory, so that no change between the read and the wait
// goes unnoticed.
func (s *Sink) dirChanged() <-chan struct{} { return s.table.Changed() }

// resolveTarget finds tg's manager and channel among the targets dir
// gives the alert (or the incident) now, with their current address,
// webhook, subscriptions and minimum interval (and, for an incident, the
// domains of it the manager may see now). It returns why not when the
// manager no longer reaches the domain on that channel: the same routing
// the alert was queued by (Directory.Subscribers, IncidentSubscribers),
// so a target is dropped exactly when routing the alert now would not
// choose it.
func resolveTarget(dir *directory.Directory, tg directory.Target, alert schemas.StatusChange, inc *schemas.Incident) (directory.Target, []string, string) {
	if _, ok := dir.Managers[tg.Manager]; !ok {
		return directory.Target{}, nil, "manager no longer in the directory"
	}
	if inc != nil {
		for _, it := range dir.IncidentSubscribers(incidentDomains(inc)) {
			if it.Key() == tg.Key() {
				return it.Target, it.Domains, ""
			}
		}
		return directory.Target{}, nil, "manager no longer subscribed to incidents of these domains on " + string(tg.Channel)
	}
	if t, ok := targetByKey(dir.Subscribers(alert), tg.Key()); ok {
		return t, nil, ""
	}
	tr, _ := directory.AlertTransition(alert)
	return directory.Target{}, nil, "manager no longer subscribed to " + string(tr) + " alerts of " + alert.Domain + " on " + string(tg.Channel)
}

// replacement finds, when tg's manager no longer reaches the domain, the
// target that took its place: one the alert (or incident) is routed to
// now, on the same channel and to the same address or webhook URL, that
// the directory it was routed with (was) did not route it to — a manager
// renamed (new id, same mailbox) is still the same receiver (review
// S24C-2), while a second manager who shares the mailbox and had the
// alert routed already gets a notification of its own. The replacement
// keeps tg's manager id, the key the lane, its flow and its delivery state
// go by.
func replacement(dir, was *directory.Directory, tg directory.Target, alert schemas.StatusChange, inc *schemas.Incident) (directory.Target, []string, bool) {
	same := func(t directory.Target) bool {
		return t.Channel == tg.Channel && (t.Channel == directory.ChannelEmail && strings.EqualFold(t.Email, tg.Email) && t.Email != "" ||
			t.Channel == directory.ChannelWebhook && t.WebhookURL == tg.WebhookURL && t.WebhookURL != "")
	}
	routedBefore := func(key string) bool {
		if was == nil {
			return false
		}
		if inc != nil {
			for _, it := range was.IncidentSubscribers(incidentDomains(inc)) {
				if it.Key() == key {
					return true
				}
			}
			return false
		}
		_, ok := targetByKey(was.Subscribers(alert), key)
		return ok
	}
	if inc != nil {
		for _, it := range dir.IncidentSubscribers(incidentDomains(inc)) {
			if same(it.Target) && !routedBefore(it.Key()) {
				t := it.Target
				t.Manager = tg.Manager
				return t, it.Domains, true
			}
		}
		return directory.Target{}, nil, false
	}
	for _, t := range dir.Subscribers(alert) {
		if same(t) && !routedBefore(t.Key()) {
			t.Manager = tg.Manager
			return t, nil, true
		}
	}
	return directory.Target{}, nil, false
}

// incidentDomains returns the names of inc's domains.
func incidentDomains(inc *schemas.Incident) []string {
	names := make([]string, len(inc.Domains))
	for i, d := range inc.Domains {
		names[i] = d.Domain
	}
	return names
}

// currentTarget is the job's target as the directory in force has it, for
// the hold it is waiting out: its own target while its manager does not
// reach the domain now, since whether it is dropped is decided when it is
// sent (retarget), not at a change seen half applied (review S24C-1).
// Alertmanager targets are not the directory's.
func (s *Sink) currentTarget(j *job) directory.Target {
	cur := s.table.Current()
	if j.target.Channel == ChannelAlertmanager || cur == j.dir {
		return j.target
	}
	tg, _, reason := resolveTarget(cur, j.target, j.alert, j.incident)
	if reason != "" {
		return j.target
	}
	// Resolved once for this directory: the next check is a comparison
	// (review S24C-3).
	j.target, j.dir = tg, cur
	return tg
}

// settleTimeout bounds how long retarget waits for the directory to catch
// up with the config topic before it drops a notification.
const settleTimeout = 10 * time.Second

// retarget brings the notification's target up to the directory in force
// before a try: a changed address, URL or secret is used from this try
// on. It returns why the manager no longer reaches the domain on the
// channel, and then leaves n as it was. Before it says so, it waits for
// the directory to hold every record the config topic holds
// (directory.Table.CatchUp), so that a change written as several records
// is not judged half applied, and looks for the target that replaced the
// manager's (replacement).
func (s *Sink) retarget(ctx context.Context, n *notification) string {
	cur := s.table.Current()
	if n.target.Channel == ChannelAlertmanager || cur == n.dir {
		return ""
	}
	tg, domains, reason := resolveTarget(cur, n.target, n.alert, n.incident)
	if reason != "" {
		cctx, cancel := context.WithTimeout(ctx, settleTimeout)
		err := s.table.CatchUp(cctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			// Unsure what the directory holds: keep the target the alert
			// was routed to rather than drop on a stale view.
			s.log.Warn("sink: could not catch up with the directory before dropping a notification; sending it as routed", "err", err,
				"domain", n.alert.Domain, "manager", n.target.Manager)
			return ""
		}
		cur = s.table.Current()
		tg, domains, reason = resolveTarget(cur, n.target, n.alert, n.incident)
		if reason != "" {
			var ok bool
			if tg, domains, ok = replacement(cur, n.dir, n.target, n.alert, n.incident); !ok {
				return reason
			}
		}
	}
	n.target, n.dir = tg, cur
	if n.incident != nil {
		n.incDomains = domains
	}
	return ""
}

// errUnreached ends the tries of a notification whose manager no longer
// reaches its domain on its channel: it is dropped, not dead-lettered.
type errUnreached string

func (e errUnreached) Error() string { return string(e) }

// drop finishes the jobs of a notification nobody is to receive any more
// (retarget). The store records them as dropped, so that a replay of
// their alerts does not bring them back; the reminder or silence state
// they stood for goes too, as queueRepeats and queueReleases drop the
// state of a target that is gone.
func (s *Sink) drop(batch []*job, n *notification, reason string, log *slog.Logger) {
	key := n.target.Key()
	log.Info("sink: notification dropped: its manager no longer reaches the domain on this channel",
		"reason", reason, "alerts", len(n.alertIDs()))
	s.metrics.dropped.WithLabelValues(string(n.target.Channel)).Inc()
	if err := s.store.finish(key, batch[len(batch)-1].laneDomain(), n.alertIDs(), outcomeDropped, time.Now()); err != nil {
		log.Error("sink: recording dropped notification", "err", err)
	}
	for _, b := range batch {
		switch {
		case b.released != nil:
			if err := s.store.dropHeld(key, b.alert.Domain); err != nil {
				log.Error("sink: forgetting held notifications", "err", err)
			}
		case b.repeat > 0:
			if err := s.store.dropRepeat(b.alert.Domain, key); err != nil {
				log.Error("sink: forgetting reminder state", "err", err)
			}
		}
		s.forgetPending(b)
	}
	s.flow.done(key, len(batch))
	for _, b := range batch {
		if b.tracker != nil {
			s.offsets.finish(b.tracker)
		}
	}
}

// awaitHold waits out the hold of lane k's head job j (wait, by flap
// control when flapping > 0) and returns the flap interval to describe
// the folded notification with. holdFor computed the hold from the
// directory of its time; when the directory changes meanwhile (changed,
// taken before that), the hold is computed again, so that switching flap
// control off, shortening it or a minimum interval releases the held
// notification now. Whether its manager still reaches the domain is
// decided when it is sent (deliverBatch), not at each change.
func (s *Sink) awaitHold(ctx context.Context, j *job, k laneKey, changed <-chan struct{}, wait, flapping time.Duration) (time.Duration, error) {
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return flapping, context.Cause(ctx)
		case <-t.C:
			return flapping, nil
		case <-changed:
		}
		changed = s.dirChanged()
		tg := s.currentTarget(j)
		w, f := s.holdFor(j, k, tg)
		if f > 0 {
			// Otherwise the interval that held (and folded) it still
			// describes the notification.
			flapping = f
		}
		if w <= 0 {
			s.log.Info("sink: settings changed, held notification released", "domain", k.domain, "target", k.target,
				"alert_id", j.alert.ID, "flap_interval", f, "min_interval", tg.MinInterval)
			return flapping, nil
		}
		t.Reset(w)
	}
}
