package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestLogsUnknownDomainHint: `mailflow logs` of a domain with no attempts
// that the directory does not know says so, as status does (review
// finding: only "no attempts match"), against a real mailflow dev.
func TestLogsUnknownDomainHint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil)
	base := "http://" + dev.front
	for {
		if code, _ := devRequest(t, ctx, http.MethodGet, base+"/readyz", nil, ""); code == http.StatusOK {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("dev never became ready")
		case <-time.After(100 * time.Millisecond):
		}
	}
	r := runMailflow(t, nil, "", "logs", "no-such-domain.example", "--api", base)
	if r.code != 0 || !strings.Contains(r.stdout, "no attempts match") || !strings.Contains(r.stdout, "not in the directory either: check the spelling") {
		t.Fatalf("logs of an unknown domain: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// With a filter the hint stays: the domain itself is unknown.
	r = runMailflow(t, nil, "", "logs", "no-such-domain.example", "--api", base, "--outcome", "bounced")
	if r.code != 0 || !strings.Contains(r.stdout, "not in the directory either") {
		t.Errorf("logs of an unknown domain with a filter: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestArrivedAt(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.Local)
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 30, 9, 5, 1, 0, time.Local), "11-30 09:05:01"},
		{time.Date(2027, 6, 1, 0, 0, 0, 0, time.Local), "2027-06-01 00:00:00"},
		{time.Date(2025, 12, 31, 23, 59, 59, 0, time.Local), "2025-12-31 23:59:59"},
	} {
		if got := arrivedAt(tc.at, now); got != tc.want {
			t.Errorf("arrivedAt(%s) = %q, want %q", tc.at, got, tc.want)
		}
	}
}
