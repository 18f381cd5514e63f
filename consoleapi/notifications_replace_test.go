package consoleapi

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestNotificationsOffReplacesFile: a manager whom the operator's
// directory file subscribes at a level turns notifications off there in
// the console, and the sinks' routing (directory.Subscribers, the same
// directory the console wrote) sends them nothing more at that level; on
// again with other choices, they get what they chose there, with the
// operator's quiet interval kept; the console lists the file's
// subscription as replaced. Review finding: "off" removed only a console
// subscription, and the file's went on sending.
func TestNotificationsOffReplacesFile(t *testing.T) {
	ents := append(world(),
		directory.Subscription{ID: "file-ca1", Manager: "mCA1", MinInterval: 10 * time.Minute},
		directory.Subscription{ID: "file-ra", Manager: "mRA", Channels: []string{"email"}})
	f := newFixture(t, ents, nil, nil)
	ca1 := f.signIn("ca1@a.example")
	bad := schemas.StatusChange{Domain: "a1.example", From: schemas.StatusGood, To: schemas.StatusBad}
	recovered := schemas.StatusChange{Domain: "a1.example", From: schemas.StatusBad, To: schemas.StatusGood}
	targets := func(alert schemas.StatusChange) []string {
		var out []string
		for _, x := range f.table.Current().Subscribers(alert) {
			out = append(out, x.Key()+"="+strings.Join(x.Subscriptions, ",")+"@"+x.MinInterval.String())
		}
		return out
	}
	consoleID := directory.ConsoleSubscriptionID("mCA1", directory.LevelCustomer, "cA1")
	type view struct {
		Subscriptions []subscriptionView `json:"subscriptions"`
	}
	mine := func(body string) map[string]subscriptionView {
		var v view
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		out := map[string]subscriptionView{}
		for _, s := range v.Subscriptions {
			out[s.ID] = s
		}
		return out
	}
	check := func(step string, alert schemas.StatusChange, want ...string) {
		t.Helper()
		if got := targets(alert); !slices.Equal(got, want) {
			t.Fatalf("%s: %s reaches %q, want %q", step, alert.To, got, want)
		}
	}

	check("the file alone", bad, "mCA1/email=file-ca1@10m0s", "mRA/email=file-ra@0s")

	// Off at the customer level: the file's subscription there sends
	// nothing more to ca1; the reseller's manager is not touched.
	code, body := ca1.do("DELETE", "/api/v1/me/notifications/customer/cA1", nil)
	if code != 200 {
		t.Fatalf("off: %d %s", code, body)
	}
	if s := mine(body); s["file-ca1"].ReplacedBy != consoleID || !s[consoleID].Off || s[consoleID].MadeIn != "console" || len(s[consoleID].Channels) != 0 {
		t.Fatalf("the console's view after off: %s", body)
	}
	check("after off", bad, "mRA/email=file-ra@0s")
	check("after off", recovered, "mRA/email=file-ra@0s")
	if code, body := ca1.do("DELETE", "/api/v1/me/notifications/customer/cA1", nil); code != 200 || !mine(body)[consoleID].Off {
		t.Fatalf("off twice: %d %s", code, body)
	}

	// On again, recoveries only: ca1 gets what it chose at this level,
	// the file's 10-minute interval kept.
	code, body = ca1.do("PUT", "/api/v1/me/notifications/customer/cA1", map[string]any{"channels": []string{"email"}, "transitions": []string{"recovered"}})
	if code != 200 || mine(body)[consoleID].Off || mine(body)["file-ca1"].ReplacedBy != consoleID {
		t.Fatalf("on: %d %s", code, body)
	}
	check("after on, recoveries only", bad, "mRA/email=file-ra@0s")
	check("after on, recoveries only", recovered, "mCA1/email="+consoleID+"@10m0s", "mRA/email=file-ra@0s")

	// Off after on: off, not back to the file's.
	if code, body := ca1.do("DELETE", "/api/v1/me/notifications/customer/cA1", nil); code != 200 {
		t.Fatalf("off after on: %d %s", code, body)
	}
	check("off after on", recovered, "mRA/email=file-ra@0s")

	// A level where neither the file nor the console subscribes ca1.
	if code, body := ca1.do("DELETE", "/api/v1/me/notifications/domain/a1.example", nil); code != 404 || !strings.Contains(body, "no notifications at this level") {
		t.Fatalf("off where nothing is on: %d %s", code, body)
	}

	// The audit log says the manager turned the operator's subscription
	// off, and from where.
	es, _, err := audit.List(f.ctx, auditTopic, time.Time{}, f.opts...)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range es {
		if e.Actor == "mCA1" && strings.HasPrefix(e.Action, "subscription.") {
			actions = append(actions, e.Action)
			if e.Remote == "" {
				t.Errorf("audit entry %s without the client's address", e.Action)
			}
		}
	}
	if want := []string{"subscription.off", "subscription.set", "subscription.off"}; !slices.Equal(actions, want) {
		t.Errorf("audit %q, want %q", actions, want)
	}
}
