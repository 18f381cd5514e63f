package logstore

// rkey is a key of a segment being sorted: its leading 64 bits as an
// integer, and the buffered attempt it is of.
type rkey struct {
	major uint64
	i     int32
}

// radixSort sorts keys by major, stably (a least-significant-digit radix
// sort: eight counting passes over the bytes, skipping those every key
// shares). tmp is scratch space of at least len(keys); the sorted keys
// are in whichever of the two the last pass wrote, which it returns.
// Sorting a flush's keys this way costs a few memory passes where a
// comparison sort costs dozens of comparisons a key.
func radixSort(keys, tmp []rkey) []rkey {
	tmp = tmp[:len(keys)]
	if len(keys) < 2 {
		return keys
	}
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, k := range keys {
			count[byte(k.major>>shift)]++
		}
		if count[byte(keys[0].major>>shift)] == len(keys) {
			continue
		}
		pos := 0
		for b, c := range count {
			count[b] = pos
			pos += c
		}
		for _, k := range keys {
			d := byte(k.major >> shift)
			tmp[count[d]] = k
			count[d]++
		}
		keys, tmp = tmp, keys
	}
	return keys
}
