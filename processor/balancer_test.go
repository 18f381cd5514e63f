package processor

import (
	"fmt"
	"testing"
	"time"
)

// TestCoPartitionedOwnership starts instances one after another and stops
// one, and checks after each step that every partition has exactly one
// owner, which holds it in both the deliveries and the repartition topic.
func TestCoPartitionedOwnership(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	var rs []*running
	defer func() {
		for _, r := range rs {
			if r != nil {
				r.stop()
			}
		}
	}()
	check := func(step string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			owners := map[int32][]int{}
			for i, r := range rs {
				if r == nil {
					continue
				}
				for _, p := range r.p.Ownership().Partitions {
					owners[p] = append(owners[p], i)
				}
			}
			ok := len(owners) == 3
			for _, o := range owners {
				ok = ok && len(o) == 1
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: owners by partition %v", step, owners)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	for i := 0; i < 3; i++ {
		cfg := h.config(t.TempDir())
		cfg.InstanceID = fmt.Sprintf("i%d", i)
		cfg.SessionTimeout = 6 * time.Second
		rs = append(rs, h.start(cfg))
		check(fmt.Sprintf("%d instances", i+1))
		// Traffic, so the partitions are really consumed.
		h.produce(on(fmt.Sprintf("x%d.example", i), delivered), on("y.example", delivered), on("z.example", bounced))
	}
	if err := rs[1].stop(); err != nil {
		t.Fatal(err)
	}
	rs[1] = nil
	check("after one left")
	h.waitProcessed("mailflow")
}
