package consoleapi

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/sinks"
)

// subscriptionView is one of the caller's subscriptions.
type subscriptionView struct {
	ID          string                 `json:"id"`
	Level       directory.Level        `json:"level"`
	Of          string                 `json:"of"`
	Name        string                 `json:"name,omitempty"`
	Channels    []string               `json:"channels"`
	Transitions []directory.Transition `json:"transitions"`
	// MadeIn is "console" for a subscription the manager made here, or
	// "config" for one of the operator's directory file, which only the
	// operator changes.
	MadeIn string `json:"made_in"`
	// Off marks the manager's choice in the console to get nothing at
	// this level (it turns off the directory file's subscriptions here).
	Off bool `json:"off,omitempty"`
	// ReplacedBy, on a directory-file subscription, is the id of the
	// manager's console choice at the same level, which is what the
	// manager gets there instead (directory.ReplacedBy).
	ReplacedBy string `json:"replaced_by,omitempty"`
}

type notificationsView struct {
	Email      string `json:"email,omitempty"`
	WebhookURL string `json:"webhook_url,omitempty"`
	// Subscriptions are all of the manager's, at every level.
	Subscriptions []subscriptionView `json:"subscriptions"`
}

var errOperatorNoProfile = &apiError{http.StatusBadRequest, "the operator's token belongs to no manager: sign in as the manager, or use `mailflow config apply` for another manager's subscriptions"}

func mySubscriptions(d *directory.Directory, m directory.Manager) []subscriptionView {
	out := []subscriptionView{}
	for _, s := range d.Subscriptions {
		if s.Manager != m.ID {
			continue
		}
		level, of := s.Scope(m)
		v := subscriptionView{ID: s.ID, Level: level, Of: of, Name: nameOf(d, level, of), Channels: s.Channels, Transitions: s.Transitions, MadeIn: "config", Off: s.Off}
		if directory.IsConsoleSubscription(s.ID) {
			v.MadeIn = "console"
		}
		if id, ok := d.ReplacedBy(s, m); ok {
			v.ReplacedBy = id
		}
		if s.Off {
			v.Channels, v.Transitions = []string{}, []directory.Transition{}
			out = append(out, v)
			continue
		}
		// Empty lists mean all: show what they mean.
		if len(v.Channels) == 0 {
			for _, c := range []directory.Channel{directory.ChannelEmail, directory.ChannelWebhook} {
				if (c == directory.ChannelEmail && m.Email != "") || (c == directory.ChannelWebhook && m.WebhookURL != "") {
					v.Channels = append(v.Channels, string(c))
				}
			}
		}
		if len(v.Transitions) == 0 {
			// directory.Subscribers sends such a subscription every
			// alert, the detections of issue 15 included.
			v.Transitions = knownTransitions()
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b subscriptionView) int {
		if a.Level != b.Level {
			return levelRank(a.Level) - levelRank(b.Level)
		}
		if a.Of != b.Of {
			if a.Of < b.Of {
				return -1
			}
			return 1
		}
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
	return out
}

// knownTransitions returns the transitions a subscription can choose, in
// the order the console lists them: those directory.AlertTransition maps
// the alerts to.
func knownTransitions() []directory.Transition {
	return []directory.Transition{directory.TransitionBad, directory.TransitionRecovered, directory.TransitionDelayed,
		directory.TransitionDelayRecovered, directory.TransitionSilent, directory.TransitionSilentRecovered}
}

func levelRank(l directory.Level) int {
	switch l {
	case directory.LevelReseller:
		return 0
	case directory.LevelCustomer:
		return 1
	}
	return 2
}

func (h *Handler) myNotifications(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	writeJSON(w, http.StatusOK, notificationsView{Email: c.manager.Email, WebhookURL: c.manager.WebhookURL, Subscriptions: mySubscriptions(d, c.manager)})
	return nil
}

func (h *Handler) putNotification(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	t, err := pathTarget(r, c, d)
	if err != nil {
		return err
	}
	var body struct {
		Channels    []string               `json:"channels"`
		Transitions []directory.Transition `json:"transitions"`
	}
	if err := readJSON(r, &body); err != nil {
		return err
	}
	m := c.manager
	if len(body.Channels) == 0 {
		return errf(http.StatusBadRequest, `choose at least one channel: "email" or "webhook"`)
	}
	seen := map[string]bool{}
	for _, ch := range body.Channels {
		switch {
		case seen[ch]:
			return errf(http.StatusBadRequest, "channel %q is listed twice", clip(ch))
		case ch == string(directory.ChannelEmail) && m.Email == "":
			return errf(http.StatusBadRequest, "you have no e-mail address; ask your operator to add one, or choose webhook")
		case ch == string(directory.ChannelWebhook) && m.WebhookURL == "":
			return errf(http.StatusBadRequest, "set up your webhook first (My notifications → Webhook), or choose email")
		case ch != string(directory.ChannelEmail) && ch != string(directory.ChannelWebhook):
			return errf(http.StatusBadRequest, "channel %q: want email or webhook", clip(ch))
		}
		seen[ch] = true
	}
	if len(body.Transitions) == 0 {
		return errf(http.StatusBadRequest, `choose at least one transition: "bad" (a domain turns Bad), "recovered" (Bad to Good), "delayed" (mail is being delayed), "delay_recovered", "silent" (a domain that normally gets mail has had none) or "silent_recovered"`)
	}
	seenT := map[directory.Transition]bool{}
	for _, tr := range body.Transitions {
		switch {
		case seenT[tr]:
			return errf(http.StatusBadRequest, "transition %q: each once", clip(string(tr)))
		case !slices.Contains(knownTransitions(), tr):
			return errf(http.StatusBadRequest, "transition %q: want bad, recovered, delayed, delay_recovered, silent or silent_recovered", clip(string(tr)))
		}
		seenT[tr] = true
	}
	id := directory.ConsoleSubscriptionID(m.ID, t.level, t.id)
	sub := directory.Subscription{ID: id, Manager: m.ID, Level: t.level, Of: t.id, Channels: body.Channels, Transitions: body.Transitions}
	// The console's choice replaces the directory file's subscriptions
	// of the manager at this level (directory.ReplacedBy): what the
	// console does not show of them, the operator's quiet interval and
	// incident notices, is kept.
	for _, f := range fileSubscriptionsAt(d, m, t) {
		if f.MinInterval > 0 && (sub.MinInterval == 0 || f.MinInterval < sub.MinInterval) {
			sub.MinInterval = f.MinInterval
		}
		sub.Incidents = sub.Incidents || f.Incidents
	}
	var before any
	if old, ok := d.Subscriptions[id]; ok {
		before = old
	}
	rec, err := directory.EncodeRecord(sub)
	if err != nil {
		return err
	}
	if err := h.change(r.Context(), c.entry("subscription.set", rec.Key), rec, before, sub, func(nd *directory.Directory) bool {
		got, ok := nd.Subscriptions[id]
		return ok && !got.Off && slices.Equal(got.Channels, sub.Channels) && slices.Equal(got.Transitions, sub.Transitions)
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, notificationsView{Email: m.Email, WebhookURL: m.WebhookURL, Subscriptions: mySubscriptions(h.cfg.Directory(), m)})
	return nil
}

func (h *Handler) deleteNotification(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	t, err := pathTarget(r, c, d)
	if err != nil {
		return err
	}
	id := directory.ConsoleSubscriptionID(c.manager.ID, t.level, t.id)
	old, ok := d.Subscriptions[id]
	if files := fileSubscriptionsAt(d, c.manager, t); len(files) > 0 {
		// The operator's directory file subscribes the manager here:
		// "off" is recorded as the manager's own choice, which replaces
		// the file's for the manager's address (directory.ReplacedBy).
		// Deleting the console subscription would let the file's send
		// again.
		if ok && old.Off {
			writeJSON(w, http.StatusOK, notificationsView{Email: c.manager.Email, WebhookURL: c.manager.WebhookURL, Subscriptions: mySubscriptions(d, c.manager)})
			return nil
		}
		off := directory.Subscription{ID: id, Manager: c.manager.ID, Level: t.level, Of: t.id, Off: true}
		rec, err := directory.EncodeRecord(off)
		if err != nil {
			return err
		}
		var before any
		if ok {
			before = old
		}
		if err := h.change(r.Context(), c.entry("subscription.off", rec.Key), rec, before, off, func(nd *directory.Directory) bool {
			return nd.Subscriptions[id].Off
		}); err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, notificationsView{Email: c.manager.Email, WebhookURL: c.manager.WebhookURL, Subscriptions: mySubscriptions(h.cfg.Directory(), c.manager)})
		return nil
	}
	if !ok {
		return errf(http.StatusNotFound, "you have no notifications at this level")
	}
	rec := directory.Record{Key: directory.Key(directory.KindSubscription, id)}
	if err := h.change(r.Context(), c.entry("subscription.delete", rec.Key), rec, old, nil, func(nd *directory.Directory) bool {
		_, ok := nd.Subscriptions[id]
		return !ok
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, notificationsView{Email: c.manager.Email, WebhookURL: c.manager.WebhookURL, Subscriptions: mySubscriptions(h.cfg.Directory(), c.manager)})
	return nil
}

// fileSubscriptionsAt returns the directory file's subscriptions of
// manager m whose scope is the target t (a subscription without a level
// is at the manager's own), sorted by id.
func fileSubscriptionsAt(d *directory.Directory, m directory.Manager, t target) []directory.Subscription {
	var out []directory.Subscription
	for _, s := range d.Subscriptions {
		if s.Manager != m.ID || directory.IsConsoleSubscription(s.ID) {
			continue
		}
		if level, of := s.Scope(m); level == t.level && of == t.id {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b directory.Subscription) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// checkWebhookURL holds a webhook URL to the directory file's rules. An
// address that is not public (an IP literal the sinks would refuse to
// dial, or a localhost name) is refused at once unless allowPrivate (the
// sinks' --allow-private-webhooks, or mailflow dev): a manager learns it
// now rather than from a dead-lettered notification. Names are not
// resolved here (their address can change); the sinks check each
// connection.
func checkWebhookURL(raw string, allowPrivate, refuseLinkLocal bool) error {
	// The port's range and stray spaces, as config apply checks them: a
	// URL the sink can never dial was taken, and retried for an hour
	// (review S24A-8).
	if raw != "" {
		if aerr := directory.CheckWebhookAddress(raw); aerr != nil {
			return errf(http.StatusBadRequest, "the webhook URL: %v", aerr)
		}
	}
	u, err := url.Parse(raw)
	if err == nil {
		// Before the address check, which a host such as 127.1 or
		// 0x7f000001 (not an address to netip) would pass.
		if herr := directory.CheckWebhookHost(u.Hostname()); herr != nil {
			return errf(http.StatusBadRequest, "the webhook URL: %v", herr)
		}
	}
	if err == nil && allowPrivate && refuseLinkLocal {
		// An allow list, not a deny list: public, loopback and private
		// (RFC 1918, RFC 4193) addresses only. Link-local ones, and their
		// NAT64, 6to4 or IPv4-compatible spellings, the shared, benchmark,
		// reserved, multicast and unspecified ranges are refused (reviews
		// S25A-4, S25B-7).
		host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
		if a, perr := netip.ParseAddr(host); perr == nil {
			if a = a.Unmap(); !sinks.PublicAddr(a) && !a.IsLoopback() && !a.IsPrivate() {
				return errf(http.StatusBadRequest, "the webhook host %s is not a public, loopback or private address: this console accepts loopback and private addresses besides public ones (for its notification catcher), and notifications would not be delivered there", clip(host))
			}
		}
	}
	if err == nil && !allowPrivate {
		host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
		if a, perr := netip.ParseAddr(host); (perr == nil && !sinks.PublicAddr(a)) || host == "localhost" || strings.HasSuffix(host, ".localhost") {
			return errf(http.StatusBadRequest, "the webhook host %s is not a public address (loopback, private, link-local or special-purpose): notifications would not be delivered there", clip(host))
		}
	}
	switch {
	case err != nil || raw == "":
		return errf(http.StatusBadRequest, "the webhook URL is not a URL; want https://host/path")
	case u.Scheme != "https" && u.Scheme != "http":
		return errf(http.StatusBadRequest, "the webhook URL's scheme is %q: want https (or http)", clip(u.Scheme))
	case u.Hostname() == "":
		return errf(http.StatusBadRequest, "the webhook URL has no host")
	case u.User != nil:
		return errf(http.StatusBadRequest, "remove the credentials from the webhook URL: every request is signed with the webhook secret instead")
	case u.Fragment != "":
		return errf(http.StatusBadRequest, "remove the #fragment from the webhook URL: it is never sent")
	case len(raw) > 2000:
		return errf(http.StatusBadRequest, "the webhook URL is longer than 2000 characters")
	case directory.HasRedactedPlaceholder(raw):
		// A URL stored with the placeholder would make the operator's
		// config get | config apply fail on this manager.
		return errf(http.StatusBadRequest, "the webhook URL holds %s where mailflow hides a credential when it prints the URL: put the real credential there (the whole URL as your receiver gave it)", directory.Redacted)
	}
	return nil
}

// putWebhook sets the manager's webhook URL with a new signing secret,
// which is answered this once (Standard Webhooks format, whsec_ + base64
// of 32 random bytes) and never shown again.
func (h *Handler) putWebhook(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	var body struct {
		URL string `json:"url"`
	}
	if err := readJSON(r, &body); err != nil {
		return err
	}
	if err := checkWebhookURL(body.URL, h.cfg.AllowPrivateWebhooks, h.cfg.RefuseLinkLocalWebhooks); err != nil {
		return err
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	m := c.manager
	before := m
	m.WebhookURL = body.URL
	m.WebhookSecret = directory.WebhookSecretPrefix + base64.StdEncoding.EncodeToString(key)
	// The webhook alone (an overlay, see directory/overlay.go): a record
	// of the whole manager, built from this instance's copy of the
	// directory, would put back whatever an operator changed since —
	// a revoked token, the manager's scope, the manager itself.
	rec, err := directory.EncodeWebhook(m.ID, directory.Webhook{URL: m.WebhookURL, Secret: m.WebhookSecret})
	if err != nil {
		return err
	}
	if err := h.change(r.Context(), c.entry("webhook.set", directory.Key(directory.KindManager, m.ID)), rec, before, m, func(nd *directory.Directory) bool {
		return nd.Managers[m.ID].WebhookSecret == m.WebhookSecret
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"webhook_url": m.WebhookURL, "webhook_secret": m.WebhookSecret,
		"note": "copy the secret now: it is not shown again. Every request carries webhook-id, webhook-timestamp and webhook-signature headers (Standard Webhooks)."})
	return nil
}

func (h *Handler) deleteWebhook(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	m := c.manager
	if m.WebhookURL == "" {
		return errf(http.StatusNotFound, "you have no webhook")
	}
	if m.Email == "" {
		return errf(http.StatusConflict, "the webhook is your only channel: ask your operator to add an e-mail address first")
	}
	// A subscription that names the webhook channel would route nothing
	// once the URL is gone, silently, and the directory would no longer
	// validate (a channel without its address): refuse, as config apply
	// does, and name the subscriptions (review S24A-2).
	var using []string
	for _, sub := range d.Subscriptions {
		if sub.Manager == m.ID && slices.Contains(sub.Channels, string(directory.ChannelWebhook)) {
			using = append(using, sub.ID)
		}
	}
	if len(using) > 0 {
		slices.Sort(using)
		return errf(http.StatusConflict, "the webhook is a channel of your subscriptions %s: take it off them first (Notifications)", strings.Join(using, ", "))
	}
	before := m
	m.WebhookURL, m.WebhookSecret = "", ""
	rec, err := directory.EncodeWebhook(m.ID, directory.Webhook{}) // none, whatever the manager's record says
	if err != nil {
		return err
	}
	if err := h.change(r.Context(), c.entry("webhook.delete", directory.Key(directory.KindManager, m.ID)), rec, before, m, func(nd *directory.Directory) bool {
		return nd.Managers[m.ID].WebhookURL == ""
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "webhook removed"})
	return nil
}
