package postfix

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// yearSlack is how far after the reference time a year-less timestamp may
// lie. Log lines are not written in the future, but the reference clock and
// the logging host's clock can disagree and the log may be in another time
// zone than the reader, so a day of tolerance keeps a slightly-ahead line in
// the current year instead of pushing it back a whole year.
const yearSlack = 24 * time.Hour

var errNoTimestamp = errors.New("no syslog timestamp at the start of the line")

// parseBSDTime parses a traditional syslog timestamp ("Mar  3 07:14:09",
// also "Mar 3 07:14:09" and with fractional seconds) at the start of s. It
// returns the time and the rest of s after the timestamp and its separating
// space. The year is not in the log; resolveYear picks it relative to now.
func parseBSDTime(s string, loc *time.Location, now time.Time) (time.Time, string, error) {
	if len(s) < 3 {
		return time.Time{}, s, errNoTimestamp
	}
	month := monthOf(s[:3])
	if month == 0 {
		return time.Time{}, s, errNoTimestamp
	}
	i := 3
	if i >= len(s) || s[i] != ' ' {
		return time.Time{}, s, errNoTimestamp
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	day, n := leadingInt(s[i:], 2)
	if n == 0 || day < 1 || day > 31 {
		return time.Time{}, s, fmt.Errorf("bad day of month in syslog timestamp %q", clip(s, 20))
	}
	i += n
	if i >= len(s) || s[i] != ' ' {
		return time.Time{}, s, fmt.Errorf("cut syslog timestamp %q", clip(s, 20))
	}
	i++
	year := 0
	if y, n := leadingInt(s[i:], 4); n == 4 && i+n < len(s) && s[i+n] == ' ' {
		// "Mar 22 2025 07:45:01": a year between the day and the time
		// (syslog-ng's and network devices' BSD templates with a year).
		year, i = y, i+n+1
	}
	hh, mm, ss, n, ok := clockOf(s[i:])
	if !ok {
		return time.Time{}, s, fmt.Errorf("cut or bad time of day in syslog timestamp %q", clip(s, 20))
	}
	i += n
	nsec := 0
	if i < len(s) && s[i] == '.' {
		var m int
		nsec, m = fraction(s[i+1:])
		if m == 0 {
			return time.Time{}, s, fmt.Errorf("bad fractional seconds in syslog timestamp %q", clip(s, 24))
		}
		i += 1 + m
	}
	if i >= len(s) || s[i] != ' ' {
		return time.Time{}, s, fmt.Errorf("nothing after the syslog timestamp %q", clip(s, 24))
	}
	if year != 0 {
		t := time.Date(year, month, day, hh, mm, ss, nsec, loc)
		if t.Day() != day {
			return time.Time{}, s, fmt.Errorf("syslog timestamp %q names no valid date", clip(s, 24))
		}
		return t, s[i+1:], nil
	}
	t, ok := resolveYear(month, day, hh, mm, ss, nsec, loc, now)
	if !ok {
		return time.Time{}, s, fmt.Errorf("syslog timestamp %q names no valid date", clip(s, 20))
	}
	return t, s[i+1:], nil
}

// resolveYear returns the latest date with the given month, day and time
// of day that is not more than yearSlack after now: the year that puts a
// year-less log time closest to the time it is being read. A December line
// read in early January thereby lands in the previous year, and a line from
// a few hours "in the future" (clock skew) stays in the current one.
// Candidates are built in loc; February 29 only exists in leap years, so the
// search goes back far enough to find one.
func resolveYear(month time.Month, day, hh, mm, ss, nsec int, loc *time.Location, now time.Time) (time.Time, bool) {
	limit := now.Add(yearSlack)
	y := now.In(loc).Year() + 1
	for k := 0; k < 9; k++ {
		t := time.Date(y-k, month, day, hh, mm, ss, nsec, loc)
		if t.Month() != month || t.Day() != day {
			continue // e.g. Feb 29 in a common year, or Apr 31
		}
		if !t.After(limit) {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseISOTime parses an RFC 3339 timestamp token (with or without
// fractional seconds; zone as "Z", "+01:00", or journald short-iso's
// "+0100"; without a zone it is read in loc).
func parseISOTime(tok string, loc *time.Location) (time.Time, error) {
	n := len(tok)
	if n < 19 || tok[4] != '-' || tok[7] != '-' || (tok[10] != 'T' && tok[10] != 't') {
		return time.Time{}, fmt.Errorf("bad RFC 3339 timestamp %q", clip(tok, 40))
	}
	var (
		t   time.Time
		err error
	)
	switch {
	case tok[n-1] == 'Z' || tok[n-1] == 'z':
		t, err = time.Parse(time.RFC3339Nano, tok)
	case n >= 25 && tok[n-3] == ':' && (tok[n-6] == '+' || tok[n-6] == '-'):
		t, err = time.Parse(time.RFC3339Nano, tok)
	case n >= 24 && (tok[n-5] == '+' || tok[n-5] == '-') && allDigits(tok[n-4:]):
		// journalctl -o short-iso: "2025-03-03T08:02:11+0100". Go accepts
		// fractional seconds after the seconds field even when the layout
		// has none, so this layout covers short-iso-precise too.
		t, err = time.Parse("2006-01-02T15:04:05Z0700", tok)
	default:
		t, err = time.ParseInLocation("2006-01-02T15:04:05", tok, loc)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("bad RFC 3339 timestamp %q", clip(tok, 40))
	}
	return t, nil
}

// unixTimeLen returns the length of a journalctl -o short-unix timestamp
// ("1707918444.705153") at the start of s, followed by a space, or 0.
func unixTimeLen(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i < 9 || i > 11 || i >= len(s) {
		return 0
	}
	if s[i] == ' ' {
		// Whole seconds ("1707922044 host prog[1]: …": logger and
		// template shapes printing %s).
		return i
	}
	if s[i] != '.' {
		return 0
	}
	i++
	j := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == j || i-j > 9 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	return i
}

// parseUnixTime parses "seconds.fraction" since the epoch (UTC).
func parseUnixTime(tok string) (time.Time, error) {
	dot := strings.IndexByte(tok, '.')
	if dot < 0 {
		dot = len(tok)
	}
	sec, err := strconv.ParseInt(tok[:dot], 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad short-unix timestamp %q", clip(tok, 30))
	}
	nsec := 0
	if dot < len(tok) {
		nsec, _ = fraction(tok[dot+1:])
	}
	return time.Unix(sec, int64(nsec)).UTC(), nil
}

// weekday reports whether s is a three-letter English weekday name, as
// journalctl -o short-full starts its lines.
func weekday(s string) bool {
	switch s {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

// parseShortFull parses the rest of a journalctl -o short-full timestamp
// after the weekday: "2024-02-14 14:47:24 CET" (fractions allowed, the zone
// an abbreviation or a numeric offset). An abbreviation that is not loc's
// is read as UTC, as Go's time.Parse does. It returns the rest of s.
func parseShortFull(s string, loc *time.Location) (time.Time, string, error) {
	end := 0
	for col := 0; col < 3; col++ { // date, time of day, zone
		sp := strings.IndexByte(s[end:], ' ')
		if sp < 0 {
			return time.Time{}, s, fmt.Errorf("cut short-full timestamp %q", clip(s, 30))
		}
		end += sp + 1
	}
	tok := s[:end-1]
	t, err := time.ParseInLocation("2006-01-02 15:04:05 MST", tok, loc)
	if err != nil {
		t, err = time.ParseInLocation("2006-01-02 15:04:05 -0700", tok, loc)
	}
	if err != nil {
		return time.Time{}, s, fmt.Errorf("bad short-full timestamp %q", clip(tok, 30))
	}
	return t, s[end:], nil
}

// monthOf maps a three-letter English month abbreviation to its month, or
// 0. Syslog always writes these in the C locale.
func monthOf(s string) time.Month {
	switch s {
	case "Jan":
		return time.January
	case "Feb":
		return time.February
	case "Mar":
		return time.March
	case "Apr":
		return time.April
	case "May":
		return time.May
	case "Jun":
		return time.June
	case "Jul":
		return time.July
	case "Aug":
		return time.August
	case "Sep":
		return time.September
	case "Oct":
		return time.October
	case "Nov":
		return time.November
	case "Dec":
		return time.December
	}
	return 0
}

// clockOf parses "hh:mm:ss" at the start of s and returns the fields and the
// number of bytes read.
func clockOf(s string) (hh, mm, ss, n int, ok bool) {
	if len(s) < 8 || s[2] != ':' || s[5] != ':' {
		return 0, 0, 0, 0, false
	}
	d := func(i int) (int, bool) {
		a, b := s[i], s[i+1]
		if a < '0' || a > '9' || b < '0' || b > '9' {
			return 0, false
		}
		return int(a-'0')*10 + int(b-'0'), true
	}
	var ok1, ok2, ok3 bool
	hh, ok1 = d(0)
	mm, ok2 = d(3)
	ss, ok3 = d(6)
	if !ok1 || !ok2 || !ok3 || hh > 23 || mm > 59 || ss > 60 {
		return 0, 0, 0, 0, false
	}
	return hh, mm, ss, 8, true
}

// leadingInt reads up to max decimal digits at the start of s.
func leadingInt(s string, max int) (v, n int) {
	for n < len(s) && n < max && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

// fraction reads the digits of a fractional second (after the dot) and
// returns them as nanoseconds; digits beyond nanoseconds are read and
// dropped.
func fraction(s string) (nsec, n int) {
	scale := 100_000_000
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		nsec += int(s[n]-'0') * scale
		scale /= 10
		n++
	}
	return nsec, n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// clip shortens text quoted in an error so that a hostile or huge line does
// not make the error huge.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}
