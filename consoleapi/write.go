package consoleapi

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
)

// change writes one config record and its audit entry, then waits until
// this instance's directory shows the change (visible), so that the answer
// and the next read agree. Every instance's directory.Table applies the
// record as it reads it, and the processor resolves the window and
// threshold of the next attempt from that table: the change applies to the
// next attempt on every instance.
func (h *Handler) change(ctx context.Context, e audit.Entry, rec directory.Record, before, after any, visible func(*directory.Directory) bool) error {
	var err error
	if e.Before, err = auditJSON(before); err != nil {
		return err
	}
	if e.After, err = auditJSON(after); err != nil {
		return err
	}
	ar, err := h.audit.Record(e)
	if err != nil {
		return err
	}
	// The audit entry first: no change without its entry. Should the
	// change then fail to be written, a second entry says so. (The config
	// topic is written without transactions, see directory.Table, so the
	// two cannot be one atomic write.)
	if err := h.cfg.Client.ProduceSync(ctx, ar).FirstErr(); err != nil {
		return fmt.Errorf("audit %s: %w", rec.Key, err)
	}
	cr := &kgo.Record{Topic: h.cfg.ConfigTopic, Key: []byte(rec.Key), Value: rec.Value}
	if err := h.cfg.Client.ProduceSync(ctx, cr).FirstErr(); err != nil {
		failed := e
		failed.Action += ".failed"
		if aerr := h.audit.Write(context.WithoutCancel(ctx), failed); aerr != nil {
			h.cfg.Log.Error("console: a change failed and so did its audit entry", "key", e.Key, "record", rec.Key, "err", aerr)
		}
		return fmt.Errorf("write %s to %s: %w", rec.Key, h.cfg.ConfigTopic, err)
	}
	h.m.changes.WithLabelValues(e.Action).Inc()
	// key is the audit entry's (what `mailflow config audit` lists: the
	// manager for a webhook); record is the config-topic key written,
	// which for an overlay differs ("webhook/M"). Every line of a change
	// names both (review S35-C2).
	h.cfg.Log.Info("console: change", "action", e.Action, "key", e.Key, "record", rec.Key, "actor", e.Actor, "via", e.Via, "remote", e.Remote)
	deadline := time.Now().Add(h.cfg.ApplyWait)
	for !visible(h.cfg.Directory()) {
		if time.Now().After(deadline) || ctx.Err() != nil {
			h.cfg.Log.Warn("console: change written but not yet in this instance's directory", "key", e.Key, "record", rec.Key)
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return nil
}

// auditJSON encodes an entity for the audit, without secrets: a manager's
// webhook secret and token hash are replaced by whether they are set.
func auditJSON(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	if m, ok := v.(directory.Manager); ok {
		if m.WebhookSecret != "" {
			m.WebhookSecret = directory.WebhookSecretPrefix + directory.Redacted
		}
		if m.APITokenSHA256 != "" {
			m.APITokenSHA256 = directory.Redacted
		}
		m.WebhookURL = directory.RedactWebhookURL(m.WebhookURL)
		v = m
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit entity: %w", err)
	}
	return b, nil
}
