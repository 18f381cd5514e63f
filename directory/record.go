package directory

import (
	"fmt"
	"strings"

	"github.com/segmentio/encoding/json"
)

// Kind is the kind of entity a config record holds.
type Kind string

// The kinds of config record. KindDefaults has the single id "global".
const (
	KindDefaults     Kind = "defaults"
	KindReseller     Kind = "reseller"
	KindCustomer     Kind = "customer"
	KindDomain       Kind = "domain"
	KindManager      Kind = "manager"
	KindSubscription Kind = "subscription"
	// KindSilence holds a silence or maintenance window (silence.go). The
	// directory file does not hold silences: they are made in the console
	// or API, and apply --prune leaves them alone.
	KindSilence Kind = "silence"
)

// GlobalID is the id of the one defaults record.
const GlobalID = "global"

// Key returns the config-topic key of an entity: "kind/id". Compaction keeps
// the latest record of each key, and a record with a nil value (a tombstone)
// deletes the entity.
func Key(kind Kind, id string) string { return string(kind) + "/" + id }

// ParseKey splits a config-topic key into its kind and id.
func ParseKey(key string) (Kind, string, error) {
	kind, id, ok := strings.Cut(key, "/")
	if !ok || id == "" {
		return "", "", fmt.Errorf("config key %q: want kind/id", key)
	}
	switch k := Kind(kind); k {
	case KindDefaults, KindReseller, KindCustomer, KindDomain, KindManager, KindSubscription, KindSilence,
		KindWebhook, KindResellerSettings, KindCustomerSettings, KindDomainSettings:
		return k, id, nil
	}
	return "", "", fmt.Errorf("config key %q: unknown kind %q", key, kind)
}

// Record is one entity as written to the config topic.
type Record struct {
	Key   string
	Value []byte // nil deletes the entity
}

// EncodeRecord returns the config record of an entity (one of Settings for
// the global defaults, Reseller, Customer, Domain, Manager or Subscription).
func EncodeRecord(entity any) (Record, error) {
	var key string
	switch e := entity.(type) {
	case Settings:
		key = Key(KindDefaults, GlobalID)
	case Reseller:
		key = Key(KindReseller, e.ID)
	case Customer:
		key = Key(KindCustomer, e.ID)
	case Domain:
		key = Key(KindDomain, e.Name)
	case Manager:
		key = Key(KindManager, e.ID)
	case Subscription:
		key = Key(KindSubscription, e.ID)
	case Silence:
		key = Key(KindSilence, e.ID)
	default:
		return Record{}, fmt.Errorf("encode config record: unsupported entity %T", entity)
	}
	b, err := json.Marshal(entity)
	if err != nil {
		return Record{}, fmt.Errorf("encode config record %s: %w", key, err)
	}
	return Record{Key: key, Value: b}, nil
}
