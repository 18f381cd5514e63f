package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
)

// TestRunDirectoryTokenSlowConfig (review): a restart whose only
// credential is a manager's directory API token (api_token_sha256) is
// closed and must start on 0.0.0.0 without --api-token. run checks
// Directory().HasAPITokens() before the directory table has read the
// config topic (Processor.Run waits for it, serveProcessor does not), so
// when the config topic is slow to read (a large directory, a slow
// broker; here its fetches are held 5 s) run refuses to start.
func TestRunDirectoryTokenSlowConfig(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	kc, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(kc.Close)
	b := &testBroker{addr: kc.ListenAddrs()[0], topics: processor.TopicsWithPrefix("")}
	if b.cl, err = kgo.NewClient(kgo.SeedBrokers(b.addr)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.cl.Close)
	b.ensureTopics(t)
	sum := sha256.Sum256([]byte("a-manager-token-0123456789abcdef"))
	f, err := directory.ParseFile([]byte(`resellers: [{id: ra}]
customers: [{id: ca, reseller: ra}]
domains: [{name: a.example, customer: ca}]
managers:
  - {id: noc, level: customer, of: ca, email: noc@ca.test, api_token_sha256: ` + hex.EncodeToString(sum[:]) + `}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := directory.Apply(ctx, b.cl, b.topics.Config, f, true); err != nil {
		t.Fatal(err)
	}
	td, err := kadm.NewClient(b.cl).ListTopics(ctx, b.topics.Config)
	if err != nil {
		t.Fatal(err)
	}
	cfgID := td[b.topics.Config].ID
	until := time.Now().Add(5 * time.Second)
	if os.Getenv("REVIEW_NODELAY") != "" {
		until = time.Now()
	}
	kc.ControlKey(kmsg.Fetch.Int16(), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		kc.KeepControl()
		req := kreq.(*kmsg.FetchRequest)
		if time.Now().After(until) || !slices.ContainsFunc(req.Topics, func(rt kmsg.FetchRequestTopic) bool {
			return rt.Topic == b.topics.Config || rt.TopicID == cfgID
		}) {
			return nil, nil, false
		}
		kc.SleepControl(func() { time.Sleep(time.Until(until)) })
		return nil, nil, false
	})
	r := startRun(t, ctx, b, "dir-token", "--data-dir", t.TempDir(), "--http", "0.0.0.0:0")
	if code, exited := r.exitedWithin(15 * time.Second); exited {
		log := r.stderr.String()
		t.Fatalf("run exited %d (refused: %v) although a manager has a directory API token", code, strings.Contains(log, "the API would be open"))
	}
	r.waitReady(t, ctx)
}
