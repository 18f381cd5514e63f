package postfix

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mailflow/mailflow/internal/logbuf"
	"github.com/mailflow/mailflow/schemas"
)

// syncBuffer is the logger output the server under test writes while
// the test reads it.
type syncBuffer = logbuf.Buffer

// heldSink is a collector whose next call, once hold is armed, blocks
// until release (or until its context ends): a sink held up by a Kafka
// outage.
type heldSink struct {
	collector
	mu      sync.Mutex
	hold    bool
	entered chan struct{}
	release chan struct{}
}

func newHeldSink() *heldSink {
	return &heldSink{entered: make(chan struct{}), release: make(chan struct{})}
}

func (h *heldSink) arm() {
	h.mu.Lock()
	h.hold = true
	h.mu.Unlock()
}

func (h *heldSink) sink(ctx context.Context, evs []schemas.DeliveryEvent) error {
	h.mu.Lock()
	hold := h.hold
	h.hold = false
	h.mu.Unlock()
	if hold {
		close(h.entered)
		select {
		case <-h.release:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return h.collector.sink(ctx, evs)
}

func (h *heldSink) waitEntered(t *testing.T) {
	t.Helper()
	select {
	case <-h.entered:
	case <-time.After(5 * time.Second):
		t.Fatal("the sink was not called")
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func recipientsOf(ranges ...[2]int) []string {
	var out []string
	for _, r := range ranges {
		for n := r[0]; n < r[1]; n++ {
			out = append(out, fmt.Sprintf("u%d@example.org", n))
		}
	}
	return out
}

func requireRecipients(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("got %d events %v\nwant %d events %v", len(got), got, len(want), want)
	}
}

// TestRevS26AFollowCopyTruncateWhileHeldUp: the sink holds the follower
// up (a Kafka outage) while the log is copy-truncated and grows past the
// follower's read offset again. The follower must notice by content, not
// by size: it finishes the copy of the old content ("maillog.1") from
// where it was, then reads the log from its start. Without a copy, it
// reads the log from its start and warns, with the offset, that the
// lines written after it were not read (review S26A-2: it read on at the
// old offset in the new content, and 600 lines were lost in silence).
func TestRevS26AFollowCopyTruncateWhileHeldUp(t *testing.T) {
	for _, withCopy := range []bool{true, false} {
		t.Run(fmt.Sprintf("copy=%v", withCopy), func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			var logged syncBuffer
			cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
			appendFile(t, cfg.File, lines(0, 20))
			h := newHeldSink()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			cfg.Follow = true
			done := make(chan Stats, 1)
			go func() {
				st, _ := Run(ctx, cfg, h.sink)
				done <- st
			}()
			h.waitFor(t, 20)
			h.arm()
			appendFile(t, cfg.File, lines(20, 30))
			h.waitEntered(t) // held with lines 20..29 read
			appendFile(t, cfg.File, lines(30, 40))
			if withCopy {
				data, err := os.ReadFile(cfg.File)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(cfg.File+".1", data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Truncate(cfg.File, 0); err != nil {
				t.Fatal(err)
			}
			appendFile(t, cfg.File, lines(100, 150)) // longer than the old offset
			close(h.release)

			want := recipientsOf([2]int{0, 40}, [2]int{100, 150})
			if !withCopy {
				want = recipientsOf([2]int{0, 30}, [2]int{100, 150})
			}
			h.waitFor(t, len(want))
			time.Sleep(50 * time.Millisecond) // room for a duplicate to show up
			cancel()
			st := <-done
			requireRecipients(t, h.recipients(), want)
			if st.Truncations != 1 || st.Malformed != 0 {
				t.Errorf("truncations %d malformed %d, want 1 and 0", st.Truncations, st.Malformed)
			}
			out := logged.String()
			if !strings.Contains(out, "level=WARN msg=\"log file was truncated") || !strings.Contains(out, "offset=") {
				t.Errorf("the truncation is not warned about with its offset:\n%s", out)
			}
			if !withCopy && !strings.Contains(out, "were not read") {
				t.Errorf("the possible loss is not said:\n%s", out)
			}
		})
	}
}

// TestRevS26ACopyTruncateWhileStopped: the log was copy-truncated while
// no run was going, and a copy of the old content with lines after the
// checkpoint lies next to it: they are read from the copy before the log
// is read from its start, whether the log is now shorter than the
// checkpointed offset or has grown past it (review S26A-2's kind, at a
// restart: they were lost with a warning).
func TestRevS26ACopyTruncateWhileStopped(t *testing.T) {
	for name, after := range map[string][2]int{"shorter": {100, 102}, "grown past": {100, 120}} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			appendFile(t, cfg.File, lines(0, 10))
			c := &collector{}
			if _, err := Run(context.Background(), cfg, c.sink); err != nil {
				t.Fatal(err)
			}
			appendFile(t, cfg.File, lines(10, 15))
			data, err := os.ReadFile(cfg.File)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cfg.File+".1", data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(cfg.File, 0); err != nil {
				t.Fatal(err)
			}
			appendFile(t, cfg.File, lines(after[0], after[1]))
			st, err := Run(context.Background(), cfg, c.sink)
			if err != nil {
				t.Fatal(err)
			}
			requireRecipients(t, c.recipients(), recipientsOf([2]int{0, 15}, after))
			if st.Lost || st.Truncations != 1 {
				t.Errorf("lost %v truncations %d, want false and 1", st.Lost, st.Truncations)
			}
		})
	}
}

// TestRevS26ARetargetedSymlink: the log path is a symbolic link that was
// pointed at a new file between two runs, the old target unchanged next
// to it: the old target is finished from the checkpoint, then the new
// one is read (review S26A-7: the old one was declared rotated away,
// "compressed?", and its unread lines were lost).
func TestRevS26ARetargetedSymlink(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	first, second := filepath.Join(dir, "mail-1.log"), filepath.Join(dir, "mail-2.log")
	appendFile(t, first, lines(0, 20))
	if err := os.Symlink("mail-1.log", cfg.File); err != nil {
		t.Fatal(err)
	}
	c := &collector{}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	appendFile(t, first, lines(20, 30))
	appendFile(t, second, lines(30, 35))
	tmp := cfg.File + ".new"
	if err := os.Symlink("mail-2.log", tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, cfg.File); err != nil { // ln -sfn
		t.Fatal(err)
	}
	var logged syncBuffer
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
	st, err := Run(context.Background(), cfg, c.sink)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lost {
		t.Errorf("the old target was reported lost:\n%s", logged.String())
	}
	requireExactly(t, c.recipients(), 0, 35)
	// The next run goes on in the new target only.
	appendFile(t, second, lines(35, 37))
	appendFile(t, first, lines(90, 91)) // nobody reads the old target any more
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 37)
}

// TestRevS26ARotationLogNamesFileOnce: the follower's rotation lines
// carry the log's name once (newcomer note N-1: "file=mail.log
// file=mail.log"), and the rotated file being finished under its own key.
func TestRevS26ARotationLogNamesFileOnce(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	var logged syncBuffer
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
	appendFile(t, cfg.File, lines(0, 5))
	c := &collector{}
	stop := follow(t, cfg, c)
	c.waitFor(t, 5)
	if err := os.Rename(cfg.File, cfg.File+".1"); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(5, 10))
	c.waitFor(t, 10)
	data, err := os.ReadFile(cfg.File)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg.File+".2", data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(cfg.File, 0); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(10, 12))
	c.waitFor(t, 12)
	stop()
	seen := 0
	for _, l := range strings.Split(logged.String(), "\n") {
		if !strings.Contains(l, "rotated") && !strings.Contains(l, "switched") && !strings.Contains(l, "truncated") {
			continue
		}
		seen++
		if n := strings.Count(l, " file="); n != 1 {
			t.Errorf("%d file= in %q", n, l)
		}
	}
	if seen < 3 {
		t.Errorf("%d rotation lines logged, want 3:\n%s", seen, logged.String())
	}
}

// TestRevS26AJoinResponseBounded: a deferred recipient's last response
// is kept in the join state (and so in the checkpoint) cut to the bound
// an event's response has, schemas.MaxResponseLen, and made valid UTF-8
// as the event makes it; the expired event quoting it is the same as if
// it had been kept whole (review S26A-3: 20 responses of 900 KB made an
// 18 MB checkpoint). A checkpoint of an earlier version is cut on load.
func TestRevS26AJoinResponseBounded(t *testing.T) {
	for name, resp := range map[string]string{
		"long":                    "451 4.7.1 " + strings.Repeat("greylisted, try again later ", 4000),
		"long with 8-bit bytes":   "451 4.7.1 Empf\xe4nger " + strings.Repeat("\xff\xfe\xfd", 3000) + strings.Repeat("später ", 3000),
		"cut inside a character":  "451 " + strings.Repeat("ä", schemas.MaxResponseLen),
		"short stays as it is":    "451 4.7.1 try again later",
		"short with 8-bit stays!": "451 4.7.1 Empf\xe4nger",
	} {
		t.Run(name, func(t *testing.T) {
			p := testParser()
			deferred := "2025-03-03T07:00:01Z mta postfix/smtp[1]: ABCDEF9999: to=<late@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (" + resp + ")"
			if res := p.Parse(deferred); res.Kind != KindDelivery {
				t.Fatalf("deferred: %s %v", res.Kind, res.Err)
			}
			snap := p.join.snapshot()
			got := snap.Entries[0].Recipients[0].LastResponse
			if len(got) > schemas.MaxResponseLen {
				t.Fatalf("join state keeps %d bytes of the response, want at most %d", len(got), schemas.MaxResponseLen)
			}
			res := p.Parse("2025-03-08T07:00:01Z mta postfix/qmgr[1]: ABCDEF9999: from=<news@example.com>, status=expired, returned to sender")
			if res.Kind != KindDelivery {
				t.Fatalf("expired: %s %v", res.Kind, res.Err)
			}
			ev, err := res.Deliveries[0].Event()
			if err != nil {
				t.Fatal(err)
			}
			full := "message expired in the queue and was returned to sender; last attempt: " + resp
			want := truncateUTF8(strings.ToValidUTF8(full, "\uFFFD"), schemas.MaxResponseLen)
			if ev.Response != want {
				t.Fatalf("expired response differs from the one of the whole response:\n got %.120q… (%d bytes)\nwant %.120q… (%d bytes)", ev.Response, len(ev.Response), want, len(want))
			}

			// A checkpoint written before the bound: cut when restored.
			old := snap
			old.Entries[0].Recipients[0].LastResponse = resp
			p2 := testParser()
			p2.join.restore(old)
			if n := len(p2.join.snapshot().Entries[0].Recipients[0].LastResponse); n > schemas.MaxResponseLen {
				t.Fatalf("a restored response keeps %d bytes", n)
			}
		})
	}

	// The checkpoint of 20 deferred recipients with 200 KB responses stays
	// near 20 × 8 KiB.
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	var b strings.Builder
	for n := range 20 {
		fmt.Fprintf(&b, "2025-03-03T07:00:01Z mta postfix/smtp[1]: ABCDEF%04X: to=<u%d@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (451 4.7.1 %s)\n", n, n, strings.Repeat("x", 200_000))
	}
	appendFile(t, cfg.File, b.String())
	if _, err := Run(context.Background(), cfg, (&collector{}).sink); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(cfg.CheckpointFile)
	if err != nil {
		t.Fatal(err)
	}
	if limit := int64(20 * (schemas.MaxResponseLen + 512)); fi.Size() > limit {
		t.Fatalf("checkpoint of 20 deferred recipients is %d bytes, want at most %d", fi.Size(), limit)
	}
}

// TestRevS26ACheckpointInterval: with CheckpointInterval, accepted batches
// do not rewrite the checkpoint until the interval has passed; a clean
// stop writes it for every line read, also when lines were read after the
// last accepted batch (they are handed to the sink first); and a crash
// (the checkpoint as the interval left it) reads the lines after it
// again, with the same event ids: at-least-once, nothing skipped (review
// S26A-3).
func TestRevS26ACheckpointInterval(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	cfg.CheckpointInterval = time.Hour
	appendFile(t, cfg.File, lines(0, 10))
	h := newHeldSink()
	cfg.Follow = true
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, cfg, h.sink)
		done <- err
	}()
	h.waitFor(t, 10)
	// The first checkpoint is written right after the first batch.
	var first *checkpoint
	for deadline := time.Now().Add(5 * time.Second); first == nil; time.Sleep(5 * time.Millisecond) {
		cp, err := loadCheckpoint(cfg.CheckpointFile)
		if err == nil && cp != nil && cp.Offset == int64(len(lines(0, 10))) {
			first = cp
		} else if time.Now().After(deadline) {
			t.Fatalf("first checkpoint: %+v %v", cp, err)
		}
	}
	crash, err := os.ReadFile(cfg.CheckpointFile)
	if err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(10, 20))
	h.waitFor(t, 20)
	time.Sleep(50 * time.Millisecond) // several polls
	if cp, err := loadCheckpoint(cfg.CheckpointFile); err != nil || cp.Offset != first.Offset {
		t.Fatalf("the checkpoint was rewritten within the interval: offset %d, first %d (%v)", cp.Offset, first.Offset, err)
	}
	// Lines read but not yet accepted when the run is stopped: the sink
	// holds them until the context ends.
	h.arm()
	appendFile(t, cfg.File, lines(20, 25))
	h.waitEntered(t)
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("run ended with %v", err)
	}
	requireExactly(t, h.recipients(), 0, 25)
	fi, err := os.Stat(cfg.File)
	if err != nil {
		t.Fatal(err)
	}
	if cp, err := loadCheckpoint(cfg.CheckpointFile); err != nil || cp.Offset != fi.Size() {
		t.Fatalf("checkpoint after a clean stop at offset %d, want the end of the log %d (%v)", cp.Offset, fi.Size(), err)
	}

	// A crash instead of the stop: the checkpoint of the first batch.
	if err := os.WriteFile(cfg.CheckpointFile, crash, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Follow = false
	again := &collector{}
	if _, err := Run(context.Background(), cfg, again.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, again.recipients(), 10, 25)
	for i, e := range again.events {
		if e.ID != h.events[10+i].ID {
			t.Fatalf("line %d read again has id %s, first %s", 10+i, e.ID, h.events[10+i].ID)
		}
	}
}

// TestRevS26AJournalTrustedFields: a journald JSON entry is read as
// Postfix's only when the fields journald sets itself (_EXE, _COMM,
// _UID), which the program that logs cannot choose, say a Postfix daemon
// wrote it; others that claim a delivery, or a line the join reads, are
// refused (malformed, wrapping ErrUntrustedSource, never a delivery, no
// join state changed); others are skipped like other programs' lines
// (review S26A-4: `logger -t postfix/smtp` by any local user made
// bounces).
func TestRevS26AJournalTrustedFields(t *testing.T) {
	base := map[string]any{
		"__REALTIME_TIMESTAMP": "1707922044705153",
		"_HOSTNAME":            "mailer",
		"SYSLOG_IDENTIFIER":    "postfix/smtp",
		"_PID":                 "39560",
		"MESSAGE":              deliveryMsg,
	}
	with := func(kv ...any) string {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return journalEntry(m)
	}
	for _, tc := range []struct {
		name, line string
		want       Kind
	}{
		{"smtp from the Debian daemon directory", with("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "107"), KindDelivery},
		{"smtp from the Red Hat daemon directory", with("_EXE", "/usr/libexec/postfix/smtp", "_COMM", "smtp", "_UID", "89"), KindDelivery},
		{"local as root, Arch", with("_EXE", "/usr/lib/postfix/bin/local", "_COMM", "local"), KindDelivery},
		{"a daemon whose binary an upgrade replaced", with("_EXE", "/usr/lib/postfix/sbin/smtp (deleted)"), KindDelivery},
		{"_COMM only (--output-fields)", with("_EXE", nil, "_COMM", "smtp"), KindDelivery},
		{"no trusted field at all (not from journalctl)", jsonOf(t, map[string]string{"__REALTIME_TIMESTAMP": "1707922044705153", "_HOSTNAME": "mailer", "SYSLOG_IDENTIFIER": "postfix/smtp", "MESSAGE": deliveryMsg}), KindDelivery},

		{"logger by a user", with("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "1000", "_TRANSPORT", "syslog"), KindMalformed},
		{"python by a user, no _EXE", with("_EXE", nil, "_COMM", "python3", "_UID", "1001", "_TRANSPORT", "journal"), KindMalformed},
		{"a copy of logger named smtp", with("_EXE", "/home/u/smtp", "_COMM", "smtp", "_UID", "1000"), KindMalformed},
		// review S26B-7: the directory no longer counts (NixOS, containers);
		// root ran a file named smtp, and root is believed
		{"a daemon directory lookalike run by root", with("_EXE", "/home/u/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "0"), KindDelivery},
		{"a daemon directory lookalike run by a user", with("_EXE", "/home/u/usr/lib/postfix/sbin/smtp", "_COMM", "smtp", "_UID", "1000"), KindMalformed},
		// review S26B-2: a container's output counts only for the
		// containers given to WithJournalContainers (journal_containers_test.go)
		{"Docker's journald driver as root, no container given", with("_EXE", "/usr/bin/dockerd", "_COMM", "dockerd", "_UID", "0", "SYSLOG_IDENTIFIER", "4f2a9c1e6b7d", "CONTAINER_NAME", "postfix", "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindMalformed},
		{"a path that climbs out", with("_EXE", "/usr/lib/postfix/sbin/../../../../home/u/smtp", "_UID", "0"), KindMalformed},
		{"a Postfix daemon run by a user", with("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "1000"), KindMalformed},
		{"_COMM smtp as a user", with("_EXE", nil, "_COMM", "smtp", "_UID", "1000"), KindMalformed},
		{"a pipe inside postfix.service", with("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "1000", "_SYSTEMD_UNIT", "postfix.service"), KindMalformed},
		{"rootless Podman", with("_EXE", "/usr/bin/conmon", "_COMM", "conmon", "_UID", "1000", "MESSAGE", "postfix/smtp[1085]: "+deliveryMsg), KindMalformed},
		{"process gone before journald looked", with("_EXE", nil, "_COMM", nil, "_UID", "1000"), KindMalformed},
		{"_EXE given twice", with("_EXE", []string{"/usr/lib/postfix/sbin/smtp", "/usr/bin/logger"}), KindMalformed},
		{"forged qmgr size line", with("_EXE", "/usr/bin/logger", "_UID", "1000", "SYSLOG_IDENTIFIER", "postfix/qmgr", "MESSAGE", "8DB5E171B: from=<evil@example.net>, size=1, nrcpt=1 (queue active)"), KindMalformed},
		{"forged removed", with("_EXE", "/usr/bin/logger", "_UID", "1000", "SYSLOG_IDENTIFIER", "postfix/qmgr", "MESSAGE", "8DB5E171B: removed"), KindMalformed},
		// review S26B-1: an export whose --output-fields left _UID out says
		// nothing of who wrote the entry; _COMM is the process's own name
		{"an export without _UID, _COMM smtp", with("_EXE", nil, "_COMM", "smtp", "_UID", nil), KindMalformed},
		{"an export without _UID, _EXE in the daemon directory", with("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", nil), KindMalformed},

		{"another program's line", with("_EXE", "/usr/sbin/sshd", "_COMM", "sshd", "SYSLOG_IDENTIFIER", "sshd", "MESSAGE", "Accepted publickey for u"), KindSkip},
		{"sendmail by a user", with("_EXE", "/usr/sbin/sendmail", "_COMM", "sendmail", "_UID", "1000", "SYSLOG_IDENTIFIER", "postfix/sendmail", "MESSAGE", "fatal: no recipients"), KindSkip},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testParser().Parse(tc.line)
			if res.Kind != tc.want {
				t.Fatalf("kind %s (%v), want %s", res.Kind, res.Err, tc.want)
			}
			if tc.want == KindMalformed && !errors.Is(res.Err, ErrUntrustedSource) {
				t.Fatalf("refused with %v, want ErrUntrustedSource", res.Err)
			}
		})
	}

	// A forged qmgr line changes no join state: the genuine delivery
	// after it has the genuine sender.
	p := testParser()
	p.Parse(with("_EXE", "/usr/lib/postfix/sbin/qmgr", "SYSLOG_IDENTIFIER", "postfix/qmgr", "MESSAGE", "8DB5E171B: from=<news@example.org>, size=4242, nrcpt=1 (queue active)"))
	p.Parse(with("_EXE", "/usr/bin/logger", "_UID", "1000", "SYSLOG_IDENTIFIER", "postfix/qmgr", "MESSAGE", "8DB5E171B: from=<evil@example.net>, size=1, nrcpt=1 (queue active)"))
	res := p.Parse(with("_EXE", "/usr/lib/postfix/sbin/smtp"))
	if res.Kind != KindDelivery || res.Deliveries[0].Sender != "news@example.org" {
		t.Fatalf("genuine delivery after a forged qmgr line: %s %+v", res.Kind, res.Deliveries)
	}

	// Run counts and names the refused entries.
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	var logged syncBuffer
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
	appendFile(t, cfg.File, with("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "1000")+"\n"+with("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "0")+"\n")
	c := &collector{}
	st, err := Run(context.Background(), cfg, c.sink)
	if err != nil {
		t.Fatal(err)
	}
	if st.Untrusted != 1 || st.Malformed != 1 || st.Deliveries != 1 || c.count() != 1 {
		t.Fatalf("stats %+v, %d events; want 1 untrusted and 1 delivery", st, c.count())
	}
	if out := logged.String(); !strings.Contains(out, "not written by a Postfix daemon") || !strings.Contains(out, "/usr/bin/logger") {
		t.Fatalf("the refusal is not logged with its reason:\n%s", out)
	}
}
