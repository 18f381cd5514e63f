package directory

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// FieldChange is one field of an entity that an apply changes, with its
// value before and after as the directory file prints it ("10m", 0.95),
// secrets redacted as config get redacts them. Old is "" for a field the
// entity did not set (or an entity that is created), New "" for one it no
// longer sets.
type FieldChange struct {
	Field, Old, New string
}

// String prints the change as "field: old → new", an unset side as
// (unset) and a secret whose change the redaction hides as (changed).
func (c FieldChange) String() string {
	old, new := c.Old, c.New
	if old == "" {
		old = "(unset)"
	}
	if new == "" {
		new = "(unset)"
	}
	if old == new {
		return c.Field + ": (changed; the value is secret)"
	}
	return c.Field + ": " + old + " → " + new
}

// FieldChanges compares two encodings of the entity under key (a config
// record's value; nil for an entity that does not exist) and returns the
// fields that differ, sorted by name. The values are printed as config get
// prints them with secrets redacted, so that the result can be shown: a
// webhook secret or token hash that changed is listed with both sides
// redacted.
func FieldChanges(key string, old, new []byte) ([]FieldChange, error) {
	oldShown, oldReal, err := printedFields(key, old)
	if err != nil {
		return nil, err
	}
	newShown, newReal, err := printedFields(key, new)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for k := range oldReal {
		names[k] = true
	}
	for k := range newReal {
		names[k] = true
	}
	var out []FieldChange
	for _, k := range slices.Sorted(maps.Keys(names)) {
		if oldReal[k] != newReal[k] {
			out = append(out, FieldChange{Field: k, Old: oldShown[k], New: newShown[k]})
		}
	}
	return out, nil
}

// printedFields returns the fields of the entity a record holds as config
// get prints them, redacted and not; an empty value gives empty maps.
func printedFields(key string, value []byte) (shown, real map[string]string, err error) {
	if len(value) == 0 {
		return nil, nil, nil
	}
	d := New()
	if err := d.apply(Record{Key: key, Value: value}); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", key, err)
	}
	f := FileOf(d)
	if key == Key(KindDefaults, GlobalID) {
		// FileOf leaves out defaults equal to the built-in ones; a
		// change back to them is still a change.
		def := d.Defaults
		f.Defaults = &def
	}
	if shown, err = entityFields(f, RedactSecrets()); err != nil {
		return nil, nil, err
	}
	if real, err = entityFields(f); err != nil {
		return nil, nil, err
	}
	return shown, real, nil
}

// entityFields prints the one entity of f and returns its fields, lists
// joined with ", ".
func entityFields(f *File, opts ...MarshalOption) (map[string]string, error) {
	b, err := f.Marshal(opts...)
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("read back the printed entity: %w", err)
	}
	out := map[string]string{}
	for _, section := range doc {
		entity := section
		if l, ok := section.([]any); ok && len(l) == 1 {
			entity = l[0]
		}
		m, ok := entity.(map[string]any)
		if !ok {
			continue
		}
		for k, v := range m {
			out[k] = printedValue(v)
		}
	}
	return out, nil
}

func printedValue(v any) string {
	if l, ok := v.([]any); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = printedValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}
