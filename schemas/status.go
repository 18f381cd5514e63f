package schemas

// Status is a domain's mail-flow health.
type Status uint8

// The statuses of a domain. A domain is StatusUnknown until its first
// attempt, then Good or Bad by its window (see the state package).
const (
	StatusUnknown Status = iota
	StatusGood
	StatusBad
)

var statusNames = [...]string{"unknown", "good", "bad"}

// String returns the wire name of s.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// ParseStatus returns the Status named s and whether s named one.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if n == s {
			return Status(i), true
		}
	}
	return StatusUnknown, false
}

// MarshalText implements encoding.TextMarshaler so that a Status is written
// by name in JSON.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	v, ok := ParseStatus(string(b))
	if !ok {
		return &FieldError{Field: "status", Problem: "unknown status " + clip(string(b))}
	}
	*s = v
	return nil
}
