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
