package schemas

// Category is a failure category of DESIGN.md, carried as a small integer on
// the hot path and in the binary state encoding and by name on the wire.
// The names are fixed: events, the API and metrics all use them.
type Category uint8

// The categories, in the order of DESIGN.md. CategoryUnclassified is the
// zero value for an attempt not yet diagnosed.
const (
	CategoryUnclassified Category = iota
	CategoryDelivered
	CategoryUserUnknown
	CategoryMailboxFull
	CategoryMailboxDisabled
	CategoryDomainNotFound
	CategoryConnectionFailed
	CategoryGreylisted
	CategoryRateLimited
	CategoryBlocklisted
	CategorySpamContent
	CategoryAuthenticationFailed
	CategoryPolicyRejected
	CategoryMessageTooLarge
	CategoryTLSRequired
	CategoryServerError
	CategorySyntaxError
	CategoryExpired
	CategoryOther
	numCategories
)

// NumCategories is one past the largest Category, for arrays indexed by
// category.
const NumCategories = int(numCategories)

var categoryNames = [numCategories]string{
	"", "delivered", "user_unknown", "mailbox_full", "mailbox_disabled", "domain_not_found",
	"connection_failed", "greylisted", "rate_limited", "blocklisted", "spam_content",
	"authentication_failed", "policy_rejected", "message_too_large", "tls_required",
	"server_error", "syntax_error", "expired", "other",
}

// String returns the wire name of c; "" for CategoryUnclassified.
func (c Category) String() string {
	if c < numCategories {
		return categoryNames[c]
	}
	return ""
}

// ParseCategory returns the Category named s, or CategoryUnclassified and
// false for a name not in the fixed list.
func ParseCategory(s string) (Category, bool) {
	for i := 1; i < len(categoryNames); i++ {
		if categoryNames[i] == s {
			return Category(i), true
		}
	}
	return CategoryUnclassified, false
}
