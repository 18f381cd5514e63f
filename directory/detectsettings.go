package directory

import (
	"fmt"
	"strconv"
	"time"

	"github.com/mailflow/mailflow/durations"
)

// The settings of the processor's per-domain detections (issue 15):
// reason-aware health and delayed mail. They resolve like Window and
// Threshold — domain, then customer, then reseller, then the global
// defaults — and take effect on a domain's next attempt.

// Switch is an on/off setting that a level may leave unset, so that the
// level above decides: the zero value is unset. In JSON and in a
// directory file it is written true or false.
type Switch int8

// The values of a Switch.
const (
	SwitchUnset Switch = 0
	SwitchOn    Switch = 1
	SwitchOff   Switch = -1
)

// SwitchOf returns SwitchOn for true and SwitchOff for false.
func SwitchOf(on bool) Switch {
	if on {
		return SwitchOn
	}
	return SwitchOff
}

// MarshalJSON writes true or false (an unset Switch is omitted by
// omitempty; alone it is written false).
func (s Switch) MarshalJSON() ([]byte, error) { return strconv.AppendBool(nil, s == SwitchOn), nil }

// UnmarshalJSON reads true or false; null leaves the switch unset.
func (s *Switch) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*s = SwitchOn
	case "false":
		*s = SwitchOff
	case "null":
		*s = SwitchUnset
	default:
		return fmt.Errorf("%.20q: want true or false", b)
	}
	return nil
}

const (
	// DefaultDelayThreshold is 30 minutes: a domain whose current delay
	// (the median over its window of delivered attempts' delay and
	// deferred attempts' age, see state.Window.CurrentDelayMillis) is
	// above it is Delayed. Most providers deliver within seconds, and
	// greylisting's usual retry (5 to 15 minutes) stays well below.
	DefaultDelayThreshold = 30 * time.Minute
	// MinDelayThreshold and MaxDelayThreshold bound the setting; the
	// window keeps delays in milliseconds of 32 bits (49 days).
	MinDelayThreshold = time.Minute
	MaxDelayThreshold = 7 * 24 * time.Hour
)

// checkDetect validates the detection settings of one level.
func (s Settings) checkDetect() error {
	if s.ExcludeRecipientFailures < SwitchOff || s.ExcludeRecipientFailures > SwitchOn {
		return fmt.Errorf("exclude_recipient_failures %d is not true or false", s.ExcludeRecipientFailures)
	}
	if v := s.DelayThreshold; v != 0 && v != Off && (v < MinDelayThreshold || v > MaxDelayThreshold) {
		return fmt.Errorf("delay_threshold %s out of range %s..%s (or off)", v, MinDelayThreshold, formatDuration(MaxDelayThreshold))
	}
	return s.checkSilent()
}

// resolveDetect sets r's detection settings from the levels, lowest last
// (the order Resolve walks them), over the global defaults g.
func (r *Resolved) resolveDetect(g Settings, levels []Settings) {
	exclude, delay := g.ExcludeRecipientFailures, g.DelayThreshold
	for i := len(levels) - 1; i >= 0; i-- {
		if levels[i].ExcludeRecipientFailures != SwitchUnset {
			exclude = levels[i].ExcludeRecipientFailures
		}
		delay = override(delay, levels[i].DelayThreshold)
	}
	r.ExcludeRecipientFailures = exclude == SwitchOn
	r.DelayThreshold = delay
	r.resolveSilent(g, levels)
}

// DelayLimit returns the delay threshold in force: DefaultDelayThreshold
// when no level sets one, 0 when the detection is off.
func (r Resolved) DelayLimit() time.Duration {
	switch {
	case r.DelayThreshold == 0:
		return DefaultDelayThreshold
	case r.DelayThreshold < 0:
		return 0
	}
	return r.DelayThreshold
}

// ParseDelayThreshold reads a delay threshold as written in a file or sent
// by the console: a duration ("30m", "2h") or "off".
func ParseDelayThreshold(s string) (time.Duration, error) {
	if s == "off" {
		return Off, nil
	}
	d, err := durations.Parse(s)
	if err != nil || d < MinDelayThreshold || d > MaxDelayThreshold {
		return 0, fmt.Errorf("%q: want a duration from %s to %s such as 30m, 2h or 1d, or off", s, MinDelayThreshold, formatDuration(MaxDelayThreshold))
	}
	return d, nil
}

// formatSwitch prints a Switch for a directory file: nil when unset.
func formatSwitch(s Switch) *bool {
	if s == SwitchUnset {
		return nil
	}
	on := s == SwitchOn
	return &on
}

func (r *fileReader) delayThreshold(dst *time.Duration) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull || !r.scalar(v, path) {
			return
		}
		d, err := ParseDelayThreshold(v.str)
		if err != nil {
			r.p.add(path, v.line, err.Error())
			return
		}
		*dst = d
	}
}

func (r *fileReader) switchField(dst *Switch) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull {
			return
		}
		var on bool
		r.boolean(&on)(v, path)
		if v.str == "true" || v.str == "false" {
			*dst = SwitchOf(on)
		}
	}
}
