package directory

import (
	"reflect"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// TestConsoleReplacesFileSubscription: a manager's console choice at a
// level replaces, for the manager's own address, the directory file's
// subscriptions of that manager at the same level (off included), and
// nothing else: not another manager's, not the manager's at another
// level, not an incident subscription's scope elsewhere.
func TestConsoleReplacesFileSubscription(t *testing.T) {
	bad := schemas.StatusChange{Domain: "a.example", From: schemas.StatusGood, To: schemas.StatusBad}
	keys := func(d *Directory) []string {
		var out []string
		for _, x := range d.Subscribers(bad) {
			out = append(out, x.Key()+":"+strings.Join(x.Subscriptions, ","))
		}
		return out
	}
	consoleAt := func(m string, level Level, of string, s Subscription) Subscription {
		s.ID, s.Manager, s.Level, s.Of = ConsoleSubscriptionID(m, level, of), m, level, of
		return s
	}
	for _, tc := range []struct {
		name string
		add  []Subscription
		want []string
	}{
		{"the file alone", nil, []string{"cust-a/email:s-cust-a", "noc-a/email:s-noc-a,s-noc-a-dom", "noc-a/webhook:s-noc-a", "pm-a/email:"}},
		{"off at the manager's own level (the file's subscription has no level)",
			[]Subscription{consoleAt("cust-a", LevelCustomer, "ca", Subscription{Off: true})},
			[]string{"noc-a/email:s-noc-a,s-noc-a-dom", "noc-a/webhook:s-noc-a", "pm-a/email:"}},
		{"console channels replace the file's at the level",
			[]Subscription{consoleAt("noc-a", LevelReseller, "ra", Subscription{Channels: []string{"email"}, Transitions: []Transition{TransitionBad}})},
			[]string{"cust-a/email:s-cust-a", "noc-a/email:%s,s-noc-a-dom", "pm-a/email:"}},
		{"off at the domain level leaves the reseller level",
			[]Subscription{consoleAt("noc-a", LevelDomain, "a.example", Subscription{Off: true})},
			[]string{"cust-a/email:s-cust-a", "noc-a/email:s-noc-a", "noc-a/webhook:s-noc-a", "pm-a/email:"}},
		{"another manager's console choice replaces nothing of cust-a",
			[]Subscription{consoleAt("noc-b", LevelCustomer, "ca", Subscription{Off: true})},
			[]string{"cust-a/email:s-cust-a", "noc-a/email:s-noc-a,s-noc-a-dom", "noc-a/webhook:s-noc-a", "pm-a/email:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := routingDirectory(t)
			// pm-a wants recovered only; make it want bad too, so that
			// an unrelated manager shows in every row.
			pm := d.Subscriptions["s-pm-a"]
			pm.Transitions = nil
			d.Subscriptions["s-pm-a"] = pm
			for _, s := range tc.add {
				d.Subscriptions[s.ID] = s
			}
			want := make([]string, len(tc.want))
			for i, w := range tc.want {
				if len(tc.add) > 0 {
					w = strings.Replace(w, "%s", tc.add[0].ID, 1)
				}
				want[i] = strings.Replace(w, "pm-a/email:", "pm-a/email:s-pm-a", 1)
			}
			if got := keys(d); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

func TestReplacedByIncidents(t *testing.T) {
	d := routingDirectory(t)
	s := d.Subscriptions["s-noc-a"]
	s.Incidents = true
	d.Subscriptions["s-noc-a"] = s
	if n := len(d.IncidentSubscribers([]string{"a.example"})); n != 2 {
		t.Fatalf("%d incident targets before, want 2 (email and webhook)", n)
	}
	off := Subscription{ID: ConsoleSubscriptionID("noc-a", LevelReseller, "ra"), Manager: "noc-a", Level: LevelReseller, Of: "ra", Off: true}
	d.Subscriptions[off.ID] = off
	if got := d.IncidentSubscribers([]string{"a.example"}); len(got) != 0 {
		t.Fatalf("incidents still reach %v after the manager turned the level off", got)
	}
	if id, ok := d.ReplacedBy(s, d.Managers["noc-a"]); !ok || id != off.ID {
		t.Fatalf("ReplacedBy = %q, %v", id, ok)
	}
	if _, ok := d.ReplacedBy(off, d.Managers["noc-a"]); ok {
		t.Fatal("a console subscription is replaced by itself")
	}
}
