package logstore

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestExportFailureIsNotAFile checks that an export whose scan fails is
// never mistaken for a complete file: before its first attempt it is
// answered with an error status; after it, the transfer is broken (the
// chunked body ends without its last chunk), whatever the format and
// however far it got.
func TestExportFailureIsNotAFile(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	appendAll(t, s, genAttempts(rand.New(rand.NewPCG(3, 4)), 6000, start, 30*time.Hour), 2000)
	h := NewHandler(HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }, Now: func() time.Time { return now }, Exports: NewExportLimit(4, 4)})
	broken := errors.New("pebble: checksum mismatch (test)")
	for _, tc := range []struct {
		name   string
		after  int // attempts the scan gives before it fails; -1: it does not fail
		format string
	}{
		{"csv, before the first attempt", 0, "csv"},
		{"ndjson, before the first attempt", 0, "ndjson"},
		{"csv, after one attempt", 1, "csv"},
		{"ndjson, after 1,500 attempts (past a flush)", 1500, "ndjson"},
		{"csv, complete", -1, "csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.(*handler).each = func(ctx context.Context, domain string, f Filter, fn func(*Attempt) error) error {
				n := 0
				err := s.Each(ctx, domain, f, func(a *Attempt) error {
					if n == tc.after {
						return broken
					}
					n++
					return fn(a)
				})
				return err
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			resp, err := http.Get(srv.URL + "/api/v1/domains/" + testDomains[0] + "/logs?format=" + tc.format)
			if err != nil {
				// Aborted before the buffered status line went out:
				// the request fails outright, which is as clear.
				if tc.after > 0 && errors.Is(err, io.EOF) {
					return
				}
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, rerr := io.ReadAll(resp.Body)
			switch {
			case tc.after == 0:
				if resp.StatusCode < 500 || rerr != nil || !strings.Contains(string(body), `"error"`) {
					t.Fatalf("status %d, body %.80q, read %v; want an error status with a JSON error", resp.StatusCode, body, rerr)
				}
			case tc.after > 0:
				if resp.StatusCode != http.StatusOK || !errors.Is(rerr, io.ErrUnexpectedEOF) {
					t.Fatalf("status %d, %d bytes, read %v; want 200 and a broken transfer (unexpected EOF)", resp.StatusCode, len(body), rerr)
				}
			default:
				lines := strings.Count(string(body), "\n")
				if resp.StatusCode != http.StatusOK || rerr != nil || lines < 2 {
					t.Fatalf("status %d, %d bytes, read %v; want a complete export", resp.StatusCode, len(body), rerr)
				}
				// CSV: a header row, then one record per attempt (a
				// multi-line response is one quoted field).
				recs, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				if got, want := resp.Trailer.Get(ExportTrailer), strconv.Itoa(len(recs)-1); got != want {
					t.Fatalf("trailer %s: %q, want %q", ExportTrailer, got, want)
				}
			}
			if tc.after > 0 && resp.Trailer.Get(ExportTrailer) != "" {
				t.Fatal("a cut export carries the trailer of a complete one")
			}
		})
	}
}
