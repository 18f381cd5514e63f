package directory

import (
	"fmt"
	"strconv"
	"strings"
)

// Threshold is a success-rate threshold in parts per ten thousand: 9000 is
// 90%. Holding it as an integer keeps the failure budget exact: the budget of
// a window of N attempts is N − ⌈T·N⌉, and with T = 0.9 in a float that
// ceiling can land on the wrong integer.
type Threshold uint16

// ThresholdScale is the Threshold of a 100% success rate.
const ThresholdScale = 10000

// DefaultThreshold and DefaultWindow are the global defaults of DESIGN.md:
// Good while at least 90% of the last 25 attempts were delivered.
const (
	DefaultThreshold Threshold = 9000
	DefaultWindow              = 25
	// MaxWindow bounds a configured window: the window is kept per domain in
	// memory and in every changelog record, so it must stay small.
	MaxWindow = 1000
)

// ParseThreshold reads a decimal fraction such as "0.9" or "0.875" (at most
// four decimals, in (0, 1]) without going through a float.
func ParseThreshold(s string) (Threshold, error) {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if whole != "0" && whole != "1" {
		return 0, fmt.Errorf("threshold %q: want a fraction in (0, 1], such as 0.9", s)
	}
	if len(frac) > 4 {
		return 0, fmt.Errorf("threshold %q: at most four decimals", s)
	}
	v := 0
	if whole == "1" {
		v = ThresholdScale
	}
	if frac != "" {
		n, err := strconv.Atoi(frac)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("threshold %q: want a fraction in (0, 1], such as 0.9", s)
		}
		for i := len(frac); i < 4; i++ {
			n *= 10
		}
		v += n
	}
	if v <= 0 || v > ThresholdScale {
		return 0, fmt.Errorf("threshold %q: want a fraction in (0, 1], such as 0.9", s)
	}
	return Threshold(v), nil
}

// Float returns t as a fraction, for display and JSON.
func (t Threshold) Float() float64 { return float64(t) / ThresholdScale }

// String formats t as a decimal fraction ("0.9").
func (t Threshold) String() string {
	return strconv.FormatFloat(t.Float(), 'f', -1, 64)
}

// Budget returns how many failures a window of n attempts tolerates before
// the domain is Bad: n − ⌈t·n/10000⌉, in integers.
func (t Threshold) Budget(n int) int {
	need := (int(t)*n + ThresholdScale - 1) / ThresholdScale
	return n - need
}

// MarshalJSON writes t as a JSON number.
func (t Threshold) MarshalJSON() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalJSON reads t from a JSON number or string without a float
// round-trip.
func (t *Threshold) UnmarshalJSON(b []byte) error {
	v, err := ParseThreshold(strings.Trim(string(b), `"`))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// UnmarshalText implements encoding.TextUnmarshaler (YAML, flags).
func (t *Threshold) UnmarshalText(b []byte) error { return t.UnmarshalJSON(b) }

// MarshalText implements encoding.TextMarshaler.
func (t Threshold) MarshalText() ([]byte, error) { return []byte(t.String()), nil }
