package api_test

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
)

func TestLiveLog(t *testing.T) {
	f := newFixture(t)
	f.run()

	// 30 attempts whose timestamps run backwards in steps of a minute, with
	// one far in the future and one far in the past: arrival order, not
	// timestamp order, decides.
	var script []attempt
	for i := range 30 {
		a := delivered("live.example", time.Duration(i+1)*time.Second)
		if i%3 == 1 {
			a = failure("live.example", userUnknown)
		}
		a.at = t0.Add(-time.Duration(i) * time.Minute)
		a.sender = "sender@mailflow.example"
		switch i {
		case 10:
			a.at = t0.Add(24 * time.Hour)
		case 20:
			a.at = t0.Add(-24 * time.Hour)
		}
		script = append(script, a)
	}
	evs := f.produce(script...)
	f.waitAttempts(map[string]int{"live.example": 30})

	ll, code, body := f.waitLive("live.example", 25)
	if code != http.StatusOK {
		t.Fatalf("live: %d %s", code, body)
	}
	if ll.Domain != "live.example" {
		t.Errorf("domain = %q", ll.Domain)
	}
	if len(ll.Attempts) != 25 {
		t.Fatalf("live log has %d attempts, want the cap of 25", len(ll.Attempts))
	}
	for i, a := range ll.Attempts {
		// Newest first by arrival: attempt 30, 29, ..., 6, their seq
		// (arrival order in the log store) decreasing.
		seq := 30 - i
		ev := evs[seq-1]
		if a.EventID != ev.ID || (i > 0 && a.Seq >= ll.Attempts[i-1].Seq) {
			t.Errorf("entry %d: seq %d event %s, want event %s with a seq below the newer one's", i, a.Seq, a.EventID, ev.ID)
			continue
		}
		if !a.At.Equal(ev.CompletedAt) || a.Recipient != ev.Recipient || a.Sender != ev.Sender || a.Outcome != ev.Outcome.String() ||
			a.SMTPCode != ev.SMTPCode || a.EnhancedCode != ev.EnhancedCode || a.Response != ev.Response ||
			a.RemoteHost != ev.RemoteHost || a.RemoteIP != ev.RemoteIP || a.MessageID != ev.MessageID {
			t.Errorf("entry %d = %+v, does not match event %+v", i, a, ev)
		}
		wantCat, wantDelay := "delivered", ev.DeliveryDelay().Seconds()
		if ev.Outcome.String() != "delivered" {
			wantCat, wantDelay = "user_unknown", 0
		}
		if a.Category != wantCat || a.DelaySeconds != wantDelay {
			t.Errorf("entry %d: category %q delay %v, want %q %v", i, a.Category, a.DelaySeconds, wantCat, wantDelay)
		}
	}

	t.Run("unknown domain has an empty log", func(t *testing.T) {
		var ll api.LiveLog
		code, body := f.get("/api/v1/domains/nobody.example/live", &ll)
		if code != http.StatusOK || ll.Attempts == nil || len(ll.Attempts) != 0 || ll.Domain != "nobody.example" {
			t.Errorf("live of an unknown domain: %d %s, want 200 with an empty list", code, body)
		}
	})

	t.Run("short log", func(t *testing.T) {
		evs := f.produce(delivered("short.example", time.Second), failure("short.example", mailboxFull))
		f.waitAttempts(map[string]int{"short.example": 2})
		ll, _, _ := f.waitLive("short.example", 2)
		if len(ll.Attempts) != 2 || ll.Attempts[0].EventID != evs[1].ID || ll.Attempts[1].EventID != evs[0].ID {
			t.Errorf("live log %+v, want %s then %s", ll.Attempts, evs[1].ID, evs[0].ID)
		}
	})
}

// waitLive reads domain's live log until it holds n attempts (or 20
// seconds pass): the live log is the log store's, which the processor
// appends to after each commit, a moment after the status counts them.
func (f *fixture) waitLive(domain string, n int) (api.LiveLog, int, []byte) {
	f.t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; {
		var ll api.LiveLog
		code, body := f.get("/api/v1/domains/"+domain+"/live", &ll)
		if code != http.StatusOK || len(ll.Attempts) >= n || time.Now().After(deadline) {
			return ll, code, body
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// sseEvent is one server-sent event.
type sseEvent struct {
	id, event, data string
}

// stream is an open live-log stream read by a goroutine.
type stream struct {
	resp   *http.Response
	events chan sseEvent
	cancel context.CancelFunc
}

func (f *fixture) openStream(domain, lastEventID string) *stream {
	f.t.Helper()
	if f.adminToken != "" {
		return f.openStreamAs(domain, lastEventID, "?access_token="+url.QueryEscape(f.adminToken), "")
	}
	return f.openStreamAs(domain, lastEventID, "", "")
}

// openStreamAs opens a stream with query appended to its path (say
// "?access_token=...") and, when set, an Authorization header.
func (f *fixture) openStreamAs(domain, lastEventID, query, authorization string) *stream {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(f.ctx, 30*time.Second)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.srv.URL+"/api/v1/domains/"+domain+"/live/stream"+query, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	if lastEventID != "" {
		req.Header.Set("Last-Event-ID", lastEventID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		f.t.Fatal(err)
	}
	s := &stream{resp: resp, events: make(chan sseEvent, 100), cancel: cancel}
	f.t.Cleanup(s.close)
	go func() {
		defer close(s.events)
		r := bufio.NewReader(resp.Body)
		var ev sseEvent
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimRight(line, "\r\n")
			switch {
			case line == "":
				if ev != (sseEvent{}) {
					s.events <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "id: "):
				ev.id = line[len("id: "):]
			case strings.HasPrefix(line, "event: "):
				ev.event = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data += line[len("data: "):]
			}
		}
	}()
	return s
}

func (s *stream) close() {
	s.cancel()
	s.resp.Body.Close()
}

// next returns the next event, or false when none arrives within d.
func (s *stream) next(t *testing.T, d time.Duration) (sseEvent, bool) {
	t.Helper()
	select {
	case ev, ok := <-s.events:
		return ev, ok
	case <-time.After(d):
		return sseEvent{}, false
	}
}

// expect reads the next events and checks they are the attempts with the
// given event ids, in order, each with its seq as the event id.
func (s *stream) expect(t *testing.T, ids ...string) (lastSeq string) {
	t.Helper()
	for _, want := range ids {
		ev, ok := s.next(t, 10*time.Second)
		if !ok {
			t.Fatalf("no event; want attempt %s", want)
		}
		var a api.Attempt
		if err := json.Unmarshal([]byte(ev.data), &a); err != nil {
			t.Fatalf("event data %q: %v", ev.data, err)
		}
		if ev.event != "attempt" || a.EventID != want || ev.id != strconv.FormatUint(a.Seq, 10) {
			t.Fatalf("event id %q type %q attempt %s seq %d; want type attempt, attempt %s, id = seq", ev.id, ev.event, a.EventID, a.Seq, want)
		}
		lastSeq = ev.id
	}
	return lastSeq
}

// expectNone checks that no event arrives for a while (several stream
// intervals).
func (s *stream) expectNone(t *testing.T) {
	t.Helper()
	if ev, ok := s.next(t, 300*time.Millisecond); ok {
		t.Fatalf("unexpected event id %s: %s", ev.id, ev.data)
	}
}

func TestLiveStream(t *testing.T) {
	f := newFixture(t)
	f.run()
	evs := f.produce(delivered("stream.example", time.Second), failure("stream.example", userUnknown), delivered("stream.example", 2*time.Second))
	f.waitAttempts(map[string]int{"stream.example": 3})

	s := f.openStream("stream.example", "")
	if s.resp.StatusCode != http.StatusOK || !strings.HasPrefix(s.resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: %d %q", s.resp.StatusCode, s.resp.Header.Get("Content-Type"))
	}
	// The current attempts, oldest first.
	s.expect(t, evs[0].ID)
	second := s.expect(t, evs[1].ID)
	third := s.expect(t, evs[2].ID)
	s.expectNone(t)

	// A new attempt appears on the open stream.
	ev4 := f.produce(failure("stream.example", blocklisted))[0]
	last := s.expect(t, ev4.ID)
	if n, _ := strconv.ParseUint(last, 10, 64); n <= mustSeq(t, third) {
		t.Errorf("id of the fourth attempt = %q, not after the third's %s", last, third)
	}
	s.expectNone(t)
	s.close()

	t.Run("reconnect with Last-Event-ID resumes without repeats", func(t *testing.T) {
		s := f.openStream("stream.example", last)
		s.expectNone(t)
		ev5 := f.produce(delivered("stream.example", time.Second))[0]
		s.expect(t, ev5.ID)
		s.expectNone(t)
	})

	t.Run("reconnect from an older id sends what was missed", func(t *testing.T) {
		s := f.openStream("stream.example", second)
		s.expect(t, evs[2].ID, ev4.ID, fmt.Sprintf("ev-%05d", 5))
		s.expectNone(t)
	})

	t.Run("a domain without attempts streams its first one", func(t *testing.T) {
		s := f.openStream("fresh.example", "")
		s.expectNone(t)
		ev := f.produce(delivered("fresh.example", time.Second))[0]
		s.expect(t, ev.ID)
	})

	t.Run("attempts arriving out of timestamp order all stream", func(t *testing.T) {
		// Producers stamp records with their own clocks: one an hour
		// ahead, one a minute behind, then ordinary ones. Each reaches the
		// open stream once; none hides the ones after it.
		s := f.openStream("skew.example", "")
		s.expectNone(t)
		now := time.Now()
		ahead := delivered("skew.example", time.Second)
		ahead.arrival = now.Add(time.Hour)
		behind := failure("skew.example", userUnknown)
		behind.arrival = now.Add(-time.Minute)
		var top uint64
		for i, a := range []attempt{ahead, behind, delivered("skew.example", time.Second), failure("skew.example", mailboxFull)} {
			want := f.produce(a)[0].ID
			ev, ok := s.next(t, 10*time.Second)
			if !ok {
				t.Fatalf("attempt %d (%s) never reached the stream", i, want)
			}
			var got api.Attempt
			if err := json.Unmarshal([]byte(ev.data), &got); err != nil || got.EventID != want {
				t.Fatalf("attempt %d: event %s %q, want attempt %s", i, ev.event, ev.data, want)
			}
			// The event id is the highest seq sent, so a reconnect resumes
			// after all of them; the attempt carries its own seq.
			top = max(top, got.Seq)
			if ev.id != strconv.FormatUint(top, 10) {
				t.Errorf("attempt %d: event id %s, want the highest seq sent, %d", i, ev.id, top)
			}
		}
		s.expectNone(t)
		s.close()
		s = f.openStream("skew.example", strconv.FormatUint(top, 10))
		s.expectNone(t)
	})

	t.Run("invalid domain", func(t *testing.T) {
		s := f.openStream("no_such!domain", "")
		if s.resp.StatusCode != http.StatusBadRequest {
			t.Errorf("stream of an invalid domain: %d, want 400", s.resp.StatusCode)
		}
	})
}

func mustSeq(t *testing.T, id string) uint64 {
	t.Helper()
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		t.Fatalf("event id %q is not a number", id)
	}
	return n
}
