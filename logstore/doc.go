// Package logstore keeps every delivery attempt of the domains an instance
// owns for a retention period and answers the Logs tab's queries and a
// message's Timeline from it (DESIGN.md "Logs and timeline", issue 12).
//
// The store is its own Pebble database (in <data-dir>/logs), apart from the
// state store, so that retention deletes never touch state. It is a view of
// the deliveries and repartition topics, which act as its changelog (Kafka
// Streams' source-topic optimisation): every Append carries the offsets it
// reflects, and Replay re-reads the topics from those checkpoints after a
// crash or a lost data dir. An attempt is identified by its source
// position, and queries return each position once, so a replay over what
// the log holds leaves each attempt exactly once.
//
// # Layout: write-once segments
//
// Attempts arrive in time order and are never changed, only read and, at
// the end of the retention, dropped: the layout is built for that, as log
// stores are (Loki's chunks, ClickHouse's parts), rather than for random
// updates. Appends go to a buffer in memory (queries read it there). When
// it is full (WithTuning), it is written as one sorted, immutable table per
// arrival hour — a segment — plus a small catalog table, and the tables
// are ingested into Pebble in one atomic step (DB.Ingest). Every key
// begins with its segment's hour and the flush's number, which no other
// table holds, so the tables never overlap: Pebble places them in the last
// level and never compacts them. Each attempt is written once, with no
// write-ahead log, memtable or compaction in its way. Keys (integers
// big-endian, arrival in Unix nanoseconds):
//
//	segment: 0x04 hour(4) flush(8) 'd' partition(4) xxhash64(domain)(8) domain 0x00 arrival(8) source(1) offset(8) → summary, attempt
//	         0x04 hour(4) flush(8) 'm' bucket(4)                      → posting list: message id hash, domain, position
//	         0x04 hour(4) flush(8) 'r' partition(4) bucket(4)         → posting list: recipient hash, position
//	catalog: 0x05 flush(8) 'c'                                      → segments, checkpoints (catalog.go)
//	         0x05 flush(8) 'f'                                      → Bloom filter of the flush's event ids
//	         0x05 flush(8) 'i' partition(4) bucket(4)               → posting list: event id hash, position
//	meta:    0x02 'v'                                               → layout version
//
// A segment holds its attempts under their domain's key ('d', in arrival
// order per domain, the value beginning with a summary: outcome, category
// and hashes of the sender and remote host and IP, so that those filters
// skip attempts without decoding them), and posting lists (posting.go)
// for its recipients and message ids: one key per bucket of hashes (the
// leading bits of xxhash64 of the domain and recipient, or of the
// message id; the catalog says how many bits), whose value lists the
// hash and position of every attempt in the bucket, so a lookup is one
// Get a segment and an attempt costs the flush an index entry, not a key
// of its own. Hashes instead of values keep entries short: a hash that
// matches another value only adds a candidate, and every filter is
// checked on the attempt itself. The event ids of a flush are posting
// lists of its catalog the same way.
//
// A query merges, newest first, its index's entries of every segment whose
// arrivals overlap its time range, and of the buffer: segments are opened
// as the walk reaches their newest arrival, so a page of the newest
// attempts reads the newest segments only. The catalog of each flush lists
// its segments (hour, arrival range, count) and holds the checkpoints the
// log reflects once the flush is on disk; Open reads the catalogs, and the
// newest one's checkpoints are where a replay starts. A crash loses the
// buffer and its checkpoints together (an ingestion is all or nothing), so
// the replay appends exactly what was lost. Event ids of each flush are in
// its catalog with a Bloom filter, so that a replay (Append) drops a
// producer's second copy of an event with one filter test per recent
// flush.
//
// Retention drops whole hours: a range deletion over the expired hours'
// segments, flushed at once; Pebble deletes the tables it covers without
// reading them (delete-only compactions). Queries never return an attempt
// older than the retention, whether or not its hour is deleted yet. A
// store in another layout (an older release's) is emptied at Open and
// rebuilt from the topics.
//
// # Use
//
// The processor opens the store once (Open, in <data-dir>/logs), runs
// RunExpiry, calls AppendCounted after each committed transaction with the
// attempts it counted (Arrival = the record's timestamp, Pos = the record's
// topic, partition and offset) and the offsets it consumed to, and calls
// Replay for the partitions it is assigned before processing them. The API
// mounts NewHandler. Queries never scan more than Filter.MaxScan attempts
// per page: a text search (q) reads the domain's attempts newest first
// within the time range and ends a page early, with a cursor, when the
// budget runs out.
package logstore
