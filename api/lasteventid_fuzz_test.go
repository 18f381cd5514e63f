package api_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// firstViewRecorder records a live-log stream up to its first view: the
// stream flushes its header, then the view (or a keep-alive when it is
// empty); at that second flush the request is cancelled.
type firstViewRecorder struct {
	h       http.Header
	code    int
	buf     bytes.Buffer
	flushes int
	cut     int
	cancel  context.CancelFunc
}

func (w *firstViewRecorder) Header() http.Header         { return w.h }
func (w *firstViewRecorder) WriteHeader(code int)        { w.code = code }
func (w *firstViewRecorder) Write(b []byte) (int, error) { return w.buf.Write(b) }
func (w *firstViewRecorder) Flush() {
	w.flushes++
	if w.flushes == 2 {
		w.cut = w.buf.Len()
		w.cancel()
	}
}

// streamEvent is an attempt event of a stream: its id and the attempt's
// seq.
type streamEvent struct {
	id  string
	seq uint64
}

// firstView opens the live-log stream of domain with lastEventID and
// returns the attempt events of its first view.
func firstView(t testing.TB, h http.Handler, domain, lastEventID string) []streamEvent {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req := httptest.NewRequest(http.MethodGet, "/api/v1/domains/"+domain+"/live/stream", nil).WithContext(ctx)
	req.Host = "localhost" // the open API answers only a name it knows
	if lastEventID != "" {
		req.Header.Set("Last-Event-ID", lastEventID)
	}
	w := &firstViewRecorder{h: http.Header{}, cancel: cancel}
	h.ServeHTTP(w, req)
	if w.code != http.StatusOK || w.flushes < 2 {
		t.Fatalf("stream with Last-Event-ID %q: %d after %d flushes: %s", lastEventID, w.code, w.flushes, w.buf.String())
	}
	var out []streamEvent
	var ev streamEvent
	var name, data string
	sc := bufio.NewScanner(bytes.NewReader(w.buf.Bytes()[:w.cut]))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if name == "attempt" {
				var a api.Attempt
				if err := json.Unmarshal([]byte(data), &a); err != nil {
					t.Fatalf("attempt %q: %v", data, err)
				}
				ev.seq = a.Seq
				out = append(out, ev)
			} else if name != "" {
				t.Fatalf("stream with Last-Event-ID %q: event %q %s in the first view", lastEventID, name, data)
			}
			ev, name, data = streamEvent{}, "", ""
		case strings.HasPrefix(line, "id: "):
			ev.id = line[len("id: "):]
		case strings.HasPrefix(line, "event: "):
			name = line[len("event: "):]
		case strings.HasPrefix(line, "data: "):
			data = line[len("data: "):]
		}
	}
	return out
}

// FuzzLastEventID: the Last-Event-ID header of a reconnecting live-log
// stream, whatever it holds. A decimal N resumes after N: the first view
// is exactly the attempts with a seq above N, oldest first, none skipped
// or repeated; a decimal too large for 64 bits is after every attempt;
// anything else is no id (the whole view). Every event id of the view is
// the decimal of the highest seq sent so far, which parses back, and
// reconnecting with the last id sent shows nothing again (the id round
// trips).
func FuzzLastEventID(f *testing.F) {
	const domain = "live.example"
	b := newMemBackend(f, 1)
	b.setDirectory(f, directory.Customer{ID: "c"}, directory.Domain{Name: domain, Customer: "c"})
	logs, err := logstore.Open(f.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { logs.Close() })
	now := time.Now().Truncate(time.Millisecond)
	var attempts []logstore.Attempt
	for i := range 8 {
		at := now.Add(-time.Duration(8-i) * time.Second)
		if i == 4 {
			at = attempts[3].Arrival // two attempts in one millisecond: ranks 0 and 1
		}
		attempts = append(attempts, logstore.Attempt{
			Event: schemas.DeliveryEvent{ID: fmt.Sprintf("ev-%d", i), Domain: domain, Recipient: "bob@" + domain, Sender: "a@b",
				Attempt: 1, CompletedAt: at, SMTPCode: 250, Response: "250 ok", Outcome: schemas.OutcomeDelivered},
			Category: schemas.CategoryDelivered, Arrival: at, Pos: logstore.Pos{Offset: int64(i)},
		})
	}
	if _, err := logs.Append(context.Background(), attempts); err != nil {
		f.Fatal(err)
	}
	h := api.Handler(api.Config{Backend: b, Logs: logs, Limits: api.Limits{Rate: -1}, StreamInterval: time.Millisecond,
		KeepAlive: time.Nanosecond, Log: testLogger()})
	all := firstView(f, h, domain, "")
	if len(all) != len(attempts) {
		f.Fatalf("a fresh stream shows %d attempts, want %d", len(all), len(attempts))
	}
	for _, s := range []string{"", "0", "1", "-1", "+1", "abc", " 1", "1 ", "0x10", "1e3", "00", "007",
		"18446744073709551615", "18446744073709551616", "99999999999999999999999999", "9007199254740993", "١٢٣"} {
		f.Add(s)
	}
	for _, e := range all {
		f.Add(e.id)
		f.Add(strconv.FormatUint(e.seq-1, 10))
		f.Add("0" + e.id)
	}
	f.Fuzz(func(t *testing.T, id string) {
		n, err := strconv.ParseUint(id, 10, 64)
		switch {
		case errors.Is(err, strconv.ErrRange):
			n = math.MaxUint64
		case err != nil:
			n = 0
		}
		var want []uint64
		for _, e := range all {
			if e.seq > n {
				want = append(want, e.seq)
			}
		}
		got := firstView(t, h, domain, id)
		if len(got) != len(want) {
			t.Fatalf("Last-Event-ID %q: %d attempts %v, want the %d after %d: %v", id, len(got), got, len(want), n, want)
		}
		top := n
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			top = 0
		}
		for i, e := range got {
			top = max(top, e.seq)
			if e.seq != want[i] || e.id != strconv.FormatUint(top, 10) {
				t.Fatalf("Last-Event-ID %q: event %d is id %s seq %d, want seq %d with id %d", id, i, e.id, e.seq, want[i], top)
			}
		}
		if len(got) > 0 {
			if again := firstView(t, h, domain, got[len(got)-1].id); len(again) != 0 {
				t.Fatalf("reconnecting with the last id sent (%s) shows %v again", got[len(got)-1].id, again)
			}
		}
	})
}
