// Package accounts holds what lets a manager of the directory sign in to
// the console: argon2id password hashes, sessions, one-time set-password
// links, the manager's own API tokens, login throttling and CSRF
// protection.
//
// Everything is kept on a compacted Kafka topic (mailflow.accounts by
// default), one record per key, which every instance reads whole through a
// Store, like the directory's mailflow.config. The records are kept off
// mailflow.config on purpose: `mailflow config get` prints that topic and
// `mailflow config apply --prune` deletes from it what a file does not
// hold, and neither must touch password hashes or live sessions.
//
// Sessions are managed by github.com/alexedwards/scs (cookie handling,
// token renewal on sign-in, absolute lifetime) on top of SessionStore, which
// keeps them on the topic keyed by the SHA-256 of the session token: they
// survive a restart, every instance honours them, and a sign-out on one
// instance (a tombstone) ends the session on all of them.
package accounts
