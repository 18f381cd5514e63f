package sinks

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/mailflow/mailflow/schemas"
)

// TestAlertmanagerHandover runs two sinks of one group against a real
// Alertmanager while the alerts topic's partitions move between them.
// The member that reads a partition re-posts its domains' firing alerts:
// after a second sink joins, the alerts of the partition it took stay
// firing, and their recoveries resolve them for good (the first sink,
// still running, used to re-post them for ever); after the first sink
// stops, the second re-posts every alert, although it never read their
// Bad alerts (Alertmanager used to resolve them at their endsAt, the
// domains still Bad). Left by the fourteenth session.
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
	sinkCfg := func() Config {
		cfg := testConfig(t, c, mail, t.TempDir())
		cfg.Alertmanager = AlertmanagerConfig{URLs: []string{am.url()}, ResendInterval: time.Second, Timeout: 2 * time.Second}
		cfg.Registerer = prometheus.NewRegistry()
		return cfg
	}
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
	group := c.name("mailflow.sink")
	members := func(n int) bool {
		described, err := kadm.NewClient(c.client(t)).DescribeGroups(ctx, group)
		if err != nil {
			return false
		}
		g, ok := described[group]
		if !ok || g.State != "Stable" || len(g.Members) != n {
			return false
		}
		for _, m := range g.Members {
			if a, ok := m.Assigned.AsConsumer(); !ok || len(a.Topics) == 0 {
				return false
			}
		}
		return true
	}

	stopA := startSink(t, sinkCfg(), false)
	var bad []*schemas.StatusChange
	for i, d := range domains {
		bad = append(bad, alertAt(d, schemas.StatusGood, schemas.StatusBad, fmt.Sprint("hb-", i), 0.6))
	}
	c.produceAlerts(t, ctx, bad...)
	eventually(t, 30*time.Second, "every domain firing", func() bool { return firing() == len(domains) })
	waitCommitted(t, ctx, c, "mailflow.sink")

	// A second member joins and takes one of the two partitions.
	startSink(t, sinkCfg(), false)
	eventually(t, 30*time.Second, "two members, each with a partition", func() bool { return members(2) })
	holds("every domain firing after the second member joined", func() bool { return firing() == len(domains) })

	// The first member leaves: the second reads both partitions now and
	// re-posts every alert.
	stopA()
	eventually(t, 30*time.Second, "one member left", func() bool { return members(1) })
	holds("every domain firing after the first member left", func() bool { return firing() == len(domains) })

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
	for _, d := range domains {
		if st := hooks.statuses("/am", d); len(st) == 0 || st[len(st)-1] != "resolved" {
			t.Errorf("%s: Alertmanager's notifications %v, want the last resolved", d, st)
		}
	}
	if dl := c.deadLetters(t, ctx); len(dl) != 0 {
		t.Errorf("%d dead letters", len(dl))
	}
}
