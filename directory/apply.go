package directory

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// ApplyResult says what apply changed (or, from Diff, would change), each
// entry a config key ("customer/c1"), sorted.
type ApplyResult struct {
	Created []string
	Updated []string
	Deleted []string
	// Kept lists what --prune left although the file does not hold it:
	// the subscriptions managers made in the console.
	Kept []string
	// Orphaned lists the console subscriptions --prune deletes because
	// the file leaves them nothing to stand on: their manager, the
	// reseller, customer or domain they watch (or its place in the
	// manager's tree), or the address a channel of theirs uses. They are
	// the manager's, so the prune keeps them otherwise; a subscription of
	// a deleted manager is deleted with it, as an account's settings are.
	Orphaned []Orphaned
	// Overlays lists the console's changes the apply deletes (overlay
	// keys, see overlay.go): of each entity whose file values change
	// every field its overlay sets (see Diff), of each entity the file
	// creates (an overlay left from an entity deleted before), and with
	// --prune, of each entity it deletes or that is gone. What managers
	// had set there no longer applies.
	Overlays []string
	// OverlayReasons says, by overlay key, why each of Overlays goes.
	OverlayReasons map[string]string
	// Narrowed lists, by overlay key, the fields the file takes back from
	// a settings overlay it keeps: the file changes them, so its values
	// win there, and the overlay is written again with its other fields.
	Narrowed  map[string][]string
	Unchanged int
	// Fields holds, for every created and updated key, the fields that
	// change (FieldChanges: printed as config get prints them, secrets
	// redacted), for config apply --dry-run and the audit to show; for a
	// settings overlay deleted or narrowed, the fields the file takes
	// from it, the console's value as Old and the file's as New.
	Fields map[string][]FieldChange
}

// overlayGoes notes that the overlay record key is deleted, and why.
func (r *ApplyResult) overlayGoes(key, why string) {
	r.Overlays = append(r.Overlays, key)
	if r.OverlayReasons == nil {
		r.OverlayReasons = map[string]string{}
	}
	r.OverlayReasons[key] = why
}

// Orphaned is a console subscription an apply with prune deletes, and why.
type Orphaned struct {
	Key    string // "subscription/<id>"
	Reason string
}

// Changed reports whether the result changes anything.
func (r ApplyResult) Changed() bool {
	return len(r.Created)+len(r.Updated)+len(r.Deleted)+len(r.Orphaned)+len(r.Overlays)+len(r.Narrowed) > 0
}

// Diff computes the records that make the directory cur hold what f holds:
// creates and updates for every entity of f that differs, and tombstones
// for what f no longer holds only when prune is set.
//
// What the console changed (overlays, overlay.go) is merged three ways,
// as kubectl apply merges what other writers set: the file is compared
// with the entity records as the topic holds them, without the overlays,
// so an entity the file does not change keeps its managers' webhook and
// settings, and re-applying the same file changes nothing. Where the file
// changes a field an overlay sets, the file wins for that field: a
// manager's webhook overlay goes when the file changes the webhook, and a
// settings overlay loses the settings the file changes (Narrowed), or
// goes when it loses them all.
func Diff(cur *Directory, f *File, prune bool) (ApplyResult, []Record, error) {
	var (
		res  ApplyResult
		recs []Record
	)
	want := map[string][]byte{}
	var order []string
	add := func(entity any) error {
		r, err := EncodeRecord(entity)
		if err != nil {
			return err
		}
		want[r.Key] = r.Value
		order = append(order, r.Key)
		return nil
	}
	if f.Defaults != nil {
		if err := add(*f.Defaults); err != nil {
			return res, nil, err
		}
	}
	for _, e := range f.Resellers {
		if err := add(e); err != nil {
			return res, nil, err
		}
	}
	for _, e := range f.Customers {
		if err := add(e); err != nil {
			return res, nil, err
		}
	}
	for _, e := range f.Domains {
		if err := add(e); err != nil {
			return res, nil, err
		}
	}
	for _, e := range f.Managers {
		if err := add(e); err != nil {
			return res, nil, err
		}
	}
	for _, e := range f.Subscriptions {
		if err := add(e); err != nil {
			return res, nil, err
		}
	}

	have, err := entityRecords(cur)
	if err != nil {
		return res, nil, err
	}
	// A field an overlay sets, which the file holds at the
	// overlay's value, is no change: the record keeps its own value
	// and the overlay stays (config get | config apply changes nothing).
	// An entity the file moves to another owner loses its overlay
	// (mergeOverlay): the file's values are then all its own (second
	// review: a value held at the overlay's was turned into the record's
	// old one).
	for key, v := range want {
		if old, ok := have[key]; ok && cur.HasOverlay(key) && !moved(old, v) {
			if want[key], err = cur.agreeWithOverlay(key, old, v); err != nil {
				return res, nil, err
			}
		}
	}
	var ovl []Record
	for _, key := range order {
		old, exists := have[key]
		switch {
		case !exists:
			res.Created = append(res.Created, key)
		case sameEntity(key, old, want[key]):
			res.Unchanged++
			continue
		default:
			res.Updated = append(res.Updated, key)
		}
		fields, err := FieldChanges(key, old, want[key])
		if err != nil {
			return res, nil, err
		}
		if res.Fields == nil {
			res.Fields = map[string][]FieldChange{}
		}
		res.Fields[key] = fields
		recs = append(recs, Record{Key: key, Value: want[key]})
		if !cur.HasOverlay(key) {
			continue
		}
		ok, _ := OverlayKey(key)
		var keep *Record
		var taken []string
		// An overlay left from an entity deleted before: the entity
		// made again under the key does not take it up.
		why := "left from an entity of that name deleted before"
		if exists {
			// The file wins for the fields it changes.
			if keep, taken, why, err = cur.mergeOverlay(key, old, want[key]); err != nil {
				return res, nil, err
			}
		}
		// What the file takes from the managers' values, for the
		// audit's before and after.
		gone := taken
		if keep == nil {
			gone = cur.overlays.settings[key].Fields
		}
		if exists && len(gone) > 0 {
			oc, err := cur.overlayChanges(key, old, want[key], gone)
			if err != nil {
				return res, nil, err
			}
			if len(oc) > 0 {
				res.Fields[ok] = oc
			}
		}
		switch {
		case keep == nil:
			ovl = append(ovl, Record{Key: ok})
			res.overlayGoes(ok, why)
		case len(taken) > 0:
			ovl = append(ovl, *keep)
			if res.Narrowed == nil {
				res.Narrowed = map[string][]string{}
			}
			res.Narrowed[ok] = taken
		}
	}
	// The overlays first, so that a write that stops part-way
	// leaves an entity record the next apply still finds different.
	recs = append(ovl, recs...)
	if prune {
		alone := f.standingAlone()
		for _, key := range slices.Sorted(maps.Keys(have)) {
			builtin := key == Key(KindDefaults, GlobalID) && cur.Defaults == New().Defaults
			// A subscription a manager made in the console is the
			// manager's, not the file's: pruning keeps it and says so,
			// unless the file takes away what it stands on.
			if _, listed := want[key]; !listed && isConsoleKey(key) {
				_, id, _ := ParseKey(key)
				if why := alone.orphaned(cur.Subscriptions[id]); why != "" {
					res.Orphaned = append(res.Orphaned, Orphaned{Key: key, Reason: why})
					recs = append(recs, Record{Key: key})
					continue
				}
				res.Kept = append(res.Kept, key)
				continue
			}
			if _, keep := want[key]; !keep && !builtin {
				res.Deleted = append(res.Deleted, key)
				recs = append(recs, Record{Key: key})
			}
		}
		// The overlays of entities the file does not hold go with them,
		// as do those whose entity went before.
		for _, key := range slices.Sorted(slices.Values(cur.overlayKeys())) {
			if entityKey := overlayEntity(key); entityKey != "" {
				if _, keep := want[entityKey]; !keep {
					recs = append(recs, Record{Key: key})
					why := "its entity was deleted before"
					if _, ok := have[entityKey]; ok {
						why = "the prune deletes its entity"
					}
					res.overlayGoes(key, why)
				}
			}
		}
	}
	slices.Sort(res.Created)
	slices.Sort(res.Updated)
	slices.Sort(res.Overlays)
	return res, recs, nil
}

// sameEntity compares two encodings of the entity under key. The defaults
// are compared after filling unset fields, because the table fills them.
func sameEntity(key string, a, b []byte) bool {
	if key != Key(KindDefaults, GlobalID) {
		return bytes.Equal(a, b)
	}
	da, db := New(), New()
	if da.apply(Record{Key: key, Value: a}) != nil || db.apply(Record{Key: key, Value: b}) != nil {
		return false
	}
	return da.Defaults == db.Defaults
}

// entityRecords encodes the directory's entities as their records on the
// topic hold them: without the overlays' values (Directory.withoutOverlays).
func entityRecords(d *Directory) (map[string][]byte, error) {
	return currentRecords(d.withoutOverlays())
}

// currentRecords encodes the directory as the records the topic holds,
// the defaults always included: a file's defaults equal to the built-in
// ones are then unchanged, not created.
func currentRecords(d *Directory) (map[string][]byte, error) {
	out := map[string][]byte{}
	put := func(entity any) error {
		r, err := EncodeRecord(entity)
		if err != nil {
			return err
		}
		out[r.Key] = r.Value
		return nil
	}
	if err := put(d.Defaults); err != nil {
		return nil, err
	}
	for _, e := range d.Resellers {
		if err := put(e); err != nil {
			return nil, err
		}
	}
	for _, e := range d.Customers {
		if err := put(e); err != nil {
			return nil, err
		}
	}
	for _, e := range d.Domains {
		if err := put(e); err != nil {
			return nil, err
		}
	}
	for _, e := range d.Managers {
		if err := put(e); err != nil {
			return nil, err
		}
	}
	for _, e := range d.Subscriptions {
		if err := put(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Plan is Apply without the write (config apply --dry-run): it validates
// f against cur as Apply does — checked against the directory as it is
// now, whatever the file was parsed against; with prune the topic will
// hold the file alone — and returns what would change and the records
// that would be written.
func Plan(cur *Directory, f *File, prune bool) (ApplyResult, []Record, error) {
	onto := cur
	if prune {
		onto = nil
	}
	if err := f.ValidateOnto(onto); err != nil {
		return ApplyResult{}, nil, err
	}
	return Diff(cur, f, prune)
}

// Apply makes the config topic hold the directory of f. It reads the
// current directory from the topic first and writes only what differs;
// entities the file no longer holds are deleted (tombstoned) only when
// prune is set. Apply validates f against the directory it loads (without
// prune the file may name what the topic holds, see File.ValidateOnto;
// with prune it must stand alone) and writes nothing when f is invalid.
//
// The client cl is used to write; the current directory is read by a
// separate consumer built from cl's options.
func Apply(ctx context.Context, cl *kgo.Client, topic string, f *File, prune bool) (ApplyResult, error) {
	cur, err := Load(ctx, topic, cl.Opts()...)
	if err != nil {
		return ApplyResult{}, err
	}
	res, recs, err := Plan(cur, f, prune)
	if err != nil {
		return ApplyResult{}, err
	}
	if len(recs) == 0 {
		return res, nil
	}
	if err := Publish(ctx, cl, topic, recs); err != nil {
		return ApplyResult{}, err
	}
	return res, nil
}

// Load reads the whole config topic and returns the directory it holds. A
// topic that does not exist yet holds the empty directory. opts point at
// the brokers (kgo.SeedBrokers and any TLS/SASL); consumer and producer
// options among them are replaced.
func Load(ctx context.Context, topic string, opts ...kgo.Opt) (*Directory, error) {
	d, bad, err := LoadWithInvalid(ctx, topic, opts...)
	if err != nil {
		return nil, err
	}
	if len(bad) > 0 {
		var b strings.Builder
		for i, r := range bad {
			if i == 5 {
				fmt.Fprintf(&b, "\n  and %d more", len(bad)-5)
				break
			}
			fmt.Fprintf(&b, "\n  %s: %s", clip(r.Key), r.Reason)
		}
		return nil, fmt.Errorf("read directory from %s: %d invalid records, which nothing applies:%s\nremove each with: mailflow config delete KEY (then apply the file again)", topic, len(bad), b.String())
	}
	return d, nil
}

// LoadWithInvalid reads the directory as Load does, but returns the
// records nothing applies (Table.Invalid) beside it rather than failing on
// them: `config delete` exists to remove those, and must still see what
// the valid records hold.
func LoadWithInvalid(ctx context.Context, topic string, opts ...kgo.Opt) (*Directory, []InvalidRecord, error) {
	probe, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("read directory from %s: %w", topic, err)
	}
	ends, err := kadm.NewClient(probe).ListEndOffsets(ctx, topic)
	probe.Close()
	if err == nil {
		err = ends.Error()
	}
	if errors.Is(err, kerr.UnknownTopicOrPartition) {
		return New(), nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read directory from %s: %w", topic, err)
	}
	t, err := NewTable(ctx, topic, slog.New(slog.NewTextHandler(io.Discard, nil)), consumerSafe(opts)...)
	if err != nil {
		return nil, nil, err
	}
	defer t.Close()
	if err := t.WaitReady(ctx); err != nil {
		return nil, nil, err
	}
	return t.Current(), t.Invalid(), nil
}

// consumerSafe drops options that would turn the table's reader into a
// group member or a transactional producer when they are copied from a
// client made for writing.
func consumerSafe(opts []kgo.Opt) []kgo.Opt {
	out := make([]kgo.Opt, 0, len(opts))
	for _, o := range opts {
		switch o.(type) {
		case kgo.GroupOpt, kgo.ConsumerOpt:
			continue
		}
		out = append(out, o)
	}
	return out
}

// Get returns the current directory of the config topic printed as a
// directory file, the format apply reads.
func Get(ctx context.Context, topic string, clientOpts []kgo.Opt, opts ...MarshalOption) ([]byte, error) {
	d, err := Load(ctx, topic, clientOpts...)
	if err != nil {
		return nil, err
	}
	return Marshal(d, opts...)
}

// isConsoleKey reports whether key is a console-made subscription.
func isConsoleKey(key string) bool {
	k, id, err := ParseKey(key)
	return err == nil && k == KindSubscription && IsConsoleSubscription(id)
}
