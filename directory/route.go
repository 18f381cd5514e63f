package directory

import (
	"maps"
	"slices"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Target is one channel of one manager that an alert must reach. However
// many subscriptions lead to the same manager and channel, there is one
// Target, so the manager hears of the alert once.
type Target struct {
	Manager string
	Channel Channel
	// Email is set for ChannelEmail.
	Email string
	// WebhookURL and WebhookSecret are set for ChannelWebhook.
	WebhookURL    string
	WebhookSecret string
	// Subscriptions are the ids of the subscriptions that led here, sorted.
	Subscriptions []string
	// MinInterval is the shortest min_interval of those subscriptions: the
	// manager asked, through one of them, to hear that often.
	MinInterval time.Duration
}

// Key identifies the target among all targets: "manager/channel". Delivery
// state (what was sent, when last) is kept under it.
func (t Target) Key() string { return t.Manager + "/" + string(t.Channel) }

// TransitionOf returns the transition a subscription chooses by for a
// status change: TransitionBad for any change to Bad, TransitionRecovered
// for Bad to Good. Other changes concern no subscription.
func TransitionOf(from, to schemas.Status) (Transition, bool) {
	switch {
	case to == schemas.StatusBad && from != schemas.StatusBad:
		return TransitionBad, true
	case from == schemas.StatusBad && to == schemas.StatusGood:
		return TransitionRecovered, true
	}
	return "", false
}

// AlertTransition returns the transition a subscription chooses by for an
// alert: the alert's kind for a detection alert (schemas.KindDelayed is
// TransitionDelayed, schemas.KindDelayRecovered TransitionDelayRecovered),
// else TransitionOf its status change.
func AlertTransition(alert schemas.StatusChange) (Transition, bool) {
	switch alert.Kind {
	case schemas.KindStatus:
		return TransitionOf(alert.From, alert.To)
	case schemas.KindDelayed:
		return TransitionDelayed, true
	case schemas.KindDelayRecovered:
		return TransitionDelayRecovered, true
	case schemas.KindSilent:
		return TransitionSilent, true
	case schemas.KindSilentRecovered:
		return TransitionSilentRecovered, true
	}
	return "", false
}

// Subscribers returns the targets an alert must reach: the subscriptions
// in force (InForce: not off, not replaced by the manager's console
// choice at the same scope) whose scope covers the alert's domain (set at
// the domain, its customer or its reseller) and that want the alert's
// transition, one Target per manager and channel, sorted by Key.
//
// A domain missing from the directory is placed by the customer the alert
// names, so that an alert enriched before the domain was removed still
// reaches the customer's and reseller's managers.
func (d *Directory) Subscribers(alert schemas.StatusChange) []Target {
	tr, ok := AlertTransition(alert)
	if !ok {
		return nil
	}
	dom, ok := d.Domains[alert.Domain]
	if !ok {
		dom = Domain{Name: alert.Domain, Customer: alert.Customer}
	}
	byKey := map[string]*Target{}
	for _, id := range slices.Sorted(maps.Keys(d.Subscriptions)) {
		s := d.Subscriptions[id]
		m, ok := d.Managers[s.Manager]
		if !ok || !d.InForce(s, m) {
			continue
		}
		level, of := s.Scope(m)
		if !d.covers(level, of, alert, dom) {
			continue
		}
		// The subscription's scope must also lie under the manager's own:
		// apply checks it, but the topic can be written by other means.
		if s.Level != "" && !d.covers(m.Level, m.Of, alert, dom) {
			continue
		}
		if len(s.Transitions) > 0 && !slices.Contains(s.Transitions, tr) {
			continue
		}
		for _, ch := range channels(s, m) {
			t := Target{Manager: m.ID, Channel: ch}
			if prev, ok := byKey[t.Key()]; ok {
				prev.Subscriptions = append(prev.Subscriptions, s.ID)
				prev.MinInterval = min(prev.MinInterval, s.MinInterval)
				continue
			}
			switch ch {
			case ChannelEmail:
				t.Email = m.Email
			case ChannelWebhook:
				t.WebhookURL, t.WebhookSecret = m.WebhookURL, m.WebhookSecret
			}
			t.Subscriptions = []string{s.ID}
			t.MinInterval = s.MinInterval
			byKey[t.Key()] = &t
		}
	}
	out := make([]Target, 0, len(byKey))
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		out = append(out, *byKey[k])
	}
	return out
}

// channels returns the channels a subscription reaches its manager on:
// those it lists, or every channel the manager has an address for.
func channels(s Subscription, m Manager) []Channel {
	var out []Channel
	want := func(c Channel) bool { return len(s.Channels) == 0 || slices.Contains(s.Channels, string(c)) }
	if m.Email != "" && want(ChannelEmail) {
		out = append(out, ChannelEmail)
	}
	if m.WebhookURL != "" && want(ChannelWebhook) {
		out = append(out, ChannelWebhook)
	}
	return out
}

// covers is Covers with a fallback to the reseller the alert names when
// the domain's customer is no longer in the directory.
func (d *Directory) covers(level Level, of string, alert schemas.StatusChange, dom Domain) bool {
	if d.Covers(level, of, alert.Domain, dom) {
		return true
	}
	_, known := d.Customers[dom.Customer]
	return level == LevelReseller && !known && alert.Reseller != "" && alert.Reseller == of
}
