package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// roundTripFile holds managers whose webhook URLs carry credentials in the
// forms receivers use (a query token, an API key, a SAS signature, an Azure
// Functions code, several at once), one URL without any, webhook secrets
// and an API token hash.
const roundTripFile = `resellers:
  - id: acme
    name: Acme MSP
managers:
  - id: by-token
    level: reseller
    of: acme
    webhook_url: https://hooks.example.net/in?token=tok-SECRET-1
    webhook_secret: whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop
  - id: by-key
    level: reseller
    of: acme
    webhook_url: https://hooks.example.net/in?team=noc&api_key=key-SECRET-2&x=1
    webhook_secret: whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop
  - id: by-sig
    level: reseller
    of: acme
    webhook_url: https://store.example.net/q?sv=2024-01-01&sig=sig%2BSECRET%2F3&se=2030-01-01
    webhook_secret: whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop
  - id: by-code
    level: reseller
    of: acme
    webhook_url: https://fn.example.net/api/alert?code=code-SECRET-4
    webhook_secret: whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop
    api_token_sha256: 5eaaa48ce1ae7457941702f6c9b90150753c4e579ea4e0b1e3862128246292ff
  - id: plain
    level: reseller
    of: acme
    webhook_url: https://hooks.example.net/plain?team=noc
    webhook_secret: whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop
`

var roundTripSecrets = []string{"tok-SECRET-1", "key-SECRET-2", "SECRET%2F3", "code-SECRET-4",
	"whsec_MxC5WU9qHqkEzNJMqqCxOXICDaCQQQop", "5eaaa48ce1ae7457941702f6c9b90150753c4e579ea4e0b1e3862128246292ff"}

// TestConfigGetApplyRoundTrip: what `config get` prints hides every
// credential a webhook URL carries (review: the URLs were printed whole),
// and applies back as it is, keeping the stored secrets (review: the
// REDACTED placeholders made config get | config apply fail); a dry run
// says which fields of which object change, without the secrets; a
// placeholder in a URL that was changed elsewhere is refused.
func TestConfigGetApplyRoundTrip(t *testing.T) {
	b := newTestBroker(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "dir.yaml")
	if err := os.WriteFile(file, []byte(roundTripFile), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr); r.code != 0 {
		t.Fatalf("apply: exit %d\n%s", r.code, r.stderr)
	}
	get := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr)
	if get.code != 0 {
		t.Fatalf("config get: exit %d\n%s", get.code, get.stderr)
	}
	for _, s := range roundTripSecrets {
		if strings.Contains(get.stdout, s) {
			t.Errorf("config get prints %q:\n%s", s, get.stdout)
		}
	}
	for _, want := range []string{"https://hooks.example.net/in?token=REDACTED", "https://hooks.example.net/in?team=noc&api_key=REDACTED&x=1",
		"https://store.example.net/q?sv=2024-01-01&sig=REDACTED&se=2030-01-01", "https://fn.example.net/api/alert?code=REDACTED",
		"https://hooks.example.net/plain?team=noc"} {
		if !strings.Contains(get.stdout, want) {
			t.Errorf("config get lacks %q:\n%s", want, get.stdout)
		}
	}

	// Applied back, from stdin and from a file alike: nothing changes.
	back := runMailflow(t, nil, get.stdout, "config", "apply", "-f", "-", "--brokers", b.addr)
	if back.code != 0 || strings.Contains(back.stdout, "updated") || strings.Contains(back.stdout, "created") {
		t.Fatalf("config get | config apply -f -: exit %d\n%s%s", back.code, back.stdout, back.stderr)
	}
	got := filepath.Join(dir, "got.yaml")
	// As a shell redirect writes it, 0644: config get's placeholders
	// hold no secret to warn of (review S29B-4: whsec_REDACTED did).
	if err := os.WriteFile(got, []byte(get.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(got, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", got, "--brokers", b.addr, "--dry-run"); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Fatalf("config apply --dry-run of config get's file at 0644: exit %d, want no warning\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", got, "--brokers", b.addr, "--prune"); r.code != 0 || strings.Contains(r.stdout, "updated") || strings.Contains(r.stdout, "deleted") {
		t.Fatalf("config apply --prune of config get's file: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	shown := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr, "--show-secrets")
	for _, s := range roundTripSecrets {
		if !strings.Contains(shown.stdout, s) {
			t.Errorf("after the round trip the directory lost %q:\n%s", s, shown.stdout)
		}
	}

	// A dry run of an edited file names each changed field, secrets
	// hidden; the apply it previews keeps them.
	edited := strings.Replace(get.stdout, "name: Acme MSP", "name: Acme Partners", 1)
	edited = strings.Replace(edited, "https://fn.example.net/api/alert?code=REDACTED", "https://fn2.example.net/api/alert?code=code-SECRET-5", 1)
	edited = strings.Replace(edited, "    webhook_secret: whsec_REDACTED\n  - id: plain", "    webhook_secret: whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n  - id: plain", 1)
	dry := runMailflow(t, nil, edited, "config", "apply", "-f", "-", "--brokers", b.addr, "--dry-run")
	if dry.code != 0 {
		t.Fatalf("dry run: exit %d\n%s%s", dry.code, dry.stdout, dry.stderr)
	}
	for _, want := range []string{"would be updated reseller/acme\n    name: Acme MSP → Acme Partners\n",
		"would be updated manager/by-code\n    webhook_url: https://fn.example.net/api/alert?code=REDACTED → https://fn2.example.net/api/alert?code=REDACTED\n",
		"would be updated manager/by-token\n    webhook_secret: (changed; the value is secret)\n", "3 unchanged"} {
		if !strings.Contains(dry.stdout, want) {
			t.Errorf("dry run lacks %q:\n%s", want, dry.stdout)
		}
	}
	for _, s := range append(roundTripSecrets, "code-SECRET-5", "whsec_AAAA") {
		if strings.Contains(dry.stdout+dry.stderr, s) {
			t.Errorf("dry run prints %q:\n%s%s", s, dry.stdout, dry.stderr)
		}
	}

	// A placeholder left in a URL whose other parts changed has nothing
	// to stand for: refused, nothing applied.
	moved := strings.Replace(get.stdout, "https://hooks.example.net/in?token=REDACTED", "https://hooks2.example.net/in?token=REDACTED", 1)
	r := runMailflow(t, nil, moved, "config", "apply", "-f", "-", "--brokers", b.addr)
	if r.code == 0 || !strings.Contains(r.stderr, "webhook_url: holds REDACTED") {
		t.Fatalf("a moved URL with a placeholder: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if s := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr, "--show-secrets"); !strings.Contains(s.stdout, "https://hooks.example.net/in?token=tok-SECRET-1") {
		t.Errorf("a refused file changed the directory:\n%s", s.stdout)
	}
}
