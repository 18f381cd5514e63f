package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// flapDirectory: one domain, its postmaster by e-mail and webhook.
func flapDirectory(hooks *hookReceiver, settings string) string {
	return fmt.Sprintf(`resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca%[3]s}]
managers:
  - {id: pm-a, level: domain, of: a.example, email: pm@a.example, webhook_url: "%[1]s/pm-a", webhook_secret: %[2]s}
subscriptions:
  - {id: s-pm-a, manager: pm-a}
`, hooks.srv.URL, testSecret, settings)
}

func hookData(t *testing.T, c hookCall) map[string]any {
	t.Helper()
	var env struct {
		Type string         `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(c.body, &env); err != nil {
		t.Fatal(err)
	}
	env.Data["type"] = env.Type
	return env.Data
}

// TestFlapControl: the first Bad and its recovery go out at once; the
// domain turning Bad twice more within the flap interval is one
// notification when the interval is up, with the flaps counted.
func TestFlapControl(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, flapDirectory(hooks, ""))
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.FlapInterval = 3 * time.Second
	startSink(t, cfg, false)

	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "the first Bad", func() bool { return len(mail.to("pm@a.example")) == 1 })
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.95))
	eventually(t, 20*time.Second, "its recovery, at once", func() bool { return len(mail.to("pm@a.example")) == 2 })
	eventually(t, 20*time.Second, "its recovery's webhook", func() bool { return len(hooks.calls("/pm-a")) == 2 })
	c.produceAlerts(t, ctx,
		alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-3", 0.8),
		alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-4", 0.95),
		alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-5", 0.8))
	eventually(t, 20*time.Second, "the flap notification", func() bool { return len(mail.to("pm@a.example")) == 3 })
	// Nothing went out while flapping inside the interval: the next mail
	// is the one flap notification, no sooner than the interval after
	// the recovery's, when the sink recorded it sent (the receiver's
	// clock; the sink holds by the wall clock from its own record, taken
	// after the receiver accepted the mail).
	if ms := mail.to("pm@a.example"); wallSub(ms[2].at, ms[1].at) < cfg.FlapInterval {
		t.Errorf("a notification came %s after the recovery's, inside the %s interval", wallSub(ms[2].at, ms[1].at), cfg.FlapInterval)
	}
	m := mail.to("pm@a.example")[2]
	if subj := m.header.Get("Subject"); !strings.HasPrefix(subj, "[mailflow] FLAPPING, now BAD: a.example turned bad 2 times") {
		t.Errorf("subject %q", subj)
	}
	if !strings.Contains(m.body, "turned bad 2 times") {
		t.Errorf("body without the flap count:\n%s", m.body)
	}
	eventually(t, 20*time.Second, "three webhooks", func() bool { return len(hooks.calls("/pm-a")) == 3 })
	if d := hookData(t, hooks.calls("/pm-a")[2]); d["flaps"] != 2.0 || d["to"] != "bad" {
		t.Errorf("flap webhook data: flaps %v, to %v", d["flaps"], d["to"])
	}
	if cs := hooks.calls("/pm-a"); wallSub(cs[2].at, cs[1].at) < cfg.FlapInterval {
		t.Errorf("a webhook came %s after the recovery's, inside the %s interval", wallSub(cs[2].at, cs[1].at), cfg.FlapInterval)
	}
	time.Sleep(500 * time.Millisecond)
	if n := len(mail.to("pm@a.example")); n != 3 {
		t.Errorf("%d mails in the end, want 3", n)
	}
}

// TestRepeat: a domain that stays Bad is reminded once per interval,
// threaded under its Bad mail; a restart that reads every alert again (a
// new group on the same store) sends nothing twice; the recovery stops the
// reminders.
func TestRepeat(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, flapDirectory(hooks, ""))
	dir := t.TempDir()
	cfg := testConfig(t, c, mail, dir)
	cfg.RepeatInterval = 2 * time.Second
	cfg.CheckInterval = 100 * time.Millisecond
	stop := startSink(t, cfg, false)

	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-1", 0.8))
	eventually(t, 20*time.Second, "the Bad mail", func() bool { return len(mail.to("pm@a.example")) == 1 })
	eventually(t, 20*time.Second, "two reminders", func() bool { return len(mail.to("pm@a.example")) == 3 })
	msgs := mail.to("pm@a.example")
	// One per interval: each reminder is due an interval after the sink
	// recorded the mail before it sent, which is after the receiver
	// accepted that mail (the receiver's clock; the sink's, from its
	// record, is the wall clock).
	for i := 1; i < len(msgs); i++ {
		if d := wallSub(msgs[i].at, msgs[i-1].at); d < cfg.RepeatInterval {
			t.Errorf("mail %d came %s after the one before: more than one per %s interval", i, d, cfg.RepeatInterval)
		}
	}
	badID := msgs[0].header.Get("Message-Id")
	for i, m := range msgs[1:] {
		if want := fmt.Sprintf("[mailflow] STILL BAD: a.example"); !strings.HasPrefix(m.header.Get("Subject"), want) {
			t.Errorf("reminder %d subject %q", i+1, m.header.Get("Subject"))
		}
		if m.header.Get("In-Reply-To") != badID {
			t.Errorf("reminder %d In-Reply-To %q, want the Bad mail %q", i+1, m.header.Get("In-Reply-To"), badID)
		}
	}
	if d := hookData(t, hooks.calls("/pm-a")[1]); d["type"] != "domain.still_bad" || d["repeat"] != 1.0 {
		t.Errorf("reminder webhook: %v %v", d["type"], d["repeat"])
	}
	stop()

	// Every alert read again by a new group on the same store: no Bad
	// mail again, the reminders go on where they were.
	cfg.Group = c.name("mailflow.sink-replay")
	stop = startSink(t, cfg, false)
	before := len(mail.to("pm@a.example"))
	eventually(t, 20*time.Second, "the next reminder after the replay", func() bool { return len(mail.to("pm@a.example")) == before+1 })
	seen := map[string]bool{}
	for _, m := range mail.to("pm@a.example") {
		id := m.header.Get("Message-Id")
		if seen[id] {
			t.Fatalf("mail %s sent twice", id)
		}
		seen[id] = true
	}
	c.produceAlerts(t, ctx, alertAt("a.example", schemas.StatusBad, schemas.StatusGood, "ev-2", 0.96))
	eventually(t, 20*time.Second, "the recovery", func() bool {
		ms := mail.to("pm@a.example")
		return strings.HasPrefix(ms[len(ms)-1].header.Get("Subject"), "[mailflow] RECOVERED")
	})
	n := len(mail.to("pm@a.example"))
	time.Sleep(2500 * time.Millisecond)
	if got := len(mail.to("pm@a.example")); got != n {
		t.Errorf("%d mails after the recovery, want none", got-n)
	}
	stop()
}

// TestSilence: a silence at customer level holds the notifications of its
// domain, across a crash of the sink; when it ends, the domain still Bad
// is notified once (the held notification names the silence), and a
// domain that recovered within the silence is not notified at all.
func TestSilence(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	hooks := startHooks(t)
	c.applyDirectory(t, ctx, twoResellers(hooks, ""))
	// The silence lasts an hour while the sink holds, crashes and starts
	// again, however slowly; then it ends a second later (an operator
	// ending it).
	now := time.Now()
	sil := directory.Silence{ID: "maint-1", Level: directory.LevelCustomer, Of: "ca", Start: now.Add(-time.Minute), End: now.Add(time.Hour), Reason: "MX migration, ticket 4711", CreatedBy: "operator"}
	c.publishSilence(t, ctx, sil)
	dir := t.TempDir()
	cfg := testConfig(t, c, mail, dir)
	cfg.CheckInterval = 100 * time.Millisecond
	stop := startSink(t, cfg, true)

	// a.example (customer ca) turns Bad in the silence; b.example (not
	// silenced) turns Bad and is notified at once.
	c.produceAlerts(t, ctx,
		alertAt("a.example", schemas.StatusGood, schemas.StatusBad, "ev-a1", 0.8),
		alertAt("b.example", schemas.StatusGood, schemas.StatusBad, "ev-b1", 0.8))
	eventually(t, 20*time.Second, "b.example's notification", func() bool { return len(mail.to("noc@rb.test")) == 1 })
	waitCommitted(t, ctx, c, "mailflow.sink")
	if n := len(mail.to("noc@ra.test")) + len(mail.to("pm@a.example")); n != 0 {
		t.Fatalf("%d notifications of the silenced domain", n)
	}
	stop() // a crash: the held notifications are in the store only

	s, _ := runSink(t, cfg, false)
	sil.End = time.Now().Add(time.Second)
	c.publishSilence(t, ctx, sil)
	eventually(t, 20*time.Second, "the released notifications", func() bool {
		return len(mail.to("noc@ra.test")) == 1 && len(mail.to("pm@a.example")) == 1
	})
	// Not before the silence ended, as the sink tells it: each mail came
	// after the End it read, on the wall clock it decides by.
	for _, m := range append(mail.to("noc@ra.test"), mail.to("pm@a.example")...) {
		if wallBefore(m.at, sil.End) {
			t.Fatalf("released at %s, before the silence ended at %s", m.at.Format(time.RFC3339Nano), sil.End.Format(time.RFC3339Nano))
		}
	}
	m := mail.to("pm@a.example")[0]
	if !strings.Contains(m.body, "Held by a silence (MX migration, ticket 4711)") || !strings.HasPrefix(m.header.Get("Subject"), "[mailflow] BAD: a.example") {
		t.Errorf("released mail %q:\n%s", m.header.Get("Subject"), m.body)
	}
	eventually(t, 20*time.Second, "the released webhook", func() bool { return len(hooks.calls("/pm-a")) == 1 })
	if d := hookData(t, hooks.calls("/pm-a")[0]); d["held_by_silence"] != "MX migration, ticket 4711" {
		t.Errorf("webhook held_by_silence %v", d["held_by_silence"])
	}

	// A second silence; the domain recovers and fails again and recovers
	// within it: nothing outlasts it, but the target was told of the Bad,
	// so the recovery is sent; a domain whose whole episode lies in the
	// silence is never notified.
	now = time.Now()
	sil2 := directory.Silence{ID: "maint-2", Level: directory.LevelDomain, Of: "b.example", Start: now.Add(-time.Minute), End: now.Add(2 * time.Second), Reason: "short"}
	rec2, _ := directory.EncodeRecord(sil2)
	if err := directory.Publish(ctx, c.client(t), c.name("mailflow.config"), []directory.Record{rec2}); err != nil {
		t.Fatal(err)
	}
	if err := s.table.CatchUp(ctx); err != nil { // the sink has read the silence
		t.Fatal(err)
	}
	// Made (the record's timestamp, what a silence decides by) inside
	// the silence, whenever the sink reads it.
	c.produceAlertsStamped(t, ctx, now,
		alertAt("b.example", schemas.StatusBad, schemas.StatusGood, "ev-b2", 0.95))
	eventually(t, 20*time.Second, "b.example's recovery after the silence", func() bool { return len(mail.to("noc@rb.test")) == 2 })
	if m := mail.to("noc@rb.test")[1]; wallBefore(m.at, sil2.End) || !strings.Contains(m.body, "Held by a silence (short)") {
		t.Fatalf("the recovery was not held: sent at %s (the silence ended at %s):\n%s", m.at.Format(time.RFC3339Nano), sil2.End.Format(time.RFC3339Nano), m.body)
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(mail.to("pm@a.example")); n != 1 {
		t.Errorf("pm@a.example got %d mails, want 1", n)
	}
}

// msIncidentDirectory: 30 domains of 12 customers of one reseller; each
// customer has an IT manager who hears of its domains; the reseller's NOC
// subscribes to incidents only.
func msIncidentDirectory() string {
	var b strings.Builder
	b.WriteString("resellers: [{id: ra}]\ncustomers:\n")
	for c := range 12 {
		fmt.Fprintf(&b, "  - {id: c%02d, reseller: ra}\n", c)
	}
	b.WriteString("domains:\n")
	for n := range 30 {
		fmt.Fprintf(&b, "  - {name: d%02d.example, customer: c%02d}\n", n, n%12)
	}
	b.WriteString("managers:\n  - {id: noc, level: reseller, of: ra, email: noc@ra.test}\n")
	for c := range 12 {
		fmt.Fprintf(&b, "  - {id: it%02d, level: customer, of: c%02d, email: it@c%02d.test}\n", c, c, c)
	}
	b.WriteString("subscriptions:\n  - {id: s-noc, manager: noc, incidents: true, transitions: [recovered], level: domain, of: d00.example}\n")
	for c := range 12 {
		fmt.Fprintf(&b, "  - {id: s-it%02d, manager: it%02d}\n", c, c)
	}
	return b.String()
}

// TestIncidentNotifications runs the incidents stage and the sink on one
// broker: 30 Microsoft 365 domains of 12 customers blocked within a minute
// give one incident (the NOC hears of its opening and escalations) and 30
// domain notifications that name it; their recoveries close it.
func TestIncidentNotifications(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t)
	mail := startSMTP(t, nil, "", "")
	c.applyDirectory(t, ctx, msIncidentDirectory())
	stageCtx, stopStage := context.WithCancel(ctx)
	stageDone := make(chan error, 1)
	go func() {
		stageDone <- incidents.Run(stageCtx, incidents.Config{Kafka: []kgo.Opt{kgo.SeedBrokers(c.addrs...), kgo.FetchMaxWait(100 * time.Millisecond)}, TopicPrefix: c.name("mailflow."), InstanceID: "test", Logger: testLogger(t)})
	}()
	t.Cleanup(func() { stopStage(); <-stageDone })
	cfg := testConfig(t, c, mail, t.TempDir())
	cfg.Incidents = true
	// Every domain notification waits this long for the stage to group
	// its alert, which is what makes all 30 name the incident: a bound on
	// the stage's latency, so generous for a loaded machine (5 s was).
	cfg.IncidentWait = 15 * time.Second
	startSink(t, cfg, false)
	// The group wait is for the stage's latency, not its start: wait
	// until it has joined its group and holds its partitions.
	adm := kadm.NewClient(c.client(t))
	eventually(t, 60*time.Second, "the incidents stage's group", func() bool {
		gs, err := adm.DescribeGroups(ctx, c.name("mailflow.incidents"))
		if err != nil {
			return false
		}
		g, ok := gs[c.name("mailflow.incidents")]
		return ok && g.State == "Stable" && len(g.Members) == 1
	})

	var bad []*schemas.StatusChange
	for n := range 30 {
		d := fmt.Sprintf("d%02d.example", n)
		a := alertAt(d, schemas.StatusGood, schemas.StatusBad, "ev-bad-"+d, 0.8)
		a.Customer, a.Reseller = fmt.Sprintf("c%02d", n%12), "ra"
		a.At = time.Now().UTC().Add(time.Duration(n) * 2 * time.Second)
		a.LastFailureHost = fmt.Sprintf("d%02d-example.mail.protection.outlook.com", n)
		a.LastFailureCategory = "blocklisted"
		a.LastResponse = "550 5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus"
		bad = append(bad, a)
	}
	c.produceAlerts(t, ctx, bad...)
	itMails := func() (all, linked int) {
		for c := range 12 {
			for _, m := range mail.to(fmt.Sprintf("it@c%02d.test", c)) {
				all++
				if strings.Contains(m.body, "Part of a Microsoft 365 incident (blocklisted) affecting") && m.header.Get("X-Mailflow-Incident") != "" {
					linked++
				}
			}
		}
		return
	}
	eventually(t, 60*time.Second, "30 domain notifications", func() bool { all, _ := itMails(); return all == 30 })
	if _, linked := itMails(); linked != 30 {
		t.Fatalf("%d of 30 domain notifications name the incident", linked)
	}
	eventually(t, 30*time.Second, "the NOC's incident mails", func() bool { return len(mail.to("noc@ra.test")) == 3 })
	noc := mail.to("noc@ra.test")
	want := []string{"[mailflow] INCIDENT: Microsoft 365 blocklisted", "[mailflow] INCIDENT GROWING: Microsoft 365 blocklisted, 10 domains", "[mailflow] INCIDENT GROWING: Microsoft 365 blocklisted, 20 domains"}
	incID := noc[0].header.Get("X-Mailflow-Incident")
	for i, m := range noc {
		if !strings.HasPrefix(m.header.Get("Subject"), want[i]) || m.header.Get("X-Mailflow-Incident") != incID {
			t.Errorf("NOC mail %d: %q (incident %s)", i, m.header.Get("Subject"), m.header.Get("X-Mailflow-Incident"))
		}
	}
	var rec []*schemas.StatusChange
	for _, a := range bad {
		r := alertAt(a.Domain, schemas.StatusBad, schemas.StatusGood, "ev-ok-"+a.Domain, 0.96)
		r.Customer, r.Reseller = a.Customer, a.Reseller
		rec = append(rec, r)
	}
	c.produceAlerts(t, ctx, rec...)
	eventually(t, 60*time.Second, "the incident closed", func() bool { return len(mail.to("noc@ra.test")) == 5 })
	noc = mail.to("noc@ra.test")
	var closed int
	for _, m := range noc {
		if strings.HasPrefix(m.header.Get("Subject"), "[mailflow] INCIDENT CLOSED: Microsoft 365 blocklisted, all 30 domains recovered") {
			closed++
		}
	}
	// The NOC's incidents subscription also wants d00's recovery.
	if closed != 1 || len(noc) != 5 {
		t.Errorf("NOC mails: %d, closed %d", len(noc), closed)
	}
	if !strings.Contains(noc[0].body, "d00.example") || strings.Contains(noc[0].body, "d01.example") {
		t.Errorf("the NOC's incident mail lists other domains than its subscription's:\n%s", noc[0].body)
	}
}
