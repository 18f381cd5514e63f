package processor

import (
	"testing"
	"time"
)

// TestPollSize: a transaction slower than a quarter of the timeout
// shrinks the next poll toward what fits (at most halving, never below
// minPoll), quick full transactions grow it back to the maximum, and a
// short poll (the topic's end) changes nothing.
func TestPollSize(t *testing.T) {
	t.Parallel()
	const timeout = 10 * time.Second
	for _, tc := range []struct {
		name  string
		max   int
		steps []struct {
			n int
			d time.Duration
		}
		want int
	}{
		{"fast full polls stay at the max", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 100 * time.Millisecond}, {100000, 200 * time.Millisecond}}, 100000},
		{"a slow transaction halves at most", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 60 * time.Second}}, 50000},
		{"slow again and again reaches what fits", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 20 * time.Second}, {50000, 10 * time.Second}, {25000, 5 * time.Second}, {12500, 2500 * time.Millisecond}}, 12500},
		{"a little slow shrinks to the rate", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 4 * time.Second}}, 62500},
		{"never below minPoll", 100000, []struct {
			n int
			d time.Duration
		}{{100000, time.Hour}, {50000, time.Hour}, {25000, time.Hour}, {12500, time.Hour}, {6250, time.Hour}, {3125, time.Hour}, {1562, time.Hour}, {781, time.Hour}, {500, time.Hour}}, minPoll},
		{"grows back by doubling", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 20 * time.Second}, {50000, 100 * time.Millisecond}, {100000, 100 * time.Millisecond}}, 100000},
		{"a short poll is not a reason to grow", 100000, []struct {
			n int
			d time.Duration
		}{{100000, 20 * time.Second}, {10, time.Millisecond}}, 50000},
		{"a max below minPoll is kept", 100, []struct {
			n int
			d time.Duration
		}{{100, time.Minute}}, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newPollSize(tc.max, timeout)
			for _, st := range tc.steps {
				s.took(st.n, st.d)
			}
			if s.next() != tc.want {
				t.Errorf("next poll %d, want %d", s.next(), tc.want)
			}
		})
	}
}
