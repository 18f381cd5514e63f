package directory

import (
	"slices"
	"strings"
	"testing"
)

// pruneBase is the directory the console subscriptions below were made
// in: a customer's manager with e-mail, another with e-mail and a webhook.
const pruneBase = `
resellers:
  - id: r1
customers:
  - id: c1
    reseller: r1
  - id: c2
    reseller: r1
domains:
  - name: a.example
    customer: c1
  - name: b.example
    customer: c1
managers:
  - id: m1
    level: customer
    of: c1
    email: m1@example.org
  - id: m2
    level: customer
    of: c1
    email: m2@example.org
    webhook_url: https://hooks.example.org/m2
    webhook_secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
`

// TestPruneOrphanedConsoleSubscriptions: an apply with prune keeps the
// subscriptions managers made in the console, except those the file
// leaves without their manager, their scope (gone, or moved out of the
// manager's tree) or a channel's address. Those are deleted with a reason
// rather than kept pointing at nothing (issue 17's review: a pruned
// manager's console subscription stayed on the topic).
func TestPruneOrphanedConsoleSubscriptions(t *testing.T) {
	watchA := Subscription{ID: ConsoleSubscriptionID("m1", LevelDomain, "a.example"), Manager: "m1", Level: LevelDomain, Of: "a.example", Channels: []string{"email"}}
	hookC1 := Subscription{ID: ConsoleSubscriptionID("m2", LevelCustomer, "c1"), Manager: "m2", Level: LevelCustomer, Of: "c1", Channels: []string{"webhook"}}
	tests := []struct {
		name       string
		edit       func(string) string
		orphaned   map[string]string // subscription id → words its reason holds
		wantKept   []string
		wantDelete int // records deleted besides the orphans
	}{
		{"same file", func(s string) string { return s }, nil, []string{watchA.ID, hookC1.ID}, 0},
		{"manager dropped", func(s string) string {
			return strings.Replace(s, "  - id: m1\n    level: customer\n    of: c1\n    email: m1@example.org\n", "", 1)
		}, map[string]string{watchA.ID: `manager: unknown manager "m1"`}, []string{hookC1.ID}, 1},
		{"watched domain dropped", func(s string) string {
			return strings.Replace(s, "  - name: a.example\n    customer: c1\n", "", 1)
		}, map[string]string{watchA.ID: `unknown domain "a.example"`}, []string{hookC1.ID}, 1},
		{"watched domain moved out of the manager's customer", func(s string) string {
			return strings.Replace(s, "  - name: a.example\n    customer: c1\n", "  - name: a.example\n    customer: c2\n", 1)
		}, map[string]string{watchA.ID: `outside manager "m1"`}, []string{hookC1.ID}, 0},
		{"webhook address dropped", func(s string) string {
			s = strings.Replace(s, "    webhook_url: https://hooks.example.org/m2\n", "", 1)
			return strings.Replace(s, "    webhook_secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", "", 1)
		}, map[string]string{hookC1.ID: `no webhook_url`}, []string{watchA.ID}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cur := dirOf(t, pruneBase)
			for _, s := range []Subscription{watchA, hookC1} {
				applyEntity(t, cur, s)
			}
			f, err := ParseFile([]byte(tc.edit(pruneBase)))
			if err != nil {
				t.Fatal(err)
			}
			res, recs, err := Plan(cur, f, true)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(res.Kept, ",") != strings.Join(keys(tc.wantKept), ",") {
				t.Errorf("kept %q, want %q", res.Kept, keys(tc.wantKept))
			}
			if len(res.Orphaned) != len(tc.orphaned) || len(res.Deleted) != tc.wantDelete {
				t.Fatalf("orphaned %+v, deleted %q; want %d orphans and %d deletions", res.Orphaned, res.Deleted, len(tc.orphaned), tc.wantDelete)
			}
			for _, o := range res.Orphaned {
				_, id, _ := ParseKey(o.Key)
				if want, ok := tc.orphaned[id]; !ok || !strings.Contains(o.Reason, want) {
					t.Errorf("orphaned %s because %q, want a reason with %q", o.Key, o.Reason, want)
				}
			}
			// The directory the records make holds together: every
			// subscription left has its manager, scope and addresses.
			for _, r := range recs {
				if err := cur.apply(r); err != nil {
					t.Fatal(err)
				}
			}
			for id := range tc.orphaned {
				if _, ok := cur.Subscriptions[id]; ok {
					t.Errorf("subscription %s is still on the topic after the prune", id)
				}
			}
			if why := f.standingAlone().orphanedAll(cur); why != "" {
				t.Errorf("after the prune: %s", why)
			}
			if !res.Changed() && len(tc.orphaned) > 0 {
				t.Error("Changed() is false although orphans are deleted")
			}
		})
	}
}

func keys(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Key(KindSubscription, id)
	}
	slices.Sort(out)
	return out
}

// orphanedAll checks every subscription of d as orphaned checks one.
func (v *validator) orphanedAll(d *Directory) string {
	var out []string
	for _, s := range d.Subscriptions {
		if why := v.orphaned(s); why != "" {
			out = append(out, s.ID+": "+why)
		}
	}
	return strings.Join(out, "; ")
}

func dirOf(t *testing.T, yaml string) *Directory {
	t.Helper()
	f, err := ParseFile([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	d := New()
	_, recs, err := Plan(d, f, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func applyEntity(t *testing.T, d *Directory, e any) {
	t.Helper()
	r, err := EncodeRecord(e)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.apply(r); err != nil {
		t.Fatal(err)
	}
}
