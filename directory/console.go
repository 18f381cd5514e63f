package directory

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// ConsoleSubscriptionPrefix starts the id of every subscription a manager
// made in the console (see ConsoleSubscriptionID). Such subscriptions
// belong to the manager, not to the operator's directory file: `config
// apply --prune` must keep them, since a file does not list them.
const ConsoleSubscriptionPrefix = "console-"

// ConsoleSubscriptionID is the id of the one console subscription of a
// manager at a level: "console-" and 24 hex digits of the SHA-256 of
// manager, level and id, so that turning notifications on twice at one
// level updates one subscription and the id stays within the id rule
// whatever the lengths of the parts.
func ConsoleSubscriptionID(manager string, level Level, of string) string {
	sum := sha256.Sum256([]byte(manager + "\x00" + string(level) + "\x00" + of))
	return ConsoleSubscriptionPrefix + hex.EncodeToString(sum[:12])
}

// IsConsoleSubscription reports whether a subscription id is one the
// console made.
func IsConsoleSubscription(id string) bool {
	return strings.HasPrefix(id, ConsoleSubscriptionPrefix)
}

// ReplacedBy returns the id of the console subscription that replaces s,
// a subscription of manager m from the directory file, and whether one
// does: the manager's own console subscription at the same scope (its
// ConsoleSubscriptionID). A manager decides what reaches their own
// address at a level: what they choose in the console there, off
// included, is what they get there, whatever the operator's file says for
// that level. Subscriptions at other levels are not replaced.
func (d *Directory) ReplacedBy(s Subscription, m Manager) (string, bool) {
	if IsConsoleSubscription(s.ID) {
		return "", false
	}
	level, of := s.Scope(m)
	id := ConsoleSubscriptionID(m.ID, level, of)
	c, ok := d.Subscriptions[id]
	return id, ok && c.Manager == m.ID
}

// InForce reports whether subscription s of manager m sends anything: it
// is not Off, and no console subscription of the manager replaces it
// (ReplacedBy).
func (d *Directory) InForce(s Subscription, m Manager) bool {
	if s.Off {
		return false
	}
	_, replaced := d.ReplacedBy(s, m)
	return !replaced
}
