package diagnose

import "bytes"

// rule is one row of a classification table.
//
// any lists phrases; the rule fires when one of them occurs in the
// normalised response. A phrase may be a conjunction "a && b" (both must
// occur, anywhere), and a part may be wrapped in '|' to demand a word
// boundary on that side ("|spf|"). Phrases are written lower-case; accents
// are folded the same way as the text, so "boîte pleine" and "boite pleine"
// are equivalent.
//
// codes lists enhanced status code patterns ("x.7.26", "5.7.606-649",
// "x.5.*"; x = any class). A rule with both any and codes needs both; a rule
// with only codes fires on the code alone.
//
// all lists groups of phrases: the rule also fires when every group has a
// phrase that occurs ("a mechanism" and "a word saying it failed"). It is
// the compact form of the cross product of the groups as "&&" clauses.
//
// unless vetoes the rule when one of its phrases occurs.
type rule struct {
	cat    string
	any    []string
	all    [][]string
	codes  []string
	unless []string
	why    string
	// registered marks a rule that states a code's registered meaning
	// (specificStatusRules are all such): the model replaces its answer
	// only when the words alone lead (Classifier.consult).
	registered bool
	// settled marks a rule the model does not overrule although its table
	// is one the model judges (judgedTable): its source says the words
	// the model would weigh against it do not change the answer (RFC
	// 7372's codes name the failed check whatever fault word follows; a
	// client listed by its country or a spam trap it hit is a reputation
	// block whatever the refusal around it says). Like the tables before
	// judgedTable, it answers as the rules do.
	settled bool
	// final marks a rule whose phrases are the sending MTA's own final
	// verdict ("not going to try again", "giving up after 5 days"): the
	// message is returned even when the text starts with or quotes a 4xx
	// reply. Any other answer under a 4xx reply code is deferred (RFC 5321
	// §4.2.1: 4yz is a transient negative completion), whatever the
	// category — "450 … within the last 24 hours" is not a queue that gave up.
	final bool
	// senderSide marks a rule whose phrases name the sender's address as
	// what was refused ("Sender address rejected:", a callout's "sender
	// verify failed"): whatever else the words say of a mailbox (Postfix's
	// "Sender address rejected: User unknown in local recipient table"),
	// the model does not move its answer into a recipient's state (issue
	// 14's kind 1: words about the sender are not the recipient's state).
	senderSide bool
	// held marks a rule whose phrases are a sending program's report that
	// the server it was set up to send through could not be used: its name
	// could not be looked up (a client's or library's "Unknown SMTP host",
	// Thunderbird's "Outgoing server (SMTP) … is unknown") or it does not
	// offer the STARTTLS the program demands (git send-email's "Server does
	// not support STARTTLS!" before the reply it got). The program keeps
	// the message unsent, as after a refused connection, so a text without
	// a reply code and without a verdict of its own is deferred, whatever
	// enhanced code the quoted reply carries. Postfix does the same
	// with a relayhost that does not resolve (smtp_connect.c: a
	// configuration problem, 4.3.5, "pretend that these are recoverable
	// rather than bouncing the mail").
	held bool
}

// ruleTables are evaluated in this order; within a table, top to bottom. The
// first matching rule decides the category. Order encodes precedence: a final
// verdict beats its inner cause, a named blocklist beats the generic word
// "rejected", and a specific phrase beats the RFC 3463 meaning of the code
// (enhanced codes are hints: Yandex says 5.7.1 for an unknown user).
var ruleTables = [][]rule{ // weakTable below must stay the index of weakRules
	verdictRules,
	nil, // provider error-code tokens, generated from providerCodes (provider.go)
	exchangeStatusRules,
	otherPartyRules,
	narrowRules,
	strongRules,
	localizedRules,
	providerStatusRules,
	mechanismRules,
	specificStatusRules,
	compositionalRules,
	weakRules,
	genericStatusRules,
}

// weakTable is the index of weakRules in ruleTables: from there on a rule
// only decides when no phrase or specific code did.
const weakTable = 11

// judgedTable is the index in ruleTables of the first table whose answers
// the model may overrule (Classifier.judgedFrom).
const judgedTable = 4

// narrowTable is the index of narrowRules in ruleTables: its rules yield
// to the causes named beside them (namedCauses, Classifier.match).
const narrowTable = 4

// specificTable is the index of specificStatusRules in ruleTables: like
// every rule marked registered, the model replaces their answer (a
// registered code's precise meaning) only when the words themselves lead,
// not the codes' learnt priors (Classifier.consult).
const specificTable = 9

// senderStageTable stands for "the reply answered MAIL FROM" where a
// table index is reported (Features.Table).
const senderStageTable = 100

// greetingStageTable stands for "the reply came in place of the greeting"
// (aboutGreeting) where a table index is reported (Features.Table).
const greetingStageTable = 101

// restrictionStageTable stands for "the reply came from one of Postfix's
// smtpd restrictions" (aboutRestriction) where a table index is reported.
const restrictionStageTable = 102

// catalogTable stands for "a program's own message, whole, from its
// message catalogue" (messageCatalog) in Features.Table.
const catalogTable = 103

// Precedence, in words (each tier is a table above, first match wins):
//
//  1. the local MTA's wrappers are removed before any rule runs (unwrap.go);
//  2. final verdicts that quote an inner cause (expired, loops);
//  3. provider error codes and Exchange Online's documented enhanced codes,
//     whose surrounding text is generic;
//  4. phrases about someone other than the recipient (the sender's account,
//     its sending quota, the relay, the server's own disk or queue): they
//     yield sender-side or server categories, never a recipient state;
//  5. narrow phrases, a program's or a server's own wording for one cause
//     (rules_narrow.go), each yielding to a cause named outright beside it
//     (namedCauses, causes.go);
//  6. strong phrases, most specific category first, then the same
//     categories' wording in other languages (rules_localized.go);
//  7. provider-documented enhanced codes (Gmail 4.7.28, ...);
//  8. an authentication mechanism named without a failure word ("DKIM
//     domain"): a weak hint for authentication_failed;
//  9. specific RFC 3463/5248/7372/7505 codes (x.1.1, x.2.2, x.7.13, ...),
//     which beat generic words such as "rejected";
//  10. two-word compositions of a subject and its state (rules_compositional.go);
//  11. weak, generic phrases;
//  12. the class/subject meaning of any other enhanced code (RFC 3463 §3);
//  13. the reply code alone (RFC 5321 §4.2.3, RFC 7504, RFC 4954, RFC 3207);
//  14. other.
//
// Apart from the tiers: a code-less reply that is a known program's own
// message, whole (a mail client's or list server's message catalogue in
// its translations, catalog.go), takes the catalogue's category and
// outcome over any rule and the model, unless what fills one of its
// placeholders names another cause (namedCauses, fillNamesCause); one that is a client's sent
// notice, whole (senttemplates.go), is delivered.

// verdictRules are final verdicts that usually quote an inner cause
// ("Message expired ... <421 4.4.2 Connection timed out>"); the verdict wins.
var verdictRules = []rule{
	{cat: CategoryExpired, final: true, why: "the sending MTA's count of deferred or postponed attempts run out, with its give-up said (probe BZ bz-029's kind); a receiver's 'deferred too many times … try again' is its rate or greylist, not an expiry (review S37-3)", all: [][]string{
		{"too many postponements", "postponed too many times", "deferred too many times"},
		{"giving up", "gave up", "given up", "considered to be a failure", "considered a failure", "returned to the sender",
			"returned to sender", "is returned", "no further", "undeliverable", "permanent"},
	}, unless: []string{"try again", "retry", "retried", "will keep trying", "slow down"}},
	{cat: CategoryExpired, final: true, why: "a give-up whose 'will be attempted again' is conditional on the sender sending the message anew ('This message has been in the queue too long and was returned to you. Delivery will be attempted again only if you resend it.', review S37 s37-l09): returned, not a delay notice's promise (the veto of the rule below)", all: [][]string{
		{"in the queue too long", "too long in the queue", "too long in queue", "returned to you", "returned to the sender", "returned to sender", "gave up", "giving up"},
		{"only if you resend", "only when you resend", "unless you resend", "if you send it again", "only if you send it again"},
	}},
	{cat: CategoryExpired, final: true, why: "queue lifetime exceeded (Postfix, Exim, sendmail, Exchange, SES, Momentum, IronPort, Domino)", any: []string{
		"message expired", "delivery expired", "delivery time expired", "expired in queue", "queue expired",
		"expired after sitting in queue", "exceeded max retries", "exceeded max time", "max retries exceeded",
		"maximum retries exceeded", "retry timeout exceeded",
		"have been failing for a long time", "in the queue too long", "too long in queue", "too long in the queue",
		"cannot send message for", "could not be delivered for", "could not deliver for", "giving up on the message", "gave up on",
		"in the queue too long", "not delivered within", "envelope expired", "after multiple retries", "unable to deliver this message after",
		"will not try again", "not going to try again",
		"not reachable within the allowed queue period",
		"message too old", "delivery timeout", "message timed out", "unable to deliver in|", "could not be delivered within",
		"maximum delivery time", "message lifetime exceeded", "time to live exceeded",
		"delai de remise expire", "zustellung abgelaufen", "undeliverable for too long",
		// the destination out of reach for longer than the queue waits (Postini's "550 MX records
		// inaccessible for too long for domain", support.google.com/postini/answer/140349, probe BI
		// bi-063)
		"inaccessible for too long", "unreachable for too long && returned", "unreachable for too long && giving up", "unreachable for too long && gave up",
		// A bounce generator's own "I gave up" (Gmail NDR "Gmail will stop trying to deliver
		// your message", Postfix/Exim/Domino "giving up after N hours", "delivery failed
		// after N days").
		"will stop trying", "stopped trying", "giving up after", "gave up after", "delivery failed after",
		// the sending MTA's count of postponed attempts run out (Mireka's "Too much postponings of
		// delivery attempt, attempt is considered to be a failure.", probe BZ bz-029)
		"too much postponings", "too many postponings",
		// 9front upas runq's return notice after its give-up time ("Your request … failed (code
		// Giveup). The symptom was: smtp timeout …", probe CC cc-047)
		"(code giveup)",
		"could not be delivered after", "undeliverable after", "in the time allowed",
		"expired && queue", "delivery abandoned", "abandoned after", "days of retries", "hours of retries", "retries exhausted", "aged out",
		"days of retrying", "retry period",
		// Exim's final word for hosts that stayed down past the retry rule's cutoff, a
		// queue manager's "too old", Postfix's qmgr "status=expired" and a DSN's own
		// Status field 4.4.7/5.4.7 (RFC 3463 "delivery time expired") quoted in a text.
		"after a long failure period", "is too old", "delivery timed out", "status=expired",
		"status: 4.4.7", "status: 5.4.7", "queue lifetime",
	}, unless: []string{"will be retried", "warning only", "will continue trying", "still awaiting delivery", "has been delayed",
		// a delay notice: late so far, and still tried (probe BX bx-016's "undeliverable … for at
		// least 4 hours. The mail system will continue to attempt …")
		"will continue to try for", "will continue to try until", "will continue to try to deliver it",
		"will continue to try to deliver your", "will continue to try to deliver the message", "will continue to attempt to deliver your",
		"will continue to attempt to deliver the message", "will continue to attempt delivery for", "will continue to attempt delivery until",
		"will be attempted again",
		"do not need to resend your message", "don't need to resend your message", "no need to resend the message", "no need to resend your message",
		"header"}, // "The Date header is too old" (Haraka headers plugin): a header's date, not the queue's age
	},
	{cat: CategoryExpired, final: true, why: "a queue that gave the message's delivery up after its last try (GLPI's 'Fatal error: giving up delivery of email to …', probe CV cv-022). A sender that gives up one host, one attempt or one transport and goes on ('timed out, giving up delivery attempt on this host and trying the next MX', 'giving up delivery over TLS; will retry without encryption') has not given the message up (review S41C)", any: []string{
		"giving up delivery", "giving up on delivery", "gave up delivery",
	}, unless: []string{"this host", "next mx", "next host", "this attempt", "for now", "retry", "retried", "retrying", "will continue",
		"warning only", "has been delayed", "still queued", "stays in the queue", "remains in the queue", "over tls", "without encryption"}},
	{cat: CategoryExpired, final: true, why: "a queue's count of delivery attempts run out ('max attempts exceeded', a go-smtp relay's final state, probe CQ cq-037): given up after its retries. A receiver's count of a client's logins or commands is its rate or policy, and a notice that goes on trying is a delay (unless)", any: []string{
		"max attempts exceeded", "maximum attempts exceeded", "max delivery attempts exceeded", "maximum delivery attempts exceeded",
		"max attempts reached", "maximum attempts reached", "max delivery attempts reached", "maximum delivery attempts reached",
	}, unless: []string{"|auth", "login", "password", "command", "connection attempts", "will be retried", "will continue", "will retry", "retrying",
		// a receiver's count of a client's connections, credentials, pace or bad recipients
		// (review S41B): its rate or policy, not the queue's expiry
		"too many", "credential", "rate limit", "invalid recipient", "bad recipient", "unknown recipient"}},
	{cat: CategoryExpired, final: true, why: "a report that delivery failed with its attempts counted ('Delivery failed … attempts: 5'): the count ran out. Domino's trailer '(delivery attempts: 0)' after a refusal it got at once ('… 550-'Recipient address rejected: user unknown, delivery failed' (delivery attempts: 0)', probe CM cm-003's kind) counts none: the refusal's own cause (unless). A rule of its own so that the trailer does not veto the expiry words above ('Delivery expired (message too old) 'timeout' (delivery attempts: 0)', smtp-0207 without its code; review S40D)", any: []string{
		"delivery failed && attempts:",
	}, unless: []string{"will be retried", "warning only", "will continue trying", "still awaiting delivery", "has been delayed",
		// the delay notices the rule above leaves (their phrases' stems)
		"will continue to try", "will continue to attempt", "will be attempted again", "need to resend", "header",
		"delivery attempts: 0"}},
	{cat: CategoryExpired, final: true, why: "the sending MTA's count of attempts that all failed, as its final notice says it (SmarterMail 'Failed four Attempts to connect to recipients mail server', 'Failed all attempts to connect …', blindau-0009, 0010), whatever the attempts failed on; a report that the attempts failed so far and go on is a deferral", any: []string{
		"failed all attempts", "failed two attempts", "failed three attempts", "failed four attempts", "failed five attempts",
		// the count as a trailer of the last error ("… connected host has failed to respond. Tried 5
		// time(s)", a Vietnamese hoster's list of the notices its MTA sends, probe BD bd-072)
		"tried && time(s)", "tried && times", "delivery attempts failed", "all delivery attempts",
	}, unless: []string{"will retry", "will be retried", "try again", "tried again", "retrying", "for retry", "so far", "queued", "will continue"}},
	{cat: CategoryExpired, final: true, why: "the sending MTA's final report whose last error was a transient one: it retried until its queue gave up (chasquid's 'failed repeatedly and timed out, last error: all MXs returned transient failures', maddy's 'Delivery has failed permanently … No further deliveries will be attempted … status code, transient: 450', probe BF bf-006/bf-008): an expiry, whatever the last error was about; a permanent last error keeps its own category", all: [][]string{
		{"failed permanently", "no further deliveries", "no further delivery", "permanent failure", "failed repeatedly", "could not be delivered", "delivery has failed"},
		{"transient", "last error: 4", "last error was: 4", "last error was 4", "last attempt: 4"},
	}, unless: []string{"will retry", "will be retried", "will continue", "so far", "queued for retry",
		// "(permanent error, not transient)" says the opposite (review S26B-4)
		"not transient", "non-transient", "nontransient", "not a transient", "no transient", "not temporary"}},
	{cat: CategoryExpired, why: "a delivery time or attempt limit named with a word saying it ran out (queue lifetime: Postfix maximal_queue_lifetime, Exim retry rules, sendmail Timeout.queuereturn, ESP 'time to live')", all: [][]string{
		{"retry limit", "retries", "time to live", "time allowed", "lifetime", "queued for", "in the queue", "in queue",
			"delivery time", "delivery period", "time limit", "retry time", "retry period", "queue time", "queue timeout", "from queue", "from the queue",
			"retrying", " hours", " days"},
		limitRanOut,
	}, unless: limitRanOutUnless},
	{cat: CategoryExpired, why: "a delivery attempt limit named with a word saying it ran out ('maximum delivery attempts', 'Gave up after 30 delivery attempts'). Domino's trailer '(delivery attempts: 0)' after a refusal it got at once counts none: the refusal's own cause, whatever failed in it (unless; probe CM cm-003's '… SPF check failed … (delivery attempts: 0)'). A rule of its own so that the trailer does not veto a queue's time run out ('Message removed from queue after 5 days (delivery attempts: 0)', review S40D)", all: [][]string{
		{"delivery attempts"},
		limitRanOut,
	}, unless: append([]string{"delivery attempts: 0"}, limitRanOutUnless...)},
	{cat: CategoryExpired, codes: []string{"x.4.7", "x.4.300"}, unless: []string{"message delayed", "quota", "rate limit", "too many", "limit exceeded"},
		why: "RFC 3463 x.4.7 delivery time expired; Exchange Online 5.4.300 message expired"},
	{cat: CategoryOther, why: "mail loops, MX pointing back at the sender, list expansion, ambiguous addresses", any: []string{
		"mail loop", "forwarding loop", "routing loop", "message is looping", "|looping|",
		"loop detected", "loops back to myself", "too many hops", "hop count exceeded", "hops, this may indicate",
		"too many \"received\" headers", "too many received headers", "points back to", "mx list for",
		// a loop named by its symptom or with another qualifier (RFC 5321 §6.3: a loop is detected by
		// counting Received: header fields; lavabit/magma smtp.c "550 DATA FAILED - THE MESSAGE HAS TOO
		// MANY RECEIVED HEADER LINES AND IS BEING REJECTED BECAUSE IT APPEARS TO BE CAUGHT IN A FORWARD
		// LOOP", courier-pythonfilter deliveredto.py "Mail loop - already have my Delivered-To: header")
		"|loop|", "received header lines", "received header fields", "received: header", "too many received",
		"my control/locals file", "best-preference mx", "address ambiguous", "ambiguous address",
		"list expansion", "expansion problem", "message depth exceeded",
		"delivered-to line",
		// An MX that names the sending host itself (Exim "lowest numbered MX record points
		// to local host", "all relevant MX records point to this host"): a loop, not a
		// missing domain.
		"point to this host", "points to this host", "point to local host", "points to local host",
		"points to the local host", "mxloopback", "configured in a loop",
	}, unless: []string{
		// a CNAME chain that loops is the destination's DNS, not a mail loop (RFC 1034 §3.6.2;
		// ZMailer getmxrr.c "Recursive DNS CNAME", blindae-0041)
		"cname",
	}},
	{cat: CategoryOther, why: "an ambiguous destination address (RFC 3463 X.1.4 'Destination mailbox address ambiguous': the name matches more than one mailbox; Lotus Domino 'Recipient user name … not unique. Several matches found in Domino Directory'): the address exists more than once, not nowhere",
		all: [][]string{{"user name", "username", "recipient", "address", "|name|", "mailbox", "|user|"}, {"not unique", "several matches", "multiple matches",
			"more than one match", "matches several", "matches multiple", "matches more than one", "ambiguous"}}}, // samotop "553 User ambiguous" (RFC 5321 §3.5.3's example reply)
}

// limitRanOut are the words that say a delivery time or attempt limit ran
// out (verdictRules' limit rules).
var limitRanOut = []string{"exceeded", "exceeding", "reached", "expired", "days", "hours", "too long", "ran out", "giving up", "gave up", "removed",
	"discarded", "abandoned", "undeliverable", "undelivered", "failed", "exhausted"}

// limitRanOutUnless vetoes verdictRules' limit rules: a delay notice, and
// a limit or a window that is not the queue's.
var limitRanOutUnless = []string{"will retry", "will be retried", "will continue", "will keep trying", "has been delayed", "delayed", "warning", "still",
	// a refusal that asks the client to come back later ('550 Too many recipients specified.  Come back in a few
	// hours.', probe DO do-023): a limit on the client, no queue that gave up. Only its "in a few": an expiry
	// report that quotes a greylisting reply's "please come back later" is still one (review S44 s44r-98)
	"come back in a few",
	// a client that goes on to its next server ("Failed to send email with server: …, retrying with
	// smtp://mx2…", Duplicati's SendMailFailedRetryError, probe CW cw-043's kind): no limit ran out.
	// Only with the server it goes on to: "retrying with a fallback relay is disabled" after
	// "Maximum number of delivery attempts exceeded" is no next server (review S42 s42r-33)
	// gen_smtp's per-call count of its attempts over the destination's hosts
	// ("{:error, {:retries_exceeded, {:temporary_failure, …}}}", probe DA da-004): one send
	// failed, no queue's lifetime ran out
	// Only gen_smtp's atom or tuple (":retries_exceeded", "{retries_exceeded", Erlang's
	// "{error,retries_exceeded,"): a platform's final reason "Reason: retries_exceeded" is its
	// queue's (review S42B)
	":retries_exceeded", "{retries_exceeded", ",retries_exceeded",
	// a count of the sender's failed recipients over a limit, lifted after some hours (Exim4U's
	// "550 Number of failed recipients exceeded. Come back in a few hours.", probe DN dn-028): a
	// rate on the sender, no message's lifetime
	// Only the limit's own forms: "2 failed recipients exceeded the retry limit" is a queue's
	// report (review S43D s43u-62)
	"number of failed recipients exceeded", "too many failed recipients",
	"retrying with smtp", "retrying with mx", "retrying with the next", "retrying with next", "retrying with another",
	"retrying on smtp", "retrying on mx", "retrying on the next", "retrying on next", "retrying on another",
	"retrying via smtp", "retrying via mx", "retrying via the next", "retrying via next", "retrying via another",
	"retrying using smtp", "retrying using mx", "retrying using the next", "retrying using next", "retrying using another",
	"trying next", "trying the next",
	// a delay notice's "Delivery will be attempted again; there is no need to resend" (kinds of probe BX bx-016)
	"will be attempted again", "do not need to resend", "don't need to resend", "no need to resend",
	// Exim's delay warning ("A message that you sent has not yet been delivered to one or more of its
	// recipients after more than 24 hours on the queue", probe BK bk-070's kind): not yet, so not given up
	"not yet been delivered", "not yet delivered",
	"|rate", "login", "auth", "password", "certificate", "try later", "try again", "retry later", "queue file", "queue full", "queue is full",
	"command", "no further", "not reached", "inactiv", "more hours", "per hour", "per day",
	// a window the receiver counts the client's traffic or complaints in ("has sent mail to a
	// spamtrap within the last 24 hours", OpenBSD spamd.conf) and a duration of another
	// condition ("over quota for 3 days"): not the queue's age
	"within the last", "in the last", "during the last", "over the last", "in the past", "quota",
	// the sender's own volume barred for a while ("Since you sent too many e-mails, you are not
	// allowed to send more e-mails within 24 hours", a Korean portal's bar, blindaj-0078)
	"sent too many", "too many e-mails", "too many emails", "too many mails", "too many messages",
	// a count per time window is the receiver's count of the client's traffic ("more than 500
	// recipients every 24 hours"), not the queue's age
	windowLiteral,
}

// authMechanisms and authVerdicts: a sender-authentication mechanism named
// together with a word saying it failed. A mechanism named alone ("mail
// from your DKIM domain has been rate limited", Gmail 4.7.28) names the
// identity the receiver keyed its decision on, not a failure of it.
var (
	authMechanisms = []string{"|spf|", "|dkim|", "|dmarc|", "|arc|"}
	authVerdicts   = []string{
		"fail", "not pass", "didn't pass", "did not pass", "does not pass", "doesn't pass", "not aligned",
		"unauthenticated", "not authenticated", "invalid", "missing", "no valid",
		"not valid", "softfail", "permerror", "temperror", "designate", "not permit", "not allowed",
		"doesn't allow", "does not allow", "prohibited", "unable to verify", "could not verify",
		// the same verdicts in German, French, Spanish, Italian, Dutch, Portuguese, Russian, Japanese, Chinese
		"fehlgeschlagen", "ungultig", "nicht bestanden", "echec", "echoue", "fallid", "fallo", "fallit",
		"non superat", "mislukt", "ongeldig", "falhou", "falha", "не прошл", "ошибка проверки", "失败", "未通过", "失敗",
	}
	// authWeakVerdicts name the mechanism's working parts or the receiver's
	// decision ("policy", "record", "signature", "rejected") rather than a
	// failed check: they count only when the text does not say the check
	// passed (authPassed).
	authWeakVerdicts = []string{
		"alignment", "aligned", "policy", "reject", "required", "requires", "record", "signature", "verification",
		"authentication", "check",
	}
	// authRateWords name the sender's volume: a mechanism's name beside them
	// says whose volume is counted ("too many messages with the same DKIM
	// signature", Gmail's "unusual rate of unsolicited mail originating
	// from your DKIM domain"), not a failed check (issue 14's kind 2).
	authRateWords = []string{"too many", "slow down", "rate limit", "rate-limit", "ratelimit", "rate limited", "unusual rate",
		"throttl", "per hour", "per minute", "per day", "sending rate", "volume"}
	// authPassed: the text says the mechanism passed, so a verdict in the
	// same reply (spam, a size, a listing) is about something else.
	authPassed = []string{
		"=pass", "spf pass", "dkim pass", "dmarc pass", "spf: pass", "dkim: pass", "dmarc: pass", "spf passed", "dkim passed",
		"dmarc passed", "passed spf", "passed dkim", "passed dmarc", "|valid dkim", "|valid spf", "|valid dmarc",
		"dkim signature valid", "dkim signature is valid", "despite", "although", "even though",
		"dkim-signature headers", "two dkim-signature", "duplicate dkim-signature", "multiple dkim-signature",
	}
)

// otherPartyRules are phrases about someone other than the recipient: the
// sender's account or its sending quota, its SMTP AUTH logins, the
// connecting client's past traffic, the relay, the receiving server's own
// disk or queue. They run before the recipient-state and content phrases
// so that "exceeded its quota for sending" is not a full mailbox, "the
// sender account is disabled" not a disabled mailbox and "reported as
// sending unsolicited email" not a verdict on this message; the model
// does not overrule them (judgedTable).
var otherPartyRules = []rule{
	{cat: CategoryPolicyRejected, why: "the client barred or slowed for its own failed SMTP AUTH logins: the submission credentials, not the client's reputation nor a rate of mail (RFC 4954 §6 and the project's convention for SMTP AUTH, as '454 4.7.0 Too many login attempts' is labelled; lavabit/magma smtp.c '423 THE MAXIMUM NUMBER OF FAILED LOGIN ATTEMPTS HAS BEEN REACHED', b1gMailServer '554 5.7.1 IP temporarily banned because of too many failed login attempts', fail2ban's postfix-sasl and dovecot jails); a recipient's mailbox locked after failed logins stays its own state", any: []string{
		"failed login", "failed logon",
		"failed authentication attempts", "failed auth attempts", "bad auth attempts", "authentication failures", "auth failures",
		"invalid login attempts", "invalid logins", "unsuccessful login attempts", "unsuccessful authentication attempts",
		// the same count said of the login (gromox mda/smtp/resource.cpp '554 Authentication has failed too
		// many times', blindaj-0019)
		"authentication has failed too many", "authentication failed too many", "auth failed too many",
		"login failed too many", "login has failed too many", "logon failed too many",
	}, unless: []string{"mailbox", "inbox", "recipient", "user account",
		// the client's IP put on a block list for its failed logins: the listing is the verdict
		// (a hoster's "[192.0.2.10] is in an RBL on bl.websitewelcome.com … Too many failed logins",
		// probe BZ bz-060)
		// (a published list only: a server's own ban for the failed logins, "fail2ban blocklist",
		// "temporary black list", stays the login policy, review S37-3)
		"|rbl|", "dnsbl"}},
	{cat: CategoryBlocklisted, why: "the sender's domain, its IP or host named as what is blocked, with spam as the reason: a reputation block of the one sending, not a verdict on this message (the doc's convention: the client, its HELO name or the sender domain on a list is a reputation block; the ASF's mail-rejection page '550 Domain Blocked - Spam. Contact abuse@infra.apache.org', blindap-0019); a message or its content named as blocked stays content", all: [][]string{
		{"|domain", "|ip|", "|host", "|sender", "|client"},
		{"blocked", "banned"},
		{"|spam|", "|spamming|"},
	}, unless: []string{"message", "content", "mail was", "email was", "this mail", "this email", "your mail", "your email", "attachment", "|url", "link",
		// a volume named is the rate the block keeps down (Gmail's 421-4.7.0 "unusual amount of
		// unsolicited mail … temporarily blocked", blindo-0125)
		"unusual", "|rate|", "volume", "too many", "amount of"}},
	{cat: CategoryRateLimited, why: "a count — too many, a maximum, excessive, a number — of recipients that failed, were unknown or invalid: the sender's sending pattern over many recipients, not one recipient's state, whatever words the count is made of (Yahoo '[TSS11] Excessive unknown recipients'; the Exim wiki's ACL recipes 'Max $rcpt_fail_count failed recipients allowed' (FAQ Q0738), 'Too many unknown users' (Q0736) and 'REJECTED - Too many failed recipients - count = N' (AclSmtpRcpt), blindap-0041, 0048, 0056; qmail-smtpd's brtlimit 'too many invalid addresses'); the phrase lists here kept one spelling each and missed the next", all: [][]string{
		{"too many", "excessive", "|max|", "maximum", "number of"},
		{"unknown", "invalid", "failed", "bad", "wrong", "rejected", "non-existent", "nonexistent", "undeliverable"},
		{"recipients", "users", "addresses", "rcpts", "mailboxes"},
	}, unless: []string{"size", "storage", "quota", "mailbox full", "mailbox is full"}},
	{cat: CategoryRateLimited, why: "the sender's sending pattern: quotas of its account or relay, too many unknown recipients, complaints (Exchange Online SubmissionQuotaExceeded, Yahoo VS1-IP/TS01, Gmail 'Daily user sending limit exceeded' https://support.google.com/a/answer/166852, cPanel/Exim 'max emails per hour')", any: []string{
		"sending quota", "submission quota", "submissionquota", "message quota", "daily quota", "hourly quota",
		"outbound quota", "recipient quota exceeded", "quota of messages", "sending limit", "daily limit", "hourly limit",
		"daily user sending", "throttling failure", "quota for sending", "quota of sending", "quota && outgoing",
		"quota && outbound", "relay quota", "daily relay", "limit for sending", "limit on sending", "outgoing limit",
		"outbound limit", "send limit", "send quota",
		// a sending limit per period named by the period (NetEase's 'send spam mail rejected: exceeded hour
		// limit', blindas-0037: the word spam is the provider's name for mail over the limit)
		"hour limit && exceed", "day limit && exceed", "minute limit && exceed", "hourly limit && exceed", "daily limit && exceed",
		"sending rate", "queue quota", "excessive unknown recipients", "too many unknown recipients", "too many invalid recipients",
		"too many bad recipients", "too many non-existent recipients", "user complaints", "due to complaints", "cuota de envio", "limite d'envoi", "versandlimit", "sendelimit",
		"limite di invio", "limite de envio", "лимит отправки", "发送限制", "发信数量", "送信制限",
		"limite d'envoi", "limite de envoi", "limite diario de envio", "verzendlimiet", "verzendquotum",
		"лимит на отправку", "送信数の上限", "送信数が上限", "送信上限", "发送上限", "发信上限", "发送数量超过", "发送频率超过",
		// the sender's plan or account allowance (SendGrid "Maximum credits exceeded") and its
		// own failure counts ("max defers and failures per hour", cPanel/Exim; "number of
		// invalid recipients originating from your account", MailChannels [BR])
		"credits exceeded", "maximum credits", "out of credits", "max defers", "defers and failures",
		"number of invalid recipients", "invalid recipients originating", "bounces originating",
		"excessive rejected recipients", "excessive invalid recipients", "too many invalid recipients",
		// the same count worded as addresses (qmail-smtpd's brtlimit patch '421 too many invalid addresses,
		// goodbye (#4.3.0)', sagredo-dev/qmail, blindal-0026)
		"too many invalid addresses", "too many bad addresses", "too many unknown addresses", "too many wrong recipients",
		"too many wrong addresses", "too many rejected recipients",
		// the client's own message allowance (qmail-smtpd's rcptcheck overlimit '421 you have exceeded your
		// messaging limits (#4.3.0)', sagredo-dev/qmail, blindal-0032)
		"messaging limit", "messaging limits",
		"dictionary attack", "directory harvest",
		// the same probing of which addresses exist, by its other names (herculiz anti_enum '550 000021 you are
		// now enumerating user accounts, please send mail to recipients one by one', blindaj-0040)
		"enumerating", "address enumeration", "account enumeration", "user enumeration", "recipient enumeration",
		"enumeration attempt", "enumeration detected", "harvesting", "harvest attack",
	}, unless: []string{"blocked using", "listed on", "listed in", "blocklist", "blacklist", "your email address", "your e-mail address", "your address has", "sender address",
		// a client banned for it is the receiver's standing block of its address (bms.py 'Banned for dictionary
		// attacks', blindan-0001): batches AM's and AN's local-ban kind (strongRules)
		"banned for"}},
	{cat: CategoryPolicyRejected, any: []string{reply535Literal}, unless: []string{"base64", "syntax", "malformed", "decode", "protocol error", "missing credentials", "credentials missing"}, why: "a 535 reply refuses the SMTP client's AUTH credentials (RFC 4954 §6 '535 5.7.8 Authentication credentials invalid'; policy_rejected by the corpus README's convention for SMTP AUTH): whatever it says about the user ('No such user', 'user unknown') is the client's login, not the recipient's address; an AUTH exchange that is not base64 stays syntax (batch W's kind), as does one the server could not follow (batch AL's kind below)"},
	{cat: CategoryPolicyRejected, why: "an account announced as about to be barred is the sending account warned, not the recipient's state (issue 14's kind 1; herculiz trojan_detector '550 000009 this account will be disabled!', blindaj-0030)", any: []string{
		"account will be disabled", "account will be suspended", "account will be blocked", "account will be locked",
		"account will be closed", "account will be terminated", "account will be deactivated", "account will be banned",
	}, unless: []string{"recipient", "mailbox", "inactivity"}},
	{cat: CategoryPolicyRejected, why: "the sender's address or domain not verified with the sending service: the service's rule on who may send through it, not a verdict of the recipient's side (Amazon SES 'Message rejected: Email address is not verified. The following identities failed the check in region …'; Tencent Cloud SES's NotAuthenticatedSender in its JSON response, blindas-0047)", any: []string{
		"notauthenticatedsender", "email address is not verified", "identities failed the check", "sender address is not verified",
		"sender is not verified", "unverified sender", "sender identity is not verified", "domain is not verified",
	}},
	{cat: CategoryPolicyRejected, why: "the sender's own account is disabled or blocked by its provider (submission servers, ESP relays); not the recipient's mailbox", any: []string{
		"sender account && disabled", "sender account && suspended", "sender account && locked", "sender account && blocked",
		"sender's account && disabled", "sender's account && suspended", "sending account && disabled",
		"sending account && suspended", "your account && disabled", "your account && suspended",
		"your account && blocked", "your account && locked", "your account && not active", "your account && inactive",
		"sending for this account", "account is not allowed to send", "sender && suspended",
		// the sender's own address or its provider's outbound relay refused (MailChannels
		// [SB01] "Your email address has been blocked due to complaints", Spectrum/RR
		// "Outbound Mail Refused" at MAIL FROM)
		"your email address && blocked", "your e-mail address && blocked", "your address && blocked",
		"sender address && blocked", "sender's address && blocked", "outbound mail refused", "outbound email refused",
		"outbound mail blocked", "outbound email blocked",
	}, all: [][]string{senderAccounts, accountBarred}, unless: []string{"blocked using", "listed", "spamhaus", "blocklist", "blacklist",
		// an account blocked for its rate is the rate's (saslpolicyd's '510 Your account is blocked
		// due rate limits', probe CD cd-003)
		"rate limit", "due rate", "sending limit"}},
	{cat: CategoryPolicyRejected, why: "the sender's own account barred, in the NDR languages: an account noun, a sender noun and a barred-word anywhere ('Le compte expéditeur est suspendu', 'Das Konto des Absenders ist deaktiviert', '发件人账户已被冻结')",
		all: [][]string{accountNouns, senderWords, accountBarred}, unless: []string{"blocked using", "listed", "spamhaus", "blocklist", "blacklist",
			"empfanger", "destinataire", "destinatario", "ontvanger", "получател", "受信者", "宛先", "收件人"}},
	{cat: CategoryPolicyRejected, why: "the sender not recognized as a valid one, in the NDR languages: Exchange Online's restricted-sender report (550 5.1.8 'Access denied, bad outbound sender': 'you weren't recognized as a valid sender … suspected of sending spam … no longer allowed to send') as Microsoft Learn's localized pages word it ('不是有效的发件人', 'не распознаны как допустимый отправитель', probe_av av-092/096): the sender's side, whatever it says of spam or of delivery. Whole phrases, the adjective beside the noun: the words apart are in 'endgültig', 'допустимого размера', '有効期限' (review S22C-1)", any: validSenderPhrases,
		unless: []string{
			"empfanger", "destinataire", "destinatario", "ontvanger", "получател", "受信者", "宛先", "收件人",
			// a sender valid by a named check is that check's (Orange's 'Emetteur invalide, …
			// configuration SPF/DNS', 'Absendern mit gültiger DKIM-Signatur')
			"spf", "dkim", "dmarc", "dns", "signatur", "ptr", "reverse"}},
	{cat: CategoryServerError, why: "the sending MTA's own credentials table and queue: its own fault, which it retries, whatever relay or recipient it names (OpenSMTPD mta.c 'Could not retrieve credentials', mta_session.c 'Error reading body', blindah-0010/0015; 'Temporary failure in user lookup' of its delivery agent)", any: []string{
		"retrieve credentials", "credentials lookup", "error reading body", "error reading message", "error reading the message",
		"error reading queue", "temporary failure in user lookup",
	}},
	{cat: CategoryAuthenticationFailed, why: "SPFBL's reply to a sender whose SPF check fails ('550 5.7.1 SPFBL check failed.', leonamp/SPFBL ServerSMTP.java, the SPF FAIL case; probe BD bd-052): SPFBL names its SPF verdict so, its block list says 'SPFBL BLOCKED'", any: []string{
		"spfbl check failed",
	}},
	{cat: CategoryBlocklisted, why: "SPFBL's block list: '550 5.7.1 SPFBL BLOCKED' (and 'SPFBL BANNED') when the sender or its IP is listed (leonamp/SPFBL ServerSMTP.java)", any: []string{
		"spfbl blocked", "spfbl banned",
	}},
	{cat: CategoryServerError, why: "the receiving server's SMTP AUTH back end failing for now: Postfix smtpd answers '454 4.7.0 Temporary authentication failure: <SASL reason>' when its SASL server (Cyrus, Dovecot auth) errs, not when the credentials are wrong (smtpd_sasl_glue.c; probe BC bc-007); the credentials refused are '535 5.7.8 Authentication credentials invalid'", any: []string{
		"temporary authentication failure", "authentication temporarily unavailable", "authentication service temporarily unavailable",
		"temporary authentication error", "authentication server unavailable", "authentication backend",
	}},
	{cat: CategoryServerError, why: "the receiving side's own delivery chain: its LMTP/local socket, a user's .forward file, the quarantine store (Postfix 'connect to host[/path]: Permission denied', sendmail 'open timeout on .forward', amavis 'temporarily unable to quarantine')", any: []string{
		"]: permission denied", "socket/lmtp", "/lmtp]", ".forward", "unable to quarantine", "quar+notif failed", "error in processing",
		"local delivery(", "local delivery failed",
	}, unless: recipientStateOutput},
	{cat: CategoryServerError, why: "the receiving server's own content scanner is down or timed out (Postfix milter 'temporary failure', Exim 'spam acl condition: error reading from spamd socket', clamd socket errors, amavis/rspamd timeouts): no verdict on the content was reached", all: [][]string{
		contentScanners, scannerFailures,
	}, unless: []string{"spam detected", "looks like spam", "identified as spam", "classified as spam", "is spam", "scored", "virus found", "infected", "found)", "rejected as spam"}},
	{cat: CategoryServerError, why: "the receiving server's own DNSBL queries refused: Spamhaus answers 127.255.255.252-255 to queries through open or public resolvers and the receiver rejects everyone ('Error: open resolver; https://www.spamhaus.org/returnc/pub/…'); no sender is listed (https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now./)", any: []string{
		"open resolver", "returnc/", "excessive number of queries",
	}},
	{cat: CategoryServerError, why: "the receiving server's own storage or queue (RFC 3463 X.3.1 mail system full, X.4.5 congestion), not a recipient's quota; a resource word next to the server, system, disk or spool it belongs to (Exchange back pressure '452 4.3.1 Insufficient system resources', Exim 'Space shortage', qmail 'qq write error or disk full'), in the NDR languages too", any: []string{
		"disk space", "insufficient system storage", "system storage", "insufficient storage",
		"espace disque", "queue file", "queue is full", "queue full", "disk full", "filesystem full", "file system full",
		"speicherplatz auf dem server", "espacio en disco", "spazio su disco",
		"space shortage", "systemspeicher", "system resources", "schijfruimte", "espaco em disco", "места на диске", "磁盘空间", "ディスク容量",
	}, all: [][]string{serverSubjects, serverResources}, unless: append([]string{
		// a client's pipelined commands overflowing the server's buffer are the client's protocol
		// (smtp-gated "503 5.5.0 <proxy> Pipeline queue full", blindae-0053), not the mail queue
		"pipelin",
		// a function's name that holds a resource's word (R curl's "Error in curl_fetch_memory(…) :
		// Timeout was reached", probe DA da-030): no server's memory
		"fetch_memory",
	}, serverResourceOwners...)},
	{cat: CategoryServerError, why: "the receiving server's own queue congested (RFC 3463 X.4.5 'Mail system congestion': 'the mail system was unable to deliver the message because the mail system was congested', a transient server condition; Postfix's and Sendmail's '452 4.4.5 Insufficient disk space' and qmail's congestion notices): a count of messages in its queue is not a limit on the sender's rate, unless the text says whose traffic it counts", any: []string{
		"system congestion", "system is congested", "mail system congested", "server congestion", "server is congested",
		"queue congestion", "queue is congested", "congested queue", "messages queued", "messages in queue", "messages in the queue",
		"messages in my queue", "messages in our queue", "queue is too long", "queue too long", "queue is overloaded", "queue overloaded",
		"mail queue is full", "backlog of messages", "too many messages in spool", "spool is congested",
		"uberlastung des mailsystems", "systeme de messagerie encombre", "congestion du systeme", "congestion del sistema",
		"sistema congestionado", "sistema congestionato", "systeem overbelast", "перегрузка системы", "システムが混雑", "系统拥塞",
	}, unless: []string{"from your", "your ip", "your host", "your server", "your domain", "your account", "per session", "per connection", "per hour", "per minute", "rate limit", "ratelimit", "for this recipient", "for this user", "for this mailbox"}},
	{cat: CategoryServerError, why: "a quota on the receiving side's own processes, not on a mailbox: run time, CPU, memory, process counts of a delivery agent or filter (maildrop's watchdog 'Timeout quota exceeded.', RLIMIT_CPU/RLIMIT_AS limits of procmail or a pipe); 'quota exceeded' alone stays the recipient's mailbox", any: []string{
		"timeout quota", "time quota", "cpu quota", "cpu time limit", "memory quota", "process quota",
		"cpu limit exceeded", "memory limit exceeded", "watchdog",
	}, unless: []string{"mailbox", "inbox", "storage", "disk quota", "sending", "send quota"}},
	{cat: CategoryServerError, why: "ENOSPC, strerror 'No space left on device': the file system is full, whoever's mailbox was being written (Postfix local(8) 'cannot update mailbox … error writing message: No space left on device'); a user's quota is EDQUOT 'Disk quota exceeded' and a mailbox size limit EFBIG 'File too large' (mailbox_full)", any: []string{
		"no space left on device",
	}},
	{cat: CategoryBlocklisted, why: "the client named for what it has been sending — reported, detected or known as sending spam or unsolicited mail: a verdict on its past traffic, a reputation block, not a judgement of this message's content (ao-apps aoserv deny_spam '550 Your mailer (<ip>) has been reported as sending unsolicited email and has been blocked'; SORBS 'Currently Sending Spam'); a sender's account barred for it is the account's policy", all: [][]string{
		{"reported as sending", "reported for sending", "detected sending", "detected as sending", "known to send", "known for sending",
			"caught sending", "has been sending", "have been sending", "identified as sending", "observed sending", "seen sending",
			"listed as sending", "currently sending spam", "reported as a source", "reported for spam", "reported as spammer", "reported as a spammer"},
		{ipLiteral, "your mailer", "your server", "your mail server", "your smtp server", "your host", "your network", "your ip",
			"sending host", "sending server", "this host", "this server", "this ip", "client host", "your mta", "mail server"},
	}, unless: []string{"account", "user", "mailbox"}},
	{cat: CategoryBlocklisted, why: "the client banned or blocked because of what it sent — viruses, spam, malware: a lock on the client for its past traffic, a reputation block like the phrases above, not a verdict on this message (smtp-gated lang-en.h MSG_VIRUS_LOCKED '554 <proxy> You have been banned because of sending virus or SPAM', blindae-0047); a sender's account barred for it is the account's policy", all: [][]string{
		{"because of sending", "due to sending", "for sending spam", "for sending virus", "for sending malware", "for sending unsolicited",
			"after sending spam", "after sending virus"},
		{"banned", "blocked", "locked", "barred", "blacklisted", "blocklisted"},
	}, unless: []string{"account", "|user|", "mailbox", "message"}},
	{cat: CategoryBlocklisted, why: "the client's address or network said to be blackholed: a listing of the client in the server's own tables or a DNSBL (the MAPS 'Realtime Blackhole List' sense; ZMailer smtpserver policytest.c 'Your network address is blackholed in our static tables', blindae-0019), whatever policy wrapper reports it; a recipient address black-holed by an administrator is that recipient's policy", all: [][]string{
		{"blackholed", "black-holed", "black holed"},
		{ipLiteral, "network", "|ip|", "ip address", "your address", "client", "your host", "your server", "this host", "your mail server"},
	}, unless: []string{"recipient", "mailbox"}},
	{cat: CategoryBlocklisted, why: "'blackholed' said of nothing else: the verdict of a blackhole list on the connecting client, whichever SMTP stage reports it — Postfix's 'Recipient address rejected:' names the RCPT stage its policy service answered at, not the verdict's object (tumgreyspf's blackhole action '550 Service unavailable, blackholed.', a candidate of batch AR that the repeat rule dropped); a mailbox, user or message blackholed is that one's", all: [][]string{
		{"blackholed", "black-holed", "black holed"},
	}, unless: []string{"mailbox", "|user|", "account", "message", "recipient is", "recipient has", "recipient address is", "recipient address has", "address is blackholed", "address has been", "address blackholed", "recipient blackholed", "recipient <", "by administrator", "by the administrator",
		// a temporary block for a rate, or a verdict on spam content, is not a listing (review D1)
		"temporar", "too many", "|rate|", "spam"}},
	{cat: CategoryPolicyRejected, why: "the sender's own domain failing a DNS check is a sender-side refusal (issue 14's kind 1), not the destination's DNS: ZMailer smtpserver smtpcmds.c '451 4.4.3 … policy analysis reports temporary DNS error with your source domain' (blindae-0006), as 'Sender domain must resolve' is labelled; an SPF lookup is authentication and a listed sender domain a listing (their rules)", all: [][]string{
		{"source domain", "sender domain", "sender's domain", "sending domain", "domain of the sender", "mail from domain", "envelope sender domain"},
		{"|dns|", "resolve", "lookup", "look up", "nxdomain", "servfail"},
	}, unless: []string{"|spf|", "dkim", "dmarc", "dnsbl", "|rbl|", "|dbl|", "blacklist", "blocklist", "listed", "target domain", "recipient domain",
		// the client's reverse DNS named next to a sender domain ("without a valid sender domain. Fix
		// reverse DNS for <ip>") is the client's PTR, authentication_failed by its own rule
		"reverse dns", "reverse-dns", "rdns", "|ptr|"}},
	{cat: CategoryPolicyRejected, why: "the sender address's domain without a usable MX or address record is the sender's side (issue 14's kind 1, as the rule above), whatever X.1.7 or 501 syntax code carries it: Apache James ValidSenderDomainHandler '501 5.1.7 sender <addr> contains a domain with no valid MX records' (blindag-0053), read as the 501's syntax", all: [][]string{
		{"|sender", "mail from", "envelope from", "return path"},
		{"no valid mx", "no mx record", "has no mx", "without mx"},
	}, unless: []string{"|spf|", "dkim", "dmarc", "dnsbl", "|rbl|", "listed", "recipient", "rcpt to", "reverse dns", "|ptr|"}},
	{cat: CategoryServerError, why: "the receiving server down for maintenance is the server's own state, whatever security code or greylist-like 'try again later' carries it (RFC 5321 §4.2.3 421 'service not available'; postfwd's documented rule action '450 4.7.1 maintenance ongoing, try again later', blindaq-0038; Haraka 'THE SERVER IS SHUTTING DOWN FOR MAINTENANCE', blindad-0008)", any: []string{
		"maintenance", "wartungsarbeiten", "in wartung", "wegen wartung", "en maintenance", "en mantenimiento", "por mantenimiento",
		"in manutenzione", "per manutenzione", "em manutencao", "wegens onderhoud", "in onderhoud", "メンテナンス中", "系统维护", "服务器维护",
	}, unless: []string{"list maintenance", "maintenance of the list", "mailbox maintenance", "account maintenance", "your mailbox", "mailbox full", "mailbox is full", "quota"}},
	{cat: CategoryServerError, why: "the receiver's own lookup of the user erring or timing out, not the user found missing: Postfix local(8) defers with 'user lookup error' (dsn 4.0.0, SEKOIA's Postfix samples, blindap-0020), Dovecot LMTP 'Failed to lookup user: Internal error occurred' (blind-0589), XMail 'Temporary failure in user lookup' (blindah-0014); a permanent failure or a 'not found' is the user's (blindah-0013)", all: [][]string{
		{"user lookup", "lookup user", "look up user", "lookup of user", "lookup of the user", "recipient lookup", "mailbox lookup"},
		{"error", "temporary", "temporarily", "internal", "unavailable", "timed out", "timeout", "failed to"},
	}, unless: []string{"permanent", "not found", "no such", "unknown", "does not exist"}},
	{cat: CategoryServerError, why: "the receiver's check of the recipient against its back end (a gateway's or filter's callout, Exim's 'verify = recipient/callout') that it could not complete or that timed out: its own machinery failing for now, not the recipient found missing (VIPRE Email Security 'Could not complete recipient callout', probe BP bp-011; Alveni Cloud '451 Time out trying verify RCP', bp-002; Exim's 'Could not complete recipient verify callout'); the sender's address checked instead stays the receiver's policy (blindag-0038)", all: [][]string{
		{"recipient callout", "recipient verify callout", "recipient verification callout", "recipient verify", "recipient verification",
			"verify recipient", "verifying recipient", "verify the recipient", "verifying the recipient", "verify rcpt", "verify rcp", "rcpt callout"},
		{"could not complete", "couldn't complete", "unable to complete", "cannot complete", "can't complete", "not completed",
			"timed out", "time out", "timeout", "temporary failure", "temporary error", "temporarily unavailable",
			"service unavailable", "server unavailable", "backend unavailable", "not responding", "not answering"},
		// what the check found of the recipient is the recipient's state ("550 5.1.1 Recipient verification failed:
		// mailbox unavailable", RFC 5321's stock 550 text; a mailbox disabled or full), review S35-A1
	}, unless: []string{"sender", "not found", "no such", "unknown", "does not exist", "invalid", "rejected",
		"mailbox unavailable", "user unavailable", "account unavailable", "account is unavailable", "mailbox is unavailable",
		"disabled", "full", "quota", "inactive", "suspended"}},
}

// senderAccounts and accountBarred: the sender's own account named with a
// word saying it is barred, in English and the NDR languages ("Le compte
// expéditeur est suspendu", "Absenderkonto gesperrt", "发件人账户已被冻结"):
// the sender's side, never the recipient's disabled mailbox.
var (
	senderAccounts = []string{
		"sender account", "sender's account", "sending account", "account of the sender", "sender mailbox", "sender's mailbox",
		// "your account" in a reply to the sender is the sender's (English "your account" has
		// its own phrases above)
		"ihr konto", "votre compte", "su cuenta", "il tuo account", "uw account", "sua conta", "ваш аккаунт",
		"ваша учетная запись", "お客様のアカウント", "您的账户", "您的帐户",
	}
	// accountNouns and senderWords: the sender's account in the NDR
	// languages, however the two words are joined ("Absenderkonto", "Konto
	// des Absenders", "compte expéditeur", "送信者のアカウント", "发件人账户").
	accountNouns = []string{
		"konto", "compte", "cuenta", "account", "conta", "учетн", "учётн", "аккаунт", "ящик",
		"アカウント", "账户", "帐户", "账号", "帐号", "帳戶",
	}
	senderWords = []string{
		"absender", "expediteur", "emetteur", "remitente", "mittente", "afzender", "remetente", "отправител",
		"送信者", "送信元", "发件人", "寄件人", "寄件者",
	}
	// validSenderPhrases: "a valid sender" in the NDR languages, as
	// Exchange Online's restricted-sender report puts it, the adjective
	// next to its noun ("gültiger Absender", "expéditeur valide",
	// "допустимый отправитель", "有效的发件人", "有効な送信者").
	validSenderPhrases = []string{
		"gultiger absender", "gultigen absender", "gultige absender", "expediteur valide", "expediteur non valide",
		"remitente valido", "remitente no valido", "mittente valido", "mittente non valido", "geldige afzender",
		"remetente valido", "remetente invalido", "допустимый отправитель", "допустимым отправителем",
		"недопустимый отправитель", "действительный отправитель", "有效的发件人", "有效发件人", "有效的寄件者",
		"有效的寄件人", "有効な送信者", "正当な送信者",
	}
	accountBarred = []string{
		"disabled", "suspended", "locked", "blocked", "deactivated", "barred", "frozen", "closed", "not active", "inactive",
		"desactive", "suspendu", "bloque", "ferme", "gesperrt", "deaktiviert", "blockiert", "stillgelegt",
		"deshabilitad", "desactivad", "suspendid", "bloquead", "disabilitat", "disattivat", "sospes", "bloccat",
		"geblokkeerd", "uitgeschakeld", "gedeactiveerd", "opgeschort", "desativad", "suspens",
		"заблокирован", "отключен", "приостановлен", "停止", "無効", "ロック", "凍結", "冻结", "禁用", "停用", "封禁", "锁定", "停權",
	}
)

// serverSubjects, serverResources and serverResourceOwners: a resource
// word (storage, space, memory) next to the machine it belongs to is the
// receiving server's state (RFC 3463 X.3.1 "mail system full", RFC 5321
// 452 "insufficient system storage"), unless the text also names the
// user, mailbox or quota the space belongs to.
var (
	serverSubjects = []string{
		"server", "|system", "spool", "queue", "filesystem", "file system", "partition", "|disk|",
		"serveur", "systeme", "servidor", "sistema", "servers", "systeem", "сервер", "систем",
		"サーバ", "システム", "服务器", "系统", "伺服器",
	}
	serverResources = []string{
		"storage", "disk space", "memory", "resources", "out of space", "no space", "low on space", "space left",
		"speicher", "espace", "stockage", "memoire", "espacio", "almacenamiento", "memoria", "spazio",
		"opslag", "ruimte", "geheugen", "espaco", "armazenamento", "места", "памят", "хранилищ",
		"容量", "メモリ", "ディスク", "空间", "内存", "存储", "磁盘",
	}
	serverResourceOwners = []string{
		"mailbox", "inbox", "quota", "user", "recipient", "account", "folder", "postfach", "benutzer", "empfanger", "konto",
		"boite", "utilisateur", "destinataire", "compte", "buzon", "usuario", "destinatario", "cuenta",
		"casella", "utente", "postvak", "postbus", "gebruiker", "ontvanger", "caixa", "usuario", "conta",
		"ящик", "пользовател", "получател", "メールボックス", "ユーザ", "宛先", "邮箱", "信箱", "用户", "收件人", "郵箱",
		"message size", "message is too", "size limit", "too large", "too big",
	}
)

// contentScanners and scannerFailures: a receiving server's spam or virus
// scanner named together with words saying the scanner itself failed. The
// message was not judged; the server could not judge it (RFC 5321 4yz).
var (
	contentScanners = []string{
		"content filter", "spam filter", "virus scanner", "virus scan", "antivirus", "anti-virus", "|spamd|",
		"|clamd|", "clamav", "amavis", "spamassassin", "rspamd", "|milter", "scanner", "filter service",
		"avastd", "savdid", "fpscand", "ctasd", "|scan|", "virus-scanner", "virus-scan", // smtpf's scanner daemons; "unable to scan"
	}
	scannerFailures = []string{
		"unavailable", "not responding", "not available", "timed out", "timeout", "unable to connect",
		"cannot connect", "can't connect", "failed to connect", "error reading", "error writing",
		"connection refused", "temporary failure", "not running", "no such file", "is down",
		"read error", "write error", "connect error", "open error", "buffer overflow", "unexpected", "unable to",
		"problem running", "error running", "failed to run", "problem with",
		// the scanner named as what failed (smtp-gated spool.c MSG_SCANNER_FAILED '550 5.7.1 <proxy>
		// Scanner failed', blindae-0050), not the message failing a scan
		"scanner failed", "scanner failure", "scanner error", "scan failed", "scan error", "scanning failed",
		"scanner not responding", "scanner is not responding",
		// the scanner reported broken in other words (amavisd-milter mlfi.c mlfi_setreply_tempfail '451 4.6.0
		// Content scanner malfunction', blindaq-0006)
		"malfunction", "not working", "out of order",
	}
)

// recipientStateOutput are a local delivery command's words for the
// recipient's state; when its output says one, that is the diagnosis, not
// "the command failed".
var recipientStateOutput = []string{
	"unknown user", "user unknown", "no such user", "quota exceeded", "over quota", "mailbox is full", "mailbox full",
	"user doesn't exist", "user does not exist",
}

// mechanismRules: an authentication mechanism named without a failure word
// is still the best hint when no stronger phrase decided.
// authNotAFailure vetoes the authentication rules: a spam check, the
// receiver's own signer.
var authNotAFailure = []string{"spam classification", "antispam check", "anti-spam check", "spam checks", "from this range",
	"signing failed", "signing error", "failed to sign", "unable to sign",
	// a rule on the client's country of origin ("550 Not allowed to send from that country", probe BR
	// br-057) is a geographic policy, whatever "not allowed to send from" says elsewhere (as words: a
	// domain may hold "country", review S35B-6)
	"from that country", "from your country", "from this country", "country of origin", "|country is", "|countries|"}

var mechanismRules = []rule{
	{cat: CategoryAuthenticationFailed, any: []string{"|spf|", "|dkim|", "|dmarc|"}, unless: authPassed,
		why: "sender authentication named (RFC 7208/6376/7489) with no more specific reason"},
}

// strongRules are specific phrases, most specific category first. The
// narrow rules (rules_narrow.go) run before them.
var strongRules = []rule{
	// Batch AK's kinds (kinds_ak_test.go).
	{cat: CategoryRateLimited, settled: true, why: "the sender's sending frequency named as the cause, whatever anti-spam stage reports it: a rate (Alibaba Mail's ANTISPAM_BAT 'Reject by behaviour spam … too frequently sending', '454 Transient reject by behaviour spam at DATA State … currently unexpected sending', its resellers' pages j32w2.cn and qcnsw.com: the sender's frequency or connection rate over its limits; blindak-0002, 0005)", any: []string{
		"too frequently sending", "sending too frequently", "send too frequently", "sent too frequently", "sends too frequently",
		"too frequent sending", "sending frequency", "frequency of sending", "unexpected sending", "sending too often",
	}},
	{cat: CategoryRateLimited, settled: true, why: "the client connecting too often, however said ('450 Too frequent connects from <ip>, please try again later', a SaaS's dictionary of failed-mail events, probe BQ bq-040): a connection rate; a listing named beside it is the reason (review S35-A8). And a sending service holding its own IP back on the receiver's throttling feedback (SparkPost's adaptive delivery, '451 4.3.0 [internal] Sending IP temporarily suspended', quoted by infoodle's help, bq-041); an account's sending suspended is its provider's policy (review S35-A6)", any: []string{
		"too frequent connect", "too frequent connection", "connects too often", "connecting too often", "connects too frequently",
		"connecting too frequently", "connections too often", "connections too frequently", "too frequently connect",
		"sending ip temporarily suspended", "sending ip is temporarily suspended",
	}, unless: []string{"spamhaus", "|sbl|", "blocklist", "blacklist", "block list", "black list", "|listed", "dnsbl", "|rbl|"}},
	{cat: CategoryBlocklisted, settled: true, why: "an anti-spam verdict on the sender's *behaviour* (not on this message) is a reputation judgement of the one sending, as 'reported as sending spam' is (batch AD's kind): Alibaba Mail's 'Reject by behaviour spam at DATA State … bad sending', which its reseller's page (zyy100.com) explains as the sending IP's low reputation (blindak-0003); a frequency named with it is a rate (the rule above)", any: []string{
		"behaviour spam", "behavior spam", "spam behaviour", "spam behavior", "spamming behaviour", "spamming behavior", "bad sending",
	}, unless: []string{"too frequent", "frequency", "unexpected sending", "too many", "rate limit"}},
	{cat: CategoryBlocklisted, settled: true, why: "the client's address named as dynamically assigned: a dynamic-range listing, as Spamhaus PBL's is, whatever the submission wrapper around it says (Hotmail '550 5.7.1 Your IP address … appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server' under Exchange's 'The originator does not have permission to submit message', eseutil.net, blindak-0047)", any: []string{
		"dynamically assigned", "dynamically-assigned", "dynamically allocated",
	}},
	{cat: CategorySpamContent, settled: true, why: "an attachment's type or an attachment as such refused by the receiver's filter: the message's content, as archive and file-type filters are (batch X's kind; Italian university mail's 'Disallowed Attach Type', uniroma3.it, blindak-0007)", any: []string{
		"attach type", "attachment type", "disallowed attach", "attachment not allowed", "attachments not allowed",
		"attachment is not allowed", "attachments are not allowed", "forbidden attachment", "attachment forbidden",
	}},
	{cat: CategoryGreylisted, settled: true, why: "a temporary refusal that asks for the mail again after a few minutes, with no rate, limit or fault named: a greylist's retry check (herculiz's as_plugins '450 domain name … is dynamic, please resend your mail in 10 minutes', which accepts the same triple when it comes back, blindaj-0033; postgrey's 'Greylisted, see …, please retry in N seconds')", all: [][]string{
		{"resend your mail in", "resend your message in", "resend the mail in", "resend it in", "please resend in", "send it again in",
			// the same asked as a retry (MDaemon-style '451 MAILBOX UNAVAILABLE - PLEASE TRY AGAIN IN 5
			// MINUTES', blindad-0010; postgrey-style 'please retry in 5 minutes')
			"try again in", "retry in", "please retry in"},
		{"minute", "second"},
	}, unless: []string{"too many", "|rate", "limit", "exceeded", "quota", "busy", "error", "problem", "fault", "maintenance", "overload", "connections",
		// a pace asked of the client ("451 4.7.0 slow down, try again in a minute", a go-smtp server's
		// limiter, probe CQ cq-029): a rate
		// (a greylister's "deferred to slow down spammers, please try again in 5 minutes" is
		// greylisting, review S41B)
		"please slow down", "slow down,", "slow down.", "slow down;", "slow down:", "slow down and", "must slow down",
		"too fast", "too quickly"}},
	{cat: CategorySpamContent, settled: true, why: "a filter's verdict that what the client is sending *now* is spam: this message's content judged, not a listing of the client for its past traffic (herculiz as_plugins '450 you are now sending spam mail! contact our administrator …', blindaj-0035; batch AD's 'reported as sending' stays a listing)", any: []string{
		"now sending spam", "are sending spam mail now", "this mail is spam",
	}},
	{cat: CategoryServerError, settled: true, why: "the receiver's own subsystem or helper daemon not answering: its server fault, as the receiver's own parts failing are (batch R's kind; ZMailer smtpserver's '450 No reply from tracking subsystem', its router and tracker subdaemons, blindae-0039)", all: [][]string{
		{"subsystem", "subdaemon", "sub-daemon"},
		{"no reply", "not responding", "no response", "did not respond", "does not respond", "unavailable", "timed out", "timeout", "failed"},
	}},
	{cat: CategoryServerError, settled: true, why: "qmail's qmail-queue failures ('qq temporary problem', 'qqt failure', 'qq read error', 'qq trouble …'): the receiver's own queue could not take the message, a transient server fault it retries (qmail-smtpd.c 'qq temporary problem', 'qqt failure'; ProLinux E-Mail Server's bounce guide, blindak-0035)", any: []string{
		"qqt failure", "qq temporary problem", "qq read error", "qq write error", "qq soft reject", "qq trouble",
		"qq crashed", "qq timed out", "qq out of memory",
	}},
	{cat: CategoryServerError, settled: true, why: "the receiving side's own network said to be busy or congested: the server's transient condition, retried, not a failed connection of the sender (a Korean portal's '421 4.4.1 CHIC <ip>: Network is busy.', the server unable to answer, oliveit.tistory.com/39, blindaj-0074)", any: []string{
		"network is busy", "network busy", "network is congested", "network congestion", "network is overloaded",
		// the receiver's own load (Sendmail srvrsmtp.c '421 4.3.2 <host>: Too much load; please try again
		// later', its RefuseLA, blindag-0028)
		"too much load", "load average", "system load", "load too high", "load is too high", "high load",
		// a server that refuses or closes connections because it is busy (MailEnable '451 ESMTP MailEnable
		// Service temporarily refused connection … because the server is too busy', maildev/maildev#96,
		// blindak-0023): its own condition, not the sender's connection failing
		"server is too busy", "server too busy", "system is too busy", "because the server is busy", "service is too busy",
	}, unless: []string{"your", "sender", "connections from", "per hour", "per minute"}},
	{cat: CategoryAuthenticationFailed, codes: []string{"x.7.20-26"}, registered: true, settled: true, why: "RFC 7372 registers these codes for one failed sender-authentication check each (X.7.20-22 DKIM, X.7.23 SPF validation failed, X.7.24 SPF validation error, X.7.25 reverse DNS validation failed, X.7.26 multiple checks failed): the code names the check, so the generic fault words around it ('SPF Temporary Error', 'DNS timeout', 'Internal error') do not make it a server, DNS or connection fault"},
	{cat: CategoryConnectionFailed, why: "the TLS library's and the socket layer's own error texts (OpenSSL 'ssl3_get_record:wrong version number', Python ssl 'WRONG_VERSION_NUMBER', Ruby 'SSL_connect returned=1 errno=0 …', strerror(3) EADDRNOTAVAIL/ENETDOWN/ECONNABORTED): the session broke before any reply, so no SMTP meaning applies and MTAs retry", any: []string{
		"wrong version number", "wrong_version_number", "ssl3_get_record", "ssl_connect returned", "sslv3 alert", "tlsv1 alert",
		"cannot assign requested address", "address not available", "network is down", "software caused connection abort",
		"connection aborted", "connection reset by peer",
	}},
	{cat: CategoryServerError, why: "local delivery agent failures (Postfix pipe/local/qmgr); the quoted command name must not matter, but the command's own output, when it names the recipient's state, decides (dovecot-lda 'Unknown user', 'Quota exceeded')", unless: recipientStateOutput, any: []string{
		"command died with signal", "command died with status", "command time limit exceeded", "mail transport error", "mail transport unavailable",
		"temporary failure in local", "queue file write error", "unable to lock for exclusive access",
		// a mailbox lock not obtained is retried: the lock's holder releases it (Exim
		// transports/appendfile.c "failed to lock mailbox <path> (fcntl/flock)", blindag-0063;
		// procmail "Lock failure"; Postfix "unable to lock for exclusive access")
		"failed to lock", "unable to lock", "cannot lock", "could not lock", "lock failure", "lock failed",
		// qmail-local's own failures (qmail-local.c): the local file system, not the recipient.
		"unable to switch to", "unable to chdir", "unable to open filter", "error on maildir delivery", "unable to run qmail",
		"lda: fatal", "deliver: fatal", // dovecot-lda/deliver refusing its own invocation
		// the local mail store's file system (qmail/vpopmail, sendmail mail.local, Postfix local)
		"errno=", "can't create output", "cannot create output", "no such file or directory", "input/output error",
		"can not open new email file", "cannot open new email file",
		// a pipe or command delivery that could not run (msmtpd "554 Cannot start pipe
		// command", Exim "Child process of address_pipe transport returned 127", execve(2)
		// failures of a filter program)
		"pipe command", "start pipe", "pipe transport", "address_pipe", "child process of",
		"could not execute", "cannot exec", "unable to exec", "failed to exec",
	}},
	// TLS before connection failures: "Cannot connect ... STARTTLS is required" is a TLS policy.
	{cat: CategoryTLSRequired, why: "STARTTLS/TLS version/certificate requirements of either side: RFC 3207, RFC 8461 (MTA-STS), RFC 7672 (DANE), RFC 8689 (REQUIRETLS), Gmail 4.7.29", any: []string{
		"must issue a starttls", "starttls command first", "tls is required",
		// encryption named instead of TLS ("5.6.3 Sender ip adress rejected: Your IPv6 address must be send
		// with an encryption", a hoster's documented reply, probe BE be-051)
		"with an encryption", "must be sent encrypted", "must be send encrypted", "encryption is required", "encryption required",
		"requires encryption", "require encryption", "without encryption", "unencrypted delivery",
		// the sending side refusing to send credentials without encryption (OpenSMTPD mta_session.c
		// 'Refuse to AUTH over insecure channel', blindah-0011): TLS's condition, retried
		"insecure channel", "insecure connection", "unencrypted channel", "unencrypted connection",
		"tls required", "requires tls", "require tls", "tls session is required", "tls session required", "did not offer tls",
		"not offer starttls", "must support tls", "does not support tls", "doesn't support tls", "tls not available",
		// the receiver's STARTTLS unavailable for now (Exim smtp_in.c "454 TLS currently unavailable",
		// blindag-0031; Sendmail srvrsmtp.c "454 4.3.3 TLS not available right now"), as RFC 3207 §4's
		// 454 "TLS not available due to temporary reason" is labelled
		"tls currently", "tls unavailable", "tls is unavailable",
		"tls 1.0 and 1.1 are not supported", "tls version", "tls 1.2 or", "tls/sslv3 connection required",
		"ssl connection required", "secure connection required", "encryption required", "requires encryption",
		"encryption needed", "high-strength ciphers", "mta-sts",
		"|dane|", "tlsa", "dnssec-invalid", "starttls-not-supported", "certificate not trusted",
		"certificate verification failed", "certificate verify failed", "certificate-expired", "certificate has expired", "certificate-host-mismatch",
		"untrusted certificate", "server certificate not", "certificate is not trusted", "unverified certificate",
		// rustls' and other TLS stacks' own words for a server certificate they refuse (lettre over rustls
		// 'invalid peer certificate: Other(OtherError(UnsupportedCertVersion))', a Vaultwarden issue, probe BQ
		// bq-017; rustls' UnknownIssuer, NotValidForName, Expired; OpenSSL's 'self-signed certificate')
		"invalid peer certificate", "peer certificate", "unsupportedcertversion", "unknownissuer", "notvalidforname",
		"certificate not valid for",
		// a certificate called invalid or self-signed is the transport's only beside a TLS word: an S/MIME
		// signature's certificate is the message's (review S35-A3)
		"invalid certificate && |tls", "invalid certificate && starttls", "invalid certificate && handshake",
		"self-signed certificate && |tls", "self-signed certificate && handshake", "self-signed certificate && starttls",
		"self signed certificate && |tls", "self signed certificate && handshake", "self signed certificate && starttls",
		"requiretls", "use tls/ssl", "lack of security", "security level", "insufficient security", "not secure enough", "|x509|", "unknown authority", "failed to verify certificate", "sent over a tls connection", "must use tls", "tls-only", "encrypted connection is required",
		"encrypted smtp session", "does not support tls", "certificate not verified", "verschlusselung erforderlich", "tls erforderlich", "chiffrement requis", "tls obligatoire", "cifrado requerido", "crittografia richiesta", "versleuteling vereist", "criptografia necessaria", "требуется tls", "需要tls", "必须使用tls",
	}},
	{cat: CategoryGreylisted, why: "greylisting filters' own wording: postgrey (https://postgrey.schweikert.ch), milter-greylist, sqlgrey, rspamd, Mimecast", any: []string{
		"greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list", "postgrey",
		"internal resources are temporarily unavailable", "internal resource temporarily unavailable", "come back later", "please come back in",
		"|grey|", "|gray|", // a greylist's tag as a word of its own ("450 Temporary rejected: 450 OoBHM Grey")
		"liste grise", "lista gris", "lista grigia", "grijze lijst", "lista cinza", "серый список", "灰名单", "グレイリスト", "not yet authorized to deliver mail from",
		// a client that came back before the greylist's minimum delay (Apache James
		// AbstractGreylistHandler "451 4.4.3 Temporary rejected: Reconnect to fast. Please try again
		// later", blindag-0056, read by 4.4.3 as the destination's DNS)
		"reconnect to fast", "reconnect too fast", "retried too soon", "retry too early",
	}, unless: []string{
		// the sending server blacklisted by the greylist daemon: the list is the verdict, the
		// greylist only the mechanism that keeps it (PolicyD v2 greylisting '450 4.7.1 Greylisting
		// in effect, sending server blacklisted', blindao-0005)
		"blacklisted", "blocklisted", "blacklist", "blocklist",
		// "come back later" after a client that talked before the greeting is the protocol's order
		// (RFC 5321 §4.3.1), not a greylist (smtp-gated "Next time wait for MTA greeting", blindae-0063)
		"before my greeting", "before the greeting", "before greeting", "talk too soon", "talked too soon",
		"before smtp greeting", "transmitting before", "talking before",
	}},
	{cat: CategorySyntaxError, why: "an AUTH mechanism the server does not offer is the AUTH command's argument, protocol (RFC 4954 §4: 'If the requested authentication mechanism is invalid (e.g., is not supported …), the server rejects the AUTH command with a 504 reply', enhanced code 5.5.4, invalid command arguments), whatever X.7 code a server puts on it (RFC 3463's X.7.4 is about the message's security features): Exchange '504 5.7.4 Unrecognized authentication type', Sendmail srvrsmtp.c '504 5.3.3 AUTH mechanism … not available'; the client picks another from the EHLO list (testdata/README.md, 'SMTP AUTH replies'). A mechanism refused for wanting encryption is TLS's, one too weak for the server's policy is policy", any: []string{
		"unrecognized authentication", "unknown authentication", "unsupported authentication", "unsupported sasl",
		"mechanism not supported", "mechanism is not supported", "mechanism not available", "mechanism is not available", "mechanism unavailable",
		// the one mechanism the server takes named instead (ZMailer smtpauth.c "504 5.7.1 … Only 'AUTH
		// LOGIN' supported.", blindae-0034)
		"|only| && |auth| && supported", "auth mechanism && not available", "auth mechanism && not supported",
	}, unless: []string{"tls", "ssl", "encrypt", "too weak", "secure connection"}, settled: true},
	{cat: CategorySyntaxError, settled: true, why: "a client's report, without a reply code, that the server offers no SMTP AUTH at all or not the mechanism it was told to use (UW c-client's 'Secure SMTP authentication not available: <host>', swaks's '*** Host did not advertise authentication' and '*** Auth not attempted, requested type not available', probe CA ca-003, ca-026, ca-027): RFC 4954 §4's 504 for a mechanism not offered, as batch BY's client texts (by-019, by-036) are read. Only without a code: a server's own 'authentication not available' is its back end's trouble", all: [][]string{
		{"advertise auth", "advertise any auth", "advertise smtp auth", "auth not advertised", "authentication not advertised",
			"auth was not advertised", "authentication was not advertised", "authentication not available", "authentication is not available",
			"auth not available", "auth is not available", "authentication not offered", "auth not offered", "requested type not available",
			"authentication type not available", "auth type not available", "authentication method not available",
			"no authentication mechanism", "no compatible authentication", "no supported authentication", "no suitable authentication",
			"no common authentication", "no shared authentication", "no authenticator"},
		{noReplyCodeLiteral},
	}, unless: []string{"too weak", "encryption", "starttls", "|tls|", "|ssl|", "secure connection", "temporar", "try again",
		// AUTH offered only once the session is encrypted is RFC 4954's 538, TLS's; AUTH
		// withheld from an account or an address is the server's policy (review S38 s38-05..08)
		"cleartext", "clear text", "plaintext", "encrypted", "for this account", "for your account", "disabled",
		"administrator", "your ip", "ip address",
		// a provider's verdict quoting what a server it logged in to answered (Gmail's "Send mail as"
		// refusal "… Smtp server does not advertise AUTH capability", tune-0030): the verdict's
		"send mail as", "not delivered"}},
	{cat: CategorySyntaxError, why: "a command line over RFC 5321 §4.5.3.1.4's limit (512 octets with CRLF) is the client's protocol, whatever 421 4.7.0 or 'possible attack' ends the session (Sendmail srvrsmtp.c '421 4.7.0 <host> Command too long, possible attack', blindag-0002, which the model read as a rate; Postfix smtpd 'Error: command too long')", any: []string{
		"command too long", "command line too long", "command is too long",
	}, settled: true},
	{cat: CategorySyntaxError, why: "a count of the client's own syntax or protocol errors ending the session is the protocol, whatever 421 carries it, as W's '421 4.4.2 Error: too many unrecognized commands' is labelled (Exim smtp_in.c '421 <host>: Too many syntax or protocol errors', blindag-0042, which the model read as a rate); a count of bad recipients or failed logins stays their rules'", any: []string{
		"protocol errors", "syntax errors",
	}, settled: true},
	{cat: CategorySyntaxError, any: []string{"duplicate header"}, why: "a header named twice (RFC 5322 §3.6 limits); a DKIM-Signature header named there is not a DKIM failure"},
	{cat: CategoryServerError, why: "the receiver's own checking service for a mechanism down or failing for a while — a DKIM verifier, the receiver's own resolver, an authentication milter said unavailable, not responding or timed out — is the receiver's temporary trouble, not a failed check of the sender (issue 14's kind 2: a mechanism's name is not its failure; SPF's own 'temperror' verdict, RFC 7208 §2.6.6, stays the check's)", all: [][]string{
		authMechanisms,
		{"verification service", "validation service", "checking service", "check service", "authentication service",
			"verification server", "validation server", "verifier", "milter", "daemon", "backend", "our resolver", "local resolver"},
		{"temporarily unavailable", "unavailable", "not available", "not responding", "timed out", "timeout", "internal error", "is down", "overloaded"},
	}, unless: append([]string{"temperror", "no such", "not exist", "nxdomain", "blocked", "listed"}, authPassed...)},
	{cat: CategoryPolicyRejected, any: []string{"you are not allowed to send from", "you are not allowed to send as", "not allowed to send from this address",
		// the same refusal with "authorized" or "permitted" and said of the address, the user or the
		// sender, not of a domain's hosts (Kolab 4's policy service '550 5.7.1 Not authorized to send
		// from this address', blindat-0010; Exchange's 'does not have permissions to send as this sender')
		"send from this address", "send mail from this address", "send email from this address", "send as this address",
		"send as this user", "send as this sender", "send as this mailbox", "send on behalf of this user",
		"permissions to send as", "permission to send as", "permission to send on behalf"},
		// a domain's SPF or DMARC policy that does not permit the client is the mechanism's verdict (review D6)
		unless: []string{"|spf|", "|dkim|", "|dmarc|", "sender policy framework"},
		why:    "a submission server refusing the authenticated user an envelope or From address it does not own (Stalwart '501 5.5.4 You are not allowed to send from this address', RFC 6409 §6.1); an SPF verdict names the domain's policy instead"},
	{cat: CategoryPolicyRejected, why: "rights the sender lacks — delegation, send-as, privileges or permissions said insufficient — are the server's access rule, whatever reply code carries them: a syntax-class code (500–504) says the command came out of order, and the text says why (BlueMind's LMTP '503 Message cannot be delivered because of insufficient delegation rights.', blindat-0020); a delivery agent's file permissions are the server's (']: permission denied' above)", any: []string{
		"delegation rights", "delegation right", "delegate rights", "delegated rights", "send-as right", "send as right", "sendas right",
		"insufficient && rights", "insufficient && privileges", "insufficient && privilege", "insufficient && permissions",
		"insufficient && permission", "insufficient access", "not enough rights", "not enough privileges", "not enough permissions",
		"lacks the right", "lack the right", "lacks permission", "lack permission",
	}, unless: []string{"]: permission denied", "file", "directory", "maildir", "storage", "disk", "permissions on", "permission on", "privileges on", "lookup failure",
		// the receiver's own access to the mailbox ("insufficient permissions to write to mailbox", review D5)
		"to write", "write to", "writing", "to read", "to open", "mailbox unavailable"}},
	{cat: CategoryAuthenticationFailed, why: "SPF/DKIM/DMARC/ARC failures (RFC 7208, 6376, 7489, 8617) and reverse-DNS (PTR) requirements; a mechanism counts only with a failure word", any: []string{
		"spf fail", "spf check", "spf record", "sender policy framework", "domainkeys",
		"arc validation", "arc-seal", "arc seal", "5322.from", "authentication results", "authentication checks",
		"authentication information", "domain authentication fail", "sender is unauthenticated",
		"because it is unauthenticated", "message is unauthenticated", "unauthenticated email", "unauthenticated mail",
		"authenticate with either", "required authentication level", "authentication requirements defined",
		"reverse dns", "reverse-dns", "|rdns|", "|ptr|", "ptr record", "ptr-record", "reverse mapping", "reverse lookup",
		"reverse hostname", "cannot find your hostname", "can't find your hostname", "cannot resolve your address",
		"does not resolve to", "no reverse", "ip name lookup failed", "hostname does not match",
		// the client's address without a name, however the receiver spells it ("5.6.2 Sender ip adress
		// rejected: Your IPv6 address do not have a reverse look name", a hoster's documented reply,
		// probe BE be-050; AT&T/BellSouth "421-failure in DNS look-up." for a client without rDNS,
		// worldnet.att.net's block summary, be-020)
		"reverse look", "reverse name", "failure in dns look-up", "failure in dns lookup",
		"mismatches client ip", "rtr:rd", "cxdns", "cxsndr", "not designated", "not a permitted sender",
		"is not allowed to send mail from", "not allowed to send from", "doesn't allow sending mails from",
		"not permitted by the domain owner", "invalid ip for sending mail of domain", "unverifyable sending ip",
		// DMARC by RFC 7489's own term for who publishes it ("Domain Owner"), as Outlook.com words its
		// refusal ('could not be delivered due to domain owner policy restrictions', a debian-user
		// thread's Hotmail bounce of list mail, probe BP bp-026)
		"domain owner policy", "domain owner's policy", "domain owners policy", "domain owner's dmarc", "domain owner dmarc",
		"policy of the domain owner", "policy published by the domain owner", "domain owner's published policy",
		"without a valid sender domain", "invalid rdns", "no ptr", "not authorized to send from", "not authorized to send mail from",
		"not authorised to send from", "not authorized to send on behalf",
		"fcrdns", "forward-confirmed", "ip in client name", "ip in ptr", "ip in rdns", "no key for signature",
		// the client's name checked forward in DNS (Haraka helo.checks "HELO host has no forward
		// DNS match", "cannot achieve forward DNS match"): the same identity check as FCrDNS
		"forward dns",
		// the client's address or host name that does not resolve, under the sender-address code
		// X.1.8 too: Sendmail cf/m4/proto.m4 FEATURE(require_rdns) "451 4.1.8 Client IP address
		// <ip> does not resolve", "451 4.1.8 Possibly forged hostname for <ip>" (blindag-0024,
		// 0025); NaviServer nssmtpd "421 Service not available, could not resolve the hostname",
		// sent when the client's address has no name (blindaf-0015)
		"client ip address && not resolve", "possibly forged hostname", "resolve your hostname",
		"service not available && resolve the hostname",
	}, all: [][]string{authMechanisms, authVerdicts}, unless: authNotAFailure},
	{cat: CategoryAuthenticationFailed, why: "the client's IP as the subject of 'not authorized/permitted/allowed to send' for, from or on behalf of a domain, whatever is sent: SPF's fail explanation (RFC 7208 §8.4, §6.2 exp= '<ip> is not authorized to send mail for <domain>'), also without the word SPF and after a stage word (lavabit/magma smtp.c '550 MESSAGE BLOCKED - … THE ADDRESS [<ip>] IS NOT AUTHORIZED TO SEND MESSAGES FROM <sender>'); without an IP, or 'to' a destination, the same words are a sender or recipient rule (policy)", all: [][]string{
		{"not authorized to send", "not authorised to send", "not permitted to send", "not allowed to send"},
		{ipLiteral},
		{" from ", " for ", "on behalf of"},
	}},
	{cat: CategoryAuthenticationFailed, why: "the client's IP said not to belong to the sender's domain is SPF's verdict in other words (RFC 7208 §2.4: the domain names the hosts that may send for it; herculiz site_protection '450 000023 it seems your IP address %s does not belong to domain %s', blindaj-0043)", all: [][]string{
		{"|ip|", "ip address", "ip-address"},
		{"does not belong to", "doesn't belong to", "not belong to", "does not belong with"},
	}},
	{cat: CategoryAuthenticationFailed, why: "the client's HELO/EHLO name checked in DNS and not found (Postfix reject_unknown_helo_hostname '450 4.7.1 <name>: Helo command rejected: Host not found', Exim ACLs 'HELO name does not resolve'): the same forward identity check as FCrDNS (batch X's convention), not the recipient's domain and not a syntax fault",
		all: [][]string{{"|helo", "|ehlo"}, {"host not found", "not resolve", "doesn't resolve", "could not be resolved", "cannot be resolved",
			"can't be resolved", "unresolvable", "no a record", "no a or mx record", "no address record", "no dns record", "lookup failed",
			"no such domain", "does not exist in dns", "not found in dns",
			// the same check worded as a demand or a fact about the name's existence (indimail-mta smtpd.c
			// '553 sorry, helo domain must exist (#5.1.8)', blindaq-0021, which the 5.1.8 sender-domain code
			// answered policy)
			"must exist", "does not exist", "doesn't exist", "non-existent", "nonexistent"}},
		// settled: the check is the same whatever syntax reply code carries it (Apache James
		// ResolvableEhloHeloHandler "501 5.5.4 Provided EHLO/HELO <name> can not resolved.",
		// blindag-0054, which the model read as the 501's syntax)
		settled: true},
	{cat: CategoryAuthenticationFailed, settled: true, why: "a sender authentication record (SPF, DKIM key, DMARC policy) the receiver could not look up for now (Mireka's '451 4.4.3 Unable to query for a DMARC record', probe BZ bz-021): the check could not be made, deferred, as the sets read SPF and DMARC lookup failures; settled, since the model read the query's words as the destination's DNS", all: [][]string{
		{"|spf|", "|dkim|", "|dmarc|", "domainkey"},
		{"unable to query", "could not query", "cannot query", "failed to query", "query failed", "lookup failed", "error looking up",
			"lookup error", "dns error", "dns timeout", "servfail", "temporary error", "temporary failure"},
	}, unless: []string{"|pass|", "=pass",
		// the receiver's own DNS or the sender's own signer failing, or another cause the
		// reply names beside the mechanism (review S37-3: "Internal DNS error on this server
		// while checking DMARC", "blocked using zen.spamhaus.org; SPF temporary error",
		// "rejected as spam … SPF temporary error", "User unknown … (SPF temporary error …
		// ignored)", "DKIM signing failed: temporary failure reading the private key")
		"internal", "this server", "our side", "our dns", "our resolver", "local resolver", "signing", "signer", "ignored",
		"blocked using", "listed", "|spam|", "virus", "user unknown", "unknown user", "no such user", "mailbox", "greylist",
		"rate limit", "too many"}},
	{cat: CategoryAuthenticationFailed, why: "a mechanism named with a word for its parts or the receiver's decision ('DMARC policy', 'SPF record', 'DKIM signature … rejected'), unless the text says the check passed ('DKIM=pass, SPF=pass, spam score 9.8': the verdict is about the content)",
		all: [][]string{authMechanisms, authWeakVerdicts}, unless: append(append(append([]string{}, authNotAFailure...), authPassed...), authRateWords...)},
	{cat: CategoryRateLimited, settled: true, why: "the sender's own volume named as the cause of a block, a denial or a bar for a while: a rate, whatever block, denial or time window follows (herculiz special_protection/inmail_frequency '550 000001 you have sent too many mails to some clients, your ip will be blocked in 20 minutes', blindaj-0026/0027; a Korean portal 'Error.your access was denied. Since you sent too many e-mails, you are not allowed to send more e-mails within 24 hours', blindaj-0078, https://puffinknight.tistory.com/102); settled: the model reads the block and denial words as a listing or a policy", any: []string{
		"you have sent too many", "you sent too many", "you've sent too many", "has sent too many", "have sent too many",
	}, unless: []string{"unknown recipients", "invalid recipients", "bad recipients", "non-existent recipients", "errors", "spamtrap", "spam trap"}},
	{cat: CategoryRateLimited, why: "a temporary block for the client's own error rate, not a listing (SocketLabs '421 4.5.1 Too many errors, you have been temporarily blacklisted')", any: []string{
		"too many errors && temporarily blacklisted", "too many errors && temporarily blocked", "too many errors && temporarily blocklisted",
	}},
	{cat: CategoryPolicyRejected, why: "a list entry for the recipient (smtpf access-map To: and From:To: REJECT, 'recipient <a@b> black listed'): the recipient is refused here, the sender is not listed", any: []string{
		"recipient < && > black listed", "recipient < && > blacklisted", "recipient < && > blocklisted",
		"blacklisted recipient", "blocklisted recipient", "recipient blacklisted", "recipient is blacklisted",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a list entry for the recipient, the recipient named before the list it is on (gromox mda/smtp/resource.cpp '554 RCPT <a@b> is in the blacklist', blindaj-0023): the receiver refuses that recipient; the sender and the client are not what the list holds (settled: the model reads the list word as a listing of the client)", all: [][]string{
		{"rcpt ", "recipient "},
		{"in the blacklist", "on our blacklist", "in our blacklist", "on the blacklist", "in the deny list", "on our deny list",
			"in the denylist", "in the blocklist", "on our blocklist", "is blacklisted", "is denylisted"},
	}, unless: []string{"sender", "client", "your ip", "ip address", "blocked using", "spamhaus", "listed in", "listed on", "host",
		// what else is named on the list ("Your domain name is blacklisted", a file's extension, a domain
		// "blacklisted at" an RHSBL), and the stage an MTA's wrapper names ("in reply to RCPT TO command")
		"domain", "file", "attach", "extension", "blacklisted at", "in reply to rcpt", "after rcpt"}},
	{cat: CategorySpamContent, why: "what is on the list decides: a file, its extension or type on a black list or banned is the message's content, as URLs and MIME parts are (batch R's kind), not a listing of the client (courier-pythonfilter attachments.py '554 The extension of the attached file is blacklisted'; amavis banned_filename_re 'BANNED'; Exim ACL 'blacklisted file extension')", all: [][]string{
		{"attachment", "attached file", "file extension", "extension of the attached", "extension of attached", "file type", "filetype",
			"file name", "filename", "mime type", "mime part", "file with extension"},
		{"blacklisted", "blocklisted", "black listed", "banned", "forbidden", "prohibited", "not allowed", "not permitted", "disallowed", "on our black"},
	}, unless: []string{"size", "too large", "too big", "exceed", "limit", "too many"}},
	{cat: CategorySyntaxError, why: "an ESMTP extension or parameter the server does not support is the command's argument (RFC 5321 §4.1.1: 555 MAIL/RCPT parameters not recognized, 504 not implemented), whatever code carries it (hMailServer SMTPConnection.cpp '550 Unsupported ESMTP extension: XFORWARD', blindai-0014)", all: [][]string{
		{"extension"},
		{"unsupported", "not supported", "unknown", "unrecognized", "unrecognised", "not recognized", "not implemented"},
	}, unless: []string{"file extension", "extension of the", "extension of attached", "attachment", "attached", "filename", "file name"}},
	{cat: CategoryBlocklisted, why: "the client or sender named as a spammer is a reputation listing of the one sending, not a verdict on this message (XMail SMTPSvr.cpp '504 You are registered as spammer', from its spammers table, blindah-0003); a recipient's own reject list stays the receiver's policy", any: []string{
		"registered as spammer", "registered as a spammer", "known spammer", "identified as a spammer", "identified as spammer",
		"listed as a spammer", "listed as spammer", "flagged as a spammer", "recognized as a spammer", "recognised as a spammer",
		// a named list's or service's verdict on the one sending, in its own terse words (a hoster's
		// dynamic-DNS check '550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom', The Access Group's
		// reject list, probe BP bp-013): the sender called a spammer, not the message spam
		"says spammer", "says you are a spammer", "says you're a spammer", "thinks you are a spammer",
		"reported as a spammer", "reported as spammer", "considered a spammer", "considered as a spammer",
		"considered as spammer", "classified as a spammer", "classified as spammer", "marked as a spammer",
		"marked as spammer", "detected as a spammer", "detected as spammer", "suspected spammer",
		"you are a spammer", "you're a spammer", "you are a known spammer",
	}, unless: []string{"reject list", "user's", "recipient", "are you a spammer"}},
	{cat: CategorySpamContent, why: "a keyword filter's verdict on the subject, a header, the body or an attachment's name is the message's content, whatever list holds the word (herculiz keyword_filter '550 000052 mail subject contains illegal keyword [%s]', domain_keyword 'specified keyword of domain found in this mail', blindaj-0050/0053/0054); scam and fraud verdicts likewise (herculiz scamming_filter 'please don't send scamming email!', blindaj-0039)", any: []string{
		"illegal keyword", "forbidden keyword", "banned keyword", "blacklisted keyword", "prohibited keyword", "blocked keyword",
		"keyword of domain", "keyword found", "keywords found", "contains keyword",
		"forbidden word", "banned word", "prohibited word", "blacklisted word", "bad word",
		"|scam|", "scamming", "scam mail", "scam e-mail", "scam email", "scam message",
	}},
	{cat: CategorySyntaxError, why: "'illegal' said of what the client sent — an address, a header, the HELO name, a character, a command or line — is its form, as 'invalid … syntax' is (herculiz address_checker 'it seems your address \"%s\" is illegal', headerfrom_filter 'header from in your mail is illegal', hello_filter 'domain name %s after helo is illegal', blindaj-0044/0038/0041); what else is illegal decides (an attachment or keyword is content, relaying the policy)", all: [][]string{
		{"address", "header", "helo", "ehlo", "character", "command", "line"},
		{"is illegal", "illegal character", "illegal header", "illegal address", "illegal command", "illegal line", "illegal helo"},
	}, unless: []string{"attachment", "keyword", "relay", "content", "file", "spam", "virus", "ip address"}},
	{cat: CategorySyntaxError, why: "a message that does not follow its format's standard (RFC 5322, MIME's content-transfer-encodings, RFC 2045 §6) is syntax, whatever 4xx carries it (gromox '451 Message doesn't conform to the EMIME standard.', blindaj-0006; herculiz base64_encoding '450 000047 base64 encoding of mail content error, please try later!', blindaj-0048; '554 Message does not conform to standards', blindab-0020)", all: [][]string{
		{"not conform", "n't conform", "non-conforming", "nonconforming", "not compliant", "non-compliant"},
		{"standard", "rfc", "mime", "format", "specification"},
	}, any: []string{
		"encoding error", "encoding of mail content error", "base64 encoding", "quoted-printable encoding",
		"invalid mime encoding", "mime encoding error", "transfer-encoding error",
	}, unless: []string{"polic", "guideline", "tls", "ssl"}},
	{cat: CategorySpamContent, why: "what is on the list decides: a domain the message contains (a link's host, checked against a URI list such as SURBL or URIBL) is the content, not a listing of the client or the sender's domain (Apache James URIRBLHandler '554 5.7.1 Rejected: message contains domain <d> listed by <uribl>', blindag-0055, read by the list's name as a listing); a sender domain or HELO name on the same lists stays blocklisted", any: []string{
		"message contains domain && listed", "contains a listed domain", "domain in the message && listed",
	}, unless: []string{"sender domain", "helo", "mail from", "from domain", "signing domain"}},
	// Batch AL's kinds (kinds_al_test.go).
	{cat: CategoryPolicyRejected, settled: true, why: "the client's HELO/EHLO name refused by the receiver's own list of names: a rule on what the client calls itself, policy like 'Forbidden HELO/EHLO' (batch AE's kind), not a listing of its address, whatever 'not allowed to connect' says (haraka-plugin-access's helo regex list '550 <name> That HELO is not allowed to connect', blindal-0051; sagredo-dev/qmail's qregex '553 sorry, your HELO host name has been denied')", all: [][]string{
		{"helo", "ehlo"},
		{"is not allowed", "not allowed to connect", "is not permitted", "has been denied", "is denied", "is forbidden", "is blacklisted", "is blocked",
			// the same refusal without the verb (SnertSoft milter-link's access-db HELO entry '550 5.7.1 HELO <name> blocked', blindam-0002)
			"blocked"},
	}, unless: []string{"does not resolve", "not resolve", "not found", "fully-qualified", "fully qualified", "invalid", "syntax",
		"spamhaus", "spamcop", "barracuda", "|rbl|", "dnsbl", "listed"}},
	// Batches AM's and AN's kinds (kinds_an_test.go), and the IronPort text the sets labelled two ways.
	{cat: CategoryBlocklisted, settled: true, why: "Cisco IronPort/ESA's HAT rejection sent at RCPT TO: with HAT Delayed Rejection on, 'all RCPT TO commands are rejected with text explaining that access to send e-mail is refused' for connections 'that would get dropped based on the HAT Sender Group and Mail Flow Policy' (User Guide for AsyncOS 9.7 for Cisco Email Security Appliances, ch. 26 'HAT Delayed Rejection'; ch. 7 'Defining Which Hosts Are Allowed to Connect Using the Host Access Table'): the connecting host refused by the sender group its address or SenderBase reputation falls in (the BLOCKED policy), a block of the one sending, not a rule about the sender or recipient address — tune-from-blind-0212 and eval-0630 (corrected from policy), whose answer flipped with each retraining", any: []string{
		"access to submit messages to this e-mail system has been rejected", "access to submit messages to this email system has been rejected",
	}},
	{cat: CategorySpamContent, settled: true, why: "a refusal naming a part of the message's own content — its Subject, its charset, its header contents, scripts in it, solicitation, its language, an unedited forward — is a content filter's verdict on this message, not a rule about the sender or recipient, whatever 'not allowed' or 'violates site policy' says (sdgathman/milter bms.py's header filters 'That subject is not allowed', 'We don't understand that charset', 'No soliciting allowed', 'I find unedited forwards annoying', 'Watch your language', blindan-0020…0024; j-chkmail's 'Header contents violates site policy' and 'HTML scripts inside header', blindam-0033, 0036); the form of a header (too long, missing, malformed, its encoding) stays syntax", all: [][]string{
		{"subject", "charset", "header contents", "html scripts", "soliciting", "solicitation", "your language", "unedited forward"},
		{"not allowed", "violates", "inside header", "annoying", "watch your", "don't understand", "no soliciting", "is forbidden"},
	}, unless: []string{"too long", "syntax", "malformed", "missing", "invalid", "encoding", "8bit", "smtputf8", "utf8"}},
	{cat: CategorySpamContent, settled: true, why: "a worm or trojan named is the content refused, as a virus named is, with or without a verb saying so: a scanner's or a rule's name for what it found in this message (j-chkmail's 'mail looks like SoberG worm', blindam-0072; milter-regex's sample rule '554 5.7.1 Swen worm (caps)', blindao-0012, which the verb this rule once demanded missed)", any: []string{
		"|worm|", "|worms|", "|trojan|", "|trojans|",
	}},
	{cat: CategoryRateLimited, settled: true, why: "the sender's counted allowance for a period — a daily, hourly or monthly message, recipient or traffic quota or limit exceeded — is its sending rate, whatever restriction stage reports it ('Sender address rejected:' is where Postfix's check_policy_service hands the verdict back; mtpolicyd Quota.pm 'smtp traffic quota has been exceeded', HowtoAccountingQuota 'you exceeded your daily message limit', blindan-0040, 0044); a mailbox's storage quota is not one", all: [][]string{
		{"daily", "hourly", "monthly", "traffic quota", "message limit", "recipient limit"},
		{"exceeded", "reached"},
	}, unless: []string{"mailbox", "storage", "disk", "inbox"}},
	{cat: CategoryRateLimited, settled: true, why: "the client's count of failed commands in a session reached the receiver's limit: a rate of errors, as 'too many invalid addresses' (batch AL's kind) and 'too many bad commands' are (SnertSoft milter's '550 5.7.1 too many failures <n> from <host>', blindam-0015)", any: []string{
		"too many failures", "too many failed commands",
		// the sending MTA's own count of its failed attempts at every MX ('Error: Too many failures
		// (Tried all MXs)', a hoster's returned-mail text, probe BP bp-022) is its connections failing
		// (the all-MX summary below), not a receiver's limit on the client's errors
	}, unless: []string{"authentication", "login", "password", "tried all", "all mx", "|mxs|", "mail exchanger"}},
	{cat: CategoryBlocklisted, settled: true, why: "the receiver's own judgement of the one sending — a ban of its address for dictionary attacks or spamming, a sender domain that 'has been sending mostly spam', a hit on a spam trap or honeypot — is a reputation block, whatever refusal word carries it (bms.py 'Banned for dictionary attacks', '<domain> has been sending mostly spam', blindan-0001, 0019; mtpolicyd Honeypot 'trapped by honeypod', blindan-0037; j-chkmail 'Message to spamtrap', blindam-0038); a spam-trap product's content verdict and ZMailer's 'SPAM trap -- too many recipients for an empty source address' (policy, batch AE) are not", any: []string{
		"banned for dictionary attack", "banned for spamming", "sending mostly spam", "message to spamtrap", "message to a spam trap",
		"hit a spam trap", "honeypot", "honeypod", "trapped by",
	}, unless: []string{"content", "message body", "technology", "too many recipients"}},
	{cat: CategorySyntaxError, settled: true, why: "the form of what the client sent — a bare IP as the HELO name, an unknown or badly formed command parameter, a MIME boundary that does not parse, a malformed message, a wrongly formatted field, raw binary data — is syntax, whatever 5.7.x or refusal word a filter puts on it (bms.py 'hello name cannot be numeric ip', 'Invalid RCPT PARAM', 'Boundary error in your message, are you a spammer?', blindan-0003, 0016, 0028; SimpleLogin's 'Wrongly formatted subject', blindan-0071; 'Malformed mail denied!', blindan-0075; Qsmtp's 'Badly formed parameter', j-chkmail's 'Binary message', blindam-0042, 0077)", any: []string{
		"cannot be numeric ip", "invalid rcpt param", "invalid mail param", "badly formed parameter", "boundary error",
		"malformed mail", "malformed message", "wrongly formatted", "binary message",
	}, unless: []string{"virus", "as spam", "spam content"}},
	{cat: CategorySyntaxError, settled: true, why: "what the client sent is malformed as protocol: RCPT TO the null address <> (only MAIL FROM may be empty, RFC 5321 §4.5.5; Qsmtp's '553 5.1.0 cannot deliver to null address', blindam-0016), a command line overrunning the server's input buffer (Qsmtp's '550 Maximum buffer length exceeded', blindam-0044: a line too long, not a message size), an initial response to an AUTH mechanism that allows none (Qsmtp's '501 5.7.0 authentication mechanism does not support initial response', blindam-0063; the SMTP AUTH convention: the exchange's form)", any: []string{
		"to null address", "maximum buffer length", "buffer length exceeded", "does not support initial response", "initial response not allowed",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a check of the sender's own domain — its mail exchangers' addresses, its lack of an MX — is the receiver's rule on who may send, about the sender, not the recipient's domain failing to resolve or a connection failing (issue 14's kind 1; Qsmtp's '501 5.4.0 all your mail exchangers have IPv6 addresses and I am an IPv4-only host', '… none of your mail exchangers has a routable address', blindam-0060, 0061; '550 No MX for your FROM address', blindam-0078; 'your domain has no DNS/MX entries', batch AK's settled kind)", any: []string{
		"your mail exchanger", "none of your mx", "no mx for your", "your from address has no mx",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a refusal of a bounce the receiver never caused — backscatter to a forged sender — is its policy on DSNs, not an SPF verdict on this mail, though it recommends SPF (bms.py forged_bounce 'I did not send you that message. Please consider implementing SPF … to avoid bouncing mail to spoofed senders', blindan-0030)", any: []string{
		"did not send you that message", "to spoofed senders",
	}},
	{cat: CategoryAuthenticationFailed, settled: true, why: "a receiver that requires the sender's SPF check to pass names the SPF requirement the mail did not meet (spfmilter.py's spf-neutral policy '<receiver> requires an SPF PASS to accept mail from <sender>', blindan-0049; bms.py's 'mail from <domain> must pass SPF')", any: []string{
		"requires an spf pass", "must pass spf", "spf pass required",
	}},
	{cat: CategorySpamContent, settled: true, why: "a URI or URL in the message refused by the filter is the content refused (SnertSoft milter-link's '550 5.7.1 URI \"<uri>\" blocked', blindam-0001), as a domain the message contains is (batch AG's kind); a URI list named keeps its listing rule", all: [][]string{
		{"|uri|", "|url|"},
		{"blocked", "not allowed", "forbidden", "prohibited"},
	}, unless: []string{"listed", "blocklist", "blacklist", "|rbl|", "|dbl|", "|surbl|", "|uribl|", "spamhaus", "sender", "helo"}},
	{cat: CategoryUserUnknown, settled: true, why: "the recipient's address said not to exist, in the short grammar of a forwarder's status line (SimpleLogin's '550 SL E502 Email not exist', app/email/status.py, for an alias that does not exist, blindan-0068)", any: []string{
		"email not exist", "alias not exist", "alias does not exist",
	}, unless: []string{"sender", "from address", "mail from"}},
	{cat: CategoryMailboxDisabled, settled: true, why: "a recipient mailbox the service never verified is not active: the account's state, like a disabled or inactive one (SimpleLogin's '550 SL E517 unverified mailbox' for a forwarding mailbox whose owner never confirmed it, blindan-0052)", any: []string{
		"unverified mailbox", "mailbox not verified", "mailbox is not verified",
	}, unless: []string{"sender", "from address", "mail from"}},
	{cat: CategoryServerError, settled: true, why: "a receiver reporting, in its own reply, that the internal server it calls ahead to or relays to is not answering, fails to talk or offers no SMTP: the receiving side's own machinery, not the sender's connection, the recipient's DNS or the recipient (SnertSoft milter-ahead's '450 4.7.1 server <host> for <rcpt> not answering', '451 4.4.3 … communication error', '554 … provides no SMTP service', blindam-0011, 0012, 0014); the sending MTA's own 'host not answering' has no reply code before it and matches the connection rules", any: []string{
		"provides no smtp service",
	}, all: [][]string{
		{"|for <", "for recipient"},
		{"not answering", "communication error"},
	}, unless: []string{"connect to", "connection to", "timed out", "timeout"}},
	{cat: CategoryDomainNotFound, settled: true, why: "the destination host's name said to be unknown, in the word order of Japanese ISPs' error lists ('host name is unknown', hocoroco.net's list, blindak-0010): the name does not resolve, as 'host unknown' is; settled because the retrained model of batch AN's session read it as other — the client's or sender's host name unknown is not the destination's", any: []string{
		"host name is unknown", "hostname is unknown",
	}, unless: []string{"client", "sender", "helo", "ehlo", "your", "reverse", "ptr"}},
	{cat: CategoryBlocklisted, settled: true, why: "Trend Micro Email Reputation Services' verdicts as Deep Discovery Email Inspector words them ('450 Temporary denial of connection (450) for Zombie matches (ERS)', '550 Permanent denial of connection (550) for RBL+ matches (ERS)', docs.trendmicro.com DDEI 5.1 online help 'SMTP error codes', blindan-0062): the client's address on ERS's zombie or RBL+ list", any: []string{
		"zombie matches", "rbl+ matches",
	}},
	{cat: CategoryBlocklisted, why: "the client told it is not welcome: the receiver's standing judgement of the one sending, as 'you are not allowed to connect' is (haraka-plugin-access's domain black list 'You are not welcome here.', blindal-0054)", any: []string{
		"you are not welcome", "not welcome here", "you're not welcome", "your ip is not welcome", "your server is not welcome",
	}},
	{cat: CategoryServerError, settled: true, why: "the receiver's own policy machinery failing — its policy daemon erring or its policy file broken — is its server fault, retried, not a policy verdict on the mail (postomaat's DEFER_IF_PERMIT 'internal policy error (no from address)' through Postfix's check_policy_service, blindal-0063; qmail-smtpd's empf patch '454 cannot message <rcpt> (#4.3.0 broken policy)', sagredo-dev/qmail, blindal-0034; Postfix's own '451 4.3.5 Server configuration problem' when its policy server fails) — Zoho's 'restricted by policy error' stays a policy", any: []string{
		"internal policy error", "broken policy", "policy server error", "policy service error", "policy daemon error",
		"policy server failure", "policy service failure", "policy server unavailable", "policy service unavailable",
		"policy server not responding", "policy service not responding", "policy server timeout", "policy service timeout",
		"problem talking to policy", "error talking to policy", "policy lookup failed", "policy map lookup failed",
	}},
	{cat: CategorySyntaxError, settled: true, why: "an AUTH exchange the server could not follow — the credentials missing from the decoded AUTH PLAIN payload, a protocol error in the exchange — is the exchange's form, as a response that is not base64 is (batch W's kind), whatever 535 a server puts on it (Postal's app/lib/smtp_server/client.rb auth_plain '535 Authenticated failed - protocol error' when the payload has no user or password part, blindal-0041)", all: [][]string{
		{"auth", "authentication", "authenticated", "sasl"},
		{"protocol error", "missing credentials", "credentials missing", "credentials are missing"},
	}},
	{cat: CategorySpamContent, settled: true, why: "an encrypted or password-protected archive or attachment refused: what the message carries, which the scanner cannot open, is the content refused, as Haraka's 'Message contains encrypted archive' is (qpsmtpd virus/uvscan '552 We do not accept password-protected zip files!', blindal-0009, which the retrained model read as policy)", any: []string{
		"password-protected zip", "password protected zip", "encrypted zip", "password-protected file", "password protected file",
		"password-protected attachment", "password protected attachment", "encrypted attachment", "encrypted archive",
		"password-protected archive", "password protected archive",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "the check that the sender's domain has a mail exchanger to return mail to (qmail-ldap's 'return MX': '421 DNS temporary failure at return MX check, try again later (#4.3.0)', '554 refused mailfrom because return MX does not exist', probe CB cb-018; before the temporary DNS failure below and the generic 'temporary failure'): a rule on who may send, as the sets label sender-domain checks ('Sender address rejected: Domain not found'), whatever DNS failure it names; retried or not by its code", any: []string{
		// the noun, not the verb ("did not return MX records", review S38B s38b-96..98)
		"return mx check", "return mx does not", "return mx lookup", "return mx not", "return-mx", "return-path mx", "return path mx",
	}},
	{cat: CategoryDomainNotFound, settled: true, why: "a temporary DNS failure in chkuser's word order, said of the recipient domain's MX lookup (CHKUSER_RCPTMX_TMP_STRING '451 4.4.0 DNS temporary failure (chkuser)', sagredo-dev/qmail chkuser_settings.h, blindal-0021): the destination's DNS, retried, as the sets label 'DNS temporary failure looking up <domain>' and 'Temporary DNS failure resolving <domain>' — the sender's domain, SPF or the client's name checked instead is not", any: []string{
		"dns temporary failure", "dns temporary error",
	}, unless: []string{"sender", "spf", "helo", "ehlo", "reverse", "ptr", "rdns", "client", "mail from",
		// qmail-ldap's check of the sender's domain (its "return MX", probe CB cb-018)
		"return mx check", "return mx does not", "return mx lookup", "return mx not", "return-mx", "return-path mx", "return path mx"}},
	{cat: CategoryConnectionFailed, why: "the sending MTA's own summary that every MX of the domain failed or could not be reached: connection failures, retried (Haraka outbound/hmail.js temp_fail 'Tried all MXs', blindal-0038; 'all MXs returned transient failures' as labelled before) — Exim's 'all relevant MX records point to non-existent hosts' is the domain's DNS and matches before", any: []string{
		"tried all mxs", "tried all mx", "tried all mx hosts", "tried all mail exchangers", "all mxs failed", "all mx hosts failed",
		"all mx servers failed", "all mail exchangers failed", "could not connect to any mx", "unable to connect to any mx",
		"could not reach any mx", "no mx could be reached", "no mx host could be reached", "all mx hosts are unreachable",
		"all mxs are unreachable", "all mx servers are unreachable",
	}, unless: []string{"non-existent", "nonexistent", "do not exist", "does not exist", "no mx record", "null mx"}},
	{cat: CategoryConnectionFailed, settled: true, why: "Gmail's delay and failure notices: 'The recipient server did not accept our requests to connect' before the socket error it quotes ('[mx.example.org. 192.0.2.25: timed out]'), in its languages (probe AX ax-034, Italian): the connection failed; the notice's 'did not accept' is no refusal by a rule, and the model, reading the Italian, took it for one", any: []string{
		"did not accept our requests to connect", "requests to connect",
		"richieste di connessione", "solicitudes de conexion", "demandes de connexion", "verbindungsanfragen",
		"solicitacoes de conexao", "pedidos de conexao", "pedidos de ligacao", "verbindingsverzoeken", "verzoeken om verbinding",
	}},
	{cat: CategoryConnectionFailed, settled: true, why: "Exim skipping every host of the domain until its host retry time: its retries are kept per host (per IP address) for a host that is down or unreachable, 'the most common cause of retries' (Exim spec ch. 32 'Retry configuration'; log 'defer (-53): retry time not reached for any host', probe AW aw-008) — a connection failure remembered, retried; a long failure that gave the message up is expired (matched before)", any: []string{
		"retry time not reached for any host", "retry time not reached for any of the hosts", "host retry time not reached",
	}, unless: []string{"failing for a long time", "timeout exceeded"}},
	{cat: CategoryServerError, settled: true, why: "a deferral because the receiver's scan of the message has not finished: its own scanner's state, retried, as a scanner timing out is (batch R's kind) — not a greylist, though it asks to try again later (rspamd's contextal plugin default defer_message 'Awaiting deep scan - try again later', blindal-0075)", any: []string{
		"awaiting deep scan", "awaiting scan", "awaiting a scan", "awaiting virus scan", "scan in progress", "scanning in progress",
		"scan pending", "pending scan", "still being scanned", "not yet scanned", "awaiting analysis", "analysis in progress",
		"awaiting content analysis",
	}},
	{cat: CategorySpamContent, why: "the message refused by the receiver's scanner — its virus or content scanner's verdict on this message, not the scanner failing (virusfree.cz's '554 Message refused by the scanner', whose page asks for the message to analyse it, blindal-0076); a scanner that failed, timed out or is unavailable is the server's (batch R's kind, matched before)", all: [][]string{
		{"by the scanner", "by scanner", "by the virus scanner", "by virus scanner", "by the content scanner", "by content scanner",
			"by the antivirus", "by antivirus", "by the anti-virus", "by the mail scanner", "by the email scanner"},
		{"refused", "rejected", "blocked", "denied", "not accepted", "quarantined"},
	}, unless: []string{"error", "failed", "failure", "timeout", "timed out", "unavailable", "not responding", "unable", "could not"}},
	{cat: CategoryBlocklisted, settled: true, why: "the sending IP address named with the spam or the complaints it caused, in the NDR languages: a reputation block however the threshold is worded ('превышен порог жалоб на спам', 'seuil de plaintes atteint', 'Schwellenwert für Spam-Beschwerden überschritten': review S23C-4), which the rule below would read as a volume", all: [][]string{
		{"ip-adres", "ip-adresse", "adresse ip", "direccion ip", "indirizzo ip", "endereco ip", "ip-адрес", "ip адрес"},
		{"spam", "plainte", "beschwerde", "reclam", "queja", "klacht", "жалоб", "indesirable", "unerwunscht", "indeseado", "indesiderat"},
		{"bloque", "gesperrt", "blockiert", "bloccat", "bloquead", "geblokkeerd", "заблокирован"},
	}, unless: []string{"destinataire est bloque", "empfanger ist gesperrt", "destinatario bloccato", "destinatario bloqueado", "получатель заблокирован"}},
	{cat: CategoryBlocklisted, settled: true, why: "the sending IP address named as blocked, in the NDR languages, for abuse or with no cause given: a reputation block of the client (the English 'IP address … temporarily blocked for suspected abuse' reads so in the rule below). Settled: the model learnt from few such replies and read the Italian 'Indirizzo IP … bloccato temporaneamente per sospetto abuso' as a rate because of 'temporaneamente' (probe AW aw-080). A volume named as the cause is a rate (unless), as in English", any: []string{
		"ip-adres && geblokkeerd", "ip-adresse && gesperrt", "ip-adresse && blockiert", "adresse ip && bloquee",
		"direccion ip && bloqueada", "indirizzo ip && bloccat", "endereco ip && bloquead", "ip-адрес && заблокирован",
		"adresse ip source bloquee", "ip bloquee", "ip gesperrt", "ip-adresse gesperrt",
	}, unless: []string{
		"zu viele", "trop de messages", "trop de connexions", "trop de courriels", "demasiados", "troppi", "troppe", "te veel",
		"muitas mensagens", "demasiadas", "слишком много", "too many", "|rate|", "limit", "uberschritten", "atteint",
		"depasse", "superat", "exced", "exceso", "excesso", "превышен",
		// a sending rate (review S23C-7)
		"debit", "frequenz", "frequenza", "eccessiv", "velocidad", "taxa de envio", "frecuencia",
		// the recipient named as the one blocked is the mailbox's state (review S23B-4, S23C-4)
		"destinataire est bloque", "empfanger ist gesperrt", "empfanger gesperrt", "destinatario bloccato",
		"destinatario e bloccato", "destinatario bloqueado", "destinatario esta bloqueado", "ontvanger is geblokkeerd",
		"получатель заблокирован",
	}},
	{cat: CategoryBlocklisted, settled: true, why: "service refused to the client for its bad behaviour, naming unwanted mail sent from it: a reputation block of the IP, not a volume cap, though the unwanted mail is counted (SFR's postmaster codes 'IN_101 Service refusé pour mauvais comportement', probe AW aw-076); Gmail's 'unusual rate of unsolicited mail … rate limited' names no behaviour and stays a rate, and so does a behaviour named as connections, speed or protocol (review S23B-5)", all: [][]string{
		{"mauvais comportement", "bad behaviour", "bad behavior", "schlechten verhaltens", "mal comportamiento", "cattivo comportamento"},
		{"indesirables", "unwanted", "unsolicited mail", "unsolicited messages", "|spam|", "junk", "unerwunschte", "no deseados", "indesiderat", "|abus|", "|abuse|"},
	}, unless: []string{"connection", "connexion", "verbindung", "too many sessions", "too many concurrent", "too many errors",
		"|rate", "too fast", "slow down", "pipelining", "protocol", "early talker", "commands"}},
	{cat: CategoryBlocklisted, settled: true, why: "a client blocked using, or listed in, a DNSBL it names (Postfix reject_rbl_client 'Client host [ip] blocked using zen.spamhaus.org', Exim's and sendmail's 'listed in/at <zone>'): settled, since the words and the list's name together leave nothing for the model to weigh, also when a mail client's report in another script wraps the reply (probe BD bd-009: a Hebrew Roundcube report the model read by its Hebrew words)", all: [][]string{
		{"blocked using", "listed in", "listed at", "listed on", "listed by", "blacklisted by", "blocklisted by"},
		{"spamhaus", "spamcop", "sorbs.net", "uceprotect", "barracudacentral", "mailspike", "psbl.surriel", "invaluement", "abuseat", "spamrats", "backscatterer", "nixspam", "dnsbl", "|rbl|"},
	}, unless: []string{"open resolver", "public resolver", "returnc", "query refused", "not listed", "no longer listed", "is not on", "was listed"}},
	{cat: CategoryBlocklisted, settled: true, why: "the client's IP said to be in an RBL, whatever the text around it (Exchange's '451 4.4.0 Primary target IP address responded with: \"550-\"[192.0.2.10] is in an RBL on bl.websitewelcome.com … Attempted failover to alternate host', probe BZ bz-060): the listing is the verdict; settled, as the model read Exchange's failover prose as the connection's", any: []string{
		"is in an rbl", "listed in an rbl", "is on an rbl", "listed on an rbl",
	}, unless: []string{"not listed", "no longer", "is not in", "was listed"}},
	{cat: CategoryBlocklisted, why: "DNSBLs named in the text (Spamhaus, Barracuda, SpamCop, UCEPROTECT, ...: their lookup pages in blocklist.go) and provider reputation blocks (Microsoft SNDS S3150, Yahoo [TSS09], T-Online, Orange)", any: []string{
		"spamhaus", "spamcop", "|sorbs|", "sorbs.net", "uceprotect", "barracudacentral",
		"mailspike", "|psbl|", "surriel.com", "invaluement", "ivmsip", "cloudmark", "senderscore", "sender score",
		"abuseat", "|cbl|", "|sbl|", "|xbl|", "|pbl|", "|dbl|", "spamrats", "0spam", "backscatterer", "manitu",
		"nixspam", "gbudb", "junkemailfilter", "spameatingmonkey", "|surbl|", "|uribl|",
		// MSBL's Email Blocklist of spammers' own addresses (postomaat's ebl-lookup plugin '<sender> listed by
		// ebl.msbl.org for <reason>', blindal-0060)
		"msbl.org", "|msbl|",
		"abusix", "trend micro ers", "trendmicro ers", "ers.trendmicro", "trendmicro.com/en-us/ers", "trend micro rbl", "mail-abuse", "talosintelligence", "senderbase", "ipcheck.proofpoint",
		"ipremoval", "rx.t-online.de", "returnpath", "return path",
		"dnsbl", "|rbl|", "|rbl", "rbl reject", "realtime blackhole", "blocklist", "blacklist", "block list",
		// the sender's domain itself refused by the receiver's own list (MXroute Exim ACL
		// "550 Sender domain blocked"; DESIGN: a sender domain on a blocklist is blocklisted)
		"sender domain blocked", "sender domain is blocked", "sending domain blocked", "sending domain is blocked",
		"sender domain has been blocked",
		// the same with the domain named between noun and verb ("Sender domain example.org is blocked")
		"sender domain && is blocked", "sender domain && has been blocked", "sending domain && is blocked",
		"sender domain && is blacklisted", "sender domain && is banned",
		"black list", "denylist", "deny list", "blocked using", "listed in the", "listed on the", "is listed on",
		"is listed in", "ip is listed", "reputation", "banned sending ip", "banned sender", "part of their network",
		"on our block", "esmtp not accepting connections", "connection rejected by policy",
		"host blocked", // the French and German "IP bloquée", "IP gesperrt" are in the settled rule above
		"not currently accepting mail from your ip", "bad sender ip", "sender ip address rejected", "dynamic ip",

		"dynamic/zombied", "dial-up", "dialup", "residential ip", "ip has been blocked", "ip address has been blocked",
		"ip is blocked", "ip address is blocked", "ip blocked", "ip address blocked", "your ip && blocked",
		"access from ip && blocked", "your ip && rejected", "server access forbidden by your ip", "too many spams from your ip",
		"spam source", "permanently deferred", "not accepted from ip", "ip has been temporarily blocked",
		"blocked - see", "refused - see", "rejected - see http", "open proxy",
		"liste noire", "lista negra", "lista nera", "zwarte lijst", "schwarze liste", "sperrliste", "черный список", "чёрный список", "ip заблокирован", "ブラックリスト", "黑名单", "ip被封", "ip地址被封", "blocked for abuse", "policy restrictions (ip based)", "blocked for spamming", "suspected spam sender", "smtp server of your isp",
		"spam statistics", // Yandex
		"sender ip rejected", "policy restrictions (domain based)", "ers-customized", "from this range",
		"source of spam", "not allowed to connect", // the connecting host itself refused (Interia, MXroute: IP reputation)
		"black ip", "spam ip", "is banned",
		"spam list", "spamlist", "listed at", "relays.ordb", "block-lookup", "block lookup", "blocklookup", // a list or its lookup page named: the sender's statistics, https://yandex.com/support/mail/bounces/
		"denyip",                              // a "denied IP" lookup page named in the refusal
		"karma", "score too low", "siq score", // a reputation score of the client (qpsmtpd karma, SIQ)
		"dynamic && residential", "residential && ip address",
		// the sending IP named as blocked, in the NDR languages (the pairs of
		// the Latin and Cyrillic scripts are in the settled rule above)
		"ip && 被封", "ip地址 && 封",
		"черном списке", "чёрном списке", "发送行为异常", "发送行为触犯", "触犯了服务条款",
	}, unless: []string{"unusual rate", "unusual amount", "too many messages", "too many connections", "too many concurrent", "too many sessions", "not listed in domino directory",
		// the sender's own volume named as the cause, whatever block follows ("you have sent too many
		// mails …, your ip will be blocked in 20 minutes", herculiz special_protection, blindaj-0026/0027):
		// a rate, not a listing
		"sent too many", "too many mails", "too many emails", "too many e-mails", "not listed in public name", "blocked senders list",
		"sent to many", "to many mails", "to many messages", "to many emails", "to many e-mails", // misspelt (probe BE be-049)
		"content restriction", "due to security policies", "url in message", "blacklisted url", "blacklisted link", "uri in message", "domain in message",
		"tenant allow block list", "blocked by your organization",
		// an administrator's own block is policy (the W kind: "blocked by admins"), whatever it names
		"blocked by admin", "blocked by the admin", "blocked by an admin", "blocked by administrator", "blocked by the postmaster",
		"spam pattern", "spam content", // "blocked using spam pattern": a content filter, not a DNSBL
		// what is on the list decides: a host or URL of the message body is content, a
		// recipient entry is the receiver's policy (spamilter "Blacklisted body host",
		// "Recipient has been blacklisted")
		"body host", "body url", "blacklisted body", "recipient has been blacklisted", "recipient is blacklisted", "recipient blacklisted",
		"sender verify failed", "verification failed for", // the verdict is the callout; a list word is one possible cause it names
		"open resolver", "excessive number of queries", // a DNSBL refusing the receiver's own queries (below)
		"rejected content", "|url|", "|uri|", "in the body", "message body", // what is on the list is the message's content (SURBL, URIBL)
		"concurrent", "maximum number of", // a connection cap named next to a reputation word ("(karma)")
	}},
	{cat: CategorySyntaxError, settled: true, why: "a non-ASCII address the server cannot take without SMTPUTF8 (RFC 6531 §3.4, X.6.7 'non-ASCII addresses not permitted'): Thunderbird's errorIllegalLocalPart2 ('There are non-ASCII characters in the local part of the recipient address … and your server does not support SMTPUTF8'), Roundcube's smtputf8error ('Server does not support Unicode in email address'), the servers' own 'SMTPUTF8 is required' (every labelled set: syntax_error). Settled: the clients' translations keep the extension's name, and the model read the Thai one by its other words as a connection failure (probe BK bk-058)", any: []string{
		"smtputf8",
		"unicode && address", "unicode && adres", "unicode && adress", "unicode && direcc", "unicode && endere", "unicode && indirizz",
		"unicode && адрес", "unicode && e-mail", "unicode && email",
	}},
	{cat: CategorySyntaxError, settled: true, why: "an address's format called wrong, as validators, hosters' help pages and webmails word it ('The format of the email address isn't correct.', probe BK bk-061; 'email address format is invalid', 'improperly formatted'), and in the NDR languages: the address's form, whatever the reply's code; not an unknown mailbox. Settled: the model weighs 'email address' and 'invalid' towards an unknown user, and read bk-061 so; its phrasings do not train it ('format' alone is a message's format as often, 'message format wrong')", any: []string{
		"format of the email address", "format of the e-mail address", "format of the address", "format of the recipient's address",
		"address format", "incorrectly formatted address", "improperly formatted address", "badly formatted address", "address is not properly formatted",
		"address is improperly formatted", "address is incorrectly formatted", "address is badly formatted",
		"format der e-mail-adresse", "format der adresse", "format de l'adresse", "formato de la direccion", "formato dell'indirizzo",
		"formato do endereco", "formaat van het e-mailadres",
	}},
	{cat: CategorySyntaxError, settled: true, why: "PHPMailer's own check of an address's form before any SMTP is spoken: its invalid_address text ('Invalid address: ', in 57 translations: Serbian 'Порука није послата. Неисправна адреса: ', probe BK bk-059) followed, as addOrEnqueueAnAddress and preSend format it, by the header kind in parentheses and the address ('… (to): user@example..com', '(Reply-To): …', '(punyEncode) …'). The marker is the library's, whatever the language; nothing was sent, so nothing a server said is there for the model to weigh (it read the Serbian as an unknown user)", all: [][]string{
		{"(to): ", "(cc): ", "(bcc): ", "(reply-to): ", "(from): ", "(sender): ", "(addanaddress ", "(punyencode)"},
		{"@", "address", "adres", "adress", "direcc", "indirizz", "endere", "адрес", "cim:", "e-mail", "email", "e-posta", "invalid", "valid"},
	}},
	{cat: CategorySyntaxError, why: "command and address syntax (RFC 5321 §4.1, §4.5.3.1 line length, 500-504 replies) and message format (RFC 5322 §3.6 headers, bare LF)", any: []string{
		"syntax error", "address syntax", "bad syntax", "syntax incorrect", "invalid syntax", "syntax of",
		// STARTTLS given again on a session that is already encrypted: the command's order (RFC 3207 §4.2:
		// a client MUST NOT issue STARTTLS once TLS is active; lavabit/magma smtp.c "454 Session is already
		// encrypted.", b1gMailServer "454 Already in TLS mode", gen_smtp "500 TLS already negotiated",
		// vSMTP "554 5.5.1 Error: TLS already active"), not a demand for TLS nor a broken handshake
		"already encrypted", "already in tls", "tls already", "already using tls", "already under tls", "starttls already",
		"already negotiated", "tls session already", "tls is already",
		// the word itself after what it qualifies (lavabit/magma smtp.c "553 MAIL FROM ERROR - INVALID SENDER
		// SYNTAX"): RFC 5321 §4.1.2's grammar, whoever's address it is; the sender-side and recipient rules
		// below read "invalid sender"/"invalid recipient" as a policy or an unknown user otherwise
		"sender syntax", "recipient syntax", "rcpt syntax", "mail from syntax", "rcpt to syntax", "path syntax", "syntax not",
		"syntax is invalid", "syntax invalid", "syntax rejected",
		"fully-qualified", "fully qualified", "unrecognized command", "unrecognised command", "command unrecognized",
		"command not recognized", "unknown command", "command && not implemented", "send hello first", "helo first",
		"ehlo first", "send helo", "polite people say", "rfc 5322", "rfc5322",
		// a line end other than CRLF (RFC 5321 §2.3.8: lines end with <CRLF>, bare CR or LF
		// must not be sent; tmail "LF not preceded by a CR", smtpd "bare LF/CR", "lone LF")
		"lf not preceded", "not preceded by a cr", "not preceded by cr", "without preceding cr", "without a preceding cr",
		"lone lf", "lone cr", "naked lf", "naked cr", "bare cr", "bare line feed", "bare newline", "bare carriage return",
		"not followed by lf", "terminated by crlf", "terminated with crlf", "end with crlf",
		"rfc 2822", "rfc2822", "rfc 822", "|rfc822|", "not a valid rfc-5321 address", "not a valid rfc 5321 address", "rfc 5321 compliant", "rfc compliant", "rfc-compliant",
		"not compliant with rfc", "rfcmessagenoncompliant", "bare lf", "bare linefeed", "bare <lf>", "stray linefeed",
		"smtplf", "invalid characters", "8bit data", "8-bit data", "mime error", "invalid mime", "mime/reject",
		"malformed mime", "invalid structure", "invalid header", "malformed header", "header error", "duplicate header",
		"multiple from", "multiple \"from\"", "missing from", "no from: header", "from: header is missing",
		"blank from", "valid from", "missing a valid address in from", "missing date",
		"missing message-id", "invalid message-id", "no message-id", "message-id header", "messageid header", "valid messageid", "disallowed header", "unicode character", "line too long", "line length exceeded", "line limit exceeded",
		// a header's encoded words (RFC 2047 §5 says where they may stand and how they are formed) —
		// Gmail '550-5.7.1 Encoded-word syntax is not permitted in message header To. To reduce the amount of
		// spam sent to Gmail, this message has been blocked.', probe BP bp-038: the reason is the form, the
		// spam sentence Gmail's rationale for refusing it, as for its RFC 5322 refusals (blind-0100)
		"encoded-word", "encoded word syntax", "encoded words are not", "rfc 2047", "rfc2047",
		// a header field RFC 5322 §3.6 allows once (Date, From, Sender, To, Subject, Message-ID) given twice
		// or not at all, as a DMARC verifier checks before it can evaluate (OpenDMARC '550 5.7.1 not exactly
		// one Date field', probe BQ bq-010)
		"not exactly one", "more than one date", "more than one from", "more than one subject", "more than one message-id",
		"multiple date", "multiple subject", "multiple message-id", "duplicate date", "duplicate subject",
		"syntax is not permitted", "syntax not permitted", "syntax is not allowed", "syntax not allowed",
		"not permitted in message header", "not allowed in message header", "not permitted in the message header",
		"line is too long", "lines too long", "smtputf8", "protocol violation", "helo/ehlo argument", "invalid helo", "bad helo", "malformed address", "invalid recipient address",
		"invalid sender address", "invalid address format", "invalid character in address",
		"blank mailhost", "multiple addresses in from",
		"address too long", "address is too long", "local part too long", "local-part too long", "path too long",
		"stray newline", "parse error", "characters in address",
		// GMX/WEB.DE/IONOS (Nemesis) "554-Transaction failed 554-Reject due to policy restrictions": their
		// explanation page (postmaster.web.de/en/case?c=hi) says the Date/From/Sender/To headers are not
		// RFC 5322 compliant or appear more than once
		"policy restrictions (header based)", // United Internet: the headers are the basis
		"reject due to policy restrictions && |gmx", "reject due to policy restrictions && web.de",
		"reject due to policy restrictions && 1und1", "reject due to policy restrictions && ionos",
		"single label domain", "mailbox name not allowed", // Exchange 5.1.6 SingleLabelDomain; RFC 5321 553 text
		"command pipelining", // Postfix reject_unauth_pipelining: "Improper use of SMTP command pipelining"
		// the grammar of the dialogue and its arguments in other words (spamdyke, qpsmtpd,
		// smtpf, FTGate, chasquid): the protocol, parsing, HELO/EHLO arguments, null or
		// domain-less addresses, header fields, pipelining
		"smtp protocol", "could not parse", "cannot parse", "can't parse", "unable to parse", "failed to parse",
		"no parameters allowed", "parameters not allowed", "consecutive noop", "invalid ehlo", "bad ehlo",
		"must be a fqdn", "invalid fqdn", "not a fqdn", "fqdn required", "rfc 1035", "end-of-header", "end of header",
		"date header", "too far in the past", "too far in the future", "null recipient", "|pipelining|", "at-sign",
		"improper recipient address", "improper address", "supplying a domain", "must contain a domain",
		// an address without its domain part (RFC 5321 §4.1.2 Mailbox = Local-part "@" ( Domain
		// / address-literal ); the receiver's parser, not its policy: OpenSMTPD/mox "no domain
		// part", qpsmtpd "address has no domain", Postfix-style "need fully-qualified address")
		"no domain part", "domain part is missing", "missing domain part", "without a domain part",
		"address has no domain", "address without domain", "no domain in address", "missing domain in address",
		"need fully-qualified address", "not a valid hostname",
		"malformed sender", "malformed recipient", "malformed destination", "malformed command", "malformed domain",
		"|idna|", "at least one valid recipient", "at least one recipient",
		"no helo", "helo given", "before mail command", "before rcpt command", "restricted characters",
		"maximum line length", "line length is",
		"subject is mandatory", "subject && is required", "subject && is missing", "header is mandatory", "header && is required",
		// talking before the greeting (nodemailer smtp-server "You talk too soon", Exim "SMTP
		// protocol synchronization error", Postfix postscreen "PREGREET"), an HTTP client on the
		// SMTP port (nodemailer "HTTP requests not allowed", Postfix "HTTP command from"), and
		// an AUTH exchange that is not base64 (RFC 4954 §4 "501 5.5.2 Cannot Base64-decode";
		// go-smtp "Invalid base64 data")
		"talk too soon", "talking too soon", "talked too soon", "synchronization error", "pregreet",
		"http request", "http command", "base64 data", "invalid base64", "base64-decode", "base64 decode",
		// the rest of the AUTH exchange's grammar (RFC 4954 §4: an initial response the mechanism does not
		// allow, "501 5.7.0 Client must not start with this mechanism"; a client cancelling the exchange
		// with "*", "501 5.0.0 Authentication cancelled"; vSMTP, E-MailRelay, IceWarp), whatever the 5.7
		// code: the exchange's form, not the credentials (those are policy, 535 and RFC 4954's 432/534)
		"must not start with this mechanism", "initial response not allowed", "initial response is not allowed",
		// a second AUTH after a successful one (RFC 4954 §4: "After a successful AUTH command completes, a
		// server MUST reject any further AUTH commands with a 503 reply"; Gmail '503 5.7.0 No identity changes
		// permitted', probe BP bp-041) and a mechanism the server no longer offers (§4's 504 for a mechanism
		// not supported; Gmail '504 5.7.40 XOAUTH is no longer supported', bp-047), whatever 5.7 code they carry
		"no identity changes", "identity changes permitted", "identity change not permitted", "identity changes not permitted",
		"already authenticated", "xoauth && no longer supported", "mechanism && no longer supported",
		"authentication method && no longer supported", "auth method && no longer supported", "authentication type && no longer supported",
		"|auth login && no longer supported", "|auth plain && no longer supported",
		"authentication cancelled", "authentication canceled", "auth cancelled", "auth canceled", "authentication aborted by client",
		"canceled by client", "cancelled by client",
		// the client aborting it (Sendmail srvrsmtp.c "501 5.0.0 AUTH aborted", Apache James
		// AuthCmdHandler "501 5.7.1 Authentication aborted", blindag-0050)
		"authentication aborted", "auth aborted",
		// the commands' order inside a transaction (RFC 4954 §4: AUTH is not permitted during a mail
		// transaction; RFC 3207: nor STARTTLS; Sendmail "503 5.5.0 AUTH not permitted during a mail
		// transaction", blindag-0013, Exim "ETRN is not permitted inside a transaction")
		"during a mail transaction", "during mail transaction", "inside a transaction", "in a mail transaction",
		// line ends (RFC 5321 §2.3.8; Exim receive.c "552 Message header not CRLF terminated",
		// blindag-0037, read by 552 as a size; Apache James "line delimiter must be CRLF")
		"crlf terminated", "delimiter must be crlf",
		// a command or an address the parser could not make out (siebenmann/smtpd "553 Garbled command:
		// …", blindaf-0012; nssmtpd "553 <addr>... Address unrecognized", blindaf-0019), whatever 553
		// ("mailbox name not allowed") suggests
		"garbled", "address unrecognized", "unrecognized address",
		// an address that cannot be put in canonical form (maddy "Unable to normalize the
		// recipient address", RFC 6531 SMTPUTF8/IDNA forms), header fields RFC 5321/5322 forbid
		// in a submitted message (Haraka "must not have a Return-Path header"), a MIME tree
		// beyond the parser's limits (Haraka "too many MIME parts")
		"unable to normalize", "cannot normalize", "failed to normalize", "return-path header", "too many mime parts", "mime parts exceed",
		// the greeting itself missing or a HELO name that cannot be one (spamilter "Helo or Ehlo
		// MTA greeting expected", "Invalid hostname 'localhost.localdomain'")
		"greeting expected", "helo or ehlo", "invalid hostname",
		// the commands' order and pipelining (RFC 5321 §4.3.1: the client waits for the greeting and
		// greets first; RFC 2920: pipelining only after EHLO offered it), whatever 5.7.1 code or "queue
		// full" surrounds them: ZMailer smtpserver.c "YOU ARE SENDING PIPELINED INPUT, BUT DIDN'T GREET
		// PROPERLY WITH EHLO", smtp-gated "Pipeline queue full" and "Next time wait for MTA greeting"
		// (blindae-0028, 0053, 0063)
		"pipelined input", "pipelined command", "pipeline queue", "pipeline buffer", "pipelining buffer",
		"didn't greet", "did not greet", "greet properly", "before the greeting", "before my greeting", "before greeting",
		"before the banner", "wait for mta greeting", "wait for the greeting", "wait for greeting", "wait for my greeting",
		// the client talking before the server's greeting, worded with the protocol's name or as the
		// client's act (qpsmtpd earlytalker '550 Connecting host started transmitting before SMTP
		// greeting', blindal-0002; Postfix postscreen's PREGREET test; RFC 5321 §4.3.1)
		"before smtp greeting", "before the smtp greeting", "before smtp banner", "before the smtp banner",
		"transmitting before", "talking before", "spoke before", "speaking before", "early talker", "earlytalker", "pregreet",
		// RFC 3030's BDAT grammar (Postfix smtpd.c "551 5.7.1 Null BDAT request", blindae-0083)
		"null bdat", "bdat chunk", "bdat size", "invalid bdat", "bdat last", "bdat count", "bdat syntax", "bdat request",
	}, unless: []string{"header line", "dmarc", "|spf|", "dkim", "rfc822;", "impersonat",
		// a filter that names its finding spam judged the content ("Message content rejected: malformed
		// headers detected as spam", review D7)
		"detected as spam", "as spam", "spam detected", "is spam",
		// an HTTP request a delivery agent made and the web server failed (Request Tracker's
		// rt-mailgate 'HTTP request failed: 500 Internal Server Error', probe CB cb-014): not an
		// HTTP client on the SMTP port
		"http request failed"}},
	{cat: CategorySyntaxError, why: "an address or path over RFC 5321 §4.5.3.1's size limits (local part 64 octets, domain 255, path 256): the address's form, not a policy (tmail '550 domain part of reverse path MUST be lower than 255 char (RFC 5321 4.5.3.1.2)')",
		any: []string{"4.5.3.1"},
		all: [][]string{{"reverse path", "reverse-path", "forward path", "forward-path", "local part", "local-part", "domain part", "domain-part",
			"domain name", "address", "|path|"}, {"too long", "longer than", "lower than", "less than", "maximum length", "max length",
			"length limit", "length exceeded", "exceeds the maximum length", "characters long", "characters", "|char|", "|chars|", "octets"}},
		unless: []string{"invalid characters", "illegal characters", "line", "header", "message size", "mailbox size"}},
	{cat: CategorySyntaxError, codes: []string{"5.5.*"}, any: []string{"too many errors", "too many bad commands", "too many invalid commands", "too many unrecognized commands"},
		why: "a permanent x.5.x reply (RFC 3463 'mail delivery protocol status') ending the session after repeated command errors (go-smtp '500 5.5.1 Too many errors', sendmail 'Too many bad commands'): the protocol errors, not a sending rate; a 421 after the same count stays a rate"},
	{cat: CategoryPolicyRejected, why: "the rule on bounces (a null-sender message to several recipients is forged backscatter: batch R's kind) worded as a count of the bounce's recipients (haraka-plugin-bounce '550 this bounce message has too many recipients', blindac-0022): the rule on bounces, not a rate; the sender-side rule below yields to any 'too many', so this one stands apart", any: []string{
		"bounce message && too many recipients", "bounce && more than one recipient", "bounces with more than one",
		// the same rule named by the envelope's empty sender (ZMailer smtpdata.c '550 5.7.1 SPAM trap --
		// too many recipients for an empty source address!', blindae-0021; RFC 5321 §4.5.5: a null
		// reverse-path is for notifications)
		"empty source address && recipient", "empty envelope sender && recipient", "empty sender && recipient",
		"null sender && recipient", "null reverse && recipient", "empty reverse && recipient",
		"bounce && multiple recipients", "bounce message && recipients",
	}, settled: true},
	{cat: CategoryPolicyRejected, senderSide: true, settled: true, why: "the envelope sender not one the authenticated client may use (Postfix smtpd_sender_login_maps 'Sender address rejected: not owned by user', '5.7.0 Unauthorized use of sender address', Exchange's SendAs denied): who may send as whom, the submission server's policy; settled, since a mail client's report in another script wrapping it read as something else to the model (probe BD bd-020, a Greek Roundcube report)", any: []string{
		"not owned by user", "unauthorized use of sender", "not authorized to send as", "not allowed to send as", "sendasdenied",
		"send as denied", "does not match the authenticated", "doesn't match the authenticated", "from and auth not the same",
		"auth and from not the same", "not match authenticated user",
	}},
	{cat: CategoryPolicyRejected, senderSide: true, why: "sender-side refusals checked before recipient ones (an Exim callout quotes the probe's 'user unknown')", any: []string{
		"sender verify failed", "sender verification failed", "verification failed for", "sender address rejected",
		"unknown sender", "sender unknown",
		// the sender named as the address that does not exist (a callout's verdict: courier-pythonfilter
		// dialback.py/localsenders.py "517 Sender does not exist: <sender>"): the sender's side, not the
		// recipient's unknown user that "does not exist" says elsewhere
		"sender does not exist", "sender doesn't exist", "sender address does not exist", "sender address doesn't exist",
		"sender not found", "sender address not found", "sender mailbox does not exist", "sender account does not exist",
		"sender is not a valid", "sender address is not valid", "from address does not exist",
		"mail from not owned", "not owned by user", "sender denied", "invalid sender",
		// the envelope sender not the authenticated user's (qmail-smtpd's authtlsvariables patch '503 from
		// and auth not the same (#5.5.1)', sagredo-dev/qmail, blindal-0031; Postfix smtpd_sender_login_maps
		// 'not owned by user'): who may send as whom, policy by the SMTP AUTH convention, whatever 503 says
		"from and auth not the same", "auth and from not the same", "from and auth do not match", "does not match the authenticated",
		"doesn't match the authenticated", "differs from the authenticated", "not match authenticated user",
		"emetteur invalide", "sender rejected", "sender was rejected", "sender not allowed", "sender is not allowed",
		"unresolvable rfc.5321", "rfc.5321 from domain", "sender domain must", "sender domain does not",
		"domain of sender address", "sender address has null mx", "envelope sender",
		"badmailfrom", "sender envelope domain not allowed", "bogus mail from", "returned mail not accepted",
		"sender is in my black", "sender not pre-approved", "allowed-senders",
		"allowed senders", "unroutable sender", "unrouteable sender", "sender email is not", "sender && not in my domain",
		"from:domain must", "from: domain must", "from domain must", "domain must resolve",
		"invalid dns mx or a", // United Internet: the sender domain has no MX or A/AAAA record to take replies
		"sender domain && not found", "fake sender", "forged sender", "not configured to use this mx",
		"mail from invalid", "sender is unvalidated", "sender unvalidated",
		// bounces (null sender) sent to several recipients are forged backscatter (Baruwa, antispameurope)
		"multi-recipient bounce", "legitimate bounces",
		// rules on bounces and receipts themselves (qpsmtpd bogus_bounce, smtpf emew/one-rcpt-per-null,
		// qmail_deliverable "mailing lists do not accept null senders")
		"null sender", "bounce messages must", "bounce message must", "dsn or mdn", "duplicate message",
		"null reverse", "empty reverse", // mox "only one recipient allowed with null reverse address"
		"validate sender", "verify sender", "validate the sender", // sender verification (spamilter "Unable to validate Sender address", also temporary)
		// the envelope sender's account at the receiving system (Alibaba Mail '501 "MAIL FROM" is
		// non-local account', '502 Mailfrom account is a local account', '450 "MAIL FROM" mailbox
		// unavailable'): the sender's side, whatever the reply code
		"mailfrom account", "mail from account", "non-local account", "mail from\" mailbox", "mail from mailbox",
		// the envelope sender's form and signature (BATV/PRVS "Invalid reverse path signature",
		// MailCleaner "does not accept sender addresses using capital letters", "mail from itself
		// (spoofing)"), a sender domain with bogus MX records (MIMEDefang)
		"reverse path", "reverse-path", "|prvs|", "|batv|", "sender addresses", "spoofing", "from itself", "bogus mx",
		"not accept mail from", "not accept email from", "not accept e-mail from", "not accept messages from",
		// a client naming itself as the receiver or one of its hosts (Exim ACL "Bad HELO - Host
		// impersonating", Haraka helo.checks "HELO host impersonating", SpamAssassin-style
		// "forged HELO"): an identity refused by policy, not a grammar error
		"impersonat", "forged helo", "helo && forged", "helo && spoof",
	}, unless: []string{
		// "Sender address rejected: Number messages per hour exceeded" (postfwd): the
		// Postfix restriction prefix names the stage, the reason after it decides
		"per hour", "per day", "per minute", "rate limit", "ratelimit", "too many", windowLiteral,
	}},
	{cat: CategoryMessageTooLarge, codes: []string{"x.3.4", "x.2.3"}, any: []string{"storage allocation"},
		why: "RFC 5321's generic 552 text 'exceeded storage allocation' under RFC 3463 X.3.4 (message too big for system) or X.2.3 (message length exceeds limit): the code names the message's size (mhale/smtpd, mailpit '552 5.3.4 Requested mail action aborted: exceeded storage allocation')"},
	{cat: CategoryMessageTooLarge, any: []string{"too much mail data", "too much message data"}, unless: []string{"@"},
		why: "a server's DATA size limit with no recipient named (aiosmtpd '552 Error: Too much mail data' when data_size_limit is exceeded; RFC 5321 §4.5.3.1.10 / 552); NTT docomo's form names the recipient and is its mailbox limit (below)"},
	{cat: CategoryRateLimited, why: "a limit named as a rate next to a quota, or a limit on the client's connections or target hosts, is a sending rate, not a full mailbox (smtp-gated lang-en.h '554 <proxy> Rejected due to rate or quota limit' and 'Target SMTP servers limit exceeded', blindae-0064/0065)", any: []string{
		"rate or quota", "quota or rate", "rate/quota", "quota/rate", "rate and quota",
	}, all: [][]string{
		{"limit exceeded", "limit reached", "limit has been exceeded", "limit has been reached"},
		{"target smtp servers", "target servers", "target hosts", "destination hosts", "destination servers", "destinations limit"},
	}},
	{cat: CategoryMailboxFull, why: "over quota / storage exhausted (RFC 3463 X.2.2 'mailbox full' as providers word it: Gmail OverQuota, Exchange QuotaExceeded, Dovecot 'Quota exceeded (mailbox for user is full)'), in several languages", any: []string{
		"mailbox full", "mailbox is full", "mailbox has exceeded", "mailbox exceeds", "mailbox size limit",
		// the message larger than what is left of the mailbox's quota: the mailbox is (nearly) full, not the
		// message over a size limit (BBIQ's and soft1's pages on 'Message size exceeds remaining quota',
		// blindas-0029)
		"remaining quota", "remaining storage", "remaining mailbox space", "remaining space in the mailbox", "quota remaining",
		"mailbox would exceed", "mailbox quota", "full mailbox",
		"inbox is full", "over quota", "overquota", "over the quota", "quota exceeded", "exceeded quota",
		"exceeded its quota", "exceeds quota", "exceed quota", "quota violation", "quota reached", "quota full",
		"quota limit", "exceeded storage", "exceeds allowed storage", "exhausted allowed storage", "storage full",
		"storage space", "storage limit", "storage quota", "out of storage", "user's space has been used up",
		"disk quota", "error writing message: file too large", "too many messages on the server",
		"too many messages in the mailbox", "too much mail data", "boite pleine", "boite du destinataire pleine", "boite aux lettres pleine",
		"boite de reception pleine", "quota depasse", "postfach voll", "postfach ist voll",
		"speicherplatz", "speichervolumen", "speicher voll", "casella piena", "casella di posta piena", "buzon lleno",
		"buzon esta lleno", "cuota", "caixa postal cheia", "mailbox overflow", "переполнен", "account is full",
		"mailbox is over", "user is over", "exceeding their quota", "exceeds allowed size", "exceeded the local limit",
		"number of messages in recipient's mailbox", "mailbox is full",
		// German, French, Spanish, Italian, Dutch, Portuguese, Russian, Japanese, Chinese
		"quota uberschritten", "quota ueberschritten", "postfach uberfullt", "postfach ueberfuellt", "postfach des empfangers ist voll",
		"boite aux lettres du destinataire est pleine", "boite mail pleine", "espace de stockage", "quota atteint",
		"buzon del destinatario esta lleno",
		"casella e piena", "quota superata", "spazio esaurito", "spazio insufficiente nella casella",
		"mailbox vol", "postbus vol", "postvak vol", "quotum overschreden", "quota overschreden", "mailbox is vol",
		"caixa cheia", "caixa de correio cheia", "caixa postal lotada", "cota excedida", "quota excedida", "caixa de entrada cheia",
		"ящик полон", "превышен размер ящика", "превышена квота", "нет места в ящике",
		"メールボックスが一杯", "メールボックスがいっぱい", "容量超過", "容量オーバー", "容量が不足",
		"邮箱已满", "信箱已满", "郵箱已滿", "邮箱容量", "超出邮箱", "mailbox space not enough",
		"mail file is full", "mailfile is full", // Domino: the recipient's mail file
		// the recipient mailbox's words for mail in Spanish beside "full" ("correo lleno",
		// a Spanish hoster's list of bounce reasons, blindau-0036), and the recipient domain's
		// storage, which its mailboxes share (SmarterMail 'The domain size limit has been
		// exceeded', blindau-0011): the recipient's quota, not the message's size
		"correo lleno", "casilla llena", "casilla de correo llena", "cuenta de correo llena", "bandeja llena", "bandeja de entrada llena",
		"domain size limit", "domain storage limit", "domain disk space", "domain disk quota", "domain storage quota", "domain's disk quota",
		"folder full", "folder is full", // a mail folder's limit (RFC 3463 X.2.2 in Exchange/Domino words "Folder full")
		"mail box space", "mail box full", "mail box is full", // "mail box" in two words (Alibaba Mail "mail box space not enough")
		"quota exceed", "mailbox && is full", "over && quota", "quota limit", "exceeded the allowed mailbox",
		"casella di posta && piena", "cassetta postale && piena", "postvak && is vol", "esta cheia", "空间不足", "容量不足",
	}, unless: []string{"throttl"}}, // a throttling quota is a rate (iRedAPD "Throttling quota exceeded")
	{cat: CategoryUserUnknown, why: "the recipient's address changed with no forwarding address: RFC 3463 X.1.6 'Destination mailbox has moved, No forwarding address', as Exchange's NDR words it ('The recipient's e-mail address has changed. The address this message was sent to no longer accepts messages. No forwarding address has been set.'; French, probe BJ bj-010): the address is gone, not an account disabled at it", any: []string{
		"no forwarding address", "address has changed && no longer accepts", "aucune adresse de transfert",
		"adresse electronique du destinataire a change", "keine weiterleitungsadresse", "adresse des empfangers hat sich geandert",
	}},
	{cat: CategoryMailboxDisabled, why: "account exists (or existed) but is disabled, locked, suspended, archived or inactive (RFC 3463 X.2.1, RFC 5248 X.7.13; Gmail DisabledUser, Yahoo 554.30)", any: []string{
		"mailbox disabled", "mailbox is disabled", "account disabled", "account is disabled",
		"user is disabled", "user disabled", "recipient is disabled", "address is disabled",
		"disabled mailbox", "disabled account", "disabled user", "receiving disabled", "disabled or discontinued",
		"deactivated", "suspended", "inactive", "not activated", "account is locked", "account locked",
		"status is locked", "mailbox is locked", "user locked", "user is locked", "temporary locked", "temporarily locked",
		"account closed", "account has been closed", "account is closed", "closed due to inactivity", "mailbox closed",
		"archived recipient", "recipient archived", "archivee", "mailbox is frozen", "account is frozen", "frozen account",
		// the adjective before the noun, as "frozen account" ("550 5.1.1 Locked account"; "Suspended user"
		// under a 5.1.1 the model read as unknown, probe AY ay-025)
		"locked account", "locked mailbox", "mailbox locked", "mailbox is locked", "locked user", "suspended user",
		"suspended account", "suspended mailbox", "disabled account", "deactivated account", "deactivated user",
		"user is terminated", "account terminated", "account has been terminated", "no longer active",
		"account expired", "account has expired", "mailbox has expired", "expired account",
		"account isblocked", "account is blocked", "compte du destinataire est bloque",
		"compte bloque", "compte desactive", "compte suspendu", "boite desactivee", "konto gesperrt", "konto deaktiviert",
		"postfach gesperrt", "postfach deaktiviert", "cuenta deshabilitada", "cuenta suspendida", "casella disattivata",
		"utente disabilitato", "mailbox unavailable or access denied",
		"you tried to reach is disabled", "blocked due to inactivity",
		"disabled recipient",
		"recipient address rejected: blocked",
		"recipientdisabled", "recipient disabled", "konto ist gesperrt", "postfach ist deaktiviert", "benutzer ist gesperrt", "empfanger gesperrt",
		"compte inactif", "boite aux lettres desactivee", "compte ferme", "adresse desactivee",
		"cuenta desactivada", "buzon desactivado", "cuenta inactiva", "cuenta bloqueada",
		"account disattivato", "casella sospesa", "account sospeso", "casella bloccata", "casella disabilitata",
		"account geblokkeerd", "account uitgeschakeld", "mailbox uitgeschakeld", "gedeactiveerd", "mailbox geblokkeerd",
		"conta desativada", "conta suspensa", "conta bloqueada", "caixa desativada", "conta inativa",
		"заблокирован", "отключен", "ящик заморожен", "неактивен",
		"利用停止", "アカウントは停止", "無効なアカウント", "停止されています",
		"已冻结", "被冻结", "已停用", "被禁用", "帐户被锁定", "账户被锁定", "暂停使用",
		"is now disabled", "been disabled", "no longer accepts",
		// disabled, suspended or locked by an administrator, and a recipient named inactive, also under a
		// 5.1.1 code that some servers give every refused mailbox (bouncefetch's rules 'Mailaddress is
		// administratively disabled', blindar-0011; 'inactive recipient rejected', blindar-0075)
		"mailbox && administratively", "mailaddress && administratively", "account && administratively",
		"address && administratively", "|user && administratively", "recipient && administratively", // not a service (review D2)
	}, unless: []string{"relay", "sender", "tls", "smtp auth",
		// the sender's side, the server or its service, a count sent: the Chinese and Japanese verbs
		// above ('暂停使用', '停止されています', '被锁定') say nothing of whose account without them (review D6:
		// '服务暂停使用', 'サーバーは一時的に停止', '发件人邮箱已被冻结', '您发送的邮件过多，账户被锁定一小时')
		"发件人", "寄件人", "送信者", "送信元", "服务", "服務", "系统", "系統", "サーバ", "サービス", "システム", "发送的", "過多", "过多"}},
	{cat: CategoryMailboxDisabled, why: "an account, alias, list or mailbox named 'not active' takes no mail (RFC 3463 X.2.1 'mailbox disabled, not accepting messages'; hMailServer RecipientParser '550 Account is not active.', '550 Alias is not active.', '550 Distribution list is not active.', blindai-0015/0016/0017); the sender's own account is the other-party table's", all: [][]string{
		{"account", "alias", "mailbox", "distribution list", "mailing list", "user", "recipient", "address"},
		{"is not active", "not active"},
	}, unless: []string{"sender", "your account", "service", "tls", "ssl", "relay", "domain", "extension", "session", "connection"}},
	{cat: CategoryMailboxDisabled, any: []string{"not allowed to receive", "isn't allowed to receive", "not permitted to receive"},
		unless: []string{"external", "from", "outside", "this sender", "relay"},
		why:    "the recipient's account itself barred from receiving (Alibaba Mail '542 This account isn't allowed to receive email'); a restriction on whom it receives from (external senders, a sender) is the receiver's policy instead"},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.*"}, any: []string{"null mx", "nullmx", "mx record", "|no mx"},
		why: "RFC 7505 §4.2: a sender domain with a null MX (or none) is refused with 550 5.7.27; under a security/policy code the MX words are about the sender's domain (maddy 'Domain in MAIL FROM has null MX record', rspamd 'Domain published RFC 7505 Null MX'); the recipient's null MX is 556 5.1.10 (below)"},
	{cat: CategoryDomainNotFound, settled: true, why: "a null MX (RFC 7505: the domain declares it accepts no mail) as MTAs report it ('an MX or SRV record indicated no SMTP service', Exim's and Postfix's words): settled, since the words name the DNS record and leave nothing for the model to weigh; a model trained again read it inside Mail.Ru's Russian report as a full mailbox (probe BA ba-013)", any: []string{
		"indicated no smtp service", "null mx",
	}, unless: []string{"sender"}},
	{cat: CategoryDomainNotFound, settled: true, why: "the destination domain named invalid: RFC 3463 X.1.2 'bad destination system address' in words, whatever code the server gives with it (Forpsi/Konto '5.1.1 … invalid destination domain', probe BO bo-020, where the 5.1.1 read as an unknown mailbox): settled, since the words say which part of the address failed", any: []string{
		"invalid destination domain", "destination domain is invalid", "destination domain invalid",
		"destination domain does not exist", "destination domain not found", "bad destination domain",
	}, unless: []string{"sender", "relay access", "relaying", "unable to relay", "relay not permitted", "relay denied",
		"relay not allowed", "relay prohibited",
		// a tenant's or gateway's own list of the domains it takes (Microsoft 365 "not found in
		// accepted domains", a connector's scope): the receiver's policy, not the domain's DNS
		// (review S30A-5)
		"accepted domain", "connector", "tenant"}},
	{cat: CategoryDomainNotFound, why: "the destination's addresses looked up and not found, as Stalwart's queue reports a failed A/AAAA lookup ('451 Address lookup failed.', probe BX bx-007); a directory's, a database's or an alias map's lookup of the address, the client's reverse name and the sender's domain are someone else's (review S37)", any: []string{
		"|address lookup failed", "|address lookup failure", "|a record lookup failed", "aaaa lookup failed",
	}, unless: []string{"sender", "|helo|", "ehlo", "|ldap|", "|ip address lookup", "reverse", "|ptr|", "userdb", "passdb", "database",
		"|sql|", "mysql", "pgsql", "directory", "|dict|", "alias", "mailbox", "|user|", "client", "bounce address", "return-path", "tlsa"}},
	{cat: CategoryDomainNotFound, why: "recipient domain or its MX hosts cannot be resolved or take no mail (RFC 5321 §5.1, RFC 7505 null MX, RFC 7504 556)", any: []string{
		"domain name not found", "domain not found", "no such domain", "unknown domain",
		"domain does not exist", "domain doesn't exist", "domain is not exist", "nonexistent domain", "non-existent domain",
		"nonexistentdomain", "non-existent host", "couldn't find any host", "could not find any host", "can't find any host",
		"no mail exchanger", "|no mx", "null mx", "nullmx", "mx records point to",
		// a CNAME chain that recurses or loops (RFC 1034 §3.6.2; ZMailer transports/smtp/getmxrr.c
		// "smtp; 500 (DNS: Recursive CNAME on '<host>')", blindae-0041): the destination's DNS,
		// whatever pseudo reply code the MTA's text carries
		"recursive cname", "cname loop", "cname chain", "cname recursion", "looping cname",
		"host not found", "host unknown", "unknown host", "name or service not known", "nxdomain", "name server timeout",
		"name server failure", "servfail", "host name lookup failure", "dns lookup failed", "dns query failed",
		"dns lookup failure", "unable to lookup dns", "unable to look up", "address lookups failed", "name resolution",
		"malformed or unexpected name server reply", "unrouteable mail domain", "unroutable mail domain", "unrouteable address",
		"unroutable address", "mail domain mentioned in email address is unknown", "domain is not reachable",
		"domain must exist", "does not accept mail", "host/domain does not accept", "domaine inexistant",
		"domaine inconnu", "hote inconnu", "no dns record", "no a record", "dns error", "could not resolve",
		"dns resolve", "dns resolution", "resolve error", // Alibaba DirectMail "423 Dns resolve error", "526 No data by dns resolve"
		"dns resolving", "resolving error", // the same fault in another spelling ("451 4.4.0 DNS resolving error", a Korean NDR list, blindaj-0082)
		"unable to resolve", "cannot resolve", "no route for domain", "invalid domain", "illegal host/domain",
		"indicated no smtp service", "no mx found", "no mx record", "dns type",
		"find a mail exchanger", "find any mail exchanger", "mail exchanger not found",
		// Resolver errors as client libraries print them (Go net: "lookup example.com on
		// 127.0.0.53:53: no such host" / "server misbehaving"; glibc getaddrinfo).
		"no such host", "server misbehaving",
		"routing server failure", "domain couldn't be found", "dns query error",
		// resolver failures as MTAs word them (Postfix dns_lookup.c "Name service error for
		// name=… type=MX: Malformed … name server reply", qmail "CNAME lookup failed
		// temporarily", sendmail "host map: lookup (…): deferred")
		"name service error", "name server reply", "cname lookup", "mx lookup", "map: lookup",
		"lookup failed temporarily",
		// a resolver query that timed out is the resolver's failure, retried (RFC 1035 §7.2;
		// Postfix "Host not found, try again"), not the SMTP connection's: "DNS lookup for X
		// timed out", Go net's "lookup X on 127.0.0.11:53: read udp …: i/o timeout"
		"dns lookup && timed out", "dns lookup && timeout", "dns query && timed out", "dns query && timeout",
		"dns timeout", "dns timed out", "resolver timeout", "resolver timed out", "lookup timed out", "timeout resolving",
		"timed out resolving", "temporary dns failure",
		"|lookup| && :53: && timeout",
		// a sender's own "no hosts" verdict (Postal "No SMTP servers were available for X. No hosts to try.")
		"no smtp servers were available", "no hosts to try",
		"domain existiert nicht", "domain nicht gefunden", "unbekannte domain", "domain ist unbekannt",
		"domaine introuvable", "dominio no existe", "dominio inexistente", "dominio desconocido",
		"dominio inesistente", "dominio non esiste", "domein bestaat niet", "onbekend domein",
		"dominio nao existe", "домен не существует", "домен не найден", "несуществующий домен",
		"ドメインが存在しません", "ドメインが見つかりません", "域名不存在", "域名无法解析",
	}, unless: []string{"sender address", "sender domain", "unknown user", "user unknown", "no such user", "unknown local-part", "unknown recipient",
		"sender <", "|helo|", "accept mail from"}},
	{cat: CategoryDomainNotFound, why: "a domain named as missing with its name in between (Gmail 'the domain example.com couldn't be found', Exchange 5.4.310 'DNS domain example.com does not exist', localized NDRs); a user, mailbox or account word makes it an address problem instead", any: []string{
		"domain && couldn't be found", "domain && could not be found", "domain && does not exist", "domain && doesn't exist",
		"domaine && introuvable", "domaine && n'existe pas", "domaine && inexistant", "domain && existiert nicht", "dominio && no existe", "dominio && inexistente",
		"dominio && non esiste", "domein && bestaat niet", "domein niet gevonden", "dominio && nao existe",
		"домен && не существует", "домен && не найден", "域名 && 不存在",
		// Gmail's NDR in its other languages: "Address not found … because the domain … couldn't
		// be found" (probe AX ax-028..030), the domain whatever the heading says of the address
		"domein && niet is gevonden", "domein && is niet gevonden", "dominio && nao foi encontrado",
		"dominio && no se ha encontrado", "dominio && no fue encontrado", "dominio && non e stato trovato",
		"domaine && n'a pas ete trouve", "domaine && est introuvable", "ドメイン && 見つからなかった",
		"ドメイン && 見つかりませんでした", "域名 && 找不到", "网域 && 找不到", "網域 && 找不到",
		// and in German (probe AZ az-060: "weil die Domain example.net nicht gefunden wurde")
		"domain && nicht gefunden wurde", "domain && wurde nicht gefunden", "domain && konnte nicht gefunden werden",
	}, unless: []string{"user", "mailbox", "account", "sender", "usuario", "utilisateur", "utente", "gebruiker", "пользовател", "用户", "ユーザ"}},
	{cat: CategoryPolicyRejected, settled: true, why: "an Italian certified-mail (PEC) box that takes only certified mail: the receiver's policy for this sender, though its notice names the address unknown as the other possible cause ; before the unknown-address phrases, since it names 'sconosciuto' as the other possible cause (Aruba PEC '554 … Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata', probe BB bb-056; https://guide.pec.it)", any: []string{
		"posta non certificata", "messaggi non certificati", "non abilitato alla ricezione di posta",
	}},
	{cat: CategoryUserUnknown, why: "the destination's user lookup failed for good: the address has no user (OpenSMTPD's delivery agent 'Permanent failure in user lookup', blindah-0013, read as DNS by 'lookup'); the temporary one is the server's", any: []string{
		"permanent failure in user lookup", "user lookup failed permanently", "permanent user lookup failure",
	}},
	{cat: CategoryUserUnknown, any: []string{"address not found", "list not found", "no such list"}, unless: []string{"domain", "host", "dns", "sender"},
		why: "a local address or list the server does not know, whatever the enhanced code (Stalwart answers '550 5.1.2 Address not found.' / 'Mailing list not found.'; RFC 5321 550 'mailbox not found')"},
	{cat: CategoryDomainNotFound, settled: true, held: true, why: "a mail client's report that the name of its own outgoing (SMTP) server is unknown: it could not look the server up (Thunderbird's smtpSendFailedUnknownServer 'Outgoing server (SMTP) %S is unknown. The server may be incorrectly configured.', in its translations: Vietnamese 'Máy chủ gửi thư (SMTP) %S không xác định', probe BK bk-014, German, French, Italian, Portuguese, Polish, Czech, Dutch, Turkish, Russian). The same template's 'for an unknown reason' (smtpSendFailedUnknownReason) names no cause: in Vietnamese it is 'vì lý do không xác định', hence the unless. Before the unknown-user words, which read 'unbekannt', 'inconnu', 'sconosciuto', 'onbekend' alone. Settled: the template's other words (an error occurred while sending, the settings, try again) say nothing of the cause, and the model read them as a connection failure, a rate or an unknown user", any: []string{
		"(smtp) && is unknown", "(smtp) && không xác định", "(smtp) && неизвестен", "(smtp) && bilinmiyor", "smtp-server && ist unbekannt",
		"(smtp) && est inconnu", "(smtp) && sconosciuto", "(smtp) && nao e conhecido", "(smtp) && jest nieznany", "smtp server && je neznamy",
		"(smtp-)server && is onbekend",
	}, unless: []string{"lý do"}},
	{cat: CategoryUserUnknown, why: "the address does not exist at the destination (sisimai, bounce-handler, provider docs)", any: []string{
		"user unknown", "unknown user", "unknown recipient", "recipient unknown", "addressee unknown", "address unknown",
		// the user named unavailable, as 'mailbox unavailable' is read (a Chinese server's '550 #2175041
		// unavailable mail user', blindas-0002)
		"unavailable mail user", "unavailable user", "user unavailable", "mail user unavailable", "unavailable recipient", "recipient unavailable",
		// the server knowing nothing of the recipient, informally (vodolaz095/msmtpd
		// plugins/deliver/errors.go "521 i have no idea about recipient you want to deliver message
		// to", blindaf-0026, read by RFC 7504's 521 as a domain that takes no mail)
		"no idea about recipient", "no idea about the recipient", "never heard of", "do not know this recipient",
		"unknown address", "unknown local-part", "unknown local part", "unknown or illegal alias", "no such user",
		"no such recipient", "no such mailbox", "no such address", "no such person", "no such account", "no mailbox",
		"mailbox not found", "mailbox not present", "mailbox invalid",
		"invalid mailbox", "invalid recipient", "invalid user", "not a valid recipient", "not a valid mailbox",
		"not a valid user", "not a known user", "is not a valid address", "user not found", "user does not exist",
		// a server that cannot receive for the address given at RCPT (twisted.mail.smtp SMTPBadRcpt
		// "550 Cannot receive for specified address", blindae-0090); "cannot receive from" is the sender's
		"cannot receive for", "can't receive for", "can not receive for", "cannot receive mail for this address",
		"receive mail for the specified recipient", "receive mail for this recipient", "receive mail for the specified address",
		"user doesn't exist", "user not exist", "user not known", "recipient not found",
		"recipient not exist", "recipient is not local", "user not local", "recipient rejected",
		"email address could not be found",
		"does not exist", "doesn't exist", "no longer on server", "not listed in domino directory",
		"not listed in public name", "in name directory", "recipnotfound", "recipientnotfound",
		"bad destination mailbox", "no account by that name", "there is no one at this address", "not an active address",
		"unbekannt",
		"existiert nicht", "gibt es nicht", "nicht gefunden", "inconnu", "n'existe pas", "destinataire invalide",
		"adresse invalide", "introuvable", "no existe", "desconocido", "inesistente", "sconosciuto", "non esiste",
		"nao existe", "desconhecido", "onbekend", "bestaat niet", "nie istnieje", "neexistuje", "не существует",
		"нет такого", "inactive email address", "user is not local", "badrcptto", "validrcptto",
		"this user doesn't have a", "illegal user",
		"not our customer", "mailbox unallocated", "is no longer valid", "could not be found, or was misspelled",
		"address couldn't be found", "invalid final delivery userid", "not a registered user", "user not exist",
		"addressee unknown", "recipient not found", "recipient verification problem", "recipient not in route list",
		"kein postfach", "postfach nicht vorhanden",
		"ungultige adresse", "ungueltige adresse", "adresse inexistante",
		"destinataire inexistant", "boite aux lettres inexistante",
		"direccion no valida", "utente non trovato", "indirizzo non valido",
		"ongeldig adres",
		"usuario nao encontrado", "usuario inexistente",
		"пользователь не найден", "адрес не найден", "неизвестный получатель", "несуществующ", "ящик удален",
		"存在しません", "宛先が見つかりません", "不明なユーザ", "宛先不明", "該当するユーザ",
		"用户不存在", "收件人不存在", "地址不存在", "帐户不存在", "账户不存在", "邮箱不存在", "用戶不存在", "无此用户",
		"don't exist", "not exists", "no exist", "no longer exist",
		"not a member of domain", "recipient cannot be verified", "recipient could not be verified",
		"unable to verify recipient", "does not have an account", "has no account", "no account here",
		// "mail box" written as two words, and the underscore tokens some servers send
		"no mail box", "mail box not found", "mail box unavailable for this user",
		"bad recipient", "bad_recipient", "badrecipient",
		// Localized Exchange/Outlook NDR: "the e-mail address you entered couldn't be found".
		"impossibile trovare l'indirizzo", "no se encontro la direccion", "adres && niet gevonden", "e-mailadres && niet gevonden",
		"nao foi possivel encontrar o endereco", "не удалось найти && адрес", "アドレスが見つかりません", "未开通",
		"recipient verification failed",
		"dosn't exist", "doesnt exist", "dont exist", // misspellings servers really send
		"not user of this server", "not a user of this server",
	}, unless: []string{
		// Japanese: the sender's, a host's, a domain's or an authentication's "does not exist" (review S23C-5)
		"送信者の", "送信者が", "送信者は", "送信元の", "送信元が", "送信元は", "ホストが", "ホストは", "ドメインが", "ドメインは", "認証に失敗",
		"relay denied", "relaying denied", "relay access denied", "relay not permitted",
		// "user is not local" beside a relay refusal is why the relay was refused (Net::Server::Mail's
		// "550 Relaying prohibited, user is not local", probe BZ bz-022), not an unknown user
		"relaying prohibited", "relay prohibited", "relaying is prohibited",
		"|auth_", "|authcvm", "|authflat", "password", // credentials: an SMTP AUTH plugin's refusal (qpsmtpd auth/*)
	}},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.1"}, any: []string{"address rejected: access denied"},
		why: "Postfix check_recipient_access/check_sender_access REJECT without text says 'Access denied' with 5.7.1 (postconf(5) access_map_reject_code, access(5)): a table entry, a policy; Exchange's directory-based blocking of the same words carries 5.4.1 (below)"},
	{cat: CategoryUserUnknown, any: []string{"address rejected: access denied"}, unless: []string{"policy", "relay"},
		why: "Exchange Online directory-based edge blocking words it 'Recipient address rejected: Access denied' (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online); a named policy makes it a rule instead"},
	{cat: CategoryUserUnknown, any: []string{"address rejected"}, unless: []string{"recipient address rejected", "sender address rejected", "address rejected:"},
		why: "vpopmail/qmail-ldap '#5.1.0 Address rejected <rcpt>' is their unknown-user reply"},
	{cat: CategoryUserUnknown, codes: []string{"x.4.1", "x.7.504"}, any: []string{"access denied"}, unless: []string{"relay"},
		why: "Exchange Online directory-based edge blocking (5.4.1 Access denied): the address is not in the tenant"},
	{cat: CategoryBlocklisted, why: "Gmail's 'unusual rate of unsolicited mail originating from your IP address … mail sent from your IP address has been blocked' (550 5.7.1, probe BI bi-031): the IP blocked for its reputation, where the same notice with 'temporarily rate limited' is a rate (the rule below) and the documented x.7.28 code stays a rate (exchangeStatusRules)", all: [][]string{
		{"unusual rate", "unusual amount"},
		{"has been blocked", "have been blocked", "is blocked", "are blocked"},
	}, unless: []string{"rate limited", "rate-limited", "temporarily blocked"}, settled: true},
	{cat: CategoryRateLimited, why: "too many connections, messages or recipients; throttling (RFC 5321 §4.5.3.1.10 452 too many recipients; Gmail 4.2.1/4.7.28, Exchange 4.7.500, Yahoo [TSS04])", any: []string{
		"rate limit", "ratelimit", "rate-limit", "too many connections",
		"too many concurrent", "too many sessions", "too many smtp sessions", "too many simultaneous",
		"too many messages", "too many recipients", "too many rcpt", "too many emails", "too many mails",
		"number of rcpt", "total of rcpts", // Alibaba DirectMail "556 The number of RCPTs is over size", Alibaba Mail "505 the total of RCPTs is achieved the maximum threshold"
		"too many e-mails", "too much mail", "too many errors", "too many invalid recipients", "too many bad commands",
		"too fast", "too quickly", "slow down", "try again slower", "throttl", "max emails per", "max messages per",
		"max message per", "maximum number of connections", "maximum connections", "max connections", "connection limit",
		"connections limit", "concurrent connections", "exceeded permitted limits", "relay limit",
		"receiving mail at a rate", "unusual rate", "per hour", "per day", "per minute", "per second", "per transaction",
		"per session", "per connection",
		// a count per SMTP session in other words (gromox '554 Too many MAIL transactions in the same
		// connection', blindaj-0020)
		"too many && in the same connection", "too many && in one connection", "too many && in this connection",
		"too many && in the same session", "too many && in one session", "too many && in this session",
		"message rate", "recipient rate", "thread limit", "excessive volume", "unexpected volume",
		"trop de connexions", "trop de messages", "zu viele", "demasiados", "troppi", "frequency", "message threshold",
		"limit exceeded for", "exceeded the rate", "sent too many", "reached its limit", "reached the limit", "reached your limit",
		"recent messages", "excessive volume", "zu schnell", "trop de destinataires", "trop rapidement", "te veel", "muitas conexoes", "muitas mensagens", "слишком много", "превышен лимит", "слишком часто", "频率过快", "过于频繁", "连接数过多", "发信频率", "多すぎ",
		"too many && connections", "too many incoming", "too many inbound", "demasiadas", "troppe connessioni",
		// volume and slot wording: Gmail 4.7.0 "unusual amount of unsolicited mail", Postfix/Exim
		// "message submission rate for this client has exceeded the configured limit", "out of
		// connection slots", Yahoo's "[GL01]/[TS01] Message(s) from <ip> temporarily deferred"
		// (https://senders.yahooinc.com/smtp-error-codes: unexpected volume or complaints)
		"unusual amount", "submission rate", "exceeded the configured limit", "connection slots", "flooding",
		// the client's mail rate named as exceeded (Zoho Mail's "550 5.4.6 mail rate exceeded limit",
		// probe BK bk-029, whose X.4.6 would otherwise read as a routing loop)
		"mail rate", "email rate", "e-mail rate", "rate exceeded",
		"too much email", "too much e-mail", "in a short period",
		"message from && temporarily deferred", "messages from && temporarily deferred",
		// a count per time window, whatever is counted ("connections 25 exceed 20/60s",
		// "only 5 recipients per 5 minutes allowed", "has exceeded 100 messages per 1 hour":
		// smtpf, postfwd, Exim ratelimit), and concurrency caps ("Max concurrent sessions",
		// "concurrency limit reached")
		windowLiteral + " && |per|", windowLiteral + " && exceed", windowLiteral + " && limit", windowLiteral + " && allowed",
		// the same count in prose, bounded by "more than"/"only" (lavabit/magma src/servers/smtp/smtp.c:
		// "THE ACCOUNT <…> IS CONFIGURED NOT TO ACCEPT MORE THAN 200 MESSAGES IN A TWENTY-FOUR HOUR
		// PERIOD", "THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD")
		windowLiteral + " && more than", windowLiteral + " && |only|", windowLiteral + " && |quota|",
		// "too many" as non-native replies misspell it ("4.2.1 Sender ip address rejected: You sent to
		// many mails from different domains in the last 10 minutes", a hoster's documented reply, probe
		// BE be-049): a rate, not a listing of the sender's IP
		"sent to many", "to many mails", "to many messages", "to many emails", "to many e-mails", "to many connections",
		"to many recipients", "to many rcpt",
		"concurrency", "concurrent sessions", "max concurrent", "maximum concurrent", "simultaneous connections",
	}, unless: []string{
		// a count of what the client's mail caused, over a window ("more than 3 messages to our
		// spam traps in the past 7 days", "10 abuse complaints over the past 30 days", "5 failed
		// login attempts in the past 10 minutes"): the verdict is about that, not a rate (review
		// S26B-5)
		"spam trap", "spamtrap", "spam-trap", "complaint", "reported your mail", "reported as spam",
		"failed login", "login attempts", "authentication attempts", "mailbox full", "storage limit",
	}},
	{cat: CategoryRateLimited, why: "the sending account's limits exceeded, which the receiver (a submission server, GMX '471 4.7.1 … The limits for your account are exceeded. Please try again later.', probe BD bd-061) lifts with time: a rate of the account, not its mailbox's storage nor a message's size", any: []string{
		"limits for your account", "limit for your account", "account limit", "account's limit", "limits of your account",
		"limit of your account", "sending limits", "sending limit",
	}, unless: []string{"size", "storage", "mailbox", "disk", "quota exceeded", "over quota", "too large", "too big"}},
	{cat: CategoryRateLimited, why: "NetEase/Tencent wording: a count 'exceeded the limit' (超过限制) or 'a large number of messages' (大量信件) sent in a short time (https://help.mail.163.com)", any: []string{
		"超过限制", "超过 && 限制", "大量信件", "频率超限",
	}, unless: []string{"大小", "容量", "尺寸", "空间"}},
	{cat: CategoryOther, why: "a client library's complaint that the server answered a protocol step with a success or intermediate reply it did not expect (Symfony Mailer's 'Expected response code \"354\" but got code \"250\", with message \"250 2.1.5 Ok\"', probe BH bh-043; a pipelining or proxy mismatch): no delivery and no failure of the recipient, whatever the quoted 2.x.x code says", all: [][]string{
		{"expected response code", "expected reply code", "expected code", "unexpected response code", "unexpected reply code"},
		{"but got code \"2", "but got code 2", "but got \"2", "but got code \"3", "but got code 3", "but got \"3", "got 250", "got code 250"},
	}},
	{cat: CategoryPolicyRejected, why: "the recipient's own preferences or mail settings refusing the sender (Facebook's '550 5.1.1 RCP-P2 … Refused due to recipient preferences', probe BG bg-056): a per-user rule of the receiving side, not an unknown address nor a listing of the IP its help link names", any: []string{
		"recipient preferences", "recipient's preferences", "recipients preferences", "recipient preference", "recipient's preference",
		"recipient's mail settings", "recipient's settings", "recipient settings", "user preferences do not", "user's preferences",
	}},
	{cat: CategoryBlocklisted, why: "the sending IP itself named as blocked or refused; an anti-spam system named as the one that blocked it is the mechanism, not a verdict on the content (Verizon 571 'Email from <ip> is currently blocked by Verizon Online's anti-spam system', RR 'Mail refused - <ip>')", any: []string{
		ipLiteral + " && blocked", ipLiteral + " && banned", ipLiteral + " && refused", ipLiteral + " && blacklisted",
	}, unless: []string{"spam detected", "identified as spam", "classified as spam", "looks like spam", "spam content", "content", "virus", "attachment", "relay", "too many", "|rate",
		"connect to", "connection", "unusual amount", "this message", "unsolicited",
		// a socket error's name holds "refused" (Node's "connect ECONNREFUSED <ip>:25", Haraka; probe AX ax-032)
		"econnrefused", "etimedout", "ehostunreach", "enetunreach", "econnreset"}},
	{cat: CategoryBlocklisted, settled: true, why: "the connecting address named on a list by where it is or what it hit, also under a 'SPAM.' label: OpenBSD spamd.conf's list messages ('SPAM. Your address <ip> appears to be from China', '… has sent mail to a spamtrap within the last 24 hours'), country and geo-IP blocks, spam traps (a reputation listing of the client, not a verdict on this message's content)", any: []string{
		// a trap the client hit (not a filter product named "SpamTrap": "Message blocked by … SpamTrap
		// Technology" is a content verdict, blindd-0046)
		"sent mail to && spamtrap", "sent mail to && spam trap", "sent mail to && spam-trap", "hit && spamtrap", "hit && spam trap",
		"spamtrap hit", "spam trap hit", "spamtrap address", "spam trap address", "spamtrap hits", "spam trap hits",
		ipLiteral + " && spamtrap", ipLiteral + " && spam trap", ipLiteral + " && spam-trap",
		ipLiteral + " && appears to be from", ipLiteral + " && country", "your country",
		"country block", "blocked country", "blocked countries", "country is blocked", "geoip", "geo-ip", "geoblock", "asianspamblocks",
	}, unless: []string{"spam detected", "identified as spam", "classified as spam", "looks like spam", "spam content", "virus", "attachment"}},
	{cat: CategoryBlocklisted, why: "the client's IP or host 'caught' by or in a list: a DNSBL's verdict on the client, whatever the list is called — a list's name often holds 'spam' (spamstomp, spamrats), which the content phrases below would read as a verdict on the message (milter-greylist's greylist.conf(5) examples 'IP caught by spamstomp', 'Sender IP caught in CBL blacklist', blindaq-0004, 0002; XMail's 'Denied due inclusion of your IP inside (<list>)', blindah-0001)", all: [][]string{
		{"|ip|", "ip address", "your ip", "sender ip", "sending ip", "client ip", "source ip", "your host", "client host", "sending host", "your server"},
		{"caught by", "caught in", "caught on", "trapped by", "trapped in",
			// the same finding worded as the IP's presence in the list (XMail's '550 Denied due inclusion of
			// your IP inside (<list>)', blindah-0001, which only the model had read as a block)
			"inclusion of", "included in", "inside ("},
	}, unless: []string{"loop", "not included", "|spf|", "allowed", "whitelist", "allowlist", "allow list"}, settled: true},
	{cat: CategorySyntaxError, why: "the message's content, body or format, or its conversion, with a word saying it is corrupt, malformed or could not be converted: RFC 3463 X.6.x media errors (X.6.0 other media error, X.6.5 conversion failed), which judge the message's form, not what it says — the content phrases below would read 'message content' as a verdict (Exchange's '554 5.6.0 Corrupt message content; STOREDRV.Deliver.Exception:ConversionFailedPermanentException', written for the twentieth session's probe of mainstream replies)", all: [][]string{
		{"content", "message body", "message format", "conversion", "conversionfailed", "encoding"},
		{"corrupt", "malformed", "conversion failed", "conversionfailed", "could not be converted", "cannot be converted", "can't be converted", "unable to convert", "not properly formatted", "improperly formatted"},
	}, unless: []string{"spam", "virus", "malware", "phishing", "infected", "unsolicited", "dkim", "signature", "size", "too large", "too big"}},
	{cat: CategorySpamContent, why: "content judged spam, malicious or infected (Gmail UnsolicitedMessageError, Yahoo [PH01], Apple CS01, amavis/SpamAssassin/rspamd rejects)", any: []string{
		"spam", "junk mail", "junkmail", "virus", "malware", "infected", "malicious", "phishing", "unsolicited",
		"bulk mail", "bulk e-mail", "bulk email", "content filter", "filtered", "content reject",
		"content denied", "rejecting mail content", "unacceptable content", "scored too high", "score too high",
		"banned content", "prohibited attachment", "attachment extension is forbidden", "executable", "eicar",
		"quarantined", "potential security issue", "suspicious content", "looks suspicious", "not accepted for policy reasons",
		// a content filter's verdict that keeps the message for a person to look at (Exim acl.c
		// control=fakereject "Your message has been rejected but is being kept for evaluation",
		// blindag-0039; quarantines that answer with a reject)
		"kept for evaluation", "held for evaluation", "kept for review", "held for review",
		"mail rejete", "reject, id=", "high probability", "content examination",
		"recurrent pattern", "message content",
		"|url| && listed", "|uri| && listed", "|url| && black", "|uri| && black", "in the body && listed", // a URL of the message on a list (SURBL, URIBL)
		"content restriction", "due to security policies", "url in message", "blacklisted url", "blacklisted link", "uri in message", "illegal attachment", "attachment guidelines", "spam classification", "content presents a potential", "unerwunscht", "pourriel", "courrier indesirable", "correo no deseado", "posta indesiderata", "ongewenste", "lixo eletronico", "mensagem indesejada", "спам", "вирус", "迷惑メール", "スパム", "ウイルス", "垃圾邮件", "病毒", "内容违规", "|ube|",
		"mass mail", "viral", "banned_file", "antispam check", "anti-spam check",
		"ixhash", "|razor|", "pyzor", "|dcc|", "rejected content", "blocked mime", "mime part", // content checksums and MIME-part filters
		"outbreak filter", "suspicious link", "suspicious url", "intent analysis", "banned file", "prohibited file", "dangerous file", "forbidden file",
		// attachment filters on what an archive or file is (Haraka attachment plugin "Message
		// contains encrypted archive", "nested archives exceeding the maximum depth",
		// "disallowed file extension", "unacceptable attachment")
		"encrypted archive", "nested archive", "password-protected archive", "password protected archive",
		"disallowed file", "unacceptable attachment",
		"body host", "body url", "blacklisted body", // a URL or host named in the body on a list (spamilter, SURBL-style checks)
	}, unless: []string{"message size (", "size (content filter)", "too many mime"}}, // "Message size (content filter)": the filter named is the mechanism, the verdict is the size
	{cat: CategorySpamContent, why: "active content inside the message: Office macros (VBA), scripts or executables found in it are what content filters refuse as dangerous (a hoster's documented '552 MS-Office file containing VBA macros found inside of the email', probe BE be-026); the 552 is not a mailbox's quota", any: []string{
		"vba macro", "containing macros", "macros found", "macro found", "contains macros", "contains a macro", "office macro",
		"executable found", "executable content", "script found inside",
	}},
	{cat: CategorySpamContent, why: "an attachment refused for its type or danger (mail gateways' attachment filters); its size is a size limit instead", all: [][]string{
		{"attachment"}, {"banned", "blocked", "prohibited", "dangerous", "not allowed", "forbidden", "illegal"},
	}, unless: []string{"size", "too large", "too big", "exceed"}},
	{cat: CategoryMessageTooLarge, why: "size limits on the message, a header or attachments (RFC 1870 SIZE, RFC 3463 X.2.3/X.3.4)", any: []string{
		"too large", "too big", "size exceeds", "exceeds size", "size limit", "sizelimit", "message size",
		"size of your message", "size of the message", "maximum size", "max size", "maximum email size",
		"length exceeds",
		"header size", "headers too long", "header too long",
		"taille limite", "taille du message", "message trop", "zu gross", "demasiado grande",
		"troppo grande", "attachment size", "attachments exceed", "number of attachments",
		"exceeds the size", "exceeds fixed maximum",
		"more than && bytes long", "header line too long", "header line exceeds", "trop volumineux", "excede el tamano", "dimensione massima", "te groot", "muito grande", "excede o tamanho", "слишком большой", "слишком велик", "превышен максимальный размер", "大きすぎ", "サイズ制限", "邮件过大", "邮件大小超过", "超过大小",
	}, unless: []string{"queue size", "failed to queue"}}, // the receiver's own queue (chasquid "Failed to queue message: Queue size too big")
	{cat: CategoryBlocklisted, settled: true, any: []string{"s:bl/", "s:bl "},
		why: "Advanced Filtering's Exim ACLs answer a client on their system black list with the code 'S:BL/' before the list's words ('550 S:BL/ (system policy: sender host address)', github.com/roman-rybalko/af services/smtp/exim/main.conf, blindam-0028): a listing whatever policy word follows; settled, as retrainings moved it between the listing and the policy"},
	{cat: CategoryBlocklisted, why: "the client itself found to be an open relay or open proxy: a verdict on the connecting host's standing (the open-relay and open-proxy lists, SORBS's 'vulnerable to open-relay/open-proxy attacks', blindap-0003; indimail-mta smtpd.c smtp_relayreject '553 No mail accepted from an open relay (<ip>); check your server configs (#5.7.1)', blindaq-0028), not this server refusing to relay for the client", any: []string{
		"from an open relay", "from open relay", "from an open proxy", "from open proxy", "is an open relay", "is an open proxy",
		"are an open relay", "are an open proxy", "open relay detected", "open proxy detected", "detected as an open relay",
		"detected as an open proxy", "listed as an open relay", "listed as an open proxy", "via an open proxy", "through an open proxy",
	}, unless: []string{"possible open relay", "not an open relay", "we are not an open relay"},
		// settled: the verdict is on the client whatever refusal words surround it (as a client
		// listed by its country, strongRules)
		settled: true},
	{cat: CategoryPolicyRejected, why: "relaying (RFC 5321 §3.6.2) and SMTP AUTH refusals (RFC 4954 530/535) and POP-before-SMTP are policy, not sender authentication", any: []string{
		"relay access denied", "relaying denied", "relay denied", "relay not permitted", "relaying not allowed",
		"|auth_", "|authcvm", "|authflat", "wrong username", "invalid password",
		// log-in and permission wording for SMTP AUTH and submission rights (Citadel "You must log
		// in to send mail on this port", "you do not have permission to send Internet mail")
		"must log in", "must login", "must be logged in", "log in to send", "login required", "login first",
		"submission port", "unauthenticated session",
		// POP-before-SMTP: the submitter must fetch its mail before the server lets it send
		// (an older authorisation scheme; a hoster's "553 5.3.0 Please receive your mail
		// before sending")
		"pop before smtp", "pop-before-smtp", "pop3 before smtp", "pop3-before-smtp", "smtp after pop", "smtp-after-pop",
		"your mail && before sending", "your email && before sending", "your mail first", "your email first",
		"do not have permission", "don't have permission", "not have permission to send", "no permission to send",
		"relay not allowed", "unable to relay", "open relay", "no relaying", "relaying to",
		"as a relay", "we do not relay", "not a gateway", "relay prohibited", "relaying is prohibited",
		"not configured to relay",
		// a recipient or domain the server does not take (bz-003), not a size, a type or an
		// extension it does not take (review S37-3: "Mailbox not configured to accept messages over 20 MB")
		"not configured to accept that recipient", "not configured to accept this recipient", "not configured to accept the recipient",
		"not configured to accept recipient", "not configured to accept mail for", "not configured to accept email for",
		"not configured to accept messages for", "not configured to accept mail to", "allowed rcpthosts", "authentication required", "auth required", "must authenticate",
		"authentication is required", "password not accepted", "username and password", "invalid credentials",
		"authentication credentials", "application-specific password", "incorrect authentication", "too many login attempts", "log in with your web browser",
		"log in via your web browser", "please log in",
		"authentication failed", "authentication failure", "authentication unsuccessful", "sasl", "smtp auth",
		"username or passw", "|passwd|", // Alibaba Mail "524 username or passwd is NULL" (SMTP AUTH)
		"smtpclientauthentication", "not authenticated", "authentification",
		"unregistered domain", "tenantattribution", "host network not allowed", "envelope blocked", "anti-spoofing",
		"administrative prohibition", "not authorized", "not authorised", "unauthorized",
		"members-only", "not subscribed", "distribution list", "organization policy", "organizational settings",
		"external forwarding", "does not accept email over", "ip not in whitelist", "not in allowlist",
		// a recipient (or sender) the server accepts only from a whitelist it is not on: the
		// receiver's rule, not an unknown address (vodolaz095/msmtpd plugins/recipient
		// whitelists.go "521 I'm sorry, but recipient's email address is not in whitelist",
		// blindaf-0024, read as an unknown user)
		"not in whitelist", "not in the whitelist", "not on the whitelist", "not whitelisted",
		"restricted", "not permitted", "prohibited by", "blocked senders", "manually blocked",
		"relaying disallowed", "relay disabled", "relaying nicht erlaubt", "relais refuse", "relais interdit", "relay denegado", "relay non consentito", "relay negado", "ретрансляция запрещена", "不允许转发", "拒绝中继", "not a member", "send mail as", "local user only", "local users only", "rejected by recipients", "policy rejection on the target address", "tenant allow block list", "blocked by your organization", "reject due to policy",
		"requires confirmation", "confirm this mail server", "challenge-response", "challenge response",
		"rejected due to && policy", "filtering policy", "rejected for policy reasons", "mail from && rejected for policy",
		// a person's decision at the receiver, not the mailbox's state (MXroute "Your recipient
		// address has been blocked by admins")
		"blocked by admin", "blocked by the admin", "blocked by an admin", "blocked by your admin", "blocked by the postmaster",
	}, unless: []string{
		// the AUTH mechanism the server does not offer, which the sets read as RFC 4954's 504
		// (syntax; simple-java-mail's "server does not support SMTP AUTH type: CRAM-MD5", probe BY by-036)
		"smtp auth type", "smtp auth mechanism", "smtp auth method"}},
	{cat: CategoryPolicyRejected, why: "localized NDRs: the sender is not allowed to send to this recipient (Exchange/Microsoft 365 'You aren't allowed to send to this recipient' in de/fr/es/it/nl/pt)", any: []string{
		"nicht berechtigt", "pas autorise", "no tiene permiso", "no esta autorizado", "non sei autorizzato", "non e autorizzato",
		"niet gemachtigd", "niet toegestaan", "nao tem permissao", "nao esta autorizado", "не разрешено", "нет разрешения",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "the same in Chinese and Japanese, also with the right named as not enough and in traditional characters (gromox mlist_bounce '您没有足够的权限向…这个邮件列表发送邮件', blindaj-0065, read as a rate by the model). Settled: the model's words are runs of letters between spaces and punctuation, so an unspaced clause is one word it has almost never seen", any: []string{
		"没有权限", "権限がありません", "足够的权限", "权限不足", "沒有權限", "權限不足", "足夠的權限", "送信権限がない",
	}},
	{cat: CategoryServerError, why: "temporary or internal faults at the receiver or in the local delivery chain (RFC 5321 421/451, RFC 3463 X.3.x)", any: []string{
		"system error", "internal error", "server error",
		"local error", "configuration error", "configuration problem", "misconfigured",
		"mail transport error", "temporary failure", "temporary problem", "temporary local problem",
		"temporarily unavailable", "temporarily not available", "service unavailable", "service not available",
		"service currently unavailable", "service not active", "not accepting network messages", "system busy",
		"server busy", "(u) busy", "is busy", "i/o error", "io error", "insufficient system", "system resources",
		"out of memory", "queue file write error", "queue full", "queue is full", "command died with signal",
		"command time limit exceeded", "command failed", "unable to lock", "lock timeout", "database error",
		"ldap error", "lookup error", "unable to process", "processing error", "error processing",
		"failed to be replicated", "no healthy", "mdb properties", "storedriver", "milter",
		"temporarily rejected", "upstream error", "our database", "ldap unavailable", "ldap server", "ldap timeout", "mailer error", "system problem", "temporary failure", "could not load", "unable to contact ldap", "pipe to |/", "insufficient permission", "temporary domain failure", "vorubergehender fehler", "interner fehler", "erreur temporaire", "erreur interne", "service indisponible", "error temporal", "error interno", "servicio no disponible", "errore temporaneo", "errore interno", "servizio non disponibile", "tijdelijke fout", "interne fout", "erro temporario", "erro interno", "servico indisponivel", "временная ошибка", "внутренняя ошибка", "сервис недоступен", "一時的なエラー", "系统繁忙", "系统错误", "服务器繁忙",
		// the receiver's own parts named as failing: its internal network, message store,
		// address checks, DKIM signer, queue, back end (smtpf, FTGate, chasquid, go-guerrilla)
		"internal && error", "access error", "error checking", "temporary error", "signing failed", "failed to sign",
		// Postfix's own lookup tables failing ("4.3.0 <a@b>: Temporary lookup failure", a map or
		// LDAP/SQL source it could not read; probe AX ax-087)
		"temporary lookup failure",
		"failed to queue", "unable to queue", "queue size", "backend", "back end", "transaction timeout",
		"other smtp server", "downstream server", "internal server", "forward host", // the receiver's onward or verification server (MIMEDefang, smtpf)
	}, unless: []string{"problem delivering your message", "network i/o"}},
	{cat: CategoryPolicyRejected, codes: []string{"5.7.*"}, why: "'Connection refused' as the words of a server that answered with a permanent security or policy status ('550 5.7.1 Connection refused', Vade's platforms' refusal of a client, probe BU bu-013): RFC 3463's X.7 says why, and a session that carried a reply was not a failed connection; a listing or a rate named beside it is read by the rules above", any: []string{
		"connection refused", "connection rejected",
	}},
	{cat: CategoryConnectionFailed, why: "no working SMTP session: refused, timed out, dropped, TLS handshake broke (Postfix smtp_connect.c/smtp_proto.c texts, RFC 3463 X.4.1/X.4.2)", any: []string{
		"lost connection", "timed out", "timeout", "connection refused", "connection reset",
		// a read or write on the socket failing mid-session, as a gateway's retry reason words it
		// ('RETRY.23 Read/Write error over network connection', a Taiwanese gateway's list quoted on a
		// forum, probe BP bp-016): the session broke, the sender retries
		"read/write error", "read error over network", "write error over network", "error over network connection",
		"network read error", "network write error", "network i/o error",
		// Node's socket errors as Haraka and Nodemailer report them ("Error: connect ECONNREFUSED
		// 192.0.2.25:25", probe AX ax-032)
		"econnrefused", "econnreset", "etimedout", "ehostunreach", "enetunreach", "econnaborted",
		"connection died", "connection closed", "closed connection", "connection dropped", "connection was dropped",
		"connection lost", "connection was closed", "closed abruptly", "greeting failed", "no route to host",
		"unreachable", "could not connect", "couldn't connect",
		"cannot connect", "can't connect", "unable to connect", "failed to connect", "not able to establish",
		"wasn't able to establish", "unable to establish", "error communicating", "socket error", "socketerror",
		"broken pipe", "handshake", "tls error", "ssl_connect", "ssl error", "ssl routines", "suspiciousremoteservererror",
		"did not respond", "not responding", "no response from", "connection attempt failed", "connection failed",
		"network i/o", // maddy "450 4.4.2 Network I/O error" (RFC 3463 X.4.2 bad connection)
		// the server never sent its 220 greeting (RFC 5321 §3.1, §4.3.1): nodemailer's
		// "Greeting never received" (ETIMEDOUT), clients' "no SMTP greeting/banner"
		"greeting never received", "never received greeting", "never received a greeting", "no greeting received", "no greeting from",
		"no smtp greeting", "greeting not received", "did not receive greeting", "did not receive a greeting",
		"didn't receive a greeting", "did not send a greeting", "without a greeting",
		"no banner", "banner not received", "never sent a banner", "did not send a banner", "no smtp banner",
		"refused to talk to me", "host is down", "host not reachable", "|eof|", "reading greeting", "connection && is broken", "connection && broken", "network error on destination", "requests to connect", "connection expired", "unexpected eof", "premature end",
		// a relay's report that it could not reach the next server (Exchange 5.5's IMS "421 NSO
		// <host> Unable to contact destination SMTP demon <host>", probe BY by-044)
		"unable to contact destination", "could not contact destination", "cannot contact destination",
	}},
	// Batch BY's kinds (kinds_by_test.go), last in the table so that an
	// older rule that names a cause reads first: replies of small servers,
	// proxies and legacy gateways from their source code and archived
	// knowledge bases.
	{cat: CategoryTLSRequired, why: "a server that has no TLS to offer, or whose TLS layer failed to start (grafana/smtprelay's '502 TLS not supported', Exchange 5.5's '554 Unable to initialize security subsystem', probe BY by-003, by-045), as the sets read '454 4.7.0 TLS not available due to local problem': the TLS the client wants is not there", any: []string{
		"tls not supported", "tls is not supported", "tls not implemented", "starttls is not supported", "security subsystem", "tls subsystem",
	}, unless: []string{"too many", "certificate"}},
	{cat: CategorySyntaxError, settled: true, why: "a client's report that the server does not offer the SMTP AUTH mechanism it asked for (CodeIgniter's 'Unable to initiate AUTH command. Your server might not be configured to use AUTH LOGIN authentication method.', simple-java-mail's 'server does not support SMTP AUTH type: CRAM-MD5', probe BY by-019, by-036), as the sets read RFC 4954's 504 'Unrecognized authentication type'. Only in a text with no reply code; a mechanism too weak or one that needs encryption first is another's (RFC 4954 534, 538)", all: [][]string{
		{"auth type", "auth mechanism", "authentication mechanism", "authentication method", "authentication type", "auth method"},
		{"not support", "doesn't support", "unsupported", "not configured to use", "not be configured to use", "unimplemented", "not implemented"},
		{noReplyCodeLiteral},
	}, unless: []string{"too weak", "encryption", "starttls", "|tls|", "|ssl|", "secure connection"}},
	{cat: CategoryPolicyRejected, settled: true, why: "the client's address outside the networks the server relays for (grafana/smtprelay's '421 Denied - IP out of allowed network range', probe BY by-001; Postfix's mynetworks), or a restriction the server's administrator set (Exchange 5.5's 'A restriction in the system prevented delivery of the message.', by-041): the receiver's rule, not a listing or a rate", any: []string{
		"out of allowed network", "not in the allowed network", "not in allowed network",
		// a range of addresses, not of sizes, counts, rates or dates (review2 r2-62..r2-75)
		"ip not in allowed range", "ip not in the allowed range", "address not in allowed range", "address not in the allowed range",
		"client not in allowed range", "host not in allowed range",
		"outside the allowed network", "outside of the allowed network", "restriction in the system prevented delivery",
	}, unless: []string{"too many", "blacklist", "blocklist", "listed"}},
	{cat: CategoryAuthenticationFailed, why: "the name the client gave (HELO/EHLO, or the name quoted in the session) checked against its IP address and not matching (Exchange 5.5's IMS '550 Quoted name does not match IP Address', probe BY by-047): the forward-confirmed identity check, as the sets read a HELO name that does not resolve", any: []string{
		"name does not match ip", "name doesn't match ip", "name does not match the ip", "hostname does not match ip",
	}, unless: []string{"certificate", "|cert|", "tls", "ssl"}},
	{cat: CategoryServerError, why: "a proxy or gateway that could not pass the session on to the server behind it (avsmtpd's '554 Sorry, can't forward connection', probe BY by-027): the receiving side's own fault", any: []string{
		"can't forward connection", "cannot forward connection", "could not forward connection", "unable to forward connection",
		"unable to forward the connection", "could not forward the connection", "cannot forward the connection",
	}},
	// Batch BZ's kinds (kinds_bz_test.go): replies of small servers and
	// policy daemons, from their source code.
	{cat: CategoryAuthenticationFailed, why: "a client refused because its own DNS records are wrong (ppolicy's '550 we don't accept … mail from mailservers without correct DNS configuration', '450 Your client address is suspicious, it doesnt have correct DNS records', probe BZ bz-049, bz-050): the forward-confirmed identity check, as the sets read a missing or mismatched PTR", all: [][]string{
		{"correct dns", "proper dns", "valid dns"},
		// the client's own server, not the recipient domain's ("the mail server of example.org
		// … does not have a valid DNS A record", review S37-3)
		{"client", "your mailserver", "your mail server", "from mailservers", "from mail servers", "mailservers without",
			"mail servers without", "your server", "your ip", "your address", "sending server", "sending mail server", "your host"},
	}, unless: []string{"recipient", "destination", "|mx|"}},
	{cat: CategoryConnectionFailed, why: "a server whose read of the client's data timed out (AmiSMTPd's '550 RECV TIMED-OUT!.', probe BZ bz-056): the session, whatever code it carries", any: []string{
		"recv timed-out", "recv timed out", "receive timed out", "receive timed-out", "read timed-out",
	}},
	{cat: CategoryServerError, why: "the receiving server's own configuration or spool failing (mailfront's '554 Mail server configuration is wrong', '550 Error writing Spool...', probe BZ bz-025, bz-055): its fault, not a rule about the message", any: []string{
		"configuration is wrong", "wrong configuration", "error writing spool", "error writing to spool", "spool write error",
	}, unless: []string{
		// a configuration the reply says is someone else's: the sender's records, the client's
		// session (review S37-3: "The sender's DKIM configuration is wrong")
		"|your", "client", "sender", "|helo", "|ehlo", "|spf|", "|dkim|", "|dmarc|", "|dns|", "|mx|", "starttls", "|tls|", "relay", "authenticat"}},
	{cat: CategoryServerError, settled: true, why: "Exchange's Sent Items agent failing to copy the message into the sender's mailbox ('550 5.7.103 UserMailboxSentItemsAgent; Sent items copy failed due to a permanent error [Stage: OnPromotedEvent]', probe BZ bz-039): a transport agent's fault, which its X.7 code does not make a policy; settled, as the model read the code", any: []string{
		"sent items copy failed", "sentitemsagent",
	}},
	{cat: CategorySyntaxError, why: "an empty recipient address (Mireka's '554 5.1.2 Recipient address may not be empty', probe BZ bz-005): the path's syntax (RFC 5321 §4.1.2), not the domain's DNS the X.1.2 code names; an empty sender is the null reverse-path, another matter", all: [][]string{
		{"recipient", "rcpt", "forward-path", "forward path"},
		{"may not be empty", "cannot be empty", "can't be empty", "must not be empty", "is empty"},
	}, unless: []string{"sender", "mail from", "reverse-path", "null",
		// something else said empty beside a recipient (review S37-3: "Message to recipient …
		// refused: subject is empty")
		"subject", "body", "message is empty", "return path", "return-path", "envelope-from", "envelope from",
		"forwarding", "list is empty", "alias"}},
	{cat: CategoryTLSRequired, why: "a client that stops because the session is not encrypted (Dart's mailer 'Aborting because connection is not secure', probe BZ bz-041): the TLS it requires, not there", any: []string{
		"connection is not secure", "connection not secure", "insecure connection", "connection is insecure",
	}, unless: []string{"certificate"}},
	// Batch CA's kinds (kinds_ca_test.go): what mail clients and local
	// delivery programs write themselves, without a reply code.
	{cat: CategoryConnectionFailed, settled: true, why: "a client's report, without a reply code, that it could not open the connection to its SMTP server, or could not start TLS on it once the server agreed (SquirrelMail's 'Can't open SMTP stream.' and 'Unable to start TLS.', UW c-client's 'Unable to negotiate TLS with this server: <host>', probe CA ca-013, ca-014, ca-001): the connection or its handshake (DESIGN: a TLS handshake failure is connection_failed). A TLS the client requires and the server does not offer is tls_required; a connection to the receiver's own back end is its server's", all: [][]string{
		{"open smtp stream", "open smtp connection", "open smtp socket", "open a connection to", "open connection to", "open the connection to",
			"open socket to", "open a socket to", "unable to start tls", "could not start tls", "cannot start tls", "can't start tls",
			"couldn't start tls", "failed to start tls", "unable to negotiate tls", "could not negotiate tls", "cannot negotiate tls",
			"can't negotiate tls", "failed to negotiate tls", "unable to negotiate ssl", "could not negotiate ssl"},
		{noReplyCodeLiteral},
	}, unless: []string{"required", "require", "not offered", "advertise", "not support", "certificate", "database", "ldap", "|sql",
		"mysql", "redis", "lmtp", "clamd", "spamd", "milter", "policy", "dict",
		// a local back end's socket (review S38 s38-24, s38-25)
		"postgres", "sqlite", "auth socket", "dovecot", "saslauthd", "/var/run", "/run/"}},
	{cat: CategoryServerError, settled: true, why: "a local delivery program that could not write the message into the mailbox — a write error, a mailbox it could not append to or lock, a directory that is no maildir, the queue program it hands a forward to failing — without a reply code (vmailmgr's vdeliver 'Error writing the output file.', 'Destination directory does not appear to be a maildir.', 'qmail-queue exited with an error!', UW tmail's 'message delivery failed to /var/mail/<user>', probe CA ca-030, ca-018, ca-019, ca-008): the receiving host's own fault, which these programs report as temporary (exit 111, EX_TEMPFAIL) and an MTA retries, as Postfix's local(8) defers 'cannot update mailbox'. A quota or a full mailbox is the recipient's; a write to a socket or server is the connection's", all: [][]string{
		{"error writing", "error while writing", "unable to write", "could not write", "couldn't write", "cannot write", "can't write",
			"failed to write", "write error", "write failed", "unable to append", "could not append", "couldn't append", "cannot append",
			"can't append", "failed to append", "error appending", "not appear to be a maildir", "is not a maildir", "not a valid maildir",
			"unable to lock", "could not lock", "cannot lock", "can't lock", "dot-lock", "dotlock", "delivery failed to /",
			"qmail-queue exited", "qmail-inject exited", "qmail-queue failed"},
		{noReplyCodeLiteral},
	}, unless: []string{"quota", "full", "exceed", "too large", "too big", "socket", "connection", "broken pipe", "reset", "timed out",
		"timeout", "network", "server", "smtp", "remote", "sender",
		// a TLS layer's write is the connection's (review S38 s38-48: "SSL_write failed: errno 104")
		"ssl", "tls"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a delivery program that writes only for the user who runs it (UW dmail's 'can't deliver to other user', probe CA ca-009): its own rule on whose mail it may deliver, not an unknown recipient. Only without a reply code: a server's '551 User has moved; please try to deliver to another user' is RFC 5321's user not local (review S38 s38-71)", all: [][]string{
		{"deliver to other user", "deliver to another user", "deliver for other user", "deliver for another user"},
		{noReplyCodeLiteral},
	}},
	// Batch CB's kinds (kinds_cb_test.go): replies of qmail patches and
	// small servers, a WordPress plugin and GNU Mailutils' delivery agent
	// in their translations.
	{cat: CategoryConnectionFailed, settled: true, why: "a client's connectivity test that found no SMTP service on the host and port it was given (Post SMTP's 'The SMTP hostname is wrong or the mail server does not provide service on this port' and its translations, Postman/languages/*.po at e326e19, probe CB cb-004, cb-005): no session, whichever of the two; a name that does not resolve says so", any: []string{
		"does not provide service on this port", "doesn't provide service on this port", "no smtp service on this port",
		"no service on this port", "δεν παρέχει υπηρεσίες σε αυτή τη θύρα", "ne fournit pas de service sur ce port",
		"non fornisce il servizio su questa porta", "biedt geen service aan op deze poort", "не предоставляет доступ к этому порту",
		"bu bağlantı noktasında hizmet sağlamaz", "没有在该端口提供服务",
	}, unless: []string{
		// a server that gives service on the port only after STARTTLS (review S38B s38b-19)
		"starttls", "|tls|", "|ssl|", "encrypt"}},
	{cat: CategoryUserUnknown, settled: true, why: "'no such user' in the languages GNU Mailutils' delivery agent (maidag) is translated into, after the user's name ('%s: no such user', po/*.po at 211426a: Swedish 'ingen sådan användare', Finnish 'tuntematon käyttäjä', Indonesian 'tidak ada pengguna seperti itu', Vietnamese 'không có người dùng như vậy'; probe CB cb-036, cb-037): the recipient unknown, as in English", any: []string{
		"ingen sådan användare", "tuntematon käyttäjä", "tidak ada pengguna seperti itu", "không có người dùng như vậy",
	}, unless: []string{
		// the sender or a login refused, in the same languages (review S38B s38b-28, 29, 31, 106)
		"avsändare", "inloggning", "lähettäjä", "kirjautu", "pengirim", "otentikasi", "autentikasi", "login", "người gửi",
		"đăng nhập", "xác thực", "sender", "auth"}},
	{cat: CategoryMailboxFull, settled: true, why: "a mailbox's quota exceeded in the languages of GNU Mailutils' delivery agent ('%s: mailbox quota exceeded for this recipient', po/*.po at 211426a: Swedish 'kvot för brevlåda överstigen', Finnish '…sähköpostilaatikkokiintiö ylitettiin', Indonesian 'kuota kotak surat dilewati', Russian 'превысил квоту на размер почтового ящика', Ukrainian 'вичерпано обмеження розміру скриньки', Vietnamese 'hạn ngạch hộp thư bị vượt quá'; probe CB cb-035): the recipient's storage, which the model read as other, an unknown user or a size", any: []string{
		// (not a bare "kiintiö ylitetty", any quota exceeded, nor "hộp thư đầy", which begins "hộp
		// thư đầy đủ", the complete mailbox address: review S38B s38b-34..36, s38b-40)
		"kvot för brevlåda", "brevlådans kvot", "kvoten för brevlådan", "laatikkokiintiö", "postilaatikon kiintiö",
		"kuota kotak surat", "kotak surat penuh", "квоту на размер почтового ящика", "квота почтового ящика", "обмеження розміру скриньки",
		"hạn ngạch hộp thư", "hộp thư đã đầy", "hộp thư bị đầy",
	}},
	{cat: CategoryServerError, settled: true, why: "a delivery agent that could not lock the recipient's mailbox, in the languages of GNU Mailutils ('cannot lock mailbox `%s': %s', po/*.po at 211426a: Catalan 'No es pot blocar la bústia', Spanish 'no se puede bloquear el buzón', French 'impossible de verrouiller la boîte aux lettres', Russian 'Невозможно заблокировать почтовый ящик'; probe CB cb-038): the receiving host's own state, retried (maidag exits EX_TEMPFAIL), as the English 'unable to lock' of batch CA is; a lock of an account is not", any: []string{
		"no es pot blocar la bústia", "no se puede bloquear el buzón", "ei voida lukita sähköpostilaatikkoa",
		"impossible de verrouiller la boîte aux lettres", "nie można zablokować skrzynki", "nu se poate bloca(lock) mailbox",
		"невозможно заблокировать почтовый ящик", "kan inte låsa brevlådan", "неможливо заблокувати скриньку", "không thể khoá hộp thư",
		"kann das postfach nicht sperren", "impossibile bloccare la casella",
	}},
	{cat: CategoryServerError, settled: true, why: "an HTTP request a delivery agent makes to hand the message on (Request Tracker's rt-mailgate 'HTTP request failed: 500 Internal Server Error. Your webserver logs may have more information …', probe CB cb-014) failing at the web server: the receiving side's fault, which the agent reports with EX_TEMPFAIL; the HTTP status is not an SMTP reply code (embeddedReply)", any: []string{
		"http request failed", "http request to && failed", "webserver logs", "web server logs",
		// a 5xx web server status named as HTTP's ("Webhook delivery failed: HTTP 502 Bad Gateway"),
		// RFC 9110's own five (not "HTTP 550 equivalent: 550 …", review S38B s38b-70)
		"|http 500|", "|http 502|", "|http 503|", "|http 504|", "http error 500", "http error 502", "http error 503", "http error 504",
	}, unless: []string{
		// a status with a meaning of its own: a rate (429), a size (413) (review S38B s38b-52, 53)
		"429", "too many requests", "413", "too large"}},
	{cat: CategorySpamContent, settled: true, why: "a kind of MIME content the server does not take (qmail-ldap's '552 we don't accept email with this MIME content (#5.3.4)', logged as a bad MIME attachment, probe CB cb-020): a verdict on what the message carries, as the sets read attachment types refused, whatever X.3.4 (too big) code the patch puts on it", all: [][]string{
		{"mime content", "mime type", "mime part", "mime attachment"},
		{"don't accept", "do not accept", "not accepted", "not allowed", "not permitted", "refuse", "reject", "banned"},
	}, unless: []string{"size", "too large", "too big", "malformed", "broken", "invalid", "syntax"}},
	{cat: CategoryRateLimited, settled: true, why: "a bridge or service that stops taking requests for a while after too many failed ones (Proton Mail Bridge's ErrTooManyErrors 'too many failed requests, please try again later', probe CB cb-026): a throttle on the sender, retried; failed logins counted are the server's policy on who may send (SMTP AUTH)", any: []string{
		"too many failed requests", "too many requests failed", "too many unsuccessful requests",
		// HTTP's own 429 (RFC 6585 §4) from a web service a delivery agent or client called
		// ("HTTP request failed: 429 Too Many Requests", review S38B s38b-52)
		"429 too many requests",
	}, unless: []string{"login", "auth", "password", "credential"}},
	// Batch CC's kinds (kinds_cc_test.go): mail clients and web
	// applications in their translations, small servers and milters.
	{cat: CategoryConnectionFailed, settled: true, why: "a mail client's SMTP session that failed reading or writing, or whose TLS it could not negotiate, in its translations (Mutt's 'SMTP session failed: read error', '… write error', 'Could not negotiate TLS connection', po/*.po at 15c4579; probe CC cc-016, cc-017): the connection, retried", any: []string{
		"ei voitu neuvotella tls-yhteyttä", "es konnte keine tls-verbindung realisiert werden", "ezin da tls konexioa negoziatu",
		"impossibile negoziare la connessione tls", "impossible de négocier la connexion tls", "kon tls connectie niet onderhandelen",
		"kunde inte förhandla fram tls-anslutning", "kunne ikke opnå tls-forbindelse", "la session smtp a échoué : erreur d'écriture",
		"la session smtp a échoué : erreur de lecture", "la sessió smtp ha fallat: error de lectura",
		"la sessió smtp ha fallat: error d’escriptura", "ne eblis negoci tls-konekton", "nelze navázat tls spojení",
		"nem lehetett megtárgyalni a tls kapcsolatot", "no se pudo negociar una conexión tls",
		"no s’ha pogut negociar la connexió tls", "níorbh fhéidir nasc tls a shocrú", "połączenie tsl nie zostało wynegocjowane",
		"smtp oturumu başarısız oldu: okuma hatası", "smtp oturumu başarısız oldu: yazma hatası",
		"smtp relace selhala: chyba při zápisu", "smtp relace selhala: chyba při čtení", "smtp saioak huts egin du: idazketa errorea",
		"smtp saioak huts egin du: irakurketa errorea", "smtp セッション失敗: 書き込みエラー", "smtp セッション失敗: 読み出しエラー", "smtp 会话失败：写错误",
		"smtp 会话失败：读错误", "smtp-verbindung fehlgeschlagen: lesefehler", "smtp-verbindung fehlgeschlagen: schreibfehler",
		"smtp-konekto malsukcesis: legeraro", "smtp-konekto malsukcesis: skriberaro", "smtp-sessie is mislukt: leesfout",
		"smtp-sessie is mislukt: schrijffout", "smtp-sessio epäonnistui: kirjoitusvirhe", "smtp-sessio epäonnistui: lukuvirhe",
		"smtp-session mislykkedes: læsningsfejl", "smtp-session mislykkedes: skrivningsfejl", "smtp-session misslyckades: läsfel",
		"smtp-session misslyckades: skrivfel", "sesi smtp gagal: kesalahan pembacaan", "sesi smtp gagal: kesalahan penulisan",
		"sesja smtp nie powiodła się: błąd odczytu", "sesja smtp nie powiodła się: błąd zapisu",
		"sessione smtp fallita: errore di lettura", "sessione smtp fallita: errore di scrittura",
		"tls bağlantısı pazarlığı yapılamadı", "tls ühendust ei õnnestu kokku leppida", "tls 接続を確立できなかった", "tls 연결 할수 없음",
		"tidak dapat negosiasi hubungan tls", "αδυναμία διαπραγμάτευσης σύνδεσης tls", "не вийшло домовитись про tls з’єднання",
		"не може да бъде установена tsl връзка", "не удалось установить tls-соединение", "ошибка smtp сессии: ошибка записи",
		"ошибка smtp сессии: ошибка чтения", "помилка сесії smtp: помилка запису в сокет",
		"помилка сесії smtp: помилка читання з сокета", "无法协商 tls 连接",
	}},
	{cat: CategoryConnectionFailed, settled: true, why: "a client that got no reply codes from its server, or was given the wrong port for the protocol, or whose connection timed out in Ruby's words, without a reply code (phpBB's 'Could not get mail server response codes.', SMF's 'SMTP port setting incorrect; it should be 465 for SSL servers', Redmine around Ruby's Timeout::Error 'execution expired', probe CC cc-004, cc-005, cc-032): no session", all: [][]string{
		{"get mail server response codes", "get the mail server response", "smtp port setting incorrect", "port setting incorrect",
			"(execution expired)", "execution expired"},
		{noReplyCodeLiteral},
	}},
	{cat: CategorySpamContent, settled: true, why: "a filter that refuses the message for the language of its body (YAMilter's Language recipe '550 5.7.1 Language used in mail body is incomprehensible to our users', probe CC cc-048): a verdict on this message's content", any: []string{
		// (not "language of the message body is", said of a charset that cannot be read, review
		// S38C s38c-74)
		"language used in mail body", "language used in the mail body", "language used in the message body", "incomprehensible to our users",
	}},
	{cat: CategoryServerError, settled: true, why: "the receiving server's database gone away (DBMail's '500 database has gone fishing BYE', probe CC cc-043; MySQL's 'server has gone away'): its own back end, whatever 5xx code it puts on it", any: []string{
		"database has gone", "database gone away", "database went away", "server has gone away", "database has gone fishing",
	}},

	// Batch CD's kinds (session 39): webmails' texts in their translations, small servers' own
	// words for a refused client, a lost message and a queue that gave up.
	{cat: CategoryConnectionFailed, settled: true, why: "a webmail that could open none of its configured SMTP servers, in its translations (Open WebMail's 'Cannot open any of the following SMTP servers: <hosts> at SMTP port: <port>', cgi-bin/openwebmail/etc/lang/*.po at c73c8d3; probe CD cd-041, Sinhala): no session with any relay, retried. Only without a reply code", all: [][]string{
		{"cannot open any of the following smtp servers", "nelze otevřít nějaký z těchto smtp serverů", "kann keinen der folgenden smtp server öffnen",
			"δεν μπορεί να ανοίξει οποιοδήποτε από τους ακόλουθους διακομιστές smtp", "no se pueden abrir ninguno de los siguientes servidores smtp",
			"mihinkään seuraavista smtp-palvelimista ei saada yhteyttä", "impossible d'ouvrir une connexion vers l'un des serveur smtps suivants",
			"impossibile connettersi ai seguenti server smtp", "kan ikke åpne noen av de følgende smtp-serverne", "kan geen van de volgende smtp servers openen",
			"nie można otworzyć żadnego z następujących serwerów smtp", "não foi possível acessar nenhum dos seguintes servidores smtp",
			"nu se poate accesa nici unul din următoarele servere smtp", "не могу открыть ни один из следующих smtp-серверов",
			"පහත එකඳ smtp සේවාදායකයක් විවෘත කළ නොහැකිය", "无法打开任何一个下列 smtp 服务器", "無法開啟任何以下 smtp 伺服器"},
		{noReplyCodeLiteral},
	}},
	{cat: CategoryConnectionFailed, settled: true, why: "a sender that tried every MX host of the domain and reached none ('All MX hosts for example.net failed', relate-smtp's per-recipient error, probe CD cd-032; Exim's 'all hosts for … have been failing', 'tried all MXs'): the hosts were found, the connections failed, retried. A name or an MX record that cannot be found is the DNS's, an MTA-STS validation the TLS demand's (unless)", any: []string{
		"all mx hosts for", "all mx hosts failed", "all mx servers for", "all mx servers failed", "all mx hosts are unreachable",
		"all mx servers are unreachable", "all mx hosts unreachable", "none of the mx hosts", "none of the mx servers",
		"could not connect to any mx", "could not connect to any of the mx", "unable to connect to any mx", "failed to connect to any mx",
	}, unless: []string{"mta-sts", "validation", "mx record", "lookup", "resolve", "not found", "no address", "nxdomain", "does not exist",
		"a record", "aaaa", "address record"}},
	{cat: CategoryBlocklisted, settled: true, why: "a server that refuses connections from the client's address by its own filter (BlitzMail's '550 Connection from your address denied.', smtp.c's FILT_REJECT, probe CD cd-018; '554 5.3.2 Sorry, we do not accept connections from your IP'): the sending IP barred. Too many connections are a rate (unless)", all: [][]string{
		{"connection from your address", "connections from your address", "connection from your ip", "connections from your ip",
			"connection from your host", "connections from your host", "connection from your network", "connections from your network"},
		{"denied", "refused", "rejected", "not accepted", "not allowed", "blocked", "barred", "not permitted"},
	}, unless: []string{"too many", "concurrent", "|rate", "limit", "per hour", "per minute", "simultaneous",
		"overload", "maintenance", "busy"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a server that takes mail only from the hosts it knows, refusing the client's name (MMDF's '421 <host>: Your name, '<helo>', is unknown to us.', smtpsrvr.c, probe CD cd-027): the server's rule on who may connect, not a DNS lookup of the recipient's domain", all: [][]string{
		{"your name", "your host name", "your hostname"},
		{"unknown to us", "not known to us", "is not known here", "unknown here"},
	}, unless: []string{"resolve", "dns", "reverse", "ptr", "lookup"}},
	{cat: CategoryUserUnknown, settled: true, why: "a server that finds no mailbox to deliver to and says so in its own word ('550 No access to mail box => unfound', Opa's mail server, stdlib/web/mail/server.opa, probe CD cd-035): the recipient not found", all: [][]string{
		{"mail box", "mailbox"},
		{"|unfound|", "mailbox not found", "mail box not found"},
	}},
	{cat: CategoryServerError, settled: true, why: "a receiving server that could not store the message it was given ('451 Rejected - No data saved.', AltimailServer's SMTPConnection.cpp after DATA, probe CD cd-048): its own storage failed, retried; a client's 'not saved to the Sent folder' is about its own copy (unless)", any: []string{
		"no data saved", "data not saved", "could not save message data", "failed to store the message", "failed to store message",
		"unable to store the message", "unable to store message", "could not store the message", "could not store message",
	}, unless: []string{"sent folder", "sent items", "drafts", "copy", "disabled", "suspended", "inactive"}},
	{cat: CategoryExpired, why: "a queue that gave a message up after its retries, said of the message ('Email <id> permanently failed after 10 attempts', relate-smtp's DeliveryQueueProcessor, probe CD cd-033; 'delivery failed after 5 attempts', 'could not be delivered after 48 hours of attempts'): the sender's verdict, returned. A connection, a login or a check that failed after attempts is not the message's (unless)", all: [][]string{
		{"permanently failed after", "delivery failed after", "message failed after", "email failed after", "mail failed after",
			"undeliverable after", "could not be delivered after", "failed to deliver after", "failed permanently after"},
		{"attempts", "retries", "tries"},
	}, unless: []string{"connect", "login", "authenticat", "password", "will retry", "will be retried", "try again"}},

	// Batch CE's kinds (session 39): mailing-list managers' refusals in their languages, clients'
	// own words for a refused password, an address with a line break, a bad recipient, and small
	// servers' words for a barred login, an overrun buffer and a missing sender.
	{cat: CategoryPolicyRejected, settled: true, why: "a mailing list that takes posts only from its subscribers, in mlmmj's languages (listtexts/*/subonlypost at c4078d5: 'only subscribers may post to the list', French 'seulement les inscrits peuvent poster', probe CE ce-002): the list's rule on who may post, not an unknown recipient", any: []string{
		"only subscribers may post", "only subscribers can post", "only members may post", "only members can post",
		"nur nachrichten von adressen, die auch eingetragen sind", "seulement les inscrits peuvent poster", "alleen leden mogen mailen",
		"solo gli iscritti possono inviare", "solamente los suscriptores pueden enviar", "только подписчики могут размещать",
		"sadece uyeler listeye", "smeji prispivat jen prihlaseni", "kun tilmeldte må sende",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a mailing list that takes a post only when its address is in To: or Cc:, in mlmmj's languages (listtexts/*/notintocc at c4078d5: 'the list address must be contained in either the To: or Cc: header', Turkish 'liste adresi To: veya Cc: icerisinde yer almalidir', probe CE ce-003): the list's rule on how posts are addressed", all: [][]string{
		{"to: or cc:", "to: oder im cc:", "to: ou cc:", "to: oppure cc:", "(to:) o cc:", "to: veya cc:", "to: nebo v cc:", "to: eller cc:",
			"als ontvanger dan wel cc", "в заголовке to:, либо в заголовке cc:"},
		{"|list", "|liste|", "|lijst|", "|lista|", "рассылк", "konferenc"},
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a mailing list's refusal by a rule or filter its administrator set, or by a moderator, in mlmmj's languages (listtexts/*/access at c4078d5: Dutch 'Uw bericht voldeed aan een regel welke ingesteld is door de beheerder', probe CE ce-004; its deny-post 'because a moderator rejected it', ce-042): the list's policy", any: []string{
		"regel welke ingesteld is door de beheerder", "filter, den der administrator dieser liste aufgesetzt hat",
		"une règle paramétrée par l'administrateur", "una regola impostata dall'amministratore", "una regla configurada por el administrador",
		"правилу, установленному администратором рассылки", "liste kurallarina aykiri", "na zaklade pravidel, ktere stanovil administrator",
		"en regel lavet af postliste administratoren", "rule set by the list administrator", "rule set up by the list administrator",
		"because a moderator rejected it", "a moderator rejected it", "rejected by a moderator", "rejected by the moderator", "rejected by the list moderator",
	}},
	{cat: CategoryExpired, settled: true, final: true, why: "a post that waited in a mailing list's moderation queue until it timed out ('was unable to be delivered to the list because too much time passed without any moderator releasing it', mlmmj's deny-post, probe CE ce-041): given up after waiting, returned", any: []string{
		"without any moderator releasing it", "no moderator released it", "moderation request expired", "moderation timed out",
		"was not approved in time", "not moderated in time",
	}},
	{cat: CategoryMessageTooLarge, settled: true, why: "a mailing list's size limit, in mlmmj's languages (listtexts/*/maxmailsize at c4078d5: German 'überschreitet das bestehende Größenlimit', probe CE ce-001; Dutch 'groter was dan de limit', Italian 'a causa della dimensione limite', Turkish 'izin verilen maksimum boyutu astigi', Danish 'en størrelsesbegrænsning'): the message's size", any: []string{
		"größenlimit", "grössenlimit", "groter was dan de limit", "a causa della dimensione limite", "превышения размера",
		"maksimum boyutu astigi", "størrelsesbegrænsning", "rejected due to the size limit",
	}, unless: []string{ // a mailbox's size limit is its quota (review S39B)
		"postfach", "mailbox", "postkasse", "почтового ящика", "квот", "posta kutusu", "casella", "quota"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a mailing list's posting password missing or wrong (Ecartis' 'Sorry, you did not provide an X-posting-pass for list', src/modules/send/send.c, probe CE ce-014) and a sender LISTSERV has served out, barred after abuse or loops ('from a user that had been served out', ce-040): the list's rule on who may post", any: []string{
		"x-posting-pass", "posting-pass", "posting password", "been served out", "been served off", "is served off",
	}},
	{cat: CategoryOther, settled: true, why: "LISTSERV's loop check, which stops a posting it takes for a delivery error notice ('has been identified as a possible delivery error notice', probe CE ce-015): a mail loop, which the sets read as other, not spam", any: []string{
		"identified as a possible delivery error", "possible delivery error notice", "probable delivery error notice",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a client's report that the server refused its password (CakePHP's 'SMTP server did not accept the password.', SmtpTransport.php, probe CE ce-016): SMTP AUTH refused, policy by the README's SMTP AUTH convention", any: []string{
		"did not accept the password", "did not accept the username", "did not accept the login", "did not accept the credentials",
		"password was not accepted", "password not accepted", "rejected the password",
	}, unless: []string{"protected", "attachment", "archive", "encrypted"}}, // an attachment's password (review S39B)
	{cat: CategorySyntaxError, settled: true, why: "an address with a carriage return or line feed in it, which a client refuses before any SMTP is spoken (curl's 'Refusing to send email address with a CR or LF', lib/smtp.c, probe CE ce-005): the address's form", all: [][]string{
		{"cr or lf", "cr/lf", "crlf", "carriage return", "line feed", "newline", "line break"},
		{"address"},
	}},
	{cat: CategoryUserUnknown, settled: true, why: "Eudora's 'POP Send failed. Most frequent reason for failure is due to bad receipient.' (EudoraRes.rc IDS_ERR_POP_SEND, probe CE ce-034): the one cause it names is the recipient's address", any: []string{
		"due to bad receipient", "due to bad recipient", "bad receipient",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a server that bars SMTP AUTH for a while after failed attempts ('454 4.7.0 Temporary authentication lock. Try again in 300s', kotlin-smtp's AuthCommand, probe CE ce-019): a login barred, policy by the README's SMTP AUTH convention", any: []string{
		"authentication lock", "auth lock", "authentication locked", "login locked", "authentication is locked", "authentication temporarily locked",
	}, unless: []string{"recipient"}}, // a recipient's locked account is a disabled mailbox (review S39B)
	{cat: CategorySyntaxError, settled: true, why: "a client that overran the server's input buffer ('421 4.3.0 Input buffer overflow. Closing connection.', kotlin-smtp, probe CE ce-021): an over-long line or unterminated input, as the sets read 'line too long'", any: []string{
		"input buffer overflow", "input buffer exceeded", "command buffer overflow", "line buffer overflow",
	}},
	{cat: CategorySyntaxError, settled: true, why: "a transaction with no sender, after DATA ('451 Reequested action aborted. FROM address is empty.', smtpd-rs, probe CE ce-033): the client skipped MAIL FROM, a command out of sequence (RFC 5321 §4.1.4). The null reverse-path '<>' of a bounce is no empty FROM address", any: []string{
		"from address is empty", "from address missing", "missing from address", "no from address given", "no mail from given",
	}},
	{cat: CategoryTLSRequired, settled: true, why: "curl's report that the server answered STARTTLS with a refusal while TLS was required ('curl: (64) STARTTLS denied, code 454', lib/smtp.c, probe CE ce-006): the client's TLS demand unmet", any: []string{
		"starttls denied", "starttls refused", "starttls was denied",
	}},

	// Batch CF's kinds (session 39): servers' own words for a HELO name that is not the client's,
	// an address it does not host, a sender without a domain, a mechanism switched off, and a
	// list's posting limit.
	{cat: CategoryAuthenticationFailed, settled: true, why: "a HELO/EHLO name the server requires to match the connecting IP ('501 HELO domain must match your IP address', Franz's maild, probe CF cf-028): the client's identity checked against its address, as the sets read a HELO name DNS does not confirm (Postfix's reject_unknown_helo_hostname), whatever the 501 says of syntax", all: [][]string{
		{"|helo", "|ehlo"},
		{"must match your ip", "does not match your ip", "doesn't match your ip", "must match the connecting ip", "does not match the connecting ip",
			"must resolve to your ip", "does not resolve to your ip"},
	}},
	{cat: CategorySyntaxError, settled: true, why: "an envelope address without its domain ('551 <addr>... Sender domain required', maild, probe CF cf-027; 'domain name required for sender address', 'fully qualified address required'): the address's form (RFC 5321 §4.1.2 requires the domain), as the sets read 'need fully-qualified address'", any: []string{
		"sender domain required", "domain name required", "domain required for sender", "domain name required for sender",
		"fully qualified address required", "fully-qualified address required", "address must include a domain", "address requires a domain",
	}, unless: []string{"resolve", "dns", "not exist", "nonexist", "non-exist", "|mx|", "required to", "dkim", "|spf|", "signature",
		// a kind of domain the server requires, not a missing one (review S39C s39c-057)
		"registered", "verified", "free-mail", "freemail"}},
	{cat: CategorySyntaxError, settled: true, why: "an AUTH mechanism the server has switched off ('504 5.7.4 CRAM-MD5 authentication disabled for security reasons', elemta, probe CF cf-019): RFC 4954 §4's 504, a mechanism not offered, a protocol mismatch by the README's SMTP AUTH convention; a mechanism refused without encryption is the TLS demand's (unless)", all: [][]string{
		{"cram-md5", "digest-md5", "auth plain", "plain auth", "plain mechanism", "mechanism plain", "auth login", "login auth", "login mechanism", "mechanism login",
			"|ntlm|", "gssapi", "xoauth2", "scram-sha", "auth mechanism", "authentication mechanism", "sasl mechanism", "|mechanism| not", "|mechanism| is", "|mechanism| disabled"},
		{"authentication disabled", "auth disabled", "mechanism disabled", "is disabled", "not enabled", "not available", "disabled for security"},
	}, unless: []string{"tls", "ssl", "encrypt", "secure connection", "starttls", "account", "user",
		// the server's own lookup for a mechanism failing is its fault (probe CG cg-023)
		"lookup", "not configured"}},
	{cat: CategoryRateLimited, settled: true, why: "a mailing list's posting limit over a time ('More than $COUNT messages posted in the last $TIME.', Majordomo 2's over_time_limit, French 'Plus de 10 messages postés depuis 1 day', probe CF cf-034): the poster's rate", any: []string{
		"messages posted in the last", "messages postes depuis", "messages postés depuis", "posts in the last", "too many posts",
	}},

	// Batch CG's kinds (session 39): a Japanese e-contract service's delivery notices, a
	// policy daemon's end-of-data refusals, a prepaid sender's quota, a server that could not
	// queue what it took or has no authentication set up.
	{cat: CategoryExpired, settled: true, final: true, why: "a Japanese sender's notice that it stopped resending ('受信側でエラーが発生したため、送信できませんでした。(再送期間終了)', the resend period ended; CloudSign's help, probe CG cg-040): given up after its retries", any: []string{
		"再送期間終了", "再送期間が終了", "再送期限切れ", "再送信期間終了", "再送信期間が終了",
	}},
	{cat: CategoryMessageTooLarge, settled: true, why: "a Japanese notice that the mail's size exceeded the destination's limit ('メールの容量が送信先の制限を超過していたため', CloudSign's help, probe CG cg-037): the message's size; a mailbox's capacity is its quota (unless)", all: [][]string{
		// not the bare "メール容量": Japanese hosters' word for a mailbox's storage quota
		// ("宛先のメール容量が上限を超えている", review S39D)
		{"メールの容量", "メールのサイズ", "メッセージのサイズ"},
		{"制限を超", "上限を超"},
	}, unless: []string{"メールボックス", "ボックスの容量", "受信箱"}},
	{cat: CategorySpamContent, settled: true, why: "a Japanese notice that the recipient's side refused the mail's content or its attachment ('…によりメールの内容が拒否されたため', '…により添付ファイルが拒否されたため', CloudSign's help, probe CG cg-038, cg-039): a verdict on this message's content", any: []string{
		"メールの内容が拒否", "メール内容が拒否", "添付ファイルが拒否",
	}},
	{cat: CategoryServerError, settled: true, why: "a server that took the message but could not queue it ('550 Message was received but it could not be queued', RedMao Mail, probe CG cg-006), or whose authentication is not set up or cannot look a password up ('501 5.5.4 Authentication not configured', '501 5.5.4 Password lookup not available for SCRAM-SHA-256', uMailServer, cg-023, cg-024): the receiving server's own state, whatever its 5xx or 501 says", any: []string{
		"could not be queued", "could not queue the message", "failed to queue the message", "unable to queue the message",
		"authentication not configured", "auth not configured", "password lookup not available", "password lookup failed",
	}},
	{cat: CategorySyntaxError, settled: true, why: "a line longer than the server takes, in a Go SMTP library's words ('smtp: too longer line in input stream', go-smtp, probe CG cg-012): RFC 5321 §4.5.3.1.6's line length, as 'line too long' is read", any: []string{
		"too longer line", "too long line in input",
	}},

	// Batch CH's kinds (session 39): a DKIM milter's verification failure, a notification
	// service's final status, DCC's transaction splits, an own-domain sender's AUTH demand and a
	// server's database.
	{cat: CategoryAuthenticationFailed, settled: true, why: "a DKIM verifier that could not verify the message's signature (chatmail's dkim-milter '550 failed to verify the signature', src/verify.rs, probe CH ch-027): the DKIM check failed. An OpenPGP or S/MIME signature a list demands is its policy (unless)", any: []string{
		"failed to verify the signature", "failed to verify signature", "could not verify the signature", "unable to verify the signature",
		"signature verification failed", "signature failed to verify",
	}, unless: []string{"openpgp", "|pgp|", "|gpg|", "s/mime", "smime",
		// a TLS handshake's or a certificate's signature is the transport's (review S39E)
		"certificate", "|tls|", "|ssl|", "starttls", "handshake", "x509", "x.509",
	}},
	{cat: CategoryExpired, settled: true, final: true, why: "GOV.UK Notify's and GC Notify's final status for an email the provider stopped retrying ('Inbox not accepting messages right now', their temporary-failure status, GC Notify issue 210, probe CH ch-019): given up after its retries", any: []string{
		"inbox not accepting messages right now",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a submission server that lets an authenticated user send only as that user ('551 Error: You cannot send from another username except your own one', fsmtp-server, probe CH ch-029): the server's rule on the sender's identity, not an unknown recipient", any: []string{
		"cannot send from another username", "cannot send from another user", "send from another username", "cannot send as another user",
		"not allowed to send as another user", "not allowed to send from another user",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a server that requires SMTP AUTH of senders in its own domains ('503 Error: Authorization is required for own-domain senders', wildboar-smtp-server, probe CH ch-041): the server's policy on who may send, by the README's SMTP AUTH convention, whatever its 503 says of the command's order", any: []string{
		"authorization is required for", "authorization required for", "authorisation is required for", "authorisation required for",
	}},

	// Batch CI's kinds (session 40): a relay's own access token, a message that could not be
	// decoded or is empty, an account the receiver has no data for, a format error beside the
	// words it found no recipients with.
	{cat: CategoryPolicyRejected, settled: true, codes: []string{"x.7.8"}, why: "the two rules below under RFC 4954's X.7.8, 'authentication credentials invalid': the token or the account the client's own credentials were to give, the client's AUTH by the README's SMTP AUTH convention, not the relay's back end or the recipient (review S40A: '550 5.7.8 Failed to get access token for user …', '550 5.7.8 Could not find account for …')", all: relayTokenFailure, any: recipientAccountMissing},
	{cat: CategoryServerError, settled: true, why: "a relay that could not get the OAuth access token its upstream API needs ('550 Failed to acquire access token', a Microsoft Graph relay, ggpwnkthx/Microsoft-Graph-SMTP-Relay, probe CI ci-020): the relay's own back end, whatever its 5xx says; a token the client presented and the server refused is the client's AUTH (unless, and X.7.8 above)", all: relayTokenFailure,
		unless: []string{"invalid token", "token is invalid", "invalid access token", "token expired", "expired token", "xoauth"}},
	{cat: CategorySyntaxError, settled: true, why: "a message the receiver could not decode as MIME to find what it needs in it ('554 Message decode failed', Kazoo's e-mail-to-fax gateway, applications/fax/src/fax_smtp.erl, probe CI ci-005): the message's form, as 'malformed MIME' is read; a TLS record that failed to decode is the transport's (unless)", all: [][]string{
		{"message decode", "message decoding", "decode the message", "decode message", "decode the mail", "decode mail",
			"mime decode", "mime decoding", "decode mime", "decode the mime"},
		{"failed", "failure", "error", "unable", "could not", "cannot", "can't", "couldn't"},
	}, unless: []string{"|tls|", "|ssl|", "handshake", "certificate", "starttls", "tlsv"}},
	{cat: CategorySyntaxError, settled: true, why: "a message too small to be one, an empty DATA with no header or body ('552 Message too small', Kazoo's e-mail-to-fax gateway, probe CI ci-006): not an RFC 5322 message, whatever size code carries it", any: []string{
		"message too small", "message is too small", "message too short", "message is too short", "mail too small", "email too small",
		// '530 5.2.0 Message is empty. Aborting.' (email2sms, probe CL cl-016), whatever 530 says of AUTH
		"message is empty. aborting", "message is empty, aborting", "the message is empty", "message body is empty",
	}},
	{cat: CategoryUserUnknown, settled: true, why: "a receiver with no account for the recipient it is to deliver to ('450 Could not find account data for <id>', Pretendo Network's smtp-relay, probe CI ci-040): the recipient does not exist there, as 'account not found' is read; the sender's, the AUTH user's or the connecting client's account is the client's, and a lookup that failed is the receiver's (unless; review S40A)", any: recipientAccountMissing,
		unless: []string{"sender", "authenticated", "|auth|", "login", "from address",
			"mail from", "envelope from", "sending domain", "authenticating", "|client|", "api key", "credential",
			"lookup fail", "lookup error", "temporar"}},
	{cat: CategorySyntaxError, settled: true, why: "a relay's format error that found no recipients in what it was sent ('500 invalid msg format, recipients not found', our-smtp-proxy, probe CI ci-025): the message's form, not an unknown recipient", any: []string{
		"invalid msg format", "invalid message format, recipients not found", "malformed msg", "bad msg format", "msg format error",
	}},
	// Batch CJ's kinds (session 40): a ban by local policy, list membership and refusals in
	// Japanese, a domain the server does not take mail for, a size said as "larger than", an idle
	// timeout in Latin, a list name's form, a groupware spooler's fatal error.
	{cat: CategoryPolicyRejected, settled: true, why: "a client banned or blocked by the server's local policy ('550 You are banned by local policy', aQmail's qmail-smtpd with tcp_wrappers, probe CJ cj-004): its own access rules, not a DNS blocklist or a reputation service (unless)", all: [][]string{
		{"banned", "blocked", "denied", "refused", "rejected", "not allowed"},
		{"by local policy", "by our local policy", "by site policy", "by local site policy"},
	}, unless: []string{"spamhaus", "dnsbl", "|rbl|", "blacklist", "blocklist", "listed", "reputation"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a Japanese mailing list's refusal of a poster who is not a member ('あなたはこの … メーリングリストのメンバーではありません', QuickML, probe CJ cj-013), or of mail it declines (お断りしています, 'we decline', cj-014): the list's rule on who may post, not an unknown recipient or a disabled mailbox", any: []string{
		"メンバーではありません", "メンバーではない", "会員ではありません", "登録されていないため投稿",
	}},
	// "we decline" alone says no cause: a cause it gives is read by the rules after this table and
	// the model (review S40B: "存在しないユーザー宛のメールはお断りしています", mail to users that do not
	// exist; "メールボックスの容量が上限に達しているため", a mailbox at its capacity; "宛先数の上限を超えた",
	// over the recipient limit).
	{cat: CategoryPolicyRejected, settled: true, why: "mail a Japanese list or server declines (お断りしています, 'we decline', QuickML, probe CJ cj-014) for no cause another rule reads: its rule on what it takes; a nonexistent user, a full mailbox, a limit, an authentication or TLS demand, a busy server it names is that cause (unless)", any: []string{
		"お断りしています", "お断りいたします", "お断りします",
	}, unless: []string{"存在しな", "存在しませ", "容量", "上限", "一杯", "いっぱい", "満杯", "spf", "dkim", "dmarc", "逆引き", "暗号化", "混雑"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a server that does not take mail for the recipient's domain ('550 5.1.2 Not our domain', Archiveopteryx, probe CJ cj-030): relaying refused, as 'we do not relay' is read, whatever X.1.2 says of the destination", any: []string{
		"not our domain", "not one of our domains", "domain is not ours", "domain isn't ours", "not a domain we accept mail for",
	}},
	{cat: CategoryMessageTooLarge, settled: true, why: "a size limit said as mail larger than a size ('501 Cannot deliver mail larger than 20M', the All-Ears Mail server, probe CJ cj-034): the message's size, whatever the 501 says of syntax", all: [][]string{
		{"mail larger than", "mails larger than", "message larger than", "messages larger than", "email larger than", "emails larger than"},
		{"cannot", "can't", "not accept", "not deliver", "refuse", "reject", "too", "maximum", "limit", "allowed", "deliver"},
	}},
	{cat: CategoryConnectionFailed, settled: true, why: "an idle session the server closes on its timeout, in Latin ('421 Tempus fugit', Archiveopteryx, probe CJ cj-037): the sets label session timeouts connection_failed", any: []string{
		"tempus fugit",
	}},
	{cat: CategorySyntaxError, settled: true, why: "a list address whose name has characters a list manager does not take ('Invalid mailing list name: … You can only use 0-9, a-z, A-Z, . - and _ for mailing list name', fml8, probe CJ cj-039): the address's form", any: []string{
		"invalid mailing list name", "invalid list name", "for mailing list name", "mailing list name is invalid",
	}},
	{cat: CategoryServerError, settled: true, why: "a groupware spooler's own fatal error while it processed the message ('A fatal error occurred while processing your message, and Zarafa is unable to send your email', probe CJ cj-044): the sending server failed", all: [][]string{
		{"fatal error", "internal error", "unexpected error"},
		{"while processing your message", "while processing the message", "during processing of your message"},
	}},
	// Batch CK's kinds (session 40): AUTH demanded before a command, a sender that must be the login,
	// attachments refused, a HELO name that must be the real one, an address that takes no direct mail.
	{cat: CategoryPolicyRejected, settled: true, why: "a server that wants SMTP AUTH before it takes the command ('503 Error: need EHLO and AUTH first !', '503 5.5.4 Error: send AUTH command first.', QQ's and NetEase's submission servers in issue threads, probe CK ck-029, ck-044): AUTH required, policy by the README's SMTP AUTH convention (blindp's '503 5.5.1 You must authenticate first.'), whatever 503 says of the sequence; TLS demanded first is the TLS rules' (unless)", any: []string{
		"and auth first", "auth first", "auth command first", "authenticate first", "authentication first", "login first", "log in first",
	}, unless: []string{"starttls", "tls first", "blacklist", "blocklist", "listed",
		// the recipient who must log in to reactivate a mailbox: its state, not the client's AUTH
		// (review S40C: '550 5.2.1 The recipient has to log in first to reactivate this address')
		"recipient", "reactivat"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a submission server whose envelope sender must be the user that logged in ('501 mail from address must be same as authorization user', QQ Mail in an issue thread, probe CK ck-013): its rule on who may send as whom, whatever 501 says of syntax", all: [][]string{
		{"mail from", "sender", "from address", "envelope from"},
		{"same as authorization user", "same as the authorization user", "same as auth user", "same as the authenticated user",
			"same as authenticated user", "same as the login user", "same as login user", "same as the login"},
	}},
	{cat: CategorySpamContent, settled: true, why: "an attachment the receiver does not approve ('552 Disapproved attachment', probe CK ck-007): the sets label banned attachment types spam_content ('552 Attachment type is banned here'), whatever 552 says of size; a list's rule on attachments and a size are not (unless)", any: []string{
		"disapproved attachment", "attachment disapproved", "disallowed attachment", "attachment is not allowed", "attachment not allowed",
		"forbidden attachment", "prohibited attachment", "attachment type not allowed",
	}, unless: []string{"|list|", "mailing list", "size", "too large", "too big", "exceeds"}},
	{cat: CategorySyntaxError, settled: true, why: "a HELO that must give the client's real, fully qualified name ('550 Please use your real hostname when saying HELO (not OFFICE-AV01)', probe CK ck-012): the HELO argument's form, as the sets label FQDN demands (kind-0706)", all: [][]string{
		{"real hostname", "real host name"},
		{"|helo|", "|ehlo|"},
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "an address that takes no mail sent to it directly ('no emails directly to this address', a bounce quoted in an issue, probe CK ck-032): the receiver's rule on who may write, not an unknown recipient", any: []string{
		"no emails directly to", "no email directly to", "no mails directly to", "no mail directly to", "does not accept emails directly",
		"do not send emails directly to", "do not email this address directly",
	}},
	// Batch CL's and CM's kinds (session 40): an SMS gateway's part count, a missing delivery
	// notification after an hour, a forwarding count.
	{cat: CategoryMessageTooLarge, settled: true, why: "a mail-to-SMS gateway's limit on the parts an SMS may be split into ('550 Too many SMS parts', email2sms, probe CL cl-031): the message is too long for it", any: []string{
		"too many sms parts", "too many sms segments", "sms too long", "message too long for sms",
		// parts the gateway holds queued: its rate (review S40D: '421 4.7.0 Too many SMS parts queued, try
		// again later')
	}, unless: []string{"queued", "per hour", "per minute", "per day", "today", "slow down"}},
	{cat: CategoryExpired, settled: true, final: true, why: "a delivery monitor's report that no delivery notification came within its time ('We have not received a delivery notification in 1 hour for the following recipient(s) …', the Direct Project's message monitor, probe CL cl-037): given up on, as a queue's lifetime is", any: []string{
		"not received a delivery notification in", "no delivery notification in", "not received a delivery notification within",
		// a monitor that says it goes on waiting or retrying has given nothing up (newcomer review
		// S40: '450 4.4.1 No delivery notification in 30 minutes; will retry')
	}, unless: []string{"will retry", "retrying", "will be retried", "will keep trying", "will continue", "still"}},
	{cat: CategoryOther, settled: true, why: "a forwarding count a server stops at ('553 too many forwards', probe CL cl-045): a loop guard, as the sets label hop counts and loops other", any: []string{
		"too many forwards", "forwarded too many times", "too many forwardings",
	}},
	// Batch CO's kinds (session 40): a sending library's AUTH refused.
	{cat: CategoryPolicyRejected, settled: true, why: "a sending library whose login the SMTP server refused ('Could not authenticate with the SMTP server.', Nette Mail's SmtpMailer, probe CO co-007): the credentials, policy by the README's SMTP AUTH convention", any: []string{
		"could not authenticate with the smtp server", "could not authenticate with smtp server", "could not authenticate to the smtp server",
		"unable to authenticate with the smtp server", "failed to authenticate with the smtp server", "cannot authenticate with the smtp server",
	}, unless: []string{"temporar", "try again",
		// a server down or busy, in other words (review S40D: '… server unavailable, please retry later')
		"retry", "try later", "unavailable", "busy"}},
	// Batch CN's kinds (session 40): ASSP's loop guard, BCC relay refusal and uuencode block,
	// GitLab's incoming-email refusals.
	{cat: CategoryOther, settled: true, why: "a server that finds its own Received header too often ('554 5.7.1 possible mailloop - found own received header more than 3 times', ASSP 2.4.5, probe CN cn-030): a loop guard, as the sets label hop counts and loops other, whatever X.7.1 says", any: []string{
		"possible mailloop", "possible mail loop", "found own received header", "own received header more than",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "a BCC or other recipient the server will not relay to because it is not local ('421 closing transmission - BCC: recipient (…) is not local', ASSP 2.4.5, probe CN cn-032): relaying refused", all: [][]string{
		{"|bcc|", "recipient"},
		{"is not local"},
	}, unless: []string{"mailbox", "user unknown", "no such user",
		// RFC 5321's 551 "User not local; please try <forward-path>": a moved or
		// forwarded recipient, user_unknown as the sets label it (blind-0450,
		// ca-011); an invalid recipient; a transient lookup (review S40E)
		"please try", "forward", "moved", "|invalid|", "try again later", "try later", "temporar"}},
	{cat: CategorySpamContent, settled: true, why: "uuencoded content a filter blocks ('554 5.7.1 This message is uuencoded and will be blocked.', ASSP 2.4.5, probe CN cn-024): the sets label blocked attachment and encoding types spam_content", any: []string{
		"is uuencoded", "uuencoded content", "uuencoded attachment", "uuencoded message", "uuencoded and will be blocked",
	}, unless: []string{
		// a decoding fault, a broken structure or a transient failure of the
		// receiver's, not a block (review S40E)
		"|decod", "broken", "malformed", "try again later", "try later", "temporar"}},
	{cat: CategoryPolicyRejected, settled: true, why: "a tracker's incoming-email refusals of mail it will not turn into a comment ('The email was marked as 'auto generated', which we can't accept', 'We couldn't figure out what user corresponds to the email', GitLab's Gitlab::Email errors, probe CN cn-042, cn-043): its rule on what and whom it takes", any: []string{
		"marked as 'auto generated'", "marked as auto generated", "marked as 'auto-generated'", "marked as auto-generated",
		"couldn't figure out what user corresponds", "could not figure out what user corresponds",
	}, unless: []string{
		// a recipient no user corresponds to is an unknown user (review S40E)
		"recipient"}},
	{cat: CategorySyntaxError, settled: true, why: "a tracker's incoming email with no content it can read ('It appears that the email is blank. Make sure your reply is at the top of the email, we can't process inline replies.', GitLab's EmptyEmailError, probe CN cn-048): the message's form", any: []string{
		"the email is blank", "email appears to be blank", "we can't process inline replies", "we cannot process inline replies",
	}, unless: []string{
		// the receiver's transient state (review S40E)
		"try again later", "try later", "temporar"}},
	// Batch CP's kinds (session 41): applications' own messages about their connection, their
	// service's plan and gates, and the address a user typed.
	{cat: CategoryConnectionFailed, settled: true, why: "a client with no network to send over ('This device is currently offline. Connect to a network and try again.', 'Network unavailable. Email saved to outbox.', Firefox OS Email, probe CP cp-044, cp-028): nothing reached a server; the message waits in the outbox", any: []string{
		"device is currently offline", "device is offline", "you are offline", "you're offline", "you are currently offline",
		"network unavailable", "network is unavailable", "network is not available", "no network connection",
		"no internet connection", "not connected to the internet", "not connected to a network", "connect to a network and try again",
		"connect to the internet and try again",
	}, unless: []string{"mailbox", "|user|", "recipient", "for maintenance"}},
	{cat: CategoryConnectionFailed, settled: true, why: "an application that could not reach the SMTP server it is set up with ('could not contact with the SMTP server, check the port, firewall issues...', ZITADEL, probe CP cp-034; 'Wrong host or port', Metabase, cp-033): the connection, retried once the setting or the network is right", any: []string{
		"could not contact the smtp server", "could not contact with the smtp server", "couldn't contact the smtp server",
		"unable to contact the smtp server", "cannot contact the smtp server", "can't contact the smtp server",
		"failed to contact the smtp server", "could not contact smtp server", "unable to contact smtp server",
		"could not reach the smtp server", "unable to reach the smtp server", "cannot reach the smtp server",
		// the same in clients' translations (Maily's Spanish "… no puede llegar al servidor de correo
		// especificado", probe CT ct-029)
		"no puede llegar al servidor", "no pudo llegar al servidor", "n'a pas pu joindre le serveur", "ne peut pas joindre le serveur",
		"kann den server nicht erreichen", "konnte den server nicht erreichen", "non riesce a raggiungere il server",
		"impossibile raggiungere il server", "nao consegue alcancar o servidor", "nao foi possivel alcancar o servidor",
		"wrong host or port", "invalid host or port", "incorrect host or port", "check the host and port", "check host and port",
		"check the port, firewall", "check the port and firewall", "check the port and the firewall",
		// the same message in ZITADEL's translations (cp-036, cp-038, cp-040: Japanese, Chinese,
		// Russian) and the advice it ends with: check the port and the firewall
		"связаться с smtp", "サーバーに接続できませんでした", "smtp 服务器联系", "smtp服务器联系", "smtp 伺服器聯繫", "smtp伺服器聯繫",
		"проверьте порт", "检查端口", "檢查連接埠", "ポート、ファイアウォール",
		// git send-email's "Unable to initialize SMTP properly. Check config and use --smtp-debug." (probe CR
		// cr-041, Russian cr-024): the session with its server could not be set up
		"unable to initialize smtp", "failed to initialize smtp", "could not initialize smtp", "не удалось инициализировать smtp",
	}, unless: []string{"authenticat", "credential", "password", "login", "пароль", "パスワード", "密码", "密碼",
		// a relay refusal that asks to check the port and the login ('550 中继被拒绝，请检查端口和身份验证设置',
		// relay refused, check the port and authentication settings): the relay's policy (review S41A)
		"relay", "中继", "中繼", "身份验证", "身分驗證", "认证", "認證", "ретрансл", "リレー", "認証"}},
	{cat: CategoryRateLimited, settled: true, why: "a sending service's message quota of the sender's plan used up ('Insufficient email quota. It looks like you've already used up the email quota from your subscription.', Keila, probe CP cp-020): the sender's allowance, not a mailbox's storage quota", any: []string{
		"insufficient email quota", "email quota from your subscription", "email quota of your subscription", "email quota of your plan",
		"used up the email quota", "used up your email quota", "sending quota of your plan", "email quota of your account",
	}, unless: []string{"mailbox", "storage", "inbox", "recipient",
		// a recipient's quota in other words ('452 4.2.2 Insufficient email quota for user jdoe',
		// '552 5.2.2 … insufficient email quota to store this message', '550 5.2.2 jdoe@example.org has
		// used up the email quota of this account'): the mailbox's storage (review S41A)
		"|user|", "to store", "this account"}},
	{cat: CategoryUserUnknown, settled: true, why: "a client's report that the server refused recipients it names ('Your mail server indicated one or more of the addresses above are incorrect.', Firefox OS Email, probe CP cp-026): the recipients' addresses", any: []string{
		"addresses above are incorrect", "addresses above are invalid", "one or more of the addresses above",
		"indicated one or more of the addresses", "recipient error. email saved",
	}, unless: []string{"format", "syntax", "temporar", "try again later"}},
	// Batch CQ's kinds (session 41): an encryption gateway's own failures, a HELO given as a bare
	// address.
	{cat: CategoryServerError, settled: true, why: "an encryption gateway whose lookup of the recipient's key failed for now ('451 4.4.3 Key lookup failed for: carol@example.org', mailcloak, probe CQ cq-013): its own directory or key server, not the recipient's domain. A DKIM key's lookup is the signature check's (unless)", any: []string{
		"key lookup failed", "key lookup error", "failed to look up key", "failed to lookup key", "keyserver lookup failed",
		"key server lookup failed", "key server unavailable", "keyserver unavailable",
	}, unless: []string{"dkim", "domainkey", "signature", "|spf|", "dmarc"}},
	{cat: CategoryServerError, settled: true, why: "an encryption gateway that failed to encrypt the message ('451 4.7.0 Encryption failed', mailcloak, probe CQ cq-014): its own fault, retried, not a policy on the client. A TLS session that failed is the connection's (unless)", any: []string{
		"encryption failed", "failed to encrypt", "could not encrypt", "unable to encrypt", "cannot encrypt the message",
		"encrypting the message failed", "pgp encryption failed", "s/mime encryption failed",
	}, unless: []string{"|tls|", "starttls", "|ssl|", "handshake", "certificate", "connection", "session",
		// "Encryption failed: TLSv1.2 alert protocol version", "… no shared cipher" (review S41B)
		"|tlsv", "|sslv", "cipher", "protocol version"}},
	{cat: CategorySyntaxError, settled: true, why: "a HELO or EHLO argument given as a bare IP address, which RFC 5321 §4.1.3 writes as an address literal in brackets ('550 HELO with bare IP must use [IP] format', probe CQ cq-048; blindan-0003 'hello name cannot be numeric ip'): the command's form", all: [][]string{
		{"bare ip", "numeric ip", "[ip] format", "address literal", "ip literal"},
		{"helo", "ehlo", "hello"},
	}, unless: []string{"reverse", "|ptr|", "dns", "resolve", "listed", "blacklist", "blocklist"}},
	// Batch CS's and CT's kinds (session 41): a server that takes mail only for its own domains, a
	// report that no MX host of the domain is valid, a client's network problems, a name it could not
	// resolve, a quota and a login refused, in the languages clients are translated into.
	{cat: CategoryPolicyRejected, settled: true, why: "a server that takes mail only for the domains it serves ('451 4.0.0 this SMTP server only accepts emails for example.com', Hyvor Relay, probe CS cs-014): relaying refused, whatever the class 0 of its code says", any: []string{
		"only accepts emails for", "only accepts email for", "only accepts mail for", "only accepts messages for",
		"only accept emails for", "only accept mail for", "only accept messages for",
	}, unless: []string{"|tls|", "starttls", "encrypt", "authenticat", "size", "from authenticated",
		// a size or a count the server takes mail up to (review S41C: "only accepts messages for
		// example.com up to 20 MB", "only accepts mail for 100 recipients per message")
		"|mb|", "|kb|", "|gb|", "megabyte", "bytes", "too large", "recipients per", "per message", "too many", "per hour"}},
	{cat: CategoryDomainNotFound, settled: true, why: "a report that none of the domain's MX hosts is usable ('no valid MX hosts found', Exim's, probe CS cs-017): the domain's mail servers cannot be found, as 'all relevant MX records point to non-existent hosts' is", any: []string{
		"no valid mx hosts found", "no valid mx host", "no valid mx records", "no valid mx record",
		// the sender's domain checked by the receiver ('501 5.1.7 sender … contains a domain with no valid
		// MX records', blindag-0053) is its sender check's
	}, unless: []string{"try again", "temporar", "timeout", "timed out", "sender", "mail from", "envelope from",
		// the sender's domain by its other names (review S41C: "553 5.1.8 Domain of your envelope
		// address … has no valid MX host", a return-path's, a reverse-path's)
		"envelope", "return-path", "return path", "reverse-path", "reverse path"}},
	{cat: CategoryConnectionFailed, settled: true, why: "a client's messages that it could not send for network problems, in its translations (Twake Mail's 'Your messages were not sent because of network problems. They are saved safely…' in Ukrainian, French, German, probe CT ct-019, ct-020, ct-041): nothing reached a server; the messages wait", any: []string{
		"because of network problems", "due to network problems", "network problems", "problemes de reseau", "probleme de reseau",
		"netzwerkproblem", "проблеми з мережею", "проблем с сетью", "проблемы с сетью", "problemas de red", "problemi di rete",
		"problemas de rede", "netwerkproblemen", "problemy z siecia", "网络问题", "網路問題", "ネットワークの問題",
	}, unless: []string{"mailbox", "recipient", "|user|",
		// a server's reply about its own network (review S41C: "451 4.4.2 Internal network problems",
		// "421 … we are experiencing network problems"): its fault, as "internal network error" is
		"internal network", "experiencing network", "our network", "on our side", "on our end"}},
	{cat: CategoryDomainNotFound, settled: true, held: true, why: "a client that could not resolve the name of the server it was set up with, in its translations (Ltt.rs's 'jmap.example.com kann nicht aufgelöst werden', Polish 'Nie można rozwiązać …', Finnish '… ei voitu ratkaista', Opie's Italian 'Ricerca host fallita', Chinese '查詢主機失敗', probe CT ct-028, ct-031, ct-032, ct-043, ct-045): the client's own server, held (README, 'A client's own server')", any: []string{
		"kann nicht aufgelost werden", "konnte nicht aufgelost werden", "nie mozna rozwiazac", "ei voitu ratkaista", "ricerca host fallita",
		"ricerca dell'host fallita", "查詢主機失敗", "查询主机失败", "主机查找失败", "ホストの検索に失敗", "impossible de resoudre",
		"no se puede resolver", "no se pudo resolver", "impossibile risolvere", "nao foi possivel resolver", "kan niet worden omgezet",
		"не удается разрешить", "не удалось разрешить", "не вдалося розпізнати",
	}, unless: []string{"address", "recipient", "|user|", "mailbox", "dkim", "|spf|", "dmarc"}},
	{cat: CategoryMailboxFull, settled: true, why: "a quota or storage allocation passed, in client translations (Opie's German 'Daten übersteigen Speicherallokierung', RFC 5321's 552 'exceeded storage allocation'; Twake Mail's Italian '… ha superato la quota', Chinese '…已超出配额', probe CT ct-001, ct-018, ct-040): the account's storage, as the English words are read", any: []string{
		"speicherallokierung", "speicherplatzzuweisung", "superato la quota", "superato la propria quota", "已超出配额", "超出配额",
		"已超出配額", "超出配額", "超過配額", "割り当てを超えました",
	}, unless: []string{"sending quota", "sending limit", "quota di invio", "limite di invio", "发送配额", "發送配額", "发送限制",
		"發送限制", "送信制限", "送信数", "per day", "daily", "hour",
		// a sending quota in other words, an API's request quota, a size (review S41C: "Hai superato
		// la quota giornaliera di invio", "每小时发信超出配额", "1時間あたりの送信の割り当てを超えました",
		// "Gmail API 请求超出配额", "superato la quota massima di 25 MB per allegato")
		"di invio", "giornalier", "orari", "allegat", "dimensione", "|mb|", "发信", "發信", "每小时", "每小時", "每日", "每天",
		"送信の", "時間あたり", "日あたり", "|api|", "请求", "請求"}},
	{cat: CategorySyntaxError, settled: true, why: "a message refused for having no body ('550 5.7.1 must have body', a milter-manager sample, probe CU cu-018): the message's form, whatever X.7.1 says", any: []string{
		"must have body", "must have a body", "message has no body", "message body is empty", "empty message body", "no message body",
	}, unless: []string{"|spam|", "virus", "phishing", "try again later", "temporar"}},
	{cat: CategorySyntaxError, settled: true, why: "QQ Mail's answer to a command it could not parse ('502 Invalid input from 203.0.113.10 to newxmesmtplogicsvrszb20-1.qq.com.', bh-005; without its code behind a client's 'Error sending email:', probe CX cx-006): the command's form, as its 502 says", any: []string{
		"invalid input from",
	}, unless: []string{"|spam|", "virus", "blocked", "blacklist", "blocklist", "|rate", "too many"}},
	{cat: CategoryMessageTooLarge, settled: true, why: "a message refused as too large, in Arabic (Twake Mail's 'فشل في إرسال رسالتك لأنها كبيرة جدًا', probe CT ct-044): the message's size", any: []string{
		"لأنها كبيرة جدًا", "لانها كبيرة جدا", "لأنها كبيرة جدا", "الرسالة كبيرة جدًا", "الرسالة كبيرة جدا", "حجم الرسالة كبير",
	}},
}

// relayTokenFailure is a failure to get an OAuth access token, said by a
// relay of its upstream API's token (batch CI's kind) or, under X.7.8, of
// the client's (strongRules).
var relayTokenFailure = [][]string{
	{"failed to acquire", "failed to obtain", "failed to get", "failed to fetch", "failed to retrieve", "failed to refresh",
		"could not acquire", "could not obtain", "could not get", "couldn't obtain", "couldn't get", "unable to acquire",
		"unable to obtain", "unable to get", "unable to retrieve", "unable to refresh", "error acquiring", "error obtaining",
		"error getting", "error fetching", "error refreshing"},
	{"access token", "oauth token", "oauth2 token"},
}

// recipientAccountMissing is a receiver saying it has no account for an
// address (batch CI's kind): the recipient's, unless the words or an
// X.7.8 code make it the client's (strongRules).
var recipientAccountMissing = []string{
	"could not find account data", "could not find account for", "cannot find account for", "can't find account for",
	"unable to find account for", "no account data for", "account data not found",
}

// exchangeStatusRules are Exchange Online's three-digit enhanced codes
// (5.7.5xx-9xx, 4.4.3xx, ...). Microsoft documents each one, and the text
// around them is generic ("Service unavailable", "Server busy"), so the code
// decides before any phrase does.
var exchangeStatusRules = []rule{
	{cat: CategoryPolicyRejected, settled: true, why: "the sender's own organisation blocking the recipient with its Tenant Allow/Block List (Microsoft 365 '550 5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy', and the same NDR in its translations under 5.7.1; Microsoft Learn 'Allow or block email using the Tenant Allow/Block List', probe BQ bq-027, bq-046): a rule of the sending side, not a listing of its IP, which the 5.7.700-749 range below otherwise is", codes: []string{"x.7.703"}},
	{cat: CategoryPolicyRejected, settled: true, why: "the same Tenant Allow/Block List block named in words, in the languages of Microsoft's NDRs (probe BQ bq-028, German; bq-046, French)", any: []string{
		"tenant recipient block", "tenant allow/block", "tenant allow block", "tenant block list", "tenant blocklist",
		// (not "blocked by your organization" alone: an organisation's anti-malware or spam policy says
		// it too, review S35-A2)
		"de liste de blocage du locataire", "liste de blocage du locataire",
		"mandantenempfanger-sperr", "mandanten-sperrliste", "sperrliste des mandanten", "zulassungs-/sperrliste des mandanten",
		"lista de bloqueo del inquilino", "lista de permitidos o bloqueados del inquilino", "elenco tenant consentiti/bloccati",
		// an organisation's data-loss-prevention rule refusing what its own user sends: its policy, not a
		// verdict that the message is spam (review S35B-7)
		"data loss prevention", "dlp policy", "dlp rule",
	}},
	{cat: CategoryBlocklisted, codes: []string{"x.7.606-649", "x.7.501-503", "x.7.511", "x.7.513", "x.7.650-651", "5.7.700-749", "x.7.850-899", "4.7.501-649", "4.7.653-699"},
		why: "banned sending IP (606-649), spam abuse / banned sender (501-503, 511), customer block list (513), IP reputation (650-651), tenant or IP threshold (5.7.7xx, 850-899), 'Access denied, please try again later' for suspicious IPs (4.7.501-699)"},
	{cat: CategoryRateLimited, codes: []string{"x.7.28"}, why: "Gmail 4.7.28/5.7.28: unusual rate of mail from the IP or domain, rate limited or blocked for it (https://support.google.com/a/answer/3726730); the words 'spam' and 'blocked' around it do not change the documented meaning"},
	{cat: CategoryRateLimited, codes: []string{"x.7.500", "x.7.508", "x.7.652", "x.2.121-122", "x.1.90"},
		why: "server busy from your IP (500), IPv6 range limits (508), connection limit (652), per-hour receive limits, daily recipient limit"},
	{cat: CategoryAuthenticationFailed, codes: []string{"x.7.509", "x.7.515"}, why: "DMARC fail (509), authentication level not met (515)"},
	{cat: CategoryTLSRequired, codes: []string{"x.7.321-325"}, why: "DANE / STARTTLS / certificate validation"},
	{cat: CategorySyntaxError, codes: []string{"x.7.512"}, why: "From: not RFC 5322 section 3.6.2 compliant"},
	{cat: CategorySyntaxError, why: "Exchange's RESOLVER.ADR.InvalidInSmtp: an address it could only encapsulate as IMCEAINVALID- (a malformed or unresolvable legacy address in the recipient list), so not a mailbox the destination was asked about (probe BI bi-058)", any: []string{
		"invalidinsmtp", "imceainvalid", "encapsulated invalid address",
	}},
	{cat: CategorySpamContent, codes: []string{"x.7.504-507", "x.7.510", "x.7.520", "x.7.750", "x.7.900-999"}, why: "a verdict on the message's content that the reply states outright under a code of Exchange Online's policy range ('550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)', probe BU bu-004): Microsoft lists 5.7.520 for external forwarding, and the words say what this reply is", any: []string{
		"content identified as", "message identified as", "attachment identified as", "contains content identified",
	}, unless: []string{"|ip|", "sender", "source", "reputation"}},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.504-507", "x.7.510", "x.7.520", "x.7.750", "x.7.124", "x.7.133-136", "x.7.139", "x.7.900-999"},
		why: "recipient or tenant restrictions, IPv4/IPv6 acceptance, forwarding, unregistered domains, SMTP AUTH disabled, mail flow rules"},
}

// providerStatusRules are provider-specific enhanced codes whose meaning is
// fixed by the provider's documentation (Exchange Online, Gmail). They are
// consulted after the strong phrases because wording is still more precise.
var providerStatusRules = []rule{
	{cat: CategoryGreylisted, codes: []string{"4.7.1"}, any: []string{"try again later"}, unless: []string{"|rate", "too many", "spam", "block", "reputation", "listed", "busy", "unavailable", "system"},
		why: "rspamd's greylisting module and milter-greylist answer a bare '451 4.7.1 Try again later' (https://rspamd.com/doc/modules/greylisting.html)"},
	{cat: CategoryAuthenticationFailed, codes: []string{"x.7.20-27", "x.7.30", "x.7.32", "x.7.40"},
		why: "RFC 7372 x.7.20-27; Gmail 5.7.26/27/30/32/40"},
	{cat: CategoryTLSRequired, codes: []string{"x.7.29", "x.7.51", "x.4.8", "x.7.10", "x.7.11"},
		why: "Gmail 4.7.29 TLS; Exchange MTA-STS (5.7.51, 4.4.8); RFC 3463 x.7.10/11 encryption needed"},
	{cat: CategorySyntaxError, codes: []string{"x.6.11"}, why: "Exchange: bare line feeds"},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.57", "x.7.60", "x.7.64", "x.7.12", "x.0.350"},
		why: "Exchange Online: anonymous submission, send-as, tenant relay, external senders, policy"},
	{cat: CategoryConnectionFailed, codes: []string{"x.4.316", "x.4.318", "x.4.397", "x.4.1", "x.4.2"}, unless: []string{"rejected", "denied"},
		why: "Exchange Online connection errors; RFC 3463 x.4.1 no answer, x.4.2 bad connection — unless the host answered with a refusal (Exchange and Zoho reuse 5.4.1 for 'Recipient address rejected' and 'Mail rejected by destination domain')"},
	{cat: CategoryDomainNotFound, codes: []string{"x.4.310", "x.4.312", "x.1.2"}, why: "DNS domain does not exist / DNS query failed; RFC x.1.2 bad destination system"},
	{cat: CategoryServerError, codes: []string{"x.4.22-28", "x.3.190"}, why: "Exchange replication / journaling failures"},
	{cat: CategoryDomainNotFound, codes: []string{"x.1.10"}, any: []string{reply556Literal}, registered: true,
		why: "RFC 7505 §4.1: mail to a domain with a null MX is refused with '556 5.1.10' (RFC 7504 §3 registers 556 'Domain does not accept mail'); Exchange's RecipientNotFound is 550 5.1.10 and its own wording decides before (strong phrases)"},
	{cat: CategoryUserUnknown, codes: []string{"x.1.10", "x.1.351"}, why: "Exchange Online 5.1.10 RecipientNotFound (Microsoft Learn, 'Fix NDR error 550 5.1.10'), the usage of x.1.10 met in practice; a 556 reply is RFC 7505's null MX (above)"},
	{cat: CategoryOther, codes: []string{"x.4.14"}, why: "Exchange Online hop count exceeded (mail loop)"},
}

// weakRules are generic words that only decide when nothing specific did.
var weakRules = []rule{
	{cat: CategoryPolicyRejected, settled: true, why: "a recipient or sender in a domain the RFCs reserve for documentation and testing (RFC 2606 example., .test, .invalid, .localhost; RFC 6761 special-use names) refused by the server's rule (a relay's '501 5.1.5 Recipient address reserved by RFC 2606', probe BX bx-002; '550 5.7.1 sender … from RFC2606 reserved domain', blindr-0004): the receiver's policy, over a bare X.1.x code, which the model may not overrule (settled). Weak: a text that names a cause besides (a null MX, an unknown user, a failed SPF check, a listing, a count of connections) is read by that cause's rule first (review S37: 14 such texts read as policy when this rule was settled)", any: []string{
		"rfc 2606", "rfc2606", "rfc 6761", "rfc6761", "reserved domain", "reserved tld", "reserved top-level domain", "special-use domain",
	}},
	{cat: CategoryOther, why: "Exchange's delay notice '400 4.4.7 Message delayed' (a DSN with Action: delayed, localized around it, probe BJ bj-069/bj-070) names no cause: the message waits in the queue, for a reason the notice does not give. Weak: a cause the notice quotes ('Last attempt failed because: Can't connect to host') decides, and so does a queue that gave up", any: []string{
		"message delayed",
	}},
	// A mail client's report that it could not reach its server, in the languages clients are
	// translated into (msmtp's "cannot connect to …: connection refused" in Ukrainian and
	// Romanian, its "cannot locate host" in Serbian, probe BF bf-024, bf-026, bf-027). Weak: a
	// server's reply that says "connection refused" in those words and names its reason (an SPF
	// check, a blocklist: "550 5.7.1 Bağlantı reddedildi: … SPF …", review S26B-3) is read by its
	// reason or its code first.
	{cat: CategoryConnectionFailed, why: "a connection refused or not made, in the languages mail clients are translated into beyond the NDR languages (msmtp's Ukrainian 'у з'єднанні відмовлено', Romanian 'nu se poate conecta', probe BF bf-026/027): the server unreachable, retried", any: []string{
		"з'єднан && відмовлено", "з'єднан && відхилено", "не вдалося з'єднатися", "не вдалося під'єднатися", "не вдалося підключитися",
		"в соединении отказано", "не удалось подключиться", "веза одбијена", "не могу да се повежем", "neuspelo povezivanje", "veza odbijena",
		"nu se poate conecta", "nu s-a putut conecta", "conexiune refuzat", "връзката е отказана", "неуспешно свързване", "nije moguce spojiti",
		"polaczenie odrzucone", "odmowa polaczenia", "nie mozna polaczyc", "nie udalo sie polaczyc", "spojeni odmitnuto", "nelze se pripojit",
		"nepodarilo se pripojit", "spojenie odmietnute", "nepodarilo sa pripojit", "kapcsolat elutasitva", "nem sikerult kapcsolodni",
		"nem lehet csatlakozni", "άρνηση σύνδεσης", "σύνδεση απορρίφθηκε", "αδυναμία σύνδεσης", "baglanti reddedildi", "baglanilamadi",
		"baglanti kurulamadi", "yhteys evatty", "yhteys hylatty", "yhteyden muodostaminen epaonnistui", "anslutning nekad", "anslutningen nekades",
		"kunde inte ansluta", "forbindelse afvist", "kunne ikke forbinde", "tilkobling avvist", "kunne ikke koble til", "koneksi ditolak",
		"tidak dapat terhubung", "gagal terhubung", "kết nối bị từ chối", "không thể kết nối", "การเชื่อมต่อถูกปฏิเสธ", "ไม่สามารถเชื่อมต่อ",
		"החיבור נדחה", "לא ניתן להתחבר", "رفض الاتصال", "تعذر الاتصال", "connexio refusada", "no es pot connectar", "savienojums atteikts",
		"povezava zavrnjena", "uhendusest keelduti",
		// "the server refused the connection" as clients write it (Ltt.rs's Slovene "Strežnik je zavrnil
		// povezavo", Portuguese "O servidor recusou a ligação", probe CT ct-027, ct-042)
		"zavrnil povezavo", "recusou a ligacao", "recusou a conexao", "rechazo la conexion", "ha rifiutato la connessione",
		"a refuse la connexion", "hat die verbindung abgelehnt", "weigerde de verbinding", "odmitl pripojeni", "odrzucil polaczenie",
		// the connection to the outgoing (SMTP) server that failed or could not be made, as clients and
		// libraries word it in their translations (probe BK bk-019/020/023): PHPMailer's connect_host and
		// smtp_connect_failed ("SMTP Error: Could not connect to SMTP host.", Hindi "SMTP सर्वर से कनेक्ट
		// नहीं हो सका", Ukrainian "Помилка з'єднання з SMTP-сервером"; its function's name "SMTP Connect()"
		// kept in twenty of them), Thunderbird's smtpSendRequestRefused ("… because connecting to
		// Outgoing server (SMTP) %S failed", Hebrew "שהחיבור לשרת היוצא (SMTP) … נכשל") and Roundcube's
		// smtpconnerror ("Connection to server failed"). A connection lost in the middle ("Mất kết nối",
		// bk-021, labelled a bounce) is not among them
		"smtp && connect()", "smtp && connect ()",
		"חיבור && נכשל", "להתחבר && לא הצלח", "कनेक्ट नहीं", "єднан && помилк", "єднан && не вда", "єднат && не вда", "єднан && збій",
		"подключит && не уда", "соединени && ошибк", "соединени && сбой", "соединени && не уда", "σύνδεσ && αποτυχ", "σύνδεσ && απέτυχ",
		"خطا در اتصال", "không kết nối được", "lỗi kết nối", "无法连接", "無法連線", "無法連接", "연결 && 실패",
		"baglanti && basarisiz", "povezivanje && nije uspelo", "povezave && ni uspelo", "vzpostaviti povezave", "ne mogu se spojiti",
		"spajanje && nije uspjelo", "spojiti && nije moguce", "polaczeni && nie mozna", "polaczeni && nie udalo", "polaczyc && nie udalo",
		"spojeni && nelze", "spojenie && nebolo mozne", "pripojeni && selhal", "neuspesne pripojeni",
		"conectarea && esuat", "conexiunea && esuat", "conectarea && eșuat", "conexiunea && eșuat",
		"kapcsolod && nem lehet", "kapcsolod && sikertelen", "smtp-kapcsolat && hiba", "koneksi && gagal", "tidak dapat menghubungi",
		"kon niet verbinden", "kon nie && verbind", "imposible conectar", "no se pudo conectar", "no es posible conectar",
		"nao foi possivel conectar", "nao foi possivel ligar", "falha ao conectar", "impossibile connettersi", "impossible de se connecter",
		"non puido conectar", "yhteys && ei onnistu", "kunne ikke oprettes && forbindelse", "ne eblis konekti", "uhendust && ei onnestunud",
		"nepavyksta prisijungti", "nevar izveidot savienojumu", "savienojuma kluda", "susijungimo klaida", "qosulma && ugursuz", "hindi makakonekta",
	}, unless: queueExpiry},
	{cat: CategoryDomainNotFound, why: "the server's host name not found, in the languages mail clients are translated into (msmtp's Serbian 'нисам нашао домаћина', probe BF bf-024): a name that does not resolve", any: []string{
		"нисам нашао домаћина", "не можу да пронађем домаћина", "не могу да нађем домаћина", "домаћин није пронађен", "не вдалося знайти вузол", "вузол не знайдено",
		"не удалось найти узел", "узел не найден", "хост не найден", "gazda nu a fost gasita", "nie znaleziono hosta", "nieznany host",
		"hostitel nenalezen", "neznamy hostitel", "hostitel nenajdeny", "gazdagep nem talalhato", "ismeretlen gazdagep", "ana makine bulunamadi",
		"isantaa ei loydy", "vardnamnet hittades inte", "varden hittades inte", "okand vard", "vaert ikke fundet", "ukendt vaert",
		"fant ikke vert", "ukjent vert", "host tidak ditemukan", "хостът не е намерен", "racunalo nije pronadeno", "no s'ha trobat l'amfitrio",
		// Vietnamese, as Zing Mail's list of returned-mail reasons puts it ("Không tìm thấy Host", host not
		// found, probe BK bk-015)
		"không tìm thấy host",
	}},
	{cat: CategorySyntaxError, any: []string{"bad sequence", "out of sequence", "improper sequence", "sequence of commands",
		"no recipients specified", "no recipient specified", "no valid recipients", "no valid recipient", "no recipients given"},
		why: "RFC 5321 503 bad sequence of commands, and DATA without an accepted recipient (Postfix '554 5.5.1 Error: no valid recipients', cosullivan/SmtpServer '554 no valid recipients given'): in a transcript it usually follows an earlier rejection, which decides"},
	{cat: CategoryUserUnknown, any: []string{"invalid address", "address invalid", "mailbox unavailable", "mailbox is unavailable"},
		why: "RFC 5321's default 550 text ('mailbox unavailable') and 'invalid address' cover unknown users, bad syntax and policy alike; a specific code or phrase decides first"},
	{cat: CategoryBlocklisted, any: []string{"|ip| && blocked", "|ip| && rejected", "|ip| && refused", "|ip| && banned", "|ip| && no access",
		ipLiteral + " && blocked", ipLiteral + " && refused", ipLiteral + " && banned", ipLiteral + " && no access",
		"|ip| && forbidden", ipLiteral + " && forbidden"},
		why: "an IP named in a refusal is usually a reputation block (Spamhaus FAQ: 'blocked using' texts name the client IP)"},
	// The mailbox subject of a permanent enhanced code beats the bare
	// words of refusal after it, which say only that something was
	// refused, not what: "550 5.2.0 Rejected" is about the mailbox (RFC
	// 3463 X.2.0 other mailbox status) — issue 14's kind 4. A listing, an
	// unknown user or bad syntax named above still decides first, and
	// words naming a sender, a policy or a retry keep theirs.
	{cat: CategoryMailboxDisabled, codes: []string{"5.2.*"}, why: "RFC 3463 X.2.x mailbox status, over a bare refusal word (probe_av av-068 '550 5.2.0 Rejected'); a permanent one only (a 4.2.x retry request stays the transient rules'), and not when the words name whose rule it was (review S22C-3)",
		unless: []string{"sender", "spoof", "policy", "polic", "try", "retry", "temporar", "later", "relay", "client", "|ip|"}},
	{cat: CategoryPolicyRejected, any: []string{
		"access denied", "not allowed", "denied", "prohibited", "policy", "refused",
		"recipient address rejected", "blocked", "forbidden",
		"not accepted", "rejected",
		"nicht erlaubt", "nicht zulassig", "verweigert", "abgelehnt", "non autorise", "interdit", "no permitido",
		"rechazad", "non consentit", "non autorizzat", "rifiutat", "niet toegestaan", "geweigerd",
		"nao permitid", "recusad", "negad", "запрещен", "отклонен", "拒否", "拒绝", "拒收",
	}, why: "a rule refused the transaction (RFC 5321 550/554 'policy reasons'), in English and the NDR languages"},
	{cat: CategoryServerError, any: []string{
		"try again later", "try later", "essayer plus tard", "service refuse", "veuillez reessayer",
		"bitte spater", "bitte versuchen sie es spater", "temporarily", "temporary", "unavailable",
		"closing transmission channel", "not available", "busy", "please retry", "retry later", "try again", "transient",
		"reessayez plus tard", "intentelo mas tarde", "riprovare piu tardi", "probeer het later", "tente novamente", "попробуйте позже", "稍后再试", "请稍后", "暂时", "後でもう一度",
		"vorubergehend", "voruebergehend", "temporairement", "temporalmente", "temporaneamente", "tijdelijk",
		"temporariamente", "временно", "一時的",
	}, why: "generic transient wording (RFC 5321 4yz replies)"},
}

// specificStatusRules are enhanced codes whose registered meaning names one
// condition precisely (IANA "SMTP Enhanced Status Codes" registry: RFC 3463,
// RFC 4954, RFC 5248, RFC 7293, RFC 7505). They decide before the weak,
// generic words ("550 5.1.1 Address rejected" is an unknown user), but after
// every specific phrase, because providers reuse codes loosely (Orange
// reports a full mailbox with 5.1.1, Yandex an unknown user with 5.7.1).
var specificStatusRules = []rule{
	{cat: CategoryUserUnknown, codes: []string{"x.1.1", "x.1.6"}, why: "RFC 3463 X.1.1 bad destination mailbox address, X.1.6 mailbox has moved"},
	{cat: CategoryDomainNotFound, codes: []string{"x.1.2", "x.4.4", "x.4.3"}, why: "RFC 3463 X.1.2 bad destination system address, X.4.4 unable to route, X.4.3 directory server failure ('the inability to connect to an Internet DNS server is one example')"},
	{cat: CategorySyntaxError, codes: []string{"x.1.3", "x.1.7", "x.5.2", "x.5.4", "x.6.*"}, why: "RFC 3463 X.1.3 bad destination address syntax, X.1.7 bad sender's mailbox address syntax, X.5.2 syntax error, X.5.4 invalid arguments, X.6.x media"},
	{cat: CategoryPolicyRejected, codes: []string{"x.1.8", "x.7.27"}, why: "RFC 3463 X.1.8 bad sender's system address; RFC 7505 X.7.27 sender has null MX"},
	{cat: CategoryMailboxDisabled, codes: []string{"x.2.1", "x.7.13", "x.7.17"}, why: "RFC 3463 X.2.1 mailbox disabled; RFC 5248 X.7.13 user account disabled; RFC 7293 X.7.17 mailbox owner changed"},
	{cat: CategoryMailboxFull, codes: []string{"x.2.2"}, why: "RFC 3463 X.2.2 mailbox full"},
	{cat: CategoryMessageTooLarge, codes: []string{"x.2.3", "x.3.4"}, why: "RFC 3463 X.2.3 message length exceeds limit, X.3.4 message too big for system"},
	{cat: CategoryServerError, codes: []string{"x.3.1", "x.3.2", "x.3.5", "x.4.5"}, why: "RFC 3463 X.3.1 mail system full, X.3.2 not accepting messages, X.3.5 misconfigured, X.4.5 congestion"},
	{cat: CategoryConnectionFailed, codes: []string{"x.4.1", "x.4.2"}, unless: []string{"rejected", "denied"}, why: "RFC 3463 X.4.1 no answer from host, X.4.2 bad connection; a refusal in the text means the host did answer"},
	{cat: CategoryOther, codes: []string{"x.4.6", "x.2.4", "x.1.4"}, why: "RFC 3463 X.4.6 routing loop, X.2.4 list expansion, X.1.4 ambiguous address"},
	{cat: CategoryRateLimited, codes: []string{"x.5.3"}, why: "RFC 3463 X.5.3 too many recipients"},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.8", "x.7.9", "x.7.11", "x.7.12", "x.7.14"},
		why: "RFC 4954 X.7.8 credentials invalid, X.7.9 mechanism too weak, X.7.11/X.7.12 encryption/password transition for AUTH; RFC 5248 X.7.14 trust relationship required"},
	{cat: CategoryTLSRequired, codes: []string{"x.7.10"}, why: "RFC 5248 X.7.10 encryption needed"},
	{cat: CategoryAuthenticationFailed, codes: []string{"x.7.20-26", "x.7.29"}, why: "RFC 7372 X.7.20-26 DKIM/SPF/reverse DNS failures; RFC 8617 X.7.29 ARC"},
	{cat: CategoryPolicyRejected, registered: true, any: []string{reply530Literal}, unless: []string{"tls", "ssl", "encrypt", "chiffr", "cifrad", "verschlussel", "secure", "transport layer"}, why: "a 530 reply is RFC 4954 §6's 'Authentication required' (policy_rejected by the SMTP AUTH convention, testdata/README.md), whatever X.5 code it carries: its registered meaning beats the generic protocol subject (so it sits after the specific codes, before the generic ones: '530 5.7.10' is RFC 5248's encryption needed) (OpenSMTPD smtp_session.c '530 5.5.1 Invalid command: Must issue an AUTH command first', blindah-0008); RFC 3207's '530 Must issue a STARTTLS command first' and other encryption demands stay TLS's"},
}

// genericStatusRules give the class.subject meaning of the remaining
// enhanced codes (RFC 3463 §3: X.0 other, X.1 addressing, X.2 mailbox,
// X.3 mail system, X.4 network/routing, X.5 protocol, X.6 content, X.7
// security/policy), the last resort before the bare reply code.
var genericStatusRules = []rule{
	{cat: CategoryServerError, codes: []string{"4.0.*", "x.3.*"}, why: "RFC 3463 4.0.x other transient status; X.3.x mail system status"},
	{cat: CategoryUserUnknown, codes: []string{"x.1.0", "x.1.5", "x.1.9", "x.1.10-99"}, why: "RFC 3463 X.1.x destination address status"},
	{cat: CategoryPolicyRejected, codes: []string{"x.1.*"}, why: "RFC 3463 X.1.x address status (sender side)"},
	{cat: CategoryMailboxDisabled, codes: []string{"x.2.0", "x.2.*"}, why: "RFC 3463 X.2.0 other mailbox status: the mailbox exists but does not take mail"},
	{cat: CategoryConnectionFailed, codes: []string{"x.4.*"}, why: "RFC 3463 X.4.x network and routing status"},
	{cat: CategorySyntaxError, codes: []string{"x.5.*"}, why: "RFC 3463 X.5.x mail delivery protocol status"},
	{cat: CategoryPolicyRejected, codes: []string{"x.7.*"}, why: "RFC 3463 X.7.x security or policy status"},
}

// replyCodeCategory is the meaning of a bare reply code when neither
// wording nor an enhanced code decided (RFC 5321 §4.2.2-4.2.3, RFC 7504 521
// and 556, RFC 4954 530/534/535/538, RFC 3207 STARTTLS).
func replyCodeCategory(code int) string {
	switch {
	case code >= 200 && code < 300:
		return CategoryDelivered
	case code == 432:
		// RFC 4954 §6: "432 4.7.12 A password transition is needed" —
		// the client's SMTP AUTH credentials, the only meaning an RFC
		// registers for it (policy by the corpus README's convention).
		return CategoryPolicyRejected
	case code >= 400 && code < 500:
		// 421 service not available, 450/451 local error, 452 insufficient
		// storage: all the receiver's temporary state.
		return CategoryServerError
	}
	switch code {
	case 500, 501, 502, 503, 504, 555:
		return CategorySyntaxError
	case 521, 556:
		return CategoryDomainNotFound
	case 523, 524, 538:
		return CategoryTLSRequired
	case 530, 534, 535:
		return CategoryPolicyRejected
	case 551:
		// "User not local; please try <forward-path>": not served here.
		return CategoryUserUnknown
	case 552:
		return CategoryMailboxFull
	case 553:
		// "Requested action not taken: mailbox name not allowed".
		return CategoryPolicyRejected
	case 554:
		// "Transaction failed" (at the greeting "No SMTP service here"):
		// RFC 5321 gives no cause, and a 554 names one only when a rule
		// is what refused the transaction (relay, sender, content and
		// listings each have their phrases and codes first), so a 554
		// whose words name none is read like a 550 (probe AW aw-063).
		return CategoryPolicyRejected
	case 550:
		// RFC 5321 §4.2.2: "mailbox unavailable (e.g., mailbox not found,
		// no access, or command rejected for policy reasons)". Every
		// specific cause (an unknown user, a listing, spam) is named by a
		// phrase or an enhanced code first; a 550 whose words name none is
		// a refusal by the receiver's rules ("550 no HELO given" aside,
		// which its own words decide).
		return CategoryPolicyRejected
	}
	return CategoryOther
}

// deliveredPrefixes are texts a local delivery agent writes on success
// (Postfix local/virtual/pipe/lmtp status=sent texts without a reply code).
var deliveredPrefixes = []string{
	"delivered to ", "delivered via ", "delivered to mailbox", "forwarded as ", "delivery ok", "ok: queued", "queued as ",
	"smtpstatus=2", // key=value delivery logs: "smtpstatus=250 smtpmsg='250 2.0.0 OK' exitcode=EX_OK"
}

// relayedGroups and relayedComplete make Exchange's relay notice, a
// success ("Delivery to these recipients or groups is complete, but no
// delivery notification was sent by the destination server"), in the NDR
// languages (Microsoft's delivery status notifications; probe AW aw-073
// 'Die Zustellung an diese Empfänger oder Gruppen wurde abgeschlossen'):
// both a "recipients or groups" and a word for complete. Its failure
// report says the same recipients failed ("Delivery has failed to these
// recipients or groups"), with no word for complete.
var (
	relayedGroups = []string{
		"recipients or groups", "empfanger oder gruppen", "destinataires ou groupes", "destinatarios o grupos",
		"destinatari o gruppi", "ontvangers of groepen", "geadresseerden of groepen", "destinatarios ou grupos",
		"получателям или группам", "收件人或组", "收件人或群組", "受信者またはグループ",
	}
	relayedComplete = []string{
		"is complete", "abgeschlossen", "est terminee", "se completo", "completada", "e stata completata", "completata",
		"is voltooid", "foi concluida", "выполнена", "завершена", "已完成", "が完了",
	}
)

// relayedNot are the negations of relayedComplete: a failure report that
// says the delivery was not completed (review S22C-2).
var relayedNot = []string{
	"not complete", "nicht abgeschlossen", "n'est pas terminee", "pas ete terminee", "no se completo", "no se ha completado",
	"non e stata completata", "non completata", "niet voltooid", "nao foi concluida", "не выполнена", "не завершена",
	"未完成", "没有完成", "完了しませんでした", "完了していません",
}

// The lists of Classifier.notices (deliveredNotice).
const (
	noticeGroups = iota
	noticeComplete
	noticeRelayedNot
	noticeSent
	noticeSentNot
	noticeAccepted
)

// deliveredNotice reports whether a code-less reply, normalised, is a
// notice that the message was passed on: Exchange's that it was relayed
// (relayedGroups and relayedComplete, and no negation of it, relayedNot),
// or a client's that it was sent (sentNotices, no sentNot, and the shape
// of a notice, noticeShape), a receiver's that it took it (acceptedNotices)
// or an application's that it sent it, in one of its templates alone
// (sentProtocolTemplates, sentDurationTemplates, …). noRule says no rule's
// phrase occurs in norm: only then can a notice that names the message by
// a free subject (sentSubjectTemplates) be one, a subject being any words
// (newcomer review S39 N1: "Message to bob@example.com expired after 5
// days in queue - DSN has been sent successfully").
// m has bit k set when a phrase of list k occurs in norm
// (scanResult.notices).
func (c *Classifier) deliveredNotice(norm []byte, m uint32, noRule bool) bool {
	has := func(list int) bool { return m&(1<<list) != 0 }
	relayed := has(noticeGroups) && has(noticeComplete) && !has(noticeRelayedNot)
	accepted := has(noticeAccepted) && !has(noticeSentNot) && len(norm) <= maxAcceptedNoticeBytes && !hasWord(norm, sentNotWords) &&
		!hasWord(norm, acceptedNotWords)
	template := c.sent.match(norm, noRule)
	return relayed || accepted || template || has(noticeSent) && !has(noticeSentNot) && noticeShape(norm)
}

// acceptedNotices are a receiver's own words that it took the message
// (the 250 text "Message accepted for delivery"; an older server's
// "Congratulations! We ACCEPT this message, and will make our best effort
// in delivery to …", probe BU bu-037), read only in a code-less text as
// sentNotices are. A receiver's sentence is longer than a client's notice,
// so only its length in bytes bounds it (maxAcceptedNoticeBytes); the
// failure words and negations of sentNot and sentNotWords still make it a
// failure report ("We do not accept this message").
var acceptedNotices = []string{
	"we accept this message", "we accepted this message", "we have accepted this message",
}

// acceptedNotWords make an acceptance sentence a condition or a refusal
// ("We accept this message only from authenticated senders", review
// S36C-N9): whole words, as sentNotWords.
var acceptedNotWords = []string{"only", "if", "unless", "when", "must", "require", "requires", "authenticated", "spam", "virus"}

// maxAcceptedNoticeBytes bounds an accepted notice (acceptedNotices): a
// receiver's one sentence, not a report that quotes it and goes on.
const maxAcceptedNoticeBytes = 160

// sentNotices are a mail client's or webmail's notice that its server took
// the message (Thunderbird's smtpMailSent "Mail sent successfully", Roundcube's
// messagesent "Message sent successfully.", and their translations: Vietnamese
// "Đã gửi thư thành công", Persian "پیغام با موفقیت فرستاده شد", probe BK
// bk-066/067): a delivery to the next hop, as a 250 is, when no reply code
// says otherwise (classify reads them only in a code-less text). Each is the
// word for sent with the word for successfully; sentNot are the negations and
// failure words that make such a sentence a failure report.
var (
	sentNotices = []string{
		"sent successfully", "successfully sent", "sent succesfully", "been sent successfully",
		// a success DSN's own sentence (Bongo's queue agent "The message has been successfully
		// delivered.", probe CB cb-056), the message as its subject: "successfully delivered to 0
		// of 3 recipients", "to the dead letter queue", "yet to be successfully delivered" are not
		// (review S38B s38b-08..12)
		"has been successfully delivered", "was successfully delivered", "message delivered successfully",
		"has been delivered successfully", "was delivered successfully",
		"gửi thư thành công", "gửi thành công", "با موفقیت فرستاده شد", "با موفقیت ارسال شد", "موفقانه ارسال", "تم إرسال الرسالة بنجاح", "أرسل البريد بنجاح",
		"נשלחה בהצלחה", "успешно отправлен", "успешно изпратен", "изпратено успешно", "успешно послат", "успішно надіслан", "успішно відправлен",
		"basariyla gonderildi", "erfolgreich gesendet", "erfolgreich versendet", "erfolgreich verschickt", "erfolgreich versandt",
		"envoye avec succes", "envoyee avec succes", "enviado correctamente", "enviado con exito", "enviado exitosamente", "enviada correctamente",
		"enviada con exito", "inviato correttamente", "inviato con successo", "inviata correttamente", "inviata con successo",
		"enviada com sucesso", "enviado com sucesso", "succesvol verzonden", "met succes verzonden", "pomyslnie wyslan", "wyslana pomyslnie",
		"berhasil dikirim", "trimis cu succes", "uspesne odoslan", "uspesne odeslan", "sikeresen elkuldve", "εστάλη επιτυχώς",
		"επιτυχής αποστολή", "성공적으로 보냈습니다", "보내기 완료", "发送成功", "發送成功", "傳送成功", "送信しました", "ส่งจดหมายสำเร็จ",
		// a receiver's 250 text without its code ("Message accepted for delivery"), in a notice's
		// shape only: one that goes on reports what happened next (review S36 m01-m09)
		"message accepted for delivery", "accepted for delivery", "message accepted",
	}
	// (written without a trailing space: normalisation drops it, and a bare
	// "nie" or "не" is inside the very words for success, "pomyślnie": so is
	// "nie wysłan", which made every "pomyślnie wysłany" a failure; the
	// negation is "nie wysłano", or "nie został" before it, probe BY by-015)
	sentNot = []string{
		"not sent", "not been sent", "unsuccessful", "n't", "could not", "cannot", "unable", "fail", "error",
		"nicht", "pas ete", "no se", "non e", "niet", "nao foi", "nao enviad", "nie zostal", "nie udalo", "nie wyslano", "không",
		"не отправлен", "не было отправлен", "не удалось", "не надіслан", "не відправлен", "не вдалося", "не е изпратен", "не може",
		"نشد", "لم يتم", "לא נשלח", "לא ניתן",
		"basarisiz", "lỗi", "ошибк", "помилк", "失败", "失敗", "실패", "erreur", "fehler", "errore", "erro ", "fout", "hata",
		// a notice that goes on to a failure (review S29C-5; whole words in sentNotWords)
		"however", "?", "reject", "delay", "retry", "unknown", "unbekannt", "bounce", "undeliver", "returned", "invalid",
		// what happened to a message after it was taken (review S36 m01-m09)
		"discard", "quarantin", "blocked", "held", "loop", "unreachable", "over quota", "dropped", ";",
		// what befell a message a report then says it sent a notice of (newcomer review S39 N7:
		// 'Message "Invoice" expired。DSN has been sent successfully')
		"expire", "refus", "denied", "timed out",
		"detected", "virus", // "message accepted, spam detected" (review S36C-N9)
		// a negation before the notice (review S29D-4)
		"nebola", "nebyla", "nebyl", "tidak", "nu a fost", "не успешн", "неуспешн", "не был", "δεν", "chưa", "未", "但", "拒", "退回", "不存在",
	}
	// sentNotWords are sentNot's short words, which occur inside others
	// ("full" in "successfully"): matched as whole words.
	sentNotWords = []string{"but", "aber", "mais", "pero", "full", "no", "not", "never", "non", "nie", "nao", "then"}
)

// noticeShape reports whether a code-less reply, normalised, that says it
// was sent (deliveredNotice) has the shape of a client's notice of it, not
// of a failure report: a notice is a sentence of a few words ("Message
// sent successfully.", "Thư đã được gửi thành công."); a longer text that
// says it was sent and goes on ("…, but delivery to the following
// recipients was rejected", "Sent successfully? No - the recipient's
// mailbox is full", review S29C-5) reports something else, which the
// rules read.
func noticeShape(norm []byte) bool {
	return bytes.Count(norm, []byte{' '}) < maxSentNoticeWords && len(norm) <= maxSentNoticeBytes &&
		!hasWord(norm, sentNotWords)
}

// maxSentNoticeBytes bounds a sent notice's normalised bytes, for the
// scripts written without spaces (a Chinese "邮件发送成功，但…" that goes on
// is long in bytes): the clients' own notices are under 140 (a
// non-Latin letter normalises to six bytes).
const maxSentNoticeBytes = 140

// hasWord reports whether one of words (lower-case ASCII) is a whole word
// of norm: bounded by its ends or by bytes that are not alphanumeric, as
// the matcher bounds a "|word|" pattern (isAlnum).
func hasWord(norm []byte, words []string) bool {
	for _, w := range words {
		for from := 0; ; {
			i := indexString(norm[from:], w)
			if i < 0 {
				break
			}
			i += from
			j := i + len(w)
			if (i == 0 || !isAlnum(norm[i-1])) && (j == len(norm) || !isAlnum(norm[j])) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// maxSentNoticeWords bounds the words of a sent notice (noticeShape): the
// clients' own are three to six.
const maxSentNoticeWords = 7

// deferHints and bounceHints decide the outcome of code-less MTA texts whose
// category alone does not (a name server timeout is retried, "lookups failed
// permanently" is not).
var deferHints = []string{
	"temporar", "try again", "deferred", "timed out", "timeout", "mta-imposed quota",
	// a delay notice that the delivery goes on (filtering services' and Exchange's "This message
	// hasn't been delivered yet. Delivery will continue to be attempted.", probe BE be-043)
	"hasn't been delivered yet", "has not been delivered yet", "will continue to be attempted", "will keep trying",
	// GNU Mailman 2.1's notice of a held post (templates/*/postheld.txt: "… is being held until the
	// list moderator can review it for approval. The reason it is being held: …"): the moderator
	// may still approve it, as the catalogue reads the hold reasons alone (newcomer review S40)
	"held until the list moderator",
	// a client library's protocol step answered with a reply it did not expect, a success one
	// (Symfony Mailer's "Expected response code \"354\" but got code \"250\"", probe BH bh-043):
	// the send failed, a new attempt may not
	"but got code \"2", "but got code 2", "but got code \"3", "but got code 3",
	"retrying", "try later", "retry later", "host name lookup failure", "malformed or unexpected name server reply",
	// "retrying with" the next server, in Duplicati's Japanese ("smtp://mx2.example.jp.で再試行します",
	// SendMailFailedRetryError, probe CW cw-043): the client tries another host, the message is kept
	"で再試行します",
	// a delay warning: the message is late and still queued (Exim's "Warning: message 1uVXyZ-000Abc-7Q
	// delayed 24 hours" and "has not yet been delivered … after more than 24 hours on the queue",
	// sendmail's "Warning: could not send message for past 4 hours", Postfix's "Delayed Mail (still
	// being retried)", probe BK bk-070); every code-less "delayed" notice of the labelled sets is
	// deferred, and one that gives up says so (bounceHints, finalHints, expiry)
	"delayed", "not yet been delivered", "not yet delivered", "still being retried", "warning: could not send",
	// a client's or webmail's throttle that asks to wait before sending again (Roundcube's
	// senttooquickly "Please wait 30 sec(s). before sending this message", Persian "لطفا قبل از ارسال
	// این پیغام 30 ثانیه صبر کنید", probe BK bk-028): the message goes once the wait is over
	"please wait", "bitte warten", "|espere|", "|espera|", "patientez", "|attendi|", "|attendere|", "aguarde", "|wacht|", "bekleyin",
	"صبر کنید",
	// a gate the sending service lifts once a step is done ("Sending will be enabled once the review
	// is complete", Keila's "… wird freigeschaltet, sobald die Überprüfung abgeschlossen ist", "only
	// possible once your onboarding has been completed", probe CP cp-022, cp-023): the mail is held
	"will be enabled once", "will be unlocked once", "only possible once", "freigeschaltet, sobald",
	"been authorized yet", "been authorised yet",
	"no hosts to try",          // Postal requeues a domain without SMTP servers
	"remote delivery deferred", // dma keeps the message (net.c), as "remote delivery failed" gives it up
	"softbounce",               // Postfix's soft_bounce status word: the message is kept (review S35B-1)
	"server misbehaving",       // Go resolver: SERVFAIL or no answer (RFC 1035 RCODE 2), retried
	// RFC 1035 RCODE 2 "Server failure" by its other names: the resolver could not answer
	// for now, nobody's DNS is proven wrong (Node's dns ESERVFAIL "DNS server returned
	// general failure", as mx-connect reports it temporary; BIND/dig "SERVFAIL")
	"servfail", "name server failure", "general failure",
	// Exim's log of a router or transport deferral ("R=dnslookup defer (-1): host lookup
	// did not complete"): Exim keeps the message and retries
	" defer (", "lookup did not complete",
	// Exim's report of a local file it may not open, with its effective ids ("failed to open
	// /var/mail/jo: Permission denied (euid=8 egid=8)"): a local fault Exim defers (probe BU bu-018)
	"euid=",
	// Node's resolver that could not answer for now (getaddrinfo's EAI_AGAIN, "try again")
	"eai_again",
	// Gmail's help, localized: a receiving rate that holds mail for now (French "reçoit des e-mails
	// à un rythme qui empêche la distribution", Japanese "受信数の制限を超過"), an out-of-memory
	// (an out-of-memory fault is retried by its category), probe BW bw-023, 032
	"a un rythme qui empeche", "受信数の制限を超過", "最高轉發上限", "最高转发上限",
	// "try again later" in the NDR languages: a code-less report that asks to retry is not
	// final (NetEase's '发信频率过快,请稍后再试', blind-0377); advice to the sender to resend
	// the message itself (Exchange's German NDR "Versuchen Sie, die Nachricht später erneut zu
	// senden", blind-0256) is not a retry and is not listed
	// "(the mail was) deferred" in Chinese (SendGrid's Chinese "由于以下原因导致电子邮件被延期", probe BH bh-051)
	"被延期", "延期投递", "延期投遞", "延迟投递", "延遲投遞",
	"稍后再试", "稍後再試", "请稍后", "請稍後", "しばらくしてから", "後ほど再度", "spater erneut versuchen", "spater noch einmal versuchen",
	"versuchen sie es spater", "reessayer plus tard", "reessayez plus tard", "intente mas tarde", "intentelo mas tarde",
	"vuelva a intentarlo", "riprovare piu tardi", "riprova piu tardi", "probeer het later", "tente novamente mais tarde",
	"tente mais tarde", "попробуйте позже", "повторите попытку позже",
	// "temporarily" in the NDR languages, as the English "temporar" above: a code-less
	// notice of a block or fault for now ("Indirizzo IP bloccato temporaneamente per
	// sospetto abuso", Aruba, probe BB bb-053)
	"temporaneamente", "vorubergehend", "temporairement", "temporalmente", "tijdelijk", "временно",
	"一時的", "暂时", "暫時",
	// a server at its limit of connections or sessions, which frees up: every code-less
	// "too many connections" of the labelled sets is deferred, as the 421 that carries it
	// elsewhere (a proxy's "Server busy, too many connections" as Thunderbird quotes it,
	// probe BX bx-008)
	"too many connections", "too many concurrent", "too many simultaneous", "simultaneous connections",
	"concurrent connections", "connection limit reached", "trop de connexions",
}

// localDeferHints are the sending MTA's own statements that it keeps the
// message (Postfix defers a relayhost's SASL failure, Gmail's "will retry"
// notices); they beat a remote code quoted in the same text.
var localDeferHints = []string{
	"sasl authentication failed", "will retry", "will be retried", "queued for retry", "warning only",
	"will continue trying", "delivery attempts will continue", "still awaiting delivery",
	"tls is required, but",   // Postfix smtp(8) with smtp_tls_security_level=encrypt/verify defers the message
	"retry time not reached", // Exim: the address stays queued until its next retry time
	// a delay notice's promise that delivery goes on and its advice not to resend (a hosting
	// provider's "The mail system will continue to attempt to deliver your message … You do not
	// need to resend your message at this time.", probe BX bx-016; Postfix's "YOU DO NOT NEED TO
	// RESEND YOUR MESSAGE")
	"will continue to try for", "will continue to try until", "will continue to try to deliver it",
	"will continue to try to deliver your", "will continue to try to deliver the message", "will continue to attempt to deliver your",
	"will continue to attempt to deliver the message", "will continue to attempt delivery for", "will continue to attempt delivery until",
	"will be attempted again",
	"do not need to resend your message", "don't need to resend your message", "no need to resend the message", "no need to resend your message",
}

// dsnFailed and dsnDelayed are a delivery status notification's action for
// a recipient (RFC 3464 §2.3.3), as a DSN's per-recipient fields or
// Openwave InterMail's reports ("These recipients of your message have
// been processed by the mail server: rcpt; Failed; 5.2.2 (mailbox full) …
// SMTP diagnostic: 443 …", blindau-0028) print it: the reporting MTA gave
// up, or keeps the message, whatever code its diagnostic quotes. A report
// naming both (recipients that failed and others delayed) is a bounce
// (outcome).
var (
	dsnFailed  = []string{"action: failed", "; failed; "}
	dsnDelayed = []string{"action: delayed", "; delayed; "}
)

// exitStatusHints are the permanent sysexits.h statuses as Postfix's
// pipe(8) words them (its sys_exits.c maps them to 5.x.x DSN codes; probe
// BS): a code-less text with one is returned. They are weighed after the
// reply code and the enhanced code, which Postfix's soft_bounce turns to
// 4.x.x over the same words (review S35B-1).
var exitStatusHints = []string{
	"command line usage error", "internal software error", "critical os file missing", "can't create user output file",
	"cannot open input", "local configuration error", "data format error", "remote error in protocol",
}

// reportHints are a non-delivery report's own heading or sentence around a
// reason that is retried when a server gives it (Exchange's "The recipient
// could not be processed due to congestion in the message transfer
// service", by-038; Lotus Notes' "------- Failure Reasons --------",
// bm-052): without a code, the report returned the message, unless the
// text also says it is delayed or retried (Exchange writes the same
// sentence in its delay notices; review S38 s38-79, s38-80, s38-110).
var reportHints = []string{"recipient could not be processed", "failure reasons",
	// Zarafa's spooler's report to the sender ("Unfortunately, I was unable to deliver your
	// mail. The error given was: …", probe CJ cj-044, cj-047), by its first sentence: "the error
	// given was" alone frames a delay notice's error as well ("Your mail is still in the queue. The
	// error given was: …", review S40B)
	"i was unable to deliver your mail",
	// a bounce's own "the email could not be delivered" (LEAP's "There was a problem in the server and
	// the email could not be delivered.", probe CU cu-014); with a retry word it is a delay notice
	// ("… could not be delivered: greylisted, please try again in 5 minutes", review S41C), which a
	// bounce hint would outrank
	"the email could not be delivered", "the e-mail could not be delivered", "your email could not be delivered",
}

// heldVetoes are the words that keep a held rule (rule.held) from
// keeping the message deferred: the program's own word that it returned,
// dropped or will not retry the message ("Unknown SMTP host: … Message
// returned to sender", "… will not be retried"), which the bounce and
// final hints do not all hold, or a name that is the recipient's domain
// or mail exchanger, not the server the program sends through ("Error:
// getaddrinfo ENOTFOUND example.org (recipient domain does not exist)",
// French "Impossible de résoudre le domaine du destinataire"). Those keep
// the MTA's verdict on a name that does not resolve (README, "A client's
// own server"; newcomer review S41 N2). A port is no sign: a client may
// send through its own server on port 25 ("Connection could not be
// established with host \"smtp.example.com:25\"", bs-040's kind).
var heldVetoes = []string{
	"returned to sender", "returned to the sender", "sent back to", "not be retried", "not retry", "won't retry",
	// the program's word that the message came back, without "to sender" ("… Name or service not
	// known. The message was returned.", "Message bounced.", newcomer review S42)
	"was returned", "been returned", "message returned", "mail returned", "email returned",
	"was bounced", "been bounced", "message bounced", "mail bounced", "email bounced",
	"no further attempt", "no more attempts", "dropped", "abandon", "gave up", "giving up", "given up", "deleted",
	// a program's word that it stopped trying or sent the message back, in English and in German
	// as the Windows resolver rule's German text ("… wird nicht erneut versucht", newcomer review S43)
	"not be sent again", "sent back", "cancelled", "canceled", "retry limit", "zuruckgewiesen", "endgultig", "nicht erneut",
	"devuelto", "devuelta", "restituito", "restituita", "retourne a l'expediteur", "renvoye a l'expediteur",
	"zuruckgeschickt", "zuruckgesendet", "zuruckgesandt", "退回", "退信", "返送", "возвращено", "возвращён", "возвращен",
	"recipient", "destinataire", "destinatario", "empfanger", "ontvanger", "odbiorc", "получател", "收件人", "收件者",
	"受信者", "宛先", "수신자", "mx record", "mx host", "mx lookup",
	// a mail client that filed the message as failed ("… has been moved to the Failed folder",
	// newcomer review S43 N6): it will not send it again by itself
	"failed folder", "moved to failed", "failed messages folder",
}

var bounceHints = []string{
	"message discarded", // cPanel/Exim "… allowed. Message discarded."
	// Exim's pipe transport when the command could not be run (exit code 127, "Child process of
	// dovecot_delivery transport returned 127 (could mean unable to exec or command does not
	// exist)", probe CZ cz-029): only the codes in temp_errors (75 and 73 by default) are retried
	"could mean unable to exec",
	// a program that says it threw the message away ("Unknown SMTP host: smtp.example.org. The
	// message was not sent and has been discarded."): it keeps nothing to retry, whatever a held
	// rule would keep (review S41A)
	"has been discarded", "was discarded",
	// Groupmax Mail - SMTP's error-mail subjects (groupmaxMessages) inside a longer text ("Returned
	// mail: Conversion failer : …", a report that quotes the subject): the gateway returned the
	// mail, as the catalogue reads each subject alone (newcomer review S40). The misspellings
	// are the program's own.
	"conversion failer", "delivary report", "conversion failure : originatorname", "conversion failure : bilateralinformation",
	"conversion failure : rfc822 mailbody",
	// Postfix local(8)'s mailbox write failing for a reason other than a busy lock or a full disk
	// keeps mbox_dsn's default 5.x status and is returned (local/mailbox.c; review S38 s38-53)
	"error writing message: permission denied", "error writing message: read-only file system",
	"error writing message: input/output error",
	// a final statement beside a rate that would be retried (Gmail's French "Échec définitif de la
	// distribution", Japanese "配信を中止しました", delivery stopped; review S36B r06, r07)
	"echec definitif", "配信を中止",
	// RFC 8689 §5: a message sent with REQUIRETLS that no server on the path takes with TLS is
	// returned as undeliverable, registered as 5.7.30 (permanent): a client's code-less REQUIRETLS
	// refusal (nodemailer "Server does not support REQUIRETLS extension (RFC 8689)") is final,
	// unlike the retried "TLS is required, but was not offered"
	"requiretls",
	": failure: ", // qmail-send log "delivery N: failure: …" (a permanent failure; "deferral:" is retried)
	// RFC 4954's 538 'Encryption required for requested authentication mechanism' and 534
	// 'Authentication mechanism is too weak' are permanent; a client that reports them without
	// the code names the mechanism (Evolution's translations, probe BF bf-067, Greek)
	"requested authentication mechanism", "authentication mechanism is too weak", "autentiseringsmekanism", "hitelesitesi mechanizmus",
	"μηχανισμό πιστοποίησης", "todennusmenetelma", "autentificeringsmekanism", "zpusob overovani", "sposob overenia",
	"mechanizm uwierzytelniaj", "mecanismul de autentificare", "mehanizam ovjere", "механизам потврђивања", "механізм автентифікації",
	"механизъм на удостоверяване", "autentimismehhanism", "tapatybes nustatymo mechaniz", "autentifikacijas mehanism", "nacin overitve",
	"kimlik dogrulama yontemi", "mekanisme autentikasi", "cơ chế xác thực", "กลไกการยืนยันตัวบุคคล", "מנגנון האימות", "آلية التوثيق",
	"mecanisme d'autenticacio",
	// a non-ASCII address a server without SMTPUTF8 cannot take (RFC 6531; Thunderbird's "… your
	// server does not support SMTPUTF8. Please change this address and try again.", probe BK
	// bk-058): final for this message, whatever "try again" advises after the address is changed
	"smtputf8",
	// a block said to be final ("adresse IP bloquée définitivement"), a ban (every code-less
	// "banned" of the labelled sets is returned: "The sender 192.0.2.9 is banned", blindq-0042;
	// French "Adresse IP bannie", review S37)
	"definitivement", "|banned|", "|bannie|", "|banni|",
	"permanent", "non-existent", "nonexistent", "giving up", "retrying will not succeed", "command died with status",
	"pipe to |/",
}

// finalHints are the sending MTA's (or a bounce generator's) statement that
// it gave up: the non-delivery report's own verdict (Postfix bounce(8)
// template, Gmail and Exchange NDRs, RFC 3464 "Action: failed" texts).
var finalHints = []string{
	"could not be delivered to one or more recipients", "this is a permanent error", "failed permanently",
	"message not delivered", "address not found", "no further delivery attempts", "has been a permanent failure",
	"delivery has failed", "your message could not be sent", "permanent failure for one or more recipients",
	"message was undeliverable", "was undeliverable due to",
	// Haraka's outbound bouncing a message whose temporary failures reached its limit: 'Too many failures
	// (Tried all MXs)' after its retries (outbound/hmail.js; an issue's bounce notice, probe BP bp-022);
	// not a receiver's count of the client's failures ('421 … Too many failures (5) from …', review S35-A7)
	"too many failures (tried all mx",
	// dma (DragonFly Mail Agent) bouncing a message: its net.c reports a permanent failure as
	// "remote delivery failed: <reason>" (probe BR br-003, br-007) and a temporary one as "remote
	// delivery deferred: <reason>"
	"remote delivery failed",
	"check for typos", // Gmail NDR: "… couldn't be found. Check for typos or unnecessary spaces and try again."
	// Localized NDR verdicts (Exchange/Microsoft 365, Gmail): "your message couldn't be delivered".
	"konnte nicht zugestellt werden", "n'a pas pu etre remis", "no se pudo entregar", "non e stato recapitato",
	"kon niet worden bezorgd", "nao pode ser entregue", "nao foi entregue", "не удалось доставить", "配信できませんでした", "无法投递",
	// the same verdict with an adverb in between, and in traditional characters (gromox's notices
	// '…的邮件无法被正确投递', '…的郵件無法被正確投遞', '…へのメールを正しく送信できません')
	"无法被正确投递", "无法被投递", "無法投遞", "無法被正確投遞", "無法被投遞", "正しく送信できません", "正しく配信できません",
	// the mail "returned by the system" (退回: bounced back), as Chinese enterprise mail's reports say it
	// ("退信原因：连接收件方邮件系统失败，导致邮件被系统退回", probe BA ba-074)
	"被系统退回", "被系統退回", "邮件被退回", "郵件被退回",
	// "(was) not delivered" and "cannot be delivered" in Russian: the report's verdict, which
	// a "temporarily" about the cause does not make a deferral (review S24B-6: "Ваше письмо не
	// доставлено. Ящик получателя временно отключен")
	"письмо не доставлено", "сообщение не доставлено", "не было доставлено", "не может быть доставлено",
	// "could not be sent" in Russian, Japanese and Chinese portals' and filters' notices (Yandex's
	// "Ваше письмо не может быть отправлено", an m-FILTER notice "このメールは送信できませんでした",
	// probe BG bg-032/bg-064): the report's verdict, whatever code the quoted reply carries
	"не может быть отправлено", "не может быть отправлен", "не может быть отправлена", "не удалось отправить письмо",
	"送信できませんでした", "送信に失敗しました", "配送できませんでした", "配送に失敗しました", "お届けできませんでした",
	"配信に失敗しました", "无法送达", "無法送達", "无法发送到", "無法發送到",
	// Outlook's report "Your message did not reach some or all of the intended recipients … The
	// following recipient(s) cannot be reached", and its translations: the client gave up, whatever
	// transient reply it quotes (a Spanish report quoting '451 Requested action aborted: local error in
	// processing', blindar-0047)
	"did not reach some or all", "following recipient(s) cannot be reached", "could not reach the following recipients",
	"no se puede localizar a los destinatarios", "no se pudo llegar a los siguientes destinatarios",
	"impossible d'atteindre les destinataires suivants", "folgende empfanger konnten nicht erreicht werden",
	"impossibile raggiungere i seguenti destinatari", "kan de volgende geadresseerden niet bereiken",
	"nao foi possivel acessar os seguintes destinatarios",
}
