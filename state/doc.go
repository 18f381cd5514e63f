// Package state holds mailflow's per-domain state and the Pebble store it
// lives in: each domain's window of recent attempts (from which its status
// is computed), its live log of the last 25 attempts, an index of domains by
// status, and per-partition checkpoints.
//
// The store is a materialized view of the changelog topic: every key and
// value written here is also written, byte for byte, to the co-partitioned
// compacted changelog inside the processor's transaction, and a store
// rebuilt from the changelog is identical to one that was never lost. The
// checkpoint of a partition records the changelog offset the store reflects.
//
// The encodings are compact binary (see encoding.go); the first byte of
// every value is a format version so that a later release can read an
// older store.
package state
