package schemas

// Outcome is the result of one delivery attempt.
type Outcome uint8

// The outcomes of a delivery attempt. Only OutcomeDelivered counts as a
// success when a domain's window is evaluated.
const (
	// OutcomeUnknown is the zero value: an event whose outcome was neither
	// given nor derivable. Validation never lets it through.
	OutcomeUnknown Outcome = iota
	// OutcomeDelivered means the remote server accepted the message (2xx).
	OutcomeDelivered
	// OutcomeDeferred means a temporary failure (4xx or a local temporary
	// failure); the transport server will try again.
	OutcomeDeferred
	// OutcomeBounced means a permanent failure (5xx or a permanent local
	// failure).
	OutcomeBounced
	// OutcomeExpired means the transport server gave up after retries.
	OutcomeExpired
)

var outcomeNames = [...]string{"unknown", "delivered", "deferred", "bounced", "expired"}

// String returns the wire name of o ("delivered", "deferred", ...).
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return "unknown"
}

// ParseOutcome returns the Outcome named s and whether s named one.
func ParseOutcome(s string) (Outcome, bool) {
	switch s {
	case "delivered":
		return OutcomeDelivered, true
	case "deferred":
		return OutcomeDeferred, true
	case "bounced":
		return OutcomeBounced, true
	case "expired":
		return OutcomeExpired, true
	}
	return OutcomeUnknown, false
}

// Outcomes returns the four outcomes an event can carry, in a fixed order
// that metrics and reports can rely on.
func Outcomes() [4]Outcome {
	return [4]Outcome{OutcomeDelivered, OutcomeDeferred, OutcomeBounced, OutcomeExpired}
}

// OutcomeFromCode derives the outcome from an SMTP reply code: 2xx is
// delivered, 4xx deferred and 5xx bounced. Any other code derives nothing.
func OutcomeFromCode(code int) Outcome {
	switch code / 100 {
	case 2:
		return OutcomeDelivered
	case 4:
		return OutcomeDeferred
	case 5:
		return OutcomeBounced
	}
	return OutcomeUnknown
}

// consistentWithCode reports whether an explicit outcome agrees with a reply
// code: a delivered attempt needs a 2xx code and a failed one must not carry
// one. Temporary and permanent classes are deliberately not cross-checked,
// because real MTAs legitimately mix them: Postfix with soft_bounce=yes
// defers on a 5xx reply, and an expired message carries whatever the last
// attempt heard.
func (o Outcome) consistentWithCode(code int) bool {
	if o == OutcomeDelivered {
		return code/100 == 2
	}
	return code/100 != 2
}
