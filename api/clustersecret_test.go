package api

import "testing"

// TestCheckClusterSecret: short secrets and published placeholders are
// refused (review finding: docker-compose.yml's fallback
// "compose-demo-secret-change-me" let anyone who read it forge forwarded
// requests with scope all).
func TestCheckClusterSecret(t *testing.T) {
	for _, tc := range []struct {
		secret string
		ok     bool
	}{
		{"", false},
		{"short", false},
		{"a", false},
		{"0123456789abcde", false},
		{"compose-demo-secret-change-me", false},
		{"COMPOSE-DEMO-SECRET-CHANGEME-1234", false},
		{"my_cluster_secret_change_me_now", false},
		{"an-example-secret-for-the-docs", false},
		{"put-your-secret-here-0123456789", false},
		{"q3ZkP9vT1sYb0mXc7LrW2nHf5JgA8dEu", true},
		{"3HxJ4w2YgS9nq0v8Zb1T6mR5cLkPdAeF+Qu7oNiW=", true},
	} {
		if err := CheckClusterSecret(tc.secret); (err == nil) != tc.ok {
			t.Errorf("CheckClusterSecret(%q) = %v, want ok %v", tc.secret, err, tc.ok)
		}
		// The operator's API token sees every domain too: the same rule
		// (review finding: a 1-byte --api-token was accepted).
		if err := CheckAPIToken(tc.secret); (err == nil) != tc.ok {
			t.Errorf("CheckAPIToken(%q) = %v, want ok %v", tc.secret, err, tc.ok)
		}
	}
}
