package consoleapi

import (
	"net/http"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// target is a reseller, customer or domain named in a path.
type target struct {
	level directory.Level
	id    string
}

func (t target) key() string {
	switch t.level {
	case directory.LevelReseller:
		return directory.Key(directory.KindReseller, t.id)
	case directory.LevelCustomer:
		return directory.Key(directory.KindCustomer, t.id)
	}
	return directory.Key(directory.KindDomain, t.id)
}

// pathTarget reads {level}/{id} of the path and checks that the caller may
// reach it. A target outside the caller's tree is answered like one that
// does not exist (404), so that a manager cannot probe another's tree.
func pathTarget(r *http.Request, c caller, d *directory.Directory) (target, error) {
	t := target{level: directory.Level(r.PathValue("level")), id: r.PathValue("id")}
	switch t.level {
	case directory.LevelReseller, directory.LevelCustomer, directory.LevelDomain:
	default:
		return t, errf(http.StatusNotFound, "level %q: want reseller, customer or domain", clip(string(t.level)))
	}
	if t.level == directory.LevelDomain {
		// Domain names are case-insensitive (RFC 4343) and the directory
		// keys them in canonical form: A1.Example. is a1.example. A name
		// that is not a domain name stays as written, and is not found.
		if c, err := schemas.CanonicalDomain(t.id); err == nil {
			t.id = c
		}
	}
	if !exists(d, t) || !c.reaches(d, t) {
		return t, errf(http.StatusNotFound, "no %s %q in your tree", t.level, clip(t.id))
	}
	return t, nil
}

func exists(d *directory.Directory, t target) bool {
	var ok bool
	switch t.level {
	case directory.LevelReseller:
		_, ok = d.Resellers[t.id]
	case directory.LevelCustomer:
		_, ok = d.Customers[t.id]
	case directory.LevelDomain:
		_, ok = d.Domains[t.id]
	}
	return ok
}

// reaches reports whether the target lies at or below the caller's level.
func (c caller) reaches(d *directory.Directory, t target) bool {
	if c.operator {
		return true
	}
	return within(d, t, c.manager.Level, c.manager.Of)
}

// within reports whether t lies at or below the scope level/of.
func within(d *directory.Directory, t target, level directory.Level, of string) bool {
	switch t.level {
	case directory.LevelReseller:
		return level == directory.LevelReseller && t.id == of
	case directory.LevelCustomer:
		switch level {
		case directory.LevelReseller:
			c, ok := d.Customers[t.id]
			return ok && c.Reseller == of
		case directory.LevelCustomer:
			return t.id == of
		}
		return false
	case directory.LevelDomain:
		dom, ok := d.Domains[t.id]
		return ok && d.Covers(level, of, t.id, dom)
	}
	return false
}

// nameOf returns the display name of an entity, or "".
func nameOf(d *directory.Directory, level directory.Level, id string) string {
	switch level {
	case directory.LevelReseller:
		return d.Resellers[id].Name
	case directory.LevelCustomer:
		return d.Customers[id].Name
	}
	return ""
}

// clip shortens a value quoted in an error.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
