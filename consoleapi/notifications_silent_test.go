package consoleapi

import (
	"slices"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// TestNotifySilent: a manager subscribes from the console to the silence
// alerts (issue 15) as to the others, and a transition the sinks do not
// know is refused with the list of those they do.
func TestNotifySilent(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	c := f.signIn("ca1@a.example")
	want := []directory.Transition{directory.TransitionSilent, directory.TransitionSilentRecovered, directory.TransitionBad}
	if code, body := c.do("PUT", "/api/v1/me/notifications/customer/cA1", map[string]any{"channels": []string{"email"}, "transitions": want}); code != 200 {
		t.Fatalf("subscribe to silent: %d %s", code, body)
	}
	id := directory.ConsoleSubscriptionID("mCA1", directory.LevelCustomer, "cA1")
	if s, ok := f.table.Current().Subscriptions[id]; !ok || !slices.Equal(s.Transitions, want) {
		t.Fatalf("subscription %s: %+v (found %v)", id, s, ok)
	}
	code, body := c.do("PUT", "/api/v1/me/notifications/customer/cA1", map[string]any{"channels": []string{"email"}, "transitions": []string{"quiet"}})
	if code != 400 || !strings.Contains(body, "silent or silent_recovered") {
		t.Fatalf("an unknown transition: %d %s", code, body)
	}
}
