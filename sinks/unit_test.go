package sinks

import (
	"net/netip"
	"testing"
	"time"
)

// The test vector of the Standard Webhooks reference libraries.
func TestSignWebhookReferenceVector(t *testing.T) {
	t.Parallel()
	const (
		secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
		id     = "msg_p5jXN8AQM9LWM0D4loKWxJek"
		body   = `{"test": 2432232314}`
		want   = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
	)
	ts := time.Unix(1614265330, 0)
	got, err := SignWebhook(secret, id, ts, []byte(body))
	if err != nil || got != want {
		t.Fatalf("SignWebhook = %q, %v; want %q", got, err, want)
	}
	for _, tc := range []struct {
		name, sigs, body string
		now              time.Time
		ok               bool
	}{
		{"valid", want, body, ts, true},
		{"valid among several", "v1,bm9wZQ== " + want, body, ts, true},
		{"tampered body", want, `{"test": 1}`, ts, false},
		{"unknown version", "v2," + want[3:], body, ts, false},
		{"too old", want, body, ts.Add(10 * time.Minute), false},
	} {
		err := VerifyWebhook(secret, id, "1614265330", tc.sigs, []byte(tc.body), tc.now, 5*time.Minute)
		if (err == nil) != tc.ok {
			t.Errorf("%s: VerifyWebhook = %v", tc.name, err)
		}
	}
	if _, err := SignWebhook("not-a-secret", id, ts, nil); err == nil {
		t.Error("SignWebhook accepted a secret without whsec_")
	}
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	base, limit := 100*time.Millisecond, 2*time.Second
	for _, tc := range []struct {
		attempt    int
		retryAfter time.Duration
		lo, hi     time.Duration
	}{
		{1, 0, 50 * time.Millisecond, 100 * time.Millisecond},
		{2, 0, 100 * time.Millisecond, 200 * time.Millisecond},
		{4, 0, 400 * time.Millisecond, 800 * time.Millisecond},
		{10, 0, time.Second, 2 * time.Second},                   // capped
		{1, 3 * time.Second, 3 * time.Second, 3 * time.Second},  // Retry-After wins
		{1, 10 * time.Second, 5 * time.Second, 5 * time.Second}, // ... up to its cap
		{4, 10 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond},
	} {
		for range 50 {
			d := backoff(tc.attempt, base, limit, tc.retryAfter, 5*time.Second)
			if d < tc.lo || d > tc.hi {
				t.Fatalf("backoff(%d, retryAfter %s) = %s, want in [%s, %s]", tc.attempt, tc.retryAfter, d, tc.lo, tc.hi)
			}
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"3", 3 * time.Second}, {" 120 ", 2 * time.Minute}, {"-1", 0}, {"soon", 0},
		{"Sun, 01 Mar 2026 12:00:30 GMT", 30 * time.Second},
		{"Sun, 01 Mar 2026 11:00:00 GMT", 0},
	} {
		if got := parseRetryAfter(tc.in, now); got != tc.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestPublicAddr(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"93.184.216.34", true}, {"2606:2800:220:1::1", true},
		{"127.0.0.1", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"0.0.0.0", false}, {"::", false},
		{"100.64.0.1", false}, {"::ffff:127.0.0.1", false}, {"224.0.0.1", false},
	} {
		if got := publicAddr(netip.MustParseAddr(tc.addr)); got != tc.ok {
			t.Errorf("publicAddr(%s) = %v, want %v", tc.addr, got, tc.ok)
		}
	}
}

func TestPercent(t *testing.T) {
	t.Parallel()
	for in, want := range map[float64]string{0.88: "88%", 0.896: "89%", 0.9: "90%", 1: "100%", 0: "0%", 0.29: "29%"} {
		if got := percent(in); got != want {
			t.Errorf("percent(%v) = %s, want %s", in, got, want)
		}
	}
}
