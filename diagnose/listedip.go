package diagnose

import "strings"

// replyMarkers end a sending MTA's preface to the receiver's own reply:
// Postfix's delivery records and bounces ("host mx.example.net[192.0.2.1]
// said: 554 …", "… refused to talk to me: 554 …") and Exim's ("SMTP error
// from remote mail server after RCPT TO:<jo@example.org>: host
// mx.example.net [192.0.2.1]: 550 …", where the reply follows the first
// "]: " after the preface).
var replyMarkers = []string{" said: ", "refused to talk to me: "}

// listedIP returns the address a blocklist refusal names: the first IPv4
// or bracketed IPv6 address of the receiver's reply, "" if it names none.
// A sending MTA's preface names the receiving MX first, and that address
// is not the listed one (newcomer review N5: a Postfix record sent the
// operator to look up the MX on Spamhaus); when the text has no preface
// the first address of the whole text is taken.
func listedIP(s string) string {
	for _, m := range replyMarkers {
		if i := strings.Index(s, m); i >= 0 {
			return firstIP(s[i+len(m):])
		}
	}
	if i := indexFoldASCII(s, "smtp error from remote mail server"); i >= 0 {
		if j := strings.Index(s[i:], "]: "); j >= 0 {
			return firstIP(s[i+j+len("]: "):])
		}
	}
	return firstIP(s)
}
