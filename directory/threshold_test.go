package directory

import "testing"

func TestParseThreshold(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Threshold
		wantErr bool
	}{
		{"0.9", 9000, false}, {"0.90", 9000, false}, {"1", 10000, false}, {"1.0", 10000, false},
		{"0.875", 8750, false}, {"0.0001", 1, false},
		{"0", 0, true}, {"1.01", 0, true}, {"0.12345", 0, true}, {"90", 0, true}, {"-0.5", 0, true}, {"", 0, true}, {"0.x", 0, true},
	} {
		got, err := ParseThreshold(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("ParseThreshold(%q) = %v, %v; want %v, err=%v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestBudget(t *testing.T) {
	for _, tc := range []struct {
		t    Threshold
		n    int
		want int
	}{
		{9000, 25, 2},   // ⌈22.5⌉ = 23 delivered needed: two failures allowed
		{9000, 10, 1},   // exactly 9: float 0.9*10 = 9.000000000000002 would ceil to 10
		{9000, 20, 2},   // exactly 18
		{9000, 30, 3},   // 0.9*30 = 27.000000000000004 in floats
		{10000, 25, 0},  // any failure is Bad
		{8000, 7, 1},    // ⌈5.6⌉ = 6
		{9500, 1, 0},    // a single attempt must be delivered
		{1, 25, 24},     // ⌈0.0025⌉ = 1
		{9000, 100, 10}, // exactly 90
	} {
		if got := tc.t.Budget(tc.n); got != tc.want {
			t.Errorf("Threshold(%v).Budget(%d) = %d, want %d", tc.t, tc.n, got, tc.want)
		}
	}
}
