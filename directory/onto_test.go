package directory

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestApplyPartialFile: a file applied without --prune is checked against
// the directory as it will be after the apply — what the topic holds with
// the file's entities over it — so a partial file may name a reseller,
// customer, domain or manager the topic already holds (issue 17's review:
// "unknown reseller" for a reseller that exists, because files were
// validated alone). What is unknown in both is still refused with its line,
// and nothing is written; with --prune the file must stand alone, since
// the topic will hold only the file.
func TestApplyPartialFile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "cfg"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	opts := []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	const tokenHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	base, err := ParseFile([]byte(`
resellers: [{id: r1}]
customers: [{id: c1, reseller: r1}]
domains: [{name: d1.example, customer: c1}]
managers:
  - {id: m1, level: reseller, of: r1, email: m1@r1.example, api_token_sha256: ` + tokenHash + `}
  - {id: mc, level: customer, of: c1, email: mc@c1.example}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Apply(ctx, cl, "cfg", base, true); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name, file string
		prune      bool
		// created are the keys the apply creates; empty when it must fail
		// with every one of problems.
		created  []string
		problems []string
	}{
		{name: "customer of an existing reseller", file: "customers: [{id: c2, reseller: r1}]\n", created: []string{"customer/c2"}},
		{name: "domain of an existing customer", file: "domains: [{name: d2.example, customer: c1}]\n", created: []string{"domain/d2.example"}},
		{name: "subscription of an existing manager at an existing customer",
			file:    "subscriptions: [{id: s1, manager: m1, level: customer, of: c1, transitions: [bad], channels: [email]}]\n",
			created: []string{"subscription/s1"}},
		{name: "manager of an existing domain", file: "managers: [{id: md, level: domain, of: d1.example, email: md@d1.example}]\n", created: []string{"manager/md"}},
		{name: "a new reseller next to an existing one",
			file:    "resellers: [{id: r2}]\ncustomers: [{id: c5, reseller: r2}, {id: c6, reseller: r1}]\n",
			created: []string{"customer/c5", "customer/c6", "reseller/r2"}},
		{name: "unknown everywhere", file: "customers:\n  - id: c3\n    reseller: r9\n",
			problems: []string{`line 3: customers[0].reseller: unknown reseller "r9"`}},
		{name: "outside an existing manager's scope",
			file:     "resellers: [{id: r3}]\nsubscriptions: [{id: s2, manager: mc, level: reseller, of: r3, transitions: [bad], channels: [email]}]\n",
			problems: []string{`subscriptions[0].of: reseller "r3" is outside manager "mc"'s customer "c1"`}},
		{name: "the token hash of an existing manager",
			file:     "managers: [{id: m9, level: reseller, of: r1, email: m9@r1.example, api_token_sha256: " + tokenHash + "}]\n",
			problems: []string{`managers[0].api_token_sha256: the same token hash as manager "m1"`}},
		{name: "the address of an existing manager, in other letter case",
			file:     "managers: [{id: m8, level: customer, of: c1, email: MC@C1.example}]\n",
			problems: []string{`managers[0].email: "MC@C1.example" is the address of manager "mc" in the directory`}},
		{name: "one address for two managers of the file",
			file:     "managers: [{id: m6, level: customer, of: c1, email: ops@c1.example}, {id: m7, level: customer, of: c1, email: Ops@c1.example}]\n",
			problems: []string{`managers[1].email: "Ops@c1.example" is managers[0]'s address too`}},
		{name: "a manager taking over the address another one gives up",
			file:    "managers: [{id: mc, level: customer, of: c1, email: new-mc@c1.example}, {id: m5, level: customer, of: c1, email: mc@c1.example}]\n",
			created: []string{"manager/m5"}},
		{name: "a manager moved away from their subscription in the directory",
			file:     "resellers: [{id: r4}]\nmanagers: [{id: m1, level: reseller, of: r4, email: m1@r1.example}]\n",
			problems: []string{`subscription "s1" of manager "m1" (in the directory, not in this file): customer "c1" would be outside the manager's reseller "r4"`}},
		{name: "a manager left without the address a subscription uses",
			file:     "managers: [{id: m1, level: reseller, of: r1, webhook_url: \"https://hooks.example/m1\", webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz}]\n",
			problems: []string{`subscription "s1" of manager "m1" (in the directory, not in this file) sends e-mail, and this file leaves the manager without an email`}},
		{name: "prune: the file stands alone", file: "customers: [{id: c4, reseller: r1}]\n", prune: true,
			problems: []string{`customers[0].reseller: unknown reseller "r1"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cur, err := Load(ctx, "cfg", opts...)
			if err != nil {
				t.Fatal(err)
			}
			onto := cur
			if tc.prune {
				onto = nil
			}
			f, err := ParseFileOnto([]byte(tc.file), onto)
			if len(tc.problems) > 0 {
				if err == nil {
					t.Fatalf("parsed; want %q", tc.problems)
				}
				for _, p := range tc.problems {
					if !strings.Contains(err.Error(), p) {
						t.Errorf("error %q does not say %q", err, p)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// The dry run's Plan sees what Apply will.
			if pres, _, err := Plan(cur, f, false); err != nil || strings.Join(pres.Created, ",") != strings.Join(tc.created, ",") {
				t.Errorf("plan: %+v, %v; want created %q", pres, err, tc.created)
			}
			res, err := Apply(ctx, cl, "cfg", f, false)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(res.Created, ",") != strings.Join(tc.created, ",") {
				t.Errorf("created %q, want %q (%+v)", res.Created, tc.created, res)
			}
			// The same file with --prune does not stand alone: refused by
			// Apply itself, nothing written.
			before, err := Load(ctx, "cfg", opts...)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Apply(ctx, cl, "cfg", f, true); err == nil || !strings.Contains(err.Error(), "unknown") {
				t.Errorf("prune apply of a partial file: %v", err)
			}
			after, err := Load(ctx, "cfg", opts...)
			if err != nil {
				t.Fatal(err)
			}
			if len(after.Customers) != len(before.Customers) || len(after.Resellers) != len(before.Resellers) || len(after.Managers) != len(before.Managers) {
				t.Errorf("a refused prune apply changed the directory")
			}
		})
	}
}

// TestPlanChecksLikeApply: a file valid on its own (it defines the
// reseller it moves a manager to) that leaves a subscription of the
// directory outside its manager's scope is refused by Plan, as Apply
// refuses it (config apply --dry-run said it would apply; fresh review).
func TestPlanChecksLikeApply(t *testing.T) {
	cur, err := ParseFile([]byte(`
resellers: [{id: r1}]
customers: [{id: c1, reseller: r1}]
managers: [{id: m1, level: reseller, of: r1, email: m1@r1.example}]
subscriptions: [{id: s1, manager: m1, level: customer, of: c1, transitions: [bad], channels: [email]}]
`))
	if err != nil {
		t.Fatal(err)
	}
	d := cur.Directory()
	for _, file := range []string{
		"resellers: [{id: r4}]\nmanagers: [{id: m1, level: reseller, of: r4, email: m1@r1.example}]\n",
		"resellers: [{id: r5}]\ncustomers: [{id: c1, reseller: r5}]\n",
	} {
		f, err := ParseFile([]byte(file))
		if err != nil {
			t.Fatalf("%q does not stand alone: %v", file, err)
		}
		if _, _, err := Plan(d, f, false); err == nil || !strings.Contains(err.Error(), "outside the manager's") {
			t.Errorf("plan of %q: %v, want the subscription outside its manager's scope", file, err)
		}
	}
}
