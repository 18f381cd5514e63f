package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // America/New_York on machines without a zone database

	"github.com/mailflow/mailflow/logstore"
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

// TestArrivedAt: the table's arrivals, in a zone with daylight saving
// time: month and day, the year when it is not this year's, and the zone
// when it is not the one the header names (review: the table printed
// local times with no zone, the API UTC).
func TestArrivedAt(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, ny) // EST
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 30, 9, 5, 1, 0, ny), "11-30 09:05:01"},
		{time.Date(2027, 6, 1, 0, 0, 0, 0, ny), "2027-06-01 00:00:00 EDT"},
		{time.Date(2027, 1, 1, 0, 0, 0, 0, ny), "2027-01-01 00:00:00"},
		{time.Date(2025, 12, 31, 23, 59, 59, 0, ny), "2025-12-31 23:59:59"},
		{time.Date(2026, 10, 31, 23, 0, 0, 0, ny), "10-31 23:00:00 EDT"},
	} {
		if got := arrivedAt(tc.at, now); got != tc.want {
			t.Errorf("arrivedAt(%s) = %q, want %q", tc.at, got, tc.want)
		}
	}
}

// TestPrintLogsEmptyPageWithCursor: a text search reads a bounded number
// of attempts per page, so an empty page that carries a cursor says
// nothing matched among those searched, and prints the cursor (review:
// `mailflow logs -q` said "no attempts match" and dropped the cursor while
// an older attempt matched).
func TestPrintLogsEmptyPageWithCursor(t *testing.T) {
	var b strings.Builder
	printLogs(&b, &logstore.Logs{Domain: "woodgrove.example", NextCursor: "ARjtg", Scanned: 20000})
	out := b.String()
	for _, want := range []string{"no match among the 20000 most recent attempts searched", "--cursor ARjtg"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "no attempts match") {
		t.Errorf("an empty page with a cursor reads as no match at all:\n%s", out)
	}
	b.Reset()
	printLogs(&b, &logstore.Logs{Domain: "woodgrove.example", Scanned: 12})
	if !strings.Contains(b.String(), "no attempts match") {
		t.Errorf("an empty last page:\n%s", b.String())
	}
}
