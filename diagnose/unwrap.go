package diagnose

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"unsafe"
)

// wrapper is text a sending MTA (or a bounce generator) puts around the
// remote server's reply. Its words describe the local MTA's own state
// ("delivery temporarily suspended", "failed permanently", "SMTP error")
// and say nothing about the recipient, so they are removed before any rule
// reads the text. Each wrapper is a literal prefix (ASCII case-insensitive)
// followed by an optional variable part that ends at one of its ends.
type wrapper struct {
	prefix string
	// ends, when set, are the markers that close the variable part after
	// the prefix ("host mx[ip] said: "); the text after the first marker
	// found (within the first line) is the inner reply.
	ends []string
	// addr says the prefix is followed by one recipient address (with or
	// without angle brackets) that belongs to the wrapper too.
	addr bool
	// needAddr says the wrapper is only one when the address is there:
	// Exim's log flags "** " and "== " open a delivery line only before
	// the recipient's address; an Elixir exception printed as "**
	// (MatchError) …" is no failed delivery (probe DA da-005).
	needAddr bool
	// outcome is what the wrapper says the MTA did ("failed permanently":
	// bounced; "has been delayed": deferred), or "".
	outcome string
	// states says the wrapper is the MTA's own record of what it did with
	// the message, written only with that outcome: its outcome stands
	// over the class of the reply code the event carries, which is the
	// quoted remote's (Postfix logs "delivery temporarily suspended" only
	// with status=deferred, also over a 554 greeting it skipped; probe BI
	// bi-038).
	states bool
	src    string
}

// wrappers are tried again and again until none matches, so nested ones
// ("delivery temporarily suspended: host mx[ip] refused to talk to me: …")
// unwrap fully.
var wrappers = []wrapper{
	// Postfix smtp(8)/lmtp(8): the reason of a dead destination, and the
	// prefixes of a remote reply (src/smtp/smtp_proto.c, smtp_trouble.c).
	{prefix: "delivery temporarily suspended: ", outcome: OutcomeDeferred, states: true, src: "Postfix qmgr dead-destination reason"},
	{prefix: "host ", ends: []string{" said: ", " refused to talk to me: "}, src: "Postfix smtp_trouble.c"},
	{prefix: "connect to ", ends: []string{": server refused to talk to me: "}, src: "Postfix smtp_connect.c"},
	{prefix: "refused to talk to me: ", src: "Postfix smtp_proto.c greeting, host part cut off"},
	{prefix: "server refused to talk to me: ", src: "Postfix smtp_connect.c greeting, host part cut off"},
	// Sendmail's status of a queued message (deliver.c, mailq and the
	// "stat=" log field): "Deferred: 451 4.3.0 …", "Deferred: Connection
	// timed out with mx.example.org.".
	{prefix: "deferred: ", outcome: OutcomeDeferred, states: true, src: "Sendmail stat=Deferred"},
	// DSN Diagnostic-Code types (RFC 3464 §2.3.6) as ESPs and bounce
	// parsers print them.
	{prefix: "smtp;", src: "RFC 3464 diagnostic-type"},
	{prefix: "smtp ;", src: "RFC 3464 diagnostic-type"},
	{prefix: "x-postfix;", src: "RFC 3464 diagnostic-type (Postfix)"},
	// qmail-remote (qmail-remote.c): "Remote host said: ".
	{prefix: "remote host said: ", src: "qmail-remote"},
	// Mailspring's report of a send that failed (its MailCore2 error text
	// follows), in English and the translations probe BT met: its words
	// "unable to deliver" are the client's, not a scanner's failure (bt-001)
	{prefix: "sorry, mailspring ", ends: []string{": "}, src: "Mailspring send error"},
	{prefix: "Извините, mailspring ", ends: []string{": "}, src: "Mailspring send error (Russian)"},
	{prefix: "tyvärr, mailspring ", ends: []string{": "}, src: "Mailspring send error (Swedish)"},
	{prefix: "죄송합니다. mailspring", ends: []string{" : ", ": "}, src: "Mailspring send error (Korean)"},
	// Exchange/Office 365 NDR text and ESP relays of it.
	{prefix: "remote server returned '", src: "Exchange NDR"},
	{prefix: "remote smtp server has rejected address ", src: "Domino/JANET NDR"},
	{prefix: "an error occurred while trying to deliver the mail to the following recipients: ", addr: true, src: "Amazon SES / Exchange NDR"},
	{prefix: "technical details of permanent failure: ", outcome: OutcomeBounced, src: "Gmail NDR"},
	{prefix: "technical details of temporary failure: ", outcome: OutcomeDeferred, src: "Gmail NDR"},
	{prefix: "the error that the other server returned was: ", src: "Gmail NDR"},
	{prefix: "the response from the remote server was: ", src: "Gmail NDR"},
	{prefix: "the response was: ", src: "Gmail NDR"},
	{prefix: "delivery to the following recipient failed permanently: ", outcome: OutcomeBounced, src: "Gmail NDR"},
	{prefix: "delivery to the following recipients failed. ", addr: true, src: "Exchange 2003 NDR"},
	{prefix: "delivery to the following recipient has been delayed: ", outcome: OutcomeDeferred, src: "Gmail NDR"},
	{prefix: "messagingexception: ", src: "JavaMail-based relays"},
	// .NET's SmtpClient (System.Net.Mail.SmtpException): the reply code's
	// fixed text, then "The server response was: " and the server's text
	// without its code (SR.MailServerResponse; the status texts of
	// SmtpStatusCode, System.Net.Mail's string resources). The fixed text
	// names the code, so it carries the outcome; "Mailbox unavailable." is
	// both 450 and 550 and leaves it to the reply's enhanced code.
	{prefix: "service not available, closing transmission channel.", ends: dotnetResponse, outcome: OutcomeDeferred, src: ".NET SmtpClient 421"},
	{prefix: "error in processing.", ends: dotnetResponse, outcome: OutcomeDeferred, src: ".NET SmtpClient 451"},
	{prefix: "insufficient system storage.", ends: dotnetResponse, outcome: OutcomeDeferred, src: ".NET SmtpClient 452"},
	{prefix: "client does not have permission to submit mail to this server.", ends: dotnetResponse, outcome: OutcomeDeferred, src: ".NET SmtpClient 454"},
	{prefix: "mailbox unavailable.", ends: dotnetResponse, src: ".NET SmtpClient 450 and 550"},
	{prefix: "syntax error, command unrecognized.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 500"},
	{prefix: "syntax error in parameters or arguments.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 501"},
	{prefix: "command not implemented.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 502"},
	{prefix: "bad sequence of commands.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 503"},
	{prefix: "command parameter not implemented.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 504"},
	{prefix: "the smtp server requires a secure connection or the client was not authenticated.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 530"},
	{prefix: "user not local; please try a different path.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 551"},
	{prefix: "exceeded storage allocation.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 552"},
	{prefix: "mailbox name not allowed.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 553"},
	{prefix: "transaction failed.", ends: dotnetResponse, outcome: OutcomeBounced, src: ".NET SmtpClient 554"},
	// Exim main log delivery lines: "** addr …" failed for good, "== addr …" deferred
	// (exim spec, "Log files": flags ** and ==).
	{prefix: "** ", addr: true, needAddr: true, outcome: OutcomeBounced, src: "Exim log '**' (delivery failed)"},
	{prefix: "== ", addr: true, needAddr: true, outcome: OutcomeDeferred, src: "Exim log '==' (delivery deferred)"},
}

// eximBanner says that low (lower-cased, after a "** " flag) is the title
// of a webmail's non-delivery notice closed by " **" on its line ("**
// Message non distribué **", Gmail's notice in French): the flag's old
// reading (delivery failed) holds for it, as before the address was
// needed, except for a delay notice's title ("** Delivery incomplete **",
// "Entrega incompleta"), whose words decide (review S42B).
func eximBanner(low []byte) bool {
	line := low
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	if len(line) > 120 {
		line = line[:120]
	}
	end := bytes.Index(line, []byte(" **"))
	if end <= 0 || line[0] == '(' {
		return false
	}
	title := line[:end]
	for _, w := range [][]byte{[]byte("incomplet"), []byte("unvollst"), []byte("delay"), []byte("retard"), []byte("verzögert")} {
		if bytes.Contains(title, w) {
			return false
		}
	}
	return true
}

// dotnetResponse closes .NET SmtpClient's fixed text (the colon is
// sometimes lost where the message is quoted).
var dotnetResponse = []string{"the server response was: ", "the server response was:", "the server response was "}

// midWrappers are markers inside an MTA text after which the remote reply
// follows; the text before them is the local MTA's narrative. A marker with
// a colon in it ends at its last byte; one that ends in ':' hunts for the
// next ": " (the command named in "did not like our RCPT TO:" varies).
var midWrappers = [...]string{
	"remote host said: ",                             // qmail-remote: "… does not like recipient. Remote host said: "
	"did not like our ",                              // dma/DragonFly: "host did not like our RCPT TO:"
	"the error that the other server returned was: ", // Gmail NDR
	"delivery to the following recipients failed. ",  // Exchange 2003 NDR
	"technical details of ",                          // Gmail NDR: "… permanent failure: "
	"remote server returned '",                       // Exchange NDR
	"delay reason: ",                                 // Exim's delay warning: "Delay reason: connection to … timed out"
	"gave this error:",                               // Exchange Online's NDR: "mx.example.net gave this error: <reply>"
	"ha restituito questo errore:",                   // the same in Italian (probe BI bi-012)
	"failure reason: ",                               // Haraka's bounce: "Failure Reason: Error: connect ECONNREFUSED …"
	"удалённого сервера: ",                           // Yandex/Mail.ru NDR: "Ответ удалённого сервера: 550 …"
	"удаленного сервера: ",                           // the same without ё
}

// yamBadResponse are YAM's MSG_ER_BADRESPONSE_SMTP in each translation
// (locale/*.po of jens-maus/yam at 79ed4124cc84; src/tcp/smtp.c's
// SendSMTPCommand): the words before the server's host name, between it
// and the command, and after the command. The server's reply line(s)
// follow, each with its CRLF, then a blank line and YAM's words that the
// server could not execute the command ("Bad response from mail server
// '%s' to command '%s':\n\n%s\n\nThe mail server couldn't execute the
// command and replied with the above error message."). Those words are
// the same for every reply, and in Greek they outweighed amavisd's "554
// 5.7.0 Reject … - SPAM" (batch CO co-020). The command is empty for the
// greeting and "\r\n." for the end of the data, so the layout is not one
// line's: the wrappers' ends are searched in the first line only.
var yamBadResponse = [...]struct{ head, mid, tail string }{
	{"Bad response from mail server '", "' to command '", "':"},                   // en
	{"Chyba serveru '", "' při zpracování příkazu '", "':"},                       // cs
	{"Fejlsvar fra postserveren '", "' på kommandoen '", "':"},                    // da
	{"Slechte reactie van mailserver '", "' op opdracht '", "':"},                 // nl
	{"Virheellinen vastaus postipalvelimelta '", "' komentoon '", "':"},           // fi
	{"Mauvaise réponse du serveur de courrier « ", " » à la commande « ", " » :"}, // fr
	{"Der Postserver '", "' hat auf den Befehl '", "' falsch geantwortet:"},       // de
	{"Κακή απόκριση από τον διακομιστή αλληλογραφίας '", "' της εντολής '", "':"}, // el
	{"Rossz válasz '", "' szerver '", "' parancsakor:"},                           // hu
	{"Errato responso da parte del server di posta '", "' al comando '", "':"},    // it
	{"Zła odpowiedż od serwera pocztowego \"", "\" na polecenie \"", "\":"},       // pl
	{"Плохой ответ от почтового сервера '", "' на команду '", "':"},               // ru
	{"Respuesta de '", "' errónea al comando '", "':"},                            // es
	{"Felaktigt svar från mail-servern '", "'  för kommandot '", "':"},            // sv
	{"'", "' posta sunucusundan '", "' komutuna olumsuz yanıt."},                  // tr
}

// yamReply returns where the server's reply that YAM's bad-response
// report s quotes begins and ends (yamBadResponse), or 0, 0: the reply
// must be a 4xx or 5xx one, and ends at the first blank line. The words
// are YAM's own, matched with ASCII case folding as the wrappers are; the
// host (up to maxCatalogFill bytes) and the command (up to 64) are the
// fills between them.
func yamReply(s string) (int, int) {
	if s == "" {
		return 0, 0
	}
	for i := range yamBadResponse {
		t := &yamBadResponse[i]
		if len(s) < len(t.head) || lowerASCII(s[0]) != lowerASCII(t.head[0]) || !equalFoldASCII(s[:len(t.head)], t.head) {
			continue
		}
		at := len(t.head)
		k := indexFoldASCII(s[at:min(len(s), at+maxCatalogFill+len(t.mid))], t.mid)
		if k < 1 {
			continue
		}
		at += k + len(t.mid)
		k = indexFoldASCII(s[at:min(len(s), at+64+len(t.tail))], t.tail)
		if k < 0 {
			continue
		}
		start := skipSpace(s, at+k+len(t.tail))
		if start == len(s) || s[start] != '4' && s[start] != '5' {
			return 0, 0
		}
		if _, _, n := replyPrefix(s[start:]); n == 0 {
			return 0, 0
		}
		end := len(s)
		for j := start; j < len(s); j++ {
			if s[j] != '\n' {
				continue
			}
			b := j + 1
			for b < len(s) && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r') {
				b++
			}
			if b < len(s) && s[b] == '\n' {
				end = j
				break
			}
		}
		for end > start && (s[end-1] == '\r' || s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\n') {
			end--
		}
		return start, end
	}
	return 0, 0
}

// goSMTPWrappers are what github.com/emersion/go-smtp answers for an
// error its server's backend returns that is not an *smtp.SMTPError:
// "554 5.0.0 Error: transaction failed, blame it on the weather: " (v0.24
// and before) or "554 5.0.0 Error: transaction failed: " (v0.25's
// dataErrorToStatus, review S39D) and the error's text, often the reply
// the backend meant ("451 Failed to deliver message to any recipient",
// probe CG cg-015; Tencent Cloud SES's SMTP endpoint, blindas-0047). Its
// LMTP server names the recipient between the codes and the wrapper. The
// 554 is what the client got, so it stays the reply's code; the cause is
// in the text after it.
var goSMTPWrappers = [...]string{"error: transaction failed, blame it on the weather: ", "error: transaction failed: "}

// goSMTPClientPrefix begins github.com/emersion/go-smtp's client error
// text (SMTPError.Error: "SMTP error %03d: %s", the message without its
// enhanced code).
const goSMTPClientPrefix = "smtp error "

// goSMTPClientCode returns the reply code of a go-smtp client error text
// that starts s, or 0.
func goSMTPClientCode(s string) int {
	n := len(goSMTPClientPrefix)
	if len(s) < n+4 || !strings.EqualFold(s[:n], goSMTPClientPrefix) || s[n+3] != ':' ||
		s[n] < '2' || s[n] > '5' || !isDigit(s[n+1]) || !isDigit(s[n+2]) {
		return 0
	}
	return int(s[n]-'0')*100 + int(s[n+1]-'0')*10 + int(s[n+2]-'0')
}

// libraryWrapped returns where the text a server library wrapped begins
// in s, a reply that starts with its code, or 0 when s wraps none. The
// wrapper follows the code, the enhanced code and, in LMTP, the
// recipient in angle brackets: only that one place is compared, as every
// reply comes this way.
func libraryWrapped(s string) int {
	i := 0
	for i < len(s) && i < 24 && (isDigit(s[i]) || s[i] == '.' || s[i] == ' ' || s[i] == '-') {
		i++
	}
	if i < len(s) && s[i] == '<' {
		k := strings.Index(s[i:min(len(s), i+256)], "> ")
		if k < 0 {
			return 0
		}
		i += k + 2
	}
	for _, w := range goSMTPWrappers {
		if end := i + len(w); end < len(s) && equalFoldLower(s[i:end], w) {
			return end
		}
	}
	return 0
}

// equalFoldLower reports whether s equals lower, a lower-case ASCII
// string, with s's ASCII letters folded.
func equalFoldLower(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for k := range len(lower) {
		if lowerASCII(s[k]) != lower[k] {
			return false
		}
	}
	return true
}

// unwrapHead bounds the part of a response searched for wrappers.
const unwrapHead = 1024

// unwrap removes the local MTA's wrappers from s (see wrappers) and returns
// what the remote server (or the underlying condition) said, and the outcome
// the outermost wrapper that states one reports ("" when none does). The
// result is a substring of s; the search works on a lower-cased copy of the
// first 1 KiB on the stack, so it does not allocate.
func unwrap(s string) (string, string) {
	s = trimLeftSpace(s)
	if s == "" || s[0] >= '2' && s[0] <= '5' {
		// A remote reply itself ("550 …"): no wrapper starts with a digit,
		// but a server library's own may follow the code.
		if i := libraryWrapped(s); i > 0 {
			return s[i:], ""
		}
		return s, ""
	}
	if i, end := yamReply(s); i > 0 {
		// YAM's report of a reply it did not expect: the reply is quoted
		// after the command's name, and YAM's own words after it are the
		// same for every reply.
		return s[i:end], ""
	}
	var buf [unwrapHead]byte
	n := min(len(s), unwrapHead)
	for i := 0; i < n; i++ {
		buf[i] = lowerASCII(s[i])
	}
	low := buf[:n]
	off := 0 // s[off:] remains; low[off:] is its lower-cased head
	off, outcome := stripWrappers(s, low, 0, 8)
	// A mid-text marker: the remote reply follows the last one. Only texts
	// that do not start with a reply code can be such narratives.
	if _, _, rp := replyPrefix(s[off:]); rp == 0 && off < n {
		best, bestLen := lastMidWrapper(low[off:])
		if best >= 0 {
			end := off + best + bestLen
			if m := low[min(end, n):]; bestLen > 0 && (hasPrefixString(low[off+best:], "did not like our ") || hasPrefixString(low[off+best:], "technical details of ")) {
				// The command or the failure kind follows: skip to its ':'.
				if k := bytes.IndexByte(m, ':'); k >= 0 && k < 40 {
					end += k + 1
				}
			}
			if end < len(s) && trimLeftSpace(s[end:]) != "" {
				off, _ = stripWrappers(s, low, skipSpace(s, end), 4)
			}
		}
	}
	return s[off:], outcome
}

// stripWrappers strips up to limit wrappers from s[off:] and returns the
// new offset and the first outcome a stripped wrapper stated.
func stripWrappers(s string, low []byte, off, limit int) (int, string) {
	outcome := ""
	for range limit {
		adv, o := unwrapOnce(s[off:], low[min(off, len(low)):])
		if adv == 0 {
			break
		}
		if outcome == "" {
			outcome = o
		}
		off = skipSpace(s, off+adv)
	}
	return off, outcome
}

// hasPrefixString is bytes.HasPrefix for a string prefix; the comparison
// of a converted slice with a string does not allocate.
func hasPrefixString(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// indexString is bytes.Index for a string needle without copying the
// needle: bytes.Index is vectorised, and a conversion of a needle longer
// than 32 bytes would allocate on every call. The view is only read.
func indexString(b []byte, m string) int {
	if len(m) == 0 {
		return 0
	}
	return bytes.Index(b, bytesOf(m))
}

// bytesOf is a read-only view of s's bytes, without a copy.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		i++
	}
	return i
}

// lastMidWrapper returns the start and length of the last midWrappers
// marker in b, or -1 and 0. No marker is a prefix of another, so at most
// one starts at any index. One backward pass tests each offset's four
// bytes against the markers' first four (midWrapperIndex) and compares a
// marker only where one may start: six searches of the whole text cost
// several times that for the texts of a hundred bytes or so that almost
// every call sees, and a test of each byte against the markers' first
// bytes (r, d, t, g, h, f: every fourth byte of English) was a branch
// taken at random.
func lastMidWrapper(b []byte) (int, int) {
	mw := &midWrapperIndex
	for i := len(b) - mw.shortest; i >= 0; i-- {
		w := binary.LittleEndian.Uint32(b[i:])
		if !mw.grams.maybe(w) {
			continue
		}
		for k, m := range midWrappers {
			if mw.keys[k] == w && hasPrefixString(b[i:], m) {
				return i, len(m)
			}
		}
	}
	return -1, 0
}

// midWrapperIndex is what lastMidWrapper reads of midWrappers, built once
// and only read: each marker's first four bytes as a little-endian word
// (every marker is longer than that), those words as a gramSet, and the
// shortest marker's length.
var midWrapperIndex = func() (mw struct {
	keys     [len(midWrappers)]uint32
	grams    gramSet
	shortest int
}) {
	mw.shortest = maxScan
	for k, m := range midWrappers {
		mw.keys[k] = binary.LittleEndian.Uint32([]byte(m[:4]))
		mw.grams.add(mw.keys[k])
		mw.shortest = min(mw.shortest, len(m))
	}
	return mw
}()

// wrappersByFirst are the indexes of wrappers by their prefix's first
// byte, in wrappers' order: a text is compared only with the few whose
// prefix begins as it does, not tested against all 43 in turn, once for
// each wrapper stripped and once more. Built once and only read.
var wrappersByFirst = func() (idx [256][]uint8) {
	if len(wrappers) > 256 {
		panic("diagnose: too many wrappers")
	}
	for i, w := range wrappers {
		idx[w.prefix[0]] = append(idx[w.prefix[0]], uint8(i))
	}
	return idx
}()

// unwrapOnce strips one wrapper from the start of s (low is the lower-cased
// head of s, possibly shorter) and returns how many bytes it removed (0 when
// none matches) and the wrapper's outcome.
func unwrapOnce(s string, low []byte) (int, string) {
	var byFirst []uint8 // the wrappers whose prefix begins with low's first byte
	if len(low) > 0 {
		byFirst = wrappersByFirst[low[0]]
	}
	for _, i := range byFirst {
		w := &wrappers[i]
		if !hasPrefixString(low, w.prefix) {
			continue
		}
		adv := len(w.prefix)
		if len(w.ends) > 0 {
			line := low[adv:]
			if j := bytes.IndexByte(line, '\n'); j >= 0 {
				line = line[:j]
			}
			if len(line) > 512 {
				line = line[:512]
			}
			cut := -1
			for _, e := range w.ends { // in order of preference
				if j := indexString(line, e); j >= 0 {
					cut = j + len(e)
					break
				}
			}
			if cut < 0 {
				continue
			}
			adv += cut
		}
		if w.addr {
			adv = skipSpace(s, adv)
			rest := skipAddress(s[adv:])
			if w.needAddr && len(rest) == len(s)-adv {
				// A pipe's command, a file's path or a local part
				// before its parent address ("** |/usr/bin/procmail
				// <jdoe@example.com> R=…", exim spec, "Logging of
				// delivery"): the delivery line all the same; so is a
				// webmail notice's "** Title **" banner (eximBanner).
				if rest = skipDeliveryTarget(s[adv:]); len(rest) == len(s)-adv && (adv >= len(low) || !eximBanner(low[adv:])) {
					continue
				}
			}
			adv = len(s) - len(rest)
		}
		if trimLeftSpace(s[adv:]) == "" {
			return 0, ""
		}
		return adv, w.outcome
	}
	if adv := postfixRecipient(s); adv > 0 {
		return adv, ""
	}
	if adv, ok := unwrapExim(s, low); ok {
		return adv, ""
	}
	if adv, o, ok := unwrapDSNFields(low); ok && trimLeftSpace(s[adv:]) != "" {
		return adv, o
	}
	// "#550 5.1.1 RESOLVER… ##" (Exchange NDR diagnostic).
	if len(s) > 4 && s[0] == '#' && isDigit(s[1]) {
		return 1, ""
	}
	return 0, ""
}

// postfixRecipient returns the length of the recipient that opens a
// Postfix bounce(8) or delay report's line ("<a@example.net>: ",
// "<a@example.net> (expanded from <b@example.org>): "), through the colon
// and the space after it, or 0. The report's reason follows, in the
// wrappers of smtp(8) and qmgr(8) ("delivery temporarily suspended: …",
// probe BI bi-038).
func postfixRecipient(s string) int {
	if len(s) < 4 || s[0] != '<' {
		return 0
	}
	j := strings.IndexByte(s, '>')
	if j < 1 || j > 320 || strings.IndexAny(s[:j], " \t\n") >= 0 {
		return 0
	}
	rest := s[j+1:]
	if strings.HasPrefix(rest, " (expanded from <") {
		k := strings.Index(rest, ">)")
		if k < 0 || k > 340 {
			return 0
		}
		rest = rest[k+2:]
	}
	if len(rest) < 2 || rest[0] != ':' || rest[1] != ' ' && rest[1] != '\n' {
		return 0
	}
	return len(s) - len(rest) + 2
}

// statedOutcome reports whether text, after a recipient that opens it,
// begins with a wrapper that states the MTA's own action (wrapper.states).
func statedOutcome(text string) bool {
	text = trimLeftSpace(text)
	if adv := postfixRecipient(text); adv > 0 {
		text = trimLeftSpace(text[adv:])
	}
	for i := range wrappers {
		if w := &wrappers[i]; w.states && len(text) >= len(w.prefix) && strings.EqualFold(text[:len(w.prefix)], w.prefix) {
			return true
		}
	}
	return false
}

// unwrapExim strips Exim's "SMTP error from remote mail server after
// RCPT TO:<a@b>: host mx [ip]: " (also "... remote mailer after ...", and
// the "host mx [ip] SMTP error from ..." order of older versions), so that
// the remote reply remains (exim spec, "SMTP error messages"). It returns
// the number of bytes removed.
func unwrapExim(s string, low []byte) (int, bool) {
	line := low
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	if len(line) > 600 {
		line = line[:600]
	}
	i := indexString(line, "smtp error from remote mail")
	if i < 0 {
		return 0, false
	}
	j := indexString(line[i:], " after ")
	if j < 0 {
		return 0, false
	}
	from := i + j
	// The command may quote an address with a space after the colon
	// ("RCPT TO: <a@b>: host …"): skip to the address's end first.
	if lt := bytes.IndexByte(line[from:], '<'); lt >= 0 && lt < 24 {
		if gt := bytes.IndexByte(line[from+lt:], '>'); gt >= 0 {
			from += lt + gt
		}
	}
	k := indexString(line[from:], ": ")
	if k < 0 {
		return 0, false
	}
	adv := from + k + 2
	if hasPrefixString(line[adv:], "host ") {
		if n := indexString(line[adv:], "]: "); n >= 0 && n < 300 {
			adv += n + 3
		}
	}
	if trimLeftSpace(s[adv:]) == "" {
		return 0, false
	}
	return adv, true
}

// unwrapDSNFields strips the "action,status (status text),diagnostic-type;"
// form some ESPs render RFC 3464 fields in ("failed,5.1.1 (bad destination
// mailbox address),smtp;553 Relaying disallowed"): the status text there is
// the ESP's reading of the code, not the server's words.
func unwrapDSNFields(low []byte) (int, string, bool) {
	var outcome string
	switch {
	case hasPrefixString(low, "failed,"):
		outcome = OutcomeBounced
	case hasPrefixString(low, "delayed,"):
		outcome = OutcomeDeferred
	default:
		return 0, "", false
	}
	head := low
	if len(head) > 200 {
		head = head[:200]
	}
	i := indexString(head, ",smtp;")
	if i < 0 {
		return 0, "", false
	}
	return i + len(",smtp;"), outcome, true
}

// skipAddress skips one e-mail address ("<a@b>" or "a@b") at the start of s.
func skipAddress(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '<' {
		if j := strings.IndexByte(s, '>'); j > 0 && j < 320 {
			return s[j+1:]
		}
		return s
	}
	end := strings.IndexAny(s, " \t\n")
	if end < 0 {
		end = len(s)
	}
	if end < 320 && strings.IndexByte(s[:end], '@') > 0 {
		return s[end:]
	}
	return s
}

// skipDeliveryTarget returns s after an Exim log line's delivery target
// that is no address, a pipe ("|/usr/bin/procmail"), a file
// ("/var/mail/jdoe") or a local part, and the parent address in angle
// brackets after it ("** /var/mail/jdoe <jdoe@example.com> R=…"), or s
// when it does not begin so. Only a pipe's command may hold spaces.
func skipDeliveryTarget(s string) string {
	line := s[:min(len(s), 512)]
	var at int
	if strings.HasPrefix(line, "|") {
		at = strings.Index(line, " <")
	} else {
		at = strings.IndexAny(line, " \t")
	}
	if at <= 0 {
		return s
	}
	j := skipSpace(s, at)
	if j >= len(s) || s[j] != '<' {
		return s
	}
	k := strings.IndexByte(s[j:], '>')
	if k < 0 || k >= 320 || strings.IndexByte(s[j:j+k], '@') <= 0 || strings.ContainsAny(s[j:j+k], " \t") {
		return s
	}
	return s[j+k+1:]
}

// embeddedReply finds a remote reply quoted inside an MTA text: a reply code
// followed by an enhanced code of the same class ("… recipients: a@b 550
// 5.1.1 …", "(state 14): 550 5.7.1 …"). Only the first 1 KiB is searched.
// It returns 0 and a zero status when there is none.
func embeddedReply(s string) (int, status) {
	if len(s) > 1024 {
		s = s[:1024]
	}
	if c := goSMTPClientCode(s); c != 0 {
		// go-smtp's client error ("SMTP error 554: Error: transaction
		// failed, blame it on the weather: 451 …"): the code it names is
		// the reply the client got, not one quoted after it.
		st, _ := parseStatus(strings.TrimLeft(s[len(goSMTPClientPrefix)+4:], " "))
		if st.class != c/100 {
			st = status{}
		}
		return c, st
	}
	for i := 0; i+9 <= len(s); i++ {
		c := s[i]
		if c < '2' || c > '5' || i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
			continue
		}
		if j := pythonReplyTuple(s, i); j > 0 {
			// Python's smtplib keeps a reply as (code, bytes) and its
			// exceptions print it so: "SMTPRecipientsRefused({'a@b':
			// (450, b'4.1.2 <a@b>: … Domain not found')})" (pretalx,
			// probe CR cr-030).
			code := int(c-'0')*100 + int(s[i+1]-'0')*10 + int(s[i+2]-'0')
			st, w := parseStatus(s[j:])
			if w == 0 || st.class != int(c-'0') {
				st = status{}
			}
			return code, st
		}
		if !isDigit(s[i+1]) || !isDigit(s[i+2]) || s[i+3] != ' ' && s[i+3] != '-' {
			continue
		}
		j := i + 4
		for j < len(s) && (s[j] == ' ' || s[j] == '#') {
			j++
		}
		// A quote may open the reply's text where a report quotes it
		// ("554-'5.1.0 Sender denied'", Marketo's bounce detail, probe DF
		// df-003). Only a failure's: a quoted success a client's report
		// names on its way to the failure ("got 250 \"2.1.5 Ok\" for RCPT
		// but 554 on DATA") is no cause (newcomer review S43).
		if c >= '4' && j+1 < len(s) && (s[j] == '\'' || s[j] == '"') && isDigit(s[j+1]) {
			j++
		}
		code := int(c-'0')*100 + int(s[i+1]-'0')*10 + int(s[i+2]-'0')
		st, w := parseStatus(s[j:])
		if w == 0 || st.class != int(c-'0') {
			// A bare reply code counts where a transcript puts one:
			// after "], " / ": " / ", " and before a word.
			if c >= '4' && i >= 2 && (s[i-2] == ',' || s[i-2] == ':' || s[i-2] == ']') && s[i-1] == ' ' &&
				s[i+3] == ' ' && j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') &&
				!afterHTTP(s[:i]) {
				return code, status{}
			}
			continue
		}
		return code, st
	}
	return 0, status{}
}

// pythonReplyTuple reports where the reply text starts when s[i:] begins
// a reply code as Python's smtplib prints a reply tuple, "(550, b'5.1.1 …"
// or "(550, '5.1.1 …" (Python 2), or 0. A 4xx number SMTP does not use
// and HTTP does (400-429 but 421: "HTTPError: (413, 'Request Entity Too
// Large')", "API error (401, 'Forbidden')", review S41B) is an HTTP
// status in a tuple of the same form, no reply.
func pythonReplyTuple(s string, i int) int {
	if i == 0 || s[i-1] != '(' || i+6 > len(s) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || s[i+3] != ',' || s[i+4] != ' ' {
		return 0
	}
	if s[i] == '4' && s[i+1] <= '2' && (s[i+1] != '2' || s[i+2] != '1') {
		return 0
	}
	j := i + 5
	if s[j] == 'b' {
		j++
	}
	if j >= len(s) || s[j] != '\'' && s[j] != '"' {
		return 0
	}
	if r, ok := httpServerReasons[s[i:i+3]]; ok && hasPrefixFold(s[j+1:], r) || afterHTTP(s[:i]) {
		// An HTTP 5xx status with its reason phrase ("HTTPError: (503,
		// 'Service Unavailable')", "(500, 'Internal Server Error')"), or
		// a tuple after words naming an HTTP exchange: an API's answer,
		// no SMTP reply (newcomer review S41 N1).
		return 0
	}
	return j + 1
}

// httpServerReasons are RFC 9110's (and RFC 6585's) reason phrases of
// the HTTP 5xx statuses, by status: the text that follows such a status
// in a tuple of pythonReplyTuple's form when an HTTP library prints it.
var httpServerReasons = map[string]string{
	"500": "Internal Server Error", "501": "Not Implemented", "502": "Bad Gateway",
	"503": "Service Unavailable", "504": "Gateway Timeout", "505": "HTTP Version Not Supported",
	"506": "Variant Also Negotiates", "507": "Insufficient Storage", "508": "Loop Detected",
	"510": "Not Extended", "511": "Network Authentication Required",
}

// hasPrefixFold reports whether s begins with prefix in ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// trailingReplyWords are the words a client writes before the bare reply
// code it ends its report with (trailingReply).
var trailingReplyWords = []string{"response", "code", "reply", "failed", "denied", "error"}

// trailingReply returns the bare 4xx or 5xx reply code a client's report
// ends with, after a word that names it as the server's answer (curl's
// "Got unexpected smtp-server response: 421", "STARTTLS denied, code
// 454", "RCPT failed: 550", lib/smtp.c; probe CE ce-044, ce-006), or 0.
// A count at the end ("Daily limit exceeded: 500") is no reply.
func trailingReply(s string) int {
	s = strings.TrimRight(s, " .\n")
	n := len(s)
	if n < 4 || s[n-3] < '4' || s[n-3] > '5' || !isDigit(s[n-2]) || !isDigit(s[n-1]) || isDigit(s[n-4]) || s[n-4] == '.' {
		return 0
	}
	before := strings.TrimRight(s[:n-3], " :")
	for _, w := range trailingReplyWords {
		if len(before) >= len(w) && strings.EqualFold(before[len(before)-len(w):], w) &&
			(len(before) == len(w) || !isAlnum(before[len(before)-len(w)-1])) && !afterHTTP(before) {
			prev := lastWord(before[:len(before)-len(w)])
			switch w {
			case "code":
				// HTTP's "status code" (axios' "Request failed with status
				// code 500") and an API's "Error code: 406" label after its
				// message (Postmark's ErrorCode, inactive recipient) number
				// their own errors; "failed with error code 550" is the
				// server's (review S39B).
				rest := strings.TrimRight(before[:len(before)-len(w)], " ,:;")
				rest = strings.TrimRight(rest[:len(rest)-len(prev)], " ")
				if strings.EqualFold(prev, "status") || strings.EqualFold(prev, "error") && (rest == "" || strings.HasSuffix(rest, ".")) {
					continue
				}
			case "failed", "denied":
				// A command the server refused (curl's "RCPT failed: 550",
				// "Access denied: 535"), not a tally ("Delivered: 9550,
				// failed: 450", "Attempts failed: 450", review S39B).
				if !slices.ContainsFunc(trailingCommandWords, func(c string) bool { return strings.EqualFold(c, prev) }) {
					continue
				}
			}
			return int(s[n-3]-'0')*100 + int(s[n-2]-'0')*10 + int(s[n-1]-'0')
		}
	}
	return 0
}

// trailingCommandWords are what a client names as failed or denied
// before the server's bare reply code (trailingReply).
var trailingCommandWords = []string{"mail", "rcpt", "data", "command", "access", "auth", "authentication", "login", "starttls", "helo", "ehlo", "recipient", "sender"}

// lastWord returns the last word of s, skipping the spaces and
// punctuation after it.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ,:;")
	i := len(s)
	for i > 0 && (isAlnum(s[i-1]|0x20) || s[i-1] == '-') {
		i--
	}
	return s[i:]
}

// afterHTTP reports whether the clause before a bare three-digit number
// names an HTTP exchange ("HTTP request failed: 500 Internal Server
// Error", Request Tracker's rt-mailgate, probe CB cb-014; "HTTP error: 503
// Service Unavailable"): the number is a web server's status (RFC 9110
// §15), not an SMTP reply code. The word HTTP alone is not enough ("Sent
// successfully via HTTP: 550 Denied", newcomer review S38 N1). It looks
// back over the clause only: up to the last full stop, semicolon or
// newline, and at most 40 bytes.
func afterHTTP(before string) bool {
	from := max(0, len(before)-40)
	for k := len(before) - 1; k >= from; k-- {
		if c := before[k]; c == '.' || c == ';' || c == '\n' {
			from = k + 1
			break
		}
	}
	clause := before[from:]
	for _, w := range httpExchange {
		if indexFoldASCII(clause, w) >= 0 {
			return true
		}
	}
	return false
}

// httpExchange are the words that name an HTTP request and its status.
var httpExchange = []string{"http request", "http error", "http status", "http response", "http/1", "http/2"}
