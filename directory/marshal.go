package directory

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
)

// The yaml* types fix the printed shape of a directory file: field order,
// thresholds as decimals and intervals as durations ("10m"), so that what
// `config get` prints is what `config apply` reads.
type (
	yamlFile struct {
		Defaults      *yamlSettings      `yaml:"defaults,omitempty"`
		Resellers     []yamlReseller     `yaml:"resellers,omitempty"`
		Customers     []yamlCustomer     `yaml:"customers,omitempty"`
		Domains       []yamlDomain       `yaml:"domains,omitempty"`
		Managers      []Manager          `yaml:"managers,omitempty"`
		Subscriptions []yamlSubscription `yaml:"subscriptions,omitempty"`
	}
	yamlSettings struct {
		Window         int     `yaml:"window,omitempty"`
		Threshold      float64 `yaml:"threshold,omitempty"`
		RepeatInterval string  `yaml:"repeat_interval,omitempty"`
		FlapInterval   string  `yaml:"flap_interval,omitempty"`
		// The detection settings (detectsettings.go).
		ExcludeRecipientFailures *bool  `yaml:"exclude_recipient_failures,omitempty"`
		DelayThreshold           string `yaml:"delay_threshold,omitempty"`
		SilentAfter              string `yaml:"silent_after,omitempty"`
		SilentBaseline           int    `yaml:"silent_baseline,omitempty"`
	}
	yamlReseller struct {
		ID           string `yaml:"id"`
		Name         string `yaml:"name,omitempty"`
		yamlSettings `yaml:",inline"`
	}
	yamlCustomer struct {
		ID           string `yaml:"id"`
		Name         string `yaml:"name,omitempty"`
		Reseller     string `yaml:"reseller"`
		yamlSettings `yaml:",inline"`
	}
	yamlDomain struct {
		Name         string `yaml:"name"`
		Customer     string `yaml:"customer"`
		yamlSettings `yaml:",inline"`
	}
	yamlSubscription struct {
		ID          string   `yaml:"id"`
		Manager     string   `yaml:"manager"`
		Level       Level    `yaml:"level,omitempty"`
		Of          string   `yaml:"of,omitempty"`
		Transitions []string `yaml:"transitions,omitempty"`
		Channels    []string `yaml:"channels,omitempty"`
		MinInterval string   `yaml:"min_interval,omitempty"`
		Incidents   bool     `yaml:"incidents,omitempty"`
	}
)

func yamlSet(s Settings) yamlSettings {
	return yamlSettings{Window: s.Window, Threshold: s.Threshold.Float(),
		RepeatInterval: formatNotifyInterval(s.RepeatInterval), FlapInterval: formatNotifyInterval(s.FlapInterval),
		ExcludeRecipientFailures: formatSwitch(s.ExcludeRecipientFailures), DelayThreshold: formatNotifyInterval(s.DelayThreshold),
		SilentAfter: formatNotifyInterval(s.SilentAfter), SilentBaseline: s.SilentBaseline}
}

// MarshalOption changes how Marshal prints a directory.
type MarshalOption func(*marshalConfig)

type marshalConfig struct{ redact bool }

// Redacted stands in for a secret that RedactSecrets leaves out.
const Redacted = "REDACTED"

// RedactSecrets prints every webhook secret as "whsec_REDACTED", every
// API token hash as "REDACTED" and the credentials a webhook URL carries
// (userinfo, ?token= and the like: RedactWebhookURL) as REDACTED, for
// output that is shown to people or pasted into tickets. A token hash is
// not the token, but it lets whoever reads it test guesses of a weak token
// offline, so it is kept from casual output too. The result applies as it
// is when parsed with KeepRedactedFrom the directory it was printed from:
// a placeholder that comes back unchanged keeps the stored value, so that
// config get | config apply -f - changes nothing.
func RedactSecrets() MarshalOption { return func(c *marshalConfig) { c.redact = true } }

// FileOf returns the directory as a File, every list sorted by id, so that
// two prints of the same directory are identical and diff well.
func FileOf(d *Directory) *File {
	f := &File{}
	if d.Defaults != New().Defaults {
		def := d.Defaults
		f.Defaults = &def
	}
	f.Resellers = sortedValues(d.Resellers)
	f.Customers = sortedValues(d.Customers)
	f.Domains = sortedValues(d.Domains)
	f.Managers = sortedValues(d.Managers)
	f.Subscriptions = sortedValues(d.Subscriptions)
	return f
}

func sortedValues[V any](m map[string]V) []V {
	keys := slices.Sorted(maps.Keys(m))
	out := make([]V, 0, len(keys))
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out
}

// Marshal prints d as a directory file, in the format ParseFile reads.
func Marshal(d *Directory, opts ...MarshalOption) ([]byte, error) {
	return FileOf(d).Marshal(opts...)
}

// Marshal prints f as YAML in the format ParseFile reads.
func (f *File) Marshal(opts ...MarshalOption) ([]byte, error) {
	var c marshalConfig
	for _, o := range opts {
		o(&c)
	}
	var y yamlFile
	if f.Defaults != nil {
		s := yamlSet(*f.Defaults)
		y.Defaults = &s
	}
	for _, e := range f.Resellers {
		y.Resellers = append(y.Resellers, yamlReseller{ID: e.ID, Name: e.Name, yamlSettings: yamlSet(e.Settings)})
	}
	for _, e := range f.Customers {
		y.Customers = append(y.Customers, yamlCustomer{ID: e.ID, Name: e.Name, Reseller: e.Reseller, yamlSettings: yamlSet(e.Settings)})
	}
	for _, e := range f.Domains {
		y.Domains = append(y.Domains, yamlDomain{Name: e.Name, Customer: e.Customer, yamlSettings: yamlSet(e.Settings)})
	}
	for _, m := range f.Managers {
		if c.redact && m.WebhookSecret != "" {
			m.WebhookSecret = WebhookSecretPrefix + Redacted
		}
		if c.redact && m.APITokenSHA256 != "" {
			m.APITokenSHA256 = Redacted
		}
		if c.redact {
			m.WebhookURL = RedactWebhookURL(m.WebhookURL)
		}
		y.Managers = append(y.Managers, m)
	}
	for _, s := range f.Subscriptions {
		ys := yamlSubscription{ID: s.ID, Manager: s.Manager, Level: s.Level, Of: s.Of, Channels: s.Channels, Incidents: s.Incidents}
		for _, t := range s.Transitions {
			ys.Transitions = append(ys.Transitions, string(t))
		}
		if s.MinInterval > 0 {
			ys.MinInterval = formatDuration(s.MinInterval)
		}
		y.Subscriptions = append(y.Subscriptions, ys)
	}
	b, err := yaml.MarshalWithOptions(&y, yaml.IndentSequence(true))
	if err != nil {
		return nil, fmt.Errorf("print directory: %w", err)
	}
	return b, nil
}

// Directory returns the directory the file describes, on top of the
// built-in defaults.
func (f *File) Directory() *Directory {
	d := New()
	if f.Defaults != nil {
		d.Defaults = withBuiltinDefaults(*f.Defaults)
	}
	for _, e := range f.Resellers {
		d.Resellers[e.ID] = e
	}
	for _, e := range f.Customers {
		d.Customers[e.ID] = e
	}
	for _, e := range f.Domains {
		d.Domains[e.Name] = e
	}
	for _, e := range f.Managers {
		d.Managers[e.ID] = e
	}
	for _, e := range f.Subscriptions {
		d.Subscriptions[e.ID] = e
	}
	return d
}

// withBuiltinDefaults fills the unset global settings the way the table
// does when it reads a defaults record.
func withBuiltinDefaults(s Settings) Settings {
	def := New().Defaults
	if s.Window == 0 {
		s.Window = def.Window
	}
	if s.Threshold == 0 {
		s.Threshold = def.Threshold
	}
	return s
}

// formatDuration prints "10m" rather than time's "10m0s".
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}
