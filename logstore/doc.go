// Package logstore keeps every delivery attempt of the domains an instance
// owns for a retention period and answers the Logs tab's queries and a
// message's Timeline from it (DESIGN.md "Logs and timeline", issue 12).
//
// The store is its own Pebble database (in <data-dir>/logs), apart from the
// state store, so that retention deletes never touch state. It is a view of
// the deliveries and repartition topics, which act as its changelog (Kafka
// Streams' source-topic optimisation): every Append carries the offsets it
// reflects, and Replay re-reads the topics from those checkpoints after a
// crash or a lost data dir. Appending the same source position twice
// writes the same keys, so a replay leaves each attempt exactly once.
//
// # Key layout
//
// Every attempt key begins with the hour of its arrival and the partition of
// its domain, so that retention is one range deletion for all domains
// (Store.Expire) and dropping a partition one range deletion per hour:
//
//	0x01 hour(4) partition(4) 'a' domain 0x00 arrival(8) source(1) offset(8)  → attempt (attempt.go)
//	0x01 hour(4) partition(4) 'x' field(1) domain 0x00 value 0x00 arrival(8) source(1) offset(8) → empty
//	0x01 day-hour(4) partition(4) 'i' domain 0x00 xxhash64(event id)          → arrival(8) source(1) offset(8)
//	0x01 hour(4) ffffffff 'g' message id 0x00 domain                            → empty
//	0x02 'c' source(1) partition(4)                                            → next offset (8)
//
// Integers are big-endian and arrival is in Unix nanoseconds, so a domain's
// attempts sort by arrival within each hour; queries walk the hours newest
// first. The 'x' keys are secondary indexes (recipient, sender, message id,
// outcome, category, remote host and IP; values lower-cased), the 'i' keys
// remember event ids per day for dropping duplicates (see Store.Append),
// and the 'g' keys find the domains of a message (Store.Message).
//
// # Use
//
// The processor opens the store once (Open, in <data-dir>/logs), runs
// RunExpiry, calls Append after each committed transaction with the
// attempts it counted (Arrival = the record's timestamp, Pos = the record's
// topic, partition and offset) and the offsets it consumed to, and calls
// Replay for the partitions it is assigned before processing them. The API
// mounts NewHandler. Queries never scan more than Filter.MaxScan attempts
// per page: a text search (q) reads the domain's attempts newest first
// within the time range and ends a page early, with a cursor, when the
// budget runs out.
package logstore
