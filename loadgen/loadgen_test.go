package loadgen

import (
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func TestGeneratorEventsAreValidAndFollowTheMix(t *testing.T) {
	g := NewGenerator(7, 50, Mix{Deferred: 0.1, Bounced: 0.1, Expired: 0.05}, "t-")
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	counts := map[schemas.Outcome]int{}
	ids := map[string]bool{}
	const n = 20000
	for i := 0; i < n; i++ {
		e := g.Next(at)
		if err := e.Validate(); err != nil {
			t.Fatalf("event %d invalid: %v", i, err)
		}
		if ids[e.ID] {
			t.Fatalf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		if strings.ContainsAny(e.Response, "{}%") {
			t.Fatalf("unfilled placeholder in %q", e.Response)
		}
		counts[e.Outcome]++
	}
	for o, want := range map[schemas.Outcome]float64{schemas.OutcomeDeferred: 0.1, schemas.OutcomeBounced: 0.1, schemas.OutcomeExpired: 0.05, schemas.OutcomeDelivered: 0.75} {
		if got := float64(counts[o]) / n; got < want-0.02 || got > want+0.02 {
			t.Errorf("%v share %.3f, want about %.2f", o, got, want)
		}
	}
}

func TestMixValidate(t *testing.T) {
	for _, m := range []Mix{{Deferred: -0.1}, {Bounced: 1.5}, {Deferred: 0.6, Bounced: 0.6}} {
		if m.Validate() == nil {
			t.Errorf("%+v accepted", m)
		}
	}
	if (Mix{Deferred: 0.5, Bounced: 0.5}).Validate() != nil {
		t.Error("a mix adding up to 1 rejected")
	}
}
