// Package silences holds the rules of silences and maintenance windows
// (directory.Silence) that the console API applies: what a request to
// silence must say, who sees and ends which silence, and how a silence is
// shown. A silence holds back the notifications of a domain, a customer's
// domains or a reseller's domains for a time range; statuses are still
// computed and shown, with the silence beside them; the sinks send, when
// it ends, what outlasted it (package sinks).
package silences

import (
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/durations"
	"github.com/mailflow/mailflow/schemas"
)

// MaxLead bounds how far ahead a silence may start: a maintenance window
// is planned days or weeks ahead, and a start decades out (a typo in the
// year) would sit in every listing as a silence nobody meant.
const MaxLead = 365 * 24 * time.Hour

// Request is what an operator or manager sends to silence a level.
type Request struct {
	// Level and ID name the reseller, customer or domain.
	Level directory.Level `json:"level"`
	ID    string          `json:"id"`
	// Start is when the silence begins (RFC 3339); now when absent. A
	// start in the past is moved to now, as Alertmanager does (a silence
	// holds back what is still to be sent, not what went out), and
	// Plan.Notes says so.
	Start *time.Time `json:"start,omitempty"`
	// End (RFC 3339) or Duration says when it ends; exactly one. A
	// duration counts from the start asked for ("2h", "90m", "7d",
	// "1d12h": durations.Parse), so that a window typed as 10:00 for 2h
	// ends at 12:00 even when it is sent at 10:05.
	End      *time.Time `json:"end,omitempty"`
	Duration string     `json:"duration,omitempty"`
	// Reason says why; it is shown with the status and in the held
	// notifications.
	Reason string `json:"reason"`
}

// Silence turns the request into the silence to record, made by by at
// now, or an error that says what to send instead.
//
// The bounds: the silence starts at most MaxLead after now and lasts at
// most directory.MaxSilence; the reason is one line of text without
// control or bidirectional-formatting characters (CheckReason).
func (r Request) Silence(now time.Time, by string) (directory.Silence, error) {
	p, err := r.Plan(now, by)
	return p.Silence, err
}

// Plan is a silence to record and what it changed of the request.
type Plan struct {
	directory.Silence
	// Notes say, in sentences for the person who asked, where the silence
	// differs from the request (a start in the past moved to now); none
	// when it is as asked.
	Notes []string
}

// Plan is Silence with the notes of what it changed of the request.
func (r Request) Plan(now time.Time, by string) (Plan, error) {
	var notes []string
	s, err := r.silence(now, by, &notes)
	return Plan{Silence: s, Notes: notes}, err
}

func (r Request) silence(now time.Time, by string, notes *[]string) (directory.Silence, error) {
	of, err := r.Target()
	if err != nil {
		return directory.Silence{}, err
	}
	s := directory.Silence{Level: r.Level, Of: of, Reason: strings.TrimSpace(r.Reason), CreatedBy: by, CreatedAt: now.UTC()}
	if err := CheckReason(s.Reason); err != nil {
		return s, err
	}
	s.Start = now.UTC()
	// asked is where a duration counts from: the start asked for, also
	// when it has passed.
	asked := s.Start
	switch {
	case r.Start != nil && r.Start.After(now):
		if r.Start.Sub(now) > MaxLead {
			return s, fmt.Errorf("start %s: a silence starts at most %d days ahead", r.Start.UTC().Format(time.RFC3339), MaxLead/(24*time.Hour))
		}
		s.Start = r.Start.UTC()
		asked = s.Start
	case r.Start != nil && r.Start.Before(now):
		asked = r.Start.UTC()
	}
	switch {
	case r.End != nil && r.Duration != "":
		return s, errors.New("send end or duration, not both")
	case r.End != nil:
		s.End = r.End.UTC()
	case r.Duration != "":
		d, err := durations.Parse(r.Duration)
		if err != nil || d <= 0 {
			return s, fmt.Errorf("duration %q: want a positive duration such as 30m, 2h, 7d or 1d12h", clip(r.Duration))
		}
		// Saturates rather than wraps: a duration past MaxSilence is
		// refused below either way.
		s.End = asked.Add(min(d, 2*directory.MaxSilence))
	default:
		return s, errors.New("say when the silence ends: end (RFC 3339) or duration (such as 2h or 7d)")
	}
	if !s.End.After(now) {
		return s, errors.New("the silence would end in the past")
	}
	if asked.Before(s.Start) {
		*notes = append(*notes, fmt.Sprintf("the start you gave, %s, has passed: the silence starts now (%s) and holds back what is still to be sent; notifications sent before now are not recalled",
			asked.Format(time.RFC3339), s.Start.Format(time.RFC3339)))
	}
	if !s.End.After(s.Start) {
		return s, fmt.Errorf("end %s is not after start %s", s.End.Format(time.RFC3339), s.Start.Format(time.RFC3339))
	}
	// Sub saturates at about 292 years, so a far-off end is caught too.
	if s.End.Sub(s.Start) > directory.MaxSilence {
		return s, fmt.Errorf("end %s: a silence lasts at most %d days (start again when it ends)", s.End.Format(time.RFC3339), directory.MaxSilence/(24*time.Hour))
	}
	if s.ID, err = NewID(now); err != nil {
		return s, err
	}
	return s, s.Check()
}

// Target returns the id of the silenced reseller, customer or domain as
// the directory spells it: spaces trimmed and, for a domain, the
// canonical name (lower case, IDNA A-label; schemas.CanonicalDomain), so
// that "Example.ORG" silences example.org.
func (r Request) Target() (string, error) {
	id := strings.TrimSpace(r.ID)
	switch r.Level {
	case directory.LevelReseller, directory.LevelCustomer:
	case directory.LevelDomain:
		if id == "" {
			break
		}
		d, err := schemas.CanonicalDomain(id)
		if err != nil {
			return id, fmt.Errorf("id %q: %w", clip(id), err)
		}
		id = d
	default:
		return id, fmt.Errorf("level %q: want reseller, customer or domain", clip(string(r.Level)))
	}
	if id == "" {
		return id, fmt.Errorf("id: say which %s to silence", r.Level)
	}
	return id, nil
}

// CheckReason refuses a reason that is not one line of plain text: a
// control character (C0, DEL, C1: a line break would start a new header
// line or log line where the reason is quoted, an escape sequence would
// reach a terminal) or a bidirectional formatting character (U+202A–U+202E,
// U+2066–U+2069, which reorder what a reader sees, CVE-2021-42574). The
// error names the first one and where it is. The length bound is
// directory.Silence.Check's.
func CheckReason(s string) error {
	for i, c := range []rune(s) {
		if unicode.IsControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) {
			return fmt.Errorf("reason: character %d is U+%04X, a control or formatting character; write the reason as one line of plain text", i+1, c)
		}
	}
	return nil
}

// Find returns the silence with the id, or, when no id matches exactly,
// the only one whose id matches in any letter case: ids are made lower
// case (NewID) but are read back from tickets and URLs that change the
// case. Two silences that differ only in case (config-as-code may make
// them) are not guessed between.
func Find(d *directory.Directory, id string) (directory.Silence, bool) {
	id = strings.TrimSpace(id)
	if s, ok := d.Silences[id]; ok {
		return s, true
	}
	var found directory.Silence
	n := 0
	for k, s := range d.Silences {
		if strings.EqualFold(k, id) {
			found, n = s, n+1
		}
	}
	if n != 1 {
		return directory.Silence{}, false
	}
	return found, true
}

// Holding returns the silence that holds an alert of domain back, and
// whether one does, deciding by made: the time the processor made the
// alert (the alert record's timestamp on the alerts topic), not the
// alert's At (the completion time the transport server reported).
//
// Why made: a maintenance window is written on the platform's wall
// clock, and the console says "notifications are held" by that clock;
// the window ends (and held notifications are released) by it too. At
// comes from the transport servers' clocks and lags by any backlog: an
// alert for an attempt at 09:58 that a catching-up processor makes at
// 10:30, inside a 10:00–12:00 window, would be sent in the middle of the
// window if At decided, and a transport server whose clock is off would
// move every window. The record's timestamp is fixed when the alert is
// written, so a sink that reads the alerts again after a crash decides
// the same way; a rebuild that writes an alert again under its
// deterministic id is deduplicated by the sink's delivery records.
func Holding(d *directory.Directory, domain string, made time.Time) (directory.Silence, bool) {
	return d.SilenceOf(domain, made)
}

// NewID returns a new silence id: "sil-<yyyymmdd>-<10 random characters>",
// sortable by creation day and unguessable.
func NewID(now time.Time) (string, error) {
	b := make([]byte, 10)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("silence id: %w", err)
	}
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "sil-" + now.UTC().Format("20060102") + "-" + string(b), nil
}

// State says where a silence stands at a time.
type State string

// The states of a silence.
const (
	StateScheduled State = "scheduled"
	StateActive    State = "active"
	StateEnded     State = "ended"
)

// StateAt returns the silence's state at now.
func StateAt(s directory.Silence, now time.Time) State {
	switch {
	case now.Before(s.Start):
		return StateScheduled
	case s.Active(now):
		return StateActive
	}
	return StateEnded
}

// View is a silence as the API shows it.
type View struct {
	directory.Silence
	State State `json:"state"`
	// Name is the display name of the silenced reseller or customer.
	Name string `json:"name,omitempty"`
	// CanEnd says whether the caller may end or delete it (it lies in the
	// caller's own tree, not above it).
	CanEnd bool `json:"can_end"`
	// CreatedByName is the name (or e-mail address) of the manager who
	// made it; empty for the operator or a manager no longer there.
	CreatedByName string `json:"created_by_name,omitempty"`
	// Notes, in the answer to a new silence only, say where it differs
	// from the request (Plan.Notes).
	Notes []string `json:"notes,omitempty"`
}

// Shown reports whether a listing at now shows the silence: scheduled and
// active ones, and those that ended less than a day ago.
func Shown(s directory.Silence, now time.Time) bool {
	return now.Before(s.End.Add(24 * time.Hour))
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// Status is what a domain's Mail Flow Status shows of the silence in
// force: {"silenced": true, "silence": {...}} beside the computed status.
type Status struct {
	ID     string          `json:"id"`
	Level  directory.Level `json:"level"`
	Of     string          `json:"of"`
	Reason string          `json:"reason"`
	Until  time.Time       `json:"until"`
}

// StatusOf returns the silence in force for domain at now, for the status
// API and the console; ok is false when the domain is not silenced.
func StatusOf(d *directory.Directory, domain string, now time.Time) (Status, bool) {
	s, ok := d.SilenceOf(domain, now)
	if !ok {
		return Status{}, false
	}
	return Status{ID: s.ID, Level: s.Level, Of: s.Of, Reason: s.Reason, Until: s.End}, true
}
