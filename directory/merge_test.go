package directory

import (
	"reflect"
	"testing"
	"time"
)

// TestDiffMergesOverlays: config apply merges the console's changes three
// ways. The file is compared with the entity records as the topic holds
// them, so re-applying a file keeps what managers set in the console, and
// the file wins only for the fields it changes (left by the sixteenth
// session: any update of a manager deleted the manager's console webhook,
// and every apply deleted every overlay whose values the file did not
// hold, although the file had not changed them).
func TestDiffMergesOverlays(t *testing.T) {
	const secret = WebhookSecretPrefix + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI="
	const file = "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}]\n"
	const dom = "domains: [{name: a.example, customer: c1, window: 30, repeat_interval: 3h}]\n"
	const mgr = "managers: [{id: m1, level: customer, of: c1, email: m1@a.example}]\n"
	hook, err := EncodeWebhook("m1", Webhook{URL: "https://h.example.net/x", Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	settings, err := EncodeSettings(LevelDomain, "a.example", SettingsPatch{Fields: []string{"repeat_interval", "window"}, Values: Settings{Window: 40, RepeatInterval: 5 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		updated, deleted []string
		narrowed         map[string][]string
		unchanged        int
		window           int
		repeat           time.Duration
		webhook          string
	}
	for _, tc := range []struct {
		name string
		next string // the file applied after the first one and the overlays
		want want
	}{
		{"the same file again changes nothing", file + dom + mgr,
			want{unchanged: 4, window: 40, repeat: 5 * time.Hour, webhook: hook.Key}},
		{"a manager's other field changes, the console webhook stays",
			file + dom + "managers: [{id: m1, level: customer, of: c1, email: m1@a.example, name: Ops}]\n",
			want{updated: []string{"manager/m1"}, unchanged: 3, window: 40, repeat: 5 * time.Hour, webhook: hook.Key}},
		{"the file sets the webhook: the file wins, the overlay goes",
			file + dom + "managers: [{id: m1, level: customer, of: c1, email: m1@a.example, webhook_url: 'https://file.example.net/', webhook_secret: '" + secret + "'}]\n",
			want{updated: []string{"manager/m1"}, deleted: []string{"webhook/m1"}, unchanged: 3, window: 40, repeat: 5 * time.Hour}},
		{"the file changes one setting the overlay sets: that one is the file's",
			file + "domains: [{name: a.example, customer: c1, window: 30, repeat_interval: 4h}]\n" + mgr,
			want{updated: []string{"domain/a.example"}, narrowed: map[string][]string{"domain-settings/a.example": {"repeat_interval"}}, unchanged: 3, window: 40, repeat: 4 * time.Hour, webhook: hook.Key}},
		{"the file changes every setting the overlay sets: the overlay goes",
			file + "domains: [{name: a.example, customer: c1, window: 25, repeat_interval: 4h}]\n" + mgr,
			want{updated: []string{"domain/a.example"}, deleted: []string{"domain-settings/a.example"}, unchanged: 3, window: 25, repeat: 4 * time.Hour, webhook: hook.Key}},
		{"the file changes a setting the overlay does not set",
			file + "domains: [{name: a.example, customer: c1, window: 30, repeat_interval: 3h, flap_interval: 2h}]\n" + mgr,
			want{updated: []string{"domain/a.example"}, unchanged: 3, window: 40, repeat: 5 * time.Hour, webhook: hook.Key}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := New()
			first, err := ParseFile([]byte(file + dom + mgr))
			if err != nil {
				t.Fatal(err)
			}
			_, recs, err := Diff(d, first, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range append(recs, hook, settings) {
				if err := d.apply(r); err != nil {
					t.Fatalf("%s: %v", r.Key, err)
				}
			}
			f, err := ParseFile([]byte(tc.next))
			if err != nil {
				t.Fatal(err)
			}
			res, recs, err := Diff(d, f, false)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Updated, tc.want.updated) || !reflect.DeepEqual(res.Overlays, tc.want.deleted) ||
				!reflect.DeepEqual(res.Narrowed, tc.want.narrowed) || res.Unchanged != tc.want.unchanged {
				t.Fatalf("updated %v, overlays deleted %v, narrowed %v, unchanged %d; want %+v", res.Updated, res.Overlays, res.Narrowed, res.Unchanged, tc.want)
			}
			if res.Changed() != (len(recs) > 0) {
				t.Fatalf("Changed() %v with %d records", res.Changed(), len(recs))
			}
			all := recs
			for _, r := range recs {
				if err := d.apply(r); err != nil {
					t.Fatalf("%s: %v", r.Key, err)
				}
			}
			got := d.Domains["a.example"]
			if got.Window != tc.want.window || got.RepeatInterval != tc.want.repeat {
				t.Fatalf("domain after the apply: window %d, repeat interval %v; want %d, %v", got.Window, got.RepeatInterval, tc.want.window, tc.want.repeat)
			}
			m := d.Managers["m1"]
			if tc.want.webhook != "" && (m.WebhookURL != "https://h.example.net/x" || !d.HasOverlay("manager/m1")) {
				t.Fatalf("manager after the apply: %+v, overlay %v; want the console's webhook", m, d.HasOverlay("manager/m1"))
			}
			if tc.want.webhook == "" && d.HasOverlay("manager/m1") {
				t.Fatalf("manager after the apply: %+v; want no overlay", m)
			}
			// Applying the file once more finds nothing to do: the
			// merge is stable.
			again, recs, err := Diff(d, f, false)
			if err != nil {
				t.Fatal(err)
			}
			if again.Changed() || len(recs) > 0 {
				t.Fatalf("second apply of the same file: %+v, %d records (first wrote %d)", again, len(recs), len(all))
			}
		})
	}

	// A file creating an entity anew under the key of an overlay left from
	// a deleted one does not take the overlay up.
	d := New()
	for _, r := range []Record{{Key: "reseller/r1", Value: []byte(`{"id":"r1"}`)}, {Key: "customer/c1", Value: []byte(`{"id":"c1","reseller":"r1"}`)}, settings} {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	f, err := ParseFile([]byte(file + dom))
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Created, []string{"domain/a.example"}) || !reflect.DeepEqual(res.Overlays, []string{"domain-settings/a.example"}) {
		t.Fatalf("created %v, overlays deleted %v; want the domain created and the stale overlay deleted", res.Created, res.Overlays)
	}
}
