package processor

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/quarantine"
	"github.com/mailflow/mailflow/schemas"
)

var (
	delivered = ev{code: 250}
	bounced   = ev{code: 550}
	deferred  = ev{code: 421}
)

func on(domain string, e ev) ev { e.domain = domain; return e }

func with(e ev, alert string) ev { e.alert = alert; return e }

// script is a stream with every kind of transition, interleaved across
// domains and partitions, with invalid records among them.
func script() [][]ev {
	return [][]ev{
		joinEv(
			repeatEv(22, on("flap.example", delivered)),
			repeatEv(10, on("steady.example", delivered)), // unknown→good: no alert
			[]ev{on("flap.example", bounced), on("down.example", deferred)},
			[]ev{{domain: "flap.example", raw: `{"v":1,"id":"broken"`}},                                                       // not JSON
			[]ev{{domain: "x.example", raw: `{"v":1,"id":"nodomain","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`}}, // no domain
			[]ev{on("flap.example", bounced), on("down.example", deferred)},
			[]ev{with(on("flap.example", bounced), "good→bad"), with(on("down.example", deferred), "good→bad")},
		),
		joinEv(
			[]ev{{domain: "down.example", raw: `{"v":1,"id":"contra","domain":"down.example","completed_at":"2026-11-26T10:00:00Z","smtp_code":550,"outcome":"delivered"}`}},
			repeatEv(22, on("flap.example", delivered)),
			[]ev{with(on("flap.example", delivered), "bad→good")}, // the first failure ages out
			repeatEv(5, on("steady.example", delivered)),
			// a tight domain: window 5, threshold 0.8 → budget 1
			[]ev{on("tight.example", delivered), on("tight.example", bounced), with(on("tight.example", bounced), "good→bad")},
			[]ev{with(ev{domain: "new.example", code: 554}, "")}, // a single failure: good (budget 2)
		),
	}
}

func TestScriptedStream(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.publishConfig(
		directory.Reseller{ID: "r1"},
		directory.Customer{ID: "c1", Reseller: "r1"},
		directory.Domain{Name: "tight.example", Customer: "c1", Settings: directory.Settings{Window: 5, Threshold: 8000}},
	)
	r := h.start(h.config(t.TempDir()))
	var want []string
	for _, part := range script() {
		want = append(want, h.produce(part...)...)
	}
	h.waitProcessed("mailflow")
	got := h.alerts()
	if !slices.Equal(got, want) {
		t.Fatalf("alerts:\n got %q\nwant %q", got, want)
	}

	// The alerts carry the directory's view of the domain.
	for _, rec := range h.readAll(h.topics.Alerts) {
		c, _ := schemas.DecodeStatusChange(rec.Value)
		if c.Domain == "tight.example" && (c.Customer != "c1" || c.Reseller != "r1" || c.Window != 5 || c.Threshold != 0.8 || c.Failures != 2) {
			t.Errorf("tight.example alert not enriched with its settings and owners: %+v", c)
		}
		if c.Domain == "flap.example" && c.To == schemas.StatusBad && (c.Failures != 3 || c.Attempts != 25 || c.SuccessRate != 0.88 || !strings.Contains(c.LastResponse, "550")) {
			t.Errorf("flap.example bad alert: %+v", c)
		}
	}

	dead := h.readAll(h.topics.DeadLetter)
	if len(dead) != 3 {
		t.Fatalf("%d dead letters, want 3", len(dead))
	}
	var reasons []string
	for _, d := range dead {
		var reason, source string
		for _, hd := range d.Headers {
			switch hd.Key {
			case HeaderError:
				reason = string(hd.Value)
			case HeaderSource:
				source = string(hd.Value)
			}
		}
		if !strings.HasPrefix(source, h.topics.Deliveries+"/") {
			t.Errorf("dead letter %q has source %q", d.Value, source)
		}
		reasons = append(reasons, reason)
	}
	for _, wantReason := range []string{"(record): not a JSON object", "domain: missing", "outcome: delivered contradicts smtp_code 550"} {
		if !slices.ContainsFunc(reasons, func(r string) bool { return strings.Contains(r, wantReason) }) {
			t.Errorf("no dead letter with reason %q among %q", wantReason, reasons)
		}
	}

	st := r.p.Store()
	w, err := st.Window("steady.example")
	if err != nil || w == nil || w.Status != schemas.StatusGood || len(w.Entries) != 15 {
		t.Fatalf("steady.example window: %+v %v", w, err)
	}
	flap, err := st.Window("flap.example")
	if err != nil || flap == nil || flap.Seq != 48 || !strings.HasPrefix(flap.LastResponse, "250") {
		t.Fatalf("flap.example window: %+v, %v", flap, err)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
}

// TestRestartContinues stops the processor midway and starts another on
// the same data directory: the windows continue where they were, and the
// alerts are those of an undisturbed run.
func TestRestartContinues(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	cfg := h.config(t.TempDir())
	parts := script()

	r := h.start(cfg)
	want := h.produce(parts[0]...)
	h.waitProcessed("mailflow")
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	want = append(want, h.produce(parts[1][:10]...)...) // produced while down
	r = h.start(cfg)
	want = append(want, h.produce(parts[1][10:]...)...)
	h.waitProcessed("mailflow")
	defer r.stop()
	if err := r.halt(); err != nil { // the store then has the last transaction
		t.Fatal(err)
	}

	// tight.example has no config here: window 25, so it must not alert.
	want = slices.DeleteFunc(want, func(s string) bool { return strings.HasPrefix(s, "tight.example") })
	if got := h.alerts(); !slices.Equal(got, want) {
		t.Fatalf("alerts:\n got %q\nwant %q", got, want)
	}
	if w, _ := r.p.Store().Window("flap.example"); w == nil || w.Seq != 48 || w.Status != schemas.StatusGood {
		t.Fatalf("flap.example after restart: %+v", w)
	}
}

// TestRebuildFromChangelog deletes the Pebble directory between two runs:
// the second rebuilds every domain's state from the changelog alone.
func TestRebuildFromChangelog(t *testing.T) {
	t.Parallel()
	r := restartAfter(t, func(t *testing.T, dir string) {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	})
	// The rebuilt store also has the status index the API pages through.
	var bad []string
	for _, part := range r.p.Ownership().Partitions {
		d, err := r.p.Store().Domains(part, schemas.StatusBad, "", 100)
		if err != nil {
			t.Fatal(err)
		}
		bad = append(bad, d...)
	}
	slices.Sort(bad)
	if !slices.Equal(bad, []string{"down.example"}) {
		t.Fatalf("bad domains after rebuild: %v", bad)
	}
}

// TestRebuildDamagedStore damages the Pebble store between two runs, as
// a disk or an operator might: the second run sets the damaged files
// aside (package quarantine) and rebuilds every domain's state from the
// changelog, as for a lost directory, rather than failing at every start.
func TestRebuildDamagedStore(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"truncated tables", func(t *testing.T, dir string) {
			tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
			if len(tables) == 0 {
				t.Fatal("no table to damage")
			}
			for _, f := range tables {
				if err := os.Truncate(f, 100); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"garbled tables, met while opening", func(t *testing.T, dir string) {
			tables, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
			for _, f := range tables {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < len(b)*3/4; i++ {
					b[i] ^= 0xa5
				}
				if err := os.WriteFile(f, b, 0o600); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"marked damaged by a read", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, quarantine.Marker), []byte("test\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dir string
			restartAfter(t, func(t *testing.T, d string) {
				dir = d
				tc.damage(t, d)
			})
			if aside, _ := filepath.Glob(filepath.Join(dir, "damaged-*", "MANIFEST-*")); len(aside) == 0 {
				t.Fatal("the damaged files were not kept aside")
			}
		})
	}
}

// restartAfter runs the script on a processor, calls damage with its data
// directory once it stopped, starts another on the same directory and
// checks that it rebuilds every domain's state as it was; it returns the
// second processor, halted (its store holds the last transaction), which
// the test's cleanup stops.
func restartAfter(t *testing.T, damage func(t *testing.T, dir string)) *running {
	t.Helper()
	h := newHarness(t)
	dir := t.TempDir()
	cfg := h.config(dir)
	domains := []string{"flap.example", "steady.example", "down.example", "tight.example", "new.example"}
	r := h.start(cfg)
	for _, part := range script() {
		h.produce(part...)
	}
	h.waitProcessed("mailflow")
	// The store update of the last transaction runs after its commit;
	// halting waits for it.
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	before := dump(t, r.p.Store(), domains...)
	r.stop()
	damage(t, dir)
	r = h.start(cfg)
	t.Cleanup(func() { r.stop() })
	h.produce(on("other.example", delivered)) // forces a poll, hence a confirmed restore
	h.waitProcessed("mailflow")
	waitReady(t, h.ctx, r.p)
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, r.p.Store(), domains...); after != before {
		t.Fatalf("rebuilt state differs:\nbefore\n%s\nafter\n%s", before, after)
	}
	return r
}

func waitReady(t *testing.T, ctx context.Context, p *Processor) {
	t.Helper()
	for {
		if o := p.Ownership(); o.Joined && len(o.Restoring) == 0 && len(o.Partitions) > 0 {
			return
		}
		if ctx.Err() != nil {
			t.Fatal("processor not ready")
		}
	}
}

// TestCrashBetweenCommitAndApply stops the processor right after a
// transaction committed and before its store update, as a crash would; a
// new processor on the same data directory ends with the same state and the
// same alerts as a clean run.
func TestCrashBetweenCommitAndApply(t *testing.T) {
	t.Parallel()
	domains := []string{"flap.example", "steady.example", "down.example", "tight.example", "new.example"}

	clean := newHarness(t)
	r := clean.start(clean.config(t.TempDir()))
	for _, part := range script() {
		clean.produce(part...)
	}
	clean.waitProcessed("mailflow")
	wantAlerts := clean.alerts()
	if err := r.halt(); err != nil {
		t.Fatal(err)
	}
	wantState := dump(t, r.p.Store(), domains...)
	r.stop()

	h := newHarness(t)
	dir := t.TempDir()
	crash := errors.New("injected crash after commit")
	for _, part := range script() {
		h.produce(part...)
	}
	// Crash after every third transaction until the stream is through.
	for i := 0; ; i++ {
		cfg := h.config(dir)
		var n atomic.Int32
		cfg.afterCommit = func(context.Context) error {
			if n.Add(1) == 3 {
				return crash
			}
			return nil
		}
		r := h.start(cfg)
		if err := h.haltCaughtUp(r); errors.Is(err, crash) {
			r.p.Close()
			continue
		} else if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		gotState := dump(t, r.p.Store(), domains...)
		r.stop()
		if i == 0 {
			t.Fatal("no crash was injected")
		}
		if gotAlerts := h.alerts(); !slices.Equal(gotAlerts, wantAlerts) {
			t.Fatalf("alerts after %d crashes:\n got %q\nwant %q", i, gotAlerts, wantAlerts)
		}
		if gotState != wantState {
			t.Fatalf("state after %d crashes differs:\n got\n%s\nwant\n%s", i, gotState, wantState)
		}
		return
	}
}
