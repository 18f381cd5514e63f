package schemas

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Validate normalises e in place and checks it: it derives Domain from
// Recipient and Outcome from SMTPCode when they are absent, lower-cases the
// domain and converts it to its IDNA A-label form, and reports every field
// that is missing, malformed or contradictory. Producers call it before
// publishing; DecodeDeliveryEvent calls it on everything it reads.
func (e *DeliveryEvent) Validate() error {
	if errs := e.normalize(e.Outcome != OutcomeUnknown, false); len(errs) > 0 {
		return joinErrors(errs)
	}
	return nil
}

func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

// normalize implements Validate. explicitOutcome says whether the producer
// set the outcome, in which case it must agree with the reply code;
// completedReported says the decoder already reported completed_at.
func (e *DeliveryEvent) normalize(explicitOutcome, completedReported bool) []error {
	var errs []error
	bad := func(field, problem string) { errs = append(errs, &FieldError{Field: field, Problem: problem}) }

	switch {
	case e.V == 0:
		bad("v", "missing (this reader understands version 1)")
	case e.V != Version:
		bad("v", fmt.Sprintf("unknown version %d (this reader understands version 1)", e.V))
	}
	switch {
	case e.ID == "":
		bad("id", "missing")
	case len(e.ID) > MaxIDLen:
		bad("id", fmt.Sprintf("longer than %d bytes", MaxIDLen))
	}
	if len(e.MessageID) > MaxIDLen {
		bad("message_id", fmt.Sprintf("longer than %d bytes", MaxIDLen))
	}

	if len(e.Recipient) > MaxAddressLen {
		bad("recipient", fmt.Sprintf("longer than %d bytes", MaxAddressLen))
	} else if e.Recipient != "" && strings.LastIndexByte(e.Recipient, '@') <= 0 {
		bad("recipient", fmt.Sprintf("%q is not an address (local@domain)", clip(e.Recipient)))
	}
	if len(e.Sender) > MaxAddressLen {
		bad("sender", fmt.Sprintf("longer than %d bytes", MaxAddressLen))
	}
	switch {
	case e.Domain == "" && e.Recipient == "":
		bad("domain", "missing, and no recipient to derive it from")
	case e.Domain == "":
		if at := strings.LastIndexByte(e.Recipient, '@'); at > 0 {
			if d, err := CanonicalDomain(e.Recipient[at+1:]); err != nil {
				bad("recipient", err.Error())
			} else {
				e.Domain = d
			}
		}
	default:
		d, err := CanonicalDomain(e.Domain)
		if err != nil {
			bad("domain", err.Error())
			break
		}
		e.Domain = d
		// The event is counted for domain, and its recipient is shown in
		// that domain's logs: an attempt to another domain's mailbox
		// would be evaluated, listed and exported under the wrong owner.
		// Both sides are compared in their canonical form, so that
		// "Anna@Bücher.Example." agrees with "xn--bcher-kva.example".
		if at := strings.LastIndexByte(e.Recipient, '@'); at > 0 && len(e.Recipient) <= MaxAddressLen {
			switch rd, err := CanonicalDomain(e.Recipient[at+1:]); {
			case err != nil:
				bad("recipient", fmt.Sprintf("its domain is not a domain name: %v", err))
			case rd != d:
				bad("recipient", fmt.Sprintf("%q is an address at %s, not at the event's domain %s", clip(e.Recipient), rd, d))
			}
		}
	}

	switch {
	case e.CompletedAt.IsZero():
		if !completedReported {
			bad("completed_at", "missing")
		}
	case !inTimeRange(e.CompletedAt):
		bad("completed_at", outOfRange(e.CompletedAt))
	case !e.QueuedAt.IsZero() && e.QueuedAt.After(e.CompletedAt):
		bad("queued_at", "later than completed_at")
	}
	if !e.QueuedAt.IsZero() && !inTimeRange(e.QueuedAt) {
		bad("queued_at", outOfRange(e.QueuedAt))
	}
	if e.Attempt < 0 {
		bad("attempt", "negative")
	} else if e.Attempt > MaxAttempt {
		bad("attempt", fmt.Sprintf("%d, more than the %d allowed", e.Attempt, MaxAttempt))
	}
	if e.Size < 0 {
		bad("size", "negative")
	} else if e.Size > MaxSize {
		bad("size", fmt.Sprintf("%d bytes, more than the %d allowed", e.Size, int64(MaxSize)))
	}
	if e.SMTPCode != 0 && (e.SMTPCode < 200 || e.SMTPCode > 599) {
		bad("smtp_code", fmt.Sprintf("%d is not an SMTP reply code (200-599)", e.SMTPCode))
	}
	if e.EnhancedCode != "" && !validEnhanced(e.EnhancedCode) {
		bad("enhanced_code", fmt.Sprintf("%q is not an RFC 3463 status code (class.subject.detail)", clip(e.EnhancedCode)))
	}
	if len(e.Response) > MaxResponseLen {
		bad("response", fmt.Sprintf("%d bytes, longer than the %d allowed", len(e.Response), MaxResponseLen))
	} else if !utf8.ValidString(e.Response) {
		bad("response", "not valid UTF-8")
	} else if i := controlAt(e.Response, true); i >= 0 {
		bad("response", fmt.Sprintf("control character %U at byte %d (a reply's lines may be separated by CR LF or LF, nothing else)", e.Response[i], i))
	}
	for _, f := range [...]struct{ name, v string }{{"remote_host", e.RemoteHost}, {"remote_ip", e.RemoteIP}, {"transport", e.Transport}} {
		if len(f.v) > MaxHostLen {
			bad(f.name, fmt.Sprintf("longer than %d bytes", MaxHostLen))
		}
	}
	// An address, id or host name with a line break or another control
	// character would forge lines in a log, a CSV export or a mail header
	// built from it; no SMTP path (RFC 5321 §4.1.2) has one.
	for _, f := range [...]struct{ name, v string }{{"id", e.ID}, {"message_id", e.MessageID}, {"recipient", e.Recipient},
		{"sender", e.Sender}, {"remote_host", e.RemoteHost}, {"remote_ip", e.RemoteIP}, {"transport", e.Transport}} {
		if i := controlAt(f.v, false); i >= 0 {
			bad(f.name, fmt.Sprintf("control character %U at byte %d", f.v[i], i))
		}
	}

	switch {
	case explicitOutcome && e.Outcome == OutcomeUnknown:
		// Already reported by the decoder (an unknown outcome name).
	case explicitOutcome && e.SMTPCode != 0 && !e.Outcome.consistentWithCode(e.SMTPCode):
		bad("outcome", fmt.Sprintf("%s contradicts smtp_code %d", e.Outcome, e.SMTPCode))
	case !explicitOutcome:
		e.Outcome = OutcomeFromCode(e.SMTPCode)
		switch {
		case e.Outcome != OutcomeUnknown:
		case e.SMTPCode == 0:
			bad("outcome", "missing, and no smtp_code to derive it from")
		default:
			// A 3yz reply is intermediate (RFC 5321 §4.2.1: 354 after
			// DATA), never a delivery's result: it derives no outcome.
			bad("outcome", fmt.Sprintf("missing, and smtp_code %d (an intermediate reply, RFC 5321 §4.2.1) derives none", e.SMTPCode))
		}
	}
	return errs
}

// controlAt returns the index of the first ASCII control character (C0 or
// DEL) in s, or -1; lines lets CR, LF and TAB through, which a multi-line
// SMTP reply contains.
func controlAt(s string, lines bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != 0x7f {
			continue
		}
		if lines && (c == '\r' || c == '\n' || c == '\t') {
			continue
		}
		return i
	}
	return -1
}

// The times an event may carry: after the Unix epoch and before 2262,
// because state keeps times as int64 Unix nanoseconds (which end in April
// 2262) and the wire form is RFC 3339, whose years are 0000-9999 (an
// offset can push a year-0000 time out of that range in UTC). No delivery
// happened before 1970.
var (
	minTime = time.Unix(0, 0).UTC()
	maxTime = time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)
)

func inTimeRange(t time.Time) bool { return t.After(minTime) && t.Before(maxTime) }

// InTimeRange reports whether t is a time mailflow keeps: after the Unix
// epoch and before 2262, the end of what Unix nanoseconds hold. Validate
// holds an event's times to it; the processor holds a record's timestamp
// (an attempt's arrival) to it too.
func InTimeRange(t time.Time) bool { return inTimeRange(t) }

// outOfRange says why t is not in the range inTimeRange accepts: the value
// as read (in UTC) and both bounds as instants, which a range of years
// ("not within 1970-2261" for the epoch itself) did not say.
func outOfRange(t time.Time) string {
	return fmt.Sprintf("%s is outside the accepted range: later than %s (the Unix epoch) and earlier than %s (times are kept as Unix nanoseconds)",
		t.UTC().Format(time.RFC3339Nano), minTime.Format(time.RFC3339), maxTime.Format(time.RFC3339))
}

// validEnhanced checks the RFC 3463 shape class.subject.detail: class is 2,
// 4 or 5; subject and detail are 1-3 digits.
func validEnhanced(s string) bool {
	if len(s) < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.' {
		return false
	}
	parts, digits := 0, 0
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			if digits > 3 {
				return false
			}
		case c == '.' && digits > 0 && parts == 0:
			parts, digits = 1, 0
		default:
			return false
		}
	}
	return parts == 1 && digits > 0
}
