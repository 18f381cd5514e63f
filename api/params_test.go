package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/directory"
)

// TestUnknownParameters checks that every endpoint refuses a query
// parameter it does not read, naming it, instead of answering as if it
// were absent (review S23A-3: "?stauts=good" answered with the Bad list,
// "?limit=2" on the live log with all 25 attempts, "?format=csv" on a
// timeline with JSON); and that the parameters each one reads, the token
// parameter and the cache-buster still pass.
func TestUnknownParameters(t *testing.T) {
	f := newFixture(t, directory.Reseller{ID: "r"}, directory.Customer{ID: "c", Reseller: "r"},
		directory.Domain{Name: "open.example", Customer: "c"})
	f.run()
	f.produce(failure("open.example", userUnknown))
	f.waitAttempts(map[string]int{"open.example": 1})
	for _, tc := range []struct {
		path string
		code int
		want string // part of a refusal
	}{
		{"/api/v1/domains?stauts=good", 400, `"stauts" is not a parameter of the domain list`},
		{"/api/v1/domains?Status=good", 400, "names are case-sensitive: status?"},
		{"/api/v1/domains?customer=c", 400, `"customer"`},
		{"/api/v1/domains?status=all&limit=5&partition=0&_=1700000000", 200, ""},
		{"/api/v1/domains/open.example/live?limit=2", 400, `"limit" is not a parameter of the live log`},
		{"/api/v1/domains/open.example/live?_=1", 200, ""},
		{"/api/v1/domains/open.example/status?verbose=1", 400, `"verbose" is not a parameter of the status`},
		{"/api/v1/domains/open.example/status", 200, ""},
		{"/api/v1/incidents?domain=open.example", 400, `"domain" is not a parameter of the incident list`},
		{"/api/v1/domains/open.example/messages/m1@x.example?format=csv", 400, `"format" is not a parameter of the timeline`},
		{"/api/v1/messages/m1@x.example?domain=open.example", 400, `"domain" is not a parameter of the message`},
		{"/api/v1/domains/open.example/logs?outcom=bounced", 400, `"outcom" is not a parameter of the logs`},
		{"/api/v1/domains/open.example/logs?category=nope", 400, "they are delivered, user_unknown,"},
	} {
		code, body := f.getAs("", tc.path, nil)
		var refusal struct{ Error string }
		_ = json.Unmarshal(body, &refusal)
		if code != tc.code || tc.want != "" && !strings.Contains(refusal.Error, tc.want) {
			t.Errorf("%s: %d %s, want %d with %q", tc.path, code, body, tc.code, tc.want)
		}
		if code == http.StatusBadRequest && tc.code != http.StatusBadRequest {
			t.Errorf("%s: refused: %s", tc.path, body)
		}
	}
}
