package logstore

// rkey is a key of a segment being sorted: its leading 64 bits as an
// integer, and the buffered attempt it is of.
type rkey struct {
	major uint64
	i     int32
}

// radixSort sorts keys by major, stably (a least-significant-digit radix
// sort: counting passes over the bytes, skipping those every key
// shares). tmp is scratch space of at least len(keys); the sorted keys
// are in whichever of the two the last pass wrote, which it returns.
// Sorting a flush's keys this way costs a few memory passes where a
// comparison sort costs dozens of comparisons a key.
//
// The counts of all eight bytes are taken in one pass over the keys
// before any is moved (a pass permutes the keys, not the values of their
// bytes): the keys are then read once for the counts, and once per byte
// that differs among them, instead of once more per byte.
func radixSort(keys, tmp []rkey) []rkey {
	tmp = tmp[:len(keys)]
	if len(keys) < 2 {
		return keys
	}
	var counts [8][256]int
	for _, k := range keys {
		m := k.major
		counts[0][byte(m)]++
		counts[1][byte(m>>8)]++
		counts[2][byte(m>>16)]++
		counts[3][byte(m>>24)]++
		counts[4][byte(m>>32)]++
		counts[5][byte(m>>40)]++
		counts[6][byte(m>>48)]++
		counts[7][byte(m>>56)]++
	}
	for d := range counts {
		shift := uint(8 * d)
		count := &counts[d]
		if count[byte(keys[0].major>>shift)] == len(keys) {
			continue
		}
		pos := 0
		for b, c := range count {
			count[b] = pos
			pos += c
		}
		for _, k := range keys {
			b := byte(k.major >> shift)
			tmp[count[b]] = k
			count[b]++
		}
		keys, tmp = tmp, keys
	}
	return keys
}
