package processor

// PartitionFor returns the partition of a topic of n partitions that owns
// the canonical domain (see schemas.CanonicalDomain): murmur2 of the name,
// as Kafka's Java client (DefaultPartitioner / BuiltInPartitioner,
// KIP-480) and franz-go's StickyKeyPartitioner place a keyed record. State,
// changelog, status index, logs and API routing all use this partition,
// whatever partition a producer chose; an event that arrives elsewhere is
// forwarded to it through the repartition topic (see Topics.Repartition).
//
// It returns 0 when n < 1.
func PartitionFor(domain string, n int32) int32 {
	if n < 1 {
		return 0
	}
	// Java's Utils.toPositive: clear the sign bit, not abs().
	return int32(murmur2(domain)&0x7fffffff) % n
}

// murmur2 is the 32-bit MurmurHash2 with Kafka's seed, over the bytes of
// s, exactly as org.apache.kafka.common.utils.Utils.murmur2 computes it.
// It reads the string in place (no []byte copy): it runs once per event.
func murmur2(s string) uint32 {
	const (
		seed uint32 = 0x9747b28c
		m    uint32 = 0x5bd1e995
		r           = 24
	)
	h := seed ^ uint32(len(s))
	for len(s) >= 4 {
		k := uint32(s[3])<<24 | uint32(s[2])<<16 | uint32(s[1])<<8 | uint32(s[0])
		s = s[4:]
		k *= m
		k ^= k >> r
		k *= m
		h *= m
		h ^= k
	}
	switch len(s) {
	case 3:
		h ^= uint32(s[2]) << 16
		fallthrough
	case 2:
		h ^= uint32(s[1]) << 8
		fallthrough
	case 1:
		h ^= uint32(s[0])
		h *= m
	}
	h ^= h >> 13
	h *= m
	h ^= h >> 15
	return h
}
