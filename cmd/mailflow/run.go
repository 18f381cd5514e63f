package main

import (
	"context"
)

func runRun(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "run", "--brokers HOST:PORT[,...] [flags]")
	var brokers listFlag
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated (required)")
	var pf processorFlags
	pf.register(fs, "mailflow-data", ":8080")
	openAPI := fs.Bool("open-api", false, "serve the API open (no --api-token and no manager credential yet) on an address other than loopback: anyone who reaches it reads every domain; only on a network you trust. Without it run refuses to start with an open API on such an address")
	var inf incidentFlags
	inf.register(fs)
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	if err := pf.check(); err != nil {
		return err
	}
	if err := inf.check(); err != nil {
		return err
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	reg := newRegistry()
	pcfg := pf.config(brokers, log, reg)
	// The signal (SIGTERM, ^C) ends ctx; the instance then commits, leaves
	// its group and closes its stores: the log says when and how long.
	stop := context.AfterFunc(ctx, func() { log.Info("mailflow run: stopping", "cause", context.Cause(ctx)) })
	defer stop()
	err = runWithIncidents(ctx, log, inf, inf.config(brokers, pf.topicPrefix, pf.replication, pf.sessionTimeout, log, reg), pcfg.InstanceID, pcfg.DataDir, func(ctx context.Context) error {
		refuse := func(o *instanceOptions) { o.refuseOpenAPI = !*openAPI }
		return serveProcessor(ctx, log, pcfg, reg, pf.httpAddr, pf.apiToken, nil, pf.apiOption(), pf.metricsOption(), inf.instanceOption(pf.topicPrefix), refuse)
	})
	if err == nil {
		log.Info("mailflow run: stopped")
	}
	return err
}
