package durations

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	const day = 24 * time.Hour
	for _, tc := range []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"30m", 30 * time.Minute, false},
		{"2h", 2 * time.Hour, false},
		{"1h30m", 90 * time.Minute, false},
		{"1.5h", 90 * time.Minute, false},
		{"2160h0m1s", 90*day + time.Second, false},
		{"7d", 7 * day, false},
		{"1d12h", 36 * time.Hour, false},
		{"1d12h30m", 36*time.Hour + 30*time.Minute, false},
		{"2w", 14 * day, false},
		{"1w2d", 9 * day, false},
		{"90d", 90 * day, false},
		{"0d", 0, false},
		{"", 0, true},
		{"d", 0, true},
		{"7", 0, true},
		{"7 d", 0, true},
		{"7D", 0, true},
		{"1.5d", 0, true},
		{"-1d", 0, true},
		{"12h1d", 0, true}, // units largest first, as Prometheus writes them
		{"1d1d", 0, true},
		{"soon", 0, true},
		{"99999999999999999999d", 0, true},
		{"300y", 0, true}, // more than time.Duration holds
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Parse(tc.in)
			if tc.wantErr {
				if err == nil || !strings.Contains(err.Error(), "is not a duration") {
					t.Fatalf("Parse(%q) = %v, %v; want an error", tc.in, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("Parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
}

// FuzzParse: Parse never panics, and what it accepts is not negative
// and reads the same again.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"7d", "1d12h", "1.5h", "-1h", "2w3d4h5m6s7ms", "300y", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if again, err := Parse(s); err != nil || again != d {
			t.Fatalf("Parse(%q) gave %v then %v, %v", s, d, again, err)
		}
		if d < 0 && !strings.HasPrefix(s, "-") {
			t.Fatalf("Parse(%q) = %v, negative without a sign", s, d)
		}
	})
}

func TestSeconds(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{1789 * time.Millisecond, "1.789"},
		{1934 * time.Millisecond, "1.934"},
		{1243 * time.Millisecond, "1.243"},
		{1243*time.Millisecond + 499*time.Microsecond, "1.243"},
		{1243*time.Millisecond + 500*time.Microsecond, "1.244"},
		{0, "0"},
		{-1500 * time.Millisecond, "-1.5"},
		{36*time.Hour + 7*time.Millisecond, "129600.007"},
	} {
		if got := strconv.FormatFloat(Seconds(tc.d), 'f', -1, 64); got != tc.want {
			t.Errorf("Seconds(%v) = %s, want %s", tc.d, got, tc.want)
		}
	}
}
