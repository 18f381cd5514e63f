package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/clientaddr"
	"github.com/mailflow/mailflow/consoleapi"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/internal/quarantine"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
)

// processorFlags are the flags of a processor instance (run and dev).
type processorFlags struct {
	topicPrefix    string
	group          string
	instanceID     string
	dataDir        string
	httpAddr       string
	advertise      string
	partitions     int
	replication    int
	maxPollRecords int
	fetchMaxBytes  int
	cacheSize      int
	memoryLimit    byteSize
	sessionTimeout time.Duration
	txnTimeout     time.Duration
	compression    string
	dedupeHorizon  time.Duration
	// apiToken is the API's admin token (api.Config.AdminToken); never
	// printed or logged.
	apiToken string
	// worstDomains is K of the worst-domain metrics (0: none), and
	// ownerMetrics adds the per-customer and per-reseller counts.
	worstDomains int
	ownerMetrics bool
	// clusterSecret authenticates the instances to each other
	// (api.Config.ClusterSecret); never printed or logged.
	clusterSecret string
	// The HTTP server's and the API's limits (api.ServerConfig,
	// api.Limits).
	maxConns         int
	apiRate          float64
	streamsPerCaller int
	// logRetention is how long the log store keeps attempts.
	logRetention time.Duration
	// logCompression is the codec of the log store's segments: none or
	// zstd.
	logCompression string
	// allowPrivateWebhooks lets the console accept webhook URLs on
	// non-public addresses.
	allowPrivateWebhooks bool
	// catcherWebhooks says mailflow dev's catcher, not the flag, set
	// allowPrivateWebhooks: the console then accepts loopback and
	// private hosts only (consoleapi.Config.RefuseLinkLocalWebhooks).
	catcherWebhooks bool
	// secureCookie marks the console's session cookie Secure (__Host-).
	secureCookie bool
	// allowedHosts are host names an open API answers besides IP
	// addresses, localhost and the advertised name (api.Config.OpenHosts).
	allowedHosts listFlag
	// trustedProxies are the reverse proxies whose X-Forwarded-For is
	// believed (clientaddr.Proxies).
	trustedProxies listFlag
}

func (f *processorFlags) register(fs *flagSet, dataDir, httpAddr string) {
	fs.StringVar(&f.topicPrefix, "topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	fs.StringVar(&f.group, "group", "mailflow", "consumer group of the processors")
	fs.StringVar(&f.instanceID, "instance-id", "", "unique, stable id of this instance (names its transactional id and group client id; default: created at the first start as HOSTNAME-8HEX and kept in --data-dir/instance-id; a flag that differs from the kept id wins with a warning, the file is left as it is)")
	fs.StringVar(&f.dataDir, "data-dir", dataDir, "directory of the state store")
	fs.StringVar(&f.httpAddr, "http", httpAddr, "address of the API, console and /metrics")
	fs.StringVar(&f.advertise, "advertise", "", "host:port other instances use to reach this one's API (default: --http, with this host's name when --http has no host)")
	fs.IntVar(&f.partitions, "partitions", 6, "partitions of the topics created at start")
	fs.IntVar(&f.replication, "replication", -1, "replication factor of the topics created at start (-1: the broker's default.replication.factor, as Kafka's own tools do; the embedded broker of mailflow dev has one node)")
	fs.IntVar(&f.fetchMaxBytes, "fetch-max-bytes", 0, "most bytes of one fetch of delivery events, which one transaction evaluates (0: from --memory-limit)")
	fs.IntVar(&f.maxPollRecords, "max-poll-records", 100000, "most delivery events processed in one transaction")
	f.memoryLimit = processor.DefaultMemoryLimit
	fs.Var(&f.memoryLimit, "memory-limit", "memory budget of the instance (e.g. 384MiB, 1GiB), divided between the state and log stores' caches and memtables, the window cache and the Go heap (whose limit it sets unless GOMEMLIMIT is set); at least 128MiB")
	fs.IntVar(&f.cacheSize, "cache-size", 0, "most domain windows kept in memory (0: from --memory-limit, about one per KiB of an eighth of its Go heap share)")
	fs.DurationVar(&f.sessionTimeout, "session-timeout", 45*time.Second, "how long the group waits for a silent instance before moving its partitions")
	fs.DurationVar(&f.txnTimeout, "transaction-timeout", processor.DefaultTransactionTimeout, "the producer's transaction.timeout.ms: how long the partitions of an instance that died mid-transaction wait before another instance can read them (from 1s to 15m, the broker's transaction.max.timeout.ms default)")
	fs.StringVar(&f.compression, "compression", processor.CompressionDefault, "codec of the batches the processor writes (alerts, changelog, dead letters): none, gzip, snappy, lz4 or zstd")
	fs.DurationVar(&f.dedupeHorizon, "dedupe-horizon", 24*time.Hour, "how long an event id, once counted for its domain, makes a later copy of it a duplicate (by arrival time)")
	fs.StringVar(&f.apiToken, "api-token", "", "operator bearer token of the API: sees every domain (managers use their own tokens from the directory); prefer MAILFLOW_API_TOKEN, as a flag shows in the process list; the same on every instance. Without it and without manager tokens the API is open (development only)")
	f.registerMetricsFlags(fs)
	fs.StringVar(&f.clusterSecret, "cluster-secret", "", "shared secret (16 bytes or more, e.g. openssl rand -base64 32) with which the instances of a cluster sign the requests they forward each other and the answers; the same on every instance; prefer MAILFLOW_CLUSTER_SECRET. Without it, an instance neither forwards requests for domains another instance owns nor accepts forwarded ones")
	fs.IntVar(&f.maxConns, "max-conns", api.DefaultMaxConns, "most HTTP connections held open; at the cap the idlest is closed to make room")
	fs.Float64Var(&f.apiRate, "api-rate", api.DefaultRate, "API requests a second allowed per token, in bursts of twice as many; over it 429 (-1: no limit; an open API is not limited)")
	fs.IntVar(&f.streamsPerCaller, "streams-per-token", api.DefaultStreamsPerCaller, "live-log streams one token (or client address while the API is open) may hold open")
	fs.Var(&f.allowedHosts, "allowed-hosts", "host names, comma-separated, that the API answers while it is open (no token: development) besides IP addresses, localhost and the --advertise name; other names get 421, against web pages reading an open API through DNS rebinding")
	fs.Var(&f.trustedProxies, "trusted-proxies", "IP addresses and CIDR prefixes, comma-separated, of the reverse proxies in front of --http (TLS terminators, load balancers): a request from one of them counts as coming from the client its X-Forwarded-For names (read from the right, past the trusted hops), in the sign-in and wrong-token throttles, the rate limits and the audit log; without it every client behind a proxy counts as the proxy, and one client's failures throttle all")
	fs.BoolVar(&f.secureCookie, "secure-cookie", false, "the console is served over HTTPS (a TLS-terminating proxy in front of --http): mark the session cookie Secure with the __Host- prefix, so that a browser never sends it over plain HTTP (RFC 6265bis); set it in production")
	fs.BoolVar(&f.allowPrivateWebhooks, "allow-private-webhooks", false, "let managers set webhook URLs on loopback, private and link-local addresses in the console (refused by default, against SSRF); the sinks must let them through too (mailflow sink --allow-private-webhooks)")
	fs.DurationVar(&f.logRetention, "log-retention", logstore.DefaultRetention, "how long every attempt is kept in the log store (--data-dir/logs) for the Logs tab and timelines; the deliveries topic's retention must cover it")
	fs.StringVar(&f.logCompression, "log-compression", "none", "codec of the log store's segments: none (about 320 bytes on disk an attempt, the least CPU) or zstd (about 120-200 bytes, about twice the log store's CPU per attempt); segments already written keep theirs")
}

// apiOption passes the cluster secret and the HTTP limits to
// serveProcessor.
func (f *processorFlags) apiOption() instanceOption {
	return func(o *instanceOptions) {
		o.clusterSecret, o.maxConns = f.clusterSecret, f.maxConns
		o.limits = api.Limits{Rate: f.apiRate, Burst: int(max(1, 2*f.apiRate)), StreamsPerCaller: f.streamsPerCaller}
		o.logRetention = f.logRetention
		o.logCompression = f.logCompression
		o.allowPrivateWebhooks = f.allowPrivateWebhooks
		o.refuseLinkLocalWebhooks = f.catcherWebhooks
		o.secureCookie = f.secureCookie
		o.openHosts = f.allowedHosts
		o.trustedProxies = f.trustedProxies
	}
}

// registerMetricsFlags adds the flags of the bounded per-domain metrics.
func (f *processorFlags) registerMetricsFlags(fs *flagSet) {
	fs.IntVar(&f.worstDomains, "worst-domains", processor.DefaultWorstDomains, "K of the per-domain metrics: the success ratio and failures of the K worst Bad domains, at most K series whatever the number of domains (0: none)")
	fs.BoolVar(&f.ownerMetrics, "owner-metrics", false, "also export the Bad domains of the K customers and K resellers with the most (labels customer, reseller)")
}

// metricsOption passes the per-domain metrics flags to serveProcessor.
func (f *processorFlags) metricsOption() instanceOption {
	return func(o *instanceOptions) { o.worstDomains, o.ownerMetrics = f.worstDomains, f.ownerMetrics }
}

// instanceOptions are serveProcessor's optional settings.
type instanceOptions struct {
	worstDomains  int
	ownerMetrics  bool
	clusterSecret string
	maxConns      int
	limits        api.Limits
	logRetention  time.Duration // 0: logstore.DefaultRetention
	// logCompression is the log store's segment codec ("zstd" or none).
	logCompression string
	// allowPrivateWebhooks: consoleapi.Config.AllowPrivateWebhooks.
	allowPrivateWebhooks bool
	// refuseLinkLocalWebhooks: consoleapi.Config.RefuseLinkLocalWebhooks.
	refuseLinkLocalWebhooks bool
	// secureCookie: consoleapi.Config.Secure.
	secureCookie bool
	// openHosts: api.Config.OpenHosts.
	openHosts []string
	// trustedProxies: clientaddr.ParseProxies, checked by the flags'
	// validation.
	trustedProxies []string
	// frontKey: consoleapi.Config.FrontKey (dev's front, dev_catcher.go).
	frontKey clientaddr.Key
	// refuseOpenAPI makes serveProcessor refuse to serve an open API
	// (no operator token, no manager credential) on an address other
	// than loopback (mailflow run without --open-api).
	refuseOpenAPI bool
	// incidentsTopic, when set, is the incidents stage's output topic:
	// the status API names the open incident a Bad domain is part of
	// (api.Config.Incidents).
	incidentsTopic string
}

// instanceOption sets one of serveProcessor's optional settings.
type instanceOption func(*instanceOptions)

// registerWorstDomains registers the collector of the K worst domains of
// p's partitions on reg (none when K is 0).
func registerWorstDomains(reg prometheus.Registerer, p *processor.Processor, o instanceOptions, log *slog.Logger) error {
	if o.worstDomains <= 0 {
		return nil
	}
	owned := func() []int32 {
		if v := p.Ownership(); v != nil {
			return v.Partitions
		}
		return nil
	}
	opts := []processor.WorstOption{processor.WithWorstLogger(log)}
	if o.ownerMetrics {
		opts = append(opts, processor.WithOwners(func(domain string) (string, string) {
			r := p.Directory().Resolve(domain)
			return r.Customer, r.Reseller
		}))
	}
	if err := reg.Register(processor.NewWorstDomains(p.Store(), owned, o.worstDomains, opts...)); err != nil {
		return fmt.Errorf("register the worst-domain metrics: %w", err)
	}
	return nil
}

func (f *processorFlags) check() error {
	if f.dataDir == "" {
		return usageErr("--data-dir is required")
	}
	if f.logRetention < time.Hour {
		return usageErr("--log-retention must be at least 1h (attempts expire by the hour), not %s", f.logRetention)
	}
	if f.logCompression != "none" && f.logCompression != "zstd" {
		return usageErr("--log-compression: %q is not none or zstd", f.logCompression)
	}
	if f.instanceID != "" {
		if err := processor.ValidateInstanceID(f.instanceID); err != nil {
			return usageErr("--instance-id: %v", err)
		}
	}
	host, port, err := net.SplitHostPort(f.httpAddr)
	if err != nil {
		return usageErr("--http: %q is not host:port", f.httpAddr)
	}
	if f.advertise == "" {
		if host == "" || host == "0.0.0.0" || host == "::" {
			if host, err = os.Hostname(); err != nil {
				return usageErr("--advertise is required: no host name (%v)", err)
			}
		}
		f.advertise = net.JoinHostPort(host, port)
	} else if _, _, err := net.SplitHostPort(f.advertise); err != nil {
		return usageErr("--advertise: %q is not host:port", f.advertise)
	}
	if f.partitions < 1 || f.partitions > 10000 {
		return usageErr("--partitions must be from 1 to 10000, not %d", f.partitions)
	}
	if f.replication == 0 || f.replication < -1 || f.replication > 32767 {
		return usageErr("--replication must be -1 or from 1 up, not %d", f.replication)
	}
	if err := positive("max-poll-records", f.maxPollRecords); err != nil {
		return err
	}
	if f.fetchMaxBytes != 0 && (f.fetchMaxBytes < 1<<10 || f.fetchMaxBytes > 1<<30) {
		return usageErr("--fetch-max-bytes must be from 1024 to 1073741824, not %d", f.fetchMaxBytes)
	}
	if err := positiveDuration("session-timeout", f.sessionTimeout); err != nil {
		return err
	}
	if f.txnTimeout < time.Second || f.txnTimeout > 15*time.Minute {
		return usageErr("--transaction-timeout must be from 1s to 15m, not %s", f.txnTimeout)
	}
	if _, err := processor.ParseCompression(f.compression); err != nil {
		return usageErr("--compression: %v", err)
	}
	if f.dedupeHorizon < time.Hour {
		return usageErr("--dedupe-horizon must be at least 1h, not %s", f.dedupeHorizon)
	}
	if f.apiToken != "" {
		// Never echo the token itself.
		if err := api.CheckAPIToken(f.apiToken); err != nil {
			return usageErr("--api-token (MAILFLOW_API_TOKEN): %v", err)
		}
	}
	if f.clusterSecret != "" {
		if err := api.CheckClusterSecret(f.clusterSecret); err != nil {
			return usageErr("--cluster-secret: %v", err)
		}
	}
	if _, err := clientaddr.ParseProxies(f.trustedProxies); err != nil {
		return usageErr("--trusted-proxies: %v", err)
	}
	if err := positive("max-conns", f.maxConns); err != nil {
		return err
	}
	if err := positive("streams-per-token", f.streamsPerCaller); err != nil {
		return err
	}
	if f.apiRate == 0 || f.apiRate < -1 {
		return usageErr("--api-rate must be positive or -1, not %g", f.apiRate)
	}
	if f.worstDomains < 0 || f.worstDomains > 10000 {
		return usageErr("--worst-domains must be from 0 to 10000, not %d", f.worstDomains)
	}
	if _, err := processor.NewMemoryBudget(int64(f.memoryLimit)); err != nil {
		return usageErr("--memory-limit: %v", err)
	}
	if f.cacheSize < 0 {
		return usageErr("--cache-size must be 0 or more, not %d", f.cacheSize)
	}
	return nil
}

func (f *processorFlags) config(brokers []string, log *slog.Logger, reg prometheus.Registerer) processor.Config {
	diag, advice := classifier()
	return processor.Config{
		Brokers:            brokers,
		Topics:             processor.TopicsWithPrefix(f.topicPrefix),
		Group:              f.group,
		InstanceID:         f.instanceID,
		AdvertiseAddr:      f.advertise,
		DataDir:            f.dataDir,
		Partitions:         int32(f.partitions),
		Replication:        int16(f.replication),
		MaxPollRecords:     f.maxPollRecords,
		FetchMaxBytes:      int32(f.fetchMaxBytes),
		CacheSize:          f.cacheSize,
		MemoryLimit:        int64(f.memoryLimit),
		SessionTimeout:     f.sessionTimeout,
		TransactionTimeout: f.txnTimeout,
		Compression:        f.compression,
		DedupeHorizon:      f.dedupeHorizon,
		Diagnose:           diag,
		Advice:             advice,
		Log:                log,
		Registerer:         reg,
	}
}

// newRegistry returns a registry with the Go runtime and process
// collectors, for /metrics.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// serveProcessor runs a processor and its HTTP server until ctx is done or
// either fails. adminToken is the API's operator token (empty: none).
// ready, when set, is called with the HTTP address once the server listens.
//
// The K worst domains are exported (K = processor.DefaultWorstDomains
// unless an option, processorFlags.metricsOption, says otherwise).
func serveProcessor(ctx context.Context, log *slog.Logger, cfg processor.Config, reg *prometheus.Registry, httpAddr, adminToken string, ready func(addr string), opts ...instanceOption) error {
	o := instanceOptions{worstDomains: processor.DefaultWorstDomains}
	for _, opt := range opts {
		opt(&o)
	}
	// Listen first: with port 0 the advertised address needs the port the
	// system chose.
	ln, err := net.Listen("tcp", httpAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", httpAddr, err)
	}
	defer ln.Close()
	if host, port, err := net.SplitHostPort(cfg.AdvertiseAddr); err == nil && port == "0" {
		_, port, _ = net.SplitHostPort(ln.Addr().String())
		cfg.AdvertiseAddr = net.JoinHostPort(host, port)
	}
	budget, err := processor.NewMemoryBudget(cmp.Or(cfg.MemoryLimit, processor.DefaultMemoryLimit))
	if err != nil {
		return err
	}
	applyMemoryLimit(budget, log)
	// The log store (see openLogStore) closes after the processor.
	var p *processor.Processor
	logs, err := openLogStore(ctx, cfg.DataDir, cmp.Or(o.logRetention, logstore.DefaultRetention), cmp.Or(cfg.DedupeHorizon, 24*time.Hour),
		func(d string) int32 { return p.PartitionOf(d) }, log, logstore.WithCacheSize(budget.LogCache), logstore.WithTuning(uint64(budget.LogMemTable), 32, o.logCompression == "zstd"))
	if err != nil {
		return err
	}
	defer logs.Close()
	// The managers' console API (package consoleapi) in front of the read
	// API: accounts on <prefix>accounts, audit on <prefix>audit.
	kopts := append([]kgo.Opt{kgo.SeedBrokers(cfg.Brokers...)}, cfg.KafkaOptions...)
	prefix := strings.TrimSuffix(cfg.Topics.Config, "config")
	accts, err := accounts.Open(ctx, prefix+accounts.TopicSuffix, kopts, accounts.WithLogger(log),
		accounts.WithHolder(holders(func() *directory.Directory { return p.Directory() })))
	if err != nil {
		return err
	}
	defer accts.Close()
	// Refused before the processor joins its group: a refused instance
	// restarted by its supervisor would make the group rebalance at
	// every try (first review of the eighteenth session, R2b).
	if adminToken == "" && o.refuseOpenAPI && reachable(ln.Addr(), o) && !accts.HasCredentials() {
		open, err := directoryHasNoTokens(ctx, cfg.Topics.Config, log, kopts)
		if err != nil {
			return err
		}
		if open {
			return openAPIRefused(ln.Addr())
		}
	}
	cfg.Logs = processor.NewLogSink(logs)
	p, err = processor.New(ctx, cfg)
	if err != nil {
		return err
	}
	defer p.Close()
	checkLogRetention(ctx, cfg, cmp.Or(o.logRetention, logstore.DefaultRetention), log)
	// Damage either store meets marks it for a rebuild at the next start:
	// an alert (MailflowStoreDamaged) tells the operator to restart.
	if err := reg.Register(quarantine.Collector(map[string]string{"state": cfg.DataDir, "log": filepath.Join(cfg.DataDir, logsDir)})); err != nil {
		return fmt.Errorf("register the stores' damage metrics: %w", err)
	}
	if err := registerWorstDomains(reg, p, o, log); err != nil {
		return err
	}

	go accts.RunSweeper(ctx, 10*time.Minute)
	consoleCl, err := kgo.NewClient(kopts...)
	if err != nil {
		return err
	}
	defer consoleCl.Close()
	// A signed-in manager's session cookie (or a token made in the
	// console) opens the read API too: the console API answers who the
	// caller is.
	var consoleAPI *consoleapi.Handler
	// The console reads statuses through the API with the operator's
	// scope: with a token that never leaves this process, so that it
	// works whether or not --api-token is set.
	internal := rand.Text()
	var incTable *incidents.Table
	if o.incidentsTopic != "" {
		if incTable, err = incidents.NewTable(ctx, o.incidentsTopic, log, kopts...); err != nil {
			return err
		}
		defer incTable.Close()
	}
	// One guard for the read API and the console's API: a token's rate
	// limit and a client address's wrong tokens count the same on every
	// path (review finding F6).
	guard := api.NewGuard(o.limits)
	apiH := api.Handler(api.Config{Backend: p, Gatherer: reg, Log: log, Extra: consoleHandler(), Self: cfg.AdvertiseAddr,
		AdminToken: adminToken, InternalToken: internal, ClusterSecret: []byte(o.clusterSecret), Cluster: cfg.Group + "@" + cfg.Topics.Deliveries, Guard: guard, OpenHosts: o.openHosts,
		Session:     func(r *http.Request) (directory.Manager, bool, bool) { return consoleAPI.Caller(r) },
		Credentials: accts.HasCredentials, Logs: logs, Incidents: incidentLookup(incTable),
		NeverOpen: o.refuseOpenAPI && reachable(ln.Addr(), o), RefuseForwarded: o.refuseOpenAPI})
	consoleAPI, err = consoleapi.New(ctx, consoleapi.Config{Directory: p.Directory, CatchUp: p.CatchUpDirectory, Client: consoleCl,
		ConfigTopic: cfg.Topics.Config, AuditTopic: prefix + audit.TopicSuffix, Accounts: accts,
		Statuses: &consoleapi.APIStatuses{API: apiH, Token: internal}, AdminToken: adminToken, Log: log, Registerer: reg,
		AllowPrivateWebhooks: o.allowPrivateWebhooks, RefuseLinkLocalWebhooks: o.refuseLinkLocalWebhooks, FrontKey: o.frontKey, Secure: o.secureCookie, Guard: guard})
	if err != nil {
		return err
	}
	proxies, err := clientaddr.ParseProxies(o.trustedProxies)
	if err != nil {
		return fmt.Errorf("--trusted-proxies: %w", err)
	}
	if adminToken == "" && o.refuseOpenAPI && reachable(ln.Addr(), o) && !accts.HasCredentials() {
		// Served only once the processor's directory is read whole, so
		// that its tokens count from the first request and the log
		// below says whether the API is open (review F9).
		if err := p.WaitDirectory(ctx); err != nil {
			return err
		}
	}
	apiOpen := adminToken == "" && !accts.HasCredentials() && !p.Directory().HasAPITokens()
	srv := api.NewServer(proxies.Wrap(consoleAPI.Wrap(apiH)), api.ServerConfig{MaxConns: o.maxConns, Log: log})
	httpErr := make(chan error, 1)
	go func() { httpErr <- srv.Serve(ln) }()
	log.Info("serving the API, console and metrics", "addr", "http://"+ln.Addr().String(), "advertised", cfg.AdvertiseAddr)
	// Whether the API is open; the token itself is never logged.
	switch {
	case adminToken != "":
		log.Info("the API is token-protected: the admin token (--api-token) sees every domain, a manager's token its own domains")
	case !apiOpen:
		// A restart of an instance whose managers have signed up: the
		// API is closed, and a warning that it is open would be false.
		log.Info("the API is closed: managers have console passwords or API tokens, and every request needs a session or a token; there is no operator token (set --api-token, MAILFLOW_API_TOKEN, for operator access)")
	default:
		log.Warn("no --api-token: the API is open for as long as no manager has an API token or a console password (it closes by itself when one has); set --api-token (MAILFLOW_API_TOKEN) to protect it from the start")
	}
	if o.clusterSecret == "" {
		log.Warn("no cluster secret (--cluster-secret, MAILFLOW_CLUSTER_SECRET): this instance will neither forward API requests for domains other instances own (503) nor accept forwarded ones; a cluster of more than one instance needs the same secret on each")
	}
	if needsSecureCookie(ln.Addr(), o.secureCookie) {
		log.Warn("no --secure-cookie: the console's session cookie is not marked Secure, and a browser sends it over plain HTTP too; set --secure-cookie when a TLS proxy serves the console, as in production (and --trusted-proxies with the proxy's address)")
	}
	if ready != nil {
		ready(ln.Addr().String())
	}

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- p.Run(runCtx) }()

	select {
	case err = <-runErr:
	case err = <-httpErr:
		cancel()
		<-runErr
	}
	shutdownCtx, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	_ = srv.Shutdown(shutdownCtx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// incidentLookup gives the API t, or nothing without a table (a nil
// *incidents.Table in the interface would be a lookup that is not nil).
func incidentLookup(t *incidents.Table) api.IncidentLookup {
	if t == nil {
		return nil
	}
	return t
}

// isLoopback reports whether addr, a listener's address, is on a loopback
// interface only (127.0.0.0/8, ::1); an unspecified address (0.0.0.0, ::)
// listens on every interface.
func isLoopback(addr net.Addr) bool {
	a, ok := addr.(*net.TCPAddr)
	return ok && a.IP.IsLoopback()
}

// directoryHasNoTokens reads the directory on the config topic whole and
// reports whether no manager has an API token in it (a credential that
// closes an open API).
func directoryHasNoTokens(ctx context.Context, topic string, log *slog.Logger, kopts []kgo.Opt) (bool, error) {
	cl, err := kgo.NewClient(kopts...)
	if err != nil {
		return false, err
	}
	topics, err := kadm.NewClient(cl).ListTopics(ctx, topic)
	cl.Close()
	if err != nil {
		return false, fmt.Errorf("look up the config topic %s: %w", topic, err)
	}
	if !topics.Has(topic) {
		return true, nil // a first start: the processor creates it
	}
	table, err := directory.NewTable(ctx, topic, log, kopts...)
	if err != nil {
		return false, err
	}
	defer table.Close()
	// The directory's tokens count only once it is read whole.
	if err := table.WaitReady(ctx); err != nil {
		return false, fmt.Errorf("read the directory on %s: %w", topic, err)
	}
	return !table.Current().HasAPITokens(), nil
}

// openAPIRefused is run's error for an open API that other machines
// reach.
func openAPIRefused(addr net.Addr) error {
	return usageErr("the API would be open (no operator token, and no manager has an API token or a console password) on %s, which other machines reach (not a loopback address, or behind the proxy --trusted-proxies or --secure-cookie says there is): anyone who reaches it reads every domain and writes the directory. Set --api-token (better MAILFLOW_API_TOKEN, the same on every instance; a random one: openssl rand -base64 32), listen on loopback (--http 127.0.0.1:8080), or pass --open-api on a network you trust", addr)
}

// reachable reports whether clients beyond this machine reach the API:
// a listener beyond loopback, or a loopback one behind a reverse proxy
// (--trusted-proxies, --secure-cookie).
func reachable(addr net.Addr, o instanceOptions) bool {
	return !isLoopback(addr) || len(o.trustedProxies) > 0 || o.secureCookie
}

// needsSecureCookie reports whether an instance listening on addr should
// warn that its session cookie is not marked Secure: it is reached from
// other machines (not loopback only), where production has a TLS proxy.
func needsSecureCookie(addr net.Addr, secure bool) bool {
	a, ok := addr.(*net.TCPAddr)
	return ok && !secure && !a.IP.IsLoopback()
}
