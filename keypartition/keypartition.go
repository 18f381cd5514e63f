// Package keypartition places a record key on a partition of a topic as
// Kafka's default partitioner does: murmur2 of the key's bytes, its sign
// bit cleared, modulo the partition count (the Java client's
// DefaultPartitioner / BuiltInPartitioner, KIP-480; franz-go's
// StickyKeyPartitioner; librdkafka's murmur2 and murmur2_random). mailflow
// places every domain's state, changelog, logs and API routing by it, so
// the packages that need a domain's partition share this one function
// rather than importing the processor for it.
package keypartition

// Of returns the partition of a topic of n partitions that a record keyed
// by key is placed on. It returns 0 when n < 1.
func Of(key string, n int32) int32 {
	if n < 1 {
		return 0
	}
	// Java's Utils.toPositive: clear the sign bit, not abs().
	return int32(murmur2(key)&0x7fffffff) % n
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
