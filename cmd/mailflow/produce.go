package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

func marshalEvent(e *schemas.DeliveryEvent) ([]byte, error) { return schemas.MarshalDeliveryEvent(e) }

func runProduce(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "produce", "[--brokers HOST:PORT] (--file EVENTS.jsonl | --rate N) [flags]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	file := fs.String("file", "", "replay this JSON Lines file of DeliveryEvents (- for stdin)")
	rate := fs.Int("rate", 0, "generate synthetic events at this many per second")
	domains := fs.Int("domains", 1000, "synthetic: number of domains")
	count := fs.Int("count", 0, "synthetic: stop after this many events (0: until interrupted)")
	mixFlag := fs.String("mix", "deferred=0.03,bounced=0.02", "synthetic: failure mix, e.g. deferred=0.05,bounced=0.02,expired=0.001")
	seed := fs.Uint64("seed", 1, "synthetic: random seed")
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	if (*file == "") == (*rate == 0) {
		return usageErr("give either --file or --rate")
	}
	if *rate < 0 {
		return usageErr("--rate must be positive, not %d", *rate)
	}
	if err := positive("domains", *domains); err != nil {
		return err
	}
	if *count < 0 {
		return usageErr("--count must not be negative")
	}
	mix, err := parseMix(*mixFlag)
	if err != nil {
		return usageErr("--mix: %v", err)
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	topic := processor.TopicsWithPrefix(*topicPrefix).Deliveries
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topic),
		kgo.ProducerLinger(5*time.Millisecond), kgo.MaxBufferedRecords(100000))
	if err != nil {
		return err
	}
	defer cl.Close()
	// As ingest does: a broker that does not answer is waited for, but
	// said at once (review finding: only "progress events=0" was printed,
	// forever).
	pctx, pcancel := context.WithTimeout(ctx, 3*time.Second)
	if err := cl.Ping(pctx); err != nil && ctx.Err() == nil {
		log.Warn("no Kafka broker answers yet; produce waits for one"+strings.ReplaceAll(brokerHint(brokers, err), "\n", " "), "brokers", brokers.String(), "err", err)
	}
	pcancel()
	p := &producer{cl: cl, log: log, topic: topic}
	stopProgress := p.reportProgress(ctx)
	defer stopProgress()
	if *file != "" {
		err = p.replay(ctx, env, *file)
	} else {
		err = p.synthetic(ctx, loadgen.NewGenerator(*seed, *domains, mix, fmt.Sprintf("load-%d-", time.Now().UnixNano())), *rate, *count)
	}
	if ferr := cl.Flush(context.Background()); err == nil {
		err = ferr
	}
	log.Info("produced", "topic", topic, "events", p.sent.Load(), "failed", p.failed.Load(), "skipped_lines", p.skipped.Load())
	if err == nil && p.failed.Load() > 0 {
		err = fmt.Errorf("%d events could not be produced", p.failed.Load())
	}
	if err == nil && p.skipped.Load() > 0 {
		err = &exitError{code: 3, err: fmt.Errorf("%d invalid lines skipped (see the log)", p.skipped.Load())}
	}
	return err
}

// parseMix reads "deferred=0.05,bounced=0.02".
func parseMix(s string) (loadgen.Mix, error) {
	var m loadgen.Mix
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return m, fmt.Errorf("%q is not outcome=fraction", part)
		}
		switch k {
		case "deferred":
			m.Deferred = f
		case "bounced":
			m.Bounced = f
		case "expired":
			m.Expired = f
		default:
			return m, fmt.Errorf("unknown outcome %q (deferred, bounced, expired)", k)
		}
	}
	return m, m.Validate()
}

type producer struct {
	cl                    *kgo.Client
	log                   *slog.Logger
	topic                 string
	sent, failed, skipped atomic.Int64
}

func (p *producer) promise(_ *kgo.Record, err error) {
	if err != nil {
		if p.failed.Add(1) == 1 {
			p.log.Error("produce failed", "topic", p.topic, "err", err)
		}
		return
	}
	p.sent.Add(1)
}

// reportProgress logs the rate every five seconds.
func (p *producer) reportProgress(ctx context.Context) func() {
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		last, lastAt := int64(0), time.Now()
		for {
			select {
			case <-ctx.Done():
				return
			case now := <-t.C:
				n := p.sent.Load()
				p.log.Info("progress", "events", n, "per_second", int(float64(n-last)/now.Sub(lastAt).Seconds()), "failed", p.failed.Load())
				last, lastAt = n, now
			}
		}
	}()
	return cancel
}

// replay produces each valid line of a JSON Lines file keyed by its domain;
// invalid lines are reported with their line number and skipped.
func (p *producer) replay(ctx context.Context, env *environment, path string) error {
	var r io.Reader = env.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	var buf []byte
	for {
		// A line longer than maxProduceLine is skipped like an invalid
		// one, not the end of the file.
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(frag) > maxProduceLine {
					tooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, frag...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s line %d: %w", path, line+1, err)
		}
		if len(buf) > 0 || tooLong {
			line++
			if perr := p.produceLine(ctx, path, line, buf, tooLong); perr != nil {
				return perr
			}
		}
		if err == io.EOF || ctx.Err() != nil {
			return nil
		}
	}
}

// maxProduceLine bounds one line of a replayed file: an event larger than
// this is refused by the processor too (it dead-letters it), so the
// line is reported and skipped.
const maxProduceLine = 1 << 20

// produceLine produces one line of a replayed file, or reports it and
// counts it skipped when it is too long or not a valid event.
func (p *producer) produceLine(ctx context.Context, path string, line int, b []byte, tooLong bool) error {
	if tooLong {
		p.skipped.Add(1)
		p.log.Warn("skipping invalid event", "file", path, "line", line, "reason", fmt.Sprintf("line longer than %d bytes", maxProduceLine))
		return nil
	}
	b = bytes.TrimRight(b, "\r\n")
	if len(bytes.TrimSpace(b)) == 0 {
		return nil
	}
	ev, err := schemas.DecodeDeliveryEvent(b)
	if err != nil {
		p.skipped.Add(1)
		p.log.Warn("skipping invalid event", "file", path, "line", line, "reason", schemas.Reason(err))
		return nil
	}
	// Re-encode: the record then carries the normalised domain and
	// outcome, and the key matches the domain.
	v, err := schemas.MarshalDeliveryEvent(&ev)
	if err != nil {
		return err
	}
	p.cl.Produce(ctx, &kgo.Record{Key: []byte(ev.Domain), Value: v}, p.promise)
	return nil
}

// synthetic produces generated events at rate per second, until count
// events (0: until interrupted).
func (p *producer) synthetic(ctx context.Context, gen *loadgen.Generator, rate, count int) error {
	const tick = 10 * time.Millisecond
	start := time.Now()
	produced := 0
	t := time.NewTicker(tick)
	defer t.Stop()
	for count == 0 || produced < count {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		due := int(time.Since(start).Seconds() * float64(rate))
		now := time.Now()
		for ; produced < due && (count == 0 || produced < count); produced++ {
			ev := gen.Next(now)
			v, err := schemas.MarshalDeliveryEvent(&ev)
			if err != nil {
				return err
			}
			p.cl.Produce(ctx, &kgo.Record{Key: []byte(ev.Domain), Value: v}, p.promise)
		}
	}
	return nil
}
