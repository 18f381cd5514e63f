package api

import (
	"net/http"
	"time"

	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// IncidentLookup tells which open provider-wide incident (issue 15) a
// domain that is still Bad is part of, and lists the open incidents;
// *incidents.Table is one.
type IncidentLookup interface {
	Of(domain string) (incidents.Ref, bool)
	Open() []schemas.Incident
}

// Incident is one open provider-wide incident as the caller may see it
// (GET /api/v1/incidents).
type Incident struct {
	incidents.Ref
	// LastSeen is the stream time of the latest alert taken into it.
	LastSeen time.Time `json:"last_seen"`
	// Domains are its domains in the caller's tree (every one for the
	// operator), Bad or recovered, sorted by name; Affected, Total and
	// Customers count the whole incident.
	Domains []schemas.IncidentDomain `json:"domains"`
	// Examples are up to three SMTP responses of its domains, for the
	// operator only: they may name other customers' recipients.
	Examples []string `json:"examples,omitempty"`
}

// IncidentList is the answer of GET /api/v1/incidents.
type IncidentList struct {
	// Enabled is false on an instance that does not follow the incidents
	// stage (mailflow run --incidents=false).
	Enabled   bool       `json:"enabled"`
	Incidents []Incident `json:"incidents"`
}

// incidentList answers GET /api/v1/incidents: the open incidents with at
// least one domain in the caller's tree, newest first. Every instance
// follows the whole incidents topic, so none is forwarded.
func (s *server) incidentList(w http.ResponseWriter, r *http.Request) {
	out := IncidentList{Enabled: s.cfg.Incidents != nil, Incidents: []Incident{}}
	if s.cfg.Incidents == nil {
		writeJSON(w, http.StatusOK, out)
		return
	}
	c, dir := callerOf(r), s.b.Directory()
	for _, inc := range s.cfg.Incidents.Open() {
		v := Incident{Ref: incidents.RefOf(inc), LastSeen: inc.LastSeen, Domains: []schemas.IncidentDomain{}}
		for _, d := range inc.Domains {
			if c.sees(dir, d.Domain) {
				v.Domains = append(v.Domains, d)
			}
		}
		if len(v.Domains) == 0 {
			continue
		}
		if c.all {
			v.Examples = inc.Examples
		}
		out.Incidents = append(out.Incidents, v)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *server) incidentOf(domain string) (incidents.Ref, bool) {
	if s.cfg.Incidents == nil {
		return incidents.Ref{}, false
	}
	return s.cfg.Incidents.Of(domain)
}
