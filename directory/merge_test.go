package directory

import (
	"reflect"
	"strings"
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
			_, recs := diffFile(t, d, []byte(file+dom+mgr))
			applyAll(t, d, append(recs, hook, settings)...)
			res, recs := diffFile(t, d, []byte(tc.next))
			if !reflect.DeepEqual(res.Updated, tc.want.updated) || !reflect.DeepEqual(res.Overlays, tc.want.deleted) ||
				!reflect.DeepEqual(res.Narrowed, tc.want.narrowed) || res.Unchanged != tc.want.unchanged {
				t.Fatalf("updated %v, overlays deleted %v, narrowed %v, unchanged %d; want %+v", res.Updated, res.Overlays, res.Narrowed, res.Unchanged, tc.want)
			}
			if res.Changed() != (len(recs) > 0) {
				t.Fatalf("Changed() %v with %d records", res.Changed(), len(recs))
			}
			all := recs
			applyAll(t, d, recs...)
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
			again, recs := diffFile(t, d, []byte(tc.next))
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

const rvSecretBase = WebhookSecretPrefix + "YmFzZWJhc2ViYXNlYmFzZWJhc2ViYXNlYmFzZWJhczE="
const rvSecretMgr = WebhookSecretPrefix + "bWdybWdybWdybWdybWdybWdybWdybWdybWdybWdybTI="

const rvFile = "resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}, {id: c2, reseller: r1}]\n" +
	"domains: [{name: a.example, customer: c1, window: 30, repeat_interval: 3h}]\n" +
	"managers: [{id: m1, level: customer, of: c1, email: m1@a.example, webhook_url: 'https://base.example.net/hook', webhook_secret: '" + rvSecretBase + "'}]\n"

// rvSetup applies rvFile to a new directory, then the given console overlays.
func rvSetup(t *testing.T, overlays ...Record) *Directory {
	t.Helper()
	d := New()
	_, recs := diffFile(t, d, []byte(rvFile))
	applyAll(t, d, append(recs, overlays...)...)
	return d
}

func rvOverlays(t *testing.T) (hook, settings Record) {
	t.Helper()
	hook, err := EncodeWebhook("m1", Webhook{URL: "https://mgr.example.net/x", Secret: rvSecretMgr})
	if err != nil {
		t.Fatal(err)
	}
	settings, err = EncodeSettings(LevelDomain, "a.example", SettingsPatch{Fields: []string{"window"}, Values: Settings{Window: 40}})
	if err != nil {
		t.Fatal(err)
	}
	return hook, settings
}

// TestDiffGetApplyRoundTripKeepsOverlays: config get | config apply (as the
// CLI does it: printed redacted, parsed with KeepRedactedFrom the same
// directory) changes nothing, console overlays included: a field the file
// holds at the overlay's value is no change (review of 9e84db6, F2: every
// entity with an overlay was rewritten and its overlay deleted).
func TestDiffGetApplyRoundTripKeepsOverlays(t *testing.T) {
	hook, settings := rvOverlays(t)
	d := rvSetup(t, hook, settings)
	out, err := Marshal(d, RedactSecrets())
	if err != nil {
		t.Fatal(err)
	}
	res, recs := diffFile(t, d, out, KeepRedactedFrom(d))
	if res.Changed() {
		t.Errorf("config get | config apply changes things: updated %v, overlays deleted %v, narrowed %v, %d records", res.Updated, res.Overlays, res.Narrowed, len(recs))
	}
}

// TestDiffRedactedFileAfterConsoleWebhook: the operator's checked-in file, printed by config get before the
// manager set a webhook in the console (so it holds the base URL and the
// secret as whsec_REDACTED), is applied again unchanged: the manager's
// console webhook stays, and the placeholder stands for the record's own
// secret (review of 9e84db6, F1: it was restored from the console's, the
// console webhook was deleted and the operator's URL was signed with the
// manager's secret).
func TestDiffRedactedFileAfterConsoleWebhook(t *testing.T) {
	d0 := rvSetup(t)
	out, err := Marshal(d0, RedactSecrets()) // the file the operator keeps
	if err != nil {
		t.Fatal(err)
	}
	hook, _ := rvOverlays(t)
	d := rvSetup(t, hook) // the manager sets a webhook in the console
	res, recs := diffFile(t, d, out, KeepRedactedFrom(d))
	applyAll(t, d, recs...)
	m := d.Managers["m1"]
	t.Logf("result: updated %v, overlays deleted %v; manager now %s with secret %q", res.Updated, res.Overlays, m.WebhookURL, m.WebhookSecret)
	if res.Changed() {
		t.Errorf("re-applying the operator's unchanged file changed things: updated %v, overlays deleted %v", res.Updated, res.Overlays)
	}
	if m.WebhookURL != "https://mgr.example.net/x" || m.WebhookSecret != rvSecretMgr || !d.HasOverlay("manager/m1") {
		t.Errorf("the manager's console webhook is gone: %s", m.WebhookURL)
	}
	if d.withoutOverlays().Managers["m1"].WebhookSecret != rvSecretBase {
		t.Errorf("the operator's record lost its own secret")
	}
	if m.WebhookURL == "https://base.example.net/hook" && m.WebhookSecret == rvSecretMgr {
		t.Errorf("the operator's URL is now signed with the manager's console secret (the operator's secret is lost)")
	}
}

// TestDiffMoveDropsOldOwnersOverlay: a file that moves a domain to another
// customer deletes the settings the old customer's manager set in the
// console (review of 9e84db6, F3: they stayed in force under the new one).
func TestDiffMoveDropsOldOwnersOverlay(t *testing.T) {
	_, settings := rvOverlays(t)
	d := rvSetup(t, settings)
	moved := strings.Replace(rvFile, "{name: a.example, customer: c1,", "{name: a.example, customer: c2,", 1)
	res, recs := diffFile(t, d, []byte(moved))
	applyAll(t, d, recs...)
	if got := d.Domains["a.example"]; got.Customer == "c2" && d.HasOverlay("domain/a.example") {
		t.Errorf("domain moved to c2 still carries c1's manager's console settings (window %d); result updated %v overlays %v", got.Window, res.Updated, res.Overlays)
	}
}

// TestDiffPartialWriteRepaired: an apply that stops after its first record
// (Publish is not transactional: ProduceSync can fail part-way, the CLI can
// be killed) is repaired by applying the file again: overlay records are
// written before entity records, so the entity record the next apply
// compares with is still the old one (review of 9e84db6, F4).
func TestDiffPartialWriteRepaired(t *testing.T) {
	_, settings := rvOverlays(t)
	d := rvSetup(t, settings)
	next := strings.Replace(rvFile, "window: 30", "window: 25", 1)
	f, err := ParseFile([]byte(next))
	if err != nil {
		t.Fatal(err)
	}
	_, recs, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("want the domain and its overlay's tombstone, got %d records", len(recs))
	}
	if err := d.apply(recs[0]); err != nil { // only the first record is written
		t.Fatal(err)
	}
	res, _, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	if w := d.Domains["a.example"].Window; w != 25 && !res.Changed() {
		t.Errorf("after a partial write the window in force is %d, the file says 25, and applying the file again changes nothing", w)
	}
}

// TestDiffRedactedFileAfterConsoleWebhookRemoved: the operator's kept,
// redacted file still applies after a manager removed their webhook in the
// console (a Webhook{} overlay): the placeholder is the record's secret
// (review of 9e84db6, F5: it was looked up in the directory in force,
// which has none).
func TestDiffRedactedFileAfterConsoleWebhookRemoved(t *testing.T) {
	d0 := rvSetup(t)
	out, err := Marshal(d0, RedactSecrets())
	if err != nil {
		t.Fatal(err)
	}
	none, err := EncodeWebhook("m1", Webhook{})
	if err != nil {
		t.Fatal(err)
	}
	d := rvSetup(t, none)
	f, err := ParseFileOnto(out, d, KeepRedactedFrom(d))
	if err != nil {
		t.Errorf("the operator's unchanged file no longer applies after a console webhook delete: %v", err)
		return
	}
	res, _, err := Diff(d, f, false)
	if err != nil || res.Changed() {
		t.Errorf("the operator's unchanged file: %+v, %v; want no change", res, err)
	}
}

// diffFile parses yaml (with opts) and diffs it against d.
func diffFile(t *testing.T, d *Directory, yaml []byte, opts ...ParseOption) (ApplyResult, []Record) {
	t.Helper()
	f, err := ParseFile(yaml, opts...)
	if err != nil {
		t.Fatalf("%v\n%s", err, yaml)
	}
	res, recs, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	return res, recs
}

// applyAll applies recs to d in order.
func applyAll(t *testing.T, d *Directory, recs ...Record) {
	t.Helper()
	for _, r := range recs {
		if err := d.apply(r); err != nil {
			t.Fatalf("%s: %v", r.Key, err)
		}
	}
}

// TestDiffMoveKeepsFileValues: a file that moves a domain and holds, for a
// field the console's overlay sets, the overlay's value (as config get
// printed it) gets that value, and applying it again changes nothing
// (second review, D1: the value was taken for "no change", then the
// overlay went with the move and the record's old value came back).
func TestDiffMoveKeepsFileValues(t *testing.T) {
	_, settings := rvOverlays(t) // window 40 over the record's 30
	d := rvSetup(t, settings)
	out, err := Marshal(d, RedactSecrets()) // config get: window 40
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "window: 40") {
		t.Fatalf("config get does not print the overlay's window:\n%s", out)
	}
	moved := strings.Replace(string(out), "customer: c1", "customer: c2", 1)
	f, err := ParseFile([]byte(moved), KeepRedactedFrom(d))
	if err != nil {
		t.Fatal(err)
	}
	res, recs, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fields %v, overlays deleted %v", res.Fields["domain/a.example"], res.Overlays)
	for _, r := range recs {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	if w := d.Domains["a.example"].Window; w != 40 {
		t.Errorf("the file says window 40; after the apply the window in force is %d", w)
	}
	res2, _, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	if res2.Changed() {
		t.Errorf("applying the same file again changes %v %v", res2.Updated, res2.Fields)
	}
}

// TestDiffNewURLRedactedSecretIsTheRecords: the operator's kept file
// (printed before a manager set a console webhook: the record's URL,
// secret whsec_REDACTED) moves the operator's webhook to a new URL and
// leaves the secret redacted, meaning "my secret": the placeholder is the
// record's secret, not the console's (second review, D2).
func TestDiffNewURLRedactedSecretIsTheRecords(t *testing.T) {
	d0 := rvSetup(t)
	out, err := Marshal(d0, RedactSecrets())
	if err != nil {
		t.Fatal(err)
	}
	hook, _ := rvOverlays(t)
	d := rvSetup(t, hook)
	edited := strings.Replace(string(out), "https://base.example.net/hook", "https://base2.example.net/hook", 1)
	f, err := ParseFile([]byte(edited), KeepRedactedFrom(d))
	if err != nil {
		t.Fatal(err)
	}
	_, recs, err := Diff(d, f, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	m := d.Managers["m1"]
	if m.WebhookURL == "https://base2.example.net/hook" && m.WebhookSecret == rvSecretMgr {
		t.Errorf("the operator's new URL is signed with the manager's console secret (overlay kept: %v)", d.HasOverlay("manager/m1"))
	}
	if b := d.withoutOverlays().Managers["m1"]; b.WebhookURL != "https://base2.example.net/hook" || b.WebhookSecret != rvSecretBase {
		t.Errorf("the operator's record: %s with another secret than its own", b.WebhookURL)
	}
}
