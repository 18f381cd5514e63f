package logstore

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestExportLimitAcquire: the bounds in all and per caller, and a slot
// given back (once, however often release is called).
func TestExportLimitAcquire(t *testing.T) {
	l := NewExportLimit(3, 2)
	take := func(caller string, want bool) func() {
		t.Helper()
		rel, ok := l.Acquire(caller)
		if ok != want {
			t.Fatalf("Acquire(%q) = %v, want %v", caller, ok, want)
		}
		return rel
	}
	a1 := take("a", true)
	take("a", true)
	take("a", false) // a's two
	b1 := take("b", true)
	take("c", false) // three in all
	a1()
	a1() // once only
	take("c", true)
	take("c", false)
	b1()
	take("b", true)
	if total, per := l.Bounds(); total != 3 || per != 2 {
		t.Fatalf("Bounds() = %d, %d", total, per)
	}
	if z := NewExportLimit(0, -1); func() bool { t, p := z.Bounds(); return t != 1 || p != 1 }() {
		t.Fatal("bounds below 1 are not taken as 1")
	}
}

// TestExportsBounded: an export beyond the caller's bound, or the
// instance's, is answered 429 with Retry-After and a reason, whatever its
// format; a page of JSON is not an export and is not bounded; and a slot
// given back lets the next export run (review finding: 300 slow exports
// at once held 320 MB and 1,017 file descriptors).
func TestExportsBounded(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	all := genAttempts(rand.New(rand.NewPCG(5, 6)), 100, start, 30*time.Hour)
	appendAll(t, s, all, 50)
	limit := NewExportLimit(2, 1)
	srv := httptest.NewServer(NewHandler(HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }, Now: func() time.Time { return now },
		Exports: limit, Caller: func(r *http.Request) string { return r.Header.Get("X-Test-Caller") }}))
	defer srv.Close()
	base := srv.URL + "/api/v1/domains/" + all[0].Event.Domain + "/logs"
	relA, _ := limit.Acquire("a") // a's export under way
	for _, tc := range []struct {
		caller, query, accept string
		want                  int
	}{
		{"a", "?format=csv", "", http.StatusTooManyRequests},
		{"a", "?format=ndjson", "", http.StatusTooManyRequests},
		{"a", "", "text/csv", http.StatusTooManyRequests},
		{"a", "", "", http.StatusOK}, // a page
		{"b", "?format=csv", "", http.StatusOK},
	} {
		req, _ := http.NewRequest(http.MethodGet, base+tc.query, nil)
		req.Header.Set("X-Test-Caller", tc.caller)
		if tc.accept != "" {
			req.Header.Set("Accept", tc.accept)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Fatalf("caller %s%s (Accept %q): %d, want %d", tc.caller, tc.query, tc.accept, resp.StatusCode, tc.want)
		}
		if tc.want == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			t.Fatalf("caller %s%s: 429 without Retry-After", tc.caller, tc.query)
		}
	}
	// b's export above gives its slot back when its handler returns,
	// which may be after the client closed the body.
	var relB func()
	for deadline := time.Now().Add(5 * time.Second); relB == nil; time.Sleep(5 * time.Millisecond) {
		if rel, ok := limit.Acquire("b"); ok {
			relB = rel
		} else if time.Now().After(deadline) {
			t.Fatal("b's finished export never gave its slot back")
		}
	}
	req, _ := http.NewRequest(http.MethodGet, base+"?format=csv", nil)
	req.Header.Set("X-Test-Caller", "c")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("a third caller while two exports run (the instance's bound): %v %v, want 429", resp.StatusCode, err)
	}
	relA()
	relB()
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("after the slots were given back: %v %v, want 200", resp.StatusCode, err)
	}
}

// TestExportStalledReaderCut: a reader that stops reading is cut once it
// has taken nothing for the stall time, and its slot is given back; a
// reader that reads slowly but steadily gets everything.
func TestExportStalledReaderCut(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	// Enough to fill the kernel's socket buffers on both sides, so that
	// the server's writes block.
	all := genAttempts(rand.New(rand.NewPCG(7, 8)), 60000, start, 30*time.Hour)
	appendAll(t, s, all, 5000)
	limit := NewExportLimit(4, 4)
	ended := make(chan struct{}, 4)
	h := NewHandler(HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }, Now: func() time.Time { return now }, Exports: limit})
	h.(*handler).stall = 300 * time.Millisecond
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		ended <- struct{}{}
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	c, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET /api/v1/domains/%s/logs?format=ndjson HTTP/1.1\r\nHost: %s\r\n\r\n", testDomains[0], u.Host)
	br := bufio.NewReader(c)
	if line, err := br.ReadString('\n'); err != nil || line[:12] != "HTTP/1.1 200" {
		t.Fatalf("status line %q, %v", line, err)
	}
	// Now it reads nothing more.
	select {
	case <-ended:
	case <-time.After(20 * time.Second):
		t.Fatal("an export whose reader stopped reading was not cut")
	}
	if rel, ok := limit.Acquire(callerOf(&http.Request{RemoteAddr: c.LocalAddr().String()})); !ok {
		t.Fatal("the cut export's slot was not given back")
	} else {
		rel()
	}

	// A reader that pauses under the stall time each time, for longer
	// than it in all, gets every attempt: the deadline moves with it.
	want := 0
	for i := range all {
		if all[i].Event.Domain == testDomains[0] {
			want++
		}
	}
	resp, err := http.Get(srv.URL + "/api/v1/domains/" + testDomains[0] + "/logs?format=ndjson")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	began, lines, buf := time.Now(), 0, make([]byte, 1<<20)
	for {
		time.Sleep(100 * time.Millisecond)
		n, err := io.ReadFull(resp.Body, buf)
		lines += bytes.Count(buf[:n], []byte("\n"))
		if err != nil {
			break
		}
	}
	<-ended
	if took := time.Since(began); lines != want || took < 300*time.Millisecond {
		t.Fatalf("a slow steady reader got %d of %d attempts in %v (want all, in more than the stall time)", lines, want, took)
	}
}

// TestExportSlowScanIsNotTheReaders: time the scan spends finding nothing
// (a rare text over a big domain) does not count against a reader that
// reads: an export whose scan finds nothing more for longer than the
// stall time before it ends is whole, with its trailer, and one whose
// scan then fails is answered with the error (review finding F5: the
// end was flushed under the deadline of the last write, the export broke
// and the rows still buffered were lost).
func TestExportSlowScanIsNotTheReaders(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	appendAll(t, s, genAttempts(rand.New(rand.NewPCG(3, 4)), 600, start, 30*time.Hour), 200)
	h := NewHandler(HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }, Now: func() time.Time { return now }, Exports: NewExportLimit(4, 4)})
	const stall = 200 * time.Millisecond
	h.(*handler).stall = stall
	broken := errors.New("pebble: checksum mismatch (test)")
	for _, tc := range []struct {
		name    string
		matches int   // attempts the scan gives before it goes quiet
		err     error // what the scan then ends with
	}{
		{"nothing found", 0, nil},
		{"three attempts, then nothing", 3, nil},
		{"nothing found, then a failure", 0, broken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.(*handler).each = func(ctx context.Context, domain string, f Filter, fn func(*Attempt) error) error {
				n := 0
				err := s.Each(ctx, domain, f, func(a *Attempt) error {
					if n == tc.matches {
						return errStop
					}
					n++
					return fn(a)
				})
				if err != nil && !errors.Is(err, errStop) {
					return err
				}
				time.Sleep(3 * stall) // the rest of the scan finds nothing
				return tc.err
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			resp, err := http.Get(srv.URL + "/api/v1/domains/" + testDomains[0] + "/logs?format=csv")
			if err != nil {
				t.Fatalf("the export failed: %v", err)
			}
			body, rerr := io.ReadAll(resp.Body)
			resp.Body.Close()
			if tc.err != nil {
				if resp.StatusCode != http.StatusInternalServerError || rerr != nil || !strings.Contains(string(body), `"error"`) {
					t.Fatalf("status %d, body %.80q, read %v; want 500 with a JSON error", resp.StatusCode, body, rerr)
				}
				return
			}
			rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
			if rerr != nil || err != nil || resp.StatusCode != http.StatusOK || len(rows) != tc.matches+1 ||
				resp.Trailer.Get(ExportTrailer) != strconv.Itoa(tc.matches) {
				t.Fatalf("status %d, %d rows, read %v, csv %v, trailer %q; want %d attempts, whole", resp.StatusCode, len(rows), rerr, err,
					resp.Trailer.Get(ExportTrailer), tc.matches)
			}
		})
	}
}
