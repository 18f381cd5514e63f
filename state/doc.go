// Package state holds mailflow's per-domain state and the Pebble store it
// lives in: each domain's state record (its window of recent attempts, from
// which its status is computed, and the event ids counted within the dedupe
// horizon), an index of domains by status, and per-partition checkpoints.
// The attempts themselves, the live log included, are the log store's
// (package logstore).
//
// The store is a materialized view of the changelog topic: every state
// record and seen-ids chunk written here is also written, byte for byte,
// to the co-partitioned compacted changelog inside the processor's
// transaction, and a store rebuilt from the changelog is identical to one
// that was never lost. The status index is derived: written beside the
// state records it follows (Batch.SetIndex) and rebuilt from them by
// restore (Batch.PutRecord), so a status change costs the changelog
// nothing. The checkpoint of a partition records the changelog offset the
// store reflects.
//
// A domain touched by a transaction costs one changelog record, whatever
// its number of attempts: its state record, which carries its latest
// seen ids (see seen.go).
//
// The encodings are compact binary (see encoding.go and seen.go); the
// first byte of every value is a format version so that a later release
// can read an older store.
package state
