package sinks

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// settleDirectory is one customer-level manager of a.example, whose
// domain and manager sit under customer cust, the manager with id mgr.
func settleDirectory(hooks *hookReceiver, cust, mgr string) string {
	return fmt.Sprintf(`resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}, {id: cb, reseller: ra}]
domains: [{name: a.example, customer: %[3]s}]
managers:
  - {id: %[4]s, level: customer, of: %[3]s, email: pm@a.example, webhook_url: "%[1]s/pm-a", webhook_secret: %[2]s}
subscriptions:
  - {id: s-%[4]s, manager: %[4]s}
`, hooks.srv.URL, testSecret, cust, mgr)
}

// startSettleHeld holds the third Bad of a.example for pm@a.example
// under a 10 s flap interval (startFlapHeld): long enough for a loaded
// machine to read the third Bad and the changes within it.
func startSettleHeld(t *testing.T) (context.Context, *cluster, *smtpServer, *hookReceiver, *lockedBuffer) {
	return startFlapHeld(t, func(h *hookReceiver) string { return settleDirectory(h, "ca", "pm") }, 10*time.Second)
}

// TestHeldNotificationSurvivesChangeInTwoRecords (review S24C-1): a
// domain and its customer-level manager moved to another customer as two
// records, the manager reaching the domain before and after but not in
// between: the held notification is not dropped at the change seen half
// applied; it goes out when its hold ends.
func TestHeldNotificationSurvivesChangeInTwoRecords(t *testing.T) {
	t.Parallel()
	ctx, c, mail, hooks, buf := startSettleHeld(t)
	d, err := directory.EncodeRecord(directory.Domain{Name: "a.example", Customer: "cb"})
	if err != nil {
		t.Fatal(err)
	}
	cur, err := directory.Load(ctx, c.name("mailflow.config"), c.client(t).Opts()...)
	if err != nil {
		t.Fatal(err)
	}
	pm := cur.Managers["pm"]
	pm.Of = "cb"
	m, err := directory.EncodeRecord(pm)
	if err != nil {
		t.Fatal(err)
	}
	// The sink reads the first record alone: the held lane computes its
	// hold again with the change half applied (and logs it) before the
	// second is written.
	third := schemas.ChangeID("a.example", schemas.StatusGood, schemas.StatusBad, "ev-3")
	holds := func(ch string) int {
		return len(logTimes(t, buf.String(), "flap control holds a notification", "alert_id="+third, "/"+ch+" "))
	}
	email, webhook := holds("email"), holds("webhook")
	c.writeConfig(t, ctx, d)
	eventually(t, 20*time.Second, "the hold computed again with the first record", func() bool {
		return holds("email") > email && holds("webhook") > webhook || hasLine(buf.String(), "notification dropped")
	})
	c.writeConfig(t, ctx, m)
	eventually(t, 20*time.Second, "the held Bad", func() bool {
		return len(mail.to("pm@a.example")) == 3 && len(hooks.calls("/pm-a")) == 3
	})
	if hasLine(buf.String(), "notification dropped") {
		t.Errorf("a notification was dropped:\n%s", buf.String())
	}
	// The hold computed again ends when the first did: told at info once,
	// then at debug (a console's every change repeated each held line).
	for _, ch := range []string{"email", "webhook"} {
		if n := len(logTimes(t, buf.String(), "level=INFO", "flap control holds a notification", "alert_id="+third, "/"+ch+" ")); n != 1 || holds(ch) < 2 {
			t.Errorf("%s: the hold logged %d times at info of %d, want once of 2 or more:\n%s", ch, n, holds(ch), buf.String())
		}
	}
}

// TestHeldNotificationFollowsRename (review S24C-2): a manager renamed
// (new id, the same mailbox and webhook) still gets the notification held
// for the old id.
func TestHeldNotificationFollowsRename(t *testing.T) {
	t.Parallel()
	ctx, c, mail, hooks, buf := startSettleHeld(t)
	c.applyDirectory(t, ctx, settleDirectory(hooks, "ca", "pm2"))
	eventually(t, 20*time.Second, "the held Bad at the renamed manager's address", func() bool {
		return len(mail.to("pm@a.example")) == 3 && len(hooks.calls("/pm-a")) == 3
	})
	if hasLine(buf.String(), "notification dropped") {
		t.Errorf("a notification was dropped:\n%s", buf.String())
	}
}
