package logstore

import (
	"fmt"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func TestCanonicalAddress(t *testing.T) {
	for in, want := range map[string]string{
		"alice@example.org":          "alice@example.org",
		"Alice@Example.ORG":          "alice@example.org",
		"bob@contoso.example.":       "bob@contoso.example",
		"anna@bücher.example":        "anna@xn--bcher-kva.example",
		"anna@BÜCHER.example":        "anna@xn--bcher-kva.example",
		"anna@xn--bcher-kva.example": "anna@xn--bcher-kva.example",
		"\"a@b\"@example.org":        "\"a@b\"@example.org",
		"postmaster":                 "postmaster",
		"x@[192.0.2.1]":              "x@[192.0.2.1]",
		"":                           "",
	} {
		if got := canonicalAddress(in); got != want {
			t.Errorf("canonicalAddress(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { canonicalAddress("alice@example.org") }); n != 0 {
		t.Errorf("a canonical address costs %v allocations, want 0", n)
	}
}

// TestQueryAddressSpellings: one address in another spelling of its
// domain (U-labels or A-labels, a trailing dot, capitals) is one
// recipient and one sender to the query, through the index and the
// filter alike (review finding: a search by the A-label form, which the
// console shows, found none of the attempts recorded in U-labels).
func TestQueryAddressSpellings(t *testing.T) {
	clock := &testClock{t: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)}
	s := openTest(t, t.TempDir(), clock)
	const domain = "xn--bcher-kva.example"
	spellings := []string{"anna@bücher.example", "anna@xn--bcher-kva.example", "Anna@BÜCHER.example.", "ANNA@XN--BCHER-KVA.EXAMPLE"}
	var all []Attempt
	for i, rcpt := range append(spellings, "otto@bücher.example") {
		at := clock.t.Add(-time.Duration(i+1) * time.Minute)
		all = append(all, Attempt{
			Event: schemas.DeliveryEvent{V: schemas.Version, ID: fmt.Sprintf("ev-%d", i), MessageID: fmt.Sprintf("m-%d", i),
				Domain: domain, Recipient: rcpt, Sender: "News@Shop.Example.", CompletedAt: at, SMTPCode: 250, Outcome: schemas.OutcomeDelivered},
			Arrival: at, Pos: Pos{Partition: partitionOf(domain), Offset: int64(i)},
		})
	}
	appendAll(t, s, all, len(all))
	for _, q := range spellings {
		got := queryAll(t, s, domain, Filter{Recipient: q})
		want := reference(all, domain, Filter{Recipient: q})
		if len(want) != len(spellings) {
			t.Fatalf("the reference filter finds %d attempts to %q, want %d", len(want), q, len(spellings))
		}
		sameAttempts(t, "recipient "+q, got, want)
	}
	for _, q := range []string{"news@shop.example", "NEWS@shop.example."} {
		if got := queryAll(t, s, domain, Filter{Sender: q}); len(got) != len(all) {
			t.Fatalf("sender %q: %d attempts, want %d", q, len(got), len(all))
		}
	}
}
