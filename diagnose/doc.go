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
// The category comes from the meaning of the text. Rules are kept as data
// tables (rules.go) evaluated in a fixed priority order, first match wins:
//
//  1. final verdicts that wrap an inner cause (message expired, mail loops);
//  2. provider error codes that are unambiguous (GoDaddy IBxxx, Orange OFR/LPN,
//     Yahoo [TSSxx], Outlook.com S3150/SC-xxx, Cox AUP#CXxxx, ...);
//  3. Exchange Online's documented three-digit codes (5.7.606-649 banned IP,
//     4.7.500 throttling, 5.7.509 DMARC, ...), whose text is too generic;
//  4. strong phrases, most specific category first (local delivery failures,
//     TLS, greylisting, sender authentication, blocklists, syntax, sender
//     policy, mailbox state, DNS, rate limits, spam, size, relay/AUTH policy,
//     server errors, connection failures);
//  5. other provider enhanced codes (Gmail 4.7.28, 5.7.26, ...);
//  6. weak, generic phrases ("access denied", "try again later");
//  7. the RFC 3463 meaning of the enhanced status code;
//  8. the reply code alone.
//
// Enhanced status codes are hints only: Yandex reports unknown users with
// 5.7.1 and Gmail rate limits with 5.2.1, so wording is consulted first.
//
// Phrase matching runs over a normalised copy of at most the first 4 KiB of the
// response (lower-cased, accents folded, whitespace and multi-line reply
// prefixes collapsed) with one Aho-Corasick pass, so the cost does not grow
// with the number of rules (about 1,300 phrases in 155 rules). The automaton
// and tables are built once by [New];
// a [Classifier] is immutable afterwards and safe for concurrent use. The
// package-level [Classify] uses a lazily built shared Classifier.
package diagnose
