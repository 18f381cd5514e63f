package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/broker"
	"github.com/mailflow/mailflow/catcher"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/sinks"
)

func runDev(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "dev", "[--demo] [--data-dir DIR] [--http ADDR] [--kafka ADDR]")
	demo := fs.Bool("demo", false, "generate traffic for a dozen domains; woodgrove.example alone degrades and recovers every --demo-cycle, the others stay Good")
	demoCycle := fs.Duration("demo-cycle", 2*time.Minute, "length of one demo cycle: woodgrove.example degrades a sixth into it and recovers a sixth later (20 s and 40 s into the default two minutes)")
	catch := fs.Bool("catcher", true, "catch the sink's e-mails and webhooks in-process and show them in the console under Sent notifications (off when --smtp-host is given)")
	kafkaAddr := fs.String("kafka", "127.0.0.1:9092", "address the embedded broker serves, for real producers and Kafka tools")
	var retention givenDuration
	fs.Var(&retention, "retention", "how long the embedded broker keeps records (default: the longest of 24h, --log-retention and --dedupe-horizon, since the deliveries and repartition topics are the log store's changelog and must cover it)")
	var pf processorFlags
	pf.register(fs, "mailflow-data", "127.0.0.1:8080")
	var inf incidentFlags
	inf.register(fs)
	// The sink's flags, but those dev already has (--incidents: dev's sink
	// follows the incidents stage dev runs, see below).
	var sf sinkFlags
	sinkFS := &flagSet{FlagSet: flag.NewFlagSet("sink", flag.ContinueOnError)}
	sf.register(sinkFS, "")
	sinkFS.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	var lf logFlags
	lf.register(fs)
	// The processor's words for this flag are not dev's: dev runs the
	// sink too, and its catcher changes the default (see below).
	fs.Lookup("allow-private-webhooks").Usage = "let webhooks reach loopback, private and link-local addresses: the console accepts such URLs and dev's sink posts to them. " +
		"Without it, while the built-in catcher runs (the default), the console still accepts loopback and private URLs, so that a manager can point a webhook at the catcher, but the sink posts to only the catcher's address and dead-letters the others; " +
		"with --catcher=false or --smtp-host, the console refuses them too"
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if sf.dataDir == "" {
		sf.dataDir = filepath.Join(pf.dataDir, "sink")
	}
	// --allow-private-webhooks is the processor's flag here (the console
	// accepts such URLs); dev's sink must then let them through too.
	sf.allowPrivate = sf.allowPrivate || pf.allowPrivateWebhooks
	if err := checkHostPorts("kafka", []string{*kafkaAddr}); err != nil {
		return err
	}
	if retention.given {
		if err := positiveDuration("retention", retention.d); err != nil {
			return err
		}
	}
	if *demoCycle < 6*time.Second {
		return usageErr("--demo-cycle must be at least 6s, not %v", *demoCycle)
	}
	if len(pf.trustedProxies) > 0 {
		// dev's front vouches for each client's address itself (package
		// clientaddr), and its word wins over a proxy's.
		return usageErr("--trusted-proxies is for mailflow run behind a TLS proxy; mailflow dev's front already passes each client's own address to the instance")
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
	if err := inf.check(); err != nil {
		return err
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}

	// Before anything starts: a second dev on this data dir stops here.
	lock, err := lockDevDataDir(pf.dataDir)
	if err != nil {
		return err
	}
	defer lock.Close()

	// The deliveries and repartition topics are the log store's
	// changelog (a lost logs directory is rebuilt from them) and hold
	// the event ids within the dedupe horizon: they keep records at
	// least as long as both (issue 12).
	keep := max(24*time.Hour, pf.logRetention, pf.dedupeHorizon)
	if retention.given {
		keep = retention.d
		if keep < pf.logRetention || keep < pf.dedupeHorizon {
			log.Warn("--retention is shorter than --log-retention or --dedupe-horizon: a log store rebuilt from the broker misses the older attempts, and older duplicates are counted again",
				"retention", keep.String(), "log_retention", pf.logRetention.String(), "dedupe_horizon", pf.dedupeHorizon.String())
		}
	}
	b, err := broker.Start(broker.Config{Listen: *kafkaAddr, DataDir: filepath.Join(pf.dataDir, "kafka"), Retention: keep, Log: log})
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("%w (another mailflow dev, or a Kafka on this port? --kafka sets another address)", err)
		}
		return err
	}
	defer b.Close()
	log.Info("embedded broker listening", "addr", b.Addr(), "retention", keep.String())
	if brokerExposed(*kafkaAddr) {
		log.Warn("the embedded broker listens beyond this machine and has no authentication or TLS: anyone who reaches "+b.Addr()+" can read and write every topic — deliveries, the directory with its webhook secrets, the accounts and the audit log. Keep --kafka on 127.0.0.1 unless this network is yours alone; a real Kafka cluster with SASL/TLS and mailflow run is the way to serve others",
			"kafka", *kafkaAddr)
	}
	brokers := []string{b.Addr()}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	// The catcher takes the place of an SMTP server and webhook endpoints
	// unless the user gave a real one; the console, API and catcher then
	// share the --http address through a front that forwards to the
	// instance.
	var dc *devCatcher
	var webhookAllow []netip.AddrPort
	instanceHTTP := pf.httpAddr
	if *catch && sf.smtpHost == "" {
		if dc, err = startDevCatcher(pf.httpAddr, pf.maxConns, log); err != nil {
			return err
		}
		defer dc.close()
		instanceHTTP = "127.0.0.1:0"
		host, port := dc.smtp()
		sf.smtpHost, sf.smtpPort, sf.smtpTLS = host, port, string(sinks.TLSNone)
		// The catcher's webhook receiver is on loopback, which the sink
		// refuses by default: its exact address is let through, and no
		// other port on loopback, the private network or link-local
		// metadata services.
		if webhookAllow, err = dc.webhookAddrs(ctx); err != nil {
			return err
		}
		// The console accepts a manager's webhook URL on loopback, so
		// that a demo manager can point one at the catcher; the sink
		// still reaches the catcher's address only.
		if !pf.allowPrivateWebhooks {
			pf.allowPrivateWebhooks, pf.catcherWebhooks = true, true
		}
		log.Info("notification catcher: the sink's e-mails and webhooks are caught in-process (--catcher=false or --smtp-host turns it off)", "smtp", dc.c.SMTPAddr(), "sent", "http://"+dc.addr()+"/sent")
	}
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
		errs <- serveProcessor(ctx, log, pcfg, reg, instanceHTTP, pf.apiToken, func(addr string) { httpReady <- addr }, pf.apiOption(), pf.metricsOption(), dc.instanceOption(), inf.instanceOption(pf.topicPrefix))
	}()

	var addr string
	select {
	case addr = <-httpReady:
	case err := <-errs:
		return err
	}
	if dc != nil {
		if err := dc.serve(ctx, addr, brokers, processor.TopicsWithPrefix(pf.topicPrefix).Config); err != nil {
			return err
		}
		addr = dc.addr()
	}
	if sf.consoleURL == "" {
		sf.consoleURL = "http://" + addr
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		// The sink starts once the processor created the topics.
		scfg := sf.config(brokers, pf.topicPrefix, log, reg)
		// One process: the incidents stage groups an alert within a
		// second, so the Bad notifications wait 3 s for it, not 15.
		scfg.Incidents, scfg.IncidentWait = inf.enabled, 3*time.Second
		scfg.WebhookAllow = webhookAllow
		errs <- sinks.Run(ctx, scfg)
	}()
	if inf.enabled {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- runIncidentsStage(ctx, inf.config(brokers, pf.topicPrefix, pf.replication, pf.sessionTimeout, log, reg), pcfg.InstanceID, pcfg.DataDir)
		}()
	}
	if *demo {
		// The directory is on the instance before the banner: a newcomer's
		// first `mailflow status woodgrove.example`, typed as soon as dev
		// says it is up, must find the demo's domain (it exited 4, "not in
		// the directory", for about a second after the banner).
		demoCl, listed, err := startDemo(ctx, log, brokers, processor.TopicsWithPrefix(pf.topicPrefix), dc, pf.dataDir)
		if err != nil {
			cancel()
			wg.Wait()
			return err
		}
		if listed {
			awaitDemoDirectory(ctx, log, "http://"+addr, pf.apiToken, demoDomains[len(demoDomains)-1], errs)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer demoCl.Close()
			errs <- runDemo(ctx, log, demoCl, "http://"+addr, *demoCycle)
		}()
	}
	fmt.Fprintf(env.stderr, "\nmailflow dev is up:\n  console  http://%s/\n  API      http://%s/api/v1/domains?status=bad\n  metrics  http://%s/metrics\n  kafka    %s (topic %sdeliveries)\n", addr, addr, addr, b.Addr(), pf.topicPrefix)
	if dc != nil {
		fmt.Fprintf(env.stderr, "  sent     http://%s/sent (notifications caught by the built-in catcher)\n", addr)
	}
	if !*demo {
		// Without --demo nothing arrives until something is produced:
		// say how (review S25A, newcomer).
		fmt.Fprintf(env.stderr, "  events   none until produced: mailflow produce --brokers %s --file events.jsonl (one DeliveryEvent a line), or --rate 200 for generated traffic; mailflow dev --demo does it for you\n", b.Addr())
	}
	if *demo {
		// Silences and the tree want a signed-in manager; the first
		// password closes the open API (review S29B-2: the banner said
		// nothing of either, and the README's way in locked the CLI out).
		token := "set"
		if pf.apiToken == "" {
			token = "not set: start dev with MAILFLOW_API_TOKEN=$(openssl rand -hex 32) to keep status and logs working after it"
		}
		fmt.Fprintf(env.stderr, "  sign in  mailflow account set-password-link --brokers %s --manager woodgrove-it --console-url http://%s (silences and the tree want a signed-in manager; the first password closes the open API; operator token %s)\n", b.Addr(), addr, token)
	}
	fmt.Fprintln(env.stderr)

	select {
	case <-ctx.Done():
		// The cause names the signal (os/signal.NotifyContext).
		log.Info("mailflow dev: shutting down", "cause", context.Cause(ctx), "hint", "a second Ctrl-C stops at once")
	case err = <-errs:
		// main prints err itself once dev returned.
		log.Info("mailflow dev: shutting down", "cause", err)
	}
	stopping := time.Now()
	cancel()
	wg.Wait()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	log.Info("mailflow dev: stopped", "took", time.Since(stopping).Round(time.Millisecond))
	return err
}

// givenDuration is a duration flag that knows whether it was given, on
// the command line or in its environment variable, so that a default
// computed from other flags is not mistaken for a choice.
type givenDuration struct {
	d     time.Duration
	given bool
}

func (g *givenDuration) String() string {
	if g == nil || !g.given {
		return ""
	}
	return g.d.String()
}

func (g *givenDuration) Set(v string) error {
	d, err := time.ParseDuration(v)
	if err != nil {
		return err
	}
	g.d, g.given = d, true
	return nil
}

// brokerExposed reports whether a listen address (host:port) reaches
// beyond the loopback interface: an empty host, an unspecified or any
// other non-loopback address, or a name other than localhost.
func brokerExposed(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return true
	}
	if strings.EqualFold(host, "localhost") {
		return false
	}
	a, err := netip.ParseAddr(host)
	return err != nil || !a.Unmap().IsLoopback()
}

// demoDomains are the domains of the demo; the last one degrades.
var demoDomains = []string{
	"northwind.example", "contoso.example", "fabrikam.example", "adventure-works.example",
	"tailspin.example", "wingtip.example", "litware.example", "proseware.example",
	"lucerne.example", "margie-travel.example", "alpine-ski.example", "woodgrove.example",
}

// runDemo publishes a small directory and generates traffic. The story is
// deliberate: every domain stays Good (a rare deferral, never more than
// the failure budget allows) except woodgrove.example, which starts
// bouncing a sixth into each cycle (20 s of the default two minutes) and
// recovers a sixth later, so a newcomer sees a Bad, its notifications
// and a recovery within the first minute.
//
// cl is startDemo's client; runDemo produces on it until ctx ends and
// leaves closing it to the caller.
func runDemo(ctx context.Context, log *slog.Logger, cl *kgo.Client, console string, cycle time.Duration) error {
	degrading := demoDomains[len(demoDomains)-1]
	log.Info("demo traffic started: only "+degrading+" degrades, the others stay Good", "domains", len(demoDomains), "degrading", degrading,
		"cycle", cycle, "degrades_at", cycle/6, "recovers_at", cycle/3, "watch", console+"/domains/"+degrading)

	gen := loadgen.NewGeneratorFor(uint64(time.Now().UnixNano()), demoDomains, loadgen.Mix{}, fmt.Sprintf("demo-%d-", time.Now().Unix()))
	broken := loadgen.Mix{Deferred: 0.3, Bounced: 0.5}
	// sent counts each domain's attempts: every demoFailEvery-th healthy
	// attempt is deferred, so a window of 25 holds at most two failures
	// (the budget at 90%) and a healthy domain never turns Bad by chance.
	sent := map[string]int{}
	healthyMix := func(d string) loadgen.Mix {
		sent[d]++
		if sent[d]%demoFailEvery == 0 {
			return loadgen.Mix{Deferred: 1}
		}
		return loadgen.Mix{}
	}
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
		at := time.Since(start) % cycle
		phase := "healthy"
		if at >= cycle/6 && at < cycle/3 {
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
			recs = append(recs, demoRecord(gen, d, now, healthyMix(d)))
		}
		if n%2 == 0 {
			mix := healthyMix(degrading)
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

// startDemo returns the demo's producer, on the deliveries topic, once
// the demo's directory is on the config topic (publishDemoDirectoryOnce),
// and whether that directory lists the demo's degrading domain (an
// operator may have deleted it on an earlier start). The caller closes
// the client.
func startDemo(ctx context.Context, log *slog.Logger, brokers []string, topics processor.Topics, dc *devCatcher, dataDir string) (*kgo.Client, bool, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topics.Deliveries), kgo.ProducerLinger(50*time.Millisecond))
	if err != nil {
		return nil, false, fmt.Errorf("demo: %w", err)
	}
	webhook := ""
	if dc != nil {
		webhook = dc.webhookURL("northwind-noc")
	}
	listed, err := publishDemoDirectoryOnce(ctx, log, cl, brokers, topics.Config, webhook, dataDir)
	if err != nil {
		cl.Close()
		return nil, false, err
	}
	return cl, listed, nil
}

// demoDirectoryWait bounds how long dev waits for its instance to read
// the demo's directory before it prints the banner anyway.
const demoDirectoryWait = 30 * time.Second

// awaitDemoDirectory waits until the instance at console answers for
// domain with its customer, that is until it read the demo's directory
// from the config topic, polling the status API every 50 ms. It gives up
// with a warning after demoDirectoryWait, when ctx ends, or when one of
// dev's parts fails (the error is put back on errs for dev's main loop):
// the demo still runs, and the directory arrives a little later. The
// caller does not wait for a domain the directory does not list (an
// operator deleted it: TestDevDemoMarkerKeepsDeletions).
func awaitDemoDirectory(ctx context.Context, log *slog.Logger, console, token, domain string, errs chan error) {
	ctx, cancel := context.WithTimeout(ctx, demoDirectoryWait)
	defer cancel()
	u := console + "/api/v1/domains/" + domain + "/status"
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		switch body, code, _ := getAnswer(ctx, u, token); {
		case code == http.StatusUnauthorized || code == http.StatusForbidden:
			// A manager's password closed the open API and dev has no
			// operator token to ask with (newcomer review S38 N6: every
			// start then waited the whole bound, and its warning blamed
			// the directory): the banner says how to sign in.
			log.Debug("demo: the API is closed to dev; not waiting for the demo's directory", "status", code)
			return
		case code == http.StatusOK:
			var st api.Status
			if json.Unmarshal(body, &st) == nil && st.Customer != "" {
				return
			}
		}
		select {
		case <-ctx.Done():
			log.Warn("demo: the instance has not read the demo's directory yet; mailflow status of a demo domain may say it is unknown for a moment",
				"domain", domain, "waited", demoDirectoryWait)
			return
		case err := <-errs:
			errs <- err
			return
		case <-tick.C:
		}
	}
}

// demoFailEvery is how often a healthy demo domain's attempt is deferred:
// one in 15 keeps at most two failures in any 25 attempts.
const demoFailEvery = 15

func demoRecord(gen *loadgen.Generator, domain string, at time.Time, mix loadgen.Mix) *kgo.Record {
	ev := gen.NextFor(domain, at, mix)
	v, err := marshalEvent(&ev)
	if err != nil {
		return nil
	}
	return &kgo.Record{Key: []byte(ev.Domain), Value: v}
}

// demoMarker is the file, in dev's data dir, that says the demo's
// directory was published there.
const demoMarker = "demo-directory-published"

// publishDemoDirectoryOnce publishes the demo's directory on the first
// start on a data dir only: afterwards the directory is the operator's,
// changed in the console or with config apply, and a restart must not
// revert it. "Published before" is the marker file in dataDir, or any of
// the demo's entities on the config topic (a data dir from before the
// marker); a demo entity the operator deleted stays deleted.
func publishDemoDirectoryOnce(ctx context.Context, log *slog.Logger, cl *kgo.Client, brokers []string, topic, webhookURL, dataDir string) (listed bool, err error) {
	recs, err := demoDirectory(webhookURL)
	if err != nil {
		return false, err
	}
	// A directory that cannot be read (an invalid record someone wrote)
	// must not stop the demo: the marker alone decides then.
	cur, err := directory.Load(ctx, topic, kgo.SeedBrokers(brokers...))
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		log.Warn("demo: cannot read the directory; the data dir's marker alone says whether the demo's was published", "err", err)
		cur = directory.New()
	}
	present := 0
	for _, r := range recs {
		if demoEntityPresent(cur, r.Key) {
			present++
		}
	}
	marker := filepath.Join(dataDir, demoMarker)
	_, statErr := os.Stat(marker)
	if statErr == nil || present > 0 {
		log.Info("demo directory already on this data dir: left as it is, so that changes made in the console or with config apply stay (a fresh --data-dir starts the demo's directory anew)",
			"present", present, "of", len(recs), "data_dir", dataDir)
		warnStaleDemoWebhook(log, cur, webhookURL)
		_, listed = cur.Domains[demoDomains[len(demoDomains)-1]]
		if statErr != nil {
			return listed, writeDemoMarker(marker)
		}
		return listed, nil
	}
	if err := directory.Publish(ctx, cl, topic, recs); err != nil {
		return false, fmt.Errorf("demo: publish the directory: %w", err)
	}
	log.Info("demo directory published (first start on this data dir; later starts leave it as the console and config apply change it)",
		"entities", len(recs), "domains", len(demoDomains), "data_dir", dataDir)
	return true, writeDemoMarker(marker)
}

func writeDemoMarker(path string) error {
	msg := "mailflow dev --demo published its directory on this data dir; delete this file (or the data dir) to publish it again on the next start\n"
	if err := os.WriteFile(path, []byte(msg), 0o600); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// demoEntityPresent reports whether the entity of a config key is in d.
func demoEntityPresent(d *directory.Directory, key string) bool {
	kind, id, err := directory.ParseKey(key)
	if err != nil {
		return false
	}
	var ok bool
	switch kind {
	case directory.KindReseller:
		_, ok = d.Resellers[id]
	case directory.KindCustomer:
		_, ok = d.Customers[id]
	case directory.KindDomain:
		_, ok = d.Domains[id]
	case directory.KindManager:
		_, ok = d.Managers[id]
	case directory.KindSubscription:
		_, ok = d.Subscriptions[id]
	}
	return ok
}

// warnStaleDemoWebhook warns when the demo NOC's webhook still goes to a
// catcher of an earlier start on another address (--http changed): its
// webhooks would then fail.
func warnStaleDemoWebhook(log *slog.Logger, d *directory.Directory, webhookURL string) {
	noc, ok := d.Managers["northwind-noc"]
	if !ok || webhookURL == "" || noc.WebhookURL == webhookURL || !strings.Contains(noc.WebhookURL, catcher.WebhookPath+"/") {
		return
	}
	log.Warn("demo: northwind-noc's webhook goes to an earlier start's catcher, not this one's (--http changed?): its webhooks will fail; set it with mailflow config get / config apply",
		"webhook_url", directory.RedactWebhookURL(noc.WebhookURL), "catcher", webhookURL)
}

// demoDirectory returns the demo's directory records: the domains under a
// reseller and two customers, and managers at each level with their
// subscriptions, so that woodgrove.example's Bad and recovery reach a
// reseller's NOC (e-mail and, with webhookURL, a webhook), the customer's
// IT team and the domain's postmaster.
func demoDirectory(webhookURL string) ([]directory.Record, error) {
	noc := directory.Manager{ID: "northwind-noc", Name: "Northwind Partners NOC", Level: directory.LevelReseller, Of: "northwind-partners",
		Email: "noc@northwind-partners.example"}
	if webhookURL != "" {
		noc.WebhookURL = webhookURL
		noc.WebhookSecret = directory.WebhookSecretPrefix + base64.StdEncoding.EncodeToString([]byte(rand.Text()[:24]))
	}
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
	entities = append(entities,
		noc,
		directory.Manager{ID: "woodgrove-it", Name: "Woodgrove Bank IT", Level: directory.LevelCustomer, Of: "woodgrove-bank", Email: "it@woodgrove-bank.example"},
		directory.Manager{ID: "woodgrove-postmaster", Name: "Postmaster of woodgrove.example", Level: directory.LevelDomain, Of: "woodgrove.example", Email: "postmaster@woodgrove.example"},
		// The NOC hears of every domain of every customer, by e-mail and
		// webhook; the customer's IT and the domain's postmaster by e-mail.
		directory.Subscription{ID: "northwind-noc-all", Manager: "northwind-noc", Transitions: []directory.Transition{directory.TransitionBad, directory.TransitionRecovered}},
		directory.Subscription{ID: "woodgrove-it-all", Manager: "woodgrove-it"},
		directory.Subscription{ID: "woodgrove-postmaster", Manager: "woodgrove-postmaster", Channels: []string{"email"}},
	)
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}
