package directory

import (
	"fmt"
	"time"

	"github.com/mailflow/mailflow/durations"
)

// Off, as a RepeatInterval or FlapInterval, turns the setting off at a
// level below one that turns it on (a zero value inherits instead). In a
// directory file it is written "off".
const Off time.Duration = -1

// The notification settings' defaults and bounds (issue 15). The defaults
// are the sinks' (sinks.Config), used where no level sets a value.
const (
	// DefaultRepeatInterval is off: a reminder of a domain that stays Bad
	// is opt-in, because every reminder to a ticketing system's address is
	// a new ticket or a reopened one, and the Alertmanager channel already
	// keeps firing alerts alive on its own. Four hours is the suggested
	// value where it is wanted (a working shift sees it once or twice).
	DefaultRepeatInterval time.Duration = 0
	// DefaultFlapInterval is 30 minutes: a domain that turns Bad again
	// within 30 minutes of its last Bad notification is notified once when
	// the 30 minutes are up, with the count of flaps, instead of at every
	// flap. The first Bad and its recovery are never delayed by it.
	DefaultFlapInterval time.Duration = 30 * time.Minute
	// MinNotifyInterval and MaxNotifyInterval bound both settings.
	MinNotifyInterval = time.Minute
	MaxNotifyInterval = 7 * 24 * time.Hour
)

// checkNotify validates the notification settings of one level.
func (s Settings) checkNotify() error {
	for _, f := range []struct {
		name string
		v    time.Duration
	}{{"repeat_interval", s.RepeatInterval}, {"flap_interval", s.FlapInterval}} {
		if f.v != 0 && f.v != Off && (f.v < MinNotifyInterval || f.v > MaxNotifyInterval) {
			return fmt.Errorf("%s %s out of range %s..%s (or off)", f.name, f.v, MinNotifyInterval, formatDuration(MaxNotifyInterval))
		}
	}
	return nil
}

// override returns the setting of a lower level when it sets one, else the
// inherited value.
func override(inherited, level time.Duration) time.Duration {
	if level != 0 {
		return level
	}
	return inherited
}

// ParseNotifyInterval reads a repeat or flap interval as written in a file
// or sent by the console: a duration ("4h", "30m") or "off".
func ParseNotifyInterval(s string) (time.Duration, error) {
	if s == "off" {
		return Off, nil
	}
	d, err := durations.Parse(s)
	if err != nil || d < MinNotifyInterval || d > MaxNotifyInterval {
		return 0, fmt.Errorf("%q: want a duration from %s to %s such as 4h or 1d, or off", s, MinNotifyInterval, formatDuration(MaxNotifyInterval))
	}
	return d, nil
}

func formatNotifyInterval(d time.Duration) string {
	switch {
	case d == Off:
		return "off"
	case d > 0:
		return formatDuration(d)
	}
	return ""
}

func (r *fileReader) notifyInterval(dst *time.Duration) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull || !r.scalar(v, path) {
			return
		}
		d, err := ParseNotifyInterval(v.str)
		if err != nil {
			r.p.add(path, v.line, err.Error())
			return
		}
		*dst = d
	}
}

func (r *fileReader) boolean(dst *bool) func(*ynode, string) {
	return func(v *ynode, path string) {
		if !r.scalar(v, path) {
			return
		}
		switch v.str {
		case "true":
			*dst = true
		case "false":
			*dst = false
		default:
			r.p.add(path, v.line, fmt.Sprintf("%q: want true or false", v.str))
		}
	}
}
