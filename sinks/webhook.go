package sinks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// webhooker posts signed webhook notifications.
type webhooker struct {
	client *http.Client
}

func newWebhooker(timeout time.Duration, allowPrivate, allowLoopback bool, allow ...netip.AddrPort) *webhooker {
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	switch {
	case allowPrivate:
	case allowLoopback:
		d.Control = guardControlLoopback
	case len(allow) > 0:
		d.Control = guardControlAllow(allow)
	default:
		d.Control = guardControl
	}
	tr := &http.Transport{
		// No proxy: the address check must apply to the receiver itself,
		// not to a proxy that would then reach anything.
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   timeout,
		ResponseHeaderTimeout: timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &webhooker{client: &http.Client{
		Transport: tr,
		Timeout:   timeout,
		// A redirect would be a second, unsigned destination chosen by the
		// receiver; the configured URL must answer itself.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

func (w *webhooker) close() { w.client.CloseIdleConnections() }

// envelope is the webhook body, in the Standard Webhooks shape: a type, a
// timestamp and the data.
type envelope struct {
	Type      string      `json:"type"`
	Timestamp time.Time   `json:"timestamp"`
	Data      webhookData `json:"data"`
}

// webhookData is the alert as the processor emitted it, with the routing
// and the console link added.
type webhookData struct {
	schemas.StatusChange
	Transition string            `json:"transition"`
	ConsoleURL string            `json:"console_url,omitempty"`
	Folded     []foldedHookEntry `json:"folded,omitempty"`
	// FoldedOmitted counts earlier folded alerts not listed in Folded
	// (at most 100 are).
	FoldedOmitted int      `json:"folded_omitted,omitempty"`
	Manager       string   `json:"manager"`
	Subscriptions []string `json:"subscriptions"`
	// Incident is the provider-wide incident the domain is part of.
	Incident *incidents.Ref `json:"incident,omitempty"`
	// Flaps counts the changes to Bad folded into this notification by
	// flap control; Repeat numbers a reminder of a domain still Bad;
	// HeldBySilence is the reason of the silence that held it.
	Flaps         int    `json:"flaps,omitempty"`
	Repeat        int    `json:"repeat,omitempty"`
	HeldBySilence string `json:"held_by_silence,omitempty"`
}

type foldedHookEntry struct {
	ID          string         `json:"id"`
	From        schemas.Status `json:"from"`
	To          schemas.Status `json:"to"`
	At          time.Time      `json:"at"`
	SuccessRate float64        `json:"success_rate"`
}

// webhookID is the webhook-id of a notification: the same on every
// attempt and after a restart, so that a receiver can drop a duplicate.
func webhookID(n *notification) string {
	return "msg_" + shortHash(dedupeID(n.alert.ID, n.repeat, n.incident), n.target.Key())
}

func webhookBody(n *notification) ([]byte, error) {
	if n.incident != nil {
		return json.Marshal(incidentHookBody(n))
	}
	typ := "domain." + string(n.transition())
	if n.repeat > 0 {
		typ = "domain.still_bad"
	}
	env := envelope{
		Type:      typ,
		Timestamp: n.alert.At.UTC(),
		Data: webhookData{
			StatusChange:  n.alert,
			Transition:    string(n.transition()),
			ConsoleURL:    n.consoleURL,
			Manager:       n.target.Manager,
			Subscriptions: n.target.Subscriptions,
			Incident:      n.partOf,
			Flaps:         n.flaps,
			FoldedOmitted: n.omitted,
			Repeat:        n.repeat,
			HeldBySilence: n.heldBy,
		},
	}
	env.Data.V = schemas.Version
	for _, f := range n.folded {
		env.Data.Folded = append(env.Data.Folded, foldedHookEntry{ID: f.ID, From: f.From, To: f.To, At: f.At.UTC(), SuccessRate: f.SuccessRate})
	}
	return json.Marshal(&env)
}

// send makes one attempt. The signature is computed per attempt because
// the timestamp is part of it and receivers reject old timestamps.
func (w *webhooker) send(ctx context.Context, n *notification) error {
	u, err := url.Parse(n.target.WebhookURL)
	if err != nil {
		return permanent(fmt.Errorf("manager %s webhook URL: %w", n.target.Manager, err))
	}
	host := u.Host
	body, err := webhookBody(n)
	if err != nil {
		return permanent(fmt.Errorf("encode webhook for %s%s: %w", n.alert.Domain, n.laneName(), err))
	}
	id := webhookID(n)
	now := time.Now()
	sig, err := SignWebhook(n.target.WebhookSecret, id, now, body)
	if err != nil {
		return permanent(fmt.Errorf("manager %s: %w", n.target.Manager, err))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return permanent(fmt.Errorf("webhook request to %s: %w", host, err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "mailflow-sink")
	req.Header.Set(HeaderWebhookID, id)
	req.Header.Set(HeaderWebhookTimestamp, strconv.FormatInt(now.Unix(), 10))
	req.Header.Set(HeaderWebhookSignature, sig)
	resp, err := w.client.Do(req)
	if err != nil {
		var refused *refusedAddrError
		if errors.As(err, &refused) {
			return permanent(fmt.Errorf("webhook to %s: %w", host, refused))
		}
		// *url.Error quotes the whole URL, whose path or query may carry
		// a token; name the host only.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("webhook to %s: %w", host, err)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	err = fmt.Errorf("webhook to %s: receiver answered %s: %s", host, resp.Status, oneLine(string(snippet)))
	switch code := resp.StatusCode; {
	case code == http.StatusRequestTimeout, code == http.StatusTooEarly, code == http.StatusTooManyRequests, code >= 500:
		if ra := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ra > 0 {
			return &retryAfterError{err: err, after: ra}
		}
		return err
	default:
		// Redirects and other 4xx answers (gone, unauthorised, bad
		// request) will not change by trying again.
		return permanent(err)
	}
}
