package directory

import (
	"errors"
	"strings"
	"testing"
)

// TestOperatorIDReserved checks that no manager can take the operator's
// actor id, in any letter case, through a file or a record on the topic:
// a manager "operator" could end the operator's silences and pass for
// the operator in listings. Other kinds may use the word.
func TestOperatorIDReserved(t *testing.T) {
	for _, id := range []string{"operator", "Operator", "OPERATOR", "oPeRaToR"} {
		t.Run(id, func(t *testing.T) {
			file := "managers:\n  - id: " + id + "\n    level: domain\n    of: a.example\n    email: op@a.example\nresellers:\n  - id: r\ncustomers:\n  - id: c\n    reseller: r\ndomains:\n  - name: a.example\n    customer: c\n"
			_, err := ParseFile([]byte(file))
			var verr *ValidationError
			if !errors.As(err, &verr) || len(verr.Problems) != 1 || verr.Problems[0].Path != "managers[0].id" ||
				!strings.Contains(verr.Problems[0].Message, "reserved") {
				t.Fatalf("file with manager %q: %v, want one problem at managers[0].id naming it reserved", id, err)
			}
			d := New()
			if err := d.apply(Record{Key: "manager/" + id, Value: []byte(`{"level":"domain","of":"a.example","email":"op@a.example"}`)}); err == nil {
				t.Fatalf("record manager/%s accepted from the topic", id)
			}
			// A tombstone of such a record (one written before the
			// rule) still applies, so that it can be removed.
			if err := d.apply(Record{Key: "manager/" + id}); err != nil {
				t.Fatalf("tombstone of manager/%s: %v", id, err)
			}
		})
	}
	for _, file := range []string{
		"resellers:\n  - id: r\ncustomers:\n  - id: operator\n    reseller: r\n",
		"resellers:\n  - id: operator\n",
		"managers:\n  - id: operators\n    level: domain\n    of: a.example\n    email: op@a.example\nresellers:\n  - id: r\ncustomers:\n  - id: c\n    reseller: r\ndomains:\n  - name: a.example\n    customer: c\n",
	} {
		if _, err := ParseFile([]byte(file)); err != nil {
			t.Errorf("%q refused: %v", file, err)
		}
	}
}
