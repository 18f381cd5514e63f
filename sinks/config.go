package sinks

import (
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"net/netip"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
)

// TLSMode says how the SMTP connection is protected.
type TLSMode string

// The SMTP TLS modes.
const (
	// TLSNone sends in clear text; for a relay on the same host or network.
	TLSNone TLSMode = "none"
	// TLSStartTLS upgrades the connection with STARTTLS and refuses to send
	// if the server does not offer it (submission, port 587).
	TLSStartTLS TLSMode = "starttls"
	// TLSImplicit speaks TLS from the first byte (submissions, port 465).
	TLSImplicit TLSMode = "implicit"
)

// SMTPConfig says how e-mail notifications are sent.
type SMTPConfig struct {
	// Host is the SMTP server (relay or submission server). Empty turns
	// e-mail off: e-mail notifications are then dead-lettered.
	Host string
	// Port defaults to 25, 587 or 465 by TLS mode.
	Port int
	// Username and Password authenticate when Username is set. The
	// password is never logged.
	Username string
	Password string
	// TLS defaults to TLSStartTLS.
	TLS TLSMode
	// TLSConfig overrides the TLS settings (a private CA, for example);
	// its ServerName defaults to Host.
	TLSConfig *tls.Config
	// From is the sender address of notifications ("mailflow@example.net"
	// or "mailflow <mailflow@example.net>"); its domain also names the
	// Message-IDs.
	From string
	// HELO is the name the sink greets with; empty uses the host name.
	HELO string
	// Timeout bounds one SMTP conversation; default 30 s.
	Timeout time.Duration
}

// Config configures a Sink. Zero values take the documented defaults.
type Config struct {
	// Kafka are the client options that reach the cluster (kgo.SeedBrokers
	// and any TLS/SASL options). The sink adds its own consumer options.
	Kafka []kgo.Opt
	// TopicPrefix prefixes the topic names; default "mailflow.". The sink
	// reads <prefix>alerts and <prefix>config and writes
	// <prefix>alerts.deadletter.
	TopicPrefix string
	// Group is the consumer group; default "<prefix>sink".
	Group string
	// DataDir holds the Pebble store of what was delivered; required. Two
	// sinks must not share it.
	DataDir string

	SMTP SMTPConfig
	// ConsoleURL is the base URL of the console; notifications link to
	// <ConsoleURL>/domains/<domain>. Empty leaves the link out.
	ConsoleURL string

	// WebhookTimeout bounds one webhook request; default 10 s.
	WebhookTimeout time.Duration
	// AllowPrivateWebhooks lets webhooks reach loopback, private and
	// link-local addresses; off by default so that a directory entry
	// cannot make the sink probe the internal network.
	AllowPrivateWebhooks bool
	// AllowLoopbackWebhooks lets webhooks reach loopback addresses only
	// (mailflow dev's built-in catcher); every other non-public address
	// stays refused.
	AllowLoopbackWebhooks bool
	// WebhookAllow lists the addresses (IP and port, as dialled) a webhook
	// may reach although they are not public: mailflow dev's built-in
	// catcher. Only these exact addresses are let through; every other
	// loopback, private or link-local address and port stays refused.
	WebhookAllow []netip.AddrPort

	// Alertmanager lists the Alertmanagers every Bad and recovery alert is
	// posted to (see AlertmanagerConfig); none by default.
	Alertmanager AlertmanagerConfig

	// MaxAttempts is how many times a notification is tried before it is
	// dead-lettered; default 20, which with the default backoff retries
	// for about an hour (1 s doubling to 5 min): an SMTP relay or webhook
	// down for a few minutes (a restart, a failover) loses nothing. Eight,
	// the default before, gave up after about two minutes (review
	// finding).
	MaxAttempts int
	// BackoffBase and BackoffMax shape the exponential backoff between
	// attempts; defaults 1 s and 5 min.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// MaxRetryAfter caps how long a receiver's Retry-After can postpone
	// the next attempt; default 1 h.
	MaxRetryAfter time.Duration

	// Concurrency bounds the deliveries in progress at once (a waiting
	// retry does not count); default 64.
	Concurrency int
	// SlowDelivery is how long a delivery may take before its target is
	// treated like a failing one (out of the in-flight budget, one
	// delivery at a time) until one is quick again; default 3 s.
	SlowDelivery time.Duration
	// TargetConcurrency bounds one target's deliveries in progress at
	// once, so that a receiver that hangs until WebhookTimeout holds at
	// most this many of the Concurrency slots; default 4.
	TargetConcurrency int
	// MaxInflight bounds the notifications read and making progress:
	// the sink reads no more alerts while this many are queued for
	// healthy targets (see TargetInflight); default 1024. Notifications
	// of a target whose last attempt failed, or held back on purpose
	// (flap control, a minimum interval), do not count: one receiver's
	// trouble does not stop the others' notifications.
	MaxInflight int
	// TargetInflight is the most one target's notifications count
	// against MaxInflight (a reseller's NOC getting a thousand domains'
	// alerts at once takes no more than this share); default 64.
	TargetInflight int
	// MaxQueued bounds every notification read and not yet done,
	// whatever its state, and so the sink's memory (about 1 KiB each);
	// reading pauses while it is reached; default 65536.
	MaxQueued int
	// CommitInterval is how often finished offsets are committed; default
	// 1 s.
	CommitInterval time.Duration
	// DedupeRetention is how long the record of a delivered notification
	// is kept; default 7 days. It must exceed the longest time an alert can
	// wait for redelivery.
	DedupeRetention time.Duration

	// Incidents follows <prefix>incidents (the incidents stage's output):
	// subscriptions with incidents: true are notified when an incident
	// opens, escalates and closes, and a domain's own notification names
	// the incident it is part of. Off by default (no incidents stage).
	Incidents bool
	// IncidentWait holds a Bad notification this long after the alert was
	// read, so that the incidents stage can group it first and the
	// notification names its incident (Alertmanager's group_wait plays
	// the same part); default 15 s with Incidents, else none.
	IncidentWait time.Duration

	// FlapInterval is the built-in flap interval, for domains whose
	// directory levels set none (directory.Settings.FlapInterval): a
	// domain notified less than this long ago is notified again only when
	// it is up, once, with the flaps counted. Default 30 min
	// (directory.DefaultFlapInterval); negative turns it off.
	FlapInterval time.Duration
	// RepeatInterval is the built-in repeat interval (a domain that stays
	// Bad is notified again after it); default off
	// (directory.DefaultRepeatInterval: opt-in per level).
	RepeatInterval time.Duration
	// CheckInterval is how often the sink looks for repeats that are due
	// and silences that ended; default 30 s. Both run on the sink's wall
	// clock: a domain that stays Bad makes no alerts, so the alerts'
	// stream time does not advance for it.
	CheckInterval time.Duration

	// Logger receives structured logs; default slog.Default().
	Logger *slog.Logger
	// Registerer receives the sink's metrics; nil keeps them unregistered.
	Registerer prometheus.Registerer
}

// topics are the topic names derived from the prefix.
type topics struct {
	alerts, deadletter, config, incidents string
}

func (c *Config) topics() topics {
	return topics{
		alerts:     c.TopicPrefix + "alerts",
		deadletter: c.TopicPrefix + "alerts.deadletter",
		config:     c.TopicPrefix + "config",
		incidents:  c.TopicPrefix + "incidents",
	}
}

// withDefaults returns c with every zero field set to its default, or an
// error naming what cannot be defaulted.
func (c Config) withDefaults() (Config, error) {
	var errs []error
	if c.TopicPrefix == "" {
		c.TopicPrefix = "mailflow."
	}
	if c.Group == "" {
		c.Group = c.TopicPrefix + "sink"
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("sink: a data directory is required"))
	}
	if len(c.Kafka) == 0 {
		errs = append(errs, errors.New("sink: no Kafka client options (brokers)"))
	}
	if c.SMTP.TLS == "" {
		c.SMTP.TLS = TLSStartTLS
	}
	switch c.SMTP.TLS {
	case TLSNone:
		c.SMTP.Port = cmpOr(c.SMTP.Port, 25)
	case TLSStartTLS:
		c.SMTP.Port = cmpOr(c.SMTP.Port, 587)
	case TLSImplicit:
		c.SMTP.Port = cmpOr(c.SMTP.Port, 465)
	default:
		errs = append(errs, fmt.Errorf("sink: SMTP TLS mode %q: want none, starttls or implicit", c.SMTP.TLS))
	}
	if c.SMTP.Host != "" {
		if c.SMTP.From == "" {
			errs = append(errs, errors.New("sink: SMTP is configured but the From address is not"))
		} else if _, err := mail.ParseAddress(c.SMTP.From); err != nil {
			errs = append(errs, fmt.Errorf("sink: SMTP From %q: %w", c.SMTP.From, err))
		}
	}
	c.SMTP.Timeout = cmpOr(c.SMTP.Timeout, 30*time.Second)
	c.ConsoleURL = strings.TrimRight(c.ConsoleURL, "/")
	c.WebhookTimeout = cmpOr(c.WebhookTimeout, 10*time.Second)
	c.MaxAttempts = cmpOr(c.MaxAttempts, 20)
	c.BackoffBase = cmpOr(c.BackoffBase, time.Second)
	c.BackoffMax = cmpOr(c.BackoffMax, 5*time.Minute)
	c.MaxRetryAfter = cmpOr(c.MaxRetryAfter, time.Hour)
	c.Concurrency = cmpOr(c.Concurrency, 64)
	c.SlowDelivery = cmpOr(c.SlowDelivery, 3*time.Second)
	c.TargetConcurrency = cmpOr(c.TargetConcurrency, 4)
	c.MaxInflight = cmpOr(c.MaxInflight, 1024)
	c.TargetInflight = cmpOr(c.TargetInflight, 64)
	c.MaxQueued = cmpOr(c.MaxQueued, 65536)
	if c.MaxQueued < c.MaxInflight {
		errs = append(errs, fmt.Errorf("sink: MaxQueued (%d) is below MaxInflight (%d)", c.MaxQueued, c.MaxInflight))
	}
	c.CommitInterval = cmpOr(c.CommitInterval, time.Second)
	c.DedupeRetention = cmpOr(c.DedupeRetention, 7*24*time.Hour)
	if c.Incidents && c.IncidentWait == 0 {
		c.IncidentWait = 15 * time.Second
	}
	if c.FlapInterval == 0 {
		c.FlapInterval = directory.DefaultFlapInterval
	}
	c.CheckInterval = cmpOr(c.CheckInterval, 30*time.Second)
	var amErr error
	c.Alertmanager, amErr = c.Alertmanager.withDefaults()
	errs = append(errs, amErr)
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c, errors.Join(errs...)
}

// cmpOr is cmp.Or for values where only positive ones are meaningful.
func cmpOr[T int | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}
