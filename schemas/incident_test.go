package schemas

import (
	"strings"
	"testing"
	"time"
)

func validIncident() Incident {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	return Incident{
		ID: "inc-1", Revision: 2, Event: IncidentUpdated, Provider: "microsoft365", ProviderName: "Microsoft 365",
		Category: "blocklisted", Open: true, FirstSeen: at, LastSeen: at.Add(time.Minute), Affected: 1, Total: 2,
		Domains: []IncidentDomain{
			{Domain: "a.example", Customer: "c1", BadAt: at},
			{Domain: "b.example", Customer: "c2", BadAt: at, Recovered: true, RecoveredAt: ptr(at.Add(time.Minute))},
		},
		Customers: []string{"c1", "c2"}, CauseAlertID: "al-1",
	}
}

func TestDecodeIncident(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Incident)
		want   string // "" = valid; else a field named in the error
	}{
		{"valid", func(*Incident) {}, ""},
		{"closed", func(i *Incident) {
			i.Event, i.Open, i.Affected, i.Domains[0].Recovered = IncidentClosed, false, 0, true
		}, ""},
		{"no id", func(i *Incident) { i.ID = "" }, "id"},
		{"revision 0", func(i *Incident) { i.Revision = 0 }, "revision"},
		{"unknown event", func(i *Incident) { i.Event = "reopened" }, "event"},
		{"no provider", func(i *Incident) { i.Provider = "" }, "provider"},
		{"no category", func(i *Incident) { i.Category = "" }, "category"},
		{"total disagrees", func(i *Incident) { i.Total = 3 }, "affected"},
		{"affected disagrees", func(i *Incident) { i.Affected = 2 }, "affected"},
		{"open but closed", func(i *Incident) { i.Event = IncidentClosed }, "open"},
		{"domain not canonical", func(i *Incident) { i.Domains[0].Domain = "A.Example" }, "domains[0].domain"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := validIncident()
			tc.change(&in)
			b, err := MarshalIncident(&in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeIncident(b)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("valid incident refused: %v", err)
				}
				if got.RecordID() != in.RecordID() || len(got.Domains) != len(in.Domains) || !got.FirstSeen.Equal(in.FirstSeen) {
					t.Fatalf("round trip changed the incident: %+v", got)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want+":") {
				t.Fatalf("want an error naming %s, got %v", tc.want, err)
			}
		})
	}
	if _, err := DecodeIncident([]byte("[1]")); err == nil || Reason(err) == "" {
		t.Fatalf("a JSON array was accepted or gave no reason: %v", err)
	}
}

// FuzzDecodeIncident decodes any record the incidents topic can hold: an
// accepted incident re-encodes to one that decodes the same.
func FuzzDecodeIncident(f *testing.F) {
	in := validIncident()
	b, _ := MarshalIncident(&in)
	f.Add(b)
	f.Add([]byte(`{"v":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		i, err := DecodeIncident(data)
		if err != nil {
			if Reason(err) == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		b, err := MarshalIncident(&i)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeIncident(b)
		if err != nil {
			t.Fatalf("re-decode of %s: %v", b, err)
		}
		if back.RecordID() != i.RecordID() || back.Affected != i.Affected || len(back.Domains) != len(i.Domains) {
			t.Fatalf("round trip changed the incident: %+v / %+v", i, back)
		}
	})
}

func ptr[T any](v T) *T { return &v }

// TestIncidentRecoveredAt: a domain not recovered has no recovered_at on
// the wire (review finding: the API showed "0001-01-01T00:00:00Z", as
// segmentio/encoding ignores omitzero), and a recovered one's round-trips.
func TestIncidentRecoveredAt(t *testing.T) {
	in := validIncident()
	b, err := MarshalIncident(&in)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), `"recovered_at"`); n != 1 || strings.Contains(string(b), "0001-01-01") {
		t.Fatalf("recovered_at %d times, want once (for the recovered domain): %s", n, b)
	}
	got, err := DecodeIncident(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Domains[0].RecoveredAt != nil || got.Domains[1].RecoveredAt == nil || !got.Domains[1].RecoveredAt.Equal(*in.Domains[1].RecoveredAt) {
		t.Fatalf("round trip: %+v", got.Domains)
	}
}
