package consoleapi

import (
	"testing"

	"github.com/segmentio/encoding/json"
)

// TestSilences: managers silence what lies in their own tree, see the
// silences that cover it (also those set above them), and end only their
// own tree's; the operator silences anything.
func TestSilences(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	ca1 := f.signIn("ca1@a.example")
	da1 := f.signIn("da1@a.example")
	rb := f.signIn("rb@b.example")

	for _, tc := range []struct {
		who  *client
		body map[string]any
		code int
	}{
		{ca1, map[string]any{"level": "customer", "id": "cA1", "duration": "2h", "reason": "MX migration"}, 201},
		{ca1, map[string]any{"level": "domain", "id": "a2.example", "duration": "2h", "reason": "not mine"}, 404},
		{ca1, map[string]any{"level": "reseller", "id": "rA", "duration": "2h", "reason": "above me"}, 404},
		{ca1, map[string]any{"level": "domain", "id": "a1.example", "reason": "no end"}, 400},
		{ca1, map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "x", "colour": "red"}, 400},
		{rb, map[string]any{"level": "domain", "id": "b1.example", "duration": "30m", "reason": "B's window"}, 201},
	} {
		if code, body := tc.who.do("POST", "/api/v1/silences", tc.body); code != tc.code {
			t.Fatalf("POST %v: %d %s, want %d", tc.body, code, body, tc.code)
		}
	}
	list := func(c *client, query string) []map[string]any {
		t.Helper()
		code, body := c.do("GET", "/api/v1/silences"+query, nil)
		if code != 200 {
			t.Fatalf("GET silences%s: %d %s", query, code, body)
		}
		var v struct {
			Silences []map[string]any `json:"silences"`
		}
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatal(err)
		}
		return v.Silences
	}
	got := list(da1, "")
	if len(got) != 1 || got[0]["of"] != "cA1" || got[0]["state"] != "active" || got[0]["can_end"] != false || got[0]["created_by"] != "mCA1" {
		t.Fatalf("the domain manager sees %v", got)
	}
	if got := list(da1, "?domain=a1.example"); len(got) != 1 {
		t.Fatalf("?domain=a1.example: %v", got)
	}
	if code, _ := da1.do("GET", "/api/v1/silences?domain=b1.example", nil); code != 404 {
		t.Errorf("another tree's domain: %d", code)
	}
	if got := list(rb, ""); len(got) != 1 || got[0]["of"] != "b1.example" {
		t.Fatalf("reseller B sees %v", got)
	}
	id := list(ca1, "")[0]["id"].(string)
	if code, _ := da1.do("DELETE", "/api/v1/silences/"+id, nil); code != 403 {
		t.Errorf("the domain manager ended the customer's silence: %d", code)
	}
	if code, _ := rb.do("DELETE", "/api/v1/silences/"+id, nil); code != 404 {
		t.Errorf("another reseller's manager: %d", code)
	}
	if code, body := ca1.do("DELETE", "/api/v1/silences/"+id, nil); code != 204 {
		t.Fatalf("DELETE: %d %s", code, body)
	}
	if got := list(ca1, ""); len(got) != 0 {
		t.Fatalf("after DELETE: %v", got)
	}
	op := f.client()
	if code, body := op.do("POST", "/api/v1/silences", map[string]any{"level": "reseller", "id": "rA", "duration": "1h", "reason": "platform maintenance"}, "Authorization", "Bearer "+adminToken); code != 201 {
		t.Fatalf("operator POST: %d %s", code, body)
	}
	if got := list(da1, ""); len(got) != 1 || got[0]["of"] != "rA" || got[0]["created_by"] != "operator" {
		t.Fatalf("the reseller-wide silence is not shown below it: %v", got)
	}
	if got := f.table.Current().Silences; len(got) != 2 { // b1's and rA's
		t.Errorf("the directory holds %d silences", len(got))
	}
}

// TestNotifySettings: the Mail Flow tab's settings carry the repeat and
// flap intervals, set, inherited and reset like the window.
func TestNotifySettings(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	ra := f.signIn("ra@a.example")
	get := func(path string) map[string]any {
		t.Helper()
		code, body := ra.do("GET", path, nil)
		if code != 200 {
			t.Fatalf("GET %s: %d %s", path, code, body)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := get("/api/v1/settings/domain/a1.example")
	if r := v["repeat_interval"].(map[string]any); r["value"] != "off" || r["source"] != "default" {
		t.Fatalf("default repeat %v", r)
	}
	if fl := v["flap_interval"].(map[string]any); fl["value"] != "30m0s" || fl["source"] != "default" {
		t.Fatalf("default flap %v", fl)
	}
	if code, body := ra.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"repeat_interval": "4h", "flap_interval": "off"}); code != 200 {
		t.Fatalf("PUT: %d %s", code, body)
	}
	v = get("/api/v1/settings/domain/a1.example")
	if r := v["repeat_interval"].(map[string]any); r["value"] != "4h0m0s" || r["source"] != "customer" || r["set_here"] != false {
		t.Fatalf("inherited repeat %v", r)
	}
	if fl := v["flap_interval"].(map[string]any); fl["value"] != "off" || fl["source"] != "customer" {
		t.Fatalf("inherited flap %v", fl)
	}
	if got := f.table.Current().Resolve("a1.example"); got.RepeatInterval.Hours() != 4 || got.FlapInterval >= 0 {
		t.Fatalf("resolved %+v", got)
	}
	for _, bad := range []map[string]any{{"repeat_interval": "5s"}, {"flap_interval": 30}, {"repeat_interval": "soon"}} {
		if code, _ := ra.do("PUT", "/api/v1/settings/customer/cA1", bad); code != 400 {
			t.Errorf("PUT %v: %d", bad, code)
		}
	}
	if code, body := ra.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"repeat_interval": nil, "flap_interval": nil}); code != 200 {
		t.Fatalf("reset: %d %s", code, body)
	}
	if r := get("/api/v1/settings/customer/cA1")["repeat_interval"].(map[string]any); r["source"] != "default" {
		t.Fatalf("after reset %v", r)
	}
}
