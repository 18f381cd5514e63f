package main

import (
	"context"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/processor"
)

// TestDevGuards starts one `mailflow dev` and checks what it guards:
//   - a second dev on the same data dir fails at once with the lock
//     message, before it starts a broker or anything else (review: it
//     started a second embedded broker on the same broker data first);
//   - the deliveries and repartition topics keep records at least as long
//     as the log store keeps attempts (issue 12: they are its changelog;
//     review: dev's broker kept 24 h under a 168 h --log-retention);
//   - a broker listening beyond loopback (--kafka 0.0.0.0:PORT) is warned
//     about at start: it has no authentication (review: nothing said so).
func TestDevGuards(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := t.TempDir()
	first := startDev(t, ctx, dir, nil, "--log-retention", "200h", "--kafka", "0.0.0.0:0")
	if out := first.stderr.String(); !strings.Contains(out, "level=WARN") || !strings.Contains(out, "no authentication") {
		t.Errorf("dev --kafka 0.0.0.0:0 does not warn that the broker is open:\n%s", tailLines(out, 30))
	}

	for _, args := range [][]string{
		{"dev", "--data-dir", dir, "--http", "127.0.0.1:0", "--kafka", "127.0.0.1:0", "--catcher=false"},
		{"dev", "--data-dir", dir, "--http", "127.0.0.1:0", "--kafka", "127.0.0.1:0", "--demo"},
	} {
		var stderr syncBuffer
		env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
		start := time.Now()
		code := mainWithExit(ctx, env, args)
		out := stderr.String()
		if code == 0 || !strings.Contains(out, "is in use by another mailflow dev") || time.Since(start) > 5*time.Second {
			t.Errorf("second %v: exit %d after %v, want a fast failure naming the lock:\n%s", args, code, time.Since(start).Round(time.Millisecond), tailLines(out, 20))
		}
		for _, started := range []string{"embedded broker listening", "notification catcher", "keeping every attempt"} {
			if strings.Contains(out, started) {
				t.Errorf("second %v started something (%q) before failing:\n%s", args, started, tailLines(out, 20))
			}
		}
	}

	cl, err := kgo.NewClient(kgo.SeedBrokers(first.kafka))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	topics := processor.TopicsWithPrefix(processor.DefaultTopicPrefix)
	waitFor(t, ctx, "the topics", func() bool {
		td, err := kadm.NewClient(cl).ListTopics(ctx, topics.Deliveries, topics.Repartition)
		return err == nil && td.Has(topics.Deliveries) && td.Has(topics.Repartition)
	})
	rcs, err := kadm.NewClient(cl).DescribeTopicConfigs(ctx, topics.Deliveries, topics.Repartition)
	if err != nil {
		t.Fatal(err)
	}
	for _, rc := range rcs {
		// What the broker enforces: the topic's own retention.ms, else
		// the broker's log.retention.ms, else the default (kfake lists
		// Kafka's default retention.ms beside a broker-level value).
		byKey := map[string]kadm.Config{}
		for _, c := range rc.Configs {
			byKey[c.Key] = c
		}
		ms := func(c kadm.Config) time.Duration {
			if c.Value == nil {
				return 0
			}
			n, _ := strconv.ParseInt(*c.Value, 10, 64)
			return time.Duration(n) * time.Millisecond
		}
		got := ms(byKey["log.retention.ms"])
		if c := byKey["retention.ms"]; c.Source == kmsg.ConfigSourceDynamicTopicConfig || got == 0 {
			got = ms(c)
		}
		if got < 200*time.Hour {
			t.Errorf("%s keeps records for %v, less than --log-retention 200h", rc.Name, got)
		}
	}
}

// TestDevBrokerExposed: an embedded broker listening beyond loopback is
// reported (it has no authentication), on every spelling of "all
// addresses" and of a routable one; loopback is not.
func TestDevBrokerExposed(t *testing.T) {
	for addr, want := range map[string]bool{
		"0.0.0.0:9092": true, ":9092": true, "[::]:9092": true, "192.168.1.5:9092": true, "10.0.0.1:0": true,
		"[2001:db8::1]:9092": true, "kafka.example.net:9092": true, "127.0.0.1:9092": false, "127.0.0.2:9092": false,
		"[::1]:9092": false, "localhost:9092": false,
	} {
		if got := brokerExposed(addr); got != want {
			t.Errorf("brokerExposed(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestDevAllowPrivateWebhooksHelp: dev's --allow-private-webhooks says
// what dev does (review: it read as the processor's flag, "refused by
// default … mailflow sink --allow-private-webhooks", while dev's console
// accepts loopback URLs whenever its catcher runs and dev's own sink
// reaches only the catcher's address; TestDevWebhooksOnlyToCatcher holds
// dev to it).
func TestDevAllowPrivateWebhooksHelp(t *testing.T) {
	r := runMailflow(t, nil, "", "dev", "--help")
	_, usage, _ := strings.Cut(r.stdout+r.stderr, "-allow-private-webhooks\n")
	usage, _, _ = strings.Cut(usage, "\n  -")
	for _, want := range []string{"catcher", "only the catcher's"} {
		if !strings.Contains(usage, want) {
			t.Errorf("dev's --allow-private-webhooks help lacks %q:\n%s", want, usage)
		}
	}
	for _, wrong := range []string{"refused by default", "mailflow sink --allow-private-webhooks"} {
		if strings.Contains(usage, wrong) {
			t.Errorf("dev's --allow-private-webhooks help says %q, untrue of dev:\n%s", wrong, usage)
		}
	}
}

// TestBrokerCommandWarnsWhenExposed: `mailflow broker` listening beyond
// loopback warns, as dev does, that its broker has no authentication
// (review: only dev said so); on loopback it does not.
func TestBrokerCommandWarnsWhenExposed(t *testing.T) {
	for _, tc := range []struct {
		listen string
		warn   bool
	}{{"0.0.0.0:0", true}, {"127.0.0.1:0", false}} {
		ctx, cancel := context.WithCancel(context.Background())
		var stderr syncBuffer
		env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
		done := make(chan int, 1)
		go func() { done <- mainWithExit(ctx, env, []string{"broker", "--listen", tc.listen, "--data-dir", ""}) }()
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(stderr.String(), "broker listening") && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
		<-done
		out := stderr.String()
		if got := strings.Contains(out, "no authentication"); got != tc.warn {
			t.Errorf("broker --listen %s: warned %v, want %v:\n%s", tc.listen, got, tc.warn, tailLines(out, 10))
		}
	}
}
