package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
)

// TestRunDirectoryToken: a restart whose only credential is a manager's
// directory API token (api_token_sha256) is closed, so it starts on
// 0.0.0.0 without --api-token, however slowly the config topic is read,
// and serves once the processor's directory is read whole: the token
// works from the first request, and the start-up log does not say the
// API is open.
//   - slow config: every read of the config topic held 5 s (a large
//     directory, a slow broker). run checked the tokens before its table
//     had read the topic and refused (the eighteenth session's review, R2).
//   - slow second read: the refusal's own table reads at once, the
//     processor's is held 8 s. run served before the processor's
//     directory was read, and logged that the API was open (review F9).
func TestRunDirectoryToken(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after time.Duration // the config fetches from this long after the first are held
		hold  time.Duration
	}{
		{"slow config", 0, 5 * time.Second},
		{"slow second read", 5 * time.Millisecond, 8 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) { testRunDirectoryToken(t, tc.after, tc.hold) })
	}
}

func testRunDirectoryToken(t *testing.T, after, hold time.Duration) {
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
	const token = "a-manager-token-0123456789abcdef"
	sum := sha256.Sum256([]byte(token))
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
	var mu sync.Mutex
	var from, until time.Time
	kc.ControlKey(kmsg.Fetch.Int16(), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
		kc.KeepControl()
		req := kreq.(*kmsg.FetchRequest)
		if !slices.ContainsFunc(req.Topics, func(rt kmsg.FetchRequestTopic) bool {
			return rt.Topic == b.topics.Config || rt.TopicID == cfgID
		}) {
			return nil, nil, false
		}
		mu.Lock()
		if from.IsZero() {
			from = time.Now().Add(after)
			until = from.Add(hold)
		}
		f, u := from, until
		mu.Unlock()
		if now := time.Now(); now.Before(f) || now.After(u) {
			return nil, nil, false
		}
		kc.SleepControl(func() { time.Sleep(time.Until(u)) })
		return nil, nil, false
	})
	r := startRun(t, ctx, b, "dir-token", "--data-dir", t.TempDir(), "--http", "0.0.0.0:0")
	if code, exited := r.exitedWithin(15 * time.Second); exited {
		log := r.stderr.String()
		t.Fatalf("run exited %d (refused: %v) although a manager has a directory API token", code, strings.Contains(log, "the API would be open"))
	}
	r.waitReady(t, ctx)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/api/v1/domains", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if log := r.stderr.String(); strings.Contains(log, "the API is open") || resp.StatusCode != http.StatusOK {
		t.Fatalf("the manager's token gets %d, and the log says the API is open: %v", resp.StatusCode, strings.Contains(log, "the API is open"))
	}
}
