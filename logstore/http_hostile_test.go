package logstore

import (
	"encoding/csv"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
)

// TestCSVCellsAreNotFormulas checks that text from outside (recipients,
// senders, responses) cannot run as a spreadsheet formula in an export.
func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://evil.example","x")@example.org`: `'=HYPERLINK("http://evil.example","x")@example.org`,
		"+cmd|' /C calc'!A0@shop.example":                   "'+cmd|' /C calc'!A0@shop.example",
		"-2+3":                                              "'-2+3",
		"@SUM(A1)":                                          "'@SUM(A1)",
		"\tx":                                               "'\tx",
		"\rx":                                               "'\rx",
		"550 5.1.1 no such user":                            "550 5.1.1 no such user",
		"":                                                  "",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
	e := Entry{Recipient: "=1+1@example.org", Sender: "@x", Response: "-1", Arrival: time.Unix(1, 0)}
	for _, cell := range csvRecord(&e) {
		if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
			t.Errorf("cell %q starts a formula", cell)
		}
	}
}

// TestHostileQueries checks a format the API does not have and a time
// range before 1970.
func TestHostileQueries(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	all := genAttempts(rand.New(rand.NewPCG(3, 4)), 200, start, 30*time.Hour)
	appendAll(t, s, all, 50)
	srv := httptest.NewServer(NewHandler(HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }, Now: func() time.Time { return now }}))
	defer srv.Close()
	d := all[0].Event.Domain
	base := srv.URL + "/api/v1/domains/" + d + "/logs"
	if code, _, body := get(t, base+"?format=xml", ""); code != http.StatusBadRequest {
		t.Errorf("format=xml: %d %s, want 400", code, body)
	}
	code, _, body := get(t, base+"?since=1900-01-01T00:00:00Z&limit=1000", "")
	var l Logs
	if code != 200 || json.Unmarshal(body, &l) != nil || len(l.Attempts) == 0 {
		t.Errorf("since 1900: %d, %d attempts (%s), want the domain's attempts", code, len(l.Attempts), body)
	}
	code, _, body = get(t, base+"?format=csv&since=1900-01-01T00:00:00Z", "")
	if rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll(); code != 200 || err != nil || len(rows) < 2 {
		t.Errorf("csv since 1900: %d, %v, %d rows", code, err, len(rows))
	}
	// Times Unix nanoseconds cannot hold were taken for no bound at all
	// (a since in 2263 listed every attempt): they are refused.
	for _, q := range []string{"since=2263-01-01T00:00:00Z", "since=9999-12-31T23:59:59Z", "until=0001-01-01T00:00:00Z", "until=1600-01-01T00:00:00Z", "since=99999999d"} {
		if code, _, body := get(t, base+"?"+q, ""); code != 400 || !strings.Contains(string(body), "since") && !strings.Contains(string(body), "until") {
			t.Errorf("%s: %d %s, want 400 naming the parameter", q, code, body)
		}
	}
	// since=0 is now: nothing to list, which read as an empty log.
	for _, q := range []string{"since=0", "since=0s", "since=0d", "since=0h0m"} {
		if code, _, body := get(t, base+"?"+q, ""); code != 400 || !strings.Contains(string(body), "leave since out") {
			t.Errorf("%s: %d %s, want 400 saying to leave since out", q, code, body)
		}
	}
	if code, _, _ := get(t, base+"?until=0", ""); code != 200 {
		t.Errorf("until=0 (now): %d, want 200", code)
	}
}
