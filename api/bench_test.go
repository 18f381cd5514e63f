package api_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// BenchmarkDomainList lists the first page (50) of Bad domains among
// 50,000 (one in ten Bad; 10 resellers of 50 customers of 100 domains) as
// the operator and as managers of a reseller, a customer and a domain,
// through the handler (no network). A scoped list reads its scope's
// domains from the index by customer and reseller instead of every Bad
// domain.
//
//	go test -run '^$' -bench BenchmarkDomainList -benchtime 200x ./api/
func BenchmarkDomainList(b *testing.B) {
	const resellers, customers, domains = 10, 50, 100
	be := newMemBackend(b, 6)
	entities := []any{}
	var good, bad []string
	for r := range resellers {
		entities = append(entities, directory.Reseller{ID: fmt.Sprintf("r%d", r)})
		for c := range customers {
			cid := fmt.Sprintf("r%d-c%d", r, c)
			entities = append(entities, directory.Customer{ID: cid, Reseller: fmt.Sprintf("r%d", r)})
			for d := range domains {
				name := fmt.Sprintf("d%d.%s.example", d, cid)
				entities = append(entities, directory.Domain{Name: name, Customer: cid})
				if d%10 == 3 {
					bad = append(bad, name)
				} else {
					good = append(good, name)
				}
			}
		}
	}
	entities = append(entities,
		directory.Manager{ID: "m-r", Level: directory.LevelReseller, Of: "r7", APITokenSHA256: directory.HashToken("tok-r")},
		directory.Manager{ID: "m-c", Level: directory.LevelCustomer, Of: "r7-c42", APITokenSHA256: directory.HashToken("tok-c")},
		directory.Manager{ID: "m-d", Level: directory.LevelDomain, Of: "d3.r7-c42.example", APITokenSHA256: directory.HashToken("tok-d")},
	)
	be.setDirectory(b, entities...)
	for i := 0; i < len(good); i += 5000 {
		be.put(b, schemas.StatusGood, good[i:min(i+5000, len(good))]...)
	}
	be.put(b, schemas.StatusBad, bad...)
	h := api.Handler(api.Config{Backend: be, AdminToken: adminToken, Limits: api.Limits{Rate: -1}, Log: testLogger()})
	for _, tc := range []struct{ name, token string }{
		{"operator", adminToken}, {"reseller-5000", "tok-r"}, {"customer-100", "tok-c"}, {"domain-1", "tok-d"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, "/api/v1/domains?status=bad&limit=50", nil)
			req.Header.Set("Authorization", "Bearer "+tc.token)
			// Warm the index of the directory snapshot once.
			h.ServeHTTP(httptest.NewRecorder(), req)
			b.ResetTimer()
			for range b.N {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}
