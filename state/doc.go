// Package state holds mailflow's per-domain state and the Pebble store it
// lives in: each domain's state record (its window of recent attempts, from
// which its status is computed, and the event ids counted within the dedupe
// horizon), an index of domains by status, and per-partition checkpoints.
// The attempts themselves, the live log included, are the log store's
// (package logstore).
//
// The store is a materialized view of the changelog topic plus what the
// input topics give back: every state record written here is also
// written to the co-partitioned compacted changelog inside the
// processor's transaction, without the domain's seen event ids, which
// ride behind it in the stored value and in local-only chunks (see
// seen.go); a restore rebuilds the ids from the input topics (the
// source-topic changelog; processor/seenreplay.go), from the input
// checkpoint each transaction stores. The status index is derived:
// written beside the state records it follows (Batch.SetIndex) and
// rebuilt from them by restore (Batch.PutRecord), so a status change
// costs the changelog nothing. The checkpoint of a partition records the
// changelog offset the store reflects.
//
// A domain touched by a transaction costs one changelog record, whatever
// its number of attempts: its state record.

// The encodings are compact binary (see encoding.go and seen.go); the
// first byte of every value is a format version so that a later release
// can read an older store.
package state
