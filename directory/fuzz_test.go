package directory

import (
	"os"
	"reflect"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// FuzzParseFile reads any bytes as a directory file. An accepted file must
// print (File.Marshal, what `config get` shows) as a file that reads back
// to the same directory, and every domain in it must be canonical.
func FuzzParseFile(f *testing.F) {
	if b, err := os.ReadFile("testdata/example.yaml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("domains: [{name: a.example, customer: c}]\ncustomers: [{id: c, reseller: r}]\nresellers: [{id: r}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ParseFile(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a message")
			}
			return
		}
		for _, d := range file.Domains {
			if c, err := schemas.CanonicalDomain(d.Name); err != nil || c != d.Name {
				t.Fatalf("accepted domain %q is not canonical: %q, %v", d.Name, c, err)
			}
		}
		out, err := file.Marshal()
		if err != nil {
			t.Fatalf("an accepted file does not print: %v", err)
		}
		again, err := ParseFile(out)
		if err != nil {
			t.Fatalf("the printed file does not read back: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(again.Directory(), file.Directory()) {
			t.Fatalf("the printed file reads back to another directory:\n%s", out)
		}
	})
}

// FuzzApplyRecord reads any key and value as a config-topic record: it is
// applied or refused with an error, never a panic, and what is applied
// encodes back to a record that applies to the same directory.
func FuzzApplyRecord(f *testing.F) {
	for _, e := range []any{
		Settings{Window: 30, Threshold: 9000},
		Reseller{ID: "r1", Name: "R", Settings: Settings{Threshold: 8000}},
		Customer{ID: "c1", Reseller: "r1"},
		Domain{Name: "a.example", Customer: "c1", Settings: Settings{Window: 10}},
		Manager{ID: "m1", Level: LevelDomain, Of: "a.example", Email: "ops@a.example"},
		Subscription{ID: "s1", Manager: "m1", Transitions: []Transition{TransitionBad}},
	} {
		rec, err := EncodeRecord(e)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(rec.Key, rec.Value)
	}
	f.Fuzz(func(t *testing.T, key string, value []byte) {
		d := New()
		if err := d.apply(Record{Key: key, Value: value}); err != nil {
			return
		}
		kind, id, err := ParseKey(key)
		if err != nil {
			t.Fatalf("applied a record with a bad key %q", key)
		}
		if value == nil {
			return
		}
		if kind == KindDomain {
			if c, err := schemas.CanonicalDomain(id); err != nil || c != id {
				t.Fatalf("applied domain %q is not canonical", id)
			}
		}
		entity := entityOf(d, kind, id)
		rec, err := EncodeRecord(entity)
		if err != nil {
			t.Fatalf("an applied %s does not encode: %v", kind, err)
		}
		if kind != KindDefaults && rec.Key != key {
			t.Fatalf("key %q encodes back as %q", key, rec.Key)
		}
		again := New()
		if err := again.apply(rec); err != nil {
			t.Fatalf("re-encoded record %s %s does not apply: %v", rec.Key, rec.Value, err)
		}
		// What the directory holds is a fixed point of encode and apply
		// (an empty list and a missing one are the same entity).
		if len(again.Resellers)+len(again.Customers)+len(again.Domains)+len(again.Managers)+len(again.Subscriptions)+len(again.Silences) > 1 {
			t.Fatalf("record %s applied more than one entity", rec.Key)
		}
		rec2, err := EncodeRecord(entityOf(again, kind, id))
		if err != nil || rec2.Key != rec.Key || string(rec2.Value) != string(rec.Value) {
			t.Fatalf("record %s %s applies and encodes as %s %s, then as %s %s (%v)", key, value, rec.Key, rec.Value, rec2.Key, rec2.Value, err)
		}
	})
}

func entityOf(d *Directory, kind Kind, id string) any {
	switch kind {
	case KindReseller:
		return d.Resellers[id]
	case KindCustomer:
		return d.Customers[id]
	case KindDomain:
		return d.Domains[id]
	case KindManager:
		return d.Managers[id]
	case KindSubscription:
		return d.Subscriptions[id]
	case KindSilence:
		return d.Silences[id]
	}
	return d.Defaults
}
