package consoleapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/directory"
)

// TestWritesFromAStaleDirectory: a console write prepared on an instance
// whose copy of the directory has not yet read an operator's change must
// not undo it (third review, finding 1). Console writes rewrote the whole
// manager or entity record from that copy, so a webhook write put back a
// revoked API token (and a deleted manager), and a settings write put a
// domain moved to another customer back under the old one. They now write
// overlays of their own fields (directory/overlay.go).
func TestWritesFromAStaleDirectory(t *testing.T) {
	entities := world()
	for i, e := range entities {
		if m, ok := e.(directory.Manager); ok && m.ID == "mCA1" {
			m.APITokenSHA256 = directory.HashToken("a-token-of-mCA1-0123456789abcdef")
			entities[i] = m
		}
	}
	f := newFixture(t, entities, fixedStatuses{}, nil)
	stale := f.table.Current()

	// The operator revokes mCA1's token, moves a1.example to customer cA2
	// and deletes the manager of that domain.
	var recs []directory.Record
	for _, e := range []any{
		directory.Manager{ID: "mCA1", Level: directory.LevelCustomer, Of: "cA1", Email: "ca1@a.example"},
		directory.Domain{Name: "a1.example", Customer: "cA2"},
	} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	recs = append(recs, directory.Record{Key: "manager/mDA1"})
	if err := directory.Publish(f.ctx, f.cl, configTopic, recs); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool {
		_, gone := f.table.Current().Managers["mDA1"]
		return f.table.Current().Domains["a1.example"].Customer == "cA2" && !gone
	})

	// An instance that has not read it yet serves both managers.
	lagging := f.instance(func() *directory.Directory { return stale }, nil)
	ca1 := lagging.signIn("ca1@a.example")
	if code, body := ca1.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example/hook"}); code != 200 {
		t.Fatalf("webhook: %d %s", code, body)
	}
	if code, body := ca1.do("PUT", "/api/v1/settings/domain/a1.example", map[string]any{"window": 30}); code != 200 {
		t.Fatalf("settings: %d %s", code, body)
	}
	da1 := lagging.signIn("da1@a.example")
	if code, body := da1.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example/da1"}); code != 200 {
		t.Fatalf("webhook of the deleted manager: %d %s", code, body)
	}

	// Every instance, once it has read the writes, keeps the operator's
	// changes and takes the managers' own.
	waitUntil(t, func() bool {
		d := f.table.Current()
		return d.Managers["mCA1"].WebhookURL != "" && d.Domains["a1.example"].Window == 30
	})
	time.Sleep(100 * time.Millisecond) // the deleted manager's write, after the others
	d := f.table.Current()
	if m := d.Managers["mCA1"]; m.APITokenSHA256 != "" || m.WebhookURL != "https://tickets.a.example/hook" || m.Level != directory.LevelCustomer || m.Of != "cA1" {
		t.Errorf("mCA1 after a webhook write from a stale directory: %+v; want the token still revoked", m)
	}
	if dom := d.Domains["a1.example"]; dom.Customer != "cA2" || dom.Window != 30 {
		t.Errorf("a1.example after a settings write from a stale directory: %+v; want it still under cA2", dom)
	}
	if m, ok := d.Managers["mDA1"]; ok {
		t.Errorf("the deleted manager mDA1 came back: %+v", m)
	}
}

func waitUntil(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSettingsWriteFromAStaleDirectory: a manager who changes one setting
// from an instance whose copy of the directory is behind must not undo
// an operator's change of another setting made since: the overlay holds
// the settings the request names, not every setting of the stale copy
// (second review of the overlays, F2).
func TestSettingsWriteFromAStaleDirectory(t *testing.T) {
	f := newFixture(t, world(), fixedStatuses{}, nil)
	stale := f.table.Current()
	rec, err := directory.EncodeRecord(directory.Domain{Name: "a1.example", Customer: "cA1",
		Settings: directory.Settings{RepeatInterval: time.Hour, SilentAfter: directory.Off}})
	if err != nil {
		t.Fatal(err)
	}
	if err := directory.Publish(f.ctx, f.cl, configTopic, []directory.Record{rec}); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return f.table.Current().Domains["a1.example"].RepeatInterval == time.Hour })
	ca1 := f.instance(func() *directory.Directory { return stale }, nil).signIn("ca1@a.example")
	if code, body := ca1.do("PUT", "/api/v1/settings/domain/a1.example", map[string]any{"window": 30}); code != 200 {
		t.Fatalf("settings: %d %s", code, body)
	}
	waitUntil(t, func() bool { return f.table.Current().Domains["a1.example"].Window == 30 })
	// A second write, of another setting, on an instance that has read
	// the first, keeps it.
	if code, body := f.signIn("ca1@a.example").do("PUT", "/api/v1/settings/domain/a1.example", map[string]any{"threshold": 0.8}); code != 200 {
		t.Fatalf("settings: %d %s", code, body)
	}
	waitUntil(t, func() bool { return f.table.Current().Domains["a1.example"].Threshold != 0 })
	d := f.table.Current().Domains["a1.example"]
	if d.Window != 30 || d.RepeatInterval != time.Hour || d.SilentAfter != directory.Off {
		t.Errorf("a1.example after window and threshold writes from a stale directory: %+v; want window 30 and the operator's repeat_interval 1h and silent_after off", d.Settings)
	}
}

// TestWritesCatchUpFirst: a write is authorized on the directory as the
// config topic holds it when the write comes (Config.CatchUp), not as
// this instance last read it: a manager the operator has just deleted, or
// whose domain the operator has moved out of the manager's tree, can no
// longer write from an instance that lags (second review of the
// overlays, F2). The instance here lags until it is asked to catch up.
func TestWritesCatchUpFirst(t *testing.T) {
	f := newFixture(t, world(), fixedStatuses{}, nil)
	stale := f.table.Current()
	var caught atomic.Bool
	lagging := f.instance(func() *directory.Directory {
		if caught.Load() {
			return f.table.Current()
		}
		return stale
	}, func(ctx context.Context) error {
		if err := f.table.CatchUp(ctx); err != nil {
			return err
		}
		caught.Store(true)
		return nil
	})
	ca1, da1 := lagging.signIn("ca1@a.example"), lagging.signIn("da1@a.example")

	moved, err := directory.EncodeRecord(directory.Domain{Name: "a1.example", Customer: "cA2"})
	if err != nil {
		t.Fatal(err)
	}
	if err := directory.Publish(f.ctx, f.cl, configTopic, []directory.Record{moved, {Key: "manager/mDA1"}}); err != nil {
		t.Fatal(err)
	}
	// No wait here: the writes themselves catch up.
	if code, body := ca1.do("PUT", "/api/v1/settings/domain/a1.example", map[string]any{"window": 30}); code < 400 {
		t.Errorf("settings of a domain moved out of the manager's tree: %d %s, want refused", code, body)
	}
	if code, body := da1.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example/da1"}); code < 400 {
		t.Errorf("webhook of a deleted manager: %d %s, want refused", code, body)
	}
	time.Sleep(100 * time.Millisecond)
	d := f.table.Current()
	if d.Domains["a1.example"].Window != 0 || d.HasOverlay("domain/a1.example") || d.HasOverlay("manager/mDA1") {
		t.Errorf("a refused write reached the directory: %+v", d.Domains["a1.example"])
	}
	// The manager's own domains are still theirs.
	if code, body := ca1.do("PUT", "/api/v1/settings/customer/cA1", map[string]any{"window": 40}); code != 200 {
		t.Errorf("settings of the manager's own customer: %d %s", code, body)
	}
}

// instance is a second console instance beside f's, on the same topics
// and accounts, whose directory is dir (and catchUp its Config.CatchUp):
// a fixture whose clients talk to it.
func (f *fixture) instance(dir func() *directory.Directory, catchUp func(context.Context) error) *fixture {
	f.t.Helper()
	h, err := New(f.ctx, Config{Directory: dir, CatchUp: catchUp, Client: f.cl, ConfigTopic: configTopic, AuditTopic: auditTopic,
		Accounts: f.accounts, Statuses: fixedStatuses{}, AdminToken: adminToken, Log: quiet(), Throttle: accounts.NewThrottle(), ApplyWait: 50 * time.Millisecond})
	if err != nil {
		f.t.Fatal(err)
	}
	srv := httptest.NewServer(h.Wrap(http.NotFoundHandler()))
	f.t.Cleanup(srv.Close)
	other := *f
	other.h, other.srv = h, srv
	return &other
}
