package diagnose

import "strings"

// replyMarkers end a Postfix delivery record's or bounce's preface to the
// receiver's own reply: "host mx.example.net[192.0.2.1] said: 554 …",
// "host mx.example.net[192.0.2.1] refused to talk to me: 554 …". Each
// counts only after the bracketed address of the host it names, so that
// a reply's own "said:" is not taken for the preface's (qmail's "Remote
// host said:" is a preface of its own).
var replyMarkers = []string{" said: ", " refused to talk to me: "}

// qmailReplyMarker ends qmail-remote's preface, which names the MX's
// address first ("192.0.2.1 does not like recipient.\nRemote host said:
// 554 …", "192.0.2.1 failed after I sent the message.\nRemote host said:
// …").
const qmailReplyMarker = "remote host said: "

// eximReplyMarker starts Exim's report of a remote refusal, in a bounce
// ("SMTP error from remote mail server after RCPT TO:<jo@example.org>:
// host mx.example.net [192.0.2.1]: 550 …") and in its main log ("H=mx.
// example.net [192.0.2.1]: SMTP error from remote mail server after RCPT
// TO:<jo@example.org>: 554 …").
const eximReplyMarker = "smtp error from remote mail server"

// listedIP returns the address a blocklist refusal names: the first IPv4
// or bracketed IPv6 address of the receiver's reply, "" if it names none.
// A sending MTA's preface names the receiving MX first, and that address
// is not the listed one (newcomer review N5 of session 36; N3 of session
// 37 for Exim's main log and a reply's own "said:"). An address inside an
// e-mail address (a local part or a domain literal the reply echoes) and a
// bracketed clock time ("[12:30:45]") are not a client's address.
func listedIP(s string) string {
	from := 0
	for _, m := range replyMarkers {
		if i := strings.Index(s, m); i >= 0 && strings.HasSuffix(strings.TrimRight(s[:i], " "), "]") {
			from = i + len(m)
			break
		}
	}
	if from == 0 {
		if i := indexFoldASCII(s, qmailReplyMarker); i >= 0 {
			from = i + len(qmailReplyMarker)
		}
	}
	if from == 0 {
		if i := indexFoldASCII(s, eximReplyMarker); i >= 0 {
			from = i + len(eximReplyMarker)
			// The bounce's own preface names the MX after the command.
			if j := strings.Index(s[from:], "]: "); j >= 0 && indexFoldASCII(s[from:from+j], "host ") >= 0 {
				from += j + len("]: ")
			}
		}
	}
	for from < len(s) {
		ip, at := ipAt(s[from:])
		if ip == "" {
			return ""
		}
		at += from
		from = at + len(ip)
		if inAddress(s, at, at+len(ip)) || strings.Contains(ip, ":") && !strings.Contains(ip, "::") && strings.Count(ip, ":") < 7 {
			continue
		}
		return ip
	}
	return ""
}

// inAddress reports whether s[at:end] is part of an e-mail address: next
// to an '@', or in brackets right after one (a domain literal).
func inAddress(s string, at, end int) bool {
	return at > 0 && s[at-1] == '@' || end < len(s) && s[end] == '@' || at > 1 && s[at-1] == '[' && s[at-2] == '@'
}
