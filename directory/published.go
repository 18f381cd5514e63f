package directory

import "fmt"

// publishedSecrets are webhook secrets and API token hashes that were
// printed in mailflow's own examples (directory/testdata/example.yaml
// before 2026-12-03; the plaintext of the token is in this package's
// tests): anyone can sign a webhook or present the token with them.
func publishedSecrets() map[string]string {
	return map[string]string{
		"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw":                           "webhook_secret",
		"ebd331e77cb7fa9799a4f74a493e6ed5f7b908120658122e5ab4d8e1ba51e334": "api_token_sha256",
	}
}

// CheckPublishedSecrets returns an error naming every manager of f whose
// webhook secret or API token hash is one mailflow's examples published
// (review S24A-6: the example's token hash, whose token is public, gave a
// reseller-wide API token to anyone). config apply refuses such a file;
// the parser does not, so that tests and tools may still read one.
func CheckPublishedSecrets(f *File) error {
	known := publishedSecrets()
	var problems []string
	for i, m := range f.Managers {
		for _, v := range []string{m.WebhookSecret, m.APITokenSHA256} {
			if field, ok := known[v]; ok {
				problems = append(problems, fmt.Sprintf("managers[%d] (%s).%s is the value mailflow's example published: anyone can use it; make one of your own (see the comments in directory/testdata/example.yaml)", i, m.ID, field))
			}
		}
	}
	if len(problems) == 0 {
		return nil
	}
	msg := problems[0]
	for _, p := range problems[1:] {
		msg += "\n" + p
	}
	return fmt.Errorf("%s", msg)
}
