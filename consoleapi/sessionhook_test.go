package consoleapi

import (
	"context"
	"errors"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
)

func TestSessionHookOverlay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _ := kfake.NewCluster(kfake.NumBrokers(1))
	t.Cleanup(c.Close)
	brokers := c.ListenAddrs()
	opts := []kgo.Opt{kgo.SeedBrokers(brokers...)}
	topics := processor.TopicsWithPrefix("")
	cl, _ := kgo.NewClient(opts...)
	t.Cleanup(cl.Close)
	if err := processor.EnsureTopics(ctx, kadm.NewClient(cl), topics, 3, 1); err != nil {
		t.Fatal(err)
	}
	var recs []directory.Record
	for _, e := range world() {
		r, _ := directory.EncodeRecord(e)
		recs = append(recs, r)
	}
	_ = directory.Publish(ctx, cl, topics.Config, recs)
	p, err := processor.New(ctx, processor.Config{Brokers: brokers, Topics: topics, DataDir: t.TempDir(), InstanceID: "hook", Partitions: 3, Diagnose: diagnose.New().Event, Advice: diagnose.CategoryAdvice, Log: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Error(err)
		}
		p.Close()
	})
	acc, _ := accounts.Open(ctx, "mailflow.accounts", opts, accounts.WithParams(testParams), accounts.WithLogger(quiet()))
	t.Cleanup(acc.Close)
	_ = acc.SetPassword(ctx, accounts.PasswordContext{ManagerID: "mCA1"}, testPassword)
	var h *Handler
	apiH := api.Handler(api.Config{Backend: p, Extra: console.Handler(), AdminToken: adminToken, Log: quiet(),
		Session: func(r *http.Request) (directory.Manager, bool, bool) { return h.Caller(r) }})
	h, err = New(ctx, Config{Directory: p.Directory, Client: cl, ConfigTopic: topics.Config, AuditTopic: "mailflow.audit", Accounts: acc, AdminToken: adminToken, Log: quiet()})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(apiH))
	t.Cleanup(srv.Close)
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar}
	resp, err := hc.Post(srv.URL+"/api/v1/session", "application/json", strings.NewReader(`{"email":"ca1@a.example","password":"`+testPassword+`"}`))
	if err != nil || resp.StatusCode != 200 {
		t.Fatal(err, resp.StatusCode)
	}
	resp.Body.Close()
	for path, want := range map[string]int{"/api/v1/domains/a1.example/status": 200, "/api/v1/domains/b1.example/status": 404} {
		resp, err := hc.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s with the session: %d, want %d", path, resp.StatusCode, want)
		}
	}
	// A session that ended is refused by the read API too.
	kept := jar.Cookies(mustParse(t, srv.URL))
	var sv struct {
		CSRF string `json:"csrf_token"`
	}
	r0, _ := hc.Get(srv.URL + "/api/v1/session")
	_ = json.NewDecoder(r0.Body).Decode(&sv)
	r0.Body.Close()
	del, _ := http.NewRequest("DELETE", srv.URL+"/api/v1/session", nil)
	del.Header.Set("X-CSRF-Token", sv.CSRF)
	if r, err := hc.Do(del); err != nil || r.StatusCode != 200 {
		t.Fatal("sign out", err)
	}
	old, _ := http.NewRequest("GET", srv.URL+"/api/v1/domains/a1.example/status", nil)
	for _, ck := range kept {
		old.AddCookie(ck)
	}
	if r, err := http.DefaultClient.Do(old); err != nil || r.StatusCode != 401 {
		t.Fatalf("the read API after sign-out: %v %v, want 401", r.StatusCode, err)
	}
}
