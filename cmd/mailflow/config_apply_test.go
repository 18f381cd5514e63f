package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigApplyPartialFile: `mailflow config apply` of a partial file —
// one customer under a reseller the directory already holds — creates it
// (issue 17's review: it failed with "unknown reseller", as files were
// validated alone); a name the directory does not hold either is still
// refused with its line and nothing applied; with --prune the file must
// stand alone, and the error says why.
func TestConfigApplyPartialFile(t *testing.T) {
	b := newTestBroker(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
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
