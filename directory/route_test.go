package directory

import (
	"reflect"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func routingDirectory(t *testing.T) *Directory {
	t.Helper()
	const file = `resellers: [{id: ra}, {id: rb}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: rb}]
domains: [{name: a.example, customer: ca}, {name: a2.example, customer: ca}, {name: b.example, customer: cb}]
managers:
  - {id: noc-a, level: reseller, of: ra, email: noc@a.example, webhook_url: "https://h.a.example/", webhook_secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}
  - {id: pm-a, level: domain, of: a.example, email: pm@a.example}
  - {id: cust-a, level: customer, of: ca, email: cust@a.example}
  - {id: noc-b, level: reseller, of: rb, email: noc@b.example}
subscriptions:
  - {id: s-noc-a, manager: noc-a, min_interval: 10m}
  - {id: s-noc-a-dom, manager: noc-a, level: domain, of: a.example, channels: [email]}
  - {id: s-pm-a, manager: pm-a, transitions: [recovered]}
  - {id: s-cust-a, manager: cust-a, transitions: [bad]}
  - {id: s-noc-b, manager: noc-b}
`
	f, err := ParseFile([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	return f.Directory()
}

func TestSubscribers(t *testing.T) {
	d := routingDirectory(t)
	type tgt struct {
		key  string
		subs []string
		min  time.Duration
	}
	for _, tc := range []struct {
		name     string
		domain   string
		from, to schemas.Status
		want     []tgt
	}{
		{"bad at a: reseller twice deduped, customer, not the recovered-only manager", "a.example", schemas.StatusGood, schemas.StatusBad, []tgt{
			{"cust-a/email", []string{"s-cust-a"}, 0},
			{"noc-a/email", []string{"s-noc-a", "s-noc-a-dom"}, 0},
			{"noc-a/webhook", []string{"s-noc-a"}, 10 * time.Minute},
		}},
		{"recovered at a", "a.example", schemas.StatusBad, schemas.StatusGood, []tgt{
			{"noc-a/email", []string{"s-noc-a", "s-noc-a-dom"}, 0},
			{"noc-a/webhook", []string{"s-noc-a"}, 10 * time.Minute},
			{"pm-a/email", []string{"s-pm-a"}, 0},
		}},
		{"unknown to bad at a2: domain-level subscriptions of a do not apply", "a2.example", schemas.StatusUnknown, schemas.StatusBad, []tgt{
			{"cust-a/email", []string{"s-cust-a"}, 0},
			{"noc-a/email", []string{"s-noc-a"}, 10 * time.Minute},
			{"noc-a/webhook", []string{"s-noc-a"}, 10 * time.Minute},
		}},
		{"reseller B isolated", "b.example", schemas.StatusGood, schemas.StatusBad, []tgt{
			{"noc-b/email", []string{"s-noc-b"}, 0},
		}},
		{"unknown to good is no alert", "a.example", schemas.StatusUnknown, schemas.StatusGood, nil},
		{"domain outside the directory", "z.example", schemas.StatusGood, schemas.StatusBad, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []tgt
			for _, x := range d.Subscribers(schemas.StatusChange{Domain: tc.domain, From: tc.from, To: tc.to}) {
				got = append(got, tgt{x.Key(), x.Subscriptions, x.MinInterval})
				if x.Channel == ChannelWebhook && (x.WebhookURL == "" || x.WebhookSecret == "") {
					t.Errorf("webhook target without URL or secret: %+v", x)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
	// A domain removed from the directory after the alert was enriched is
	// still routed by the customer and reseller the alert names.
	got := d.Subscribers(schemas.StatusChange{Domain: "gone.example", Customer: "cb", Reseller: "rb", From: schemas.StatusGood, To: schemas.StatusBad})
	if len(got) != 1 || got[0].Manager != "noc-b" {
		t.Errorf("removed domain routed to %+v", got)
	}
}
