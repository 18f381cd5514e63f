package postfix

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// deliveryLine returns a unique, valid delivery line for recipient n.
func deliveryLine(n int) string {
	return fmt.Sprintf("2025-03-03T07:00:%02dZ mta postfix/smtp[1]: ABCDEF%04X: to=<u%d@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 ok)\n", n%60, n, n)
}

func lines(from, to int) string {
	var b strings.Builder
	for n := from; n < to; n++ {
		b.WriteString(deliveryLine(n))
	}
	return b.String()
}

func appendFile(t *testing.T, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(s); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// collector is a sink that records the recipients it accepted.
type collector struct {
	mu     sync.Mutex
	events []schemas.DeliveryEvent
	fail   int // reject this many calls first
	calls  int
}

func (c *collector) sink(ctx context.Context, evs []schemas.DeliveryEvent) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.fail > 0 {
		c.fail--
		return errors.New("broker unavailable")
	}
	c.events = append(c.events, evs...)
	return nil
}

func (c *collector) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.events)
}

func (c *collector) recipients() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, e := range c.events {
		out = append(out, e.Recipient)
	}
	return out
}

// waitFor polls until the collector holds n events.
func (c *collector) waitFor(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for c.count() < n {
		if time.Now().After(deadline) {
			t.Fatalf("timed out with %d of %d events", c.count(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// requireExactly checks that recipients u<from>..u<to-1> arrived exactly
// once each, in order, and nothing else.
func requireExactly(t *testing.T, got []string, from, to int) {
	t.Helper()
	var want []string
	for n := from; n < to; n++ {
		want = append(want, fmt.Sprintf("u%d@example.org", n))
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("got %d events %v\nwant %d events u%d..u%d", len(got), got, len(want), from, to-1)
	}
}

func testConfig(t *testing.T, dir string) Config {
	return Config{
		File:             filepath.Join(dir, "maillog"),
		CheckpointFile:   filepath.Join(dir, "state", "cp.json"),
		PollInterval:     10 * time.Millisecond,
		RotateGrace:      30 * time.Millisecond,
		BatchWait:        20 * time.Millisecond,
		RetryMin:         time.Millisecond,
		RetryMax:         5 * time.Millisecond,
		ProgressInterval: -1,
		Logger:           slog.New(slog.NewTextHandler(io.Discard, nil)),
		ParserOptions:    []ParserOption{WithLocation(time.UTC)},
	}
}

// follow starts Run in follow mode and returns a stop function that
// cancels it and returns its result.
func follow(t *testing.T, cfg Config, c *collector) func() Stats {
	t.Helper()
	cfg.Follow = true
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	type result struct {
		st  Stats
		err error
	}
	done := make(chan result, 1)
	go func() {
		st, err := Run(ctx, cfg, c.sink)
		done <- result{st, err}
	}()
	return func() Stats {
		t.Helper()
		cancel()
		r := <-done
		if !errors.Is(r.err, context.Canceled) {
			t.Fatalf("follow ended with %v, want context.Canceled", r.err)
		}
		return r.st
	}
}

func TestRunOnceAndResume(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 100))

	c := &collector{}
	st, err := Run(context.Background(), cfg, c.sink)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lines != 100 || st.Deliveries != 100 || st.Events != 100 {
		t.Errorf("stats %+v", st)
	}
	requireExactly(t, c.recipients(), 0, 100)

	// A second run finds nothing new; a third reads only what was appended.
	c2 := &collector{}
	if _, err := Run(context.Background(), cfg, c2.sink); err != nil {
		t.Fatal(err)
	}
	if c2.count() != 0 {
		t.Fatalf("re-run produced %d events, want 0", c2.count())
	}
	appendFile(t, cfg.File, lines(100, 150))
	c3 := &collector{}
	if _, err := Run(context.Background(), cfg, c3.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c3.recipients(), 100, 150)
}

// TestFollowRestart stops a follower, appends while it is down, and starts
// a new one on the same checkpoint: every line arrives exactly once.
func TestFollowRestart(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 30))
	c := &collector{}
	stop := follow(t, cfg, c)
	c.waitFor(t, 30)
	appendFile(t, cfg.File, lines(30, 40))
	c.waitFor(t, 40)
	stop()

	appendFile(t, cfg.File, lines(40, 60))
	stop = follow(t, cfg, c)
	c.waitFor(t, 60)
	time.Sleep(50 * time.Millisecond) // room for a duplicate to show up
	stop()
	requireExactly(t, c.recipients(), 0, 60)
}

// TestOneRunPerCheckpoint: while a follower holds a checkpoint, a second
// run on it (a cron run overlapping --follow) is refused with a message
// naming the checkpoint, and publishes nothing; once the follower stops,
// a run on the checkpoint goes ahead and reads only what is new (review:
// both runs published every line, and the last to write the checkpoint
// won).
func TestOneRunPerCheckpoint(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 20))
	c := &collector{}
	stop := follow(t, cfg, c)
	c.waitFor(t, 20)

	other := &collector{}
	for _, follows := range []bool{false, true} {
		cfg2 := cfg
		cfg2.Follow = follows
		_, err := Run(context.Background(), cfg2, other.sink)
		if err == nil || !strings.Contains(err.Error(), "another ingest run holds the checkpoint "+cfg.CheckpointFile) {
			t.Fatalf("second run (follow %v) on a held checkpoint: %v", follows, err)
		}
	}
	appendFile(t, cfg.File, lines(20, 25))
	c.waitFor(t, 25)
	stop()
	if other.count() != 0 {
		t.Fatalf("the refused runs published %d events", other.count())
	}

	appendFile(t, cfg.File, lines(25, 30))
	if _, err := Run(context.Background(), cfg, other.sink); err != nil {
		t.Fatalf("run after the follower stopped: %v", err)
	}
	requireExactly(t, other.recipients(), 25, 30)
	requireExactly(t, c.recipients(), 0, 25)
}

// TestJoinStateSurvivesRestart defers a recipient in one run and expires
// the message in the next: the expiry still finds the recipient and the
// sender and size from qmgr.
func TestJoinStateSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, ""+
		"2025-03-03T07:00:00Z mta postfix/qmgr[1]: ABCDEF9999: from=<news@example.com>, size=777, nrcpt=1 (queue active)\n"+
		"2025-03-03T07:00:01Z mta postfix/smtp[1]: ABCDEF9999: to=<late@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.0.0, status=deferred (host mx.example.org[192.0.2.1] said: 451 later (in reply to RCPT TO command))\n")
	c := &collector{}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, "2025-03-08T07:00:01Z mta postfix/qmgr[1]: ABCDEF9999: from=<news@example.com>, status=expired, returned to sender\n")
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	if c.count() != 2 {
		t.Fatalf("%d events, want 2", c.count())
	}
	e := c.events[1]
	if e.Outcome != schemas.OutcomeExpired || e.Recipient != "late@example.org" || e.Sender != "news@example.com" || e.Size != 777 {
		t.Errorf("expired event %+v", e)
	}
}

// TestFollowRenameRotation rotates the log by rename + create while
// following, with lines written to the old file after the rename (syslog
// has not reopened yet): nothing is lost or repeated.
func TestFollowRenameRotation(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	cfg.RotateGrace = 300 * time.Millisecond
	appendFile(t, cfg.File, lines(0, 50))
	c := &collector{}
	stop := follow(t, cfg, c)
	c.waitFor(t, 50)

	old, err := os.OpenFile(cfg.File, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	old.WriteString(lines(50, 60))
	if err := os.Rename(cfg.File, cfg.File+".1"); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, "") // logrotate's create
	old.WriteString(lines(60, 65))
	old.Close()
	appendFile(t, cfg.File, lines(65, 85))
	c.waitFor(t, 85)
	time.Sleep(50 * time.Millisecond)
	st := stop()
	requireExactly(t, c.recipients(), 0, 85)
	if st.Rotations != 1 {
		t.Errorf("rotations %d, want 1", st.Rotations)
	}
}

// TestFollowCopyTruncate copies and truncates the log while following.
func TestFollowCopyTruncate(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 40))
	c := &collector{}
	stop := follow(t, cfg, c)
	c.waitFor(t, 40)

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
	time.Sleep(30 * time.Millisecond) // let the follower see the shrink
	appendFile(t, cfg.File, lines(40, 50))
	c.waitFor(t, 50)
	time.Sleep(50 * time.Millisecond)
	st := stop()
	requireExactly(t, c.recipients(), 0, 50)
	if st.Truncations != 1 {
		t.Errorf("truncations %d, want 1", st.Truncations)
	}
}

// TestFollowPartialLine writes a line in two pieces: the follower waits
// for the newline instead of consuming half a line.
func TestFollowPartialLine(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	l1 := deliveryLine(1)
	appendFile(t, cfg.File, deliveryLine(0)+l1[:70])
	c := &collector{}
	var malformed []*MalformedError
	cfg.OnMalformed = func(e *MalformedError) { malformed = append(malformed, e) }
	stop := follow(t, cfg, c)
	c.waitFor(t, 1)
	time.Sleep(80 * time.Millisecond) // several polls
	if n := c.count(); n != 1 {
		t.Fatalf("%d events before the newline, want 1", n)
	}
	appendFile(t, cfg.File, l1[70:])
	c.waitFor(t, 2)
	st := stop()
	requireExactly(t, c.recipients(), 0, 2)
	if st.Malformed != 0 || len(malformed) != 0 {
		t.Errorf("malformed %d: %v", st.Malformed, malformed)
	}
}

// TestFinalLineWithoutNewline: without follow and without a checkpoint
// (one read of a finished file), the end of the input ends the last line.
func TestFinalLineWithoutNewline(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	cfg.CheckpointFile = ""
	appendFile(t, cfg.File, lines(0, 2)+strings.TrimSuffix(deliveryLine(2), "\n"))
	c := &collector{}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 3)
}

// TestOneShotLeavesPartialLine: a one-shot run with a checkpoint (cron
// against a live log) leaves a last line without its line end for the
// next run, which reads it whole once the writer has finished it (review
// finding: it was consumed half, reported malformed, checkpointed past,
// and its other half was malformed too). Cut anywhere in the line.
func TestOneShotLeavesPartialLine(t *testing.T) {
	full := deliveryLine(2)
	for _, cut := range []int{1, 20, 70, len(full) - 2, len(full) - 1} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			var malformed []*MalformedError
			cfg.OnMalformed = func(e *MalformedError) { malformed = append(malformed, e) }
			appendFile(t, cfg.File, lines(0, 2)+full[:cut])
			c := &collector{}
			if _, err := Run(context.Background(), cfg, c.sink); err != nil {
				t.Fatal(err)
			}
			requireExactly(t, c.recipients(), 0, 2)
			// Again before the writer finishes: nothing new, nothing lost.
			if _, err := Run(context.Background(), cfg, c.sink); err != nil {
				t.Fatal(err)
			}
			appendFile(t, cfg.File, full[cut:]+deliveryLine(3))
			if _, err := Run(context.Background(), cfg, c.sink); err != nil {
				t.Fatal(err)
			}
			requireExactly(t, c.recipients(), 0, 4)
			if len(malformed) != 0 {
				t.Fatalf("malformed: %v", malformed[0])
			}
		})
	}
}

// TestResumeIntoRotatedFile: the log was rotated while nothing was
// running; the rest of the old file is read before the new one.
func TestResumeIntoRotatedFile(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 10))
	c := &collector{}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(10, 15))
	if err := os.Rename(cfg.File, cfg.File+".1"); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(15, 18))
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 18)
}

// TestSinkRetry: a failing sink is retried with the same batch; nothing is
// skipped and the checkpoint waits for acceptance.
func TestSinkRetry(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 5))
	c := &collector{fail: 3}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 5)
	if c.calls != 4 {
		t.Errorf("%d sink calls, want 4", c.calls)
	}

	// A sink that never accepts: Run gives up only when ctx ends, and the
	// checkpoint does not move.
	appendFile(t, cfg.File, lines(5, 8))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	never := func(context.Context, []schemas.DeliveryEvent) error { return errors.New("down") }
	if _, err := Run(ctx, cfg, never); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v, want deadline exceeded", err)
	}
	c2 := &collector{}
	if _, err := Run(context.Background(), cfg, c2.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c2.recipients(), 5, 8)
}

// TestMalformedReported: malformed lines reach OnMalformed with their line
// numbers, and the run goes on.
func TestMalformedReported(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	cfg.MaxLineBytes = 400
	appendFile(t, cfg.File, deliveryLine(0)+"    (in reply to RCPT TO command))\n"+deliveryLine(1)+"Mar  3 10:3\n"+strings.Repeat("x", 1000)+"\n"+deliveryLine(2))
	var got []string
	cfg.OnMalformed = func(e *MalformedError) { got = append(got, fmt.Sprintf("%d", e.Line)) }
	c := &collector{}
	st, err := Run(context.Background(), cfg, c.sink)
	if err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c.recipients(), 0, 3)
	if strings.Join(got, ",") != "2,4,5" || st.Malformed != 3 || st.Lines != 6 {
		t.Errorf("malformed at lines %v, stats %+v; want lines 2,4,5", got, st)
	}
}

func TestWriteJSONLines(t *testing.T) {
	p := corpusParser()
	_, ds, err := p.ParseLine(strings.TrimSpace(deliveryLine(7)))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := ds[0].Event()
	var buf bytes.Buffer
	if err := WriteJSONLines(&buf)(context.Background(), []schemas.DeliveryEvent{e, e}); err != nil {
		t.Fatal(err)
	}
	out := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(out) != 2 {
		t.Fatalf("%d lines", len(out))
	}
	back, err := schemas.DecodeDeliveryEvent([]byte(out[0]))
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != e.ID || back.Recipient != "u7@example.org" || !back.CompletedAt.Equal(e.CompletedAt) {
		t.Errorf("round trip %+v", back)
	}
}

func TestCheckpointPath(t *testing.T) {
	a := CheckpointPath("/var/lib/mailflow", "/var/log/mail.log")
	b := CheckpointPath("/var/lib/mailflow", "/var/log/mail.log.other")
	if a == b || filepath.Dir(a) != "/var/lib/mailflow" || !strings.HasPrefix(filepath.Base(a), "postfix-") || filepath.Ext(a) != ".json" {
		t.Errorf("paths %s %s", a, b)
	}
}

// TestTruncatedAndRewrittenWhileStopped: the file kept its inode and grew
// past the checkpoint, but its content changed; it is read from the start.
func TestTruncatedAndRewrittenWhileStopped(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	appendFile(t, cfg.File, lines(0, 10))
	c := &collector{}
	if _, err := Run(context.Background(), cfg, c.sink); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(cfg.File, 0); err != nil {
		t.Fatal(err)
	}
	appendFile(t, cfg.File, lines(100, 120))
	c2 := &collector{}
	if _, err := Run(context.Background(), cfg, c2.sink); err != nil {
		t.Fatal(err)
	}
	requireExactly(t, c2.recipients(), 100, 120)
}

// TestMaxAge: with MaxAge, delivery lines logged longer ago are skipped
// and counted, at any place in the log and in either time format; the
// others are sent. Without it, every line is sent (a first run warns).
func TestMaxAge(t *testing.T) {
	now := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	line := func(n int, at time.Time, rfc3164 bool) string {
		ts := at.Format(time.RFC3339)
		if rfc3164 {
			ts = at.Format(time.Stamp)
		}
		return fmt.Sprintf("%s mta postfix/smtp[1]: ABCDEF%04X: to=<u%d@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (550 5.1.1 no such user)\n", ts, n, n)
	}
	var log strings.Builder
	for n, age := range []time.Duration{7 * 24 * time.Hour, 2 * time.Hour, 61 * time.Minute, 59 * time.Minute, time.Minute, 3 * time.Hour, 0} {
		log.WriteString(line(n, now.Add(-age), n%2 == 1))
	}
	for _, tc := range []struct {
		maxAge time.Duration
		sent   []string
		old    int64
	}{
		{time.Hour, []string{"u3@example.org", "u4@example.org", "u6@example.org"}, 4},
		{10 * 24 * time.Hour, []string{"u0@example.org", "u1@example.org", "u2@example.org", "u3@example.org", "u4@example.org", "u5@example.org", "u6@example.org"}, 0},
		{0, []string{"u0@example.org", "u1@example.org", "u2@example.org", "u3@example.org", "u4@example.org", "u5@example.org", "u6@example.org"}, 0},
	} {
		t.Run(tc.maxAge.String(), func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			cfg.MaxAge = tc.maxAge
			cfg.ParserOptions = append(cfg.ParserOptions, WithNow(func() time.Time { return now }))
			var logged strings.Builder
			cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
			appendFile(t, cfg.File, log.String())
			c := &collector{}
			st, err := Run(context.Background(), cfg, c.sink)
			if err != nil {
				t.Fatal(err)
			}
			if n, want := strings.Count(logged.String(), "first run: sending the log's history"), map[bool]int{true: 1, false: 0}[tc.maxAge == 0]; n != want {
				t.Fatalf("the first-run warning was logged %d times, want %d:\n%s", n, want, logged.String())
			}
			if got := c.recipients(); strings.Join(got, ",") != strings.Join(tc.sent, ",") {
				t.Fatalf("sent %v, want %v", got, tc.sent)
			}
			if st.Old != tc.old || st.Deliveries != int64(len(tc.sent)) || st.Lines != st.Deliveries+st.Skipped+st.Malformed {
				t.Fatalf("stats %+v, want %d old", st, tc.old)
			}
		})
	}
}

// TestRotatedAwayIsReported: when the checkpointed file was rotated away
// and cannot be finished (compressed, moved away), the run reads the new
// file and says in its stats that lines were lost (review finding: only
// a log line said so, and the command exited 0).
func TestRotatedAwayIsReported(t *testing.T) {
	for _, gone := range []string{"compressed", "moved elsewhere"} {
		t.Run(gone, func(t *testing.T) {
			dir := t.TempDir()
			cfg := testConfig(t, dir)
			appendFile(t, cfg.File, lines(0, 10))
			c := &collector{}
			if st, err := Run(context.Background(), cfg, c.sink); err != nil || st.Lost {
				t.Fatalf("first run: lost %v, %v", st.Lost, err)
			}
			appendFile(t, cfg.File, lines(10, 15))
			// logrotate: rename, a new log, then the rotated file is
			// compressed into a new file and removed (its inode is not
			// reused by the new log, which exists first).
			moved := filepath.Join(t.TempDir(), "maillog.1")
			if err := os.Rename(cfg.File, moved); err != nil {
				t.Fatal(err)
			}
			appendFile(t, cfg.File, lines(15, 18))
			if gone == "compressed" {
				old, err := os.ReadFile(moved)
				if err != nil {
					t.Fatal(err)
				}
				var z bytes.Buffer
				zw := gzip.NewWriter(&z)
				zw.Write(old)
				zw.Close()
				if err := os.WriteFile(cfg.File+".1.gz", z.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				os.Remove(moved)
			}
			st, err := Run(context.Background(), cfg, c.sink)
			if err != nil {
				t.Fatal(err)
			}
			if !st.Lost {
				t.Fatal("the lost lines are not reported")
			}
			got := c.recipients()
			if len(got) != 13 || got[10] != "u15@example.org" {
				t.Fatalf("read %v, want u0..u9 then u15..u17", got)
			}
			// The next run has nothing lost to report.
			if st, err := Run(context.Background(), cfg, c.sink); err != nil || st.Lost {
				t.Fatalf("third run: lost %v, %v", st.Lost, err)
			}
		})
	}
}

// TestCheckpointInsideOverlongLine: a run that ends while dropping the
// rest of an over-long line (reported malformed) records so in its
// checkpoint; the next run drops the line's rest up to its newline rather
// than reading it as a line of its own (review S22A-3).
func TestCheckpointInsideOverlongLine(t *testing.T) {
	for name, rest := range map[string]string{
		"rest is text":     " rest of the long line\n" + deliveryLine(2),
		"rest is delivery": deliveryLine(7) + deliveryLine(2),
	} {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(t, t.TempDir())
			cfg.MaxLineBytes = 4096
			appendFile(t, cfg.File, lines(0, 2)+strings.Repeat("x", 10000))
			c := &collector{}
			st, err := Run(context.Background(), cfg, c.sink)
			if err != nil {
				t.Fatal(err)
			}
			if st.Malformed != 1 {
				t.Fatalf("first run: malformed %d, want 1 (the over-long line)", st.Malformed)
			}
			appendFile(t, cfg.File, rest)
			st, err = Run(context.Background(), cfg, c.sink)
			if err != nil {
				t.Fatal(err)
			}
			if st.Lines != 1 || st.Malformed != 0 {
				t.Errorf("second run read %d lines (%d malformed), want only the line after the long one", st.Lines, st.Malformed)
			}
			requireExactly(t, c.recipients(), 0, 3)
		})
	}
}

// TestResumeIntoRotatedFileBehindSymlink: the log path is a symbolic
// link and the file it points to was rotated while ingest was stopped:
// the rotated file is found next to the link's target and finished
// (review S22A-4), whether or not the new file has lines yet.
func TestResumeIntoRotatedFileBehindSymlink(t *testing.T) {
	for _, more := range []bool{true, false} {
		dir := t.TempDir()
		cfg := testConfig(t, dir)
		real := filepath.Join(dir, "real")
		if err := os.Mkdir(real, 0o755); err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(real, "maillog")
		if err := os.Symlink(target, cfg.File); err != nil {
			t.Fatal(err)
		}
		appendFile(t, target, lines(0, 10))
		c := &collector{}
		if _, err := Run(context.Background(), cfg, c.sink); err != nil {
			t.Fatal(err)
		}
		appendFile(t, target, lines(10, 15))
		if err := os.Rename(target, target+".1"); err != nil {
			t.Fatal(err)
		}
		want := 15
		appendFile(t, target, "")
		if more {
			appendFile(t, target, lines(15, 18))
			want = 18
		}
		st, err := Run(context.Background(), cfg, c.sink)
		if err != nil {
			t.Fatal(err)
		}
		if st.Lost {
			t.Errorf("more=%v: the rotated file behind the link was not found: lines 10..14 lost", more)
		}
		requireExactly(t, c.recipients(), 0, want)
	}
}
