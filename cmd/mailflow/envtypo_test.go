package main

import (
	"strings"
	"testing"
)

// TestMisspeltVariables: a MAILFLOW_ variable that is plainly a misspelling
// of one of the command's own fails at once naming the one meant (review
// finding: MAILFLOW_APITOKEN was ignored and the API left open); a
// variable like none of the command's, or another command's, is left
// alone, and so is the misspelling when the right variable is set too.
func TestMisspeltVariables(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		vars map[string]string
		want string // "" when the command must get past the variables
	}{
		{"underscore dropped", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_APITOKEN": "x"}, "MAILFLOW_APITOKEN is not a variable of mailflow run, and is ignored: did you mean MAILFLOW_API_TOKEN (--api-token)?"},
		{"letters swapped", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_CLSUTER_SECRET": "x"}, "did you mean MAILFLOW_CLUSTER_SECRET"},
		{"letter dropped", []string{"run", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_MEMORY_LIMT": "1GiB"}, "did you mean MAILFLOW_MEMORY_LIMIT"},
		{"letter added", []string{"sink", "--brokers", "127.0.0.1:1"}, map[string]string{"MAILFLOW_SMTP_PASSWORDD": "x"}, "did you mean MAILFLOW_SMTP_PASSWORD"},
		{"status", []string{"status", "a.example"}, map[string]string{"MAILFLOW_API_TOKNE": "x"}, "did you mean MAILFLOW_API_TOKEN"},
		// Short names (review finding: these were ignored in silence).
		{"plural's S dropped", []string{"ingest", "postfix", "--file", "mail.log"}, map[string]string{"MAILFLOW_BROKER": "kafka:9092"}, "did you mean MAILFLOW_BROKERS"},
		{"S added", []string{"ingest", "postfix", "--file", "mail.log"}, map[string]string{"MAILFLOW_FOLLOWS": "1"}, "did you mean MAILFLOW_FOLLOW"},
		{"doubled letter once", []string{"ingest", "postfix", "--file", "mail.log"}, map[string]string{"MAILFLOW_FOLOW": "1"}, "did you mean MAILFLOW_FOLLOW"},
		{"letter doubled", []string{"status", "a.example"}, map[string]string{"MAILFLOW_APPI": "http://x"}, "did you mean MAILFLOW_API"},
		{"another command's variable", []string{"status", "--api", "http://127.0.0.1:1", "a.example"}, map[string]string{"MAILFLOW_SINCE": "1h", "MAILFLOW_SMTP_HOST": "x"}, ""},
		{"another program's", []string{"status", "--api", "http://127.0.0.1:1", "a.example"}, map[string]string{"MAILFLOW_TEST_BROKERS": "x", "MAILFLOW_SCREENSHOT_DIR": "/tmp"}, ""},
		{"the right one set too", []string{"status", "--api", "http://127.0.0.1:1", "a.example"}, map[string]string{"MAILFLOW_APITOKEN": "x", "MAILFLOW_API_TOKEN": "y"}, ""},
		{"the flag given", []string{"status", "--api", "http://127.0.0.1:1", "--api-token", "y", "a.example"}, map[string]string{"MAILFLOW_APITOKEN": "x"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			r := runMailflow(t, tc.vars, "", tc.args...)
			if tc.want != "" {
				if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
					t.Fatalf("exit %d, want 2 with %q:\n%s", r.code, tc.want, r.stderr)
				}
				return
			}
			if r.code == 2 || strings.Contains(r.stderr, "is not a variable of") {
				t.Fatalf("exit %d; the variables were refused:\n%s", r.code, r.stderr)
			}
		})
	}
}

func TestEditDistanceOne(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"abc", "abc", false}, {"abc", "abd", true}, {"abc", "ab", true}, {"abc", "abcd", true}, {"abc", "bac", true},
		{"abc", "cab", false}, {"abc", "a", false}, {"abcd", "abdc", true}, {"", "a", true}, {"ab", "ba", true},
	} {
		if got := editDistanceOne(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistanceOne(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDoubledLetter(t *testing.T) {
	for _, tc := range []struct {
		long, short string
		want        bool
	}{
		{"FOLLOW", "FOLOW", true}, {"APPI", "API", true}, {"FOLLOW", "FOLLOW", false}, {"FOLLOW", "FLOW", false},
		{"FOLLOWS", "FOLLOW", false}, {"AAPI", "API", true}, {"ABC", "AC", false}, {"", "", false},
	} {
		if got := doubledLetter(tc.long, tc.short); got != tc.want {
			t.Errorf("doubledLetter(%q, %q) = %v, want %v", tc.long, tc.short, got, tc.want)
		}
	}
}
