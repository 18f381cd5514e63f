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
	if inc := s.Open[cat]; inc != nil {
		join(inc, a)
		return []schemas.Incident{s.revise(cat, inc, a)}, true
	}
	s.Candidates[a.Domain] = candidate{Category: cat, Customer: a.Customer, Reseller: a.Reseller, BadAt: a.At,
		Response: clipResponse(a.LastResponse), Advice: adviceOf(a, cat)}
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
			inc.Advice = c.Advice
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
		inc.Domains[i].Recovered, inc.Domains[i].RecoveredAt = true, a.At
		out = append(out, s.revise(cat, inc, a))
		changed = true
	}
	return out, changed
}

// join adds (or re-adds) the alert's domain to an open incident.
func join(inc *schemas.Incident, a *schemas.StatusChange) {
	d := schemas.IncidentDomain{Domain: a.Domain, Customer: a.Customer, Reseller: a.Reseller, BadAt: a.At}
	i, found := slices.BinarySearchFunc(inc.Domains, a.Domain, func(x schemas.IncidentDomain, name string) int { return strings.Compare(x.Domain, name) })
	if found {
		inc.Domains[i] = d
	} else {
		inc.Domains = slices.Insert(inc.Domains, i, d)
	}
	addExample(inc, clipResponse(a.LastResponse))
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
