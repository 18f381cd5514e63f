package consoleapi

import (
	"strings"
	"testing"
)

// TestSilencesPerManagerBounded: a manager may have at most MaxSilences
// silences in force or to come (409 beyond, saying what to do); ending
// one makes room; the operator is not bounded (review finding: 150
// ninety-day silences were accepted in seconds).
func TestSilencesPerManagerBounded(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	f.h.cfg.MaxSilences = 3
	ca1 := f.signIn("ca1@a.example")
	body := map[string]any{"level": "domain", "id": "a1.example", "duration": "90d", "reason": "maintenance"}
	var ids []string
	for i := range 3 {
		code, resp := ca1.do("POST", "/api/v1/silences", body)
		if code != 201 {
			t.Fatalf("silence %d: %d %s", i+1, code, resp)
		}
		_, rest, _ := strings.Cut(resp, `"id":"`)
		id, _, _ := strings.Cut(rest, `"`)
		ids = append(ids, id)
	}
	if code, resp := ca1.do("POST", "/api/v1/silences", body); code != 409 || !strings.Contains(resp, "the most there can be") {
		t.Fatalf("a fourth silence: %d %s, want 409", code, resp)
	}
	if code, resp := ca1.do("POST", "/api/v1/silences/"+ids[0]+"/end", nil); code != 200 {
		t.Fatalf("end a silence: %d %s", code, resp)
	}
	if code, resp := ca1.do("POST", "/api/v1/silences", body); code != 201 {
		t.Fatalf("a silence after ending one: %d %s", code, resp)
	}
	op := f.client()
	for i := range 4 {
		if code, resp := op.do("POST", "/api/v1/silences", body, "Authorization", "Bearer "+adminToken); code != 201 {
			t.Fatalf("operator's silence %d: %d %s", i+1, code, resp)
		}
	}
}
