package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
)

// TestConfigApplyPartialFile: `mailflow config apply` of a partial file —
// one customer under a reseller the directory already holds — creates it
// (issue 17's review: it failed with "unknown reseller", as files were
// validated alone); a name the directory does not hold either is still
// refused with its line and nothing applied; with --prune the file must
// stand alone, and the error says why.
func TestConfigApplyPartialFile(t *testing.T) {
	b := newTestBroker(t)
	write := fileWriter(t)
	base := write("base.yaml", "resellers: [{id: acme-msp, name: Acme MSP}]\ncustomers: [{id: contoso, reseller: acme-msp}]\n"+
		"managers: [{id: acme-noc, level: reseller, of: acme-msp, email: noc@acme.example}]\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", base, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply the base: exit %d: %s", r.code, r.stderr)
	}
	partial := write("partial.yaml", "customers:\n  - id: fabrikam\n    reseller: acme-msp\ndomains:\n  - name: fabrikam.example\n    customer: fabrikam\n"+
		"subscriptions:\n  - {id: noc-fabrikam, manager: acme-noc, level: customer, of: fabrikam, transitions: [bad], channels: [email]}\n")

	r := runMailflow(t, nil, "", "config", "apply", "-f", partial, "--brokers", b.addr, "--dry-run")
	if r.code != 0 || !strings.Contains(r.stdout, "would be created customer/fabrikam") {
		t.Fatalf("dry run of a partial file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runMailflow(t, nil, "", "config", "apply", "-f", partial, "--brokers", b.addr, "--prune")
	if r.code == 0 || !strings.Contains(r.stderr, `customers[0].reseller: unknown reseller "acme-msp"`) || !strings.Contains(r.stderr, "with --prune the directory will hold only this file") {
		t.Fatalf("prune apply of a partial file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runMailflow(t, nil, "", "config", "apply", "-f", partial, "--brokers", b.addr)
	if r.code != 0 {
		t.Fatalf("apply a partial file: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"created customer/fabrikam", "created domain/fabrikam.example", "created subscription/noc-fabrikam"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("apply output lacks %q:\n%s", want, r.stdout)
		}
	}
	// Every change is in the audit, as the console's are (review finding:
	// config apply left none, although moving a domain changes who reads
	// its logs); a domain moved to another customer is an update with
	// the old and new customer.
	move := write("move.yaml", "domains:\n  - name: fabrikam.example\n    customer: contoso\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", move, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("move a domain: exit %d: %s", r.code, r.stderr)
	}
	es, _, err := audit.List(t.Context(), "mailflow.audit", time.Time{}, kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	actions := map[string]audit.Entry{}
	for _, e := range es {
		if e.Actor != "operator" || e.Via != "cli" {
			t.Errorf("audit entry %+v: want actor operator via cli", e)
		}
		actions[e.Action+" "+e.Key] = e
	}
	for _, want := range []string{"config.create reseller/acme-msp", "config.create manager/acme-noc", "config.create customer/fabrikam",
		"config.create domain/fabrikam.example", "config.create subscription/noc-fabrikam", "config.update domain/fabrikam.example"} {
		if _, ok := actions[want]; !ok {
			t.Errorf("the audit lacks %q; it has %v", want, slices.Sorted(maps.Keys(actions)))
		}
	}
	if e := actions["config.update domain/fabrikam.example"]; !strings.Contains(string(e.Before), "fabrikam") || !strings.Contains(string(e.After), "contoso") {
		t.Errorf("the move's audit entry: before %s, after %s; want the old and new customer", e.Before, e.After)
	}
	if r := runMailflow(t, nil, "", "config", "audit", "--brokers", b.addr); r.code != 0 || !strings.Contains(r.stdout, "config.update") {
		t.Errorf("config audit: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	got := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr)
	for _, want := range []string{"id: contoso", "id: fabrikam", "name: fabrikam.example", "id: noc-fabrikam"} {
		if !strings.Contains(got.stdout, want) {
			t.Errorf("config get lacks %q after the partial apply:\n%s", want, got.stdout)
		}
	}

	bad := write("bad.yaml", "customers:\n  - id: tailspin\n    reseller: nobody-msp\n")
	r = runMailflow(t, nil, "", "config", "apply", "-f", bad, "--brokers", b.addr)
	if r.code == 0 || !strings.Contains(r.stderr, `line 3: customers[0].reseller: unknown reseller "nobody-msp" (neither in the file nor in the directory it is applied to)`) ||
		!strings.Contains(r.stderr, "nothing was applied") {
		t.Fatalf("apply a name known nowhere: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if got := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr); strings.Contains(got.stdout, "tailspin") {
		t.Errorf("a refused file was applied:\n%s", got.stdout)
	}
}

// TestConfigApplyDeletesConsoleOverlays: a manager's console change of a
// domain's window is an overlay record; `config apply` of a file that
// updates the domain deletes it (the file's values win) and says so in
// its output and in the audit, as it does for every other key it
// deletes (left from the fifteenth session: it deleted them silently).
func TestConfigApplyDeletesConsoleOverlays(t *testing.T) {
	b := newTestBroker(t)
	write := fileWriter(t)
	base := write("base.yaml", "resellers: [{id: acme-msp}]\ncustomers: [{id: contoso, reseller: acme-msp}]\ndomains: [{name: contoso.example, customer: contoso}]\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", base, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply the base: exit %d: %s", r.code, r.stderr)
	}
	// What the console writes when a manager sets the domain's window.
	rec, err := directory.EncodeSettings(directory.LevelDomain, "contoso.example", directory.SettingsPatch{Fields: []string{"window"}, Values: directory.Settings{Window: 40}})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.cl.ProduceSync(t.Context(), &kgo.Record{Topic: b.topics.Config, Key: []byte(rec.Key), Value: rec.Value}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	update := write("update.yaml", "domains: [{name: contoso.example, customer: contoso, window: 30}]\n")
	var r result
	for deadline := time.Now().Add(10 * time.Second); ; {
		r = runMailflow(t, nil, "", "config", "apply", "-f", update, "--brokers", b.addr, "--dry-run")
		if strings.Contains(r.stdout, "would be deleted "+rec.Key) || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r.code != 0 || !strings.Contains(r.stdout, "would be deleted "+rec.Key+" (what managers changed in the console") {
		t.Fatalf("dry run: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runMailflow(t, nil, "", "config", "apply", "-f", update, "--brokers", b.addr)
	if r.code != 0 || !strings.Contains(r.stdout, "updated domain/contoso.example") || !strings.Contains(r.stdout, "deleted "+rec.Key) {
		t.Fatalf("apply: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	es, _, err := audit.List(t.Context(), "mailflow.audit", time.Time{}, kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range es {
		found = found || (e.Action == "config.delete" && e.Key == rec.Key && e.Actor == "operator")
	}
	if !found {
		t.Fatalf("the audit has no config.delete of %s: %+v", rec.Key, es)
	}
	if r := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr); !strings.Contains(r.stdout, "window: 30") {
		t.Fatalf("config get after the apply:\n%s", r.stdout)
	}

	// A file that changes one of the settings an overlay sets takes that
	// one back and leaves the rest: the overlay is narrowed, printed and
	// audited as an update; applying it again changes nothing.
	rec, err = directory.EncodeSettings(directory.LevelDomain, "contoso.example", directory.SettingsPatch{Fields: []string{"repeat_interval", "window"},
		Values: directory.Settings{Window: 40, RepeatInterval: 5 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.cl.ProduceSync(t.Context(), &kgo.Record{Topic: b.topics.Config, Key: []byte(rec.Key), Value: rec.Value}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	narrow := write("narrow.yaml", "domains: [{name: contoso.example, customer: contoso, window: 30, repeat_interval: 2h}]\n")
	for deadline := time.Now().Add(10 * time.Second); ; {
		r = runMailflow(t, nil, "", "config", "apply", "-f", narrow, "--brokers", b.addr, "--dry-run")
		if strings.Contains(r.stdout, "narrowed "+rec.Key) || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	r = runMailflow(t, nil, "", "config", "apply", "-f", narrow, "--brokers", b.addr)
	if r.code != 0 || !strings.Contains(r.stdout, "narrowed "+rec.Key+" (what managers changed in the console): the file's repeat_interval win") {
		t.Fatalf("apply: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		r = runMailflow(t, nil, "", "config", "get", "--brokers", b.addr)
		if strings.Contains(r.stdout, "window: 40") && strings.Contains(r.stdout, "repeat_interval: 2h") || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(r.stdout, "window: 40") || !strings.Contains(r.stdout, "repeat_interval: 2h") {
		t.Fatalf("config get after the narrowing apply: want the console's window and the file's repeat interval\n%s", r.stdout)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", narrow, "--brokers", b.addr); r.code != 0 || strings.Contains(r.stdout, "narrowed") || strings.Contains(r.stdout, "updated") {
		t.Fatalf("second apply of the same file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	es, _, err = audit.List(t.Context(), "mailflow.audit", time.Time{}, kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, e := range es {
		if e.Action == "config.update" && e.Key == rec.Key {
			// What the file took from the managers: the console's 5h,
			// the file's 2h; the window they keep is not in it.
			found = true
			if string(e.Before) != `{"repeat_interval":"5h"}` || string(e.After) != `{"repeat_interval":"2h"}` {
				t.Errorf("audit of the narrowed overlay: before %s, after %s; want the console's and the file's repeat interval", e.Before, e.After)
			}
		}
	}
	if !found {
		t.Fatalf("the audit has no config.update of the narrowed %s: %+v", rec.Key, es)
	}

	// config delete of an entity deletes its overlay, and says so only
	// when there is one (the second review found it silent).
	rec, err = directory.EncodeSettings(directory.LevelDomain, "contoso.example", directory.SettingsPatch{Fields: []string{"threshold"}, Values: directory.Settings{Threshold: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.cl.ProduceSync(t.Context(), &kgo.Record{Topic: b.topics.Config, Key: []byte(rec.Key), Value: rec.Value}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	r = runMailflow(t, nil, "", "config", "delete", "domain/contoso.example", "--brokers", b.addr)
	if r.code != 0 || !strings.Contains(r.stdout, "deleted "+rec.Key+" (what managers changed in the console)") {
		t.Fatalf("config delete: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "delete", "customer/contoso", "--brokers", b.addr); r.code != 0 || strings.Contains(r.stdout, "customer-settings") {
		t.Fatalf("config delete of an entity without an overlay: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	es, _, err = audit.List(t.Context(), "mailflow.audit", time.Time{}, kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if e.Action == "config.delete" && e.Key == rec.Key {
			n++
		}
	}
	if n != 2 { // the apply's and the delete's
		t.Fatalf("%d audit entries deleting %s, want 2", n, rec.Key)
	}
}

// fileWriter returns a function that writes a file of a temporary
// directory (mode 0600) and returns its path.
func fileWriter(t *testing.T) func(name, body string) string {
	dir := t.TempDir()
	return func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
}
