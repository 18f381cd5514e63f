package schemas

import (
	"errors"
	"testing"
	"time"
)

// TestStatusChangeKinds checks the detection alerts' wire rules: a delay
// alert carries equal statuses, a status change different ones, and an
// unknown kind is refused by name.
func TestStatusChangeKinds(t *testing.T) {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	base := StatusChange{ID: "x", Domain: "example.org", At: at, Window: 25, Threshold: 0.9, Attempts: 25, Failures: 4, ExcludedFailures: 3}
	for _, tc := range []struct {
		name     string
		kind     string
		from, to Status
		field    string // of the error; empty for valid
	}{
		{"status change", KindStatus, StatusGood, StatusBad, ""},
		{"delayed", KindDelayed, StatusGood, StatusGood, ""},
		{"delay recovered while bad", KindDelayRecovered, StatusBad, StatusBad, ""},
		{"delayed with a transition", KindDelayed, StatusGood, StatusBad, "to"},
		{"status change without one", KindStatus, StatusBad, StatusBad, "to"},
		{"silent", KindSilent, StatusGood, StatusGood, ""},
		{"silent recovered while bad", KindSilentRecovered, StatusBad, StatusBad, ""},
		{"silent with a transition", KindSilent, StatusBad, StatusGood, "to"},
		{"unknown kind", "silent-ish", StatusGood, StatusGood, "kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			c.Kind, c.From, c.To = tc.kind, tc.from, tc.to
			b, err := MarshalStatusChange(&c)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeStatusChange(b)
			var fe *FieldError
			switch {
			case tc.field == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.field == "" && (got.Kind != tc.kind || got.ExcludedFailures != 3):
				t.Fatalf("decoded %+v", got)
			case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field):
				t.Fatalf("error %v, want one of field %s", err, tc.field)
			}
		})
	}
	c := base
	c.ExcludedFailures = 5
	c.From, c.To = StatusGood, StatusBad
	b, _ := MarshalStatusChange(&c)
	if _, err := DecodeStatusChange(b); err == nil {
		t.Error("more excluded failures than failures accepted")
	}
	if KindID("example.org", KindDelayed, "e1") == KindID("example.org", KindDelayRecovered, "e1") ||
		KindID("example.org", KindDelayed, "e1") == ChangeID("example.org", StatusGood, StatusBad, "e1") ||
		KindID("example.org", KindSilent, "e1") == KindID("example.org", KindSilentRecovered, "e1") {
		t.Error("detection alert ids collide")
	}
}
