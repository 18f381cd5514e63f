package consoleapi

import (
	"slices"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestNotifyDetections: a manager chooses the delayed and silent alerts
// of issue 15 from the console like Bad and recovered, each at most once;
// and an operator's subscription without transitions, which the sinks
// send every alert (directory.Subscribers), is listed with all six rather
// than only Bad and recovered.
func TestNotifyDetections(t *testing.T) {
	ents := append(world(), directory.Subscription{ID: "noc-all", Manager: "mRA"})
	f := newFixture(t, ents, nil, nil)
	ra := f.signIn("ra@a.example")
	for _, tc := range []struct {
		name        string
		transitions []string
		code        int
		msg         string
	}{
		{"delays only", []string{"delayed", "delay_recovered"}, 200, ""},
		{"all six", []string{"bad", "recovered", "delayed", "delay_recovered", "silent", "silent_recovered"}, 200, ""},
		{"twice", []string{"delayed", "delayed"}, 400, `transition \"delayed\": each once`},
		{"an unknown kind", []string{"slow"}, 400, "want bad, recovered, delayed, delay_recovered, silent or silent_recovered"},
		{"none", []string{}, 400, "choose at least one transition"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := f.table.Current()
			code, body := ra.do("PUT", "/api/v1/me/notifications/customer/cA1", map[string]any{"channels": []string{"email"}, "transitions": tc.transitions})
			if code != tc.code || !strings.Contains(body, tc.msg) {
				t.Fatalf("%v: %d %s, want %d with %q", tc.transitions, code, body, tc.code, tc.msg)
			}
			if tc.code != 200 {
				if f.table.Current() != before {
					t.Error("a refused subscription changed the directory")
				}
				return
			}
			id := directory.ConsoleSubscriptionID("mRA", directory.LevelCustomer, "cA1")
			s := f.table.Current().Subscriptions[id]
			var got []string
			for _, tr := range s.Transitions {
				got = append(got, string(tr))
			}
			if !slices.Equal(got, tc.transitions) {
				t.Errorf("subscription %s transitions %v, want %v", id, got, tc.transitions)
			}
		})
	}

	// The delays-only subscription reaches its manager for a delayed
	// alert and not for a Bad one (the sinks' routing, same directory).
	if code, body := ra.do("PUT", "/api/v1/me/notifications/customer/cA1", map[string]any{"channels": []string{"email"}, "transitions": []string{"delayed"}}); code != 200 {
		t.Fatalf("subscribe: %d %s", code, body)
	}
	d := f.table.Current()
	delayed := schemas.StatusChange{Domain: "a1.example", Customer: "cA1", Kind: schemas.KindDelayed, From: schemas.StatusGood, To: schemas.StatusGood}
	bad := schemas.StatusChange{Domain: "a1.example", Customer: "cA1", From: schemas.StatusGood, To: schemas.StatusBad}
	subsOf := func(a schemas.StatusChange) []string {
		var out []string
		for _, tg := range d.Subscribers(a) {
			out = append(out, tg.Subscriptions...)
		}
		slices.Sort(out)
		return out
	}
	console := directory.ConsoleSubscriptionID("mRA", directory.LevelCustomer, "cA1")
	if got := subsOf(delayed); !slices.Contains(got, console) || !slices.Contains(got, "noc-all") {
		t.Errorf("a delayed alert reaches %v, want %s and noc-all", got, console)
	}
	if got := subsOf(bad); slices.Contains(got, console) || !slices.Contains(got, "noc-all") {
		t.Errorf("a Bad alert reaches %v, want noc-all and not %s", got, console)
	}

	code, body := ra.do("GET", "/api/v1/me/notifications", nil)
	var n notificationsView
	if code != 200 || json.Unmarshal([]byte(body), &n) != nil {
		t.Fatalf("my notifications: %d %s", code, body)
	}
	i := slices.IndexFunc(n.Subscriptions, func(s subscriptionView) bool { return s.ID == "noc-all" })
	if i < 0 || n.Subscriptions[i].MadeIn != "config" || !slices.Equal(n.Subscriptions[i].Transitions, knownTransitions()) {
		t.Fatalf("the operator's subscription without transitions is listed as %+v, want all of %v", n.Subscriptions, knownTransitions())
	}
}
