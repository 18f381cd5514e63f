package incidents

import (
	"errors"
	"fmt"

	"github.com/segmentio/encoding/json"

	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

// Rules say when domains of one provider make an incident. Zero fields
// take the defaults.
type Rules struct {
	// MinDomains is how many domains must turn Bad (K); default 5.
	MinDomains int
	// MinCustomers is how many customers those domains must belong to
	// (C); default 2. One customer's many domains failing together is
	// more likely that customer's own problem than the provider's.
	MinCustomers int
	// Window is the stream time (the alerts' At) within which they must
	// turn Bad; default 10 minutes.
	Window time.Duration
}

// The default rules.
const (
	DefaultMinDomains   = 5
	DefaultMinCustomers = 2
	DefaultWindow       = 10 * time.Minute
)

func (r Rules) withDefaults() Rules {
	if r.MinDomains <= 0 {
		r.MinDomains = DefaultMinDomains
	}
	if r.MinCustomers <= 0 {
		r.MinCustomers = DefaultMinCustomers
	}
	if r.Window <= 0 {
		r.Window = DefaultWindow
	}
	return r
}

// maxExamples bounds the example responses of an incident, and
// maxExampleLen each one.
const (
	maxExamples   = 3
	maxExampleLen = 300
)

// The bounds of a provider's state, which is one changelog record and
// whose open incidents are records of the incidents topic: both must stay
// well under Kafka's default 1 MB message size (message.max.bytes), or
// the stage's transactions would fail for ever on that provider. A
// listed domain takes about 150 bytes of JSON (at most about 600 with a
// 253-byte name and long customer ids), a candidate up to about 900 with
// its response.
const (
	// maxListed is how many domains a provider's open incidents list
	// together; a domain beyond it is not taken into an incident (its own
	// notification then names none). 1,000 domains of one provider
	// failing together are an incident well told.
	maxListed = 1000
	// maxCandidates is how many Bad domains not (yet) in an incident a
	// provider keeps; beyond it the one that turned Bad first is
	// forgotten. Candidates pile up only when their domains do not meet
	// the customers rule (one customer's own mass failure), and a few
	// hundred of those within the window already say what they will.
	maxCandidates = 500
)

// providerState is everything the stage keeps about one provider: the
// domains that turned Bad but are not (yet) part of an incident, and the
// open incidents by category. It is the value of the changelog record
// keyed by the provider's Key.
type providerState struct {
	Provider   Provider                     `json:"provider"`
	Candidates map[string]candidate         `json:"candidates,omitempty"`
	Open       map[string]*schemas.Incident `json:"open,omitempty"`
	// Announced is, by category, the Total at the last opened or
	// escalated record (see schemas.IncidentEscalated).
	Announced map[string]int `json:"announced,omitempty"`
}

// candidate is a Bad domain not in an incident.
type candidate struct {
	Category string    `json:"category"`
	Customer string    `json:"customer,omitempty"`
	Reseller string    `json:"reseller,omitempty"`
	BadAt    time.Time `json:"bad_at"`
	Response string    `json:"response,omitempty"`
	Advice   string    `json:"advice,omitempty"`
}

func newProviderState(p Provider) *providerState {
	return &providerState{Provider: p, Candidates: map[string]candidate{}, Open: map[string]*schemas.Incident{}, Announced: map[string]int{}}
}

// decodeState reads a changelog record's value. The record comes from the
// broker: anything it holds is checked before the state is used (every
// open incident must be a valid incident record of its own category).
func decodeState(b []byte) (*providerState, error) {
	var st providerState
	if err := schemas.CheckNesting(b); err != nil {
		return nil, fmt.Errorf("incidents state record: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("incidents state record: %w", err)
	}
	if st.Provider.Key == "" {
		return nil, errors.New("incidents state record: no provider")
	}
	for cat, inc := range st.Open {
		if inc == nil || inc.Category != cat {
			return nil, fmt.Errorf("incidents state record: open incident under %q is not of that category", cat)
		}
		v, err := schemas.MarshalIncident(inc)
		if err == nil {
			_, err = schemas.DecodeIncident(v)
		}
		if err != nil || !inc.Open {
			return nil, fmt.Errorf("incidents state record: open incident %q: %v", inc.ID, err)
		}
	}
	return st.clone(), nil
}

// empty reports whether the state holds nothing (its changelog record is
// then a tombstone).
func (s *providerState) empty() bool { return len(s.Candidates) == 0 && len(s.Open) == 0 }

// holds reports whether the domain is a candidate or a member of an open
// incident that has not recovered.
func (s *providerState) holds(domain string) bool {
	if _, ok := s.Candidates[domain]; ok {
		return true
	}
	for _, inc := range s.Open {
		for _, d := range inc.Domains {
			if d.Domain == domain && !d.Recovered {
				return true
			}
		}
	}
	return false
}

// clone returns a deep copy, so that a transaction changes a copy that an
// abort can drop.
func (s *providerState) clone() *providerState {
	c := &providerState{Provider: s.Provider, Candidates: maps.Clone(s.Candidates), Open: make(map[string]*schemas.Incident, len(s.Open)), Announced: maps.Clone(s.Announced)}
	if c.Candidates == nil {
		c.Candidates = map[string]candidate{}
	}
	if c.Announced == nil {
		c.Announced = map[string]int{}
	}
	for k, inc := range s.Open {
		cp := *inc
		cp.Domains = slices.Clone(inc.Domains)
		cp.Customers = slices.Clone(inc.Customers)
		cp.Examples = slices.Clone(inc.Examples)
		c.Open[k] = &cp
	}
	return c
}

// apply takes one alert into the state and returns the incident records
// it makes (none, or one revision) and whether the state changed. It is
// deterministic: the same alerts in the same order give the same records.
func (s *providerState) apply(a *schemas.StatusChange, r Rules) (out []schemas.Incident, changed bool) {
	if a.Kind != schemas.KindStatus {
		return nil, false
	}
	bad := a.To == schemas.StatusBad && a.From != schemas.StatusBad
	recovered := a.From == schemas.StatusBad && a.To == schemas.StatusGood
	switch {
	case bad:
		return s.applyBad(a, r)
	case recovered:
		return s.applyRecovered(a)
	}
	return nil, false
}

func (s *providerState) applyBad(a *schemas.StatusChange, r Rules) ([]schemas.Incident, bool) {
	cat := categoryOf(a)
	// A domain still listed as Bad elsewhere missed its recovery (it was
	// routed to another provider): it leaves that group first.
	delete(s.Candidates, a.Domain)
	open := s.Open[cat]
	// A domain joins an open incident while the incident is growing: when
	// it turns Bad within the window after the incident's latest domain
	// did. A lone domain that turns Bad long after (the incident kept
	// open by another that never recovered) is a candidate like any
	// other, and joins only with a new burst that meets the rules.
	if open != nil && !a.At.After(latestBad(open).Add(r.Window)) {
		if !listed(open, a.Domain) && s.listedTotal() >= maxListed {
			return nil, true // it may have left the candidates
		}
		join(open, schemas.IncidentDomain{Domain: a.Domain, Customer: a.Customer, Reseller: a.Reseller, BadAt: a.At}, clipResponse(a.LastResponse))
		return []schemas.Incident{s.revise(cat, open, a)}, true
	}
	s.Candidates[a.Domain] = candidate{Category: cat, Customer: a.Customer, Reseller: a.Reseller, BadAt: a.At,
		Response: clipResponse(a.LastResponse)}
	s.boundCandidates()
	// Forget candidates that turned Bad longer ago than the window, by
	// the provider's stream time (this alert's At).
	cutoff := a.At.Add(-r.Window)
	var in []string
	customers := map[string]bool{}
	for _, d := range slices.Sorted(maps.Keys(s.Candidates)) {
		c := s.Candidates[d]
		if c.BadAt.Before(cutoff) {
			delete(s.Candidates, d)
			continue
		}
		if c.Category == cat {
			in = append(in, d)
			customers[customerKey(d, c.Customer)] = true
		}
	}
	if len(in) < r.MinDomains || len(customers) < r.MinCustomers {
		return nil, true
	}
	if open != nil {
		// A new burst while an older incident of the category is still
		// open (some of its domains never recovered): the burst joins it.
		for _, d := range in {
			if !listed(open, d) && s.listedTotal() >= maxListed {
				break
			}
			c := s.Candidates[d]
			delete(s.Candidates, d)
			join(open, schemas.IncidentDomain{Domain: d, Customer: c.Customer, Reseller: c.Reseller, BadAt: c.BadAt}, c.Response)
		}
		return []schemas.Incident{s.revise(cat, open, a)}, true
	}
	inc := &schemas.Incident{
		ID:       incidentID(s.Provider.Key, cat, a.ID),
		Provider: s.Provider.Key, ProviderName: s.Provider.Name, Category: cat, Open: true,
		FirstSeen: a.At, LastSeen: a.At,
	}
	for _, d := range in {
		c := s.Candidates[d]
		delete(s.Candidates, d)
		inc.Domains = append(inc.Domains, schemas.IncidentDomain{Domain: d, Customer: c.Customer, Reseller: c.Reseller, BadAt: c.BadAt})
		if c.BadAt.Before(inc.FirstSeen) {
			inc.FirstSeen = c.BadAt
		}
		addExample(inc, c.Response)
		if inc.Advice == "" {
			inc.Advice = c.Advice // from a state written before adviceOf below
		}
	}
	if inc.Advice == "" {
		inc.Advice = adviceOf(a, cat)
	}
	if room := max(maxListed-s.listedTotal(), 0); len(inc.Domains) > room {
		// The provider's other incidents list nearly as many as may be
		// listed: the first of the burst to turn Bad are taken.
		slices.SortStableFunc(inc.Domains, func(x, y schemas.IncidentDomain) int { return x.BadAt.Compare(y.BadAt) })
		inc.Domains = inc.Domains[:room]
		slices.SortFunc(inc.Domains, func(x, y schemas.IncidentDomain) int { return strings.Compare(x.Domain, y.Domain) })
		if room == 0 {
			return nil, true
		}
	}
	s.Open[cat] = inc
	return []schemas.Incident{s.revise(cat, inc, a)}, true
}

func (s *providerState) applyRecovered(a *schemas.StatusChange) ([]schemas.Incident, bool) {
	var out []schemas.Incident
	_, changed := s.Candidates[a.Domain]
	delete(s.Candidates, a.Domain)
	for _, cat := range slices.Sorted(maps.Keys(s.Open)) {
		inc := s.Open[cat]
		i := slices.IndexFunc(inc.Domains, func(d schemas.IncidentDomain) bool { return d.Domain == a.Domain })
		if i < 0 || inc.Domains[i].Recovered {
			continue
		}
		at := a.At
		inc.Domains[i].Recovered, inc.Domains[i].RecoveredAt = true, &at
		out = append(out, s.revise(cat, inc, a))
		changed = true
	}
	return out, changed
}

// latestBad returns when the latest of an incident's domains turned Bad.
func latestBad(inc *schemas.Incident) time.Time {
	var t time.Time
	for _, d := range inc.Domains {
		if d.BadAt.After(t) {
			t = d.BadAt
		}
	}
	return t
}

// listedTotal counts the domains the provider's open incidents list.
func (s *providerState) listedTotal() int {
	n := 0
	for _, inc := range s.Open {
		n += len(inc.Domains)
	}
	return n
}

// listed reports whether domain is one of the incident's.
func listed(inc *schemas.Incident, domain string) bool {
	_, found := slices.BinarySearchFunc(inc.Domains, domain, func(x schemas.IncidentDomain, name string) int { return strings.Compare(x.Domain, name) })
	return found
}

// boundCandidates forgets the candidates that turned Bad first (then by
// name, so that a replay forgets the same) beyond maxCandidates.
func (s *providerState) boundCandidates() {
	if len(s.Candidates) <= maxCandidates {
		return
	}
	names := slices.Collect(maps.Keys(s.Candidates))
	slices.SortFunc(names, func(x, y string) int {
		if c := s.Candidates[x].BadAt.Compare(s.Candidates[y].BadAt); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	for _, d := range names[:len(names)-maxCandidates] {
		delete(s.Candidates, d)
	}
}

// join adds (or re-adds) domain d to an open incident, with its last
// response (clipped) as an example.
func join(inc *schemas.Incident, d schemas.IncidentDomain, response string) {
	i, found := slices.BinarySearchFunc(inc.Domains, d.Domain, func(x schemas.IncidentDomain, name string) int { return strings.Compare(x.Domain, name) })
	if found {
		inc.Domains[i] = d
	} else {
		inc.Domains = slices.Insert(inc.Domains, i, d)
	}
	addExample(inc, response)
}

// revise completes the next revision of inc after a change caused by a:
// counts, customers, event; a closed incident leaves the state.
func (s *providerState) revise(cat string, inc *schemas.Incident, a *schemas.StatusChange) schemas.Incident {
	inc.Revision++
	inc.CauseAlertID = a.ID
	if a.At.After(inc.LastSeen) {
		inc.LastSeen = a.At
	}
	inc.Total, inc.Affected = len(inc.Domains), 0
	customers := map[string]bool{}
	for _, d := range inc.Domains {
		if !d.Recovered {
			inc.Affected++
		}
		if d.Customer != "" {
			customers[d.Customer] = true
		}
	}
	inc.Customers = slices.Sorted(maps.Keys(customers))
	switch {
	case inc.Revision == 1:
		inc.Event = schemas.IncidentOpened
		s.Announced[cat] = inc.Total
	case inc.Affected == 0:
		inc.Event, inc.Open = schemas.IncidentClosed, false
	case inc.Total >= 2*s.Announced[cat]:
		inc.Event = schemas.IncidentEscalated
		s.Announced[cat] = inc.Total
	default:
		inc.Event = schemas.IncidentUpdated
	}
	out := *inc
	out.Domains = slices.Clone(inc.Domains)
	out.Customers = slices.Clone(inc.Customers)
	out.Examples = slices.Clone(inc.Examples)
	if !inc.Open {
		delete(s.Open, cat)
		delete(s.Announced, cat)
	}
	return out
}

func addExample(inc *schemas.Incident, resp string) {
	if resp == "" || len(inc.Examples) >= maxExamples || slices.Contains(inc.Examples, resp) {
		return
	}
	inc.Examples = append(inc.Examples, resp)
}

func clipResponse(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxExampleLen {
		s = s[:maxExampleLen] + "…"
	}
	return s
}

// adviceOf returns the advice for the category: the processor's, from the
// alert, or diagnosis's general advice.
func adviceOf(a *schemas.StatusChange, cat string) string {
	for _, c := range a.TopCategories {
		if c.Category == cat && c.Advice != "" {
			return c.Advice
		}
	}
	adv := diagnose.AdviceFor(cat)
	return strings.TrimSpace(adv.Summary + " " + adv.Check)
}

// customerKey counts a domain outside the directory as a customer of its
// own.
func customerKey(domain, customer string) string {
	if customer == "" {
		return "domain:" + domain
	}
	return customer
}

// incidentID is deterministic: a replay of the same alerts opens the
// incident under the same id.
func incidentID(provider, category, alertID string) string {
	h := sha256.Sum256([]byte(provider + "\x00" + category + "\x00" + alertID))
	return "inc-" + hex.EncodeToString(h[:10])
}
