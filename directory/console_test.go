package directory

import (
	"strings"
	"testing"
)

func TestConsoleSubscriptionID(t *testing.T) {
	a := ConsoleSubscriptionID("m1", LevelCustomer, "c1")
	if a != ConsoleSubscriptionID("m1", LevelCustomer, "c1") {
		t.Fatal("not deterministic")
	}
	long := strings.Repeat("x", 128)
	for _, id := range []string{a, ConsoleSubscriptionID(long, LevelDomain, strings.Repeat("y", 250)+".example")} {
		if !IsConsoleSubscription(id) || !idPattern.MatchString(id) {
			t.Fatalf("%q: not a valid console subscription id", id)
		}
	}
	// Each part is separated, so that moving a character between parts
	// gives another id.
	for _, other := range []string{ConsoleSubscriptionID("m1", LevelCustomer, "c2"), ConsoleSubscriptionID("m", LevelCustomer, "1c1"), ConsoleSubscriptionID("m1", LevelDomain, "c1")} {
		if other == a {
			t.Fatalf("two scopes share the id %s", a)
		}
	}
	if IsConsoleSubscription("s1") {
		t.Fatal("a file's subscription is taken for a console one")
	}
}
