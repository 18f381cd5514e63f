package sinks

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestIncidentNotificationScope: an incident notice tells a manager the
// whole incident's counts but lists only the domains of their tree and
// those domains' customers; the example responses, which may name another
// customer's recipient, go only to a manager whose tree holds every
// domain of the incident — in the webhook body and in the e-mail.
func TestIncidentNotificationScope(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	inc := &schemas.Incident{V: schemas.Version, ID: "inc-1", Revision: 1, Event: schemas.IncidentOpened, Provider: "microsoft365", ProviderName: "Microsoft 365",
		Category: "blocklisted", Open: true, FirstSeen: at, LastSeen: at, Affected: 3, Total: 3,
		Domains: []schemas.IncidentDomain{
			{Domain: "a1.example", Customer: "c1", BadAt: at}, {Domain: "a2.example", Customer: "c1", BadAt: at},
			{Domain: "b1.example", Customer: "secret-customer", BadAt: at},
		},
		Customers: []string{"c1", "secret-customer"}, Examples: []string{"550 5.7.606 Access denied (for ceo@b1.example)"}}
	for _, tc := range []struct {
		name      string
		yours     []string
		customers []string
		examples  bool
	}{
		{"a customer's manager", []string{"a1.example", "a2.example"}, []string{"c1"}, false},
		{"a domain's manager", []string{"a2.example"}, []string{"c1"}, false},
		{"the operator", []string{"a1.example", "a2.example", "b1.example"}, []string{"c1", "secret-customer"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := &notification{incident: inc, incDomains: tc.yours, target: directory.Target{Manager: "m"}}
			body, err := json.Marshal(incidentHookBody(n))
			if err != nil {
				t.Fatal(err)
			}
			var got struct {
				Data struct {
					Domains        []schemas.IncidentDomain `json:"domains"`
					Customers      []string                 `json:"customers"`
					CustomersTotal int                      `json:"customers_total"`
					Examples       []string                 `json:"examples"`
					Total          int                      `json:"total"`
				} `json:"data"`
			}
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, d := range got.Data.Domains {
				names = append(names, d.Domain)
			}
			if !slices.Equal(names, tc.yours) || !slices.Equal(got.Data.Customers, tc.customers) || got.Data.CustomersTotal != 2 || got.Data.Total != 3 {
				t.Errorf("webhook data: domains %v, customers %v of %d, total %d", names, got.Data.Customers, got.Data.CustomersTotal, got.Data.Total)
			}
			if (len(got.Data.Examples) > 0) != tc.examples {
				t.Errorf("webhook examples %q; want them: %v", got.Data.Examples, tc.examples)
			}
			if !tc.examples && (strings.Contains(string(body), "secret-customer") || strings.Contains(string(body), "b1.example")) {
				t.Errorf("the webhook body names another customer or its domain: %s", body)
			}
			v := newIncidentView(n)
			if (len(v.Examples) > 0) != tc.examples || v.Customers != 2 || v.Others != 3-len(tc.yours) {
				t.Errorf("e-mail view: examples %q, customers %d, others %d", v.Examples, v.Customers, v.Others)
			}
		})
	}
}
