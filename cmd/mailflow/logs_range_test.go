package main

import (
	"strings"
	"testing"
)

// TestLogsUntilBeforeSince: `mailflow logs` with --until not after
// --since is a usage error naming both, before any request (review: the
// API answered an empty page, which read as "no attempts").
func TestLogsUntilBeforeSince(t *testing.T) {
	for _, rng := range [][2]string{{"1h", "2h"}, {"2026-11-30T10:00:00Z", "2026-11-30T09:00:00Z"}, {"7d", "7d"}} {
		r := runMailflow(t, nil, "", "logs", "woodgrove.example", "--since", rng[0], "--until", rng[1], "--api", "http://127.0.0.1:1")
		if r.code != 2 || !strings.Contains(r.stderr, "--until") || !strings.Contains(r.stderr, "--since") || strings.Contains(r.stderr, "no answer") {
			t.Errorf("logs --since %s --until %s: exit %d, want a usage error naming both:\n%s", rng[0], rng[1], r.code, r.stderr)
		}
	}
}
