package consoleapi

import (
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/accounts"
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

	// Who set a silence matters, not only what it covers: a customer
	// manager's silence on one domain is not the domain manager's to end,
	// while the customer manager may end the domain manager's.
	post := func(c *client, reason string) string {
		t.Helper()
		code, body := c.do("POST", "/api/v1/silences", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": reason})
		if code != 201 {
			t.Fatalf("POST %s: %d %s", reason, code, body)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatal(err)
		}
		return v["id"].(string)
	}
	fromAbove, fromBelow := post(ca1, "customer's MX move"), post(da1, "postmaster's test")
	for _, v := range list(da1, "?domain=a1.example") {
		if want := v["id"] == fromBelow; v["can_end"] != want {
			t.Errorf("the domain manager's can_end for %v (by %v) = %v, want %v", v["id"], v["created_by"], v["can_end"], want)
		}
	}
	for _, path := range []string{"/api/v1/silences/" + fromAbove + "/end", "/api/v1/silences/" + fromAbove} {
		method := "POST"
		if !strings.HasSuffix(path, "/end") {
			method = "DELETE"
		}
		if code, body := da1.do(method, path, nil); code != 403 {
			t.Errorf("the domain manager %s %s a silence set by its customer manager: %d %s", method, path, code, body)
		}
	}
	if code, body := ca1.do("DELETE", "/api/v1/silences/"+fromBelow, nil); code != 204 {
		t.Errorf("the customer manager deleting its domain manager's silence: %d %s", code, body)
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
	// Day units, as typed in the console's fields.
	if code, body := ra.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"repeat_interval": "1d", "silent_after": "1d12h"}); code != 200 {
		t.Fatalf("PUT in days: %d %s", code, body)
	}
	if got := f.table.Current().Resolve("a1.example"); got.RepeatInterval != 24*time.Hour {
		t.Fatalf("repeat_interval 1d resolved as %v", got.RepeatInterval)
	}
	if code, body := ra.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"repeat_interval": "4h", "flap_interval": "off", "silent_after": nil}); code != 200 {
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

// TestSilenceInput: what the silences endpoints refuse, and why, with the
// directory unchanged; and the spellings they accept (a domain in any
// case, a silence id in any case).
func TestSilenceInput(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	ca1 := f.signIn("ca1@a.example")
	now := time.Now().UTC()
	at := func(d time.Duration) string { return now.Add(d).Format(time.RFC3339) }
	const day = 24 * time.Hour
	before := len(f.table.Current().Silences)
	for _, tc := range []struct {
		name string
		body map[string]any
		code int
		want string // in the error
	}{
		{"start 73 years ahead", map[string]any{"level": "domain", "id": "a1.example", "start": at(73 * 365 * day), "duration": "1h", "reason": "x"}, 400, "at most 365 days ahead"},
		{"start a year and a day ahead", map[string]any{"level": "domain", "id": "a1.example", "start": at(366 * day), "duration": "1h", "reason": "x"}, 400, "at most 365 days ahead"},
		{"end 73 years out", map[string]any{"level": "domain", "id": "a1.example", "end": at(73 * 365 * day), "reason": "x"}, 400, "at most 90 days"},
		{"end in year 9999", map[string]any{"level": "domain", "id": "a1.example", "end": "9999-12-31T23:59:59Z", "reason": "x"}, 400, "at most 90 days"},
		{"91 days", map[string]any{"level": "domain", "id": "a1.example", "duration": "2184h", "reason": "x"}, 400, "at most 90 days"},
		{"91 days in days", map[string]any{"level": "domain", "id": "a1.example", "duration": "91d", "reason": "x"}, 400, "at most 90 days"},
		{"days after hours", map[string]any{"level": "domain", "id": "a1.example", "duration": "12h1d", "reason": "x"}, 400, "such as 30m, 2h, 7d or 1d12h"},
		{"a day and a half as 1.5d", map[string]any{"level": "domain", "id": "a1.example", "duration": "1.5d", "reason": "x"}, 400, "duration"},
		{"huge duration", map[string]any{"level": "domain", "id": "a1.example", "duration": "9999999999h", "reason": "x"}, 400, "duration"},
		{"end before start", map[string]any{"level": "domain", "id": "a1.example", "start": at(5 * time.Hour), "end": at(3 * time.Hour), "reason": "x"}, 400, "not after start"},
		{"end in the past", map[string]any{"level": "domain", "id": "a1.example", "end": at(-time.Hour), "reason": "x"}, 400, "past"},
		{"start not a time", map[string]any{"level": "domain", "id": "a1.example", "start": "tomorrow", "duration": "1h", "reason": "x"}, 400, "not the JSON object expected"},
		{"line break in reason", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "MX move\r\nX-Injected: 1"}, 400, "U+000D"},
		{"escape sequence in reason", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "\x1b[2Jcleared"}, 400, "U+001B"},
		{"NUL in reason", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "a\x00b"}, 400, "U+0000"},
		{"bidi override in reason", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "ticket \u202e1174"}, 400, "U+202E"},
		{"reason too long", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": strings.Repeat("x", 501)}, 400, "at most 500"},
		{"blank reason", map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "   "}, 400, "reason"},
		{"not a domain", map[string]any{"level": "domain", "id": "a1..example", "duration": "1h", "reason": "x"}, 400, "id"},
		{"no id", map[string]any{"level": "customer", "id": "", "duration": "1h", "reason": "x"}, 400, "say which customer"},
		{"unknown level", map[string]any{"level": "planet", "id": "x", "duration": "1h", "reason": "x"}, 400, "level"},
		{"another tree's domain", map[string]any{"level": "domain", "id": "b1.example", "duration": "1h", "reason": "x"}, 404, "in your tree"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := ca1.do("POST", "/api/v1/silences", tc.body)
			if code != tc.code || !strings.Contains(body, tc.want) {
				t.Fatalf("%d %s; want %d with %q", code, body, tc.code, tc.want)
			}
		})
	}
	// A session's write needs its CSRF token; a cross-site one is refused.
	good := map[string]any{"level": "domain", "id": "a1.example", "duration": "1h", "reason": "x"}
	if code, body := ca1.do("POST", "/api/v1/silences", good, accounts.CSRFHeader, ""); code != 403 {
		t.Errorf("without the CSRF token: %d %s", code, body)
	}
	if code, body := ca1.do("POST", "/api/v1/silences", good, "Sec-Fetch-Site", "cross-site"); code != 403 {
		t.Errorf("cross-site: %d %s", code, body)
	}
	if n := len(f.table.Current().Silences); n != before {
		t.Fatalf("refused requests left %d silences", n-before)
	}

	// Accepted spellings: a domain in capitals with a trailing dot, a
	// start a year ahead, 90 days exactly, a reason in any script.
	var made []map[string]any
	for _, body := range []map[string]any{
		{"level": "domain", "id": " A1.Example. ", "duration": "1h", "reason": "Umzug der MX-Server, Störung 4711 ✉"},
		{"level": "domain", "id": "a1.example", "start": at(364 * day), "duration": "2160h", "reason": "yearly maintenance"},
		{"level": "domain", "id": "a1.example", "duration": "7d", "reason": "a week in days"},
		{"level": "domain", "id": "a1.example", "start": at(-30 * time.Minute), "duration": "1d12h", "reason": "typed at 10:00, sent at 10:30"},
	} {
		code, resp := ca1.do("POST", "/api/v1/silences", body)
		if code != 201 {
			t.Fatalf("POST %v: %d %s", body, code, resp)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(resp), &v); err != nil {
			t.Fatal(err)
		}
		if v["of"] != "a1.example" || v["created_by_name"] != "ca1@a.example" {
			t.Fatalf("made %v", v)
		}
		made = append(made, v)
	}
	if made[0]["state"] != "active" || made[1]["state"] != "scheduled" {
		t.Fatalf("states %v, %v", made[0]["state"], made[1]["state"])
	}
	// Day units; a start in the past starts now, the duration counts
	// from the start given, and the answer says so.
	span := func(v map[string]any) time.Duration {
		s, _ := time.Parse(time.RFC3339Nano, v["start"].(string))
		e, _ := time.Parse(time.RFC3339Nano, v["end"].(string))
		return e.Sub(s)
	}
	if got := span(made[2]); got != 7*day || made[2]["notes"] != nil {
		t.Fatalf("7d: %v, notes %v", got, made[2]["notes"])
	}
	notes, _ := made[3]["notes"].([]any)
	if got := span(made[3]); got < 35*time.Hour || got > 35*time.Hour+31*time.Minute || len(notes) != 1 || !strings.Contains(notes[0].(string), "has passed: the silence starts now") {
		t.Fatalf("past start: span %v, notes %v", got, made[3]["notes"])
	}
	extra := []string{made[2]["id"].(string), made[3]["id"].(string)}
	made = made[:2]
	code, body := ca1.do("GET", "/api/v1/silences?domain=A1.EXAMPLE", nil)
	if code != 200 || strings.Count(body, `"id":"sil-`) != 4 || strings.Contains(body, `"notes"`) {
		t.Fatalf("?domain=A1.EXAMPLE: %d %s", code, body)
	}

	// Ending: a silence id in capitals is the same silence; a scheduled
	// one is deleted, not ended; an ended one cannot end again.
	active, scheduled := made[0]["id"].(string), made[1]["id"].(string)
	for _, tc := range []struct {
		method, path string
		code         int
		want         string
	}{
		{"POST", "/api/v1/silences/" + strings.ToUpper(scheduled) + "/end", 409, "delete it instead"},
		{"POST", "/api/v1/silences/" + strings.ToUpper(active) + "/end", 200, `"state":"ended"`},
		{"POST", "/api/v1/silences/" + active + "/end", 409, "already ended"},
		{"POST", "/api/v1/silences/sil-00000000-nosuchsile/end", 404, "no silence"},
		{"DELETE", "/api/v1/silences/" + strings.ToUpper(scheduled), 204, ""},
		{"DELETE", "/api/v1/silences/" + scheduled, 404, "no silence"},
	} {
		code, body := ca1.do(tc.method, tc.path, nil)
		if code != tc.code || !strings.Contains(body, tc.want) {
			t.Fatalf("%s %s: %d %s; want %d with %q", tc.method, tc.path, code, body, tc.code, tc.want)
		}
	}
	for _, id := range extra {
		if code, body := ca1.do("POST", "/api/v1/silences/"+id+"/end", nil); code != 200 {
			t.Fatalf("end %s: %d %s", id, code, body)
		}
	}
	d := f.table.Current()
	s, ok := d.Silences[active]
	if !ok || s.Active(time.Now()) || time.Since(s.End) > time.Minute {
		t.Fatalf("the ended silence in the directory: %+v (%v)", s, ok)
	}
	if _, ok := d.Silences[scheduled]; ok {
		t.Fatal("the deleted silence is still in the directory")
	}
	if _, silenced := d.SilenceOf("a1.example", time.Now()); silenced {
		t.Fatal("a1.example is still silenced")
	}
}
