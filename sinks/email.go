package sinks

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"net/mail"
	"net/textproto"
	"strings"
	texttemplate "text/template"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// mailer composes and sends e-mail notifications.
type mailer struct {
	cfg        SMTPConfig
	fromDomain string
	text       *texttemplate.Template
	html       *htmltemplate.Template
	incText    *texttemplate.Template
	incHTML    *htmltemplate.Template
}

func newMailer(cfg SMTPConfig) (*mailer, error) {
	m := &mailer{cfg: cfg, fromDomain: "mailflow.invalid"}
	if cfg.From != "" {
		a, err := mail.ParseAddress(cfg.From)
		if err != nil {
			return nil, fmt.Errorf("SMTP From %q: %w", cfg.From, err)
		}
		if _, d, ok := strings.Cut(a.Address, "@"); ok && d != "" {
			m.fromDomain = d
		}
	}
	var err error
	if m.text, err = texttemplate.New("text").Parse(textBody); err != nil {
		return nil, err
	}
	if m.html, err = htmltemplate.New("html").Parse(htmlBody); err != nil {
		return nil, err
	}
	if m.incText, m.incHTML, err = parseIncidentTemplates(); err != nil {
		return nil, err
	}
	return m, nil
}

// messageID returns the Message-ID (without angle brackets) of the mail of
// a transition. The Bad mail's id depends only on the domain and the alert
// that began the episode, so the recovery mail can name it in In-Reply-To
// and References without having seen it sent, and ticketing systems file
// both in one ticket.
//
// The recipient's target key (manager and channel) is part of the hash:
// each recipient's copy carries its own footer and links, so it is a
// message of its own and needs an id of its own (RFC 5322 §3.6.4: a
// Message-ID names exactly one message), while the same recipient's Bad
// and recovery mails still thread.
func (m *mailer) messageID(kind directory.Transition, domain, alertID, rcpt string) string {
	return fmt.Sprintf("mailflow.%s.%s@%s", kind, shortHash(string(kind), domain, alertID, rcpt), m.fromDomain)
}

// subject returns a subject a person and a ticketing rule both read:
// status word first, then the domain, then the numbers.
func subject(n *notification) string {
	a := n.alert
	switch a.Kind {
	case schemas.KindDelayed:
		return fmt.Sprintf("[mailflow] DELAYED: mail to %s waits %s (over %s)", a.Domain, seconds(a.DeliveryDelay.CurrentSeconds), seconds(a.DelayThresholdSeconds))
	case schemas.KindDelayRecovered:
		return fmt.Sprintf("[mailflow] DELAY RECOVERED: mail to %s on time again (delay %s)", a.Domain, seconds(a.DeliveryDelay.CurrentSeconds))
	case schemas.KindSilent:
		return fmt.Sprintf("[mailflow] NO MAIL: %s has received no mail for %s (usually %s an hour)", a.Domain, seconds(a.SilentAfterSeconds), perHour(a.BaselinePerHour))
	case schemas.KindSilentRecovered:
		return fmt.Sprintf("[mailflow] MAIL FLOWING AGAIN: %s receives mail again", a.Domain)
	}
	switch {
	case n.repeat > 0:
		return fmt.Sprintf("[mailflow] STILL BAD: %s mail flow degraded since %s (%s delivered)", a.Domain, n.badSince.UTC().Format("Jan 2 15:04 MST"), percent(a.SuccessRate))
	case n.flaps > 0 && n.transition() == directory.TransitionRecovered:
		return fmt.Sprintf("[mailflow] FLAPPING, now RECOVERED: %s turned bad %d times (%s delivered)", a.Domain, n.flaps, percent(a.SuccessRate))
	case n.flaps > 0:
		return fmt.Sprintf("[mailflow] FLAPPING, now BAD: %s turned bad %d times (%s delivered)", a.Domain, n.flaps, percent(a.SuccessRate))
	}
	if n.transition() == directory.TransitionRecovered {
		return fmt.Sprintf("[mailflow] RECOVERED: %s mail flow back to normal (%s delivered)", a.Domain, percent(a.SuccessRate))
	}
	return fmt.Sprintf("[mailflow] BAD: %s mail flow degraded (%s delivered)", a.Domain, percent(a.SuccessRate))
}

// compose builds the message for one notification.
func (m *mailer) compose(n *notification) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.From(m.cfg.From); err != nil {
		return nil, fmt.Errorf("from %q: %w", m.cfg.From, err)
	}
	if err := msg.To(n.target.Email); err != nil {
		return nil, permanent(fmt.Errorf("manager %s address: %w", n.target.Manager, err))
	}
	msg.SetDate()
	// Automated mail: no out-of-office replies, no auto-responder loops.
	msg.SetGenHeader("Auto-Submitted", "auto-generated")
	msg.SetGenHeader("X-Auto-Response-Suppress", "All")
	if n.incident != nil {
		if err := m.composeIncident(n, msg); err != nil {
			return nil, err
		}
		return msg, nil
	}
	msg.Subject(subject(n))
	a := n.alert
	rcpt := n.target.Key()
	switch n.transition() {
	case directory.TransitionDelayed, directory.TransitionDelayRecovered, directory.TransitionSilent, directory.TransitionSilentRecovered:
		msg.SetMessageIDWithValue(m.messageID(n.transition(), a.Domain, a.ID, rcpt))
		msg.SetGenHeader("X-Mailflow-Alert-Kind", a.Kind)
	case directory.TransitionRecovered:
		msg.SetMessageIDWithValue(m.messageID(directory.TransitionRecovered, a.Domain, a.ID, rcpt))
		if n.episode != "" {
			bad := "<" + m.messageID(directory.TransitionBad, a.Domain, n.episode, rcpt) + ">"
			msg.SetGenHeader(gomail.HeaderInReplyTo, bad)
			msg.SetGenHeader(gomail.HeaderReferences, bad)
		}
	case directory.TransitionBad:
		if n.repeat == 0 {
			msg.SetMessageIDWithValue(m.messageID(directory.TransitionBad, a.Domain, a.ID, rcpt))
			break
		}
		// A reminder answers the episode's Bad mail, so that a ticketing
		// system files it in the same ticket.
		msg.SetMessageIDWithValue(m.messageID(directory.TransitionBad, a.Domain, dedupeID(a.ID, n.repeat, nil), rcpt))
		if n.episode != "" {
			bad := "<" + m.messageID(directory.TransitionBad, a.Domain, n.episode, rcpt) + ">"
			msg.SetGenHeader(gomail.HeaderInReplyTo, bad)
			msg.SetGenHeader(gomail.HeaderReferences, bad)
		}
	}
	msg.SetGenHeader("X-Mailflow-Domain", a.Domain)
	if n.partOf != nil {
		msg.SetGenHeader("X-Mailflow-Incident", n.partOf.ID)
	}
	msg.SetGenHeader("X-Mailflow-Status", a.To.String())
	msg.SetGenHeader("X-Mailflow-Alert-ID", a.ID)

	view := newMailView(n)
	var text, html strings.Builder
	if err := m.text.Execute(&text, view); err != nil {
		return nil, permanent(fmt.Errorf("render text body: %w", err))
	}
	if err := m.html.Execute(&html, view); err != nil {
		return nil, permanent(fmt.Errorf("render html body: %w", err))
	}
	msg.SetBodyString(gomail.TypeTextPlain, text.String())
	msg.AddAlternativeString(gomail.TypeTextHTML, html.String())
	return msg, nil
}

// send delivers one notification over SMTP. A fresh connection per message
// keeps senders independent; notifications are rare enough that
// connection reuse buys nothing.
func (m *mailer) send(ctx context.Context, n *notification) error {
	if m.cfg.Host == "" {
		return permanent(errors.New("e-mail is not configured (no SMTP host)"))
	}
	msg, err := m.compose(n)
	if err != nil {
		return err
	}
	opts := []gomail.Option{
		gomail.WithPort(m.cfg.Port),
		gomail.WithTimeout(m.cfg.Timeout),
	}
	tc := &tls.Config{ServerName: m.cfg.Host, MinVersion: tls.VersionTLS12}
	if m.cfg.TLSConfig != nil {
		tc = m.cfg.TLSConfig.Clone()
		if tc.ServerName == "" {
			tc.ServerName = m.cfg.Host
		}
	}
	opts = append(opts, gomail.WithTLSConfig(tc))
	switch m.cfg.TLS {
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if m.cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(m.cfg.Username), gomail.WithPassword(m.cfg.Password))
	}
	if m.cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(m.cfg.HELO))
	}
	c, err := gomail.NewClient(m.cfg.Host, opts...)
	if err != nil {
		return permanent(fmt.Errorf("SMTP client for %s: %w", m.cfg.Host, err))
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return classifySMTP(fmt.Errorf("send to %s via %s:%d: %w", n.target.Email, m.cfg.Host, m.cfg.Port, err))
	}
	return nil
}

// classifySMTP makes a 5xx answer permanent; everything else (4xx,
// connection and TLS failures, timeouts) is worth another attempt.
func classifySMTP(err error) error {
	var se *gomail.SendError
	if errors.As(err, &se) && se.ErrorCode() >= 500 && !se.IsTemp() {
		return permanent(err)
	}
	var te *textproto.Error
	if errors.As(err, &te) && te.Code >= 500 {
		return permanent(err)
	}
	return err
}

// mailView is what the body templates show.
type mailView struct {
	Recovered    bool
	Domain       string
	Customer     string
	Reseller     string
	From, To     string
	At           string
	SuccessRate  string
	Attempts     int
	Window       int
	Failures     int
	Threshold    string
	DelayLatest  string
	DelayMedian  string
	Categories   []schemas.CategoryCount
	LastResponse string
	ConsoleLink  string
	Folded       []foldedView
	// Omitted counts earlier folded transitions not listed (maxFolded).
	Omitted    int
	Manager    string
	Subs       string
	AlertID    string
	Incident   string
	Flaps      int
	FlapWindow string
	Repeat     int
	BadSince   string
	HeldBy     string
	// Delayed and DelayRecovered mark a delay alert (issue 15), with its
	// current delay and threshold.
	Delayed, DelayRecovered      bool
	DelayCurrent, DelayThreshold string
	// Silent and SilentRecovered mark a silence alert (issue 15): no
	// attempt for SilentFor since LastMail, against a usual Baseline an
	// hour. Detection is set for every detection alert, whose status did
	// not change.
	Silent, SilentRecovered       bool
	SilentFor, LastMail, Baseline string
	Detection                     bool
}

type foldedView struct {
	At, From, To, SuccessRate string
}

func newMailView(n *notification) mailView {
	a := n.alert
	v := mailView{
		Recovered:    n.transition() == directory.TransitionRecovered,
		Domain:       a.Domain,
		Customer:     a.Customer,
		Reseller:     a.Reseller,
		From:         a.From.String(),
		To:           a.To.String(),
		At:           a.At.UTC().Format(time.RFC1123),
		SuccessRate:  percent(a.SuccessRate),
		Attempts:     a.Attempts,
		Window:       a.Window,
		Failures:     a.Failures,
		Threshold:    percent(a.Threshold),
		Categories:   a.TopCategories,
		LastResponse: responseText(a.LastResponse),
		ConsoleLink:  n.consoleURL,
		Manager:      n.target.Manager,
		Subs:         strings.Join(n.target.Subscriptions, ", "),
		AlertID:      a.ID,
		Incident:     incidentSentence(n.partOf),
		Flaps:        n.flaps,
		Omitted:      n.omitted,
		Repeat:       n.repeat,
		HeldBy:       n.heldBy,
	}
	v.Detection = a.Kind != schemas.KindStatus
	switch a.Kind {
	case schemas.KindDelayed, schemas.KindDelayRecovered:
		v.Delayed, v.DelayRecovered = a.Kind == schemas.KindDelayed, a.Kind == schemas.KindDelayRecovered
		v.DelayCurrent, v.DelayThreshold = seconds(a.DeliveryDelay.CurrentSeconds), seconds(a.DelayThresholdSeconds)
	case schemas.KindSilent, schemas.KindSilentRecovered:
		v.Silent, v.SilentRecovered = a.Kind == schemas.KindSilent, a.Kind == schemas.KindSilentRecovered
		v.SilentFor, v.Baseline, v.LastMail = seconds(a.SilentAfterSeconds), perHour(a.BaselinePerHour), "unknown"
		if a.LastAttemptAt != nil {
			v.LastMail = a.LastAttemptAt.UTC().Format(time.RFC1123)
		}
	}
	if n.flaps > 0 {
		v.FlapWindow = formatInterval(n.flapWindow)
	}
	if n.repeat > 0 {
		v.BadSince = n.badSince.UTC().Format(time.RFC1123)
	}
	if a.DeliveryDelay.LatestSeconds > 0 || a.DeliveryDelay.MedianSeconds > 0 {
		v.DelayLatest = seconds(a.DeliveryDelay.LatestSeconds)
		v.DelayMedian = seconds(a.DeliveryDelay.MedianSeconds)
	}
	for _, f := range n.folded {
		v.Folded = append(v.Folded, foldedView{
			At: f.At.UTC().Format(time.RFC1123), From: f.From.String(), To: f.To.String(), SuccessRate: percent(f.SuccessRate),
		})
	}
	return v
}

// perHour prints a rate of attempts per hour: whole above 10, else with
// one decimal ("4.5").
func perHour(r float64) string {
	if r >= 10 {
		return fmt.Sprintf("%.0f", r)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", r), ".0")
}

func seconds(s float64) string {
	return (time.Duration(s * float64(time.Second))).Round(time.Second).String()
}

const textBody = `{{if .Silent}}NO MAIL has reached {{.Domain}} for {{.SilentFor}}: its last delivery attempt arrived {{.LastMail}}, while it usually receives about {{.Baseline}} an hour and the platform kept delivering to other domains. Something before the delivery may be broken: the senders or routing that feed this domain, a rule holding its mail, or its MX records.{{else if .SilentRecovered}}Mail reaches {{.Domain}} again: its first delivery attempt after the silence arrived {{.At}} (the last one before it: {{.LastMail}}).{{else if .Delayed}}Mail to {{.Domain}} is DELAYED: it waits {{.DelayCurrent}} (median of recent deliveries and of messages still being retried), more than {{.DelayThreshold}}.{{else if .DelayRecovered}}Mail to {{.Domain}} is on time again: the delay is back to {{.DelayCurrent}} (threshold {{.DelayThreshold}}).{{else if .Recovered}}Mail flow to {{.Domain}} has RECOVERED.{{else if .Repeat}}Mail flow to {{.Domain}} is STILL BAD (since {{.BadSince}}; reminder {{.Repeat}}).{{else}}Mail flow to {{.Domain}} is BAD.{{end}}
{{- if .Incident}}

{{.Incident}}{{end}}
{{- if .Flaps}}

FLAPPING: the domain turned bad {{.Flaps}} times; while it flaps you hear of it at most once every {{.FlapWindow}}.{{end}}
{{- if .HeldBy}}

Held by a silence ({{.HeldBy}}) that has ended; the problem outlasted it.{{end}}

Domain:        {{.Domain}}
{{- if .Customer}}
Customer:      {{.Customer}}{{end}}
{{- if .Reseller}}
Reseller:      {{.Reseller}}{{end}}
Status:        {{if .Detection}}{{.To}}{{else}}{{.From}} -> {{.To}}{{end}} at {{.At}}
Success rate:  {{.SuccessRate}} of the last {{.Attempts}} attempts (window {{.Window}}, threshold {{.Threshold}})
Failures:      {{.Failures}} in the window
{{- if .DelayLatest}}
Delivery delay: latest {{.DelayLatest}}, median {{.DelayMedian}}{{end}}
{{- if .DelayThreshold}}
Current delay:  {{.DelayCurrent}} (delayed above {{.DelayThreshold}}){{end}}
{{if .Categories}}
Top failure categories:
{{- range .Categories}}
  - {{.Category}} ({{.Count}}){{if .Advice}}
    What to do: {{.Advice}}{{end}}
{{- end}}
{{end}}
{{- if .LastResponse}}
Last SMTP response:
  {{.LastResponse}}
{{end}}
{{- if .Folded}}
Also since the last notification (folded by the minimum interval):
{{- if .Omitted}}
  - {{.Omitted}} earlier changes, not listed
{{- end}}
{{- range .Folded}}
  - {{.At}}: {{.From}} -> {{.To}} ({{.SuccessRate}} delivered)
{{- end}}
{{end}}
{{- if .ConsoleLink}}
Open in the console: {{.ConsoleLink}}
{{end}}
--
You receive this as manager {{.Manager}} (subscription {{.Subs}}).
Alert {{.AlertID}}.
`

const htmlBody = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{.Domain}}</title></head>
<body style="font-family: sans-serif; color: #222;">
{{if .Silent}}<h2 style="color: #9a6700;">No mail has reached {{.Domain}} for {{.SilentFor}}</h2><p>Its last delivery attempt arrived {{.LastMail}}, while it usually receives about {{.Baseline}} an hour and the platform kept delivering to other domains. Something before the delivery may be broken: the senders or routing that feed this domain, a rule holding its mail, or its MX records.</p>{{else if .SilentRecovered}}<h2 style="color: #1a7f37;">Mail reaches {{.Domain}} again</h2><p>Its first delivery attempt after the silence arrived {{.At}} (the last one before it: {{.LastMail}}).</p>{{else if .Delayed}}<h2 style="color: #9a6700;">Mail to {{.Domain}} is delayed: it waits {{.DelayCurrent}}, more than {{.DelayThreshold}}</h2>{{else if .DelayRecovered}}<h2 style="color: #1a7f37;">Mail to {{.Domain}} is on time again (delay {{.DelayCurrent}})</h2>{{else if .Recovered}}<h2 style="color: #1a7f37;">Mail flow to {{.Domain}} has recovered</h2>{{else if .Repeat}}<h2 style="color: #cf222e;">Mail flow to {{.Domain}} is still bad (since {{.BadSince}})</h2>{{else}}<h2 style="color: #cf222e;">Mail flow to {{.Domain}} is bad</h2>{{end}}
{{if .Incident}}<p style="background: #fff8c5; padding: 8px;"><strong>{{.Incident}}</strong></p>{{end}}
{{if .Flaps}}<p><strong>Flapping:</strong> the domain turned bad {{.Flaps}} times; while it flaps you hear of it at most once every {{.FlapWindow}}.</p>{{end}}
{{if .HeldBy}}<p>Held by a silence ({{.HeldBy}}) that has ended; the problem outlasted it.</p>{{end}}
<table cellpadding="4" style="border-collapse: collapse;">
<tr><th align="left">Domain</th><td>{{.Domain}}</td></tr>
{{if .Customer}}<tr><th align="left">Customer</th><td>{{.Customer}}</td></tr>{{end}}
{{if .Reseller}}<tr><th align="left">Reseller</th><td>{{.Reseller}}</td></tr>{{end}}
<tr><th align="left">Status</th><td>{{if .Detection}}<strong>{{.To}}</strong>{{else}}{{.From}} &rarr; <strong>{{.To}}</strong>{{end}} at {{.At}}</td></tr>
<tr><th align="left">Success rate</th><td><strong>{{.SuccessRate}}</strong> of the last {{.Attempts}} attempts (window {{.Window}}, threshold {{.Threshold}})</td></tr>
<tr><th align="left">Failures</th><td>{{.Failures}} in the window</td></tr>
{{if .DelayLatest}}<tr><th align="left">Delivery delay</th><td>latest {{.DelayLatest}}, median {{.DelayMedian}}</td></tr>{{end}}
{{if .DelayThreshold}}<tr><th align="left">Current delay</th><td>{{.DelayCurrent}} (delayed above {{.DelayThreshold}})</td></tr>{{end}}
</table>
{{if .Categories}}<h3>Top failure categories</h3>
<ul>{{range .Categories}}<li><strong>{{.Category}}</strong> ({{.Count}}){{if .Advice}}<br>{{.Advice}}{{end}}</li>{{end}}</ul>{{end}}
{{if .LastResponse}}<h3>Last SMTP response</h3>
<pre style="background: #f6f8fa; padding: 8px; white-space: pre-wrap;">{{.LastResponse}}</pre>{{end}}
{{if .Folded}}<h3>Also since the last notification</h3>
<ul>{{if .Omitted}}<li>{{.Omitted}} earlier changes, not listed</li>{{end}}{{range .Folded}}<li>{{.At}}: {{.From}} &rarr; {{.To}} ({{.SuccessRate}} delivered)</li>{{end}}</ul>{{end}}
{{if .ConsoleLink}}<p><a href="{{.ConsoleLink}}">Open {{.Domain}} in the console</a></p>{{end}}
<p style="color: #666; font-size: small;">You receive this as manager {{.Manager}} (subscription {{.Subs}}). Alert {{.AlertID}}.</p>
</body></html>
`

// formatInterval prints "30m" rather than "30m0s".
func formatInterval(d time.Duration) string {
	out := d.String()
	if strings.HasSuffix(out, "m0s") {
		out = out[:len(out)-2]
	}
	if strings.HasSuffix(out, "h0m") {
		out = out[:len(out)-2]
	}
	return out
}
