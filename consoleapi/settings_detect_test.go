package consoleapi

import (
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
)

// TestSettingsDetections: the console's settings API sets the detections'
// settings of issue 15 (exclude_recipient_failures, delay_threshold,
// silent_after, silent_baseline) within the caller's tree, accepts exactly
// what a directory file accepts (directory's parsers), refuses the rest
// with a message naming the field, its bounds and its default, and shows
// the value in force with the level it comes from — the value the
// processor resolves.
func TestSettingsDetections(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	ra, ca1, da1, rb := f.signIn("ra@a.example"), f.signIn("ca1@a.example"), f.signIn("da1@a.example"), f.signIn("rb@b.example")
	get := func(c *client, path string) settingsView {
		t.Helper()
		code, body := c.do("GET", "/api/v1/settings"+path, nil)
		if code != 200 {
			t.Fatalf("GET %s: %d %s", path, code, body)
		}
		var v settingsView
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("GET %s: %s: %v", path, body, err)
		}
		return v
	}
	same := func(a, b valueView) bool {
		// JSON numbers come back as float64.
		return jsonOf(a.Value) == jsonOf(b.Value) && a.Source == b.Source && a.SourceID == b.SourceID && a.SetHere == b.SetHere
	}

	// Nothing set anywhere: directory's built-in defaults.
	v := get(da1, "/domain/a1.example")
	for _, c := range []struct {
		name      string
		got, want valueView
	}{
		{"exclude_recipient_failures", v.ExcludeRecipientFailures, valueView{Value: false, Source: "default"}},
		{"delay_threshold", v.DelayThreshold, valueView{Value: "30m", Source: "default"}},
		{"silent_after", v.SilentAfter, valueView{Value: "2h", Source: "default"}},
		{"silent_baseline", v.SilentBaseline, valueView{Value: directory.DefaultSilentBaseline, Source: "default"}},
	} {
		if !same(c.got, c.want) {
			t.Errorf("default %s: %+v, want %+v", c.name, c.got, c.want)
		}
	}

	valid := []struct {
		name  string
		who   *client
		path  string
		body  map[string]any
		field func(settingsView) valueView
		want  valueView
		check func(directory.Settings) bool
	}{
		{"delay threshold at the customer", ca1, "/customer/cA1", map[string]any{"delay_threshold": "45m"},
			func(v settingsView) valueView { return v.DelayThreshold }, valueView{Value: "45m", Source: "customer", SourceID: "cA1", SetHere: true},
			func(s directory.Settings) bool { return s.DelayThreshold == 45*time.Minute }},
		{"delay detection off at the domain", da1, "/domain/a1.example", map[string]any{"delay_threshold": "off"},
			func(v settingsView) valueView { return v.DelayThreshold }, valueView{Value: "off", Source: "domain", SourceID: "a1.example", SetHere: true},
			func(s directory.Settings) bool { return s.DelayThreshold == directory.Off }},
		{"silent after at the reseller", ra, "/reseller/rA", map[string]any{"silent_after": "90m"},
			func(v settingsView) valueView { return v.SilentAfter }, valueView{Value: "1h30m", Source: "reseller", SourceID: "rA", SetHere: true},
			func(s directory.Settings) bool { return s.SilentAfter == 90*time.Minute }},
		{"silent after at its lower bound", ca1, "/customer/cA1", map[string]any{"silent_after": "45m"},
			func(v settingsView) valueView { return v.SilentAfter }, valueView{Value: "45m", Source: "customer", SourceID: "cA1", SetHere: true},
			func(s directory.Settings) bool { return s.SilentAfter == directory.MinSilentAfter }},
		{"baseline as a number", ca1, "/customer/cA1", map[string]any{"silent_baseline": 12},
			func(v settingsView) valueView { return v.SilentBaseline }, valueView{Value: 12, Source: "customer", SourceID: "cA1", SetHere: true},
			func(s directory.Settings) bool { return s.SilentBaseline == 12 }},
		{"baseline at its upper bound, as a string", ra, "/reseller/rA", map[string]any{"silent_baseline": "10000"},
			func(v settingsView) valueView { return v.SilentBaseline }, valueView{Value: directory.MaxSilentBaseline, Source: "reseller", SourceID: "rA", SetHere: true},
			func(s directory.Settings) bool { return s.SilentBaseline == directory.MaxSilentBaseline }},
		{"exclude recipient failures on", ca1, "/customer/cA1", map[string]any{"exclude_recipient_failures": true},
			func(v settingsView) valueView { return v.ExcludeRecipientFailures }, valueView{Value: true, Source: "customer", SourceID: "cA1", SetHere: true},
			func(s directory.Settings) bool { return s.ExcludeRecipientFailures == directory.SwitchOn }},
		{"exclude recipient failures off below it", da1, "/domain/a1.example", map[string]any{"exclude_recipient_failures": false},
			func(v settingsView) valueView { return v.ExcludeRecipientFailures }, valueView{Value: false, Source: "domain", SourceID: "a1.example", SetHere: true},
			func(s directory.Settings) bool { return s.ExcludeRecipientFailures == directory.SwitchOff }},
	}
	for _, tc := range valid {
		t.Run("valid/"+tc.name, func(t *testing.T) {
			code, body := tc.who.do("PUT", "/api/v1/settings"+tc.path, tc.body)
			if code != 200 {
				t.Fatalf("PUT %v: %d %s", tc.body, code, body)
			}
			var v settingsView
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatal(err)
			}
			if got := tc.field(v); !same(got, tc.want) {
				t.Errorf("answer: %+v, want %+v", got, tc.want)
			}
			if s := settingsOf(f.table.Current(), targetOf(tc.path)); !tc.check(s) {
				t.Errorf("directory settings of %s: %+v", tc.path, s)
			}
		})
	}

	// What the console says of a1.example is what the processor resolves.
	v = get(da1, "/domain/a1.example")
	res := f.table.Current().Resolve("a1.example")
	if res.DelayLimit() != 0 || v.DelayThreshold.Value != "off" {
		t.Errorf("a1.example delay: console %v, directory %v (off)", v.DelayThreshold.Value, res.DelayLimit())
	}
	if res.SilenceLimit() != directory.MinSilentAfter || !same(v.SilentAfter, valueView{Value: "45m", Source: "customer", SourceID: "cA1"}) {
		t.Errorf("a1.example silent_after: console %+v, directory %v", v.SilentAfter, res.SilenceLimit())
	}
	if res.SilenceBaseline() != 12 || !same(v.SilentBaseline, valueView{Value: 12, Source: "customer", SourceID: "cA1"}) {
		t.Errorf("a1.example silent_baseline: console %+v, directory %d", v.SilentBaseline, res.SilenceBaseline())
	}
	if res.ExcludeRecipientFailures || !same(v.ExcludeRecipientFailures, valueView{Value: false, Source: "domain", SourceID: "a1.example", SetHere: true}) {
		t.Errorf("a1.example exclude: console %+v, directory %v", v.ExcludeRecipientFailures, res.ExcludeRecipientFailures)
	}
	// a2.example (customer cA2) inherits the reseller's.
	if v := get(ra, "/domain/a2.example"); !same(v.SilentAfter, valueView{Value: "1h30m", Source: "reseller", SourceID: "rA"}) || !same(v.DelayThreshold, valueView{Value: "30m", Source: "default"}) {
		t.Errorf("a2.example: silent_after %+v, delay_threshold %+v", v.SilentAfter, v.DelayThreshold)
	}

	invalid := []struct {
		name string
		body map[string]any
		want []string
	}{
		{"delay below a minute", map[string]any{"delay_threshold": "5s"}, []string{"delay_threshold", "1m0s", "168h", "the default is 30m"}},
		{"delay above a week", map[string]any{"delay_threshold": "169h"}, []string{"delay_threshold", "168h"}},
		{"delay as a number", map[string]any{"delay_threshold": 30}, []string{"delay_threshold 30: want a string such as"}},
		{"delay in words", map[string]any{"delay_threshold": "half an hour"}, []string{"delay_threshold", "or off"}},
		{"silent after below 45 minutes", map[string]any{"silent_after": "30m"}, []string{"silent_after", "45m", "the default is 2h"}},
		{"silent after as a boolean", map[string]any{"silent_after": true}, []string{"silent_after true"}},
		{"baseline zero", map[string]any{"silent_baseline": 0}, []string{"silent_baseline", "1..10000", "the default is 5"}},
		{"baseline too large", map[string]any{"silent_baseline": 10001}, []string{"silent_baseline", "1..10000"}},
		{"baseline not whole", map[string]any{"silent_baseline": 2.5}, []string{"silent_baseline", "whole number"}},
		{"baseline negative", map[string]any{"silent_baseline": -3}, []string{"silent_baseline"}},
		{"exclude as a word", map[string]any{"exclude_recipient_failures": "yes"}, []string{"exclude_recipient_failures", "true or false"}},
		{"exclude as a number", map[string]any{"exclude_recipient_failures": 1}, []string{"exclude_recipient_failures 1"}},
		// One bad field refuses the whole body: nothing is half applied.
		{"a good and a bad field", map[string]any{"delay_threshold": "1h", "silent_baseline": 0}, []string{"silent_baseline"}},
		{"a misspelt field", map[string]any{"delay": "1h"}, []string{`unknown field \"delay\"`}},
		{"no field", map[string]any{}, []string{"delay_threshold", "silent_after", "silent_baseline", "exclude_recipient_failures"}},
	}
	for _, tc := range invalid {
		t.Run("invalid/"+tc.name, func(t *testing.T) {
			before := f.table.Current()
			code, body := ca1.do("PUT", "/api/v1/settings/customer/cA1", tc.body)
			if code != 400 {
				t.Fatalf("PUT %v: %d %s, want 400", tc.body, code, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("PUT %v: %s lacks %q", tc.body, body, w)
				}
			}
			if f.table.Current() != before {
				t.Error("a refused body changed the directory")
			}
		})
	}

	// A manager sets only their own tree; outside it is answered as if
	// it did not exist, and nothing changes.
	scope := []struct {
		name string
		who  *client
		path string
		want int
	}{
		{"customer manager, a sibling customer", ca1, "/customer/cA2", 404},
		{"customer manager, its reseller", ca1, "/reseller/rA", 404},
		{"customer manager, a sibling's domain", ca1, "/domain/a2.example", 404},
		{"domain manager, its customer", da1, "/customer/cA1", 404},
		{"domain manager, another domain", da1, "/domain/a2.example", 404},
		{"reseller B, reseller A", rb, "/reseller/rA", 404},
		{"reseller B, A's customer", rb, "/customer/cA1", 404},
		{"reseller B, A's domain", rb, "/domain/a1.example", 404},
		{"reseller B, its own domain", rb, "/domain/b1.example", 200},
		{"reseller A, its domain two levels down", ra, "/domain/a2.example", 200},
	}
	for _, tc := range scope {
		t.Run("scope/"+tc.name, func(t *testing.T) {
			before := f.table.Current()
			code, body := tc.who.do("PUT", "/api/v1/settings"+tc.path, map[string]any{"delay_threshold": "2h", "silent_after": "3h", "silent_baseline": 7, "exclude_recipient_failures": true})
			if code != tc.want {
				t.Fatalf("PUT %s: %d %s, want %d", tc.path, code, body, tc.want)
			}
			if tc.want != 200 {
				if f.table.Current() != before {
					t.Error("a refused PUT changed the directory")
				}
				if code, _ := tc.who.do("GET", "/api/v1/settings"+tc.path, nil); code != 404 {
					t.Errorf("GET %s: %d, want 404", tc.path, code)
				}
				return
			}
			s := settingsOf(f.table.Current(), targetOf(tc.path))
			if s.DelayThreshold != 2*time.Hour || s.SilentAfter != 3*time.Hour || s.SilentBaseline != 7 || s.ExcludeRecipientFailures != directory.SwitchOn {
				t.Errorf("directory settings of %s: %+v", tc.path, s)
			}
		})
	}

	// null inherits again; the other settings of the level stay.
	if code, body := ca1.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"delay_threshold": nil, "exclude_recipient_failures": nil}); code != 200 {
		t.Fatalf("reset: %d %s", code, body)
	}
	v = get(ca1, "/customer/cA1")
	if !same(v.DelayThreshold, valueView{Value: "30m", Source: "default"}) || !same(v.ExcludeRecipientFailures, valueView{Value: false, Source: "default"}) ||
		!same(v.SilentBaseline, valueView{Value: 12, Source: "customer", SourceID: "cA1", SetHere: true}) {
		t.Errorf("after reset: delay %+v, exclude %+v, baseline %+v", v.DelayThreshold, v.ExcludeRecipientFailures, v.SilentBaseline)
	}
	if s := f.table.Current().Customers["cA1"].Settings; s.DelayThreshold != 0 || s.ExcludeRecipientFailures != directory.SwitchUnset || s.SilentBaseline != 12 {
		t.Errorf("customer cA1 after reset: %+v", s)
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// targetOf reads a test's "/level/id".
func targetOf(path string) target {
	level, id, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return target{level: directory.Level(level), id: id}
}

// TestSettingsDetectionsGlobal: a detection setting of the operator's
// global defaults is shown as inherited from "global", and what a level
// below sets overrides it.
func TestSettingsDetectionsGlobal(t *testing.T) {
	ents := append(world(), directory.Settings{Window: 25, Threshold: 9000, DelayThreshold: time.Hour, SilentBaseline: 20})
	f := newFixture(t, ents, nil, nil)
	ca1 := f.signIn("ca1@a.example")
	code, body := ca1.do("GET", "/api/v1/settings/domain/a1.example", nil)
	var v settingsView
	if code != 200 || json.Unmarshal([]byte(body), &v) != nil {
		t.Fatalf("GET: %d %s", code, body)
	}
	if v.DelayThreshold.Value != "1h" || v.DelayThreshold.Source != "global" || v.DelayThreshold.SetHere ||
		jsonOf(v.SilentBaseline.Value) != "20" || v.SilentBaseline.Source != "global" || v.SilentAfter.Source != "default" {
		t.Fatalf("with global defaults: delay %+v, baseline %+v, silent_after %+v", v.DelayThreshold, v.SilentBaseline, v.SilentAfter)
	}
	if code, body := ca1.do("PUT", "/api/v1/settings/domain/a1.example", map[string]any{"delay_threshold": "10m"}); code != 200 || !strings.Contains(body, `"delay_threshold":{"value":"10m","source":"domain","source_id":"a1.example","set_here":true}`) {
		t.Fatalf("override: %d %s", code, body)
	}
	if got := f.table.Current().Resolve("a1.example").DelayLimit(); got != 10*time.Minute {
		t.Errorf("a1.example resolves to %v, want 10m", got)
	}
	if got := f.table.Current().Resolve("a2.example").DelayLimit(); got != time.Hour {
		t.Errorf("a2.example resolves to %v, want the global 1h", got)
	}
}
