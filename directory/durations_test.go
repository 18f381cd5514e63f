package directory

import (
	"strings"
	"testing"
	"time"
)

// TestDayUnits: every duration a directory file or the console takes is
// read with day units too ("1d", "1d12h", as Prometheus and Alertmanager
// write them), within the same bounds; malformed ones are refused with
// the forms accepted.
func TestDayUnits(t *testing.T) {
	const day = 24 * time.Hour
	for _, tc := range []struct {
		name  string
		parse func(string) (time.Duration, error)
		in    string
		want  time.Duration // 0: an error
	}{
		{"delay_threshold 1d", ParseDelayThreshold, "1d", day},
		{"delay_threshold 7d", ParseDelayThreshold, "7d", 7 * day},
		{"delay_threshold 8d is over", ParseDelayThreshold, "8d", 0},
		{"silent_after 1d12h", ParseSilentAfter, "1d12h", 36 * time.Hour},
		{"silent_after 1w", ParseSilentAfter, "1w", 7 * day},
		{"silent_after 12h1d", ParseSilentAfter, "12h1d", 0},
		{"repeat_interval 1d", ParseNotifyInterval, "1d", day},
		{"repeat_interval 90m still", ParseNotifyInterval, "90m", 90 * time.Minute},
		{"repeat_interval 1.5d", ParseNotifyInterval, "1.5d", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.parse(tc.in)
			if tc.want == 0 {
				if err == nil || !strings.Contains(err.Error(), "1d") {
					t.Fatalf("%q: %v, %v; want an error naming the day form", tc.in, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("%q: %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
	f, err := ParseFile([]byte("defaults: {repeat_interval: 1d, silent_after: 1d12h}\nresellers: [{id: r}]\nmanagers: [{id: m, level: reseller, of: r, email: m@r.example}]\nsubscriptions: [{id: s, manager: m, min_interval: 1d}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := f.Directory(); d.Subscriptions["s"].MinInterval != day {
		t.Errorf("min_interval: 1d read as %v", d.Subscriptions["s"].MinInterval)
	}
}
