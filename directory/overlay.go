package directory

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/segmentio/encoding/json"
)

// The console writes what a manager may change — their own webhook, and
// the settings of a domain, customer or reseller of their tree — as
// records of its own kinds, which hold those fields and nothing else:
// overlays. They used to rewrite the whole entity from the instance's
// copy of the directory, so a console write prepared before that copy
// had read an operator's change, and written after it, put the old
// record back: a revoked API token, a deleted manager or a domain moved
// to another customer came back (third review, finding 1). An overlay
// carries no level, scope, owner or token, so it cannot undo them.
//
// An overlay's fields win over the entity record's whatever their order
// on the topic: the outcome depends on the records the topic holds, not
// on which a reader saw first, so compaction (which keeps the latest
// record of each key, in order) and every instance agree. config apply
// merges three ways (Diff): the file wins for the fields it changes, and
// an overlay keeps the fields the file leaves as they were; an overlay
// whose entity is gone is kept, unused, until the entity's prune or
// delete removes it too.
const (
	// KindWebhook holds a manager's webhook (Webhook), keyed by the
	// manager's id.
	KindWebhook Kind = "webhook"
	// KindResellerSettings, KindCustomerSettings and KindDomainSettings
	// hold the settings (Settings) of a reseller, customer or domain,
	// keyed by its id or name.
	KindResellerSettings Kind = "reseller-settings"
	KindCustomerSettings Kind = "customer-settings"
	KindDomainSettings   Kind = "domain-settings"
)

// SettingsPatch is the value of a settings overlay: the settings a
// manager set, by their names in the directory file ("window",
// "threshold", "repeat_interval", "flap_interval",
// "exclude_recipient_failures", "delay_threshold", "silent_after",
// "silent_baseline"), and their values in Values, where a zero value
// inherits. The fields not named keep the entity record's values, so a
// console write of the window alone leaves an operator's later change of
// another setting in force (second review of the overlays, F2).
type SettingsPatch struct {
	Fields []string `json:"fields"`
	Values Settings `json:"values"`
}

// settingsFields copies each named field from src to dst.
var settingsFields = map[string]func(dst, src *Settings){
	"window":                     func(d, s *Settings) { d.Window = s.Window },
	"threshold":                  func(d, s *Settings) { d.Threshold = s.Threshold },
	"repeat_interval":            func(d, s *Settings) { d.RepeatInterval = s.RepeatInterval },
	"flap_interval":              func(d, s *Settings) { d.FlapInterval = s.FlapInterval },
	"exclude_recipient_failures": func(d, s *Settings) { d.ExcludeRecipientFailures = s.ExcludeRecipientFailures },
	"delay_threshold":            func(d, s *Settings) { d.DelayThreshold = s.DelayThreshold },
	"silent_after":               func(d, s *Settings) { d.SilentAfter = s.SilentAfter },
	"silent_baseline":            func(d, s *Settings) { d.SilentBaseline = s.SilentBaseline },
}

// check refuses unknown or repeated field names and values out of range.
func (p SettingsPatch) check() error {
	seen := map[string]bool{}
	for _, f := range p.Fields {
		if settingsFields[f] == nil || seen[f] {
			return fmt.Errorf("settings field %q: unknown or repeated", clip(f))
		}
		seen[f] = true
	}
	return p.Values.check()
}

// Apply returns s with the patch's fields set.
func (p SettingsPatch) Apply(s Settings) Settings {
	for _, f := range p.Fields {
		if set := settingsFields[f]; set != nil {
			set(&s, &p.Values)
		}
	}
	return s
}

// Merge returns p with q laid over it: the fields of both, q's values
// where both name one.
func (p SettingsPatch) Merge(q SettingsPatch) SettingsPatch {
	out := SettingsPatch{Values: p.Apply(Settings{})}
	out.Values = q.Apply(out.Values)
	for _, f := range p.Fields {
		if !slices.Contains(out.Fields, f) {
			out.Fields = append(out.Fields, f)
		}
	}
	for _, f := range q.Fields {
		if !slices.Contains(out.Fields, f) {
			out.Fields = append(out.Fields, f)
		}
	}
	slices.Sort(out.Fields)
	return out
}

// SettingsOverlay returns the settings overlay of the reseller, customer
// or domain id (level), empty when it has none.
func (d *Directory) SettingsOverlay(level Level, id string) SettingsPatch {
	var kind Kind
	switch level {
	case LevelReseller:
		kind = KindReseller
	case LevelCustomer:
		kind = KindCustomer
	case LevelDomain:
		kind = KindDomain
	}
	return d.overlays.settings[Key(kind, id)]
}

// Webhook is the value of a KindWebhook overlay: a manager's webhook URL
// and signing secret, both empty for none.
type Webhook struct {
	URL    string `json:"webhook_url"`
	Secret string `json:"webhook_secret"`
}

// overlays are a directory's overlay records and, for each entity with
// one, the entity record's own values of the fields it overrides (so that
// deleting the overlay gives them back).
type overlays struct {
	webhooks     map[string]Webhook       // by manager id
	settings     map[string]SettingsPatch // by entity key (reseller/…, customer/…, domain/…)
	baseWebhooks map[string]Webhook
	baseSettings map[string]Settings
}

func (o overlays) clone() overlays {
	return overlays{webhooks: maps.Clone(o.webhooks), settings: maps.Clone(o.settings),
		baseWebhooks: maps.Clone(o.baseWebhooks), baseSettings: maps.Clone(o.baseSettings)}
}

// init makes o's maps, for a directory's first overlay.
func (o *overlays) init() {
	if o.webhooks == nil {
		*o = overlays{webhooks: map[string]Webhook{}, settings: map[string]SettingsPatch{},
			baseWebhooks: map[string]Webhook{}, baseSettings: map[string]Settings{}}
	}
}

// OverlayKey returns the key of the overlay record of the entity whose
// record has key entityKey, and whether entities of its kind have one.
func OverlayKey(entityKey string) (string, bool) {
	kind, id, err := ParseKey(entityKey)
	if err != nil {
		return "", false
	}
	switch kind {
	case KindManager:
		return Key(KindWebhook, id), true
	case KindReseller:
		return Key(KindResellerSettings, id), true
	case KindCustomer:
		return Key(KindCustomerSettings, id), true
	case KindDomain:
		return Key(KindDomainSettings, id), true
	}
	return "", false
}

// overlayEntity returns the key of the entity whose overlay record has
// key, or "" when key is no overlay's.
func overlayEntity(key string) string {
	kind, id, err := ParseKey(key)
	if err != nil {
		return ""
	}
	if entity, ok := isOverlay(kind); ok {
		return Key(entity, id)
	}
	return ""
}

// isOverlay reports whether kind is an overlay's, and the kind of the
// entity it belongs to.
func isOverlay(kind Kind) (Kind, bool) {
	switch kind {
	case KindWebhook:
		return KindManager, true
	case KindResellerSettings:
		return KindReseller, true
	case KindCustomerSettings:
		return KindCustomer, true
	case KindDomainSettings:
		return KindDomain, true
	}
	return "", false
}

// EncodeWebhook returns the overlay record that sets manager id's webhook
// (both empty: none, whatever the manager's record says).
func EncodeWebhook(id string, w Webhook) (Record, error) {
	b, err := json.Marshal(w)
	if err != nil {
		return Record{}, fmt.Errorf("encode webhook of manager %s: %w", id, err)
	}
	return Record{Key: Key(KindWebhook, id), Value: b}, nil
}

// EncodeSettings returns the overlay record that sets the settings p names
// of the reseller, customer or domain id (level), whatever its record
// says.
func EncodeSettings(level Level, id string, p SettingsPatch) (Record, error) {
	var kind Kind
	switch level {
	case LevelReseller:
		kind = KindResellerSettings
	case LevelCustomer:
		kind = KindCustomerSettings
	case LevelDomain:
		kind = KindDomainSettings
	default:
		return Record{}, fmt.Errorf("encode settings: unknown level %q", level)
	}
	if err := p.check(); err != nil {
		return Record{}, fmt.Errorf("encode settings of %s %s: %w", level, id, err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		return Record{}, fmt.Errorf("encode settings of %s %s: %w", level, id, err)
	}
	return Record{Key: Key(kind, id), Value: b}, nil
}

// applyOverlay applies an overlay record (value nil: deleted) of the
// entity of kind entity and id. The entity's own values of the fields are
// kept aside (base) only while an overlay covers them.
func (d *Directory) applyOverlay(entity Kind, id string, value []byte) error {
	o := &d.overlays
	o.init()
	if entity == KindManager {
		var w Webhook
		if value != nil {
			if err := json.Unmarshal(value, &w); err != nil {
				return err
			}
			if (w.URL == "") != (w.Secret == "") {
				return fmt.Errorf("a webhook needs both its URL and its secret, or neither")
			}
			if w.Secret != "" && !strings.HasPrefix(w.Secret, WebhookSecretPrefix) {
				return fmt.Errorf("the webhook secret must start with %s", WebhookSecretPrefix)
			}
		}
		m, exists := d.Managers[id]
		_, covered := o.webhooks[id]
		switch {
		case value == nil:
			w = o.baseWebhooks[id]
			delete(o.webhooks, id)
			delete(o.baseWebhooks, id)
		case !covered && exists:
			o.baseWebhooks[id] = Webhook{URL: m.WebhookURL, Secret: m.WebhookSecret}
			fallthrough
		default:
			o.webhooks[id] = w
		}
		if exists && (value != nil || covered) {
			m.WebhookURL, m.WebhookSecret = w.URL, w.Secret
			d.Managers[id] = m
		}
		return nil
	}
	key := Key(entity, id)
	var p SettingsPatch
	if value != nil {
		if err := json.Unmarshal(value, &p); err != nil {
			return err
		}
		if err := p.check(); err != nil {
			return err
		}
	}
	cur, exists := d.entitySettings(entity, id)
	_, covered := o.settings[key]
	var s Settings
	switch {
	case value == nil:
		s = o.baseSettings[key]
		delete(o.settings, key)
		delete(o.baseSettings, key)
	case !covered && exists:
		o.baseSettings[key] = cur
		fallthrough
	default:
		o.settings[key] = p
		s = p.Apply(o.baseSettings[key])
	}
	if exists && (value != nil || covered) {
		d.setEntitySettings(entity, id, s)
	}
	return nil
}

// entitySettings returns the settings of the reseller, customer or
// domain id, and whether it exists.
func (d *Directory) entitySettings(kind Kind, id string) (Settings, bool) {
	switch kind {
	case KindReseller:
		e, ok := d.Resellers[id]
		return e.Settings, ok
	case KindCustomer:
		e, ok := d.Customers[id]
		return e.Settings, ok
	case KindDomain:
		e, ok := d.Domains[id]
		return e.Settings, ok
	}
	return Settings{}, false
}

// setEntitySettings sets the settings of an existing reseller, customer
// or domain.
func (d *Directory) setEntitySettings(kind Kind, id string, s Settings) {
	switch kind {
	case KindReseller:
		e := d.Resellers[id]
		e.Settings = s
		d.Resellers[id] = e
	case KindCustomer:
		e := d.Customers[id]
		e.Settings = s
		d.Customers[id] = e
	case KindDomain:
		e := d.Domains[id]
		e.Settings = s
		d.Domains[id] = e
	}
}

// overlayManager, for manager m's record being applied, keeps its own
// webhook aside and puts its overlay's in its place, when it has one.
func (d *Directory) overlayManager(m *Manager) {
	w, ok := d.overlays.webhooks[m.ID]
	if !ok {
		return
	}
	d.overlays.baseWebhooks[m.ID] = Webhook{URL: m.WebhookURL, Secret: m.WebhookSecret}
	m.WebhookURL, m.WebhookSecret = w.URL, w.Secret
}

// overlaySettings, for the record of the entity with key being applied,
// keeps its own settings aside and puts its overlay's in their place, when
// it has one.
func (d *Directory) overlaySettings(key string, s *Settings) {
	o, ok := d.overlays.settings[key]
	if !ok {
		return
	}
	d.overlays.baseSettings[key] = *s
	*s = o.Apply(*s)
}

// forgetBase drops what the deleted entity of kind and id had of its own.
func (d *Directory) forgetBase(kind Kind, id string) {
	if kind == KindManager {
		delete(d.overlays.baseWebhooks, id)
		return
	}
	delete(d.overlays.baseSettings, Key(kind, id))
}

// HasOverlay reports whether the directory holds an overlay record of the
// entity whose record has key entityKey.
func (d *Directory) HasOverlay(entityKey string) bool {
	kind, id, err := ParseKey(entityKey)
	if err != nil {
		return false
	}
	if kind == KindManager {
		_, ok := d.overlays.webhooks[id]
		return ok
	}
	_, ok := d.overlays.settings[Key(kind, id)]
	return ok
}

// overlayKeys returns the keys of every overlay record the directory
// holds.
func (d *Directory) overlayKeys() []string {
	var out []string
	for id := range d.overlays.webhooks {
		out = append(out, Key(KindWebhook, id))
	}
	for key := range d.overlays.settings {
		if k, ok := OverlayKey(key); ok {
			out = append(out, k)
		}
	}
	return out
}

// withoutOverlays returns d, or a copy of it, whose managers, resellers,
// customers and domains hold their own records' values where an overlay
// sets others: what the config topic's entity records say.
func (d *Directory) withoutOverlays() *Directory {
	o := &d.overlays
	if len(o.baseWebhooks) == 0 && len(o.baseSettings) == 0 {
		return d
	}
	c := d.clone()
	for id, w := range o.baseWebhooks {
		if m, ok := c.Managers[id]; ok {
			m.WebhookURL, m.WebhookSecret = w.URL, w.Secret
			c.Managers[id] = m
		}
	}
	for key, s := range o.baseSettings {
		if kind, id, err := ParseKey(key); err == nil {
			if _, ok := c.entitySettings(kind, id); ok {
				c.setEntitySettings(kind, id, s)
			}
		}
	}
	return c
}

// mergeOverlay returns what becomes of the overlay of the entity with key
// entityKey when its record changes from old to new (both as
// EncodeRecord writes them, without the overlay's values): the overlay
// record to keep, unchanged or narrowed, and the fields new takes back
// from it because it changes them; nil and why when the overlay goes (new
// changes every field it sets, or moves the entity to another owner).
func (d *Directory) mergeOverlay(entityKey string, old, new []byte) (*Record, []string, string, error) {
	kind, id, err := ParseKey(entityKey)
	if err != nil {
		return nil, nil, "", err
	}
	okey, _ := OverlayKey(entityKey)
	if kind == KindManager {
		var a, b Manager
		if err := json.Unmarshal(old, &a); err != nil {
			return nil, nil, "", fmt.Errorf("%s: %w", entityKey, err)
		}
		if err := json.Unmarshal(new, &b); err != nil {
			return nil, nil, "", fmt.Errorf("%s: %w", entityKey, err)
		}
		if a.WebhookURL != b.WebhookURL || a.WebhookSecret != b.WebhookSecret {
			return nil, []string{"webhook_url", "webhook_secret"}, "the file changes every field it sets", nil
		}
		w := d.overlays.webhooks[id]
		r, err := EncodeWebhook(id, w)
		return &r, nil, "", err
	}
	// An entity moved to another owner leaves what the old owner's
	// managers set behind.
	if moved(old, new) {
		return nil, nil, "the entity moved to another customer or reseller", nil
	}
	var a, b struct {
		Settings
	}
	if err := json.Unmarshal(old, &a); err != nil {
		return nil, nil, "", fmt.Errorf("%s: %w", entityKey, err)
	}
	if err := json.Unmarshal(new, &b); err != nil {
		return nil, nil, "", fmt.Errorf("%s: %w", entityKey, err)
	}
	p := d.overlays.settings[entityKey]
	var kept SettingsPatch
	var taken []string
	for _, f := range p.Fields {
		set := settingsFields[f]
		var x, y Settings
		set(&x, &a.Settings)
		set(&y, &b.Settings)
		if x != y {
			taken = append(taken, f)
			continue
		}
		kept.Fields = append(kept.Fields, f)
		set(&kept.Values, &p.Values)
	}
	if len(kept.Fields) == 0 {
		return nil, taken, "the file changes every field it sets", nil
	}
	var level Level
	switch kind {
	case KindReseller:
		level = LevelReseller
	case KindCustomer:
		level = LevelCustomer
	case KindDomain:
		level = LevelDomain
	}
	r, err := EncodeSettings(level, id, kept)
	if err != nil {
		return nil, nil, "", err
	}
	if r.Key != okey {
		return nil, nil, "", fmt.Errorf("%s: overlay key %s, want %s", entityKey, r.Key, okey)
	}
	return &r, taken, "", nil
}

// moved reports whether two records of a domain or customer put it under
// another customer or reseller (false for records that do not decode:
// the caller's own decoding reports them).
func moved(old, new []byte) bool {
	var a, b struct {
		Customer string `json:"customer"`
		Reseller string `json:"reseller"`
	}
	if json.Unmarshal(old, &a) != nil || json.Unmarshal(new, &b) != nil {
		return false
	}
	return a != b
}

// agreeWithOverlay returns the record new of the entity with key, with
// old's values in the fields its overlay sets where new holds the
// overlay's values.
func (d *Directory) agreeWithOverlay(key string, old, new []byte) ([]byte, error) {
	kind, id, err := ParseKey(key)
	if err != nil {
		return nil, err
	}
	switch kind {
	case KindManager:
		var a, b Manager
		if err := json.Unmarshal(old, &a); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(new, &b); err != nil {
			return nil, err
		}
		w := d.overlays.webhooks[id]
		if b.WebhookURL != w.URL || b.WebhookSecret != w.Secret {
			return new, nil
		}
		b.WebhookURL, b.WebhookSecret = a.WebhookURL, a.WebhookSecret
		r, err := EncodeRecord(b)
		return r.Value, err
	case KindReseller, KindCustomer, KindDomain:
		p := d.overlays.settings[key]
		var a struct{ Settings }
		if err := json.Unmarshal(old, &a); err != nil {
			return nil, err
		}
		agree := func(s *Settings) bool {
			changed := false
			for _, f := range p.Fields {
				set := settingsFields[f]
				var x, y Settings
				set(&x, s)
				set(&y, &p.Values)
				if x == y {
					set(s, &a.Settings)
					changed = true
				}
			}
			return changed
		}
		switch kind {
		case KindReseller:
			return rewriteSettings(new, func(e *Reseller) *Settings { return &e.Settings }, agree)
		case KindCustomer:
			return rewriteSettings(new, func(e *Customer) *Settings { return &e.Settings }, agree)
		default:
			return rewriteSettings(new, func(e *Domain) *Settings { return &e.Settings }, agree)
		}
	}
	return new, nil
}

// overlayChanges returns what an apply takes from the settings overlay of
// the entity with key: the fields (names as settingsFields spells them)
// with the value managers set in the console (Old) and the file's (New),
// printed as config get prints them. old is the entity's own record, new
// the file's. Nil for an entity with no settings overlay.
func (d *Directory) overlayChanges(key string, old, new []byte, fields []string) ([]FieldChange, error) {
	kind, _, err := ParseKey(key)
	if err != nil {
		return nil, err
	}
	p, ok := d.overlays.settings[key]
	if !ok || len(fields) == 0 {
		return nil, nil
	}
	apply := func(s *Settings) bool { *s = p.Apply(*s); return true }
	var seen []byte
	switch kind {
	case KindReseller:
		seen, err = rewriteSettings(old, func(e *Reseller) *Settings { return &e.Settings }, apply)
	case KindCustomer:
		seen, err = rewriteSettings(old, func(e *Customer) *Settings { return &e.Settings }, apply)
	case KindDomain:
		seen, err = rewriteSettings(old, func(e *Domain) *Settings { return &e.Settings }, apply)
	default:
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	all, err := FieldChanges(key, seen, new)
	if err != nil {
		return nil, err
	}
	var out []FieldChange
	for _, c := range all {
		if slices.Contains(fields, c.Field) {
			out = append(out, c)
		}
	}
	return out, nil
}

// rewriteSettings decodes v, a record of an entity of type E, lets change
// modify its settings, and returns the record encoded again if change
// reports a change, else v.
func rewriteSettings[E any](v []byte, settings func(*E) *Settings, change func(*Settings) bool) ([]byte, error) {
	var e E
	if err := json.Unmarshal(v, &e); err != nil {
		return nil, err
	}
	if !change(settings(&e)) {
		return v, nil
	}
	r, err := EncodeRecord(e)
	return r.Value, err
}
