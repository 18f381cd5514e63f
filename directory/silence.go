package directory

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Silence holds back the notifications of a domain, a customer's domains
// or a reseller's domains from Start to End (a maintenance window, a known
// problem being worked on). Statuses are still computed and shown; the
// sinks hold the notifications of silenced domains and send, when the
// silence ends, those whose problem outlasted it.
//
// A silence is a config record (KindSilence) made in the console or the
// API by an operator or a manager within their own tree.
type Silence struct {
	ID    string `json:"id"`
	Level Level  `json:"level"`
	Of    string `json:"of"`
	// Start and End bound the silence, wall-clock instants; End after
	// Start.
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Reason says why, for the people who see the status ("network
	// maintenance, ticket 4711").
	Reason string `json:"reason"`
	// CreatedBy is the manager id, or "operator"; CreatedAt when.
	CreatedBy string    `json:"created_by,omitempty"`
	CreatedAt time.Time `json:"created_at,omitzero"`
}

// MaxSilence bounds how long one silence lasts: a silence forgotten for
// months would hide every problem of its domains.
const MaxSilence = 90 * 24 * time.Hour

// MaxSilenceReason bounds the reason's length in characters.
const MaxSilenceReason = 500

// Check validates the silence's fields (not whether its scope exists).
func (s Silence) Check() error {
	var errs []error
	switch s.Level {
	case LevelReseller, LevelCustomer, LevelDomain:
	default:
		errs = append(errs, fmt.Errorf("level %q: want reseller, customer or domain", clip(string(s.Level))))
	}
	if s.Of == "" {
		errs = append(errs, errors.New("of: missing"))
	}
	switch {
	case s.Start.IsZero() || s.End.IsZero():
		errs = append(errs, errors.New("start and end are both required"))
	case !s.End.After(s.Start):
		errs = append(errs, fmt.Errorf("end %s is not after start %s", s.End.Format(time.RFC3339), s.Start.Format(time.RFC3339)))
	case s.End.Sub(s.Start) > MaxSilence:
		errs = append(errs, fmt.Errorf("a silence lasts at most %s", formatDuration(MaxSilence)))
	}
	if s.Reason == "" {
		errs = append(errs, errors.New("reason: say why (it is shown with the status)"))
	} else if utf8.RuneCountInString(s.Reason) > MaxSilenceReason || !utf8.ValidString(s.Reason) {
		errs = append(errs, fmt.Errorf("reason: at most %d characters of UTF-8", MaxSilenceReason))
	}
	return errors.Join(errs...)
}

// Active reports whether the silence is in force at t: Start ≤ t < End.
func (s Silence) Active(t time.Time) bool { return !t.Before(s.Start) && t.Before(s.End) }

// SilenceOf returns the silence in force for domain at t, the one that
// ends last when several are; ok is false when none is.
func (d *Directory) SilenceOf(domain string, t time.Time) (Silence, bool) {
	var found Silence
	ok := false
	dom, known := d.Domains[domain]
	for _, s := range d.Silences {
		if !s.Active(t) || !d.silenceCovers(s, domain, dom, known) {
			continue
		}
		if !ok || s.End.After(found.End) || (s.End.Equal(found.End) && s.ID < found.ID) {
			found, ok = s, true
		}
	}
	return found, ok
}

// SilencesCovering returns every silence (active or not) whose scope
// covers domain, in no particular order.
func (d *Directory) SilencesCovering(domain string) []Silence {
	dom, known := d.Domains[domain]
	var out []Silence
	for _, s := range d.Silences {
		if d.silenceCovers(s, domain, dom, known) {
			out = append(out, s)
		}
	}
	return out
}

func (d *Directory) silenceCovers(s Silence, domain string, dom Domain, known bool) bool {
	if s.Level == LevelDomain {
		return s.Of == domain
	}
	return known && d.Covers(s.Level, s.Of, domain, dom)
}
