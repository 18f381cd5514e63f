package main

import (
	"crypto/rand"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// exampleWithSecrets returns directory/testdata/example.yaml with a fresh
// webhook (URL and secret) and API token hash given to its reseller NOC,
// as an operator following the example's comments would write them: the
// example itself holds none (review S24A-6).
func exampleWithSecrets(t *testing.T) (yaml []byte, secret, tokenHash string) {
	t.Helper()
	example, err := os.ReadFile(filepath.Join("..", "..", "directory", "testdata", "example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	secret = directory.WebhookSecretPrefix + base64.StdEncoding.EncodeToString([]byte(rand.Text()[:24]))
	tokenHash = directory.HashToken(rand.Text())
	const anchor = "    email: noc@acme-msp.example\n"
	if !strings.Contains(string(example), anchor) {
		t.Fatal("example.yaml no longer has the NOC's address line this helper adds the secrets after")
	}
	add := anchor + "    webhook_url: https://hooks.acme-msp.example/mailflow\n    webhook_secret: " + secret + "\n    api_token_sha256: " + tokenHash + "\n"
	return []byte(strings.Replace(string(example), anchor, add, 1)), secret, tokenHash
}

// TestPublishedExampleSecretsRefused: the webhook secret and the token
// hash that earlier versions of example.yaml published (the token's
// plaintext is in directory's tests) are refused by config apply, dry run
// too, naming the manager; the example itself applies.
func TestPublishedExampleSecretsRefused(t *testing.T) {
	b := newTestBroker(t)
	example, secret, tokenHash := exampleWithSecrets(t)
	dir := t.TempDir()
	for name, tc := range map[string]struct{ fresh, published string }{
		"secret": {secret, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"},
		"token":  {tokenHash, "ebd331e77cb7fa9799a4f74a493e6ed5f7b908120658122e5ab4d8e1ba51e334"},
	} {
		file := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
		if err := os.WriteFile(file, []byte(strings.Replace(string(example), tc.fresh, tc.published, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, dry := range []bool{true, false} {
			args := []string{"config", "apply", "-f", file, "--brokers", b.addr}
			if dry {
				args = append(args, "--dry-run")
			}
			r := runMailflow(t, nil, "", args...)
			if r.code == 0 || !strings.Contains(r.stderr, "acme-noc") || !strings.Contains(r.stderr, "published") {
				t.Errorf("%s (dry run %v): exit %d\n%s", name, dry, r.code, r.stderr)
			}
		}
	}
	if n := b.endOffset(t, b.topics.Config); n != 0 {
		t.Errorf("a refused apply wrote %d records", n)
	}
	file := filepath.Join("..", "..", "directory", "testdata", "example.yaml")
	if r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr); r.code != 0 {
		t.Errorf("the example: exit %d\n%s", r.code, r.stderr)
	}
}
