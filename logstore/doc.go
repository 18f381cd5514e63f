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
// The store is two Pebble databases: the attempts themselves, in the
// subdirectory attempts, and the keys that find them (with the
// checkpoints) in dir. Every log key begins with an hour, so that
// retention is one range deletion in each (Store.Expire):
//
//	attempts: 0x03 hour(4) 'a' seq(8)                                     → attempt (attempt.go)
//	keys:     0x03 hour(4) 'd' partition(4) domain 0x00 arrival(8) source(1) offset(8) → summary, hour(4) seq(8)
//	          0x03 hour(4) 'r' partition(4) xxhash64(domain, recipient)(8) arrival(8) source(1) offset(8) → empty
//	          0x03 hour(4) 'm' xxhash64(message id)(8) domain 0x00 arrival(8) source(1) offset(8) → empty
//	          0x03 day-hour(4) 'i' partition(4) xxhash64(domain, event id)(8)  → arrival(8) source(1) offset(8)
//	keys:     0x02 'c' source(1) partition(4)                                 → next offset (8)
//	keys:     0x02 'v'                                                        → layout version
//
// Integers are big-endian and arrival is in Unix nanoseconds. An attempt
// is stored under the hour it was appended in and the store's sequence
// number of appends, so the attempts database only ever appends: each
// memtable flush holds keys after the previous flush's, and compactions
// move the attempts (most of the bytes) down the levels instead of
// merging them again and again with the keys below, as they must merge
// the other keys, which arrive in no order. Each attempt has four small
// keys (hashes instead of values keep them short: a hash that matches
// another value only adds a candidate, and every filter is checked on the
// attempt itself): its domain's ('d', in arrival order per domain and
// hour, pointing at the attempt, with its outcome, category and hashes of
// the sender and remote host and IP, so that those filters skip attempts
// without reading them), its recipient's ('r'), its message's ('m', not
// per partition, so that one seek an hour finds every domain of a
// message: Store.Message) and its event id's ('i', per day, for dropping
// duplicates: see Store.Append). 'r' and 'm' keys lead to the attempt
// through its 'd' key. Queries walk the hours newest first. A store in
// another layout (an older release's) is emptied at Open and rebuilt from
// the topics.
//
// Neither database has a write-ahead log. A flush of the keys' memtable
// (Pebble's, when it fills) flushes the attempts' first, so that the
// keys and the checkpoints on disk never point past the attempts on disk:
// after a crash the replay from the checkpoint appends the lost part again
// (under new sequence numbers; an attempt written before and no longer
// pointed at goes with its hour). The attempts database holds nothing but
// attempts: a checkpoint there would put every flush's files over the
// same key, and compactions would merge them instead of moving them.
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
