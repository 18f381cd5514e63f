// Package processor is mailflow's stream processor: it consumes delivery
// events, keeps every domain's window, emits status changes, and does so
// exactly once across crashes and rebalances.
//
// Each poll's records — whole fetches, bounded by Config.FetchMaxBytes, so
// that franz-go fetches the next while this one is evaluated — are
// processed inside one Kafka transaction (a franz-go GroupTransactSession)
// that writes, together, the alerts, the dead letters, the changelog
// records of the domains touched (latest state only) and the consumer
// offsets. Within a transaction, goroutines decode, classify and encode the
// events in small chunks, then per-core shards (by domain hash) evaluate
// them domain by domain, producing each domain's state once its attempts
// are evaluated (see txn.go and shard.go). The Pebble store (package state) is a materialized view
// of the changelog: the processor applies a transaction's changelog records
// to it only after the transaction committed, together with the changelog
// offset they reach. Before a partition's records are processed — at start
// and on every assignment — the partition's store is brought up to the end
// of its changelog from that offset. An aborted transaction drops the
// in-memory changes (the cached windows it touched are forgotten and re-read
// from the store). A crash at any point therefore loses nothing and repeats
// nothing that a read_committed consumer downstream can see.
//
// The event ids the duplicate check remembers are the one part of the
// store that is not in the changelog: each transaction records the input
// offsets it reached, and a restore from the changelog gets the ids back
// by reading the deliveries and repartition partitions again, from the
// store's input checkpoint or the dedupe horizon (Kafka Streams' source
// topic as changelog; see seenreplay.go). While the processor runs, the
// ids of the domains in use are kept in per-partition tables outside the
// Go heap (state.SeenTable), within the memory budget's share.
package processor
