package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigGetRedactsSecrets checks that `config get` keeps webhook
// secrets and token hashes out of its output unless --show-secrets asks for
// them (issue 10, finding 8).
func TestConfigGetRedactsSecrets(t *testing.T) {
	b := newTestBroker(t)
	example, secret, tokenHash := exampleWithSecrets(t)
	file := filepath.Join(t.TempDir(), "directory.yaml")
	if err := os.WriteFile(file, example, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply: exit %d\n%s", r.code, r.stderr)
	}
	for _, tc := range []struct {
		name string
		args []string
		vars map[string]string
		show bool
	}{
		{"by default", nil, nil, false},
		{"with the old --redact-secrets", []string{"--redact-secrets"}, nil, false},
		{"with --show-secrets", []string{"--show-secrets"}, nil, true},
		{"with MAILFLOW_SHOW_SECRETS", nil, map[string]string{"MAILFLOW_SHOW_SECRETS": "true"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runMailflow(t, tc.vars, "", append([]string{"config", "get", "--brokers", b.addr}, tc.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d\n%s", r.code, r.stderr)
			}
			for _, s := range []string{secret, tokenHash} {
				if strings.Contains(r.stdout, s) != tc.show || strings.Contains(r.stderr, s) {
					t.Errorf("%s shown: %v, want %v\nstdout:\n%s\nstderr:\n%s", s[:12], strings.Contains(r.stdout, s), tc.show, r.stdout, r.stderr)
				}
			}
			if !tc.show && (!strings.Contains(r.stdout, "webhook_secret: whsec_REDACTED") || !strings.Contains(r.stdout, "api_token_sha256: REDACTED") ||
				!strings.HasPrefix(r.stdout, "# Webhook secrets, API token hashes and the credentials in webhook URLs are shown as REDACTED; --show-secrets prints them.\n")) {
				t.Errorf("redacted output:\n%s", r.stdout)
			}
		})
	}
}
