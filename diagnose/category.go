package diagnose

// Category names. They are fixed (DESIGN.md) because events, the API and
// metrics use them verbatim.
const (
	// CategoryDelivered means the remote server accepted the message.
	CategoryDelivered = "delivered"
	// CategoryUserUnknown means the mailbox does not exist.
	CategoryUserUnknown = "user_unknown"
	// CategoryMailboxFull means the recipient is over quota.
	CategoryMailboxFull = "mailbox_full"
	// CategoryMailboxDisabled means the account is disabled, suspended or inactive.
	CategoryMailboxDisabled = "mailbox_disabled"
	// CategoryDomainNotFound means the recipient domain or its hosts cannot be resolved.
	CategoryDomainNotFound = "domain_not_found"
	// CategoryConnectionFailed means no working SMTP session could be held.
	CategoryConnectionFailed = "connection_failed"
	// CategoryGreylisted means a greylisting filter asked to come back later.
	CategoryGreylisted = "greylisted"
	// CategoryRateLimited means too many connections, messages or recipients.
	CategoryRateLimited = "rate_limited"
	// CategoryBlocklisted means the sending IP or domain is on a blocklist or reputation block.
	CategoryBlocklisted = "blocklisted"
	// CategorySpamContent means the message content was judged spam or malicious.
	CategorySpamContent = "spam_content"
	// CategoryAuthenticationFailed means SPF, DKIM, DMARC, ARC or reverse DNS requirements were not met.
	CategoryAuthenticationFailed = "authentication_failed"
	// CategoryPolicyRejected means a local rule refused the sender, recipient or relay.
	CategoryPolicyRejected = "policy_rejected"
	// CategoryMessageTooLarge means a size limit was exceeded.
	CategoryMessageTooLarge = "message_too_large"
	// CategoryTLSRequired means TLS (or a TLS version or verified certificate) was required and not achieved.
	CategoryTLSRequired = "tls_required"
	// CategoryServerError means a temporary or internal fault at the receiver or in the local chain.
	CategoryServerError = "server_error"
	// CategorySyntaxError means bad command or address syntax or an RFC-violating message.
	CategorySyntaxError = "syntax_error"
	// CategoryExpired means delivery was abandoned after the retry period.
	CategoryExpired = "expired"
	// CategoryOther means none of the above (mail loops, ambiguous addresses, ...).
	CategoryOther = "other"
)

// Outcome names. Only OutcomeDelivered counts as a success.
const (
	// OutcomeDelivered means the message was accepted (2xx).
	OutcomeDelivered = "delivered"
	// OutcomeDeferred means a temporary failure; the MTA retries (4xx).
	OutcomeDeferred = "deferred"
	// OutcomeBounced means a permanent failure (5xx).
	OutcomeBounced = "bounced"
	// OutcomeExpired means the MTA gave up after retrying.
	OutcomeExpired = "expired"
)

// AllCategories returns the eighteen category names in their documented
// order. It returns a fresh slice on every call so callers may modify it.
func AllCategories() []string {
	return []string{
		CategoryDelivered,
		CategoryUserUnknown,
		CategoryMailboxFull,
		CategoryMailboxDisabled,
		CategoryDomainNotFound,
		CategoryConnectionFailed,
		CategoryGreylisted,
		CategoryRateLimited,
		CategoryBlocklisted,
		CategorySpamContent,
		CategoryAuthenticationFailed,
		CategoryPolicyRejected,
		CategoryMessageTooLarge,
		CategoryTLSRequired,
		CategoryServerError,
		CategorySyntaxError,
		CategoryExpired,
		CategoryOther,
	}
}

// AllOutcomes returns the four outcome names; a fresh slice on every call.
func AllOutcomes() []string {
	return []string{OutcomeDelivered, OutcomeDeferred, OutcomeBounced, OutcomeExpired}
}

// normalizeOutcome maps the outcome words MTAs and log parsers use onto the
// four outcomes, so that a hint such as Postfix's "sent" or "SOFTBOUNCE" is
// understood. It returns "" for anything it does not recognise.
func normalizeOutcome(s string) string {
	switch len(s) {
	case 0:
		return ""
	}
	var b [16]byte
	if len(s) > len(b) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(s)]) {
	case "delivered", "sent", "success", "accepted":
		return OutcomeDelivered
	case "deferred", "softbounce", "soft_bounce", "deferral", "delayed", "transient":
		return OutcomeDeferred
	case "bounced", "bounce", "failed", "hardbounce", "hard_bounce", "rejected", "undeliverable", "permanent":
		return OutcomeBounced
	case "expired":
		return OutcomeExpired
	}
	return ""
}
