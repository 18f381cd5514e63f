package diagnose

// countPerWindow reports whether norm (a normalised reply) names a count
// per time window, the way rate limiters word their refusals: "20/60s",
// "exceed 10/1m", "100 messages per 1 hour", "5 recipients per 5 minutes",
// "50 per hour". A number must come first, so "per hour" alone (already a
// phrase of the rate rule) and dates or versions ("2024/05/01", "v1/2")
// are not windows.
func countPerWindow(norm []byte) bool {
	for i := 0; i < len(norm); i++ {
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
