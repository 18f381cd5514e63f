package sinks

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// ChannelAlertmanager is the channel of Alertmanager targets. It is not a
// manager's channel in the directory: every Bad and recovery alert goes to
// every configured Alertmanager, whose own routing decides who hears.
const ChannelAlertmanager directory.Channel = "alertmanager"

// AlertmanagerConfig says where alerts are posted besides the directory's
// subscribers. Alertmanager's API v2 (POST /api/v2/alerts, the API
// Prometheus itself uses) receives each alert as firing when a domain turns
// Bad and as resolved (an endsAt in the past) when it recovers.
//
// Delivery is at-least-once and idempotent: Alertmanager identifies an
// alert by its label set, so posting the same alert again (a retry, a
// re-post, a restart of the sink) updates one alert instead of making a
// second one. That is Alertmanager's own exactly-once; the sink does not
// add another.
type AlertmanagerConfig struct {
	// URLs are the Alertmanagers to post to, each of them (an HA pair
	// gossips notifications between its members, but every member must be
	// sent every alert, as Prometheus does). A URL is the base the API
	// lives under ("http://am-1:9093", or with its route prefix
	// "https://am.example/alertmanager"); user information in it is sent
	// as HTTP basic authentication and never logged. Empty turns the
	// channel off.
	URLs []string
	// AlertName is the alertname label; default "MailFlowBad".
	AlertName string
	// Severity is the severity label; default "warning".
	Severity string
	// ResendInterval is how often the alerts of domains still Bad are
	// posted again; default 1 min (Prometheus's resend delay). Every post
	// of a firing alert carries an endsAt 4 resend intervals ahead, as
	// Prometheus does, so that Alertmanager resolves the alerts of a sink
	// that stopped for good by itself, whatever its resolve_timeout.
	ResendInterval time.Duration
	// Timeout bounds one request; default 10 s.
	Timeout time.Duration

	// repostBatch bounds the alerts of one re-post request; 0 is 1,000
	// (tests make it small).
	repostBatch int
}

func (c AlertmanagerConfig) withDefaults() (AlertmanagerConfig, error) {
	var errs []error
	for i, u := range c.URLs {
		p, err := url.Parse(u)
		if err != nil {
			// The error would quote the URL; it may hold a password.
			errs = append(errs, fmt.Errorf("sink: Alertmanager URL #%d is not a URL", i+1))
			continue
		}
		if (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			errs = append(errs, fmt.Errorf("sink: Alertmanager URL %s: want http(s)://host[:port][/prefix]", p.Redacted()))
		}
	}
	if c.AlertName == "" {
		c.AlertName = "MailFlowBad"
	}
	if c.Severity == "" {
		c.Severity = "warning"
	}
	c.ResendInterval = cmpOr(c.ResendInterval, time.Minute)
	c.Timeout = cmpOr(c.Timeout, 10*time.Second)
	return c, errors.Join(errs...)
}

// amAlert is one alert of Alertmanager's API v2 (postableAlert in its
// OpenAPI specification, api/v2/openapi.yaml).
type amAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations,omitempty"`
	StartsAt     time.Time         `json:"startsAt"`
	EndsAt       time.Time         `json:"endsAt,omitzero"`
	GeneratorURL string            `json:"generatorURL,omitempty"`
}

// amEndpoint is one Alertmanager.
type amEndpoint struct {
	target directory.Target
	post   string // the alerts URL, with credentials
	name   string // redacted, for logs and dead letters
	// mu orders the re-posts against the single posts: a re-post of a
	// firing alert that read the alert before its domain recovered must not
	// land after the resolved post, which would open the alert again. A
	// re-post holds it exclusively from reading the firing records to the
	// end of its requests; single posts share it, so that domains do not
	// wait for each other.
	mu sync.RWMutex
}

// alertmanager posts alerts to the configured Alertmanagers.
type alertmanager struct {
	cfg        AlertmanagerConfig
	consoleURL string
	client     *http.Client
	endpoints  []*amEndpoint
	byKey      map[string]*amEndpoint
	diag       *diagnose.Classifier
	// repostBatch bounds the alerts of one re-post request (repostBatch;
	// tests make it small).
	repostBatch int
}

func newAlertmanager(cfg AlertmanagerConfig, consoleURL string) *alertmanager {
	a := &alertmanager{cfg: cfg, consoleURL: consoleURL, byKey: map[string]*amEndpoint{}, repostBatch: cmp.Or(cfg.repostBatch, repostBatch)}
	if len(cfg.URLs) == 0 {
		return a
	}
	d := &net.Dialer{Timeout: cfg.Timeout, KeepAlive: 30 * time.Second}
	a.client = &http.Client{
		Timeout: cfg.Timeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   cfg.Timeout,
			ResponseHeaderTimeout: cfg.Timeout,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       90 * time.Second,
		},
	}
	// The provider label comes from the last response's text; the
	// classifier is built once (a few milliseconds).
	a.diag = diagnose.New()
	for _, raw := range cfg.URLs {
		u, _ := url.Parse(raw) // checked by withDefaults
		name := u.Redacted()
		post := strings.TrimRight(raw, "/") + "/api/v2/alerts"
		e := &amEndpoint{
			target: directory.Target{Manager: "alertmanager " + name, Channel: ChannelAlertmanager},
			post:   post,
			name:   name,
		}
		a.endpoints = append(a.endpoints, e)
		a.byKey[e.target.Key()] = e
	}
	return a
}

func (a *alertmanager) enabled() bool { return len(a.endpoints) > 0 }

// lockAll takes every endpoint's lock exclusively, as a re-post does, and
// returns the function that gives them back: changing which domains are
// firing then never races a re-post that read them before.
func (a *alertmanager) lockAll() (unlock func()) {
	for _, e := range a.endpoints {
		e.mu.Lock()
	}
	return func() {
		for _, e := range a.endpoints {
			e.mu.Unlock()
		}
	}
}

func (a *alertmanager) close() {
	if a.client != nil {
		a.client.CloseIdleConnections()
	}
}

// targets are the Alertmanager targets of every alert.
func (a *alertmanager) targets() []directory.Target {
	out := make([]directory.Target, len(a.endpoints))
	for i, e := range a.endpoints {
		out[i] = e.target
	}
	return out
}

// firing returns the Alertmanager alert of a domain's Bad alert, without
// endsAt (set when posted). Its labels identify the alert until the
// domain recovers, so the recovery is posted with the same ones (the
// stored copy), not with labels rebuilt from the recovery alert.
func (a *alertmanager) firing(alert schemas.StatusChange) amAlert {
	labels := map[string]string{
		"alertname": a.cfg.AlertName,
		"domain":    alert.Domain,
		"severity":  a.cfg.Severity,
	}
	setLabel(labels, "customer", alert.Customer)
	setLabel(labels, "reseller", alert.Reseller)
	category, advice := topCategory(alert)
	setLabel(labels, "category", category)
	if alert.LastResponse != "" {
		setLabel(labels, "provider", a.diag.Classify(diagnose.Input{Response: alert.LastResponse}).Provider)
	}
	rate := percent(alert.SuccessRate)
	summary := fmt.Sprintf("%s: %s of the last %d delivery attempts succeeded (threshold %s)",
		alert.Domain, rate, alert.Attempts, percent(alert.Threshold))
	desc := fmt.Sprintf("%d of %d attempts in the window failed", alert.Failures, alert.Attempts)
	if category != "" {
		desc += ", mostly " + category
	}
	desc += "."
	if alert.LastResponse != "" {
		desc += " Last response: " + oneLine(alert.LastResponse) + "."
	}
	if advice != "" {
		desc += " " + advice
	}
	ann := map[string]string{
		"summary":      summary,
		"description":  desc,
		"success_rate": strconv.FormatFloat(alert.SuccessRate, 'f', 4, 64),
		"threshold":    strconv.FormatFloat(alert.Threshold, 'f', 4, 64),
		"failures":     strconv.Itoa(alert.Failures),
		"window":       strconv.Itoa(alert.Attempts),
	}
	setLabel(ann, "last_response", oneLine(alert.LastResponse))
	setLabel(ann, "advice", advice)
	setLabel(ann, "alert_id", alert.ID)
	return amAlert{
		Labels:       labels,
		Annotations:  ann,
		StartsAt:     startOf(alert.At, time.Now()),
		GeneratorURL: consoleLink(a.consoleURL, alert.Domain),
	}
}

// startOf is an alert's startsAt for a Bad alert of time at: at, but no
// later than now. The alert's time comes from its events, which a
// producer's clock ahead puts in the future; Alertmanager refuses an
// alert that starts after it ends ("start time must be before end
// time", 400), so such a Bad domain never reached it, and the batch it
// was re-posted in failed with it (review finding).
func startOf(at, now time.Time) time.Time {
	if at.After(now) {
		return now.UTC()
	}
	return at.UTC()
}

// resolved returns the firing alert f ended at the recovery's time. The
// end is kept between the start and now: an event time ahead of the
// clock would make Alertmanager hold the alert firing until then, and one
// before the start (events are evaluated in arrival order, not by their
// timestamps) is invalid.
func resolved(f amAlert, recovery schemas.StatusChange, now time.Time) amAlert {
	end := recovery.At.UTC()
	if end.Before(f.StartsAt) {
		end = f.StartsAt
	}
	if end.After(now) {
		end = now.UTC()
	}
	f.EndsAt = end
	if f.Annotations != nil {
		ann := make(map[string]string, len(f.Annotations)+1)
		for k, v := range f.Annotations {
			ann[k] = v
		}
		ann["recovered_success_rate"] = strconv.FormatFloat(recovery.SuccessRate, 'f', 4, 64)
		f.Annotations = ann
	}
	return f
}

// topCategory returns the most frequent failure category of the alert's
// window and its advice.
func topCategory(alert schemas.StatusChange) (string, string) {
	for _, c := range alert.TopCategories {
		if c.Category != "" && c.Category != "delivered" {
			return c.Category, c.Advice
		}
	}
	return "", ""
}

// setLabel sets m[k] unless v is empty: Alertmanager, like Prometheus,
// treats an empty label as absent.
func setLabel(m map[string]string, k, v string) {
	if v != "" {
		m[k] = v
	}
}

// sendAlertmanager makes one attempt to post a notification to its
// Alertmanager e, whose lock the caller holds: the firing alert of a Bad
// transition, or the stored alert resolved for a recovery.
func (s *Sink) sendAlertmanager(ctx context.Context, n *notification, e *amEndpoint) error {
	if e == nil {
		return permanent(fmt.Errorf("no Alertmanager %s configured", n.target.Manager))
	}
	var alert amAlert
	switch n.transition() {
	case directory.TransitionBad:
		alert = s.am.firing(n.alert)
		alert.EndsAt = time.Now().UTC().Add(4 * s.am.cfg.ResendInterval)
	case directory.TransitionRecovered:
		r, ok, err := s.store.amResolved(n.alert.ID)
		if err != nil {
			return err
		}
		if !ok {
			return permanent(fmt.Errorf("recovery of %s: the alert it resolves is not on record", n.alert.Domain))
		}
		alert = r
	default:
		return permanent(fmt.Errorf("alert %s is neither a Bad nor a recovery transition", n.alert.ID))
	}
	return s.am.post(ctx, e, []amAlert{alert})
}

// post sends alerts to one Alertmanager in one request; the caller holds
// e.mu (shared for a single alert, exclusive for a re-post).
func (a *alertmanager) post(ctx context.Context, e *amEndpoint, alerts []amAlert) error {
	body, err := json.Marshal(alerts)
	if err != nil {
		return permanent(fmt.Errorf("encode alerts for %s: %w", e.name, err))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.post, bytes.NewReader(body))
	if err != nil {
		return permanent(fmt.Errorf("request to Alertmanager %s: %v", e.name, redactURLError(err)))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "mailflow-sink")
	resp, err := a.client.Do(req)
	if err != nil {
		return fmt.Errorf("post to Alertmanager %s: %w", e.name, redactURLError(err))
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 == 2 {
		return nil
	}
	err = fmt.Errorf("post to Alertmanager %s: %s: %s", e.name, resp.Status, oneLine(string(snippet)))
	switch code := resp.StatusCode; {
	case code == http.StatusTooManyRequests, code >= 500:
		if ra := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ra > 0 {
			return &retryAfterError{err: err, after: ra}
		}
		return err
	case code == http.StatusNotFound:
		// A proxy in front of an Alertmanager that is restarting.
		return err
	default:
		// 400 (an alert Alertmanager rejects) and auth failures will not
		// change by trying again.
		return permanent(err)
	}
}

// redactURLError strips the URL (which may hold credentials) from a
// client error, keeping its cause.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
