package directory

import (
	"slices"
	"strings"
	"testing"
)

// TestResolveDeletes: config delete takes a key as the directory keys it
// (a domain in any letter case, a kind in upper case), refuses a key
// nothing holds — naming it, with the key of another letter case when
// there is one — and refuses to leave what config apply would refuse (a
// subscription of a deleted manager, a customer of a deleted reseller)
// unless those are deleted too; console subscriptions go along. Before,
// every key was "deleted" (review S24A-7).
func TestResolveDeletes(t *testing.T) {
	d := New()
	d.Resellers["r1"] = Reseller{ID: "r1"}
	d.Customers["c1"] = Customer{ID: "c1", Reseller: "r1"}
	d.Domains["a.example"] = Domain{Name: "a.example", Customer: "c1"}
	d.Managers["ops"] = Manager{ID: "ops", Level: LevelReseller, Of: "r1", Email: "ops@r.example"}
	d.Managers["lonely"] = Manager{ID: "lonely", Level: LevelReseller, Of: "r1", Email: "l@r.example"}
	d.Managers["pm"] = Manager{ID: "pm", Level: LevelDomain, Of: "a.example", Email: "pm@a.example"}
	d.Subscriptions["ops-all"] = Subscription{ID: "ops-all", Manager: "ops"}
	d.Subscriptions["console-1"] = Subscription{ID: "console-1", Manager: "lonely"}
	invalid := []InvalidRecord{{Key: "customer/bad id!", Reason: "bad"}, {Key: "domain/Old.Example", Reason: "not canonical"}}
	for _, tc := range []struct {
		name  string
		keys  []string
		want  []string // the keys deleted; nil when refused
		along []string
		err   []string // parts of the error
	}{
		{"a subscription", []string{"subscription/ops-all"}, []string{"subscription/ops-all"}, nil, nil},
		{"a domain in another case", []string{"domain/A.Example."}, nil, nil, []string{"domain/a.example: manager/pm refers to it", "config delete domain/a.example manager/pm"}},
		{"a domain and its manager", []string{"DOMAIN/A.EXAMPLE", "manager/pm"}, []string{"domain/a.example", "manager/pm"}, nil, nil},
		{"no such manager", []string{"manager/nosuch"}, nil, nil, []string{`no such manager "nosuch" in the directory, nothing was deleted`}},
		{"a manager in another case", []string{"manager/OPS"}, nil, nil, []string{`no such manager "OPS" (ids are case-sensitive): did you mean manager/ops?`}},
		{"no such domain", []string{"domain/b.example"}, nil, nil, []string{`no such domain "b.example"`}},
		{"no such overlay", []string{"webhook/ops"}, nil, nil, []string{`no such webhook "ops"`}},
		{"one unknown among known", []string{"subscription/ops-all", "reseller/nosuch"}, nil, nil, []string{`no such reseller "nosuch"`}},
		{"a manager with subscriptions", []string{"manager/ops"}, nil, nil, []string{"manager/ops: subscription/ops-all refers to it", "config apply --prune"}},
		{"a manager with its subscriptions", []string{"manager/ops", "subscription/ops-all"}, []string{"manager/ops", "subscription/ops-all"}, nil, nil},
		{"console subscriptions go along", []string{"manager/lonely"}, []string{"manager/lonely"}, []string{"subscription/console-1"}, nil},
		{"a reseller with customers and managers", []string{"reseller/r1"}, nil, nil, []string{"reseller/r1: customer/c1, manager/lonely, manager/ops refer to it"}},
		{"an invalid record as given", []string{"customer/bad id!", "domain/Old.Example"}, []string{"customer/bad id!", "domain/Old.Example"}, nil, nil},
		{"defaults", []string{"defaults/GLOBAL"}, []string{"defaults/global"}, nil, nil},
		{"an unknown kind", []string{"bogus/x"}, nil, nil, []string{`"bogus/x": not a config key`}},
		{"the same key twice", []string{"domain/a.example", "domain/A.example", "manager/pm"}, []string{"domain/a.example", "manager/pm"}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			del, err := ResolveDeletes(d, invalid, tc.keys)
			if tc.want == nil {
				if err == nil {
					t.Fatalf("deletes %v, want refused", del.Keys)
				}
				for _, part := range tc.err {
					if !strings.Contains(err.Error(), part) {
						t.Errorf("error %q lacks %q", err, part)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var along []string
			for _, o := range del.Along {
				along = append(along, o.Key)
			}
			if !slices.Equal(del.Keys, tc.want) || !slices.Equal(along, tc.along) {
				t.Errorf("deletes %v along %v, want %v along %v", del.Keys, along, tc.want, tc.along)
			}
		})
	}
}

// TestResolveDeletesWebhook: a webhook overlay that a subscription's
// webhook channel needs is not deleted alone (review S24B-2); one whose
// manager's record has a webhook of its own is, since that one stands
// again.
func TestResolveDeletesWebhook(t *testing.T) {
	const secret = "whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop"
	d := New()
	d.Resellers["r1"] = Reseller{ID: "r1"}
	d.Managers["noc"] = Manager{ID: "noc", Level: LevelReseller, Of: "r1", Email: "noc@r.example"}
	d.Managers["own"] = Manager{ID: "own", Level: LevelReseller, Of: "r1", Email: "own@r.example",
		WebhookURL: "https://hooks.r.example/own", WebhookSecret: secret}
	for _, id := range []string{"noc", "own"} {
		rec, err := EncodeWebhook(id, Webhook{URL: "https://hooks.r.example/console-" + id, Secret: secret})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.apply(rec); err != nil {
			t.Fatal(err)
		}
	}
	d.Subscriptions["console-noc"] = Subscription{ID: "console-noc", Manager: "noc", Channels: []string{"webhook"}}
	d.Subscriptions["console-own"] = Subscription{ID: "console-own", Manager: "own", Channels: []string{"email", "webhook"}}
	if _, err := ResolveDeletes(d, nil, []string{"webhook/noc"}); err == nil || !strings.Contains(err.Error(), "subscription/console-noc refers to it") {
		t.Errorf("delete the webhook a subscription needs: %v, want refused naming subscription/console-noc", err)
	}
	if del, err := ResolveDeletes(d, nil, []string{"webhook/noc", "subscription/console-noc"}); err != nil || !slices.Equal(del.Keys, []string{"subscription/console-noc", "webhook/noc"}) && !slices.Equal(del.Keys, []string{"webhook/noc", "subscription/console-noc"}) {
		t.Errorf("delete the webhook with its subscription: %v %v", del.Keys, err)
	}
	if del, err := ResolveDeletes(d, nil, []string{"webhook/own"}); err != nil || !slices.Equal(del.Keys, []string{"webhook/own"}) {
		t.Errorf("delete an overlay over the manager's own webhook: %v %v, want deleted", del.Keys, err)
	}
}
