package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/sinks"
)

// sinkFlags are the flags of the notification sinks (sink and dev).
type sinkFlags struct {
	group          string
	dataDir        string
	smtpHost       string
	smtpPort       int
	smtpUser       string
	smtpPassword   string
	smtpTLS        string
	smtpFrom       string
	consoleURL     string
	webhookTimeout time.Duration
	maxAttempts    int
	backoffBase    time.Duration
	backoffMax     time.Duration
	allowPrivate   bool
	allowLoopback  bool // set by dev for its catcher
	// alertmanagers are the Alertmanager base URLs; they may hold
	// credentials, so they are never printed.
	alertmanagers urlsFlag
	amResend      time.Duration
	amSeverity    string
	// incidents follows the incidents stage's output (sinks.Config.Incidents).
	incidents bool
	// The sink's budgets (sinks.Config, flow.go).
	concurrency, targetConcurrency int
	maxInflight, targetInflight    int
	maxQueued                      int
	slowDelivery                   time.Duration
}

// urlsFlag is a list of URLs given as a repeated flag, comma-separated, or
// both (--alertmanager http://am-1:9093 --alertmanager http://am-2:9093).
// Its String never shows the URLs, which may hold credentials.
type urlsFlag []string

func (u *urlsFlag) String() string {
	if u == nil || len(*u) == 0 {
		return ""
	}
	return fmt.Sprintf("(%d URLs)", len(*u))
}

func (u *urlsFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*u = append(*u, part)
		}
	}
	return nil
}

func (f *sinkFlags) register(fs *flagSet, dataDir string) {
	fs.StringVar(&f.group, "sink-group", "", "consumer group of the sinks (default: <topic-prefix>sink)")
	fs.StringVar(&f.dataDir, "sink-data-dir", dataDir, "directory of the sink's store of delivered notifications")
	fs.StringVar(&f.smtpHost, "smtp-host", "", "SMTP server for e-mail notifications (empty: e-mail notifications are dead-lettered)")
	fs.IntVar(&f.smtpPort, "smtp-port", 0, "SMTP port (default by --smtp-tls: 25, 587 or 465)")
	fs.StringVar(&f.smtpUser, "smtp-user", "", "SMTP AUTH user name")
	fs.StringVar(&f.smtpPassword, "smtp-password", "", "SMTP AUTH password (prefer MAILFLOW_SMTP_PASSWORD; never logged)")
	fs.StringVar(&f.smtpTLS, "smtp-tls", "starttls", "SMTP TLS: none, starttls or implicit")
	fs.StringVar(&f.smtpFrom, "smtp-from", "mailflow@localhost", "sender address of notifications")
	fs.StringVar(&f.consoleURL, "console-url", "", "base URL of the console, for links in notifications")
	fs.DurationVar(&f.webhookTimeout, "webhook-timeout", 10*time.Second, "timeout of one webhook request")
	fs.IntVar(&f.maxAttempts, "max-attempts", 20, "delivery attempts of a notification before it is dead-lettered (20: about an hour of retries, the backoff doubling from 1 s to 5 min)")
	fs.IntVar(&f.concurrency, "concurrency", 64, "deliveries in progress at once (a retry waiting holds none)")
	fs.IntVar(&f.targetConcurrency, "target-concurrency", 4, "deliveries in progress at once to one manager's channel (a hanging receiver holds no more)")
	fs.IntVar(&f.maxInflight, "max-inflight", 1024, "notifications in progress to healthy receivers before the sink reads no more alerts (a failing receiver's do not count)")
	fs.IntVar(&f.targetInflight, "target-inflight", 64, "most of --max-inflight one manager's channel takes")
	fs.DurationVar(&f.slowDelivery, "slow-delivery", 3*time.Second, "a delivery slower than this puts its receiver with the failing ones (out of --max-inflight, one delivery at a time) until one is quick again")
	fs.IntVar(&f.maxQueued, "max-queued", 65536, "notifications held in memory in any state (about 1 KiB each) before the sink reads no more alerts")
	fs.DurationVar(&f.backoffBase, "backoff-base", time.Second, "first retry delay (doubles, with jitter)")
	fs.DurationVar(&f.backoffMax, "backoff-max", 5*time.Minute, "longest retry delay")
	fs.BoolVar(&f.allowPrivate, "allow-private-webhooks", false, "let webhooks reach loopback, private and link-local addresses")
	fs.Var(&f.alertmanagers, "alertmanager", "Alertmanager base URL to post every Bad and recovery alert to (API v2); repeat or comma-separate for an HA pair, each is posted to")
	fs.DurationVar(&f.amResend, "alertmanager-resend", time.Minute, "how often the alerts of domains still Bad are posted to Alertmanager again (firing alerts expire after 4 intervals without a post)")
	fs.StringVar(&f.amSeverity, "alertmanager-severity", "warning", "severity label of the Alertmanager alerts")
	fs.BoolVar(&f.incidents, "incidents", true, "follow <topic-prefix>incidents: notify the subscriptions with incidents: true of provider-wide incidents, and name the incident in each domain's notification (false when no mailflow run has --incidents)")
}

func (f *sinkFlags) check() error {
	switch sinks.TLSMode(f.smtpTLS) {
	case sinks.TLSNone, sinks.TLSStartTLS, sinks.TLSImplicit:
	default:
		return usageErr("--smtp-tls: %q is not none, starttls or implicit", f.smtpTLS)
	}
	if f.smtpUser != "" && sinks.TLSMode(f.smtpTLS) == sinks.TLSNone && !isLoopbackHost(f.smtpHost) {
		// go-mail will not send PLAIN or LOGIN credentials over plain
		// text (net/smtp's rule), so every e-mail failed for an hour
		// with "autodiscover was not able to detect a supported
		// authentication mechanism" and no word at start.
		return usageErr("--smtp-user with --smtp-tls none: SMTP AUTH would send the password in clear to %s, which the mail library refuses; use --smtp-tls starttls (port 587) or implicit (port 465)", f.smtpHost)
	}
	if err := checkSMTPHost(f.smtpHost, sinks.TLSMode(f.smtpTLS) == sinks.TLSNone); err != nil {
		return err
	}
	if f.smtpPort < 0 || f.smtpPort > 65535 {
		return usageErr("--smtp-port: %d is not a port", f.smtpPort)
	}
	if f.dataDir == "" {
		return usageErr("--sink-data-dir is required")
	}
	if f.consoleURL != "" {
		if err := checkConsoleURL(f.consoleURL); err != nil {
			return err
		}
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"max-attempts", f.maxAttempts}, {"concurrency", f.concurrency}, {"target-concurrency", f.targetConcurrency},
		{"max-inflight", f.maxInflight}, {"target-inflight", f.targetInflight}, {"max-queued", f.maxQueued}} {
		if err := positive(n.name, n.v); err != nil {
			return err
		}
	}
	if f.maxQueued < f.maxInflight {
		return usageErr("--max-queued (%d) is below --max-inflight (%d)", f.maxQueued, f.maxInflight)
	}
	for i, raw := range f.alertmanagers {
		u, err := url.Parse(raw)
		if err != nil {
			// The error would quote the URL, which may hold a password.
			return usageErr("--alertmanager: URL #%d is not a URL", i+1)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usageErr("--alertmanager: %s is not http(s)://host[:port][/prefix]", u.Redacted())
		}
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"webhook-timeout", f.webhookTimeout}, {"backoff-base", f.backoffBase}, {"backoff-max", f.backoffMax}, {"alertmanager-resend", f.amResend}, {"slow-delivery", f.slowDelivery}} {
		if err := positiveDuration(d.name, d.v); err != nil {
			return err
		}
	}
	return nil
}

func (f *sinkFlags) config(brokers []string, topicPrefix string, log *slog.Logger, reg prometheus.Registerer) sinks.Config {
	return sinks.Config{
		Kafka:       []kgo.Opt{kgo.SeedBrokers(brokers...)},
		TopicPrefix: topicPrefix,
		Group:       f.group,
		DataDir:     f.dataDir,
		SMTP: sinks.SMTPConfig{
			Host: f.smtpHost, Port: f.smtpPort, Username: f.smtpUser, Password: f.smtpPassword,
			TLS: sinks.TLSMode(f.smtpTLS), From: f.smtpFrom,
		},
		ConsoleURL:           f.consoleURL,
		WebhookTimeout:       f.webhookTimeout,
		AllowPrivateWebhooks: f.allowPrivate, AllowLoopbackWebhooks: f.allowLoopback,
		Alertmanager: sinks.AlertmanagerConfig{
			URLs: f.alertmanagers, ResendInterval: f.amResend, Severity: f.amSeverity,
		},
		Incidents:         f.incidents,
		MaxAttempts:       f.maxAttempts,
		BackoffBase:       f.backoffBase,
		BackoffMax:        f.backoffMax,
		Concurrency:       f.concurrency,
		TargetConcurrency: f.targetConcurrency,
		MaxInflight:       f.maxInflight,
		TargetInflight:    f.targetInflight,
		MaxQueued:         f.maxQueued,
		SlowDelivery:      f.slowDelivery,
		Logger:            log,
		Registerer:        reg,
	}
}

func runSink(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "sink", "--brokers HOST:PORT[,...] [flags]")
	var brokers listFlag
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated (required)")
	topicPrefix := fs.String("topic-prefix", "mailflow.", "prefix of every topic name")
	var sf sinkFlags
	sf.register(fs, "mailflow-sink-data")
	httpAddr := fs.String("http", ":8081", "address of /metrics and /healthz")
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	if err := checkHostPorts("http", []string{*httpAddr}); err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		return err
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	if sf.smtpHost == "" {
		// Said once at the start, not only in the flag's help (review
		// S29B-3): a sink started without it looks healthy.
		log.Warn("sink: no --smtp-host: e-mail notifications, and the ticketing systems fed by e-mail, are not sent but dead-lettered (the dead-letter topic keeps each with its reason); give --smtp-host to send them")
	}
	reg := newRegistry()
	stop, err := serveMetrics(*httpAddr, reg, log)
	if err != nil {
		return err
	}
	defer stop()
	return sinks.Run(ctx, sf.config(brokers, *topicPrefix, log, reg))
}

// serveMetrics serves /metrics and /healthz on addr until stop is called.
func serveMetrics(addr string, reg *prometheus.Registry, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	log.Info("serving metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	return func() { _ = srv.Close() }, nil
}

// isLoopbackHost reports whether host is one for which go-mail's PLAIN
// and LOGIN authentication run over plain text: exactly "localhost",
// "127.0.0.1" or "::1" (net/smtp's rule; LOCALHOST, 127.0.0.2 or a
// mapped address are refused by it like any remote host).
func isLoopbackHost(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || host == "::1"
}

// checkSMTPHost checks --smtp-host: a host name or an IPv4 address,
// without a port (that is --smtp-port). The mail library joins host and
// port with a colon, so "smtp.example.net:587" and a bare IPv6 literal
// failed only at the first notification ("too many colons in address");
// an IPv6 literal in brackets dials, but names no TLS server, so it is
// taken with --smtp-tls none only (plainTLS).
func checkSMTPHost(h string, plainTLS bool) error {
	if h == "" {
		return nil
	}
	if strings.Contains(h, ":") {
		bracketed := strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]")
		if ip := net.ParseIP(strings.Trim(h, "[]")); ip != nil && ip.To4() == nil {
			if bracketed && plainTLS {
				return nil
			}
			if bracketed {
				return usageErr("--smtp-host %q: an IPv6 address names no server for TLS to check; give the server's name, or --smtp-tls none", h)
			}
			return usageErr("--smtp-host %q: write an IPv6 address in brackets ([2001:db8::25]), with --smtp-tls none, or give the server's name", h)
		}
		return usageErr("--smtp-host %q: give the host alone; the port is --smtp-port", h)
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return usageErr("--smtp-host %q: not a host name (%q)", h, string(rune(c)))
		}
	}
	return nil
}
