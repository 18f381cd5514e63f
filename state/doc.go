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
// A domain's live log is kept in chunks (see LiveChunk and livechunk.go):
// one record per transaction holds the attempts the transaction added,
// leaving out the fields that repeat, so a busy domain costs one changelog
// record and one store key per transaction rather than one per attempt.
//
// The encodings are compact binary (see encoding.go and livechunk.go); the
// first byte of every value is a format version so that a later release
// can read an older store.
package state
