package postfix

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestResponseNotUTF8: a remote's reply in an 8-bit charset (Latin-1,
// CP1252), as Postfix logs its bytes, keeps its delivery: the bytes that
// are not UTF-8 become U+FFFD in the event's response (review finding:
// the bounce was dropped as malformed, in syslog files and in journald
// exports, which give such a MESSAGE as a byte array).
func TestResponseNotUTF8(t *testing.T) {
	syslog := func(resp string) string {
		return "2025-03-03T07:00:00Z mta postfix/smtp[1]: ABCDEF0001: to=<u1@example.de>, relay=mx.example.de[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (" + resp + ")"
	}
	asBytes := func(s string) string {
		parts := make([]string, len(s))
		for i := 0; i < len(s); i++ {
			parts[i] = fmt.Sprint(int(s[i]))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	journal := func(resp string) string {
		msg := "ABCDEF0001: to=<u1@example.de>, relay=mx.example.de[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (" + resp + ")"
		return `{"__REALTIME_TIMESTAMP":"1707922044705153","_HOSTNAME":"mta","SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"1","MESSAGE":` + asBytes(msg) + `}`
	}
	for _, tc := range []struct{ name, resp, want string }{
		{"Latin-1 umlaut", "host mx.example.de[192.0.2.1] said: 550 5.1.1 Empf\xe4nger unbekannt", "host mx.example.de[192.0.2.1] said: 550 5.1.1 Empf\uFFFDnger unbekannt"},
		{"CP1252 quotes", "550 5.1.1 \x93user\x94 unknown", "550 5.1.1 \uFFFDuser\uFFFD unknown"},
		{"a cut UTF-8 sequence", "550 5.1.1 Benutzer \xc3 unbekannt", "550 5.1.1 Benutzer \uFFFD unbekannt"},
		{"UTF-8 stays", "550 5.1.1 Empfänger unbekannt", "550 5.1.1 Empfänger unbekannt"},
	} {
		for form, line := range map[string]string{"syslog": syslog(tc.resp), "journald": journal(tc.resp)} {
			t.Run(tc.name+"/"+form, func(t *testing.T) {
				res := NewParser(WithLocation(time.UTC)).Parse(line)
				if res.Kind != KindDelivery {
					t.Fatalf("kind %s (%v), want a delivery", res.Kind, res.Err)
				}
				ev, err := res.Deliveries[0].Event()
				if err != nil {
					t.Fatal(err)
				}
				if ev.Response != tc.want {
					t.Fatalf("response %q, want %q", ev.Response, tc.want)
				}
			})
		}
	}
}
