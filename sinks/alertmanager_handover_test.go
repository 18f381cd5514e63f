package sinks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// TestAlertmanagerHandover runs two sinks of one group against a real
// Alertmanager while the alerts topic's partitions move between them.
// The member that reads a partition re-posts its domains' firing alerts:
// after a second sink joins, the alerts of the partition it took are
// still re-posted, and their recoveries resolve them for good (the first
// sink, still running, used to re-post them for ever); after the first
// sink stops, the second re-posts every alert, although it never read
// their Bad alerts (Alertmanager used to resolve them at their endsAt,
// the domains still Bad). Left by the fourteenth session.
//
// Who re-posts is told by Alertmanager's own record of each alert's
// latest post (updatedAt), not by watching the alerts stay active for a
// while: an alert posted with its endsAt four resend intervals ahead
// stays active through a hand-over only if the group rebalances and the
// new member takes over within about two intervals (a second here), a
// bound on the machine's speed, not on the sink's logic. The test stays
// sequential: Alertmanager's port is picked by listening and closing.
func TestAlertmanagerHandover(t *testing.T) {
	bin := alertmanagerBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	hooks := startAMReceiver(t)
	am := startAlertmanager(t, bin, hooks.srv.URL+"/am")
	c := startCluster(t)
	var domains []string
	var yaml strings.Builder
	yaml.WriteString("resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n")
	for i := range 8 {
		d := fmt.Sprintf("h%d.example", i)
		domains = append(domains, d)
		fmt.Fprintf(&yaml, "  - {name: %s, customer: ca}\n", d)
	}
	c.applyDirectory(t, ctx, yaml.String())
	mail := startSMTP(t, nil, "", "")
	sinkCfg := func() Config { return amConfig(t, c, mail, t.TempDir(), am.url(), time.Second) }
	firing := func() (n int) {
		for _, d := range domains {
			n += len(am.active(d))
		}
		return n
	}
	// holds checks that cond stays true for five resend intervals (an
	// alert not re-posted ends after four).
	holds := func(what string, cond func() bool) {
		t.Helper()
		for range 12 {
			if !cond() {
				t.Fatalf("%s: no longer so (%d alerts firing)", what, firing())
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	members := func(n int) bool { return c.stableMembers(t, ctx, "mailflow.sink", n) }

	stopA := startSink(t, sinkCfg(), false)
	var bad []*schemas.StatusChange
	for i, d := range domains {
		bad = append(bad, alertAt(d, schemas.StatusGood, schemas.StatusBad, fmt.Sprint("hb-", i), 0.6))
	}
	c.produceAlerts(t, ctx, bad...)
	eventually(t, 30*time.Second, "every domain firing", func() bool { return firing() == len(domains) })
	waitCommitted(t, ctx, c, "mailflow.sink")

	// A second member joins and takes one of the two partitions. The
	// first gave it up before the group was stable again (cooperative
	// rebalancing), and re-posts each alert at most once more (a re-post
	// under way): every alert re-posted twice since, and still firing,
	// is re-posted by the member that reads it now.
	startSink(t, sinkCfg(), false)
	eventually(t, 30*time.Second, "two members, each with a partition", func() bool { return members(2) })
	am.awaitReposts(t, "every domain re-posted, and firing, after the second member joined", domains, time.Now(), 2)

	// The first member leaves: the second reads both partitions now and
	// re-posts every alert, the only one left to post any.
	stopA()
	left := time.Now()
	eventually(t, 30*time.Second, "one member left", func() bool { return members(1) })
	am.awaitReposts(t, "every domain re-posted, and firing, after the first member left", domains, left, 2)

	// A first member again, then every domain recovers: each recovery is
	// resolved by the member that reads it, and nobody re-posts it.
	startSink(t, sinkCfg(), false)
	eventually(t, 30*time.Second, "two members again", func() bool { return members(2) })
	var rec []*schemas.StatusChange
	for i, d := range domains {
		rec = append(rec, alertAt(d, schemas.StatusBad, schemas.StatusGood, fmt.Sprint("hr-", i), 0.96))
	}
	c.produceAlerts(t, ctx, rec...)
	eventually(t, 30*time.Second, "every domain resolved", func() bool { return firing() == 0 })
	holds("no domain firing again after the recoveries", func() bool { return firing() == 0 })
	eventually(t, 30*time.Second, "Alertmanager's last notification of every domain: resolved", func() bool {
		for _, d := range domains {
			if st := hooks.statuses("/am", d); len(st) == 0 || st[len(st)-1] != "resolved" {
				return false
			}
		}
		return true
	})
	if dl := c.deadLetters(t, ctx); len(dl) != 0 {
		t.Errorf("%d dead letters", len(dl))
	}
}

// fakeAM records the alerts posted to /api/v2/alerts, by domain.
type fakeAM struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts map[string]int
}

func startFakeAM(t *testing.T) *fakeAM {
	f := &fakeAM{posts: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var alerts []amAlert
		_ = json.Unmarshal(body, &alerts)
		f.mu.Lock()
		for _, a := range alerts {
			f.posts[a.Labels["domain"]]++
		}
		f.mu.Unlock()
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAM) count(domain string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.posts[domain]
}

// TestAlertmanagerRebuildEmptiedPartition: a member assigned partitions
// whose alerts before the committed offset are all gone (retention after a
// quiet week) rebuilds nothing and reads on. It used to wait for a record
// below the committed offset that no longer existed, in the assignment
// callback, so the member read no alert of any partition and could not
// stop (second review, S1).
func TestAlertmanagerRebuildEmptiedPartition(t *testing.T) {
	t.Parallel() // a fake Alertmanager: an httptest server
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	am := startFakeAM(t)
	c := startCluster(t)
	c.applyDirectory(t, ctx, "resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n  - {name: q0.example, customer: ca}\n  - {name: q1.example, customer: ca}\n  - {name: q2.example, customer: ca}\n  - {name: q3.example, customer: ca}\n")
	mail := startSMTP(t, nil, "", "")
	cfgOf := func() Config { return amConfig(t, c, mail, t.TempDir(), am.srv.URL, time.Second) }
	stopA := startSink(t, cfgOf(), false)
	var bad []*schemas.StatusChange
	for i := range 4 {
		bad = append(bad, alertAt(fmt.Sprintf("q%d.example", i), schemas.StatusGood, schemas.StatusBad, fmt.Sprint("qb-", i), 0.6))
	}
	c.produceAlerts(t, ctx, bad...)
	waitCommitted(t, ctx, c, "mailflow.sink")
	stopA()

	// Retention: every record of the alerts topic is gone.
	deleteAlertsBefore(t, ctx, c, nil)
	starts, _ := kadm.NewClient(c.client(t)).ListStartOffsets(ctx, c.name("mailflow.alerts"))
	starts.Each(func(o kadm.ListedOffset) { t.Logf("partition %d starts at %d", o.Partition, o.Offset) })

	// A new member (or the same one restarted) and a new Bad alert of
	// one domain: it is never read. (Counted from here: the first member
	// posted q0.example's first Bad, and re-posted it while it ran.)
	before := am.count("q0.example")
	startSink(t, cfgOf(), false)
	time.Sleep(2 * time.Second)
	c.produceAlerts(t, ctx, alertAt("q0.example", schemas.StatusGood, schemas.StatusBad, "qb-new", 0.5))
	deadline := time.Now().Add(60 * time.Second)
	for am.count("q0.example") < before+2 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if am.count("q0.example") < before+2 {
		t.Fatalf("a new Bad alert was not posted (and re-posted) within 60 s: the member is stuck in onAssigned")
	}
}

// TestAlertmanagerRestartKeepsAlertsPastRetention: a restarted member
// keeps re-posting a domain whose Bad alert the topic no longer holds
// (a domain Bad for longer than the retention): its own record of the
// alert is merged with what the topic holds, not replaced by it (second
// review, S3).
func TestAlertmanagerRestartKeepsAlertsPastRetention(t *testing.T) {
	t.Parallel() // a fake Alertmanager: an httptest server
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	am := startFakeAM(t)
	c := startCluster(t)
	c.applyDirectory(t, ctx, "resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n  - {name: old.example, customer: ca}\n  - {name: new.example, customer: ca}\n")
	mail := startSMTP(t, nil, "", "")
	cfg := amConfig(t, c, mail, t.TempDir(), am.srv.URL, 500*time.Millisecond)
	// Both alerts on partition 0, as the processor's transactions do.
	produce := func(a *schemas.StatusChange) { produceToPartition0(t, ctx, c, a) }
	stop := startSink(t, cfg, false)
	produce(alertAt("old.example", schemas.StatusGood, schemas.StatusBad, "o-1", 0.5)) // offsets 0, 1 (marker)
	produce(alertAt("new.example", schemas.StatusGood, schemas.StatusBad, "n-1", 0.5)) // offsets 2, 3
	waitCommitted(t, ctx, c, "mailflow.sink")
	eventually(t, 10*time.Second, "both re-posted", func() bool { return am.count("old.example") > 2 && am.count("new.example") > 2 })
	stop()
	before := am.count("old.example") // nothing posts while no member runs
	// Retention deletes the old segment: old.example's Bad alert.
	deleteAlertsBefore(t, ctx, c, map[int32]int64{0: 2})
	cfg.Registerer = prometheus.NewRegistry()
	startSink(t, cfg, false) // the same member, same store, restarted
	eventually(t, 20*time.Second, "new.example re-posted after the restart", func() bool { return am.count("new.example") > 6 })
	// A member that dropped its record of old.example at the take-over
	// never posts it again.
	eventually(t, 30*time.Second, "old.example, still Bad, re-posted after a restart (its Bad alert is past retention)", func() bool {
		return am.count("old.example") > before
	})
}

// TestAlertmanagerRestartDropsStaleRecords: a member keeps its firing
// records when it leaves the group; another member reads the domain's
// recovery; retention then deletes both alerts. The first member,
// restarted with its store, does not re-post the recovered domain: the
// topic no longer holds every alert since its mark, so its records of
// domains the topic does not mention are dropped (third review: it
// re-posted it for ever, its record taken for one past the retention).
func TestAlertmanagerRestartDropsStaleRecords(t *testing.T) {
	t.Parallel() // a fake Alertmanager: an httptest server
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	am := startFakeAM(t)
	c := startCluster(t)
	c.applyDirectory(t, ctx, "resellers: [{id: ra}]\ncustomers: [{id: ca, reseller: ra}]\ndomains:\n  - {name: old.example, customer: ca}\n")
	mail := startSMTP(t, nil, "", "")
	dirA := t.TempDir()
	cfgOf := func(dir string) Config { return amConfig(t, c, mail, dir, am.srv.URL, 500*time.Millisecond) }
	produce := func(a *schemas.StatusChange) { produceToPartition0(t, ctx, c, a) }
	stopA := startSink(t, cfgOf(dirA), false)
	produce(alertAt("old.example", schemas.StatusGood, schemas.StatusBad, "o-1", 0.5))
	waitCommitted(t, ctx, c, "mailflow.sink")
	eventually(t, 10*time.Second, "re-posted", func() bool { return am.count("old.example") > 2 })
	stopA() // Close: A keeps its record

	stopB := startSink(t, cfgOf(t.TempDir()), false)
	produce(alertAt("old.example", schemas.StatusBad, schemas.StatusGood, "o-2", 0.1))
	waitCommitted(t, ctx, c, "mailflow.sink")
	time.Sleep(2 * time.Second)
	stopB()

	// Retention deletes both alerts.
	deleteAlertsBefore(t, ctx, c, nil)
	// Nothing posts while no member runs; the restarted one posts only
	// after its take-over.
	before := am.count("old.example")
	cfgA := cfgOf(dirA)
	log, buf := logged(t)
	cfgA.Logger = log
	startSink(t, cfgA, false)
	eventually(t, 30*time.Second, "A's take-over", func() bool {
		return hasLine(buf.String(), "took over the Alertmanager alerts of assigned partitions")
	})
	time.Sleep(3 * time.Second) // six resend intervals
	if after := am.count("old.example"); after != before {
		t.Errorf("recovered old.example re-posted as firing by the restarted member: %d -> %d posts", before, after)
	}
}

// amConfig returns a sink configuration posting to the Alertmanager at
// amURL every resend, with its store in dir and a registry of its own.
func amConfig(t *testing.T, c *cluster, mail *smtpServer, dir, amURL string, resend time.Duration) Config {
	cfg := testConfig(t, c, mail, dir)
	cfg.Alertmanager = AlertmanagerConfig{URLs: []string{amURL}, ResendInterval: resend, Timeout: 2 * time.Second}
	cfg.Registerer = prometheus.NewRegistry()
	return cfg
}

// produceToPartition0 writes alert a to partition 0 of the alerts topic in
// a transaction of its own, as the processor writes a domain's alerts.
func produceToPartition0(t *testing.T, ctx context.Context, c *cluster, a *schemas.StatusChange) {
	t.Helper()
	cl := c.client(t, kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.TransactionalID(fmt.Sprint("p0-", time.Now().UnixNano())))
	if err := cl.BeginTransaction(); err != nil {
		t.Fatal(err)
	}
	v, err := schemas.MarshalStatusChange(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.name("mailflow.alerts"), Partition: 0, Key: []byte(a.Domain), Value: v}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
		t.Fatal(err)
	}
}

// deleteAlertsBefore deletes the records of the alerts topic's partitions
// before offsets (all of them when offsets is nil), as retention does.
func deleteAlertsBefore(t *testing.T, ctx context.Context, c *cluster, offsets map[int32]int64) {
	t.Helper()
	adm := kadm.NewClient(c.client(t))
	so := kadm.Offsets{}
	if offsets == nil {
		ends, err := adm.ListEndOffsets(ctx, c.name("mailflow.alerts"))
		if err != nil {
			t.Fatal(err)
		}
		ends.Each(func(o kadm.ListedOffset) { so.AddOffset(o.Topic, o.Partition, o.Offset, -1) })
	}
	for p, o := range offsets {
		so.AddOffset(c.name("mailflow.alerts"), p, o, -1)
	}
	if _, err := adm.DeleteRecords(ctx, so); err != nil {
		t.Fatal(err)
	}
}
