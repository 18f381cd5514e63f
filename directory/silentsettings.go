package directory

import (
	"fmt"
	"strconv"
	"time"

	"github.com/mailflow/mailflow/durations"
)

// The settings of the silence detection (issue 15): a domain that normally
// receives mail — at least SilentBaseline attempts per hour, averaged over
// the 24 hours before its last attempt — and has had none for SilentAfter
// while the platform kept delivering gets a silent alert. They resolve
// like Window and Threshold (domain, customer, reseller, global defaults)
// and take effect from the domain's next attempt.

const (
	// DefaultSilentAfter is 2 hours: long enough that a domain with the
	// default baseline (5 an hour, so 10 expected) going without any
	// mail is not chance, short enough to catch a broken MX or a lost
	// route within a working morning.
	DefaultSilentAfter = 2 * time.Hour
	// MinSilentAfter and MaxSilentAfter bound the setting: shorter than
	// the platform's own quiet spells (the processor's quietGap, 30
	// minutes) it would judge every lull, longer than a week it says
	// nothing the domain's owner does not know.
	MinSilentAfter = 45 * time.Minute
	MaxSilentAfter = 7 * 24 * time.Hour
	// DefaultSilentBaseline is 5 attempts an hour (120 a day): below it
	// a domain's hours without mail are normal.
	DefaultSilentBaseline = 5
	// MaxSilentBaseline bounds the setting (the window's hourly counts
	// saturate at 65535).
	MaxSilentBaseline = 10000
)

// checkSilent validates the silence settings of one level.
func (s Settings) checkSilent() error {
	if v := s.SilentAfter; v != 0 && v != Off && (v < MinSilentAfter || v > MaxSilentAfter) {
		return fmt.Errorf("silent_after %s out of range %s..%s (or off)", v, formatDuration(MinSilentAfter), formatDuration(MaxSilentAfter))
	}
	if s.SilentBaseline < 0 || s.SilentBaseline > MaxSilentBaseline {
		return fmt.Errorf("silent_baseline %d out of range 1..%d attempts per hour", s.SilentBaseline, MaxSilentBaseline)
	}
	return nil
}

// resolveSilent sets r's silence settings from the levels, lowest last,
// over the global defaults g.
func (r *Resolved) resolveSilent(g Settings, levels []Settings) {
	after, base := g.SilentAfter, g.SilentBaseline
	for i := len(levels) - 1; i >= 0; i-- {
		after = override(after, levels[i].SilentAfter)
		if levels[i].SilentBaseline > 0 {
			base = levels[i].SilentBaseline
		}
	}
	r.SilentAfter, r.SilentBaseline = after, base
}

// SilenceLimit returns the silent_after period in force:
// DefaultSilentAfter when no level sets one, 0 when the detection is off.
func (r Resolved) SilenceLimit() time.Duration {
	switch {
	case r.SilentAfter == 0:
		return DefaultSilentAfter
	case r.SilentAfter < 0:
		return 0
	}
	return r.SilentAfter
}

// SilenceBaseline returns the baseline in force in attempts per hour:
// DefaultSilentBaseline when no level sets one.
func (r Resolved) SilenceBaseline() int {
	if r.SilentBaseline > 0 {
		return r.SilentBaseline
	}
	return DefaultSilentBaseline
}

// ParseSilentAfter reads a silent_after period as written in a file or
// sent by the console: a duration ("2h", "90m") or "off".
func ParseSilentAfter(s string) (time.Duration, error) {
	if s == "off" {
		return Off, nil
	}
	d, err := durations.Parse(s)
	if err != nil || d < MinSilentAfter || d > MaxSilentAfter {
		return 0, fmt.Errorf("%q: want a duration from %s to %s such as 2h or 1d12h, or off", s, formatDuration(MinSilentAfter), formatDuration(MaxSilentAfter))
	}
	return d, nil
}

// ParseSilentBaseline reads a silent_baseline: a whole number of attempts
// per hour, 1..MaxSilentBaseline.
func ParseSilentBaseline(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxSilentBaseline {
		return 0, fmt.Errorf("%q: want a whole number of attempts per hour in 1..%d", s, MaxSilentBaseline)
	}
	return n, nil
}

func (r *fileReader) silentAfter(dst *time.Duration) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull || !r.scalar(v, path) {
			return
		}
		d, err := ParseSilentAfter(v.str)
		if err != nil {
			r.p.add(path, v.line, err.Error())
			return
		}
		*dst = d
	}
}

func (r *fileReader) silentBaseline(dst *int) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull || !r.scalar(v, path) {
			return
		}
		n, err := ParseSilentBaseline(v.str)
		if err != nil {
			r.p.add(path, v.line, err.Error())
			return
		}
		*dst = n
	}
}
