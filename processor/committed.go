package processor

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
)

// committedOffsets returns the group's committed offsets as they stand
// once every transaction that committed offsets for the group has ended.
//
// A transaction's offsets become the group's committed offsets only when
// the coordinator writes its commit marker to __consumer_offsets, after
// EndTxn returned to the producer (KIP-98). A plain OffsetFetch answers
// with the offsets before such a transaction; with require_stable it
// answers UNSTABLE_OFFSET_COMMIT until the markers are written (KIP-447).
// The restore compares the state it replayed with these offsets, so it
// must see the last committed transaction's: on real Kafka a processor
// that crashed right after a commit was followed by a restore that read
// neither the transaction's changelog records (beyond the last stable
// offset) nor its offsets, and the events were then skipped with a state
// that missed them (kfake writes markers at once). The wait is bounded by
// the transaction timeout and ctx; other errors are retried as retryAdmin
// does.
func (p *Processor) committedOffsets(ctx context.Context, what string) (kadm.OffsetResponses, error) {
	start, lastReport := time.Now(), time.Time{}
	for {
		var committed kadm.OffsetResponses
		var unstable bool
		err := p.retryAdmin(ctx, what, func() error {
			var err error
			if committed, err = p.adm.FetchOffsets(kadm.RequireStable(ctx), p.cfg.Group); err == nil {
				err = committed.Error()
			}
			if unstable = errors.Is(err, kerr.UnstableOffsetCommit); unstable {
				return nil
			}
			if err != nil {
				return fmt.Errorf("committed offsets of group %s: %w", p.cfg.Group, err)
			}
			return nil
		})
		if err != nil || !unstable {
			return committed, err
		}
		if time.Since(lastReport) >= 5*time.Second {
			lastReport = time.Now()
			p.log.Info("waiting for a transaction's offsets to become the group's committed offsets (its commit markers are not written yet)",
				"group", p.cfg.Group, "waited", time.Since(start).Round(time.Second).String())
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
