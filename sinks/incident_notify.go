package sinks

import (
	"context"
	"fmt"
	htmltemplate "html/template"
	"slices"
	"strings"
	texttemplate "text/template"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// dispatchIncident routes one record of the incidents topic: an opening,
// escalation or closing goes to the managers whose incident subscriptions
// cover one of its domains; an update (a domain joined or recovered) only
// refreshes what domain notifications say (the incident table).
func (s *Sink) dispatchIncident(ctx context.Context, r *kgo.Record, release func()) {
	inc, err := schemas.DecodeIncident(r.Value)
	if err != nil {
		s.log.Error("sink: invalid incident record skipped", "partition", r.Partition, "offset", r.Offset, "err", schemas.Reason(err))
		s.offsets.track(r, 0, release)
		return
	}
	raw := r.Value
	tell := notifies(inc.Event)
	if cu, history := s.inCatchUp(r); cu != nil {
		k := catchUpKey{inc.ID, classIncident}
		switch {
		case history && !cu.isLast(k, r.Offset):
			cu.folded[k] = true
			tell = false
		case history || cu.folded[k]:
			// The last record of the region, or news of an incident
			// whose earlier records were history: only what is still
			// open is told, as it is now (compaction may have left only
			// its last update), as its opening to those who never heard
			// of it; a close of it went unheard too.
			tell = inc.Open
			if tell && !notifies(inc.Event) {
				inc.Event = schemas.IncidentOpened
				if v, err := schemas.MarshalIncident(&inc); err == nil {
					raw = v
				}
			}
			if tell {
				delete(cu.folded, k)
			}
		}
		s.catchUpDone(r, cu, tell)
	}
	if !tell {
		s.offsets.track(r, 0, release)
		return
	}
	names := make([]string, len(inc.Domains))
	for i, d := range inc.Domains {
		names[i] = d.Domain
	}
	dir := s.table.Current()
	targets := dir.IncidentSubscribers(names)
	s.log.Debug("sink: incident routed", "incident", inc.ID, "event", inc.Event, "targets", len(targets))
	t := s.offsets.track(r, len(targets), release)
	now := time.Now()
	for _, tg := range targets {
		s.lanes.enqueue(ctx, &job{incident: &inc, incDomains: tg.Domains, raw: raw, source: sourceOf(r), target: tg.Target, dir: dir, tracker: t, read: now})
	}
}

// incidentSentence is the line a domain's notification gets about its
// incident: "Part of a Microsoft 365 incident (blocklisted) affecting 140
// domains of 37 customers — the platform team is on it."
func incidentSentence(r *incidents.Ref) string {
	if r == nil {
		return ""
	}
	return fmt.Sprintf("Part of a %s incident (%s) affecting %d domains of %d customers — the platform team is on it (incident %s).",
		r.ProviderName, r.Category, r.Total, r.Customers, r.ID)
}

// incidentView is what the incident mail shows.
type incidentView struct {
	Event, Provider, Category string
	Affected, Total           int
	Customers                 int
	FirstSeen, LastSeen       string
	Yours                     []incidentDomainView
	Others                    int
	Examples                  []string
	Advice                    string
	ID                        string
	Revision                  int
	Manager, Subs             string
	Closed                    bool
}

type incidentDomainView struct {
	Domain, Customer, State string
}

func newIncidentView(n *notification) incidentView {
	inc := n.incident
	v := incidentView{Event: string(inc.Event), Provider: inc.ProviderName, Category: inc.Category, Affected: inc.Affected, Total: inc.Total,
		Customers: incidents.CustomerCount(*inc), FirstSeen: inc.FirstSeen.UTC().Format(time.RFC1123), LastSeen: inc.LastSeen.UTC().Format(time.RFC1123),
		Examples: inc.Examples, Advice: inc.Advice, ID: inc.ID, Revision: inc.Revision, Manager: n.target.Manager,
		Subs: strings.Join(n.target.Subscriptions, ", "), Closed: !inc.Open}
	for _, d := range inc.Domains {
		if !slices.Contains(n.incDomains, d.Domain) {
			continue
		}
		st := "bad since " + d.BadAt.UTC().Format(time.RFC1123)
		if d.Recovered && d.RecoveredAt != nil {
			st = "recovered " + d.RecoveredAt.UTC().Format(time.RFC1123)
		}
		v.Yours = append(v.Yours, incidentDomainView{Domain: d.Domain, Customer: d.Customer, State: st})
	}
	v.Others = inc.Total - len(v.Yours)
	if v.Others > 0 {
		// The responses may name another customer's recipients: only a
		// manager whose tree holds every domain of the incident reads them.
		v.Examples = nil
	}
	return v
}

func incidentSubject(n *notification) string {
	inc := n.incident
	switch inc.Event {
	case schemas.IncidentClosed:
		return fmt.Sprintf("[mailflow] INCIDENT CLOSED: %s %s, all %d domains recovered", inc.ProviderName, inc.Category, inc.Total)
	case schemas.IncidentEscalated:
		return fmt.Sprintf("[mailflow] INCIDENT GROWING: %s %s, %d domains of %d customers", inc.ProviderName, inc.Category, inc.Total, incidents.CustomerCount(*inc))
	}
	return fmt.Sprintf("[mailflow] INCIDENT: %s %s, %d domains of %d customers", inc.ProviderName, inc.Category, inc.Total, incidents.CustomerCount(*inc))
}

// incidentMessageID threads an incident's mails: every revision names the
// opening one. Like messageID, it is per recipient (rcpt, the target
// key): each copy is a message of its own (RFC 5322 §3.6.4).
func (m *mailer) incidentMessageID(inc *schemas.Incident, revision int, rcpt string) string {
	return fmt.Sprintf("mailflow.incident.%s@%s", shortHash(inc.ID, fmt.Sprint(revision), rcpt), m.fromDomain)
}

func (m *mailer) composeIncident(n *notification, msg *gomail.Msg) error {
	inc := n.incident
	msg.Subject(incidentSubject(n))
	msg.SetMessageIDWithValue(m.incidentMessageID(inc, inc.Revision, n.target.Key()))
	if inc.Revision > 1 {
		first := "<" + m.incidentMessageID(inc, 1, n.target.Key()) + ">"
		msg.SetGenHeader(gomail.HeaderInReplyTo, first)
		msg.SetGenHeader(gomail.HeaderReferences, first)
	}
	msg.SetGenHeader("X-Mailflow-Incident", inc.ID)
	view := newIncidentView(n)
	var text, html strings.Builder
	if err := m.incText.Execute(&text, view); err != nil {
		return permanent(fmt.Errorf("render incident text: %w", err))
	}
	if err := m.incHTML.Execute(&html, view); err != nil {
		return permanent(fmt.Errorf("render incident html: %w", err))
	}
	msg.SetBodyString(gomail.TypeTextPlain, text.String())
	msg.AddAlternativeString(gomail.TypeTextHTML, html.String())
	return nil
}

func parseIncidentTemplates() (*texttemplate.Template, *htmltemplate.Template, error) {
	t, err := texttemplate.New("incident").Parse(incidentText)
	if err != nil {
		return nil, nil, err
	}
	h, err := htmltemplate.New("incident").Parse(incidentHTML)
	return t, h, err
}

const incidentText = `{{if .Closed}}The {{.Provider}} incident ({{.Category}}) is CLOSED: all {{.Total}} domains recovered.{{else}}{{.Provider}} INCIDENT ({{.Category}}): {{.Affected}} of {{.Total}} domains of {{.Customers}} customers are Bad.{{end}}

Provider:     {{.Provider}}
Category:     {{.Category}}
Domains:      {{.Affected}} still bad, {{.Total}} in all, {{.Customers}} customers
First seen:   {{.FirstSeen}}
Last change:  {{.LastSeen}}
{{if .Advice}}
What to do: {{.Advice}}
{{end}}
{{- if .Examples}}
Example responses:
{{- range .Examples}}
  {{.}}
{{- end}}
{{end}}
Your domains in it:
{{- range .Yours}}
  - {{.Domain}}{{if .Customer}} ({{.Customer}}){{end}}: {{.State}}
{{- end}}
{{- if .Others}}
  and {{.Others}} more outside your tree
{{- end}}

--
You receive this as manager {{.Manager}} (subscription {{.Subs}}).
Incident {{.ID}}, revision {{.Revision}} ({{.Event}}).
`

const incidentHTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{.Provider}} incident</title></head>
<body style="font-family: sans-serif; color: #222;">
{{if .Closed}}<h2 style="color: #1a7f37;">{{.Provider}} incident closed: all {{.Total}} domains recovered</h2>{{else}}<h2 style="color: #cf222e;">{{.Provider}} incident: {{.Affected}} of {{.Total}} domains of {{.Customers}} customers are bad</h2>{{end}}
<table cellpadding="4" style="border-collapse: collapse;">
<tr><th align="left">Category</th><td>{{.Category}}</td></tr>
<tr><th align="left">First seen</th><td>{{.FirstSeen}}</td></tr>
<tr><th align="left">Last change</th><td>{{.LastSeen}}</td></tr>
</table>
{{if .Advice}}<p><strong>What to do:</strong> {{.Advice}}</p>{{end}}
{{if .Examples}}<h3>Example responses</h3>{{range .Examples}}<pre style="background: #f6f8fa; padding: 8px; white-space: pre-wrap;">{{.}}</pre>{{end}}{{end}}
<h3>Your domains in it</h3>
<ul>{{range .Yours}}<li>{{.Domain}}{{if .Customer}} ({{.Customer}}){{end}}: {{.State}}</li>{{end}}</ul>
{{if .Others}}<p>and {{.Others}} more outside your tree</p>{{end}}
<p style="color: #666; font-size: small;">You receive this as manager {{.Manager}} (subscription {{.Subs}}). Incident {{.ID}}, revision {{.Revision}} ({{.Event}}).</p>
</body></html>
`

// incidentHookData is the webhook body's data of an incident
// notification: the incident as the manager may see it — only the
// domains of their tree and those domains' customers listed (Total,
// Affected and CustomersTotal count the whole incident), and the example
// responses only when their tree holds every domain of it (a response
// may name another customer's recipient).
type incidentHookData struct {
	schemas.Incident
	CustomersTotal int      `json:"customers_total"`
	Manager        string   `json:"manager"`
	Subscriptions  []string `json:"subscriptions"`
}

func incidentHookBody(n *notification) envelope2 {
	inc := *n.incident
	all := incidents.CustomerCount(inc)
	inc.Domains = slices.DeleteFunc(slices.Clone(inc.Domains), func(d schemas.IncidentDomain) bool { return !slices.Contains(n.incDomains, d.Domain) })
	if len(inc.Domains) < inc.Total {
		inc.Examples = nil
		inc.Customers = nil
		for _, d := range inc.Domains {
			if d.Customer != "" && !slices.Contains(inc.Customers, d.Customer) {
				inc.Customers = append(inc.Customers, d.Customer)
			}
		}
		slices.Sort(inc.Customers)
	}
	return envelope2{Type: "incident." + string(inc.Event), Timestamp: inc.LastSeen.UTC(),
		Data: incidentHookData{Incident: inc, CustomersTotal: all, Manager: n.target.Manager, Subscriptions: n.target.Subscriptions}}
}

// envelope2 is the Standard Webhooks envelope of an incident.
type envelope2 struct {
	Type      string           `json:"type"`
	Timestamp time.Time        `json:"timestamp"`
	Data      incidentHookData `json:"data"`
}

// notifies reports whether an incident record is one people are told of:
// opening, escalation and closing. Updates as single domains join or
// recover are not: the incident of 140 domains would be 140 mails.
func notifies(ev schemas.IncidentEvent) bool {
	return ev == schemas.IncidentOpened || ev == schemas.IncidentEscalated || ev == schemas.IncidentClosed
}
