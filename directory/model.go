package directory

import "time"

// Settings are the window and threshold overrides set at one level of the
// hierarchy. A zero field is unset: the level above decides.
type Settings struct {
	// Window is the number of most recent attempts evaluated.
	Window int `json:"window,omitempty" yaml:"window,omitempty"`
	// Threshold is the success rate below which the domain is Bad.
	Threshold Threshold `json:"threshold,omitempty" yaml:"threshold,omitempty"`
	// RepeatInterval is how often a domain that stays Bad is notified
	// again (see notifysettings.go); Off turns it off below a level
	// that turns it on.
	RepeatInterval time.Duration `json:"repeat_interval,omitempty" yaml:"repeat_interval,omitempty"`
	// FlapInterval is the least time between two Bad notifications of a
	// domain: a domain that flaps between Good and Bad faster is notified
	// once per interval, with the count of flaps; Off turns it off.
	FlapInterval time.Duration `json:"flap_interval,omitempty" yaml:"flap_interval,omitempty"`
	// ExcludeRecipientFailures, when on, leaves failures that blame the
	// recipient (user_unknown, mailbox_full, mailbox_disabled) out of the
	// failure budget: reason-aware health (detectsettings.go; default
	// off).
	ExcludeRecipientFailures Switch `json:"exclude_recipient_failures,omitempty" yaml:"exclude_recipient_failures,omitempty"`
	// DelayThreshold is the current delivery delay above which the domain
	// gets a delayed alert (DefaultDelayThreshold when unset); Off turns
	// the detection off.
	DelayThreshold time.Duration `json:"delay_threshold,omitempty" yaml:"delay_threshold,omitempty"`
	// SilentAfter is how long a domain that normally receives mail may
	// go without any attempt, while the platform delivers, before it
	// gets a silent alert (DefaultSilentAfter when unset); Off turns the
	// detection off (silentsettings.go).
	SilentAfter time.Duration `json:"silent_after,omitempty" yaml:"silent_after,omitempty"`
	// SilentBaseline is the attempts per hour, averaged over the 24 hours
	// before its last attempt, from which a domain "normally receives
	// mail" and can be silent (DefaultSilentBaseline when unset).
	SilentBaseline int `json:"silent_baseline,omitempty" yaml:"silent_baseline,omitempty"`
}

// Reseller is a partner (reseller, MSP) that owns customers.
type Reseller struct {
	ID       string `json:"id" yaml:"id"`
	Name     string `json:"name,omitempty" yaml:"name,omitempty"`
	Settings `yaml:",inline"`
}

// Customer is a customer of a reseller; it owns domains.
type Customer struct {
	ID       string `json:"id" yaml:"id"`
	Name     string `json:"name,omitempty" yaml:"name,omitempty"`
	Reseller string `json:"reseller" yaml:"reseller"`
	Settings `yaml:",inline"`
}

// Domain is a recipient domain that belongs to a customer.
type Domain struct {
	// Name is the domain in lower-case IDNA (A-label) form.
	Name     string `json:"name" yaml:"name"`
	Customer string `json:"customer" yaml:"customer"`
	Settings `yaml:",inline"`
}

// Level names the level of the hierarchy a manager belongs to.
type Level string

// The levels of the hierarchy.
const (
	LevelReseller Level = "reseller"
	LevelCustomer Level = "customer"
	LevelDomain   Level = "domain"
)

// Manager is a person or system (a ticketing system's mailbox, a webhook
// endpoint) that belongs to one reseller, customer or domain and sees only
// what lies under it.
type Manager struct {
	ID    string `json:"id" yaml:"id"`
	Name  string `json:"name,omitempty" yaml:"name,omitempty"`
	Level Level  `json:"level" yaml:"level"`
	// Of is the id of the reseller or customer, or the domain name, that
	// the manager belongs to.
	Of    string `json:"of" yaml:"of"`
	Email string `json:"email,omitempty" yaml:"email,omitempty"`
	// WebhookURL and WebhookSecret configure webhook delivery; the secret
	// signs every request and is never logged.
	WebhookURL    string `json:"webhook_url,omitempty" yaml:"webhook_url,omitempty"`
	WebhookSecret string `json:"webhook_secret,omitempty" yaml:"webhook_secret,omitempty"`
	// APITokenSHA256 is the lowercase hex SHA-256 of the manager's API
	// bearer token. The token itself is never stored: whoever creates it
	// hands it to the manager and keeps only this hash here. Empty means
	// the manager has no API access.
	APITokenSHA256 string `json:"api_token_sha256,omitempty" yaml:"api_token_sha256,omitempty"`
}

// Transition names a kind of status change a subscription can ask for.
type Transition string

// The transitions a subscription can choose.
const (
	// TransitionBad is a change to Bad (good→bad or unknown→bad).
	TransitionBad Transition = "bad"
	// TransitionRecovered is a change from Bad to Good.
	TransitionRecovered Transition = "recovered"
	// TransitionDelayed is a delayed-mail alert: the domain's current
	// delivery delay rose above its delay threshold (issue 15).
	TransitionDelayed Transition = "delayed"
	// TransitionDelayRecovered is the delay falling back to the
	// threshold or below.
	TransitionDelayRecovered Transition = "delay_recovered"
	// TransitionSilent is a silence alert: a domain that normally
	// receives mail has had none for its silent_after period while the
	// platform delivered (issue 15).
	TransitionSilent Transition = "silent"
	// TransitionSilentRecovered is mail reaching a silent domain again.
	TransitionSilentRecovered Transition = "silent_recovered"
)

// Subscription says that a manager wants to hear of some transitions of the
// domains under the level the manager belongs to.
type Subscription struct {
	ID      string `json:"id" yaml:"id"`
	Manager string `json:"manager" yaml:"manager"`
	// Level and Of narrow the subscription to one reseller, customer or
	// domain at or below the manager's own; empty means the manager's
	// level. A reseller's manager can so watch one important domain more
	// closely (another channel, another interval) without losing the rest.
	Level Level  `json:"level,omitempty" yaml:"level,omitempty"`
	Of    string `json:"of,omitempty" yaml:"of,omitempty"`
	// Transitions lists what the manager wants; empty means all.
	Transitions []Transition `json:"transitions,omitempty" yaml:"transitions,omitempty"`
	// Channels lists "email" and/or "webhook"; empty means every channel
	// the manager has an address for.
	Channels []string `json:"channels,omitempty" yaml:"channels,omitempty"`
	// MinInterval, when set, is the least time between two notifications
	// for the same domain; transitions inside it are folded into the next
	// notification.
	MinInterval time.Duration `json:"min_interval,omitempty" yaml:"min_interval,omitempty"`
	// Incidents, when set, also sends the manager the provider-wide
	// incidents (schemas.Incident) that touch a domain in the
	// subscription's scope: when one opens, escalates and closes.
	Incidents bool `json:"incidents,omitempty" yaml:"incidents,omitempty"`
	// Off, when set, sends nothing. The console sets it on a manager's
	// own subscription (ConsoleSubscriptionID) to turn off, for the
	// manager's own address, what a directory-file subscription at the
	// same scope would send (see InForce).
	Off bool `json:"off,omitempty" yaml:"off,omitempty"`
}

// Channel names a way of reaching a manager.
type Channel string

// The channels a manager can be reached through.
const (
	ChannelEmail   Channel = "email"
	ChannelWebhook Channel = "webhook"
)

// Scope returns the level and id a subscription covers: its own when set,
// else its manager's.
func (s Subscription) Scope(m Manager) (Level, string) {
	if s.Level != "" {
		return s.Level, s.Of
	}
	return m.Level, m.Of
}
