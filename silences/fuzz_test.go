package silences

import (
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
)

// FuzzRequest reads any body the silences endpoint can receive: a request
// either is refused or makes a silence that passes Check, ends after now
// and within the bounds, and encodes to a config record the directory
// applies.
func FuzzRequest(f *testing.F) {
	f.Add([]byte(`{"level":"customer","id":"c1","duration":"2h","reason":"maintenance"}`))
	f.Add([]byte(`{"level":"domain","id":"a.example","start":"2026-12-01T22:00:00Z","end":"2026-12-01T23:00:00Z","reason":"MX move"}`))
	f.Add([]byte(`{"level":"reseller","id":"r","duration":"-1h","reason":""}`))
	f.Add([]byte(`{"level":"domain","id":"A.Example","start":"2099-01-01T00:00:00Z","end":"9999-12-31T00:00:00Z","reason":"x\u001b[2J\u202e"}`))
	now := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Request
		if err := json.Unmarshal(b, &r); err != nil {
			return
		}
		s, err := r.Silence(now, "operator")
		if err != nil {
			return
		}
		if s.Check() != nil || !s.End.After(now) || s.Start.Before(now) || s.End.Sub(s.Start) > directory.MaxSilence ||
			s.Start.Sub(now) > MaxLead || CheckReason(s.Reason) != nil {
			t.Fatalf("accepted %+v from %s", s, b)
		}
		rec, err := directory.EncodeRecord(s)
		if err != nil {
			t.Fatal(err)
		}
		var back directory.Silence
		if err := json.Unmarshal(rec.Value, &back); err != nil || back.ID != s.ID || !back.End.Equal(s.End) || back.Check() != nil {
			t.Fatalf("record %s reads back as %+v (%v)", rec.Value, back, err)
		}
	})
}
