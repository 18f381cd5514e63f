package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/broker"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/sinks"
)

func runDev(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "dev", "[--demo] [--data-dir DIR] [--http ADDR] [--kafka ADDR]")
	demo := fs.Bool("demo", false, "generate traffic for a dozen domains; one degrades and recovers every two minutes")
	kafkaAddr := fs.String("kafka", "127.0.0.1:9092", "address the embedded broker serves, for real producers and Kafka tools")
	retention := fs.Duration("retention", 24*time.Hour, "how long the embedded broker keeps records")
	var pf processorFlags
	pf.register(fs, "mailflow-data", "127.0.0.1:8080")
	var sf sinkFlags
	sf.register(fs, "")
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if sf.dataDir == "" {
		sf.dataDir = filepath.Join(pf.dataDir, "sink")
	}
	if err := checkHostPorts("kafka", []string{*kafkaAddr}); err != nil {
		return err
	}
	if err := positiveDuration("retention", *retention); err != nil {
		return err
	}
	if err := pf.check(); err != nil {
		return err
	}
	if pf.clusterSecret == "" {
		// One process, one instance: nothing is forwarded, but a secret
		// keeps forwarded requests refused should another instance join.
		pf.clusterSecret = rand.Text()
	}
	if err := sf.check(); err != nil {
		return err
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}

	b, err := broker.Start(broker.Config{Listen: *kafkaAddr, DataDir: filepath.Join(pf.dataDir, "kafka"), Retention: *retention, Log: log})
	if err != nil {
		return err
	}
	defer b.Close()
	log.Info("embedded broker listening", "addr", b.Addr())
	brokers := []string{b.Addr()}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	reg := newRegistry()
	pcfg := pf.config(brokers, log, reg)
	pcfg.Partitions = int32(pf.partitions)
	if pf.instanceID == "" {
		pcfg.InstanceID = "dev"
	}
	pcfg.DataDir = filepath.Join(pf.dataDir, "state")
	httpReady := make(chan string, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		errs <- serveProcessor(ctx, log, pcfg, reg, pf.httpAddr, pf.apiToken, func(addr string) { httpReady <- addr }, pf.apiOption(), pf.metricsOption())
	}()

	var addr string
	select {
	case addr = <-httpReady:
	case err := <-errs:
		return err
	}
	if sf.consoleURL == "" {
		sf.consoleURL = "http://" + addr
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		// The sink starts once the processor created the topics.
		errs <- sinks.Run(ctx, sf.config(brokers, pf.topicPrefix, log, reg))
	}()
	if *demo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- runDemo(ctx, log, brokers, processor.TopicsWithPrefix(pf.topicPrefix), "http://"+addr)
		}()
	}
	fmt.Fprintf(env.stderr, "\nmailflow dev is up:\n  console  http://%s/\n  API      http://%s/api/v1/domains?status=bad\n  metrics  http://%s/metrics\n  kafka    %s (topic %sdeliveries)\n\n", addr, addr, addr, b.Addr(), pf.topicPrefix)

	select {
	case <-ctx.Done():
	case err = <-errs:
	}
	cancel()
	wg.Wait()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	return err
}

// demoDomains are the domains of the demo; the last one degrades.
var demoDomains = []string{
	"northwind.example", "contoso.example", "fabrikam.example", "adventure-works.example",
	"tailspin.example", "wingtip.example", "litware.example", "proseware.example",
	"lucerne.example", "margie-travel.example", "alpine-ski.example", "woodgrove.example",
}

// runDemo publishes a small directory and generates traffic: every domain
// is healthy except woodgrove.example, which starts bouncing 20 seconds
// into each two-minute cycle and recovers 20 seconds later, so a newcomer
// sees a Bad and a recovery within the first minute.
func runDemo(ctx context.Context, log *slog.Logger, brokers []string, topics processor.Topics, console string) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topics.Deliveries), kgo.ProducerLinger(50*time.Millisecond))
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := publishDemoDirectory(ctx, cl, topics.Config); err != nil {
		return err
	}
	degrading := demoDomains[len(demoDomains)-1]
	log.Info("demo traffic started", "domains", len(demoDomains), "degrading", degrading, "watch", console+"/api/v1/domains/"+degrading+"/status")

	gen := loadgen.NewGeneratorFor(uint64(time.Now().UnixNano()), demoDomains, loadgen.Mix{}, fmt.Sprintf("demo-%d-", time.Now().Unix()))
	healthy := loadgen.Mix{Deferred: 0.01, Bounced: 0.005}
	broken := loadgen.Mix{Deferred: 0.3, Bounced: 0.5}
	start := time.Now()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var lastPhase string
	for n := 0; ; n++ {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		cycle := time.Since(start) % (2 * time.Minute)
		phase := "healthy"
		if cycle >= 20*time.Second && cycle < 40*time.Second {
			phase = "degraded"
		}
		if phase != lastPhase {
			log.Info("demo: "+degrading+" is now "+phase, "domain", degrading)
			lastPhase = phase
		}
		now := time.Now()
		var recs []*kgo.Record
		// Twenty attempts a second across the fleet, and five a second to
		// the degrading domain so that it recovers within seconds.
		for _, d := range []string{demoDomains[n%(len(demoDomains)-1)], demoDomains[(n+5)%(len(demoDomains)-1)]} {
			recs = append(recs, demoRecord(gen, d, now, healthy))
		}
		if n%2 == 0 {
			mix := healthy
			if phase == "degraded" {
				mix = broken
			}
			recs = append(recs, demoRecord(gen, degrading, now, mix))
		}
		for _, r := range recs {
			if r != nil {
				cl.Produce(ctx, r, func(_ *kgo.Record, err error) {
					if err != nil && ctx.Err() == nil {
						log.Warn("demo: produce failed", "err", err)
					}
				})
			}
		}
	}
}

func demoRecord(gen *loadgen.Generator, domain string, at time.Time, mix loadgen.Mix) *kgo.Record {
	ev := gen.NextFor(domain, at, mix)
	v, err := marshalEvent(&ev)
	if err != nil {
		return nil
	}
	return &kgo.Record{Key: []byte(ev.Domain), Value: v}
}

// publishDemoDirectory writes a directory for the demo domains unless the
// directory already has them.
func publishDemoDirectory(ctx context.Context, cl *kgo.Client, topic string) error {
	entities := []any{
		directory.Reseller{ID: "northwind-partners", Name: "Northwind Partners (MSP)"},
		directory.Customer{ID: "woodgrove-bank", Name: "Woodgrove Bank", Reseller: "northwind-partners"},
		directory.Customer{ID: "others", Name: "Demo customers", Reseller: "northwind-partners"},
	}
	for _, d := range demoDomains {
		c := "others"
		if d == "woodgrove.example" {
			c = "woodgrove-bank"
		}
		entities = append(entities, directory.Domain{Name: d, Customer: c})
	}
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			return err
		}
		recs = append(recs, r)
	}
	return directory.Publish(ctx, cl, topic, recs)
}
