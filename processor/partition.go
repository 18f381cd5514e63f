package processor

import "github.com/mailflow/mailflow/keypartition"

// PartitionFor returns the partition of a topic of n partitions that owns
// the canonical domain (see schemas.CanonicalDomain): the partition Kafka's
// default partitioner gives the domain as a key (keypartition.Of). State,
// changelog, status index, logs and API routing all use this partition,
// whatever partition a producer chose; an event that arrives elsewhere is
// forwarded to it through the repartition topic (see Topics.Repartition).
//
// It returns 0 when n < 1.
func PartitionFor(domain string, n int32) int32 { return keypartition.Of(domain, n) }
