package directory

import (
	"maps"
	"slices"
)

// IncidentSubscribers returns the targets of a provider-wide incident: the
// subscriptions in force (InForce) with Incidents set whose scope covers at least one of the
// incident's domains, one Target per manager and channel, sorted by Key,
// each with the incident's domains that lie in its manager's scope (a
// manager learns of other trees only the count).
func (d *Directory) IncidentSubscribers(domains []string) []IncidentTarget {
	byKey := map[string]*IncidentTarget{}
	for _, id := range slices.Sorted(maps.Keys(d.Subscriptions)) {
		s := d.Subscriptions[id]
		if !s.Incidents {
			continue
		}
		m, ok := d.Managers[s.Manager]
		if !ok || !d.InForce(s, m) {
			continue
		}
		level, of := s.Scope(m)
		var mine []string
		for _, name := range domains {
			dom, ok := d.Domains[name]
			if !ok && level != LevelDomain {
				continue
			}
			if d.Covers(level, of, name, dom) && d.Covers(m.Level, m.Of, name, dom) {
				mine = append(mine, name)
			}
		}
		if len(mine) == 0 {
			continue
		}
		for _, ch := range channels(s, m) {
			t := Target{Manager: m.ID, Channel: ch}
			if prev, ok := byKey[t.Key()]; ok {
				prev.Subscriptions = append(prev.Subscriptions, s.ID)
				prev.Domains = union(prev.Domains, mine)
				continue
			}
			switch ch {
			case ChannelEmail:
				t.Email = m.Email
			case ChannelWebhook:
				t.WebhookURL, t.WebhookSecret = m.WebhookURL, m.WebhookSecret
			}
			t.Subscriptions = []string{s.ID}
			byKey[t.Key()] = &IncidentTarget{Target: t, Domains: slices.Clone(mine)}
		}
	}
	out := make([]IncidentTarget, 0, len(byKey))
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		out = append(out, *byKey[k])
	}
	return out
}

// IncidentTarget is a Target of an incident with the incident's domains
// the manager may see, sorted.
type IncidentTarget struct {
	Target
	Domains []string
}

func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
