package logstore

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// messageAttempt is an attempt of message id to domain, event event, at
// offset off of the domain's partition.
func messageAttempt(domain, id, event string, at time.Time, off int64) Attempt {
	return Attempt{
		Event: schemas.DeliveryEvent{V: schemas.Version, ID: event, MessageID: id, Domain: domain, Recipient: "rcpt@" + domain,
			Outcome: schemas.OutcomeDelivered, SMTPCode: 250, Response: "250 2.0.0 Ok"},
		Arrival: at, Pos: Pos{Source: SourceDeliveries, Partition: partitionOf(domain), Offset: off},
	}
}

// eventIDs lists a timeline's event ids in its order.
func eventIDs(tl Timeline) []string {
	var out []string
	for _, a := range tl.Attempts {
		out = append(out, a.EventID)
	}
	return out
}

// TestMessageEveryIDForm: a message stored under both forms of its id
// ("X" and "<X>": transport servers log either) is found whole whichever
// form is asked, by the domain's timeline and by the message across
// domains (review findings F7 and F3: the timeline tried only the form
// given, and the message stopped at the first form with attempts). The
// attempts are merged in arrival order with the times between them, the
// timeline is named by the form its attempts are stored under, and a
// domain outside the caller's scope is left out.
func TestMessageEveryIDForm(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	const org, bad, hidden = "example.org", "bad.example", "xn--bcher-kva.example"
	appendAll(t, s, []Attempt{
		messageAttempt(org, "m1@x.example", "a1", start.Add(time.Hour), 1),
		messageAttempt(org, "<m1@x.example>", "a2", start.Add(2*time.Hour), 2),
		messageAttempt(org, "m1@x.example", "a3", start.Add(3*time.Hour), 3),
		messageAttempt(bad, "<m1@x.example>", "b1", start.Add(90*time.Minute), 1),
		messageAttempt(hidden, "m1@x.example", "c1", start.Add(time.Hour), 1),
	}, 10)
	srv := httptest.NewServer(NewHandler(HTTPConfig{Store: s, Now: func() time.Time { return now },
		CanSee: func(_ *http.Request, d string) bool { return d != hidden }}))
	defer srv.Close()

	for _, id := range []string{"m1@x.example", "<m1@x.example>"} {
		for _, tc := range []struct {
			domain string
			want   []string // event ids in arrival order
			name   string   // the timeline's message_id
		}{
			{org, []string{"a1", "a2", "a3"}, "m1@x.example"},
			{bad, []string{"b1"}, "<m1@x.example>"},
		} {
			code, _, body := get(t, srv.URL+"/api/v1/domains/"+tc.domain+"/messages/"+url.PathEscape(id), "")
			var tl Timeline
			if code != http.StatusOK || json.Unmarshal(body, &tl) != nil {
				t.Fatalf("timeline of %s in %s: %d %s", id, tc.domain, code, body)
			}
			if got := eventIDs(tl); !slices.Equal(got, tc.want) || tl.MessageID != tc.name || tl.Domain != tc.domain {
				t.Errorf("timeline of %s in %s: %s %v, want %s %v", id, tc.domain, tl.MessageID, got, tc.name, tc.want)
			}
			for i, a := range tl.Attempts {
				if want := a.Arrival.Sub(tl.Attempts[max(i-1, 0)].Arrival).Seconds(); a.SincePreviousSeconds != want {
					t.Errorf("timeline of %s in %s: attempt %d is %vs after the previous, want %vs", id, tc.domain, i, a.SincePreviousSeconds, want)
				}
			}
		}

		code, _, body := get(t, srv.URL+"/api/v1/messages/"+url.PathEscape(id), "")
		var m MessageTimelines
		if code != http.StatusOK || json.Unmarshal(body, &m) != nil {
			t.Fatalf("message %s: %d %s", id, code, body)
		}
		got := map[string][]string{}
		for _, tl := range m.Domains {
			got[tl.Domain] = eventIDs(tl)
		}
		if want := map[string][]string{bad: {"b1"}, org: {"a1", "a2", "a3"}}; m.MessageID != id || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("message %s: %s %v, want %v", id, m.MessageID, got, want)
		}
	}

	// No attempt under any form: an empty timeline named as asked.
	code, _, body := get(t, srv.URL+"/api/v1/domains/"+org+"/messages/nothing", "")
	var tl Timeline
	if code != http.StatusOK || json.Unmarshal(body, &tl) != nil || len(tl.Attempts) != 0 || tl.MessageID != "nothing" {
		t.Errorf("timeline of a message not kept: %d %s", code, body)
	}
}

// TestMergeTimelines: the parts of a message (forms, instances) merge
// into one timeline per domain, by name: an attempt found twice (the same
// position, or the same event id at another) once, in arrival order then
// position, the times between them recomputed, truncated when a part was
// or when more than MaxTimeline remain (keeping the newest, as
// Store.Timeline does).
func TestMergeTimelines(t *testing.T) {
	at := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	att := func(event string, min int, off int64) TimelineAttempt {
		return TimelineAttempt{Entry: Entry{EventID: event, MessageID: "<m>", Arrival: at.Add(time.Duration(min) * time.Minute),
			Source: "deliveries", Offset: off}, SincePreviousSeconds: 999}
	}
	many := make([]TimelineAttempt, MaxTimeline+1)
	for i := range many {
		many[i] = att(fmt.Sprint("e", i), i, int64(i))
	}
	for _, tc := range []struct {
		name      string
		parts     []Timeline
		want      map[string][]string // domain: event ids
		truncated bool
	}{
		{"domains by name, attempts by arrival then position",
			[]Timeline{
				{Domain: "b.example", Attempts: []TimelineAttempt{att("b2", 5, 2), att("b1", 5, 1)}},
				{Domain: "a.example", Attempts: []TimelineAttempt{att("a2", 2, 9)}},
				{Domain: "a.example", Attempts: []TimelineAttempt{att("a1", 1, 10)}},
			},
			map[string][]string{"a.example": {"a1", "a2"}, "b.example": {"b1", "b2"}}, false},
		{"the same position twice", []Timeline{
			{Domain: "a.example", Attempts: []TimelineAttempt{att("a1", 1, 1)}},
			{Domain: "a.example", Attempts: []TimelineAttempt{att("a1", 1, 1), att("a2", 2, 2)}},
		}, map[string][]string{"a.example": {"a1", "a2"}}, false},
		{"the same event at another position", []Timeline{
			{Domain: "a.example", Attempts: []TimelineAttempt{att("a1", 1, 1), att("a1", 3, 7)}},
		}, map[string][]string{"a.example": {"a1"}}, false},
		{"a truncated part", []Timeline{
			{Domain: "a.example", Attempts: []TimelineAttempt{att("a1", 1, 1)}, Truncated: true},
			{Domain: "a.example", Attempts: []TimelineAttempt{att("a2", 2, 2)}},
		}, map[string][]string{"a.example": {"a1", "a2"}}, true},
		{"more than MaxTimeline", []Timeline{
			{Domain: "a.example", Attempts: many[:MaxTimeline/2]},
			{Domain: "a.example", Attempts: many[MaxTimeline/2:]},
		}, nil, true},
		{"a domain without attempts", []Timeline{{Domain: "a.example", MessageID: "m"}},
			map[string][]string{"a.example": nil}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			merged := MergeTimelines(tc.parts)
			got := map[string][]string{}
			var names []string
			for _, tl := range merged {
				names = append(names, tl.Domain)
				got[tl.Domain] = eventIDs(tl)
				if tl.Truncated != tc.truncated {
					t.Errorf("%s: truncated %v, want %v", tl.Domain, tl.Truncated, tc.truncated)
				}
				for i, a := range tl.Attempts {
					if want := a.Arrival.Sub(tl.Attempts[max(i-1, 0)].Arrival).Seconds(); a.SincePreviousSeconds != want {
						t.Errorf("%s: attempt %d is %vs after the previous, want %vs", tl.Domain, i, a.SincePreviousSeconds, want)
					}
				}
			}
			if !slices.IsSorted(names) {
				t.Errorf("domains %v, not by name", names)
			}
			if tc.want == nil {
				if ids := got["a.example"]; len(ids) != MaxTimeline || ids[0] != "e1" || ids[len(ids)-1] != fmt.Sprint("e", MaxTimeline) {
					t.Errorf("%d attempts from %s, want the newest %d", len(ids), ids[0], MaxTimeline)
				}
				return
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("merged %v, want %v", got, tc.want)
			}
		})
	}
}

// TestMessageLocalOnlyForPeers: only another instance may ask for this
// instance's part of a message alone (local=1); anyone else is refused,
// naming the parameter (review finding F10: any caller skipped the
// gathering, and the 503 of a partition being restored, and got a part
// that looked whole).
func TestMessageLocalOnlyForPeers(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	s := openTest(t, t.TempDir(), &testClock{now})
	appendAll(t, s, []Attempt{messageAttempt("example.org", "m1", "a1", start.Add(time.Hour), 1)}, 10)
	gathered := 0
	srv := httptest.NewServer(NewHandler(HTTPConfig{Store: s, Now: func() time.Time { return now },
		CanSee: func(*http.Request, string) bool { return true },
		Peer:   func(r *http.Request) bool { return r.Header.Get("X-Test-Peer") == "1" },
		Gather: func(ctx context.Context, r *http.Request, id string) ([]Timeline, error) {
			gathered++
			return []Timeline{{Domain: "elsewhere.example", MessageID: id, Attempts: []TimelineAttempt{{Entry: Entry{EventID: "r1", MessageID: id}}}}}, nil
		}}))
	defer srv.Close()
	for _, tc := range []struct {
		name     string
		peer     bool
		query    string
		code     int
		domains  []string
		gathered bool
	}{
		{"a caller, gathered", false, "", http.StatusOK, []string{"elsewhere.example"}, true},
		{"a caller asking local=1", false, "?local=1", http.StatusBadRequest, nil, false},
		{"a caller asking local=0", false, "?local=0", http.StatusBadRequest, nil, false},
		{"a peer, its local part", true, "?local=1", http.StatusOK, []string{"example.org"}, false},
		{"a peer, gathered", true, "", http.StatusOK, []string{"elsewhere.example"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gathered = 0
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/messages/m1"+tc.query, nil)
			if tc.peer {
				req.Header.Set("X-Test-Peer", "1")
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var m struct {
				MessageTimelines
				Error string `json:"error"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != tc.code {
				t.Fatalf("%d %+v %v, want %d", resp.StatusCode, m, err, tc.code)
			}
			var got []string
			for _, tl := range m.Domains {
				got = append(got, tl.Domain)
			}
			if !slices.Equal(got, tc.domains) || (gathered > 0) != tc.gathered {
				t.Errorf("domains %v, gathered %d times; want %v, gathered: %v", got, gathered, tc.domains, tc.gathered)
			}
			if tc.code == http.StatusBadRequest && !strings.HasPrefix(m.Error, "local: ") {
				t.Errorf("error %q does not name local", m.Error)
			}
		})
	}
}

// TestQueryMessageIDEveryForm: the Logs filter message_id finds a
// message's attempts under every form of its id, as its timeline does
// (review S23A-2: the filter found only the form asked for, so the Logs
// tab showed part of a message without saying so), in the buffer and in
// flushed segments, and nothing of another message whose id is one of
// the forms' neighbours.
func TestQueryMessageIDEveryForm(t *testing.T) {
	start := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	now := start.Add(30 * time.Hour)
	for _, flushed := range []bool{false, true} {
		s := openTest(t, t.TempDir(), &testClock{now})
		const d = "example.org"
		atts := []Attempt{
			messageAttempt(d, "m1@x.example", "a1", start.Add(time.Hour), 1),
			messageAttempt(d, "<m1@x.example>", "a2", start.Add(2*time.Hour), 2),
			messageAttempt(d, "<<m1@x.example>>", "n1", start.Add(3*time.Hour), 3),
			messageAttempt(d, "m1@x.exampl", "n2", start.Add(4*time.Hour), 4),
			messageAttempt(d, "<>", "n3", start.Add(5*time.Hour), 5),
		}
		appendAll(t, s, atts, 10)
		if flushed {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			id   string
			want []string // newest first
		}{
			{"m1@x.example", []string{"a2", "a1"}},
			{"<m1@x.example>", []string{"a2", "a1"}},
			{"<<m1@x.example>>", []string{"n1", "a2"}},
			{"<>", []string{"n3"}},
			{"m1@x.exampl", []string{"n2"}},
		} {
			page, err := s.Query(context.Background(), d, Filter{MessageID: tc.id, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range page.Attempts {
				got = append(got, a.Event.ID)
				if !(&Filter{MessageID: tc.id}).Matches(&a) {
					t.Errorf("%s: %s returned but the reference filter refuses it", tc.id, a.Event.ID)
				}
			}
			if !slices.Equal(got, tc.want) || page.Index != "message_id" {
				t.Errorf("flushed %v: message_id=%s: %v by %s, want %v by message_id", flushed, tc.id, got, page.Index, tc.want)
			}
		}
	}
}

// TestIsMessageIDForm checks the allocation-free form test against
// MessageIDForms.
func TestIsMessageIDForm(t *testing.T) {
	ids := []string{"", "<>", "<", ">", "a", "<a>", "<<a>>", "a>", "<a", "<a@b>", "a@b", "<<>>", "<x<y>>"}
	for _, id := range ids {
		for _, stored := range ids {
			if got, want := isMessageIDForm(stored, id), slices.Contains(MessageIDForms(id), stored); got != want {
				t.Errorf("isMessageIDForm(%q, %q) = %v, MessageIDForms(%q) = %q", stored, id, got, id, MessageIDForms(id))
			}
		}
	}
}
