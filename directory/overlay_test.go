package directory

import (
	"fmt"
	"reflect"
	"testing"
)

// TestOverlays: what the console writes (a manager's webhook, an entity's
// settings) is an overlay record that carries those fields alone, so an
// operator's change to the entity's record stands whichever reached the
// topic first (third review, finding 1: a console write built from a
// stale copy of the directory put back a revoked token, a deleted
// manager and a domain moved to another customer).
func TestOverlays(t *testing.T) {
	const secret = WebhookSecretPrefix + "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI="
	hook := func(id, url string) Record {
		r, err := EncodeWebhook(id, Webhook{URL: url, Secret: secret})
		if err != nil {
			t.Fatal(err)
		}
		if url == "" {
			r, _ = EncodeWebhook(id, Webhook{})
		}
		return r
	}
	settings := func(level Level, id string, window int) Record {
		r, err := EncodeSettings(level, id, SettingsPatch{Fields: []string{"window"}, Values: Settings{Window: window}})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	rec := func(key, value string) Record { return Record{Key: key, Value: []byte(value)} }
	tomb := func(key string) Record { return Record{Key: key} }
	base := []Record{
		rec("reseller/r1", `{"id":"r1"}`),
		rec("customer/c1", `{"id":"c1","reseller":"r1"}`),
		rec("customer/c2", `{"id":"c2","reseller":"r1"}`),
		rec("domain/a.example", `{"name":"a.example","customer":"c1","window":30}`),
		rec("manager/m1", `{"id":"m1","level":"customer","of":"c1","email":"m1@a.example","api_token_sha256":"`+HashToken("t")+`"}`),
	}
	revoked := rec("manager/m1", `{"id":"m1","level":"customer","of":"c1","email":"m1@a.example"}`)
	moved := rec("domain/a.example", `{"name":"a.example","customer":"c2","window":30}`)
	for _, tc := range []struct {
		name  string
		recs  []Record
		check func(d *Directory) error
	}{
		{"a revoked token stays revoked after a console webhook write", []Record{revoked, hook("m1", "https://h.example.net/x")}, func(d *Directory) error {
			m := d.Managers["m1"]
			if m.APITokenSHA256 != "" || m.WebhookURL != "https://h.example.net/x" || m.WebhookSecret != secret {
				return fmt.Errorf("manager %+v", m)
			}
			return nil
		}},
		{"a console webhook write before the revocation", []Record{hook("m1", "https://h.example.net/x"), revoked}, func(d *Directory) error {
			m := d.Managers["m1"]
			if m.APITokenSHA256 != "" || m.WebhookURL != "https://h.example.net/x" {
				return fmt.Errorf("manager %+v", m)
			}
			return nil
		}},
		{"a deleted manager does not come back", []Record{tomb("manager/m1"), hook("m1", "https://h.example.net/x")}, func(d *Directory) error {
			if m, ok := d.Managers["m1"]; ok {
				return fmt.Errorf("manager back: %+v", m)
			}
			return nil
		}},
		{"a moved domain stays moved after a console settings write", []Record{moved, settings(LevelDomain, "a.example", 40)}, func(d *Directory) error {
			if dom := d.Domains["a.example"]; dom.Customer != "c2" || dom.Window != 40 {
				return fmt.Errorf("domain %+v", dom)
			}
			return nil
		}},
		{"a deleted domain does not come back", []Record{tomb("domain/a.example"), settings(LevelDomain, "a.example", 40)}, func(d *Directory) error {
			if dom, ok := d.Domains["a.example"]; ok {
				return fmt.Errorf("domain back: %+v", dom)
			}
			return nil
		}},
		{"the overlay wins over a later entity record", []Record{settings(LevelCustomer, "c1", 50), rec("customer/c1", `{"id":"c1","reseller":"r1","window":60,"name":"C One"}`)}, func(d *Directory) error {
			if c := d.Customers["c1"]; c.Window != 50 || c.Name != "C One" {
				return fmt.Errorf("customer %+v", c)
			}
			return nil
		}},
		{"the record's settings the overlay does not name stay in force", []Record{settings(LevelCustomer, "c1", 50), rec("customer/c1", `{"id":"c1","reseller":"r1","window":60,"repeat_interval":"1h"}`)}, func(d *Directory) error {
			if c := d.Customers["c1"]; c.Window != 50 || c.RepeatInterval.String() != "1h0m0s" {
				return fmt.Errorf("customer %+v", c)
			}
			return nil
		}},
		{"deleting the overlay gives back the record's own", []Record{settings(LevelCustomer, "c1", 50), rec("customer/c1", `{"id":"c1","reseller":"r1","window":60}`), tomb("customer-settings/c1"), hook("m1", ""), tomb("webhook/m1")}, func(d *Directory) error {
			if c := d.Customers["c1"]; c.Window != 60 {
				return fmt.Errorf("customer %+v", c)
			}
			if m := d.Managers["m1"]; m.WebhookURL != "" || m.APITokenSHA256 == "" {
				return fmt.Errorf("manager %+v", m)
			}
			return nil
		}},
		{"an empty webhook overlay removes the record's webhook", []Record{rec("manager/m2", `{"id":"m2","level":"domain","of":"a.example","webhook_url":"https://old.example.net/","webhook_secret":"`+secret+`"}`), hook("m2", "")}, func(d *Directory) error {
			if m := d.Managers["m2"]; m.WebhookURL != "" || m.WebhookSecret != "" {
				return fmt.Errorf("manager %+v", m)
			}
			return nil
		}},
		{"an overlay of an entity not yet made applies when it is", []Record{settings(LevelReseller, "r2", 70), rec("reseller/r2", `{"id":"r2"}`)}, func(d *Directory) error {
			if r := d.Resellers["r2"]; r.Window != 70 {
				return fmt.Errorf("reseller %+v", r)
			}
			return nil
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all := append(append([]Record(nil), base...), tc.recs...)
			d := New()
			for _, r := range all {
				if err := d.apply(r); err != nil {
					t.Fatalf("%s: %v", r.Key, err)
				}
			}
			if err := tc.check(d); err != nil {
				t.Fatal(err)
			}
			// Compaction keeps the latest record of each key, in order;
			// a reader of the compacted topic must hold the same.
			c := New()
			for _, r := range compacted(all) {
				if err := c.apply(r); err != nil {
					t.Fatalf("compacted %s: %v", r.Key, err)
				}
			}
			if !reflect.DeepEqual(effective(c), effective(d)) {
				t.Fatalf("compacted topic gives\n%+v\nwant\n%+v", effective(c), effective(d))
			}
		})
	}

	// config apply: the file's values win, and the overlay goes.
	d := New()
	for _, r := range append(base, settings(LevelDomain, "a.example", 40), hook("m1", "https://h.example.net/x")) {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	f, err := ParseFile([]byte("resellers: [{id: r1}]\ncustomers: [{id: c1, reseller: r1}, {id: c2, reseller: r1}]\ndomains: [{name: a.example, customer: c1, window: 35}]\nmanagers: []\n"))
	if err != nil {
		t.Fatal(err)
	}
	res, recs, err := Diff(d, f, true)
	if err != nil {
		t.Fatal(err)
	}
	// Both overlays are reported: the updated domain's, and the deleted
	// manager's (config apply prints and audits them).
	if want := []string{"domain-settings/a.example", "webhook/m1"}; !reflect.DeepEqual(res.Overlays, want) {
		t.Errorf("apply reports overlays %v deleted, want %v", res.Overlays, want)
	}
	for _, r := range recs {
		if err := d.apply(r); err != nil {
			t.Fatal(err)
		}
	}
	if dom := d.Domains["a.example"]; dom.Window != 35 || d.HasOverlay("domain/a.example") {
		t.Errorf("after config apply: domain %+v, overlay %v; want the file's window and no overlay", dom, d.HasOverlay("domain/a.example"))
	}
	if _, ok := d.Managers["m1"]; ok || len(d.overlayKeys()) != 0 {
		t.Errorf("after config apply --prune: manager m1 %v, overlays %v; want both gone", ok, d.overlayKeys())
	}
}

// compacted returns the latest record of each key, in topic order: what a
// compacted topic holds.
func compacted(recs []Record) []Record {
	last := map[string]int{}
	for i, r := range recs {
		last[r.Key] = i
	}
	var out []Record
	for i, r := range recs {
		if last[r.Key] == i && r.Value != nil {
			out = append(out, r)
		}
	}
	return out
}

// effective is what a directory's readers see.
func effective(d *Directory) [5]any {
	return [5]any{d.Defaults, d.Resellers, d.Customers, d.Domains, d.Managers}
}
