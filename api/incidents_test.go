package api_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// TestIncidentsScoped: the open incidents and a Bad domain's status are
// shown to each caller within their tree — the operator every incident
// with every domain and the example responses; a customer's manager only
// the incidents that touch the customer, only its own domains and no
// example (it may name another customer's recipient), with the whole
// incident's counts; a domain's manager only its domain; a caller
// without a token nothing.
func TestIncidentsScoped(t *testing.T) {
	const adminToken, customerToken, domainToken, otherToken = "admin-token-incidents-0123456789", "customer-token-c1-0123456789", "domain-token-a2-0123456789", "customer-token-c3-0123456789"
	b := newMemBackend(t, 3)
	b.setDirectory(t,
		directory.Reseller{ID: "r"},
		directory.Customer{ID: "c1", Reseller: "r"}, directory.Customer{ID: "c2", Reseller: "r"}, directory.Customer{ID: "c3", Reseller: "r"},
		directory.Domain{Name: "a1.example", Customer: "c1"}, directory.Domain{Name: "a2.example", Customer: "c1"},
		directory.Domain{Name: "b1.example", Customer: "c2"}, directory.Domain{Name: "d1.example", Customer: "c3"},
		directory.Manager{ID: "it-c1", Level: directory.LevelCustomer, Of: "c1", Email: "it@c1.example", APITokenSHA256: directory.HashToken(customerToken)},
		directory.Manager{ID: "pm-a2", Level: directory.LevelDomain, Of: "a2.example", Email: "pm@a2.example", APITokenSHA256: directory.HashToken(domainToken)},
		directory.Manager{ID: "it-c3", Level: directory.LevelCustomer, Of: "c3", Email: "it@c3.example", APITokenSHA256: directory.HashToken(otherToken)},
	)
	b.put(t, schemas.StatusBad, "a1.example", "a2.example", "b1.example")
	b.put(t, schemas.StatusGood, "d1.example")
	var tbl incidents.Table
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	tbl.Apply(schemas.Incident{V: schemas.Version, ID: "inc-m365", Revision: 2, Event: schemas.IncidentUpdated, Provider: "microsoft365", ProviderName: "Microsoft 365",
		Category: "blocklisted", Open: true, FirstSeen: at, LastSeen: at.Add(time.Minute), Affected: 3, Total: 3,
		Domains: []schemas.IncidentDomain{
			{Domain: "a1.example", Customer: "c1", Reseller: "r", BadAt: at}, {Domain: "a2.example", Customer: "c1", Reseller: "r", BadAt: at},
			{Domain: "b1.example", Customer: "c2", Reseller: "r", BadAt: at.Add(time.Minute)},
		},
		Customers: []string{"c1", "c2"}, Examples: []string{"550 5.7.606 Access denied, banned sending IP [203.0.113.9] (to ceo@b1.example)"}})
	srv := httptest.NewServer(api.Handler(api.Config{Backend: b, AdminToken: adminToken, Limits: api.Limits{Rate: -1}, Log: testLogger(), Incidents: &tbl}))
	t.Cleanup(srv.Close)
	get := func(token, path string, v any) int {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode == http.StatusOK && v != nil {
			if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
				t.Fatal(err)
			}
		}
		return resp.StatusCode
	}
	domains := func(inc api.Incident) []string {
		var out []string
		for _, d := range inc.Domains {
			out = append(out, d.Domain)
		}
		return out
	}
	for _, tc := range []struct {
		who, token string
		domains    []string // of the one incident; nil: no incident listed
		examples   bool
	}{
		{"operator", adminToken, []string{"a1.example", "a2.example", "b1.example"}, true},
		{"customer c1's manager", customerToken, []string{"a1.example", "a2.example"}, false},
		{"a2.example's manager", domainToken, []string{"a2.example"}, false},
		{"customer c3's manager (not affected)", otherToken, nil, false},
	} {
		t.Run(tc.who, func(t *testing.T) {
			var list api.IncidentList
			if code := get(tc.token, "/api/v1/incidents", &list); code != http.StatusOK || !list.Enabled {
				t.Fatalf("status %d, enabled %v", code, list.Enabled)
			}
			if tc.domains == nil {
				if len(list.Incidents) != 0 {
					t.Fatalf("incidents %+v, want none", list.Incidents)
				}
				return
			}
			if len(list.Incidents) != 1 {
				t.Fatalf("%d incidents, want 1", len(list.Incidents))
			}
			inc := list.Incidents[0]
			if got := domains(inc); !slices.Equal(got, tc.domains) {
				t.Errorf("domains %v, want %v", got, tc.domains)
			}
			if inc.Total != 3 || inc.Affected != 3 || inc.Customers != 2 || inc.ProviderName != "Microsoft 365" || !inc.FirstSeen.Equal(at) || !inc.LastSeen.Equal(at.Add(time.Minute)) {
				t.Errorf("incident %+v", inc)
			}
			if (len(inc.Examples) > 0) != tc.examples {
				t.Errorf("examples %q; want them: %v", inc.Examples, tc.examples)
			}
			for _, d := range tc.domains {
				var st api.Status
				if code := get(tc.token, "/api/v1/domains/"+d+"/status", &st); code != http.StatusOK || st.Incident == nil || st.Incident.ID != "inc-m365" {
					t.Errorf("status of %s: %d, incident %+v", d, code, st.Incident)
				}
				if raw, _ := json.Marshal(st); strings.Contains(string(raw), "b1.example") && d != "b1.example" {
					t.Errorf("the status of %s names another customer's domain: %s", d, raw)
				}
			}
		})
	}
	if code := get("", "/api/v1/incidents", nil); code != http.StatusUnauthorized {
		t.Errorf("without a token: %d, want 401", code)
	}
	var st api.Status
	if get(adminToken, "/api/v1/domains/d1.example/status", &st); st.Incident != nil {
		t.Errorf("a Good domain outside the incident has one: %+v", st.Incident)
	}

	// An instance without the stage says so.
	off := httptest.NewServer(api.Handler(api.Config{Backend: b, AdminToken: adminToken, Limits: api.Limits{Rate: -1}, Log: testLogger()}))
	t.Cleanup(off.Close)
	req, _ := http.NewRequest(http.MethodGet, off.URL+"/api/v1/incidents", nil)
	req.Header.Set("Authorization", "Bearer "+adminToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list api.IncidentList
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil || list.Enabled || list.Incidents == nil || len(list.Incidents) != 0 {
		t.Errorf("without the stage: %+v, %v", list, err)
	}
}
