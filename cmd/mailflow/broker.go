package main

import (
	"context"
	"time"

	"github.com/mailflow/mailflow/broker"
)

func runBroker(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "broker", "[--listen ADDR] [--data-dir DIR]")
	listen := fs.String("listen", "127.0.0.1:9092", "address to serve the Kafka protocol on")
	dataDir := fs.String("data-dir", "mailflow-broker", "directory of the broker's data (empty: memory only)")
	retention := fs.Duration("retention", 24*time.Hour, "how long records are kept")
	retentionBytes := fs.Int64("retention-bytes", 1<<30, "largest size of one partition, in bytes")
	nodes := fs.Int("nodes", 1, "broker nodes in the cluster (the first serves --listen, the others free ports)")
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("listen", []string{*listen}); err != nil {
		return err
	}
	if err := positiveDuration("retention", *retention); err != nil {
		return err
	}
	if *nodes < 1 || *nodes > 16 {
		return usageErr("--nodes must be from 1 to 16, not %d", *nodes)
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	b, err := broker.Start(broker.Config{Listen: *listen, DataDir: *dataDir, Retention: *retention, RetentionBytes: *retentionBytes, Nodes: *nodes, Log: log})
	if err != nil {
		return err
	}
	log.Info("broker listening", "addr", b.Addr(), "data_dir", *dataDir)
	if brokerExposed(*listen) {
		// The same warning as mailflow dev's (dev.go): the embedded broker
		// has no authentication or TLS.
		log.Warn("the broker listens beyond this machine and has no authentication or TLS: anyone who reaches "+b.Addr()+" can read and write every topic. Keep --listen on 127.0.0.1 unless this network is yours alone; a real Kafka cluster with SASL/TLS is the way to serve others",
			"listen", *listen)
	}
	<-ctx.Done()
	log.Info("broker stopping")
	b.Close()
	return nil
}
