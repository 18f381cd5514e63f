package api_test

import (
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
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
