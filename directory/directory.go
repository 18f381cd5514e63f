package directory

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"maps"
	"sort"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// Directory is an immutable snapshot of the whole directory. A Table swaps
// in a new snapshot when the config topic changes, so a reader that holds a
// *Directory sees one consistent version without locking.
type Directory struct {
	Defaults      Settings
	Resellers     map[string]Reseller
	Customers     map[string]Customer
	Domains       map[string]Domain
	Managers      map[string]Manager
	Subscriptions map[string]Subscription
	// Silences are the silences and maintenance windows (silence.go), by
	// id, expired ones included until they are deleted.
	Silences map[string]Silence
	// overlays are the console's records of a manager's webhook and an
	// entity's settings (overlay.go), already merged into the maps above.
	overlays overlays
}

// New returns an empty directory with the built-in defaults (window 25,
// threshold 0.9) as its global settings.
func New() *Directory {
	return &Directory{
		Defaults:      Settings{Window: DefaultWindow, Threshold: DefaultThreshold},
		Resellers:     map[string]Reseller{},
		Customers:     map[string]Customer{},
		Domains:       map[string]Domain{},
		Managers:      map[string]Manager{},
		Subscriptions: map[string]Subscription{},
		Silences:      map[string]Silence{},
	}
}

// Resolved are the settings in force for one domain and where the domain
// sits in the hierarchy.
type Resolved struct {
	Window    int
	Threshold Threshold
	// Customer and Reseller are empty for a domain not in the directory.
	Customer string
	Reseller string
	// RepeatInterval and FlapInterval are the notification settings in
	// force (notifysettings.go): zero when no level sets them (the sinks'
	// built-in defaults apply), Off when turned off.
	RepeatInterval time.Duration
	FlapInterval   time.Duration
	// ExcludeRecipientFailures is whether recipient failures are left out
	// of the failure budget (reason-aware health; off unless a level turns
	// it on).
	ExcludeRecipientFailures bool
	// DelayThreshold is the delay threshold as the levels set it: zero
	// when none does (DefaultDelayThreshold applies), Off when off; see
	// DelayLimit for the one in force.
	DelayThreshold time.Duration
	// SilentAfter and SilentBaseline are the silence settings as the
	// levels set them: zero when none does, SilentAfter Off when off;
	// see SilenceLimit and SilenceBaseline for the ones in force.
	SilentAfter    time.Duration
	SilentBaseline int
}

// Resolve returns the window and threshold in force for domain, each taken
// from the first level that sets it: the domain, its customer, the
// customer's reseller, then the global defaults.
func (d *Directory) Resolve(domain string) Resolved {
	r := Resolved{Window: d.Defaults.Window, Threshold: d.Defaults.Threshold,
		RepeatInterval: d.Defaults.RepeatInterval, FlapInterval: d.Defaults.FlapInterval}
	dom, ok := d.Domains[domain]
	if !ok {
		r.resolveDetect(d.Defaults, nil)
		return r
	}
	levels := [3]Settings{dom.Settings}
	r.Customer = dom.Customer
	if c, ok := d.Customers[dom.Customer]; ok {
		levels[1] = c.Settings
		r.Reseller = c.Reseller
		if rs, ok := d.Resellers[c.Reseller]; ok {
			levels[2] = rs.Settings
		}
	}
	for i := len(levels) - 1; i >= 0; i-- {
		if levels[i].Window > 0 {
			r.Window = levels[i].Window
		}
		if levels[i].Threshold > 0 {
			r.Threshold = levels[i].Threshold
		}
		r.RepeatInterval = override(r.RepeatInterval, levels[i].RepeatInterval)
		r.FlapInterval = override(r.FlapInterval, levels[i].FlapInterval)
	}
	r.resolveDetect(d.Defaults, levels[:])
	return r
}

// clone returns a copy that apply can change without disturbing readers of d.
func (d *Directory) clone() *Directory {
	return &Directory{
		Defaults:      d.Defaults,
		Resellers:     maps.Clone(d.Resellers),
		Customers:     maps.Clone(d.Customers),
		Domains:       maps.Clone(d.Domains),
		Managers:      maps.Clone(d.Managers),
		Subscriptions: maps.Clone(d.Subscriptions),
		Silences:      maps.Clone(d.Silences),
		overlays:      d.overlays.clone(),
	}
}

// apply changes d by one config record. It must only be called on a
// directory no reader holds yet (a fresh clone).
func (d *Directory) apply(rec Record) error {
	kind, id, err := ParseKey(rec.Key)
	if err != nil {
		return err
	}
	entity, overlay := isOverlay(kind)
	if !overlay {
		entity = kind
	}
	// The key comes from the topic like the value, and is held to the rules
	// of the file (validator.id, checkDomainName): an id the file could
	// not name would be an entity nobody can reach or remove.
	switch entity {
	case KindDefaults:
		if id != GlobalID {
			return fmt.Errorf("config record %s: the defaults record is %s", clip(rec.Key), Key(KindDefaults, GlobalID))
		}
	case KindDomain:
		if err := checkDomainName(id); err != nil {
			return fmt.Errorf("config record %s: %w", clip(rec.Key), err)
		}
	default:
		if !idPattern.MatchString(id) {
			return fmt.Errorf("config record %q: %s id: use letters, digits, '.', '_' and '-' (at most 128)", clip(rec.Key), kind)
		}
		if entity == KindManager && IsOperatorID(id) && rec.Value != nil {
			return fmt.Errorf("config record %q: manager id %q is reserved for the operator", clip(rec.Key), clip(id))
		}
	}
	if overlay {
		if rec.Value != nil {
			if err := schemas.CheckNesting(rec.Value); err != nil {
				return fmt.Errorf("config record %s: %w", rec.Key, err)
			}
		}
		if err := d.applyOverlay(entity, id, rec.Value); err != nil {
			return fmt.Errorf("config record %s: %w", rec.Key, err)
		}
		return nil
	}
	if rec.Value == nil {
		d.forgetBase(kind, id)
		switch kind {
		case KindDefaults:
			d.Defaults = New().Defaults
		case KindReseller:
			delete(d.Resellers, id)
		case KindCustomer:
			delete(d.Customers, id)
		case KindDomain:
			delete(d.Domains, id)
		case KindManager:
			delete(d.Managers, id)
		case KindSubscription:
			delete(d.Subscriptions, id)
		case KindSilence:
			delete(d.Silences, id)
		}
		return nil
	}
	bad := func(err error) error { return fmt.Errorf("config record %s: %w", rec.Key, err) }
	if err := schemas.CheckNesting(rec.Value); err != nil {
		return bad(err)
	}
	switch kind {
	case KindDefaults:
		var s Settings
		if err := json.Unmarshal(rec.Value, &s); err != nil {
			return bad(err)
		}
		if err := s.check(); err != nil {
			return bad(err)
		}
		def := New().Defaults
		if s.Window == 0 {
			s.Window = def.Window
		}
		if s.Threshold == 0 {
			s.Threshold = def.Threshold
		}
		d.Defaults = s
	case KindReseller:
		var v Reseller
		if err := decodeEntity(rec.Value, &v, &v.ID, id, &v.Settings); err != nil {
			return bad(err)
		}
		d.overlaySettings(rec.Key, &v.Settings)
		d.Resellers[id] = v
	case KindCustomer:
		var v Customer
		if err := decodeEntity(rec.Value, &v, &v.ID, id, &v.Settings); err != nil {
			return bad(err)
		}
		d.overlaySettings(rec.Key, &v.Settings)
		d.Customers[id] = v
	case KindDomain:
		var v Domain
		if err := decodeEntity(rec.Value, &v, &v.Name, id, &v.Settings); err != nil {
			return bad(err)
		}
		d.overlaySettings(rec.Key, &v.Settings)
		d.Domains[id] = v
	case KindManager:
		var v Manager
		if err := decodeEntity(rec.Value, &v, &v.ID, id, nil); err != nil {
			return bad(err)
		}
		d.overlayManager(&v)
		d.Managers[id] = v
	case KindSubscription:
		var v Subscription
		if err := decodeEntity(rec.Value, &v, &v.ID, id, nil); err != nil {
			return bad(err)
		}
		d.Subscriptions[id] = v
	case KindSilence:
		var v Silence
		if err := decodeEntity(rec.Value, &v, &v.ID, id, nil); err != nil {
			return bad(err)
		}
		if err := v.Check(); err != nil {
			return bad(err)
		}
		d.Silences[id] = v
	}
	return nil
}

// decodeEntity decodes a record value and checks that the id inside agrees
// with the key and that the settings are in range.
func decodeEntity(value []byte, v any, idField *string, keyID string, s *Settings) error {
	if err := json.Unmarshal(value, v); err != nil {
		return err
	}
	if *idField == "" {
		*idField = keyID
	} else if *idField != keyID {
		return fmt.Errorf("id %q does not match the key", *idField)
	}
	if s != nil {
		return s.check()
	}
	return nil
}

// check validates settings ranges.
func (s Settings) check() error {
	if s.Window < 0 || s.Window > MaxWindow {
		return fmt.Errorf("window %d out of range 1..%d", s.Window, MaxWindow)
	}
	if s.Threshold > ThresholdScale {
		return fmt.Errorf("threshold %v out of range (0, 1]", s.Threshold)
	}
	if err := s.checkDetect(); err != nil {
		return err
	}
	return s.checkNotify()
}

// DomainsUnder returns, sorted, the domains a manager of the given level
// and id may see: all domains of a reseller's customers, a customer's
// domains, or the one domain.
func (d *Directory) DomainsUnder(level Level, of string) []string {
	var out []string
	for name, dom := range d.Domains {
		if d.Covers(level, of, name, dom) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Covers reports whether the level/of scope (a manager's, or a
// subscription's) includes the domain.
func (d *Directory) Covers(level Level, of, name string, dom Domain) bool {
	switch level {
	case LevelDomain:
		return name == of
	case LevelCustomer:
		return dom.Customer == of
	case LevelReseller:
		c, ok := d.Customers[dom.Customer]
		return ok && c.Reseller == of
	}
	return false
}

// HashToken returns the lowercase hex SHA-256 of an API token: the form a
// manager's token is stored in (Manager.APITokenSHA256).
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// HasAPITokens reports whether any manager has an API token.
func (d *Directory) HasAPITokens() bool {
	for _, m := range d.Managers {
		if m.APITokenSHA256 != "" {
			return true
		}
	}
	return false
}

// ManagerByToken returns the manager whose APITokenSHA256 is the hash of
// token. The hashes are compared in constant time, and every manager is
// looked at, so that the time taken tells nothing about the token. Should
// two managers share a hash (a file validated by ParseFile never has
// that), the one with the smallest id wins. An empty token matches no one.
func (d *Directory) ManagerByToken(token string) (Manager, bool) {
	if token == "" {
		return Manager{}, false
	}
	want := []byte(HashToken(token))
	var found Manager
	ok := false
	for _, m := range d.Managers {
		if m.APITokenSHA256 == "" {
			continue
		}
		if subtle.ConstantTimeCompare([]byte(m.APITokenSHA256), want) == 1 && (!ok || m.ID < found.ID) {
			found, ok = m, true
		}
	}
	return found, ok
}

// ManagerCovers reports whether domain is in the directory and lies under
// the reseller, customer or domain the manager belongs to.
func (d *Directory) ManagerCovers(m Manager, domain string) bool {
	dom, ok := d.Domains[domain]
	return ok && d.Covers(m.Level, m.Of, domain, dom)
}
