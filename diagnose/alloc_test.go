package diagnose

import (
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// TestEventAllocatesNothing: the processor classifies every failed
// attempt (Classifier.Event), so a reply of the usual length must cost no
// allocation: the normalised text lives in a stack buffer, which any
// table that kept a slice of it would move to the heap (a 512-byte
// allocation for every reply, which review S37B's first version of the
// protocol notice check did). Over the shared corpus, as the processor
// sees it.
func TestEventAllocatesNothing(t *testing.T) {
	c := New()
	var events []schemas.DeliveryEvent
	for _, tc := range loadCorpus(t) {
		e := schemas.DeliveryEvent{Response: tc.Response, Outcome: schemas.OutcomeBounced}
		if tc.Code != nil {
			e.SMTPCode = *tc.Code
		}
		events = append(events, e)
	}
	allocs := testing.AllocsPerRun(5, func() {
		for i := range events {
			c.Event(&events[i])
		}
	})
	if allocs != 0 {
		t.Errorf("Event allocates %.0f times over the %d corpus replies, want 0", allocs, len(events))
	}
}
