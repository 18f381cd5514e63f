package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigApplyPruneRefusesEmptyFile: `config apply --prune` of a file
// that holds no entities — what `config get > f` leaves in f when the
// broker is down — deleted the whole directory and exited 0 (review
// S24A-5). It is refused, naming the file and why, and nothing is
// written; --prune-all empties the directory on purpose; a dry run is
// refused as the apply would be.
func TestConfigApplyPruneRefusesEmptyFile(t *testing.T) {
	b := newTestBroker(t)
	write := fileWriter(t)
	base := write("base.yaml", "resellers: [{id: acme-msp}]\nmanagers: [{id: acme-noc, level: reseller, of: acme-msp, email: noc@acme.example}]\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", base, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply the base: exit %d: %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name, body, why string
		args            []string
	}{
		{"empty file", "", "is empty", []string{"--prune"}},
		{"blank lines", "\n\n", "is empty", []string{"--prune"}},
		{"comments only", "# nothing here\n", "holds no resellers, customers, domains, managers or subscriptions", []string{"--prune"}},
		{"empty lists", "resellers: []\nmanagers: []\n", "holds no resellers", []string{"--prune"}},
		{"defaults alone", "defaults: {window: 30}\n", "holds no resellers", []string{"--prune"}},
		{"dry run", "", "is empty", []string{"--prune", "--dry-run"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := b.endOffset(t, b.topics.Config)
			file := write("f.yaml", tc.body)
			r := runMailflow(t, nil, "", append([]string{"config", "apply", "-f", file, "--brokers", b.addr}, tc.args...)...)
			if r.code != 1 || !strings.Contains(r.stderr, file+" "+tc.why) || !strings.Contains(r.stderr, "--prune-all") || strings.Contains(r.stdout, "deleted") {
				t.Fatalf("exit %d, want 1 naming the file, why and --prune-all\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
			if after := b.endOffset(t, b.topics.Config); after != before {
				t.Errorf("%d records written", after-before)
			}
		})
	}
	// Without --prune an empty file changes nothing, as before.
	empty := write("empty.yaml", "")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", empty, "--brokers", b.addr); r.code != 0 || strings.Contains(r.stdout, "deleted") {
		t.Fatalf("apply of an empty file without --prune: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r := runMailflow(t, nil, "", "config", "apply", "-f", empty, "--brokers", b.addr, "--prune-all")
	if r.code != 0 || !strings.Contains(r.stdout, "deleted reseller/acme-msp") || !strings.Contains(r.stdout, "deleted manager/acme-noc") {
		t.Fatalf("--prune-all of an empty file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestConfigGetShowSecretsWarnsOfReadableFile: `config get --show-secrets
// > f` wrote the secrets to a 0644 file without a word (review S24A-10);
// as apply does of a readable file with secrets, it now warns on stderr,
// naming the file and its mode, with chmod and umask as the fix. A
// private file, redacted output and a pipe are not warned of.
func TestConfigGetShowSecretsWarnsOfReadableFile(t *testing.T) {
	b := newTestBroker(t)
	write := fileWriter(t)
	dir := write("d.yaml", "resellers: [{id: r1}]\nmanagers:\n  - {id: m1, level: reseller, of: r1, webhook_url: \"https://h.example/in\", webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz}\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", dir, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply: exit %d: %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name string
		mode os.FileMode
		args []string
		warn bool
	}{
		{"0644 with --show-secrets", 0o644, []string{"--show-secrets"}, true},
		{"0640 with --show-secrets", 0o640, []string{"--show-secrets"}, true},
		{"0600 with --show-secrets", 0o600, []string{"--show-secrets"}, false},
		{"0644 redacted", 0o644, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), "out.yaml")
			out, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY, tc.mode)
			if err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			if err := out.Chmod(tc.mode); err != nil { // the test's umask aside
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			env := &environment{stdin: strings.NewReader(""), stdout: out, stderr: &stderr, getenv: func(string) string { return "" }}
			if code := mainWithExit(t.Context(), env, append([]string{"config", "get", "--brokers", b.addr}, tc.args...)); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			want := fmt.Sprintf("warning: %s is readable by its group or others (mode %04o) and now holds webhook secrets (--show-secrets): chmod 600 %s, and run umask 077", name, tc.mode, name)
			if got := strings.Contains(stderr.String(), want); got != tc.warn {
				t.Errorf("stderr %q; want the warning: %v", stderr.String(), tc.warn)
			}
		})
	}
	// A pipe or a terminal (here a buffer) is not a file left behind.
	if r := runMailflow(t, nil, "", "config", "get", "--show-secrets", "--brokers", b.addr); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Errorf("get to a buffer: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestConfigDeleteChecksKeys: `config delete` of a key the directory does
// not hold, or spelt in another letter case, printed "deleted" and exited
// 0 (review S24A-7); now it exits 1 naming it and writes nothing, a
// domain is found in any letter case, and a manager with subscriptions is
// refused unless they go too.
func TestConfigDeleteChecksKeys(t *testing.T) {
	b := newTestBroker(t)
	write := fileWriter(t)
	base := write("base.yaml", "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}]\ndomains: [{name: a.example, customer: c1}, {name: b.example, customer: c1}]\n"+
		"managers: [{id: ops, level: reseller, of: r1, email: ops@r.example}]\nsubscriptions: [{id: ops-all, manager: ops}]\n")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", base, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply the base: exit %d: %s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name   string
		keys   []string
		code   int
		stdout string // for exit 0
		stderr string // for exit 1
	}{
		{"no such domain", []string{"domain/nosuch.example"}, 1, "", `no such domain "nosuch.example"`},
		{"manager in another case", []string{"manager/OPS"}, 1, "", "did you mean manager/ops?"},
		{"manager with a subscription", []string{"manager/ops"}, 1, "", "manager/ops: subscription/ops-all refers to it"},
		{"domain in another case", []string{"domain/B.Example"}, 0, "deleted domain/b.example\n", ""},
		{"manager with its subscription", []string{"manager/ops", "subscription/ops-all"}, 0, "deleted manager/ops\ndeleted subscription/ops-all\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := b.endOffset(t, b.topics.Config)
			r := runMailflow(t, nil, "", append([]string{"config", "delete", "--brokers", b.addr}, tc.keys...)...)
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			if tc.code != 0 {
				if r.stdout != "" || !strings.Contains(r.stderr, "nothing was deleted") || !strings.Contains(r.stderr, tc.stderr) {
					t.Errorf("stdout %q, stderr %q; want nothing deleted and %q", r.stdout, r.stderr, tc.stderr)
				}
				if after := b.endOffset(t, b.topics.Config); after != before {
					t.Errorf("%d records written", after-before)
				}
				return
			}
			if r.stdout != tc.stdout {
				t.Errorf("stdout %q, want %q", r.stdout, tc.stdout)
			}
		})
	}
	// What is left is a directory config get prints and apply takes back.
	g := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr)
	if g.code != 0 || strings.Contains(g.stdout, "ops") || strings.Contains(g.stdout, "b.example") || !strings.Contains(g.stdout, "a.example") {
		t.Fatalf("config get after the deletes: exit %d\n%s%s", g.code, g.stdout, g.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", write("back.yaml", g.stdout), "--brokers", b.addr, "--prune", "--dry-run"); r.code != 0 {
		t.Errorf("config get's file does not apply: exit %d\n%s", r.code, r.stderr)
	}
}
