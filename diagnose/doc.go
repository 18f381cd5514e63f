// Package diagnose classifies SMTP delivery responses into mailflow's fixed
// failure categories and attaches short, actionable advice.
//
// Every delivery attempt carries the remote server's reply (or a text the
// sending MTA wrote itself, such as Postfix's "lost connection with ..." or a
// qmail "(#4.4.1)" message). [Classifier.Classify] turns such a response into
// a [Result]: the outcome (delivered, deferred, bounced, expired), one of the
// eighteen categories listed by [AllCategories], the provider that answered
// when it can be recognised, the blocklist named in the text, and [Advice]
// saying what the response means, who has to act and what to check.
//
// # How a response is classified
//
// The outcome follows the reply-code class (2xx delivered, 4xx deferred, 5xx
// bounced) whatever the wording says; an explicit outcome reported by the MTA
// wins over the code (Postfix soft_bounce defers 5xx replies), and texts
// without a code are judged by what MTAs do with them (qmail "(#4.x.x)" is
// deferred, "(#5.x.x)" bounced, a lost connection is retried).
//
// The category comes from the meaning of the text. First the sending MTA's
// own wrappers are removed (unwrap.go: Postfix "delivery temporarily
// suspended:" and "host mx[ip] said:", Exim "SMTP error from remote mail
// server after …:", qmail "Remote host said:", Sendmail "Deferred:", DSN
// "smtp;", NDR narratives):
// they describe the sender's side and say nothing about the recipient. Then
// rules are kept as data tables (rules.go) evaluated in a fixed priority
// order, first match wins, each rule naming the RFC or provider page that
// justifies it:
//
//  1. final verdicts that wrap an inner cause (message expired, mail loops);
//  2. provider error codes that are unambiguous (GoDaddy IBxxx, Orange OFR/LPN,
//     Yahoo [TSSxx], Outlook.com S3150/SC-xxx, Cox AUP#CXxxx, T-Online (BL));
//  3. Exchange Online's documented three-digit codes (5.7.606-649 banned IP,
//     4.7.500 throttling, 5.7.509 DMARC, ...), whose text is too generic;
//  4. phrases about someone other than the recipient — the sender's account
//     or sending quota, the relay, the server's own disk or queue — which
//     can only yield sender-side or server categories;
//  5. strong phrases, most specific category first, in English and in the
//     wording German, French, Spanish, Italian, Dutch, Portuguese, Russian,
//     Japanese and Chinese providers use; a sender-authentication mechanism
//     counts only together with a word saying it failed;
//  6. provider enhanced codes (Gmail 4.7.28 rate limit, rspamd's 4.7.1
//     greylisting, ...);
//  7. an authentication mechanism named without a failure word;
//  8. specific RFC 3463/4954/5248/7372/7505 codes (x.1.1, x.2.2, x.7.13 ...),
//     which beat generic words ("550 5.1.1 Address rejected");
//  9. weak, generic phrases ("access denied", "try again later"), which
//     yield to RFC 5321's syntax replies (500-504, 555) unless an enhanced
//     code names another subject ("501 5.7.1 Permission denied");
//  10. the class.subject meaning of any other enhanced code (RFC 3463 §3);
//  11. the reply code alone (RFC 5321 §4.2.3, RFC 7504, RFC 4954);
//  12. other.
//
// Last, unless the classifier was built with RulesOnly, a linear model
// (model.go, internal/linear) reads the same normalised text — words,
// word pairs, long words' first letters, the reply code and the enhanced
// code's class, subject and detail, and, in a stacked model, the rules'
// category — and replaces the rules' category when its own best category
// leads the rules' by the margin the model file carries and it learnt at
// least one of the text's words: on a text whose words it never saw
// ("451 4.4.3 zork") the rules' answer, the codes' registered meaning,
// stands. Where the rules answered with a specific code's registered
// meaning ("554 5.5.3": too many recipients), the words alone must lead,
// by twice the margin (CodeMeaningMargin): a filler or weak word next to
// the code ("failed", "rejected") does not let the model answer with
// what such codes usually meant in its data. The rules were
// written from the replies they were tested on; on replies from software
// nobody had read they were right about four times in five, and each new
// source brings its own words. The model, trained on every labelled reply
// in testdata/ and shared/corpus (about 3,800), generalises over wording
// the rules never saw. It is trained offline and deterministically by
// internal/trainmodel ("go generate ./diagnose"), which also measures it
// by holding out whole sources; the figures are in testdata/README.md.
// The model never changes the outcome, and never moves a response into or
// out of delivered or expired, which follow the reply code and the MTA's
// verdict.
//
// Two kinds of text are known whole rather than by their words: a mail
// program's own message for a known cause, looked up in that program's
// message catalogue in every language it ships (catalog.go: a phone's mail
// app, webmails, list servers; placeholders such as "%s" stand for a host,
// a port or an address), which takes the catalogue's category and the
// outcome the program gives it; and a client's or webmail's notice that it
// sent the message, as one of its templates alone (senttemplates.go),
// which is delivered. Both apply only to a reply with no code, read whole:
// a text that quotes one and goes on is read by the rules. A server
// library's wrapper after the reply code (go-smtp's "554 5.0.0 Error:
// transaction failed: …") is taken off like the MTAs' wrappers, the code
// it sent staying the outcome.
//
// A reply that answered MAIL FROM (Postfix "(in reply to MAIL FROM
// command)", Exim "after MAIL FROM:") concerns the sender: it cannot be a
// recipient's state nor judged content. A reply in place of the server's
// greeting (Postfix "refused to talk to me:", Exim "after initial
// connection:") came before any message was sent: a spam word there is the
// client's reputation, not a content verdict.
//
// Enhanced status codes are hints only: Yandex reports unknown users with
// 5.7.1 and Gmail rate limits with 5.2.1, so specific wording is consulted
// first. A code's registered meaning also yields where the text
// contradicts it (X.4.7 "expired" next to a named quota, X.4.1 "no answer"
// next to a refusal), and a provider's reason number yields to a cause the
// text names (La Poste reuses 402 and 510 for DKIM and content).
//
// A Postfix "host … refused to talk to me: 5xx" greeting is deferred
// (smtp_skip_5xx_greeting, default yes). Two facts no phrase can state
// are available to rules as pseudo phrases, tested only when a rule that
// uses them is a candidate: "an IPv4 address occurs in the reply itself"
// (ipLiteral) and "the reply names a count per time window" ("20/60s",
// "100 messages per 1 hour": windowLiteral, the wording of rate limiters).
//
// A cause named only to deny it is no cause: a rule of a cause's category
// (namedCauses in causes.go: blocklisted, spam_content, greylisted,
// rate_limited, …) that matched only through its cause's words steps
// aside where every such word stands after a denial ("this is not a
// virus", "your IP isn't blacklisted", a "non-" prefix) or inside a not
// phrase ("no virus found"), and the words it stepped aside for feed no
// other rule ("spam" in a denied "Spamhaus"), nor bring the model's
// reading of them back. A denial reaches every item of a list ("not
// listed on SORBS, Spamhaus or SpamCop", "neither … nor …") and a cause
// that is its clause's subject ("Throttling is not the reason"), in
// German, French, Spanish, Italian and Portuguese too ("nicht auf der
// Blacklist", "kein Virus", "n'est pas un virus", "no es la causa",
// "non è", "não é"). A "not"
// denies as its clause's verb only (or in a log's clipped clause,
// "Sender not greylisted,"): "hosts not listed on Spamhaus", "hosts
// that are not listed", "if your IP is not on a blocklist" and a modal's
// "must not" state the server's rule, and a "no" or "without" states a
// lack, which is the cause as often as not ("no storage quota
// available"). A word in a URL, a path, a header field's name or a host
// name names nothing, while a virus scanner's signature name is its
// verdict: ClamAV's "{platform}.{category}.{name}"
// ("Heuristics.Phishing.Email.SpoofedDomain", "Html.Phishing.Bank",
// even where its last label is also a top-level domain) and names that
// end in no top-level domain and no version.
//
// Who or what a word is about decides as much as the word: the receiver's
// own scanner, queue, store or DKIM signer failing is a server error; a
// URL, content checksum or MIME part on a list is a content verdict while
// the client, its HELO name or the sender domain on a list is a
// reputation block; a Postfix restriction prefix ("Sender address
// rejected:") names the stage, not the reason.
//
// Accuracy is measured with [Classifier.Evaluate] on the labelled sets in
// testdata/ (see testdata/README.md) and with "mailflow diagnose --eval".
//
// Phrase matching runs over a normalised copy of at most the first 4 KiB of the
// response (lower-cased, accents folded, whitespace and multi-line reply
// prefixes collapsed) with one Aho-Corasick pass, so the cost does not grow
// with the number of rules (about 6,400 patterns in 520 rules; room for 8,192 patterns and 576 rules). Non-Latin
// letters are lower-cased and written as short codes (normalize.go) so that
// the matcher's alphabet, and with it its tables, stay small. The automaton
// and tables are built once by [New];
// a [Classifier] is immutable afterwards and safe for concurrent use.
package diagnose
