package main

import (
	"runtime"
	"strings"
	"testing"
)

// TestVersion: mailflow version and mailflow --version print one line with
// the Go version the binary was built with (review finding: there was no
// way to tell which build runs).
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		r := runMailflow(t, nil, "", args...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "mailflow ") || !strings.Contains(r.stdout, runtime.Version()) || strings.Count(r.stdout, "\n") != 1 {
			t.Errorf("%v: %d %q %q", args, r.code, r.stdout, r.stderr)
		}
	}
	if r := runMailflow(t, nil, "", "version", "extra"); r.code != 2 {
		t.Errorf("version with an argument: %d %q", r.code, r.stderr)
	}
}
