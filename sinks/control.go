package sinks

import (
	"context"
	"log/slog"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// Flap control, reminders and incident links of domain notifications
// (issue 15). They apply to the directory's targets (e-mail and webhook);
// Alertmanager has its own grouping, repeat_interval and silences.

// isRecovery reports whether the job's alert is a Bad to Good change.
func (j *job) isRecovery() bool {
	tr, _ := directory.TransitionOf(j.alert.From, j.alert.To)
	return tr == directory.TransitionRecovered
}

// effective turns a resolved setting into the interval in force: unset
// takes the built-in default, Off (negative) turns it off.
func effective(resolved, def time.Duration) time.Duration {
	switch {
	case resolved == 0:
		return max(def, 0)
	case resolved < 0:
		return 0
	}
	return resolved
}

func (s *Sink) flapInterval(domain string) time.Duration {
	return effective(s.table.Current().Resolve(domain).FlapInterval, s.cfg.FlapInterval)
}

func (s *Sink) repeatInterval(domain string) time.Duration {
	return effective(s.table.Current().Resolve(domain).RepeatInterval, s.cfg.RepeatInterval)
}

// holdFor returns how long the head job of a lane must wait before it
// goes out, folding whatever queues up meanwhile, and the flap interval
// when flap control is what holds it. tg is the job's target as the
// directory has it now (currentTarget), whose min_interval applies.
//
// The subscription's min_interval holds every notification. Flap control
// holds a notification while the target heard of the domain less than the
// flap interval ago — except a recovery right after a Bad of its own: the
// first Bad and its recovery always go out at once; a domain that turns
// Bad again within the interval is notified once when it is up, with the
// flaps counted.
func (s *Sink) holdFor(j *job, k laneKey, tg directory.Target) (time.Duration, time.Duration) {
	if j.incident != nil || j.repeat > 0 || j.released != nil || j.target.Channel == ChannelAlertmanager {
		return 0, 0
	}
	last, err := s.store.lastSent(k.target, k.domain)
	if err != nil {
		s.log.Error("sink: reading last notification time", "target", k.target, "domain", k.domain, "err", err)
		return 0, 0
	}
	var wait time.Duration
	if interval := tg.MinInterval; interval > 0 {
		wait = time.Until(last.Add(interval))
	}
	flap := s.flapInterval(k.domain)
	if j.alert.Kind != schemas.KindStatus {
		// Flap control is of Good and Bad; a delay alert keeps only
		// the subscription's minimum interval.
		flap = 0
	}
	if flap <= 0 || last.IsZero() {
		return max(wait, 0), 0
	}
	kind, err := s.store.lastKind(k.target, k.domain)
	if err != nil {
		s.log.Error("sink: reading last notification kind", "target", k.target, "domain", k.domain, "err", err)
		return max(wait, 0), 0
	}
	if kind == kindBad && j.isRecovery() {
		return max(wait, 0), 0
	}
	if fw := time.Until(last.Add(flap)); fw > 0 {
		// At info like a silence's hold: a Bad held here is otherwise
		// invisible at the default level. holdFor runs once per held
		// head job (the lane then waits and folds), and again when the
		// directory changes while it waits (awaitHold): a hold computed
		// again that ends when the logged one did says nothing new, and
		// a console changing settings would repeat every held line
		// (newcomer review s34), so it goes to debug.
		until := last.Add(flap)
		level := slog.LevelInfo
		if j.heldUntil.Equal(until) {
			level = slog.LevelDebug
		}
		j.heldUntil = until
		s.log.Log(context.Background(), level, "sink: flap control holds a notification", "domain", k.domain, "target", k.target,
			"alert_id", j.alert.ID, "to", j.alert.To.String(), "until", until, "flap_interval", flap)
		return max(wait, fw), flap
	}
	return max(wait, 0), 0
}

// incidentWait returns how long a Bad notification still waits for the
// incidents stage to group its alert.
func (s *Sink) incidentWait(j *job) time.Duration {
	if s.incidents == nil || j.incident != nil || j.repeat > 0 || j.released != nil || j.target.Channel == ChannelAlertmanager || j.alert.To != schemas.StatusBad || j.alert.Kind != schemas.KindStatus {
		return 0
	}
	return time.Until(j.read.Add(s.cfg.IncidentWait))
}

// decorate adds what the notification says beyond the alert: its
// incident, the flaps folded into it.
func (s *Sink) decorate(n *notification, flapping time.Duration) {
	if n.incident != nil {
		return
	}
	if ref, ok := s.incidents.Of(n.alert.Domain); ok {
		n.partOf = &ref
	}
	if flapping > 0 && len(n.folded) > 0 {
		n.flapWindow = flapping
		n.flaps = n.omittedBad
		for _, a := range append(n.folded, n.alert) {
			if a.To == schemas.StatusBad {
				n.flaps++
			}
		}
	}
}

// afterDelivery records what flap control and reminders need of a
// delivered (or dead-lettered) domain notification.
func (s *Sink) afterDelivery(n *notification, batch []*job, o outcome, log *slog.Logger) {
	target, domain := n.target.Key(), n.alert.Domain
	defer func() {
		for _, b := range batch {
			s.forgetPending(b)
			if b.released != nil {
				if err := s.store.dropHeld(target, domain); err != nil {
					log.Error("sink: forgetting released notifications", "err", err)
				}
			}
		}
	}()
	if o == outcomeDelivered && n.alert.Kind != schemas.KindStatus {
		// What a detection alert told, for the recovery a new group's
		// catch-up owes (catchup.go).
		kind := kindRecovered
		if reportsProblem(&n.alert) {
			kind = kindBad
		}
		if err := s.store.setKind(target, classKey(&n.alert), kind); err != nil {
			log.Error("sink: recording notification kind", "err", err)
		}
	}
	if o != outcomeDelivered || n.alert.Kind != schemas.KindStatus {
		// Flap and reminder state is of status changes alone.
		return
	}
	bad := n.alert.To == schemas.StatusBad
	kind := kindRecovered
	switch {
	case len(n.folded) > 0 && bad:
		kind = kindFlapped
	case len(n.folded) > 0:
		kind = kindFlappedGood
	case bad:
		kind = kindBad
	}
	if n.repeat > 0 {
		kind = kindBad
	}
	if err := s.store.setKind(target, domain, kind); err != nil {
		log.Error("sink: recording notification kind", "err", err)
	}
	if !bad {
		if err := s.store.dropRepeat(domain, target); err != nil {
			log.Error("sink: forgetting reminder state", "err", err)
		}
		return
	}
	if err := s.store.setRepeat(domain, target, repeatState{Alert: n.alert, Episode: n.episode, Sent: time.Now(), Repeats: n.repeat}); err != nil {
		log.Error("sink: recording reminder state", "err", err)
	}
}

// markPending notes that a reminder or release of the lane is queued, so
// that the check loop does not queue it twice; forgetPending undoes it.
func (s *Sink) markPending(j *job) bool {
	s.pendingMu.Lock()
	defer s.pendingMu.Unlock()
	k := j.target.Key() + "\x00" + j.alert.Domain
	if s.pending[k] {
		return false
	}
	s.pending[k] = true
	return true
}

func (s *Sink) forgetPending(j *job) {
	if j.repeat == 0 && j.released == nil {
		return
	}
	s.pendingMu.Lock()
	defer s.pendingMu.Unlock()
	delete(s.pending, j.target.Key()+"\x00"+j.alert.Domain)
}

// checkLoop queues the reminders that are due and the notifications whose
// silence ended, every CheckInterval. It runs on the sink's wall clock
// (see Config.CheckInterval); a replay cannot duplicate what it sends,
// because each reminder is recorded under its number and each released
// alert under its id, and the store keeps both.
func (s *Sink) checkLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.CheckInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.queueReleases(ctx)
		s.queueRepeats(ctx)
	}
}

// queueRepeats queues a reminder for each target of a domain that is
// still Bad, not silenced, and last heard of it RepeatInterval ago.
func (s *Sink) queueRepeats(ctx context.Context) {
	now := time.Now()
	dir := s.table.Current()
	type due struct {
		domain, target string
		r              repeatState
	}
	var dues []due
	err := s.store.repeats(func(domain, target string, r repeatState) {
		dues = append(dues, due{domain, target, r})
	})
	if err != nil {
		s.log.Error("sink: reading reminder states", "err", err)
		return
	}
	assigned := s.assignedAlerts()
	for _, d := range dues {
		// The member that reads the domain's alerts reminds: another
		// one reads its recovery (reminder_handover.go). A domain whose
		// alerts an older release read has no partition recorded.
		if part, ok, err := s.store.alertsPartition(d.domain); err != nil || ok && !assigned[part] {
			continue
		}
		interval := s.repeatInterval(d.domain)
		if interval <= 0 || now.Before(d.r.Sent.Add(interval)) {
			continue
		}
		if st, _, err := s.store.current(d.domain); err != nil || st != schemas.StatusBad {
			// Recovered meanwhile (a target that does not want recoveries
			// never clears its state itself).
			_ = s.store.dropRepeat(d.domain, d.target)
			continue
		}
		if _, silenced := dir.SilenceOf(d.domain, now); silenced {
			continue
		}
		tg, ok := targetByKey(dir.Subscribers(d.r.Alert), d.target)
		if !ok {
			_ = s.store.dropRepeat(d.domain, d.target)
			continue
		}
		raw, _ := schemas.MarshalStatusChange(&d.r.Alert)
		j := &job{alert: d.r.Alert, raw: raw, source: "repeat", target: tg, dir: dir, episode: d.r.Episode, read: now,
			repeat: d.r.Repeats + 1, badSince: d.r.Alert.At}
		if !s.markPending(j) {
			continue
		}
		s.log.Info("sink: domain still bad, reminder due", "domain", d.domain, "manager", tg.Manager, "channel", tg.Channel, "repeat", j.repeat, "interval", interval)
		s.lanes.enqueue(ctx, j)
	}
}

func targetByKey(ts []directory.Target, key string) (directory.Target, bool) {
	for _, t := range ts {
		if t.Key() == key {
			return t, true
		}
	}
	return directory.Target{}, false
}

// noteStatus records the domain's status as of the alert (read in
// partition order, from partition part of the alerts topic) and, for a
// recovery, forgets every reminder of the domain's Bad episode.
func (s *Sink) noteStatus(a schemas.StatusChange, part int32, next int64) {
	if err := s.store.setCurrent(a.Domain, a.To, a.ID, part, next); err != nil {
		s.log.Error("sink: recording domain status", "domain", a.Domain, "err", err)
	}
	if a.To != schemas.StatusBad {
		if err := s.store.dropRepeats(a.Domain); err != nil {
			s.log.Error("sink: forgetting reminders", "domain", a.Domain, "err", err)
		}
	}
}
