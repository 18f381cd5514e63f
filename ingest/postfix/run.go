package postfix

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Sink receives each batch of events. Run calls it from one goroutine, in
// log order, with a fresh slice each time (the sink may keep it). An error
// makes Run retry the same batch with backoff until ctx is done; the
// checkpoint only moves past a batch once the sink returned nil. When ctx
// is done, a run with a checkpoint calls the sink once more with the
// events read since (under a context of their own, done after
// stopFlushTimeout, 5s), so that its last checkpoint covers every line it
// read.
type Sink func(ctx context.Context, events []schemas.DeliveryEvent) error

// Config configures Run. Only File is required; zero values take the
// defaults named on each field.
type Config struct {
	// File is the Postfix log to read.
	File string
	// Follow keeps reading as the file grows and across rotation until ctx
	// is done. Without it Run reads to the end of the file and returns.
	Follow bool
	// CheckpointFile stores the read position and join state (see
	// CheckpointPath for the conventional name). Empty: no checkpoint, the
	// file is read from its start, nothing is written.
	CheckpointFile string
	// PollInterval is how often a follower looks for new lines and for
	// rotation when it has caught up (default 250ms).
	PollInterval time.Duration
	// RotateGrace is how long a renamed log must stay quiet before the
	// follower switches to the new file (default 1s), because syslog keeps
	// writing to the old file until it reopens.
	RotateGrace time.Duration
	// BatchLines and BatchWait bound a batch: it goes to the sink after
	// this many lines (default 1000), once its first line is this old
	// (default 200ms), or when the reader has caught up with the file.
	BatchLines int
	BatchWait  time.Duration
	// CheckpointInterval is the least time between checkpoint writes
	// (default 0: after every batch the sink accepted). Each write
	// replaces the whole file, join state included (up to
	// DefaultMaxQueueEntries messages), so a larger value bounds the disk
	// writes of a busy host with a large join state (mailflow ingest's
	// --checkpoint-interval is 5s by default; review S26A-3). The cost is
	// at a crash: the lines read since the last write are read again at
	// the next start, with the same event ids (at-least-once; none is
	// skipped). A clean stop hands the lines read so far to the sink
	// (once, waiting at most 5s) and writes the checkpoint; the end of a
	// non-following run always writes it.
	CheckpointInterval time.Duration
	// ProgressInterval is how often progress is logged at Info level
	// (default 10s; negative disables).
	ProgressInterval time.Duration
	// RetryMin and RetryMax bound the backoff between sink retries
	// (defaults 100ms and 30s).
	RetryMin, RetryMax time.Duration
	// MaxLineBytes bounds one line (default 1 MiB); a longer line is
	// reported malformed and the rest of it dropped.
	MaxLineBytes int
	// Logger receives progress, rotation and retry messages (default
	// slog.Default()).
	Logger *slog.Logger
	// ParserOptions configure the Parser (time zone, reference clock,
	// join bound).
	ParserOptions []ParserOption
	// OnMalformed is called for every malformed line. The default logs it
	// at Warn level (the first 100, then every 1000th).
	OnMalformed func(*MalformedError)
	// MaxAge skips delivery lines logged longer ago than this (counted in
	// Stats.Old), so that a log's history does not become status changes
	// alerted now: the window is kept in arrival order, and a week-old
	// run of bounces would turn a domain Bad today. Zero keeps every line;
	// a first run (no checkpoint) then warns when it sends old lines. Age
	// is measured by the parser's clock (WithNow).
	MaxAge time.Duration
}

// oldLine is the age from which a first run without MaxAge warns that it
// is sending a log's history.
const oldLine = time.Hour

func (c *Config) setDefaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.PollInterval, 250*time.Millisecond)
	def(&c.RotateGrace, time.Second)
	def(&c.BatchWait, 200*time.Millisecond)
	def(&c.RetryMin, 100*time.Millisecond)
	def(&c.RetryMax, 30*time.Second)
	if c.ProgressInterval == 0 {
		c.ProgressInterval = 10 * time.Second
	}
	if c.BatchLines <= 0 {
		c.BatchLines = 1000
	}
	if c.MaxLineBytes <= 0 {
		c.MaxLineBytes = 1 << 20
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Stats counts what a Run read. Lines = Deliveries + Skipped + Malformed.
type Stats struct {
	// Lines is the number of lines read.
	Lines int64
	// Deliveries counts delivery lines; Events the events they yielded
	// (an expired line yields one per deferred recipient).
	Deliveries int64
	Events     int64
	// Skipped counts lines that are not deliveries.
	Skipped int64
	// NotDeliveries counts the skipped lines that look like deliveries
	// but are not attempts to the recipient's domain (address verification
	// probes, the discard transport); Result.Note says which.
	NotDeliveries int64
	// Malformed counts broken lines (see KindMalformed).
	Malformed int64
	// Untrusted counts the malformed lines that are journald entries
	// claiming a Postfix delivery that journald itself attributes to
	// another program, or to a container not given to
	// WithJournalContainers (ErrUntrustedSource: forged, e.g. with
	// logger(1)).
	Untrusted int64
	// Old counts the delivery lines skipped for being older than
	// Config.MaxAge (counted in Skipped, not in Deliveries).
	Old int64
	// Rotations and Truncations count rename and copytruncate rotations
	// seen while reading (a truncation also when the run starts: the
	// checkpointed file no longer holds what was read).
	Rotations   int64
	Truncations int64
	// Lost says the checkpointed file had been rotated away and could not
	// be finished (compressed, deleted, or changed): the lines written to
	// it after the checkpoint were not read.
	Lost bool
}

// MalformedError reports one malformed line.
type MalformedError struct {
	// File is the file the line was read from (a rotated file's name
	// while it is finished).
	File string
	// Line is the line's number in File (1-based).
	Line int64
	// Text is the line, shortened to 200 bytes.
	Text string
	// Err says what is wrong.
	Err error
}

// Error implements error as "file:line: malformed line: reason".
func (e *MalformedError) Error() string {
	return fmt.Sprintf("%s:%d: malformed line: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the reason.
func (e *MalformedError) Unwrap() error { return e.Err }

// Run reads cfg.File from its checkpointed position, parses every line,
// and hands the events to sink in batches, writing the checkpoint after
// each batch the sink accepted. Without cfg.Follow it returns at the end of
// the file with a nil error; with it, it follows the file (across rename and
// copytruncate rotation) until ctx is done and returns ctx's error. Other
// errors (the file cannot be opened, a checkpoint that cannot be read, a
// read error) end the run; malformed lines never do.
func Run(ctx context.Context, cfg Config, sink Sink) (Stats, error) {
	if cfg.File == "" {
		return Stats{}, errors.New("postfix ingest: no log file given")
	}
	if sink == nil {
		return Stats{}, errors.New("postfix ingest: no sink given")
	}
	cfg.setDefaults()
	r := &runner{cfg: cfg, sink: sink, log: cfg.Logger.With("file", cfg.File), p: NewParser(cfg.ParserOptions...)}
	r.lastProgress = time.Now()

	var cp *checkpoint
	if cfg.CheckpointFile != "" {
		unlock, err := lockCheckpoint(cfg.CheckpointFile)
		if err != nil {
			return Stats{}, err
		}
		defer unlock()
		if cp, err = loadCheckpoint(cfg.CheckpointFile); err != nil {
			return Stats{}, err
		}
		if cp != nil && !samePath(cp.Path, cfg.File) {
			r.log.Warn("checkpoint belongs to another log file; ignoring it", "checkpoint", cfg.CheckpointFile, "checkpoint_file", cp.Path)
			cp = nil
		}
		if cp != nil {
			r.p.join.restore(cp.Join)
			r.log.Info("resuming from checkpoint", "offset", cp.Offset, "line", cp.Line, "queue_entries", r.p.join.len())
		}
	}

	// Without a checkpoint file nothing is kept between runs (mailflow
	// ingest --dry-run prints the events): every run reads the history,
	// and there is no first one to warn about.
	r.firstRun = cp == nil && cfg.CheckpointFile != ""
	r.t = newTailer(cfg.File, cfg.Follow, cfg.MaxLineBytes, cfg.RotateGrace, r.log)
	r.t.keepPartial = cfg.CheckpointFile != ""
	if err := r.openWhenPresent(ctx, cp); err != nil {
		return r.stats, err
	}
	defer r.t.close()
	return r.loop(ctx)
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// runner is the state of one Run.
type runner struct {
	cfg  Config
	sink Sink
	log  *slog.Logger
	p    *Parser
	t    *tailer

	stats        Stats
	events       []schemas.DeliveryEvent
	pending      int // lines read since the last flush
	firstPending time.Time
	// firstRun: no checkpoint was found; warnedOld: it said it sends old
	// lines (see tooOld).
	firstRun, warnedOld bool
	// dirty says the last accepted batch is not in the checkpoint yet
	// (CheckpointInterval postponed it).
	dirty          bool
	lastCheckpoint time.Time
	lastProgress   time.Time
}

// openWhenPresent opens the log; a follower waits for a log that does not
// exist yet (a fresh host before its first mail).
func (r *runner) openWhenPresent(ctx context.Context, cp *checkpoint) error {
	warned := false
	for {
		err := r.t.open(cp)
		if err == nil {
			return nil
		}
		if !r.cfg.Follow || !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if !warned {
			r.log.Warn("log file does not exist yet; waiting for it")
			warned = true
		}
		if err := sleep(ctx, r.cfg.PollInterval); err != nil {
			return err
		}
	}
}

func (r *runner) loop(ctx context.Context) (Stats, error) {
	for {
		if err := ctx.Err(); err != nil {
			return r.stop(ctx, err)
		}
		text, lineNo, tooLong, err := r.t.next()
		switch {
		case err == nil:
			r.handle(text, lineNo, tooLong)
			if r.pending >= r.cfg.BatchLines || time.Since(r.firstPending) >= r.cfg.BatchWait {
				if err := r.flush(ctx, false); err != nil {
					return r.stop(ctx, err)
				}
				r.progress(false)
			}
		case errors.Is(err, io.EOF):
			if err := r.flush(ctx, true); err != nil {
				return r.stop(ctx, err)
			}
			return r.finish(nil)
		case errors.Is(err, errNoData):
			// Caught up: send what there is rather than wait for more.
			if err := r.flush(ctx, false); err != nil {
				return r.stop(ctx, err)
			}
			r.progress(false)
			if err := sleep(ctx, r.cfg.PollInterval); err != nil {
				return r.stop(ctx, err)
			}
		default:
			return r.stop(ctx, err)
		}
	}
}

// stopFlushTimeout bounds how long a stopping run waits for the sink to
// take the lines read since the last batch.
const stopFlushTimeout = 5 * time.Second

// stop ends the run and writes the checkpoint for what was read. Lines
// read since the last accepted batch are handed to the sink first, once
// (ctx is usually done: under a context of their own, for at most
// stopFlushTimeout), because the checkpoint records the parser's join
// state with the position, and that state matches only the position of
// the last line read: the checkpoint of an earlier batch cannot be
// written any more. When the sink does not take them, the checkpoint
// last written stays, and the lines after it are read again at the next
// start (at-least-once), which is said.
func (r *runner) stop(ctx context.Context, cause error) (Stats, error) {
	switch {
	case r.cfg.CheckpointFile == "":
	case r.pending > 0:
		var err error
		if len(r.events) > 0 {
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopFlushTimeout)
			err = r.sink(fctx, r.events)
			cancel()
			if err == nil {
				r.stats.Events += int64(len(r.events))
				r.events = nil
			}
		}
		if err == nil {
			r.pending = 0
			err = r.checkpoint()
		}
		if err != nil {
			r.log.Warn("at stop, the lines read since the last checkpoint could not be handed on and checkpointed; they are read again at the next start",
				"unsent_lines", r.pending, "err", err)
		}
	case r.dirty:
		if err := r.checkpoint(); err != nil {
			r.log.Error("cannot write the checkpoint at stop", "err", err)
		}
	}
	return r.finish(cause)
}

func (r *runner) finish(err error) (Stats, error) {
	r.stats.Rotations, r.stats.Truncations, r.stats.Lost = r.t.rotations, r.t.truncs, r.t.lost
	r.progress(true)
	return r.stats, err
}

// handle parses one line and queues its events.
func (r *runner) handle(text []byte, lineNo int64, tooLong bool) {
	r.stats.Lines++
	if r.pending == 0 {
		r.firstPending = time.Now()
	}
	r.pending++
	if tooLong {
		r.malformed(lineNo, string(text[:min(len(text), 200)]), fmt.Errorf("line longer than %d bytes", r.cfg.MaxLineBytes))
		return
	}
	line := string(text)
	res := r.p.Parse(line)
	switch res.Kind {
	case KindDelivery:
		if r.tooOld(res.Time, lineNo) {
			r.stats.Old++
			r.stats.Skipped++
			return
		}
		r.stats.Deliveries++
		for i := range res.Deliveries {
			ev, err := res.Deliveries[i].Event()
			if err != nil { // Parse validated it; kept for safety
				r.malformed(lineNo, line, err)
				continue
			}
			r.events = append(r.events, ev)
		}
	case KindMalformed:
		r.malformed(lineNo, line, res.Err)
	default:
		r.stats.Skipped++
		if res.Note != "" {
			r.stats.NotDeliveries++
			r.log.Debug("delivery-shaped line skipped", "line", lineNo, "why", res.Note)
		}
	}
}

// tooOld reports whether a delivery logged at at is past Config.MaxAge.
// Without MaxAge, a first run says once that it is sending old lines.
func (r *runner) tooOld(at time.Time, lineNo int64) bool {
	if at.IsZero() {
		return false
	}
	age := r.p.now().Sub(at)
	if r.cfg.MaxAge > 0 {
		return age > r.cfg.MaxAge
	}
	if r.firstRun && !r.warnedOld && age > oldLine {
		r.warnedOld = true
		r.log.Warn("first run: sending the log's history, deliveries logged more than an hour ago; their status changes are alerted now, as if they were new (--max-age skips old lines)", "line", lineNo, "logged", at, "age", age.Round(time.Minute))
	}
	return false
}

func (r *runner) malformed(lineNo int64, line string, err error) {
	r.stats.Malformed++
	msg := "malformed log line"
	if errors.Is(err, ErrUntrustedSource) {
		r.stats.Untrusted++
		msg = "journald entry refused: not written by a Postfix daemon or a container given to --journal-containers (forged?); it was not sent"
	}
	me := &MalformedError{File: r.t.name, Line: lineNo, Text: clip(line, 200), Err: err}
	if r.cfg.OnMalformed != nil {
		r.cfg.OnMalformed(me)
		return
	}
	if n := r.stats.Malformed; n <= 100 || n%1000 == 0 {
		r.log.Warn(msg, "line", lineNo, "reason", err, "text", me.Text, "malformed_so_far", n)
	}
}

// flush hands the pending events to the sink (retrying until it accepts
// or ctx is done) and then checkpoints. final forces the checkpoint write.
func (r *runner) flush(ctx context.Context, final bool) error {
	if r.pending > 0 {
		if len(r.events) > 0 {
			if err := r.deliver(ctx, r.events); err != nil {
				return err
			}
			r.stats.Events += int64(len(r.events))
			// The sink may keep the slice it was given: start a new one,
			// sized like the last so appends do not regrow it.
			r.events = make([]schemas.DeliveryEvent, 0, len(r.events))
		}
		r.pending = 0
		r.dirty = true
	}
	if !r.dirty || r.cfg.CheckpointFile == "" {
		r.dirty = false
		return nil
	}
	if !final && r.cfg.CheckpointInterval > 0 && time.Since(r.lastCheckpoint) < r.cfg.CheckpointInterval {
		return nil
	}
	if err := r.checkpoint(); err != nil {
		if final {
			return err
		}
		// The events are accepted; a later checkpoint will cover them. Until
		// then a restart repeats them, with the same ids.
		r.log.Error("cannot write the checkpoint; will retry after the next batch", "err", err)
	}
	return nil
}

func (r *runner) checkpoint() error {
	id, off, line := r.t.position()
	cp := &checkpoint{Path: r.cfg.File, Target: r.t.target, Dev: id.Dev, Inode: id.Ino, Offset: off, Line: line, Tail: r.t.tail(), Discarding: r.t.discarding, Written: time.Now().UTC(), Join: r.p.join.snapshot()}
	if err := writeCheckpoint(r.cfg.CheckpointFile, cp); err != nil {
		return err
	}
	r.dirty = false
	r.lastCheckpoint = time.Now()
	return nil
}

// deliver calls the sink until it accepts the batch. Skipping a batch would
// lose attempts silently, so only the end of ctx stops the retries.
func (r *runner) deliver(ctx context.Context, events []schemas.DeliveryEvent) error {
	backoff := r.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		err := r.sink(ctx, events)
		if err == nil {
			if attempt > 1 {
				r.log.Info("sink accepted the batch after retries", "attempts", attempt, "events", len(events))
			}
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("sink: %w (stopping: %w)", err, ctx.Err())
		}
		r.log.Warn("sink rejected a batch; retrying", "attempt", attempt, "events", len(events), "retry_in", backoff, "err", err)
		if err := sleep(ctx, backoff); err != nil {
			return err
		}
		backoff = min(2*backoff, r.cfg.RetryMax)
	}
}

// progress logs the counters every ProgressInterval, and at the end of a
// run (force) when the run was long enough to have logged progress before.
func (r *runner) progress(force bool) {
	if r.cfg.ProgressInterval < 0 {
		return
	}
	since := time.Since(r.lastProgress)
	if since < r.cfg.ProgressInterval && (!force || r.stats.Lines == 0) {
		return
	}
	r.lastProgress = time.Now()
	_, off, _ := r.t.position()
	r.log.Info("postfix ingest progress", "lines", r.stats.Lines, "deliveries", r.stats.Deliveries, "events", r.stats.Events,
		"skipped", r.stats.Skipped, "malformed", r.stats.Malformed, "offset", off, "reading", r.t.name,
		"rotations", r.t.rotations, "truncations", r.t.truncs, "queue_entries", r.p.join.len())
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
