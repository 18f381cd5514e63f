package processor

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/internal/kafkatest"
)

// TestStopIsBounded stops the processor (a SIGTERM) while it processes:
// Run returns within the stop's bounds (see shutdown.go) and the instance
// has left the group by then, so that its partitions move at once rather
// than after the session timeout. In "stuck", kfake holds the
// transaction's produce requests, so that it cannot commit: it is given up
// and Run still returns in time; the records are processed again by the
// next instance.
func TestStopIsBounded(t *testing.T) {
	t.Parallel()
	const bound = stopCommitGrace + stopAbortTimeout + leaveTimeout + time.Second
	for _, stuck := range []bool{false, true} {
		t.Run(map[bool]string{false: "healthy", true: "stuck"}[stuck], func(t *testing.T) {
			if _, external := kafkatest.External(); stuck && external {
				t.Skip("holds produce requests with kfake")
			}
			h := newHarness(t)
			h.publishScriptConfig()
			cfg := h.config(t.TempDir())
			r := h.start(cfg)
			defer r.stop()
			waitFor(t, h.ctx, func() bool { v := r.p.Ownership(); return v.Joined && len(v.Restoring) == 0 && len(v.Partitions) == 3 })
			batches := script()
			want := h.produce(batches[0]...)
			h.waitProcessed("mailflow")

			var held, holding atomic.Bool
			release := make(chan struct{})
			var releaseOnce sync.Once
			releaseAll := func() { holding.Store(false); releaseOnce.Do(func() { close(release) }) }
			defer releaseAll() // before r.stop: Close waits for the held requests
			if stuck {
				holding.Store(true)
				h.cluster.Fake.ControlKey(int16(kmsg.Produce), func(req kmsg.Request) (kmsg.Response, error, bool) {
					if !holding.Load() {
						h.cluster.Fake.DropControl()
						return nil, nil, false
					}
					h.cluster.Fake.KeepControl()
					if pr := req.(*kmsg.ProduceRequest); pr.TransactionID != nil {
						held.Store(true)
						h.cluster.Fake.SleepControl(func() { <-release })
					}
					return nil, nil, false
				})
			}
			for _, b := range batches[1:] {
				want = append(want, h.produce(b...)...)
			}
			if stuck {
				waitFor(t, h.ctx, held.Load)
			}
			start := time.Now()
			if err := r.halt(); err != nil {
				t.Fatal(err)
			}
			took := time.Since(start)
			t.Logf("Run returned %v after the stop", took.Round(time.Millisecond))
			if took > bound {
				t.Errorf("Run returned %v after the stop; the bound is %v", took, bound)
			}
			groups, err := kadm.NewClient(h.cl).DescribeGroups(h.ctx, cfg.Group)
			if err != nil {
				t.Fatal(err)
			}
			if g := groups[cfg.Group]; len(g.Members) != 0 {
				t.Errorf("the group still has %d members after Run returned (state %s)", len(g.Members), g.State)
			}
			if !stuck {
				return
			}
			// Nothing was lost: another instance processes what the
			// stopped one gave up, to the clean run's alerts.
			releaseAll()
			r2 := h.start(h.config(t.TempDir()))
			defer r2.stop()
			h.waitProcessed("mailflow")
			waitFor(t, h.ctx, func() bool { return len(h.alerts()) >= len(want) })
			if got := h.alerts(); !slices.Equal(got, want) {
				t.Fatalf("alerts\n%v\nwant\n%v", got, want)
			}
		})
	}
}
