package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNoBrokerHint: every command that reads Kafka, run where no broker
// answers, says how to get one (mailflow dev) or name it (--brokers),
// once (review: config get and account … printed franz-go's "unable to
// dial" alone).
func TestNoBrokerHint(t *testing.T) {
	// A port nothing listens on: taken, then given back.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	file := filepath.Join(dir, "d.yaml")
	if err := os.WriteFile(file, []byte("resellers: [{id: r}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"config", "get"},
		{"config", "apply", "-f", file},
		{"config", "apply", "-f", file, "--dry-run"},
		{"config", "audit"},
		{"account", "set-password-link", "--manager", "m"},
		{"account", "sessions", "list", "--manager", "m"},
		{"account", "tokens", "list", "--manager", "m"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runMailflow(t, nil, "", append(args, "--brokers", dead)...)
			if r.code == 0 || strings.Count(r.stderr, "no Kafka broker answers at "+dead) != 1 || !strings.Contains(r.stderr, "mailflow dev") {
				t.Fatalf("exit %d, want one hint at mailflow dev and --brokers:\n%s", r.code, r.stderr)
			}
		})
	}
}

// TestIngestDefaultsToDevBroker: ingest postfix reads --brokers like the
// other commands, defaulting to mailflow dev's embedded broker (review: it
// alone required the flag).
func TestIngestDefaultsToDevBroker(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "mail.log")
	if err := os.WriteFile(log, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--file", log, "--state-dir", filepath.Join(dir, "state"))
	if r.code != 0 || strings.Contains(r.stderr, "--brokers is required") {
		t.Fatalf("ingest without --brokers: exit %d\n%s", r.code, r.stderr)
	}
	help := runMailflow(t, nil, "", "ingest", "postfix", "--help")
	if !strings.Contains(help.stdout+help.stderr, `(default "`+defaultBrokers+`")`) && !strings.Contains(help.stdout+help.stderr, "(default "+defaultBrokers+")") {
		t.Errorf("ingest postfix --help does not name the default broker:\n%s%s", help.stdout, help.stderr)
	}
}

// TestProduceNoBrokerHint: produce waits for a broker that does not answer
// (its records are buffered), but says so at once with the hint (review
// finding: it printed "progress events=0" and nothing else, forever).
func TestProduceNoBrokerHint(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Second)
	defer cancel()
	r := runMailflowCtx(ctx, nil, "", "produce", "--brokers", dead, "--count", "10", "--rate", "100")
	if strings.Count(r.stderr, "no Kafka broker answers at "+dead) != 1 || !strings.Contains(r.stderr, "produce waits for one") {
		t.Fatalf("exit %d; want one hint:\n%s", r.code, r.stderr)
	}
}
