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

	"github.com/mailflow/mailflow/directory"
)

// Request is what an operator or manager sends to silence a level.
type Request struct {
	// Level and ID name the reseller, customer or domain.
	Level directory.Level `json:"level"`
	ID    string          `json:"id"`
	// Start is when the silence begins (RFC 3339); now when absent or in
	// the past.
	Start *time.Time `json:"start,omitempty"`
	// End (RFC 3339) or Duration ("2h") says when it ends; exactly one.
	End      *time.Time `json:"end,omitempty"`
	Duration string     `json:"duration,omitempty"`
	// Reason says why; it is shown with the status and in the held
	// notifications.
	Reason string `json:"reason"`
}

// Silence turns the request into the silence to record, made by by at
// now, or an error that says what to send instead.
func (r Request) Silence(now time.Time, by string) (directory.Silence, error) {
	s := directory.Silence{Level: r.Level, Of: strings.TrimSpace(r.ID), Reason: strings.TrimSpace(r.Reason), CreatedBy: by, CreatedAt: now.UTC()}
	s.Start = now.UTC()
	if r.Start != nil && r.Start.After(now) {
		s.Start = r.Start.UTC()
	}
	switch {
	case r.End != nil && r.Duration != "":
		return s, errors.New("send end or duration, not both")
	case r.End != nil:
		s.End = r.End.UTC()
	case r.Duration != "":
		d, err := time.ParseDuration(r.Duration)
		if err != nil || d <= 0 {
			return s, fmt.Errorf("duration %q: want a duration such as 30m or 2h", clip(r.Duration))
		}
		s.End = s.Start.Add(d)
	default:
		return s, errors.New("say when the silence ends: end (RFC 3339) or duration (such as 2h)")
	}
	if !s.End.After(now) {
		return s, errors.New("the silence would end in the past")
	}
	var err error
	if s.ID, err = NewID(now); err != nil {
		return s, err
	}
	return s, s.Check()
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
