package diagnose

import "encoding/binary"

// countPerWindow reports whether norm (a normalised reply) names a count
// per time window, the way rate limiters word their refusals: "20/60s",
// "exceed 10/1m", "100 messages per 1 hour", "5 recipients per 5 minutes",
// "50 per hour" — or in prose, as servers that count a day's mail write
// it: "250 messages in a twenty-four hour period" (lavabit/magma's
// sending and receiving quotas), "20 messages from any single subnet in a
// 24-hour period", "100 emails within an hour", "500 recipients every 24
// hours". A number must come first, so "per hour" alone (already a phrase
// of the rate rule), "retry in 5 minutes" and dates or versions
// ("2024/05/01", "v1/2") are not windows.
func countPerWindow(norm []byte) bool {
	for i := 0; i < len(norm); i++ {
		// Eight bytes without a digit at a time, from every eighth byte:
		// a count starts at one.
		if i&7 == 0 {
			if i = skipNoDigit(norm, i); i >= len(norm) {
				break
			}
		}
		if !isDigit(norm[i]) || i > 0 && isAlnum(norm[i-1]) {
			continue
		}
		j := i
		for j < len(norm) && isDigit(norm[j]) {
			j++
		}
		k := j
		if k < len(norm) && norm[k] == ' ' {
			k++
		}
		// Skip what is counted: "100 messages per 1 hour".
		if w := wordEnd(norm, k); w > k && w < len(norm) && norm[w] == ' ' && string(norm[w+1:min(w+5, len(norm))]) == "per " {
			k = w + 1
		}
		switch {
		case k < len(norm) && norm[k] == '/':
			k++
		case k+4 <= len(norm) && string(norm[k:k+4]) == "per ":
			k += 4
		default:
			if proseWindow(norm, k) {
				return true
			}
			i = j
			continue
		}
		for k < len(norm) && isDigit(norm[k]) {
			k++
		}
		if k < len(norm) && norm[k] == ' ' {
			k++
		}
		if timeUnit(norm[k:wordEnd(norm, k)]) {
			return true
		}
		i = j
	}
	return false
}

// timeUnit reports whether w is a unit of time as rate limiters abbreviate
// it ("s", "sec", "m", "min", "minutes", "h", "hour", "d", "day").
func timeUnit(w []byte) bool {
	switch string(w) {
	case "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
		"h", "hr", "hrs", "hour", "hours", "d", "day", "days":
		return true
	}
	return false
}

// wordEnd returns the index after the ASCII letters starting at i.
func wordEnd(b []byte, i int) int {
	for i < len(b) && b[i] >= 'a' && b[i] <= 'z' {
		i++
	}
	return i
}

// windowWords are the connectors prose puts between a count and its
// window ("250 messages in a twenty-four hour period", "within an hour",
// "every 24 hours").
var windowWords = []string{"in a ", "in an ", "in the last ", "in ", "within a ", "within an ", "within the last ", "within ",
	"every ", "each ", "during a ", "during an ", "during the last ",
	// "in the past" and Go's durations ("more than 500 messages in past 1m0s", mox's
	// limiter, probe BF bf-035)
	"in past ", "in the past ", "within the past ", "during the past ", "over the past ", "over the last ", "over past "}

// windowWordsByFirst are the indexes of windowWords by their first byte,
// in windowWords' order. Built once and only read.
var windowWordsByFirst = func() (idx [256][]uint8) {
	for i, w := range windowWords {
		idx[w[0]] = append(idx[w[0]], uint8(i))
	}
	return idx
}()

// skipNoDigit returns i moved on by whole eight-byte words of s that hold
// no ASCII digit, so that a byte-by-byte search for a number resumes
// where one may be: at most seven bytes before it, or at the last seven
// bytes of s.
func skipNoDigit(s []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64(s[i:])
		// A byte between '/' and ':' (exclusive) with its top bit clear:
		// Bit Twiddling Hacks' hasbetween.
		low := w &^ highs
		if (ones*(127+':')-low)&^w&(low+ones*(127-'/'))&highs != 0 {
			break
		}
	}
	return i
}

// spelledCounts are the numbers of time units servers spell out
// ("twenty-four hour period"), longer spellings first.
var spelledCounts = []string{"twenty-four", "twenty four", "forty-eight", "forty eight", "seventy-two", "seventy two",
	"one", "two", "three", "four", "five", "six", "ten", "twelve", "fifteen", "twenty", "thirty", "sixty"}

// proseWindow reports whether, at k just after a count (and a space), up
// to six words of what is counted ("messages from any single subnet")
// are followed by a window in prose: a connector, an optional number in
// digits or words, and a unit of time ("in a twenty-four hour period",
// "within 1 hour", "every 24-hour period", "in an hour").
func proseWindow(norm []byte, k int) bool {
	for words := 0; words <= 6 && k < len(norm); words++ {
		// Only the connectors that begin with the word's first byte: a
		// comparison with each of the 21 at each of up to seven words
		// after every number was 2% of Classify in
		// BenchmarkClassify/corpus's CPU profile.
		for _, ci := range windowWordsByFirst[norm[k]] {
			if c := windowWords[ci]; hasPrefixAt(norm, k, c) && windowAt(norm, k+len(c)) {
				return true
			}
		}
		w := wordEnd(norm, k)
		if w == k || w >= len(norm) || norm[w] != ' ' {
			return false
		}
		k = w + 1
	}
	return false
}

// windowAt reports whether norm at k holds an optional count of units
// (digits or a spelled number, then a space or a hyphen) and a unit of
// time.
func windowAt(norm []byte, k int) bool {
	n := k
	for n < len(norm) && isDigit(norm[n]) {
		n++
	}
	if n == k {
		for _, w := range spelledCounts {
			if hasPrefixAt(norm, k, w) {
				n = k + len(w)
				break
			}
		}
	}
	if n > k && n < len(norm) && (norm[n] == ' ' || norm[n] == '-') {
		n++
	}
	return timeUnit(norm[n:wordEnd(norm, n)])
}

// hasPrefixAt reports whether b[k:] starts with p.
func hasPrefixAt(b []byte, k int, p string) bool {
	return k+len(p) <= len(b) && string(b[k:k+len(p)]) == p
}
