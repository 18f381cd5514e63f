package postfix

import (
	"encoding/binary"
	"encoding/hex"
	"time"
)

// tai64nLen is the length of a TAI64N label: '@' and 24 hexadecimal digits.
const tai64nLen = 25

// isTAI64N reports whether s starts with a TAI64N label and a space, the
// timestamp daemontools' multilog, runit's svlogd -t and s6-log t put
// before each line of a supervised service's output (s6-overlay and
// runit images run Postfix with its log on stdout this way).
func isTAI64N(s string) bool {
	if len(s) <= tai64nLen || s[0] != '@' || s[tai64nLen] != ' ' || s[1:3] != "40" {
		return false
	}
	_, err := hex.DecodeString(s[1:tai64nLen])
	return err == nil
}

// tai64nPrefix reads the TAI64N label at the start of line and returns its
// time and the rest of the line. The label counts TAI seconds from 2^62
// (https://cr.yp.to/libtai/tai64.html). daemontools' multilog and runit's
// svlogd write the system's clock plus 10 s, TAI's offset in 1970, without
// a leap-second table, so subtracting 10 s gives the system's time back.
// s6-log (skalibs built without SKALIBS_FLAG_CLOCKISTAI, the default)
// adds the leap seconds too, 37 s since 2017: its lines come out 27 s
// late. A label does not say which logger wrote it, and 27 s is inside
// the windows mailflow judges delays and silences by.
func tai64nPrefix(line string) (t time.Time, rest string, ok bool) {
	if !isTAI64N(line) {
		return time.Time{}, line, false
	}
	var label [12]byte
	if _, err := hex.Decode(label[:], []byte(line[1:tai64nLen])); err != nil {
		return time.Time{}, line, false
	}
	sec, nsec := binary.BigEndian.Uint64(label[:8]), uint64(binary.BigEndian.Uint32(label[8:]))
	const base = 1 << 62
	if sec < base+10 || sec-base-10 > 1<<40 || nsec >= 1e9 {
		return time.Time{}, line, false
	}
	return time.Unix(int64(sec-base-10), int64(nsec)).UTC(), line[tai64nLen+1:], true
}
