package schemas

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/segmentio/encoding/json"
)

// StatusChange is emitted to the alerts topic, keyed by domain, when a
// domain's status changes (good→bad, bad→good, unknown→bad; unknown→good is
// not an alert). It carries what a person needs to act without opening the
// console.
type StatusChange struct {
	// V is the wire version; always Version.
	V int `json:"v"`
	// ID is deterministic (see ChangeID): the same transition caused by the
	// same event always has the same id, so consumers drop duplicates.
	ID string `json:"id"`
	// Domain is the recipient domain whose status changed.
	Domain string `json:"domain"`
	// Customer and Reseller own the domain in the directory; empty when the
	// domain is not in the directory.
	Customer string `json:"customer,omitempty"`
	Reseller string `json:"reseller,omitempty"`
	// From and To are the statuses before and after.
	From Status `json:"from"`
	To   Status `json:"to"`
	// At is the completion time of the attempt that caused the change.
	At time.Time `json:"at"`
	// SuccessRate is delivered/attempts over the window, 0..1.
	SuccessRate float64 `json:"success_rate"`
	// Window and Threshold are the settings in force for the domain.
	Window    int     `json:"window"`
	Threshold float64 `json:"threshold"`
	// Attempts is how many attempts the window held (≤ Window).
	Attempts int `json:"attempts"`
	// Failures counts the attempts in the window that were not delivered.
	Failures int `json:"failures"`
	// DeliveryDelay is the current delivery delay of the domain.
	DeliveryDelay DeliveryDelay `json:"delivery_delay"`
	// LastResponse is the most recent SMTP response of the domain.
	LastResponse string `json:"last_response"`
	// TopCategories lists the most frequent failure categories in the
	// window, most frequent first.
	TopCategories []CategoryCount `json:"top_categories"`
	// CauseEventID is the id of the DeliveryEvent that caused the change.
	CauseEventID string `json:"cause_event_id"`

	// The last-failure fields (added for provider-wide incidents, issue
	// 15) describe the most recent attempt in the window that was not
	// delivered: its remote host (the MX answering, as the DeliveryEvent's
	// remote_host), remote IP and diagnosed category (a name of
	// category.go). A recovery carries the last failure still known (the
	// one of the Bad episode it ends), so that it is grouped with the
	// same provider. Empty when the processor does not know them (older
	// processors, or no failure in the window); readers then derive what
	// they need from LastResponse and TopCategories.
	LastFailureHost     string `json:"last_failure_host,omitempty"`
	LastFailureIP       string `json:"last_failure_ip,omitempty"`
	LastFailureCategory string `json:"last_failure_category,omitempty"`

	// Kind says what the alert announces (added for the per-domain
	// detections, issue 15): empty (KindStatus) for a status change as
	// above, KindDelayed when the domain's current delivery delay rose
	// above its threshold, KindDelayRecovered when it fell back. A
	// detection alert is not a status change: From and To both carry the
	// domain's status at the time (equal), and the other fields describe
	// the domain as for a status change. A reader that knows no kinds
	// must skip alerts that have one.
	Kind string `json:"kind,omitempty"`
	// ExcludedFailures counts the failures in the window that
	// reason-aware health left out of the failure budget (recipient
	// failures: user_unknown, mailbox_full, mailbox_disabled); they are
	// included in Failures. Zero when the domain counts every failure.
	ExcludedFailures int `json:"excluded_failures,omitempty"`
	// DelayThresholdSeconds is the delay threshold in force, on delay
	// alerts (KindDelayed, KindDelayRecovered).
	DelayThresholdSeconds float64 `json:"delay_threshold_seconds,omitempty"`
	// SilentAfterSeconds is the silence period in force, on silence
	// alerts (KindSilent, KindSilentRecovered): how long the domain may
	// go without any attempt before it is silent.
	SilentAfterSeconds float64 `json:"silent_after_seconds,omitempty"`
	// BaselinePerHour is, on silence alerts, the domain's attempts per
	// hour averaged over the 24 hours before its last attempt before the
	// silence: how much mail it normally receives.
	BaselinePerHour float64 `json:"baseline_per_hour,omitempty"`
	// LastAttemptAt is, on silence alerts, when the domain's last attempt
	// before the silence reached mailflow (its record's timestamp).
	LastAttemptAt *time.Time `json:"last_attempt_at,omitempty"`
}

// The kinds of alert (StatusChange.Kind).
const (
	// KindStatus is a status change (good→bad, bad→good, unknown→bad).
	KindStatus = ""
	// KindDelayed says the domain's current delivery delay
	// (DeliveryDelay.CurrentSeconds) rose above its delay threshold.
	KindDelayed = "delayed"
	// KindDelayRecovered says it fell back to the threshold or below.
	KindDelayRecovered = "delay_recovered"
	// KindSilent says a domain that normally receives mail
	// (BaselinePerHour) has had no attempt for SilentAfterSeconds while
	// the platform kept delivering to other domains: its At is when the
	// period ran out, and CauseEventID the other domain's attempt that
	// took stream time past it.
	KindSilent = "silent"
	// KindSilentRecovered says mail reached a silent domain again (At
	// and CauseEventID are that attempt's).
	KindSilentRecovered = "silent_recovered"
)

// KindID returns the deterministic id of a detection alert of kind for
// domain caused by the event causeID; like ChangeID, a replay of the same
// input yields the same id, and it never equals a status change's.
func KindID(domain, kind, causeID string) string {
	// The bytes "%s\x00kind:%s\x00%s" formats (see ChangeID).
	var buf [256]byte
	b := append(buf[:0], domain...)
	b = append(append(b, "\x00kind:"...), kind...)
	b = append(append(b, 0), causeID...)
	return alertID(b)
}

// alertID is the id of an alert whose identifying bytes are b: the first
// 16 bytes of their SHA-256, in hex.
func alertID(b []byte) string {
	sum := sha256.Sum256(b)
	var id [32]byte
	hex.Encode(id[:], sum[:16])
	return string(id[:])
}

// DeliveryDelay is how long delivered mail took from queue to acceptance,
// over a domain's window. Zero values mean no delivered attempt was seen.
type DeliveryDelay struct {
	// LatestSeconds is the delay of the most recent delivered attempt.
	LatestSeconds float64 `json:"latest_seconds"`
	// MedianSeconds is the median over the delivered attempts in the window.
	MedianSeconds float64 `json:"median_seconds"`
	// CurrentSeconds is the current delay the delayed-mail detection
	// compares with its threshold: the median over the window of the
	// delivered attempts' delay and the deferred attempts' age (completed
	// − queued of a message still being retried). Added in issue 15;
	// absent from older processors' alerts.
	CurrentSeconds float64 `json:"current_seconds,omitempty"`
}

// CategoryCount is one failure category with its count in the window and,
// when diagnosis knows it, the advice for it.
type CategoryCount struct {
	Category string `json:"category"`
	Count    int    `json:"count"`
	Advice   string `json:"advice,omitempty"`
}

// ChangeID returns the deterministic id of the transition from → to of
// domain caused by the event causeID. Event ids are unique, so the id is too,
// and a replay of the same input yields the same id.
func ChangeID(domain string, from, to Status, causeID string) string {
	// The bytes "%s\x00%s\x00%s\x00%s" formats, built without fmt and
	// hashed at once: the processor makes one for every alert.
	var buf [256]byte
	b := append(buf[:0], domain...)
	b = append(append(b, 0), from.String()...)
	b = append(append(b, 0), to.String()...)
	b = append(append(b, 0), causeID...)
	return alertID(b)
}

// MarshalStatusChange encodes c as version-1 JSON.
func MarshalStatusChange(c *StatusChange) ([]byte, error) {
	c.V = Version
	b, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("encode status change of %s: %w", c.Domain, err)
	}
	return b, nil
}

// DecodeStatusChange parses one JSON-encoded StatusChange and checks the
// fields a consumer relies on: version, id, a canonical domain (see
// CanonicalDomain), a known kind, a real transition (or, for a detection
// alert, equal statuses), a success rate and threshold within 0..1 and
// consistent counts. The error names every field that is wrong
// (see FieldError).
func DecodeStatusChange(data []byte) (StatusChange, error) {
	var c StatusChange
	if err := CheckNesting(data); err != nil {
		return StatusChange{}, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return StatusChange{}, &FieldError{Field: "(record)", Problem: "not a JSON object of the StatusChange shape: " + err.Error()}
	}
	var errs []error
	bad := func(field, problem string) { errs = append(errs, &FieldError{Field: field, Problem: problem}) }
	if c.V != Version {
		bad("v", fmt.Sprintf("unknown version %d (this reader understands version 1)", c.V))
	}
	if c.ID == "" {
		bad("id", "missing")
	}
	if c.Domain == "" {
		bad("domain", "missing")
	} else if d, err := CanonicalDomain(c.Domain); err != nil {
		bad("domain", err.Error())
	} else if d != c.Domain {
		// Sinks route and deduplicate by the name: another spelling would
		// be another domain.
		bad("domain", fmt.Sprintf("%q is not in canonical form %q", clip(c.Domain), d))
	}
	switch c.Kind {
	case KindStatus:
		if c.From == c.To {
			bad("to", "equals from: not a transition")
		}
	case KindDelayed, KindDelayRecovered, KindSilent, KindSilentRecovered:
		if c.From != c.To {
			bad("to", fmt.Sprintf("a %s alert carries the status in both from and to, not %s and %s", c.Kind, c.From, c.To))
		}
	default:
		bad("kind", fmt.Sprintf("unknown kind %q (this reader understands %q, %q, %q and %q)", clip(c.Kind), KindDelayed, KindDelayRecovered, KindSilent, KindSilentRecovered))
	}
	if !(c.SuccessRate >= 0 && c.SuccessRate <= 1) {
		bad("success_rate", fmt.Sprintf("%v is not within 0..1", c.SuccessRate))
	}
	if !(c.Threshold >= 0 && c.Threshold <= 1) {
		bad("threshold", fmt.Sprintf("%v is not within 0..1", c.Threshold))
	}
	if c.ExcludedFailures < 0 || c.ExcludedFailures > c.Failures {
		bad("excluded_failures", fmt.Sprintf("%d: want 0..failures (%d)", c.ExcludedFailures, c.Failures))
	}
	if c.Window < 0 || c.Attempts < 0 || c.Failures < 0 || c.Failures > c.Attempts {
		bad("failures", fmt.Sprintf("window %d, attempts %d, failures %d: counts must be non-negative and failures at most attempts", c.Window, c.Attempts, c.Failures))
	}
	if len(errs) > 0 {
		return StatusChange{}, joinErrors(errs)
	}
	return c, nil
}
