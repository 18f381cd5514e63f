// Package durations reads the durations people type: Go's own form
// ("90m", "1h30m", "1.5h") and the day and week units Go lacks ("7d",
// "1d12h", "2w"), as Prometheus and Alertmanager read them (amtool silence
// add --duration 7d).
package durations

import (
	"fmt"
	"time"

	"github.com/prometheus/common/model"
)

// Parse returns the duration s says. It takes time.ParseDuration's form
// and, failing that, Prometheus's (model.ParseDuration: whole numbers of
// y, w, d, h, m, s and ms in that order, a day being 24 hours, a week 7
// days and a year 365 days). The error quotes s and shows the forms
// accepted.
func Parse(s string) (time.Duration, error) {
	if d, err := time.ParseDuration(s); err == nil {
		return d, nil
	}
	d, err := model.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration: write it as 30m, 2h, 1h30m, 7d or 1d12h", clip(s))
	}
	return time.Duration(d), nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Seconds returns d in seconds, rounded to the millisecond: what the API
// and the exports print for a delay. time.Duration.Seconds adds the
// fraction to the whole seconds in binary floating point, so 1.789 s comes
// out as 1.7890000000000001; the millisecond is finer than any delay an
// MTA reports (Postfix's delays= has hundredths).
func Seconds(d time.Duration) float64 {
	return float64(d.Round(time.Millisecond).Milliseconds()) / 1000
}
