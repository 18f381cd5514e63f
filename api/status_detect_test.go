package api_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// TestStatusDetections checks what the status shows of the per-domain
// detections (issue 15): reason-aware health's counted and excluded
// failures, and the delayed flag with the current delay and threshold.
func TestStatusDetections(t *testing.T) {
	f := newFixture(t,
		directory.Reseller{ID: "res-a"},
		directory.Customer{ID: "cust-a", Reseller: "res-a", Settings: directory.Settings{ExcludeRecipientFailures: directory.SwitchOn}},
		directory.Domain{Name: "typo.example", Customer: "cust-a"},
		directory.Domain{Name: "slow.example", Customer: "cust-a", Settings: directory.Settings{DelayThreshold: time.Hour}},
	)
	f.run()
	f.produce(
		delivered("typo.example", time.Second),
		failure("typo.example", userUnknown), failure("typo.example", mailboxFull), failure("typo.example", userUnknown),
		failure("typo.example", rateLimited),
		delivered("slow.example", 2*time.Hour), delivered("slow.example", 3*time.Hour), delivered("slow.example", time.Second),
	)
	f.waitAttempts(map[string]int{"typo.example": 5, "slow.example": 3})

	typo := f.status("typo.example")
	if typo.Status != schemas.StatusGood || !typo.ExcludeRecipientFailures || typo.Failures != 4 || typo.CountedFailures != 1 || typo.ExcludedFailures != 3 {
		t.Errorf("typo.example: status %v, exclude %v, failures %d counted %d excluded %d; want good, true, 4 1 3",
			typo.Status, typo.ExcludeRecipientFailures, typo.Failures, typo.CountedFailures, typo.ExcludedFailures)
	}
	slow := f.status("slow.example")
	if !slow.Delayed || slow.DelayThresholdSeconds != 3600 || slow.DeliveryDelay.CurrentSeconds != 7200 || slow.ExcludedFailures != 0 {
		t.Errorf("slow.example: delayed %v, threshold %vs, current %vs; want true, 3600, 7200", slow.Delayed, slow.DelayThresholdSeconds, slow.DeliveryDelay.CurrentSeconds)
	}
}

// TestStatusSilent checks that the status shows a silent domain as silent,
// with its settings, its own baseline and when its last attempt arrived:
// quiet.example (silent after 1 hour, baseline 1 an hour at the domain)
// and a neighbour on its partition get an attempt an hour for a day; then
// only the neighbour does, for two hours.
func TestStatusSilent(t *testing.T) {
	quiet := "quiet.example"
	part := processor.PartitionFor(quiet, testPartitions)
	var neighbour string
	for i := 0; neighbour == ""; i++ {
		if d := fmt.Sprintf("n%d.example", i); processor.PartitionFor(d, testPartitions) == part {
			neighbour = d
		}
	}
	f := newFixture(t,
		directory.Reseller{ID: "res-a"},
		directory.Customer{ID: "cust-a", Reseller: "res-a"},
		directory.Domain{Name: quiet, Customer: "cust-a", Settings: directory.Settings{SilentAfter: time.Hour, SilentBaseline: 1}},
	)
	f.run()
	start := time.Now().Add(-30 * time.Hour).Truncate(time.Hour)
	var recs []*kgo.Record
	add := func(domain string, at time.Time) {
		*f.seq++
		de := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("sil-%05d", *f.seq), Recipient: "someone@" + domain, CompletedAt: at,
			QueuedAt: at.Add(-time.Second), SMTPCode: 250, Response: "250 2.0.0 Ok"}
		if err := de.Validate(); err != nil {
			t.Fatal(err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, &kgo.Record{Key: []byte(domain), Value: v, Timestamp: at})
	}
	for h := range 24 {
		add(quiet, start.Add(time.Duration(h)*time.Hour))
		add(neighbour, start.Add(time.Duration(h)*time.Hour+time.Minute))
	}
	for m := 10; m <= 120; m += 10 {
		add(neighbour, start.Add(23*time.Hour+time.Duration(m)*time.Minute))
	}
	if err := f.cl.ProduceSync(f.ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	f.waitAttempts(map[string]int{quiet: 24, neighbour: 36})
	var st api.Status
	for {
		// The neighbour's last attempts may still be in the store's
		// update of its transaction.
		if st = f.status(quiet); st.Silent || f.ctx.Err() != nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	last := start.Add(23 * time.Hour)
	if !st.Silent || st.SilentAfterSeconds != 3600 || st.SilentBaseline != 1 || st.AttemptsPerHour != 1 || st.LastArrivalAt == nil || !st.LastArrivalAt.Equal(last) {
		t.Errorf("quiet.example: silent %v after %vs baseline %d, %v an hour, last arrival %v; want true 3600 1 1 %v",
			st.Silent, st.SilentAfterSeconds, st.SilentBaseline, st.AttemptsPerHour, st.LastArrivalAt, last)
	}
	if n := f.status(neighbour); n.Silent || n.SilentAfterSeconds != 7200 || n.SilentBaseline != 5 {
		t.Errorf("%s: silent %v after %vs baseline %d; want false, the defaults 7200 and 5", neighbour, n.Silent, n.SilentAfterSeconds, n.SilentBaseline)
	}
}
