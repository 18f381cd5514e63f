package directory

import (
	"strings"
	"testing"
)

// TestRedactedSecretsExplained: a file from config get, whose secrets are
// printed as REDACTED, is refused with a sentence saying why and what to
// do, for the webhook secret and the token hash alike (review finding:
// "the key is 6 bytes" did not say that config get had redacted it).
func TestRedactedSecretsExplained(t *testing.T) {
	file := `resellers:
  - id: r
managers:
  - id: noc
    level: reseller
    of: r
    email: noc@r.example
    webhook_url: https://hooks.example.net/x
    webhook_secret: whsec_REDACTED
    api_token_sha256: REDACTED
`
	_, err := ParseFile([]byte(file))
	if err == nil {
		t.Fatal("a file with REDACTED secrets was accepted")
	}
	for _, want := range []string{"managers[0].webhook_secret: is REDACTED", "managers[0].api_token_sha256: is REDACTED", "config get --show-secrets"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
