package processor

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// TestCleanRestartDoesNotWarnBehind: partitions whose records were all
// dead letters (no domain counted an event) have their input checkpoint
// stored like the others, so a clean restart of the same instance finds
// the changelog standing for what the group committed and warns of
// nothing (review S26A-8: every clean restart warned that the changelog
// stood for less input than the group committed).
func TestCleanRestartDoesNotWarnBehind(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	dir := t.TempDir()
	var events []ev
	for i := range 30 {
		events = append(events, ev{domain: fmt.Sprintf("k%02d.example", i), raw: "garbage"})
	}
	events = append(events, ev{domain: "one.example", code: 250})
	h.produce(events...)
	first := h.start(h.config(dir))
	if err := h.haltCaughtUp(first); err != nil {
		t.Fatal(err)
	}
	first.p.Close()

	var logs lockedBuffer
	cfg := h.config(dir)
	cfg.Log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	second := h.start(cfg)
	if err := h.haltCaughtUp(second); err != nil {
		t.Fatal(err)
	}
	second.p.Close()
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "stands for less input") || strings.Contains(l, "restore reads further") {
			t.Errorf("the restart of an instance that stopped cleanly logged: %s", l)
		}
	}
}
