package diagnose

// Who acts on a problem (Advice.WhoActs).
const (
	WhoSender            = "sender"
	WhoRecipientProvider = "recipient's provider"
	WhoRecipient         = "recipient"
)

// Advice is a short, actionable explanation of a classified response.
type Advice struct {
	// Summary says what the response means.
	Summary string `json:"summary"`
	// WhoActs names who has to act: "sender", "recipient's provider" or
	// "recipient"; empty when nobody needs to (delivered).
	WhoActs string `json:"who_acts"`
	// Check says concretely what to check or do.
	Check string `json:"check"`
}

// AdviceFor returns the general advice for a category, for summaries over
// many attempts (the Mail Flow Status, alerts) where no single response's
// specifics apply. An unknown category gets an empty Advice.
func AdviceFor(category string) Advice { return baseAdvice(category) }

// baseAdvice is the per-category default, written for the person watching
// the Mail Flow Status of a domain ("common situations and solutions").
func baseAdvice(cat string) Advice {
	switch cat {
	case CategoryDelivered:
		return Advice{"Accepted by the remote server.", "", "Nothing to do."}
	case CategoryUserUnknown:
		return Advice{"The recipient address does not exist at the destination.", WhoSender,
			"Check the address for typos and remove it from lists; repeated mail to unknown users hurts sender reputation."}
	case CategoryMailboxFull:
		return Advice{"The recipient's mailbox is over quota.", WhoRecipient,
			"Ask the recipient by another channel to free space; delivery succeeds once there is room. Stop mailing if it stays full for weeks."}
	case CategoryMailboxDisabled:
		return Advice{"The mailbox exists or existed but is disabled, suspended, locked or inactive.", WhoRecipient,
			"Confirm with the recipient whether the address is still in use; remove it from lists if it stays disabled."}
	case CategoryDomainNotFound:
		return Advice{"The recipient domain or its mail servers cannot be resolved in DNS.", WhoSender,
			"Check the domain for typos; run 'dig MX <domain>' and resolve the MX hosts. If the domain is right, its owner must fix the DNS."}
	case CategoryConnectionFailed:
		return Advice{"No working SMTP session with the receiving server (refused, timed out or dropped).", WhoRecipientProvider,
			"Test port 25 to the MX from the sending host (nc -v <mx> 25; openssl s_client -starttls smtp). If only this domain fails their server is down or filtering you; otherwise check your outbound firewall."}
	case CategoryGreylisted:
		return Advice{"The receiver deferred the first attempt on purpose (greylisting).", WhoSender,
			"No action needed: the retry is accepted. Make sure retries leave from the same IP or pool within the greylisting window (minutes, not hours)."}
	case CategoryRateLimited:
		return Advice{"The receiver is throttling connections, messages or recipients from you.", WhoSender,
			"Lower concurrency and the per-domain message rate, spread volume over time and check complaint rates; deferred mail is retried."}
	case CategoryBlocklisted:
		return Advice{"The sending IP or domain is on a blocklist or has a poor reputation at the receiver.", WhoSender,
			"Look the sending IP and domain up on the list named in the reply, fix the cause (compromised account, open relay, unwanted mail) and request delisting."}
	case CategorySpamContent:
		return Advice{"The message content was judged spam, phishing or malware.", WhoSender,
			"Review content, links and attachments (URL reputation, shorteners, executables), scan for malware and make sure recipients asked for this mail."}
	case CategoryAuthenticationFailed:
		return Advice{"The sender failed SPF, DKIM, DMARC or reverse-DNS requirements.", WhoSender,
			"Check that SPF includes the sending IP, DKIM signs with a published key, DMARC is published and aligned with the From: domain, and the sending IP has matching reverse DNS."}
	case CategoryPolicyRejected:
		return Advice{"A rule at the receiver refused the sender, the recipient or the relay attempt.", WhoSender,
			"Read the reason: relay denied means that server does not accept this domain (check the MX records); SMTP AUTH errors mean fix the relay credentials; restricted recipients need their admin to allow you."}
	case CategoryMessageTooLarge:
		return Advice{"The message exceeds a size limit at the receiver.", WhoSender,
			"Reduce the message size (attachments grow by a third when encoded) or share large files by link; the receiver's limit is in its EHLO SIZE."}
	case CategoryTLSRequired:
		return Advice{"TLS was required by one side and could not be established.", WhoSender,
			"Enable STARTTLS with TLS 1.2 or later and a valid certificate on the sending MTA; if your own policy requires TLS for this domain, check the receiver's TLS support."}
	case CategoryServerError:
		return Advice{"The receiving server (or the local delivery chain) had a temporary or internal failure.", WhoRecipientProvider,
			"Usually transient and retried. If it persists for this domain, contact the recipient's postmaster with the full reply."}
	case CategorySyntaxError:
		return Advice{"A command, an address or the message breaks SMTP / RFC 5322 rules.", WhoSender,
			"Check the address syntax and the sending software: a valid From:, Date and Message-ID, CRLF line endings, well-formed MIME and a fully-qualified HELO name."}
	case CategoryExpired:
		return Advice{"The message stayed undeliverable for the whole retry period and was given up.", WhoSender,
			"Look at the earlier deferrals for this domain to find the cause (connection, greylisting, rate limiting), fix it and resend."}
	}
	return Advice{"An unusual condition such as a mail loop, an MX pointing back at you or an ambiguous address.", WhoSender,
		"Read the full reply; for loops check forwarding rules and whether the domain's MX points back at your own servers."}
}

// serverErrorBouncedCheck is a receiver's own failure given as a
// permanent reply: the message came back and is not retried.
const serverErrorBouncedCheck = "The receiver failed on its side but answered with a permanent (5xx) reply, so the message was returned and is not retried. Resend it later; if it keeps failing for this domain, contact the recipient's postmaster with the full reply."

// serverErrorGaveUpCheck is a receiver's own failure given as a temporary
// (4xx) reply that the sending side returned all the same (its MTA's word,
// an outcome given with the event): not the 5xx the check above names.
const serverErrorGaveUpCheck = "The receiver failed on its side with a temporary (4xx) reply, but the message was returned rather than retried (the sending side gave up on it). Resend it later; if it keeps failing for this domain, contact the recipient's postmaster with the full reply."

// ownServerCheck is for a mail program's own message about the server of
// the account it sends with (a connection, a name lookup, a certificate,
// a login): the sending side's settings or network, before any
// recipient's server was reached.
// ownLookupSummary is the summary of a mail program's own report that it
// could not find the server it sends through by the name in its settings
// (a held rule's lookup failure, a catalogue's own unknown-server
// message): nothing is said of the recipient's domain.
const ownLookupSummary = "The mail program could not find the server it sends through by the name in its settings (the name does not resolve, or is malformed); it keeps the message and can send it once the name works."

const ownServerCheck = "This is the mail program's own message about the server of the account it sends with: check that account's server settings (host name, port, security, login) and the network; the recipient's side is not involved."

// ownAccountCheck is ownServerCheck for a refusal, a limit, an
// authentication demand or the account's own storage full: a sending
// program's or service's own message about the account it sends with
// (its login, a plan's limits, a review or a sender not verified yet:
// ZITADEL, EspoCRM, Keila, MailPoet; Twake Mail's over-quota), where the
// server's host name and port are not in question.
const ownAccountCheck = "This is the sending program's or service's own message about the account it sends with: check that account's login, plan and limits, and any verification or review it asks for, with the provider; the recipient's side is not involved."

// Provider-specific pointers; official help pages are the most useful next step.
const (
	googleBlockCheck = "Gmail: check IP and domain reputation in Postmaster Tools (https://postmaster.google.com) and follow the sender guidelines https://support.google.com/a/answer/81126."
	googleRateCheck  = "Gmail: slow down for this domain and follow https://support.google.com/a/answer/81126; Postmaster Tools (https://postmaster.google.com) shows spam rate and reputation."
	googleSpamCheck  = "Gmail judged the content unsolicited: see https://support.google.com/mail/?p=UnsolicitedMessageError and check spam rate in https://postmaster.google.com."
	googleAuthCheck  = "Gmail requires SPF or DKIM for all senders and SPF, DKIM and aligned DMARC for bulk senders: https://support.google.com/a/answer/81126."

	microsoftBlockCheck = "Microsoft: request delisting at https://sender.office.com (Microsoft 365) or https://olcsupport.office.com (Outlook.com) and monitor the IP in SNDS (https://sendersupport.olc.protection.outlook.com/snds/)."
	// tenantBlockAdvice: Microsoft 365's 5.7.703, the sender's own
	// organisation's Tenant Allow/Block List blocking the recipient
	// (https://learn.microsoft.com/defender-office-365/tenant-allow-block-list-email-spoof-configure).
	tenantBlockSummary = "Your own organisation's Microsoft 365 Tenant Allow/Block List blocks mail to this recipient."
	tenantBlockCheck   = "Ask your Microsoft 365 admin to remove the recipient's address or domain from the Tenant Allow/Block List (Microsoft Defender portal, Policies & rules, Tenant Allow/Block Lists) if mail to it should flow; the recipient's side cannot change it."
	microsoftRateCheck = "Microsoft: reduce connections and volume per IP; watch the IP in SNDS (https://sendersupport.olc.protection.outlook.com/snds/)."
	microsoftAuthCheck = "Microsoft requires SPF, DKIM and DMARC for high-volume senders to Outlook.com; see https://learn.microsoft.com/defender-office-365/email-authentication-about."

	yahooBlockCheck = "Yahoo/AOL: see https://senders.yahooinc.com/smtp-error-codes; lower complaints and unknown-user rates, then ask for review via https://senders.yahooinc.com/contact."
	yahooRateCheck  = "Yahoo/AOL: [TSS04]-style deferrals mean unexpected volume or complaints; slow down and see https://senders.yahooinc.com/smtp-error-codes."
	appleCheck      = "iCloud: see https://support.apple.com/en-us/102322 (iCloud Mail postmaster information) and its contact form."
	orangeCheck     = "Orange/La Poste: the OFR/LPN code in the reply is explained at https://postmaster.orange.fr (blocked IPs via the Cloudmark/Spamhaus links in the reply)."

	authSPF   = "SPF: the envelope-from domain's SPF record must include the sending IP. "
	authDKIM  = "DKIM: sign with a key published in DNS (selector._domainkey) and keep headers intact. "
	authDMARC = "DMARC: publish a DMARC record and align the From: domain with the SPF or DKIM domain. "
	authPTR   = "Reverse DNS: the sending IP needs a PTR record whose name resolves back to the IP. "
	authARC   = "ARC: forwarders must ARC-seal forwarded mail. "

	// senderDomainAdvice: RFC 3463 X.1.8 "bad sender's system address",
	// Postfix's reject_unknown_sender_domain ("450 4.1.8 <jo@example.org>:
	// Sender address rejected: Domain not found") and sendmail's "Domain of
	// sender address … does not exist": the sender's own DNS, not a relay
	// or AUTH rule (newcomer review N12).
	senderDomainSummary = "The receiver could not find the sender's (envelope-from) domain in DNS."
	senderDomainCheck   = "Make the MAIL FROM (return-path) domain resolve: publish MX or A records for it (dig MX <domain>), or send with a return-path in a domain that has them; a temporary 4.1.8 clears once its name servers answer."

	dnsTempSummary = "A DNS lookup for the recipient domain failed temporarily (timeout or server failure); the MTA retries."
	dnsTempCheck   = "Nothing to fix at the recipient yet: check that the sending host's resolver answers (dig MX <domain> from that host). Only if it keeps failing for hours query the domain's name servers directly (dig +trace) and tell their owner."

	tlsRemoteCheck = "The receiving server's certificate or MTA-STS/DANE policy does not validate (expired, wrong name, untrusted CA, mismatched TLSA); tell the recipient's postmaster, or relax your TLS policy for this domain while they fix it."
	localChain     = "The failure is in the local delivery chain (pipe, filter, mailbox or transport); check that service's logs on the sending host."
)
