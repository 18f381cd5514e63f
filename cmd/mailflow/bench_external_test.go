package main

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// TestExternalClusterBrokerPids: --broker-pids must name processes of this
// machine, checked before the cluster is contacted (127.0.0.1:1 never
// answers); the peak RSS of a live pid is read from /proc.
func TestExternalClusterBrokerPids(t *testing.T) {
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	for _, pids := range [][]string{{"x"}, {"0"}, {"-3"}, {"999999999"}} {
		_, err := newExternalCluster(context.Background(), env, []string{"127.0.0.1:1"}, pids, 1, 1, 1)
		if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--broker-pids") {
			t.Errorf("--broker-pids %v: %v, want a usage error naming the flag", pids, err)
		}
	}
	c := &externalCluster{pids: []int{os.Getpid()}}
	if rss := c.peakRSS(); rss <= 0 {
		t.Errorf("peak RSS of pid %d: %d", os.Getpid(), rss)
	}
}
