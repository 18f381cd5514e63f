// Package broker runs the embedded Kafka-protocol broker (franz-go's kfake)
// that `mailflow dev` and `mailflow broker` serve: a single-node broker that
// speaks the real wire protocol, keeps its data in a directory across
// restarts, and enforces retention so a long-running instance does not grow
// without bound.
package broker

import (
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Config configures the embedded broker.
type Config struct {
	// Listen is the TCP address to serve the Kafka protocol on, e.g.
	// "127.0.0.1:9092"; port 0 picks a free port.
	Listen string
	// DataDir keeps the broker's logs, offsets and transactions across
	// restarts; empty keeps everything in memory.
	DataDir string
	// Retention bounds how long records are kept (24h when zero), and
	// RetentionBytes how large each partition may grow (1 GiB when zero).
	// Compacted topics keep the latest record of every key regardless.
	Retention      time.Duration
	RetentionBytes int64
	// Nodes is how many broker nodes the cluster has (1 when zero). The
	// first serves Listen; the others listen on free ports of the same
	// host, and clients find them through metadata. Several nodes spread
	// partition leadership, so fetches and produces run in parallel.
	Nodes int
	// Log receives the broker's warnings and errors.
	Log *slog.Logger
}

// Broker is a running embedded broker.
type Broker struct {
	c    *kfake.Cluster
	addr string
}

// Start starts the broker; Close stops it.
func Start(cfg Config) (*Broker, error) {
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:9092"
	}
	if cfg.Retention <= 0 {
		cfg.Retention = 24 * time.Hour
	}
	if cfg.RetentionBytes <= 0 {
		cfg.RetentionBytes = 1 << 30
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if _, _, err := net.SplitHostPort(cfg.Listen); err != nil {
		return nil, fmt.Errorf("broker: listen address %q: %w", cfg.Listen, err)
	}
	if cfg.Nodes <= 0 {
		cfg.Nodes = 1
	}
	host, _, _ := net.SplitHostPort(cfg.Listen)
	var ln net.Listener
	// One budget for the requests being read on every node's connections.
	limits := newGuardLimits(cfg.Log.With("component", "broker"))
	opts := []kfake.Opt{
		kfake.NumBrokers(cfg.Nodes),
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			// kfake asks for 127.0.0.1 and a port; serve the configured
			// address instead, so that the broker advertises the address
			// clients were told to use. Every node's listener rides out
			// a full file table (listener.go) and refuses request
			// frames kfake cannot take safely (frameguard.go).
			addr := cfg.Listen
			if ln != nil {
				addr = net.JoinHostPort(host, "0")
			}
			l, err := net.Listen(network, addr)
			if err != nil {
				return nil, err
			}
			if ln == nil {
				ln = l
			}
			return &steadyListener{Listener: l, log: cfg.Log.With("component", "broker"), limits: limits}, nil
		}),
		kfake.WithLogger(logger{cfg.Log.With("component", "broker")}),
		kfake.BrokerConfigs(map[string]string{
			"log.retention.ms":    strconv.FormatInt(cfg.Retention.Milliseconds(), 10),
			"log.retention.bytes": strconv.FormatInt(cfg.RetentionBytes, 10),
			// Compaction and retention run on this interval.
			"log.cleaner.backoff.ms": "60000",
		}),
	}
	if cfg.DataDir != "" {
		opts = append(opts, kfake.DataDir(cfg.DataDir))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("broker: start on %s (data dir %q): %w", cfg.Listen, cfg.DataDir, err)
	}
	capPartitions(c)
	addr := cfg.Listen
	if ln != nil {
		addr = ln.Addr().String()
	}
	return &Broker{c: c, addr: addr}, nil
}

// Addr returns the address the broker serves.
func (b *Broker) Addr() string { return b.addr }

// Close stops the broker, flushing its data directory.
func (b *Broker) Close() { b.c.Close() }

// logger adapts slog to kfake's logger; kfake's info level logs every
// request, so only warnings and errors are passed on, and kfake's own
// timing notes ("txn: EndTxn slow … elapsed=6ms", written at warning level
// whenever ending a transaction takes over 5 ms, which on a loaded machine
// is most of them) go to debug: they say nothing an operator acts on.
type logger struct{ l *slog.Logger }

func (l logger) Logf(level kfake.LogLevel, msg string, args ...any) {
	switch {
	case level == kfake.LogLevelError:
		l.l.Error(fmt.Sprintf(msg, args...))
	case level == kfake.LogLevelWarn && strings.Contains(msg, " slow "):
		l.l.Debug(fmt.Sprintf(msg, args...))
	case level == kfake.LogLevelWarn:
		l.l.Warn(fmt.Sprintf(msg, args...))
	}
}

// Bounds on the partitions a client may ask the broker to create
// (capPartitions).
const (
	// maxTopicPartitions is the most partitions one topic may have; mailflow
	// uses 6 by default and its benchmark at most 96.
	maxTopicPartitions = 1024
	// maxNewPartitions is the most partitions clients may create in all
	// while the broker runs.
	maxNewPartitions = 100_000
)

// capPartitions makes the broker refuse, with INVALID_PARTITIONS, a
// CreateTopics or CreatePartitions request for more partitions than
// maxTopicPartitions in a topic, or than maxNewPartitions in all since it
// started. kfake takes any count: a 40-byte request for 2^31-1 partitions
// built them in its single request loop (hundreds of GB) and, with a data
// directory, wrote a file for each (review B2).
func capPartitions(c *kfake.Cluster) {
	var created atomic.Int64
	refuse := func(count int32) string {
		switch {
		case count > maxTopicPartitions:
			return fmt.Sprintf("%d partitions asked; this broker takes at most %d per topic", count, maxTopicPartitions)
		case created.Load()+int64(count) > maxNewPartitions:
			return fmt.Sprintf("this broker has created %d partitions since it started and takes at most %d", created.Load(), maxNewPartitions)
		}
		return ""
	}
	c.ControlKey(int16(kmsg.CreateTopics), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.CreateTopicsRequest)
		why, total := "", int64(0)
		for _, t := range r.Topics {
			n := max(t.NumPartitions, int32(len(t.ReplicaAssignment)))
			total += int64(max(n, 0))
			if why == "" {
				why = refuse(n)
			}
		}
		if why == "" && created.Load()+total > maxNewPartitions {
			why = refuse(int32(min(total, maxNewPartitions+1)))
		}
		if why == "" {
			created.Add(total)
			return nil, nil, false
		}
		c.KeepControl()
		resp := r.ResponseKind().(*kmsg.CreateTopicsResponse)
		resp.Version = r.Version
		for _, t := range r.Topics {
			st := kmsg.NewCreateTopicsResponseTopic()
			st.Topic, st.ErrorCode, st.ErrorMessage = t.Topic, kerr.InvalidPartitions.Code, kmsg.StringPtr(why)
			resp.Topics = append(resp.Topics, st)
		}
		return resp, nil, true
	})
	c.ControlKey(int16(kmsg.CreatePartitions), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.CreatePartitionsRequest)
		why, total := "", int64(0)
		for _, t := range r.Topics {
			// Count is the topic's new total; what it adds is not known
			// here, so the total counts against the bound.
			total += int64(max(t.Count, 0))
			if why == "" {
				why = refuse(t.Count)
			}
		}
		if why == "" {
			created.Add(total)
			return nil, nil, false
		}
		c.KeepControl()
		resp := r.ResponseKind().(*kmsg.CreatePartitionsResponse)
		resp.Version = r.Version
		for _, t := range r.Topics {
			st := kmsg.NewCreatePartitionsResponseTopic()
			st.Topic, st.ErrorCode, st.ErrorMessage = t.Topic, kerr.InvalidPartitions.Code, kmsg.StringPtr(why)
			resp.Topics = append(resp.Topics, st)
		}
		return resp, nil, true
	})
}
