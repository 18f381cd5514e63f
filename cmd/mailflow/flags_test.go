package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestFlagValueHint: a value the flag package cannot parse is refused
// naming the flag and saying what it takes (review S29B-9: "--demo-cycle
// 5x" said only "parse error"), from the command line and from the
// environment alike.
func TestFlagValueHint(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want []string
	}{
		{nil, []string{"dev", "--demo-cycle", "5x"}, []string{"-demo-cycle", "want a duration such as 90s"}},
		{map[string]string{"MAILFLOW_DEMO_CYCLE": "7q"}, []string{"dev"}, []string{"MAILFLOW_DEMO_CYCLE", "--demo-cycle", "want a duration"}},
		{nil, []string{"bench", "--events", "lots"}, []string{"-events", "want a whole number"}},
		{nil, []string{"dev", "--demo=maybe"}, []string{"-demo", "want true or false"}},
	} {
		r := runMailflow(t, tc.env, "", tc.args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", tc.args, r.code, r.stderr)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%v: stderr %q does not say %q", tc.args, r.stderr, w)
			}
		}
	}
}

// TestSinkWarnsWithoutSMTPHost: a sink started without --smtp-host says
// at once that e-mail notifications are dead-lettered, not sent (review
// S29B-3: only the flag's help said so, and the sink looked healthy).
func TestSinkWarnsWithoutSMTPHost(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	r := runMailflowCtx(ctx, nil, "", "sink", "--brokers", b.addr, "--sink-data-dir", t.TempDir(), "--http", "127.0.0.1:0")
	if !strings.Contains(r.stderr, "no --smtp-host") || !strings.Contains(r.stderr, "dead-lettered") || !strings.Contains(r.stderr, "level=WARN") {
		t.Errorf("sink without --smtp-host (exit %d): stderr does not warn:\n%s", r.code, r.stderr)
	}
}
