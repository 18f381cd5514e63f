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
		kfake.DefaultNumPartitions(defaultPartitions),
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
	// maxNewPartitions is the most partitions the topics clients create may
	// hold in all while the broker runs (deleted topics give theirs back).
	maxNewPartitions = 100_000
	// defaultPartitions is the count of a topic created without one
	// (NumPartitions -1): kfake.DefaultNumPartitions, set to it, and
	// counted as such.
	defaultPartitions = 10
)

// partitionLedger is what capPartitions knows of the topics clients
// created: their partitions by name, and the sum. kfake runs control
// functions one at a time, on its loop, so it needs no lock.
type partitionLedger struct {
	topics map[string]int64
	total  int64
}

// capPartitions makes the broker refuse, with INVALID_PARTITIONS, a
// CreateTopics or CreatePartitions request that would give a topic more
// than maxTopicPartitions partitions, or the topics clients created more
// than maxNewPartitions in all. kfake takes any count: a 40-byte request
// for 2^31-1 partitions built them in its single request loop (hundreds of
// GB) and, with a data directory, wrote a file for each (review B2).
//
// The sum counts each topic once, by name, as the ledger knows it:
// validate-only requests count nothing, a topic created again (which
// kfake answers TOPIC_ALREADY_EXISTS, as a processor's start relies on)
// counts nothing more, a topic deleted gives its partitions back, and one
// created without a count counts kfake's default (a second review: a
// counter of requests had refused existing topics after some hundred
// processor starts, and NumPartitions -1 had slipped past it). Topics a
// data directory brings back from an earlier run are counted when first
// created again.
func capPartitions(c *kfake.Cluster) {
	l := &partitionLedger{topics: map[string]int64{}}
	check := func(name string, count int64, adds int64) string {
		switch {
		case count > maxTopicPartitions:
			return fmt.Sprintf("%s: %d partitions asked; this broker takes at most %d per topic", name, count, maxTopicPartitions)
		case l.total+adds > maxNewPartitions:
			return fmt.Sprintf("%s: the topics created hold %d partitions and this broker takes at most %d in all", name, l.total, maxNewPartitions)
		}
		return ""
	}
	c.ControlKey(int16(kmsg.CreateTopics), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.CreateTopicsRequest)
		if r.ValidateOnly {
			return nil, nil, false // kfake creates nothing
		}
		why, adds := "", map[string]int64{}
		var sum int64
		for _, t := range r.Topics {
			n := int64(t.NumPartitions)
			if len(t.ReplicaAssignment) > 0 {
				n = int64(len(t.ReplicaAssignment))
			} else if n <= 0 {
				n = defaultPartitions
			}
			if _, known := l.topics[t.Topic]; known {
				continue // TOPIC_ALREADY_EXISTS from kfake
			}
			if _, twice := adds[t.Topic]; !twice {
				sum += n
			}
			adds[t.Topic] = n
			if why == "" {
				why = check(t.Topic, n, sum)
			}
		}
		if why == "" {
			for name, n := range adds {
				l.topics[name] = n
			}
			l.total += sum
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
		if r.ValidateOnly {
			return nil, nil, false
		}
		why, grows := "", map[string]int64{}
		var sum int64
		for _, t := range r.Topics {
			n := int64(t.Count)
			add := n - l.topics[t.Topic] // a topic the ledger does not know counts whole
			if _, twice := grows[t.Topic]; !twice && add > 0 {
				sum += add
			}
			grows[t.Topic] = n
			if why == "" {
				why = check(t.Topic, n, sum)
			}
		}
		if why == "" {
			for name, n := range grows {
				l.topics[name] = max(l.topics[name], n)
			}
			l.total += sum
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
	c.ControlKey(int16(kmsg.DeleteTopics), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.DeleteTopicsRequest)
		names := append([]string(nil), r.TopicNames...)
		for _, t := range r.Topics {
			if t.Topic != nil {
				names = append(names, *t.Topic)
			}
		}
		for _, name := range names {
			l.total -= l.topics[name]
			delete(l.topics, name)
		}
		return nil, nil, false
	})
}
