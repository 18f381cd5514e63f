package schemas

import (
	"fmt"
	"time"

	"github.com/segmentio/encoding/json"
)

// IncidentEvent says what one Incident record reports.
type IncidentEvent string

// The events of an incident's life. Every record carries the whole
// incident; the event says what changed since the previous revision.
const (
	// IncidentOpened: enough domains of enough customers turned Bad for
	// one provider and category within the grouping window.
	IncidentOpened IncidentEvent = "opened"
	// IncidentUpdated: a domain joined or recovered.
	IncidentUpdated IncidentEvent = "updated"
	// IncidentEscalated: an update at which the domains ever affected
	// reached twice the count last announced (opened or escalated); the
	// sinks notify at opened, escalated and closed only, so that an
	// incident of 140 domains is three or four notifications, not 140.
	IncidentEscalated IncidentEvent = "escalated"
	// IncidentClosed: every affected domain recovered.
	IncidentClosed IncidentEvent = "closed"
)

// Incident is one record of the incidents topic (mailflow.incidents, keyed
// by incident id, compacted): a provider-wide problem that made several
// domains of several customers Bad for the same failure category, as of
// one revision.
type Incident struct {
	// V is the wire version; always Version.
	V int `json:"v"`
	// ID is deterministic: a hash of provider, category and the alert that
	// opened it, so that a replay opens the same incident.
	ID string `json:"id"`
	// Revision counts the records of the incident from 1 (opened); the
	// pair (ID, Revision) identifies one record, and consumers drop a
	// revision they have seen.
	Revision int           `json:"revision"`
	Event    IncidentEvent `json:"event"`
	// Provider is the grouping key of the destination: a provider slug
	// ("microsoft365", "google") or the remote network ("net:203.0.113.0/24").
	Provider string `json:"provider"`
	// ProviderName is Provider for people ("Microsoft 365").
	ProviderName string `json:"provider_name"`
	// Category is the failure category shared by the domains (category.go).
	Category string `json:"category"`
	// Open is false from the closing revision on.
	Open bool `json:"open"`
	// FirstSeen and LastSeen are the alert times (stream time) of the
	// first Bad alert and of the latest alert taken into the incident.
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Affected counts the domains still Bad; Total the domains ever part
	// of the incident.
	Affected int `json:"affected"`
	Total    int `json:"total"`
	// Domains are every domain ever part of the incident, sorted by name.
	Domains []IncidentDomain `json:"domains"`
	// Customers are the customers of Domains, sorted, without duplicates.
	Customers []string `json:"customers"`
	// Examples are up to three distinct SMTP responses of the domains.
	Examples []string `json:"examples,omitempty"`
	// Advice is the diagnosis's advice for Category.
	Advice string `json:"advice,omitempty"`
	// CauseAlertID is the id of the StatusChange that made this revision.
	CauseAlertID string `json:"cause_alert_id"`
}

// IncidentDomain is one domain of an incident.
type IncidentDomain struct {
	Domain   string `json:"domain"`
	Customer string `json:"customer,omitempty"`
	Reseller string `json:"reseller,omitempty"`
	// BadAt is the time of the domain's Bad alert.
	BadAt time.Time `json:"bad_at"`
	// Recovered is set once the domain's recovery alert was read, and
	// RecoveredAt then is its time. A pointer, left out when nil:
	// segmentio/encoding ignores omitzero, and the API showed
	// "0001-01-01T00:00:00Z" for every domain not recovered.
	Recovered   bool       `json:"recovered,omitempty"`
	RecoveredAt *time.Time `json:"recovered_at,omitempty"`
}

// RecordID names one revision of an incident: "<id>/<revision>".
func (i *Incident) RecordID() string { return fmt.Sprintf("%s/%d", i.ID, i.Revision) }

// MarshalIncident encodes i as version-1 JSON.
func MarshalIncident(i *Incident) ([]byte, error) {
	i.V = Version
	b, err := json.Marshal(i)
	if err != nil {
		return nil, fmt.Errorf("encode incident %s: %w", i.ID, err)
	}
	return b, nil
}

// DecodeIncident parses one JSON-encoded Incident and checks what a
// consumer relies on: version, id, a positive revision, a known event,
// provider and category, counts that agree with the domain list, and
// canonical domain names. The error names every field that is wrong.
func DecodeIncident(data []byte) (Incident, error) {
	var i Incident
	if err := CheckNesting(data); err != nil {
		return Incident{}, err
	}
	if err := json.Unmarshal(data, &i); err != nil {
		return Incident{}, &FieldError{Field: "(record)", Problem: "not a JSON object of the Incident shape: " + err.Error()}
	}
	var errs []error
	bad := func(field, problem string) { errs = append(errs, &FieldError{Field: field, Problem: problem}) }
	if i.V != Version {
		bad("v", fmt.Sprintf("unknown version %d (this reader understands version 1)", i.V))
	}
	if i.ID == "" {
		bad("id", "missing")
	}
	if i.Revision < 1 {
		bad("revision", fmt.Sprintf("%d: want 1 or more", i.Revision))
	}
	switch i.Event {
	case IncidentOpened, IncidentUpdated, IncidentEscalated, IncidentClosed:
	default:
		bad("event", fmt.Sprintf("%q: want opened, updated, escalated or closed", clip(string(i.Event))))
	}
	if i.Provider == "" {
		bad("provider", "missing")
	}
	if i.Category == "" {
		bad("category", "missing")
	}
	if i.Total != len(i.Domains) || i.Affected < 0 || i.Affected > i.Total {
		bad("affected", fmt.Sprintf("affected %d, total %d, %d domains listed: want affected ≤ total = domains listed", i.Affected, i.Total, len(i.Domains)))
	}
	recovered := 0
	for n, d := range i.Domains {
		if c, err := CanonicalDomain(d.Domain); err != nil || c != d.Domain {
			bad(fmt.Sprintf("domains[%d].domain", n), fmt.Sprintf("%q is not a canonical domain name", clip(d.Domain)))
		}
		if d.Recovered {
			recovered++
		}
	}
	if len(errs) == 0 && i.Total-recovered != i.Affected {
		bad("affected", fmt.Sprintf("%d, but %d of %d domains are not recovered", i.Affected, i.Total-recovered, i.Total))
	}
	if i.Open == (i.Event == IncidentClosed) {
		bad("open", fmt.Sprintf("%v does not fit event %q", i.Open, i.Event))
	}
	if len(errs) > 0 {
		return Incident{}, joinErrors(errs)
	}
	return i, nil
}
