package directory

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/mailflow/mailflow/schemas"
)

// Deletion is what `mailflow config delete` writes tombstones for, as
// ResolveDeletes works it out.
type Deletion struct {
	// Keys are the keys asked for, each in the spelling the topic holds it
	// under (a domain's canonical name, a kind in lower case).
	Keys []string
	// Along are the console-made subscriptions that go with what Keys
	// delete, as apply --prune deletes them (Orphaned), each with why.
	Along []Orphaned
}

// ResolveDeletes checks the config keys an operator asked to delete
// against the directory d and the records nothing applies (invalid, from
// LoadWithInvalid), and returns what to delete. Before, `config delete`
// wrote a tombstone for any key and printed "deleted", for a key that did
// not exist or was spelt in another letter case (review S24A-7).
//
// A key is taken as the directory keys its records: the kind in lower case,
// a domain by its canonical name (domains are case-insensitive), ids of
// other kinds exactly (they are case-sensitive: "Ops" and "ops" are two
// managers). A key that names neither an entity, nor an overlay, nor an
// invalid record (which is kept as given: removing those is what the
// command is for) is an error naming it, with the key of another letter
// case when there is one.
//
// Deleting an entity others refer to — a manager with subscriptions, a
// reseller with customers or managers, a customer with domains, a domain
// with managers — would leave a directory that config apply refuses
// (unknown manager, unknown customer, …), so it is refused, naming the
// keys to delete with it; the console's subscriptions (console-… ids) go
// along, as with apply --prune, since no file names them. Nothing is
// deleted when any key is refused.
func ResolveDeletes(d *Directory, invalid []InvalidRecord, keys []string) (Deletion, error) {
	bad := map[string]bool{}
	for _, r := range invalid {
		bad[r.Key] = true
	}
	var problems []string
	var out Deletion
	for _, asked := range keys {
		key, err := d.canonicalKey(asked, bad)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if !slices.Contains(out.Keys, key) {
			out.Keys = append(out.Keys, key)
		}
	}
	if len(problems) == 0 {
		along, refused := d.referrers(out.Keys)
		out.Along = along
		problems = append(problems, refused...)
	}
	if len(problems) > 0 {
		return Deletion{}, errors.New(strings.Join(problems, "\n"))
	}
	return out, nil
}

// canonicalKey returns the key the directory holds asked under, or an
// error saying that there is none.
func (d *Directory) canonicalKey(asked string, invalid map[string]bool) (string, error) {
	if invalid[asked] {
		return asked, nil
	}
	kind, id, _ := strings.Cut(asked, "/")
	k, id, err := ParseKey(strings.ToLower(kind) + "/" + id)
	if err != nil {
		return "", fmt.Errorf("%q: not a config key: want kind/id, the kind one of defaults, reseller, customer, domain, manager, subscription, silence, webhook, reseller-settings, customer-settings or domain-settings", clip(asked))
	}
	switch k {
	case KindDomain, KindDomainSettings:
		if c, err := schemas.CanonicalDomain(id); err == nil {
			id = c
		}
	case KindDefaults:
		id = strings.ToLower(id)
	}
	key := Key(k, id)
	if invalid[key] || d.holds(k, id) {
		return key, nil
	}
	for _, other := range slices.Sorted(maps.Keys(d.keys(invalid))) {
		if strings.EqualFold(other, key) {
			return "", fmt.Errorf("no such %s %q (ids are case-sensitive): did you mean %s?", k, clip(id), other)
		}
	}
	return "", fmt.Errorf("no such %s %q in the directory, nothing was deleted (mailflow config get lists what it holds)", k, clip(id))
}

// holds reports whether the directory holds a record of kind and id.
func (d *Directory) holds(k Kind, id string) bool {
	var ok bool
	switch k {
	case KindDefaults:
		ok = id == GlobalID
	case KindReseller:
		_, ok = d.Resellers[id]
	case KindCustomer:
		_, ok = d.Customers[id]
	case KindDomain:
		_, ok = d.Domains[id]
	case KindManager:
		_, ok = d.Managers[id]
	case KindSubscription:
		_, ok = d.Subscriptions[id]
	case KindSilence:
		_, ok = d.Silences[id]
	default:
		if entity, overlay := isOverlay(k); overlay {
			ok = d.HasOverlay(Key(entity, id))
		}
	}
	return ok
}

// keys returns every key the directory holds a record of, and the invalid
// ones.
func (d *Directory) keys(invalid map[string]bool) map[string]bool {
	out := maps.Clone(invalid)
	if out == nil {
		out = map[string]bool{}
	}
	for id := range d.Resellers {
		out[Key(KindReseller, id)] = true
	}
	for id := range d.Customers {
		out[Key(KindCustomer, id)] = true
	}
	for id := range d.Domains {
		out[Key(KindDomain, id)] = true
	}
	for id := range d.Managers {
		out[Key(KindManager, id)] = true
	}
	for id := range d.Subscriptions {
		out[Key(KindSubscription, id)] = true
	}
	for id := range d.Silences {
		out[Key(KindSilence, id)] = true
	}
	for _, k := range d.overlayKeys() {
		out[k] = true
	}
	return out
}

// referrers returns the console subscriptions that go with the entities
// of keys, and a problem for each entity something else the directory
// keeps refers to.
func (d *Directory) referrers(keys []string) ([]Orphaned, []string) {
	gone := map[string]bool{}
	for _, k := range keys {
		gone[k] = true
	}
	var along []Orphaned
	var problems []string
	for _, key := range keys {
		kind, id, err := ParseKey(key)
		if err != nil {
			continue
		}
		var refs []string
		add := func(ref string) {
			if gone[ref] {
				return
			}
			if isConsoleKey(ref) {
				along = append(along, Orphaned{Key: ref, Reason: "made in the console; its " + string(kind) + " " + id + " is deleted"})
				gone[ref] = true
				return
			}
			refs = append(refs, ref)
		}
		scoped := func(level Level) {
			for _, mid := range slices.Sorted(maps.Keys(d.Managers)) {
				if m := d.Managers[mid]; m.Level == level && m.Of == id {
					add(Key(KindManager, mid))
				}
			}
			for _, sid := range slices.Sorted(maps.Keys(d.Subscriptions)) {
				if s := d.Subscriptions[sid]; s.Level == level && s.Of == id {
					add(Key(KindSubscription, sid))
				}
			}
		}
		switch kind {
		case KindManager:
			for _, sid := range slices.Sorted(maps.Keys(d.Subscriptions)) {
				if d.Subscriptions[sid].Manager == id {
					add(Key(KindSubscription, sid))
				}
			}
		case KindWebhook:
			// The manager's record's own webhook, if any, stands again
			// once the overlay is gone; without one, a subscription that
			// names the webhook channel would route nothing (review
			// S24B-2; the console refuses the same deletion).
			after := d.Managers[id].WebhookURL
			if w, ok := d.overlays.baseWebhooks[id]; ok {
				after = w.URL
			}
			if after == "" {
				for _, sid := range slices.Sorted(maps.Keys(d.Subscriptions)) {
					// Not along, even when made in the console: the
					// manager's own choice of channels is theirs to
					// change, not the webhook's deletion to drop.
					if sub := d.Subscriptions[sid]; sub.Manager == id && slices.Contains(sub.Channels, string(ChannelWebhook)) && !gone[Key(KindSubscription, sid)] {
						refs = append(refs, Key(KindSubscription, sid))
					}
				}
			}
		case KindReseller:
			for _, cid := range slices.Sorted(maps.Keys(d.Customers)) {
				if d.Customers[cid].Reseller == id {
					add(Key(KindCustomer, cid))
				}
			}
			scoped(LevelReseller)
		case KindCustomer:
			for _, name := range slices.Sorted(maps.Keys(d.Domains)) {
				if d.Domains[name].Customer == id {
					add(Key(KindDomain, name))
				}
			}
			scoped(LevelCustomer)
		case KindDomain:
			scoped(LevelDomain)
		}
		if len(refs) > 0 {
			verb := "refer"
			if len(refs) == 1 {
				verb = "refers"
			}
			problems = append(problems, fmt.Sprintf("%s: %s %s to it, and config apply refuses a directory that names what it does not hold: delete them in the same command (config delete %s %s), or remove them with config apply --prune",
				key, strings.Join(refs, ", "), verb, key, strings.Join(refs, " ")))
		}
	}
	return along, problems
}
