package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/processor"
)

// incidentFlags configure the incidents stage (issue 15) in run and dev.
type incidentFlags struct {
	enabled      bool
	minDomains   int
	minCustomers int
	window       time.Duration
}

func (f *incidentFlags) register(fs *flagSet) {
	fs.BoolVar(&f.enabled, "incidents", true, "run the incidents stage: group Bad domains by destination provider into provider-wide incidents on <topic-prefix>incidents")
	fs.IntVar(&f.minDomains, "incident-min-domains", incidents.DefaultMinDomains, "domains of one provider that must turn Bad for the same category to open an incident")
	fs.IntVar(&f.minCustomers, "incident-min-customers", incidents.DefaultMinCustomers, "customers those domains must belong to")
	fs.DurationVar(&f.window, "incident-window", incidents.DefaultWindow, "stream time (the alerts' times) within which they must turn Bad")
}

func (f *incidentFlags) check() error {
	if err := positive("incident-min-domains", f.minDomains); err != nil {
		return err
	}
	if err := positive("incident-min-customers", f.minCustomers); err != nil {
		return err
	}
	return positiveDuration("incident-window", f.window)
}

func (f *incidentFlags) config(brokers []string, topicPrefix string, replication int, sessionTimeout time.Duration, log *slog.Logger, reg prometheus.Registerer) incidents.Config {
	return incidents.Config{
		SessionTimeout: sessionTimeout,
		Kafka:          []kgo.Opt{kgo.SeedBrokers(brokers...), kgo.WithLogger(processor.KafkaLogger(log))},
		TopicPrefix:    topicPrefix,
		Rules:          incidents.Rules{MinDomains: f.minDomains, MinCustomers: f.minCustomers, Window: f.window},
		Replication:    int16(replication),
		Logger:         log,
		Registerer:     reg,
	}
}

// instanceOption makes the instance's status API name the open incident a
// Bad domain is part of, when the stage runs.
func (f *incidentFlags) instanceOption(topicPrefix string) instanceOption {
	return func(o *instanceOptions) {
		if f.enabled {
			o.incidentsTopic = topicPrefix + "incidents"
		}
	}
}

// runWithIncidents runs fn and, when enabled, the incidents stage beside
// it, under the processor's instance id (explicit, or the one the
// processor keeps in its data dir), so that a restart fences its own
// crashed predecessor. When either ends with an error, both stop.
func runWithIncidents(ctx context.Context, log *slog.Logger, f incidentFlags, cfg incidents.Config, explicitID, dataDir string, fn func(context.Context) error) error {
	if !f.enabled {
		return fn(ctx)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var stageErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := runIncidentsStage(ctx, cfg, explicitID, dataDir); err != nil && ctx.Err() == nil {
			log.Error("incidents stage stopped", "err", err)
			stageErr = err
			cancel()
		}
	}()
	err := fn(ctx)
	cancel()
	wg.Wait()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	return errors.Join(err, stageErr)
}

// runIncidentsStage runs the incidents stage until ctx ends, under the
// processor's instance id (see runWithIncidents).
func runIncidentsStage(ctx context.Context, cfg incidents.Config, explicitID, dataDir string) error {
	id, err := instanceIDOf(ctx, explicitID, dataDir)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	cfg.InstanceID = id
	return incidents.Run(ctx, cfg)
}

// instanceIDOf returns explicit, or waits for the processor to keep its
// id in dataDir (it writes it at its first start).
func instanceIDOf(ctx context.Context, explicit, dataDir string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	for {
		b, err := os.ReadFile(filepath.Join(dataDir, processor.InstanceIDFile))
		if id := strings.TrimSpace(string(b)); err == nil && id != "" {
			return id, processor.ValidateInstanceID(id)
		}
		select {
		case <-ctx.Done():
			return "", context.Cause(ctx)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
