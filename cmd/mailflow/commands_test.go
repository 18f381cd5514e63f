package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

func TestDiagnoseJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","response":"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table","code":550}`,
		`{"response": "452 4.2.2 Mailbox full", "code": 452, "enhanced": "4.2.2"`, // broken: no closing brace
		``,
		`{"response":"250 2.0.0 Ok: queued as ABC","smtp_code":250,"remote_host":"mx.example"}`,
		`["not", "an", "object"]`,
		`{"response":"421 4.7.0 Too many connections from your IP, try again later","category":"stale","extra":{"k":1}}`,
	}, "\n") + "\n"
	r := runMailflow(t, nil, in, "diagnose")
	if r.code != 3 {
		t.Errorf("exit %d, want 3; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"line 2: ", "line 5: ", "2 unparsable input lines"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	type out struct {
		ID       string         `json:"id"`
		Response string         `json:"response"`
		Outcome  string         `json:"outcome"`
		Category string         `json:"category"`
		Extra    map[string]int `json:"extra"`
		Advice   struct {
			Summary, WhoActs, Check string
		} `json:"advice"`
	}
	var got []out
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	for sc.Scan() {
		var o out
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		got = append(got, o)
	}
	want := []struct{ outcome, category string }{
		{"bounced", "user_unknown"},
		{"delivered", "delivered"},
		{"deferred", "rate_limited"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(got), len(want), r.stdout)
	}
	for i, w := range want {
		if got[i].Outcome != w.outcome || got[i].Category != w.category || got[i].Advice.Summary == "" {
			t.Errorf("line %d: outcome %q category %q advice %q, want %s %s with advice", i, got[i].Outcome, got[i].Category, got[i].Advice.Summary, w.outcome, w.category)
		}
	}
	if got[0].ID != "a" || got[2].Extra["k"] != 1 {
		t.Errorf("input fields are not kept: %+v", got)
	}
	if strings.Count(r.stdout, `"category"`) != 3 {
		t.Errorf("an input category is duplicated instead of replaced:\n%s", r.stdout)
	}
}

// TestDiagnoseArguments (review S35-D1): responses given as arguments
// are classified as --text reads its lines; a single word is refused as
// a file meant for stdin.
func TestDiagnoseArguments(t *testing.T) {
	r := runMailflow(t, nil, "", "diagnose", "--json", "550 5.1.1 <a@example.org>: user unknown", "452 4.2.2 Mailbox\nfull")
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	var cats []string
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var o struct{ Response, Category string }
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		cats = append(cats, o.Category+" "+o.Response)
	}
	if want := []string{"user_unknown 550 5.1.1 <a@example.org>: user unknown", "mailbox_full 452 4.2.2 Mailbox full"}; !slices.Equal(cats, want) {
		t.Errorf("got %q, want %q", cats, want)
	}
	r = runMailflow(t, nil, "", "diagnose", "replies.txt")
	if r.code != 2 || !strings.Contains(r.stderr, "--text < FILE") {
		t.Errorf("exit %d; stderr: %s", r.code, r.stderr)
	}
}

func TestDiagnoseText(t *testing.T) {
	in := "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\n\n452 4.2.2 Mailbox full\r\n"
	r := runMailflow(t, nil, in, "diagnose", "--text")
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), r.stdout)
	}
	for i, want := range []struct{ resp, cat, blocklist string }{
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocklisted", "spamhaus"},
		{"452 4.2.2 Mailbox full", "mailbox_full", ""},
	} {
		var o struct{ Response, Category, Outcome, Blocklist string }
		if err := json.Unmarshal([]byte(lines[i]), &o); err != nil {
			t.Fatal(err)
		}
		if o.Response != want.resp || o.Category != want.cat || !strings.Contains(strings.ToLower(o.Blocklist), want.blocklist) {
			t.Errorf("line %d = %+v, want response %q category %s blocklist ~%q", i, o, want.resp, want.cat, want.blocklist)
		}
	}
}

// broker is a kfake cluster with mailflow's topics.
type testBroker struct {
	addr   string
	cl     *kgo.Client
	topics processor.Topics
}

func newTestBroker(t *testing.T) *testBroker {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	b := &testBroker{addr: c.ListenAddrs()[0], topics: processor.TopicsWithPrefix("")}
	b.cl, err = kgo.NewClient(kgo.SeedBrokers(b.addr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.cl.Close)
	return b
}

func (b *testBroker) ensureTopics(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := processor.EnsureTopics(ctx, kadm.NewClient(b.cl), b.topics, 3, 1); err != nil {
		t.Fatal(err)
	}
}

// endOffsets sums the end offsets of topic; 0 when it does not exist.
func (b *testBroker) endOffset(t *testing.T, topic string) int64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ends, err := kadm.NewClient(b.cl).ListEndOffsets(ctx, topic)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	ends.Each(func(o kadm.ListedOffset) {
		if o.Err == nil {
			n += o.Offset
		}
	})
	return n
}

// readAll reads every record of topic.
func (b *testBroker) readAll(t *testing.T, topic string) []*kgo.Record {
	t.Helper()
	want := b.endOffset(t, topic)
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.addr), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out []*kgo.Record
	for int64(len(out)) < want {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("read %d of %d records of %s", len(out), want, topic)
		}
		fs.EachRecord(func(r *kgo.Record) { out = append(out, r) })
	}
	return out
}

func TestProduceReplay(t *testing.T) {
	b := newTestBroker(t)
	b.ensureTopics(t)
	lines := []string{
		`{"v":1,"id":"e1","recipient":"one@Example.COM","completed_at":"2026-11-26T10:00:00Z","smtp_code":250,"response":"250 ok"}`,
		`{"v":1,"id":"e2","domain":"two.example","recipient":"x@two.example","completed_at":"2026-11-26T10:00:01Z","smtp_code":550,"enhanced_code":"5.1.1","response":"550 5.1.1 unknown"}`,
		`{"v":1,"id":"e3","recipient":"no-time@three.example","smtp_code":250}`, // invalid: no completed_at
		``,
		`{"v":1,"id":"e4","recipient":"y@two.example","completed_at":"2026-11-26T10:00:02Z","smtp_code":451,"response":"451 later"}`,
		`this is not JSON`,
		// Longer than an event may be: skipped, not the end of the file.
		`{"v":1,"id":"big","response":"` + strings.Repeat("x", 1<<20) + `"}`,
		// A Windows line end, and no line end at the end of the file.
		`{"v":1,"id":"e5","recipient":"z@two.example","completed_at":"2026-11-26T10:00:03Z","smtp_code":250,"response":"250 ok"}` + "\r",
	}
	file := filepath.Join(t.TempDir(), "events.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "produce", "--brokers", b.addr, "--file", file)
	if r.code != 3 {
		t.Errorf("exit %d, want 3; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"line=3", "completed_at", "line=6", "line=7", "longer than 1048576 bytes", "3 invalid lines skipped"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	recs := b.readAll(t, b.topics.Deliveries)
	got := map[string]string{}
	for _, rec := range recs {
		ev, err := schemas.DecodeDeliveryEvent(rec.Value)
		if err != nil {
			t.Fatalf("record %s: %v", rec.Value, err)
		}
		if string(rec.Key) != ev.Domain {
			t.Errorf("event %s keyed %q, domain %q", ev.ID, rec.Key, ev.Domain)
		}
		got[ev.ID] = ev.Domain + " " + ev.Outcome.String()
	}
	want := map[string]string{"e1": "example.com delivered", "e2": "two.example bounced", "e4": "two.example deferred", "e5": "two.example delivered"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("produced %v, want %v", got, want)
	}

	t.Run("from stdin", func(t *testing.T) {
		r := runMailflow(t, nil, lines[0]+"\n", "produce", "--brokers", b.addr, "--file", "-")
		if r.code != 0 {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
		if n := b.endOffset(t, b.topics.Deliveries); n != 5 {
			t.Errorf("%d records in the topic, want 5", n)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		r := runMailflow(t, nil, "", "produce", "--brokers", b.addr, "--file", filepath.Join(t.TempDir(), "nope.jsonl"))
		if r.code != 1 || !strings.Contains(r.stderr, "nope.jsonl") {
			t.Errorf("exit %d, want 1 naming the file; stderr:\n%s", r.code, r.stderr)
		}
	})
}

// badDirectory has several problems in different places.
const badDirectory = `defaults:
  window: 25
  threshold: 1.5
resellers:
  - id: r1
customers:
  - id: c1
    reseller: r-missing
domains:
  - name: "not a domain!"
    customer: c1
managers:
  - id: m1
    level: reseller
    of: r1
    email: not-an-address
bogus_section: 1
`

func TestConfigApplyInvalid(t *testing.T) {
	b := newTestBroker(t)
	file := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(file, []byte(badDirectory), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr)
	if r.code == 0 {
		t.Fatalf("exit 0 for an invalid file; stdout:\n%s", r.stdout)
	}
	for _, want := range []string{"nothing was applied", "threshold", "r-missing", "domains[0].name", "not-an-address", "bogus_section"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if n := b.endOffset(t, b.topics.Config); n != 0 {
		t.Errorf("%d records written to %s", n, b.topics.Config)
	}
	if strings.Contains(r.stdout, "created") {
		t.Errorf("stdout claims changes:\n%s", r.stdout)
	}

	t.Run("no file", func(t *testing.T) {
		r := runMailflow(t, nil, "", "config", "apply", "--brokers", b.addr)
		if r.code != 2 || !strings.Contains(r.stderr, "config apply: -f FILE is required") {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
	})

	t.Run("not YAML at all", func(t *testing.T) {
		if err := os.WriteFile(file, []byte("resellers: [\n  - id: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr)
		if r.code == 0 || !strings.Contains(r.stderr, "YAML") {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
		if n := b.endOffset(t, b.topics.Config); n != 0 {
			t.Errorf("%d records written to %s", n, b.topics.Config)
		}
	})
}

func TestConfigApplyAndGet(t *testing.T) {
	b := newTestBroker(t)
	example, secret, _ := exampleWithSecrets(t)
	file := filepath.Join(t.TempDir(), "directory.yaml")
	if err := os.WriteFile(file, example, 0o644); err != nil {
		t.Fatal(err)
	}

	dry := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr, "--dry-run")
	if dry.code != 0 || !strings.Contains(dry.stdout, "would be created reseller/acme-msp") {
		t.Errorf("dry run: exit %d\nstdout:\n%s\nstderr:\n%s", dry.code, dry.stdout, dry.stderr)
	}
	if n := b.endOffset(t, b.topics.Config); n != 0 {
		t.Errorf("the dry run wrote %d records", n)
	}

	r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr)
	if r.code != 0 {
		t.Fatalf("apply: exit %d; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"created reseller/acme-msp", "created customer/initech", "created domain/mail.initech.example", "created manager/acme-noc", "created subscription/globex-ops-bad", " unchanged\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("apply output lacks %q:\n%s", want, r.stdout)
		}
	}
	// The file holds webhook secrets and others may read it (review:
	// applied without a word): a warning, as ssh gives; none at 0600.
	if !strings.Contains(r.stderr, "warning: "+file+" is readable by its group or others (mode 0644) and holds the webhook secret of manager") {
		t.Errorf("apply of a world-readable file with secrets: stderr %q, want a warning", r.stderr)
	}
	if err := os.Chmod(file, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Errorf("apply at 0600: exit %d, stderr %q; want no warning", r.code, r.stderr)
	}

	// The round trip needs the secrets; by default they are redacted.
	g := runMailflow(t, nil, "", "config", "get", "--show-secrets", "--brokers", b.addr)
	if g.code != 0 {
		t.Fatalf("get: exit %d; stderr:\n%s", g.code, g.stderr)
	}
	want, err := directory.ParseFile(example)
	if err != nil {
		t.Fatal(err)
	}
	got, err := directory.ParseFile([]byte(g.stdout))
	if err != nil {
		t.Fatalf("config get printed an invalid directory file: %v\n%s", err, g.stdout)
	}
	if !reflect.DeepEqual(got.Directory(), want.Directory()) {
		t.Errorf("config get printed\n%s\nwhich is not the applied directory", g.stdout)
	}
	if !strings.Contains(g.stdout, secret) {
		t.Errorf("config get lost the webhook secret:\n%s", g.stdout)
	}

	t.Run("redacted", func(t *testing.T) {
		g := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr, "--redact-secrets")
		if g.code != 0 || strings.Contains(g.stdout, secret) || !strings.Contains(g.stdout, "REDACTED") {
			t.Errorf("exit %d:\n%s", g.code, g.stdout)
		}
	})
	t.Run("applying again changes nothing", func(t *testing.T) {
		before := b.endOffset(t, b.topics.Config)
		r := runMailflow(t, nil, "", "config", "apply", "-f", file, "--brokers", b.addr)
		if r.code != 0 || strings.Contains(r.stdout, "created") || strings.Contains(r.stdout, "updated") || strings.HasPrefix(r.stdout, "0 unchanged") {
			t.Errorf("second apply: exit %d\n%s", r.code, r.stdout)
		}
		if after := b.endOffset(t, b.topics.Config); after != before {
			t.Errorf("second apply wrote %d records", after-before)
		}
	})
}

// cannedStatus is what the status command is served.
func cannedStatus(now time.Time) (api.Status, api.LiveLog) {
	since := now.Add(-9 * time.Second)
	last := now.Add(-2 * time.Second)
	st := api.Status{
		Domain: "woodgrove.example", Customer: "woodgrove-bank", Reseller: "northwind-partners",
		Status: schemas.StatusBad, Since: &since, SuccessRate: 0.16, Attempts: 25, Failures: 21,
		Window: 25, Threshold: 0.9,
		DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 1.86, MedianSeconds: 1.66},
		LastResponse:  "550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try double-checking the recipient's email address",
		LastCode:      550, LastAttemptAt: &last,
		TopCategories: []schemas.CategoryCount{
			{Category: "user_unknown", Count: 6, Advice: "The recipient address does not exist at the destination."},
			{Category: "rate_limited", Count: 5, Advice: "The receiver is throttling connections."},
		},
		TotalAttempts: 1234,
	}
	ll := api.LiveLog{Domain: "woodgrove.example"}
	for i := range 8 {
		ll.Attempts = append(ll.Attempts, api.Attempt{
			Seq: uint64(1234 - i), At: now.Add(-time.Duration(i) * time.Second), Recipient: fmt.Sprintf("r%d@woodgrove.example", i),
			Outcome: "bounced", Response: "550 5.1.1 no such user", EventID: fmt.Sprint(i),
		})
	}
	return st, ll
}

// cannedAPI answers woodgrove.example's status and live log with *st and
// *ll as they are at the request (a test may change them between
// commands), and every other request with other.
func cannedAPI(st *api.Status, ll *api.LiveLog, other http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v1/domains/woodgrove.example/status":
			json.NewEncoder(w).Encode(st)
		case "/api/v1/domains/woodgrove.example/live":
			json.NewEncoder(w).Encode(ll)
		default:
			other(w, r)
		}
	}
}

func TestStatusCommand(t *testing.T) {
	now := time.Now()
	st, ll := cannedStatus(now)
	var paths, auths []string
	canned := cannedAPI(&st, &ll, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/domains/down.example/status" {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"error":"partition 2 is being restored"}`))
			return
		}
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":"no such path"}`))
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.URL.Path)
		auths = append(auths, r.Header.Get("Authorization"))
		w.Header().Set("Content-Type", "application/json")
		canned(w, r)
	}))
	defer srv.Close()

	r := runMailflow(t, nil, "", "status", "--api", srv.URL+"/", "woodgrove.example")
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"woodgrove.example  BAD since ",
		"customer woodgrove-bank, reseller northwind-partners",
		"16% (4 of 25 delivered, 21 failed)",
		"window 25, threshold 90%",
		"latest 1.86s, median 1.66s",
		"550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1",
		"rate_limited ×5 — The receiver is throttling connections.",
		"recent attempts (newest first):",
		"r0@woodgrove.example",
		"r4@woodgrove.example",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !regexp.MustCompile(`(?m)^  top failures +user_unknown ×6 — The recipient address does not exist at the destination\.$`).MatchString(r.stdout) {
		t.Errorf("no top failure line:\n%s", r.stdout)
	}
	if strings.Contains(r.stdout, "r5@woodgrove.example") {
		t.Errorf("more than the default 5 recent attempts:\n%s", r.stdout)
	}

	t.Run("token from the environment", func(t *testing.T) {
		auths = nil
		r := runMailflow(t, map[string]string{"MAILFLOW_API_TOKEN": "s3cret"}, "", "status", "--api", srv.URL, "woodgrove.example")
		if r.code != 0 {
			t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
		if len(auths) != 2 || auths[0] != "Bearer s3cret" || auths[1] != "Bearer s3cret" {
			t.Fatalf("Authorization headers sent: %q", auths)
		}
		if strings.Contains(r.stdout+r.stderr, "s3cret") {
			t.Fatal("the token was printed")
		}
	})

	t.Run("json", func(t *testing.T) {
		r := runMailflow(t, nil, "", "status", "--api", srv.URL, "--json", "woodgrove.example")
		var got api.Status
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &got) != nil || got.Domain != "woodgrove.example" || got.Failures != 21 {
			t.Errorf("exit %d:\n%s", r.code, r.stdout)
		}
	})
	t.Run("live 0 skips the live log", func(t *testing.T) {
		paths = nil
		r := runMailflow(t, nil, "", "status", "--api", srv.URL, "--live", "0", "woodgrove.example")
		if r.code != 0 || strings.Contains(r.stdout, "recent attempts") {
			t.Errorf("exit %d:\n%s", r.code, r.stdout)
		}
		if len(paths) != 1 {
			t.Errorf("requested %v, want the status only", paths)
		}
	})
	t.Run("last failure named when the last attempt was delivered", func(t *testing.T) {
		saved, savedLL := st, ll
		defer func() { st, ll = saved, savedLL }()
		st.LastResponse, st.LastCode = "250 2.0.0 OK queued as 4F00D", 250
		ll.Attempts = append([]api.Attempt{{At: time.Now(), Outcome: "delivered", Response: st.LastResponse}}, ll.Attempts...)
		paths = nil
		r := runMailflow(t, nil, "", "status", "--api", srv.URL, "--live", "0", "woodgrove.example")
		if r.code != 0 || !regexp.MustCompile(`(?m)^  last failure +550 5\.1\.1 no such user  \(\d+s ago, bounced\)$`).MatchString(r.stdout) {
			t.Errorf("exit %d, no last failure line:\n%s", r.code, r.stdout)
		}
		if strings.Contains(r.stdout, "recent attempts") || len(paths) != 2 {
			t.Errorf("requested %v; output:\n%s", paths, r.stdout)
		}
	})
	t.Run("server error is reported", func(t *testing.T) {
		r := runMailflow(t, nil, "", "status", "--api", srv.URL, "down.example")
		if r.code != 1 || !strings.Contains(r.stderr, "503") || !strings.Contains(r.stderr, "being restored") {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
	})
	t.Run("no server", func(t *testing.T) {
		r := runMailflow(t, nil, "", "status", "--api", "http://127.0.0.1:1", "a.example")
		if r.code != 1 || !strings.Contains(r.stderr, "no answer from http://127.0.0.1:1: is mailflow running there?") || !strings.Contains(r.stderr, "connection refused") || strings.Contains(r.stderr, "/api/v1/") {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
	})
}

func TestPrintStatus(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 39, 0, 0, time.UTC)
	bad, ll := cannedStatus(now)
	long := strings.Repeat("x", 300)
	tests := []struct {
		name   string
		st     api.Status
		recent []api.Attempt
		want   []string
		not    []string
	}{{
		name: "bad", st: bad, recent: ll.Attempts[:2],
		want: []string{"woodgrove.example  BAD since ", "(9s ago)", "16% (4 of 25 delivered, 21 failed)", "latest 1.86s, median 1.66s", "(2s ago)", "user_unknown ×6", "r1@woodgrove.example"},
		not:  []string{"r2@woodgrove.example", "\n550 5.1.1"},
	}, {
		name: "unknown",
		st:   api.Status{Domain: "new.example", Window: 10, Threshold: 0.85},
		want: []string{"new.example  UNKNOWN\n", "no attempts yet", "window 10, threshold 85%", "not in the directory either: check the spelling"},
		not:  []string{"success rate", "customer", "since"},
	}, {
		name: "unknown in the directory",
		st:   api.Status{Domain: "quiet.example", Customer: "acme", Reseller: "msp", Window: 25, Threshold: 0.9},
		want: []string{"quiet.example  UNKNOWN\n", "customer acme, reseller msp", "no attempts yet"},
		not:  []string{"not in the directory"},
	}, {
		name: "partial window",
		st: api.Status{Domain: "new.example", Status: schemas.StatusGood, Since: ptr(now.Add(-time.Minute)), Attempts: 1, Failures: 1, Window: 25, Threshold: 0.9,
			LastResponse: "550 5.1.1 no such user", LastAttemptAt: ptr(now.Add(-time.Minute))},
		want: []string{"new.example  GOOD since ", "failures so far  1 of 1 attempt; Bad at 3  window 25, threshold 90%"},
		not:  []string{"success rate", " 0% ("},
	}, {
		// 80% of 25 is 20 in integers; in floats 0.8·25 is a hair above
		// 20 and would make the budget 4.
		name: "partial window at 80%",
		st:   api.Status{Domain: "new.example", Status: schemas.StatusGood, Since: ptr(now), Attempts: 7, Failures: 2, Window: 25, Threshold: 0.8},
		want: []string{"failures so far  2 of 7 attempts; Bad at 6  window 25, threshold 80%"},
	}, {
		name: "good without delays",
		st: api.Status{Domain: "ok.example", Status: schemas.StatusGood, Since: ptr(now.Add(-3 * time.Hour)), SuccessRate: 1, Attempts: 3, Window: 25, Threshold: 0.9,
			LastResponse: long, LastAttemptAt: ptr(now.Add(-90 * time.Minute))},
		want: []string{"ok.example  GOOD since ", "(3h0m0s ago)", "failures so far  0 of 3 attempts; Bad at 3", "latest -, median -", "…", "(2h0m0s ago)"},
		not:  []string{"top failures", "recent attempts", long},
	}}
	// Bad, its last attempt delivered: the last failure is printed too
	// (newcomer review, session 34: "BAD … last response 250 OK" alone
	// confuses).
	delivered := bad
	delivered.LastResponse, delivered.LastCode = "250 2.0.0 OK queued as 4F00D", 250
	mixed := append([]api.Attempt{{At: now, Outcome: "delivered", Response: "250 2.0.0 OK queued as 4F00D", Recipient: "ok@woodgrove.example"}},
		ll.Attempts[1:4]...)
	tests = append(tests, struct {
		name   string
		st     api.Status
		recent []api.Attempt
		want   []string
		not    []string
	}{
		name: "bad, last attempt delivered", st: delivered, recent: mixed[:2],
		want: []string{"  last response   250 2.0.0 OK queued as 4F00D  (2s ago)\n  last failure    550 5.1.1 no such user  (1s ago, bounced)\n"},
	})
	lastFails := map[string]*api.Attempt{"bad, last attempt delivered": &mixed[1]}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			printStatus(&b, &tc.st, tc.recent, lastFails[tc.name], now)
			out := b.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestIngestPostfixDryRun(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // the default --state-dir is relative: it must not be created in a dry run
	log := strings.Join([]string{
		"2026-11-26T10:00:01Z mta postfix/smtp[1]: 1A2B3C4D5E: to=<alice@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as XYZ)",
		"2026-11-26T10:00:02Z mta postfix/qmgr[2]: 1A2B3C4D5E: removed",
		"2026-11-26T10:00:03Z mta postfix/smtp[1]: 2B3C4D5E6F: to=<bob@Example.NET>, relay=mx.example.net[192.0.2.2]:25, delay=1.2, delays=0.1/0/0.3/0.8, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.2] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
		"2026-11-26T10:00:04Z mta postfix/smtp[1]: 3C4D5E6F7A: to=<carol@example.com>, relay=mx.example.com[192.0.2.3]:25, delay=300, delays=0.1/0/0.3/299, dsn=4.2.2, status=deferred (host mx.example.com[192.0.2.3] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))",
	}, "\n") + "\n"
	file := filepath.Join(dir, "mail.log")
	if err := os.WriteFile(file, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", file)
	if r.code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "lines 4, deliveries 3 (events 3), skipped 1, malformed 0") {
		t.Errorf("summary missing or wrong:\n%s", r.stderr)
	}
	var got []string
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	for sc.Scan() {
		ev, err := schemas.DecodeDeliveryEvent(sc.Bytes())
		if err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		got = append(got, fmt.Sprintf("%s %s %s %d", ev.Domain, ev.Recipient, ev.Outcome, ev.SMTPCode))
	}
	want := []string{
		"example.org alice@example.org delivered 250",
		"example.net bob@Example.NET bounced 550",
		"example.com carol@example.com deferred 452",
	}
	if len(got) != len(want) {
		t.Fatalf("events:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		// The recipient's local part may keep its case; the domain must
		// be canonical.
		if !strings.EqualFold(got[i], want[i]) || !strings.HasPrefix(got[i], strings.Fields(want[i])[0]+" ") {
			t.Errorf("event %d = %q, want %q", i, got[i], want[i])
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "mailflow-ingest")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a dry run created the state directory (%v)", err)
	}

	t.Run("malformed line", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.log")
		line := "2026-11-26T10:00:05Z mta postfix/smtp[1]: 4D5E6F7A8B: to=<dave@example.org>, relay=mx.example.org[192.0.2.1]:25, status=sent\n"
		if err := os.WriteFile(bad, []byte(log+line), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", bad)
		if r.code != 3 {
			t.Errorf("exit %d with a malformed line, want 3", r.code)
		}
		for _, want := range []string{"lines 5, deliveries 3 (events 3), skipped 1, malformed 1", "line=5", "1 malformed lines"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
			}
		}
		if n := strings.Count(r.stdout, "\n"); n != 3 {
			t.Errorf("%d events written, want the 3 valid ones", n)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		r := runMailflow(t, nil, "", "ingest", "postfix", "--dry-run", "--file", filepath.Join(dir, "nope.log"))
		if r.code != 1 || !strings.Contains(r.stderr, "nope.log") {
			t.Errorf("exit %d; stderr:\n%s", r.code, r.stderr)
		}
	})
}

// TestConfigDeleteInvalidRecord: a record an older release accepted and
// this one refuses (a manager "operator") makes config get fail naming
// the key, its reason and the fix; config delete removes it, and config
// get works again (second review of the reserved id: the error named no
// key and no command could remove it). The same for keys that do not
// parse at all (an unknown kind, an id or a domain name the file could
// not hold): their tombstones used to be refused like their records, so
// the keys stayed invalid (third review).
func TestConfigDeleteInvalidRecord(t *testing.T) {
	b := newTestBroker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := processor.EnsureTopics(ctx, kadm.NewClient(b.cl), b.topics, 3, 1); err != nil {
		t.Fatal(err)
	}
	if err := directory.Publish(ctx, b.cl, b.topics.Config, []directory.Record{
		{Key: "domain/a.example", Value: []byte(`{}`)},
		{Key: "manager/operator", Value: []byte(`{"level":"domain","of":"a.example","email":"op@a.example"}`)},
		{Key: "bogus/x", Value: []byte(`{"a":1}`)},
		{Key: "customer/bad id!", Value: []byte(`{"id":"bad id!"}`)},
		{Key: "domain/under_score..example", Value: []byte(`{"name":"x"}`)},
	}); err != nil {
		t.Fatal(err)
	}
	r := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr)
	if r.code == 0 || !strings.Contains(r.stderr, "manager/operator: ") || !strings.Contains(r.stderr, "reserved") || !strings.Contains(r.stderr, "mailflow config delete KEY") {
		t.Fatalf("config get over an invalid record: exit %d, stderr %q; want it named with the fix", r.code, r.stderr)
	}
	for _, key := range []string{"bogus/x", "customer/bad id!", "domain/under_score..example"} {
		if !strings.Contains(r.stderr, key+": ") {
			t.Errorf("config get does not name %s: %q", key, r.stderr)
		}
	}
	if r := runMailflow(t, nil, "", "config", "delete", "--brokers", b.addr, "manager/operator"); r.code != 0 || r.stdout != "deleted manager/operator\n" {
		t.Fatalf("config delete: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr); r.code == 0 || strings.Contains(r.stderr, "manager/operator") {
		t.Fatalf("config get with three invalid keys left: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "delete", "--brokers", b.addr, "bogus/x", "customer/bad id!", "domain/under_score..example"); r.code != 0 {
		t.Fatalf("config delete of keys that do not parse: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runMailflow(t, nil, "", "config", "get", "--brokers", b.addr); r.code != 0 || !strings.Contains(r.stdout, "a.example") {
		t.Fatalf("config get after the delete: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, bad := range []string{"operator", "manager/", "/x"} {
		if r := runMailflow(t, nil, "", "config", "delete", "--brokers", b.addr, bad); r.code != 2 || !strings.Contains(r.stderr, "not a config key") {
			t.Errorf("config delete %q: exit %d, stderr %q; want a usage error", bad, r.code, r.stderr)
		}
	}
}

func TestLastFailure(t *testing.T) {
	at := func(outcome string) api.Attempt { return api.Attempt{Outcome: outcome, Response: outcome} }
	for _, tc := range []struct {
		name     string
		failures int
		lastCode int
		attempts []api.Attempt
		want     string // the Response of the attempt returned; "" for nil
	}{
		{"no failures", 0, 250, []api.Attempt{at("delivered")}, ""},
		{"last response a failure", 3, 550, []api.Attempt{at("bounced"), at("delivered"), at("deferred")}, ""},
		{"newest failure after deliveries", 3, 250, []api.Attempt{at("delivered"), at("delivered"), at("deferred"), at("bounced")}, "deferred"},
		{"expired counts", 1, 250, []api.Attempt{at("delivered"), at("expired")}, "expired"},
		{"failures outside the live log", 2, 250, []api.Attempt{at("delivered"), at("delivered")}, ""},
		{"empty live log", 2, 250, nil, ""},
		// review S35-B1: the status decides, the live log read apart
		// cannot contradict it
		{"status says failed, live log says delivered", 3, 550, []api.Attempt{at("delivered"), at("bounced")}, ""},
		{"status says delivered, a failure arrived since", 3, 250, []api.Attempt{at("bounced"), at("delivered")}, "bounced"},
		{"delivered without a reply code", 3, 0, []api.Attempt{at("delivered"), at("bounced")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := lastFailure(&api.Status{Failures: tc.failures, LastCode: tc.lastCode}, tc.attempts)
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("got %q, want none", got.Response)
			case tc.want != "" && (got == nil || got.Response != tc.want):
				t.Errorf("got %v, want %q", got, tc.want)
			}
		})
	}
}

// TestStatusForeignAnswers (review S35-B3, B4): what a foreign --api
// answers cannot drive the terminal or forge lines: an error text is
// escaped, a --json answer that is not JSON is refused, and the live
// log's outcome and recipient stay on their line.
func TestStatusForeignAnswers(t *testing.T) {
	now := time.Now()
	st, ll := cannedStatus(now)
	st.LastResponse, st.LastCode = "250 2.0.0 OK", 250
	ll.Attempts = append([]api.Attempt{{At: now, Outcome: "delivered", Response: "250 2.0.0 OK"}},
		api.Attempt{At: now, Outcome: "bounced\n  FAKE LINE\tx", Recipient: "a@example.org\n  FORGED ROW", Response: "550 no"})
	srv := httptest.NewServer(cannedAPI(&st, &ll, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/domains/raw.example/status" {
			w.Write([]byte("\x1b[31mnot json\x1b[0m"))
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("{\"error\":\"boom \\u001b]0;pwned\\u0007\\u001b[2Jcleared\"}"))
	}))
	defer srv.Close()

	r := runMailflow(t, nil, "", "status", "--api", srv.URL, "--live", "3", "woodgrove.example")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "FAKE LINE") || strings.HasPrefix(strings.TrimSpace(l), "FORGED ROW") {
			t.Errorf("a server's field forged a line:\n%s", r.stdout)
		}
	}
	r = runMailflow(t, nil, "", "status", "--api", srv.URL, "err.example")
	if r.code != 1 || strings.ContainsRune(r.stderr, 0x1b) || strings.ContainsRune(r.stderr, 0x07) || !strings.Contains(r.stderr, `\x1b]0;pwned`) {
		t.Errorf("exit %d; the error text reached the terminal raw: %q", r.code, r.stderr)
	}
	r = runMailflow(t, nil, "", "status", "--api", srv.URL, "--json", "raw.example")
	if r.code != 1 || strings.ContainsRune(r.stdout, 0x1b) || !strings.Contains(r.stderr, "is not JSON") {
		t.Errorf("exit %d; stdout %q; stderr %q", r.code, r.stdout, r.stderr)
	}
}
