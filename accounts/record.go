package accounts

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// The kinds of record on the accounts topic, each keyed "kind/id".
const (
	// kindPassword is keyed by manager id.
	kindPassword = "password"
	// kindSession is keyed by the SHA-256 of the session token (scs's
	// HashTokenInStore), so the topic never holds a usable token.
	kindSession = "session"
	// kindLink is a one-time set-password link, keyed by the hex SHA-256
	// of its token.
	kindLink = "link"
	// kindToken is a manager's API token, keyed by its public id.
	kindToken = "token"
	// kindClaim is a use of a set-password link under way, keyed like
	// the link (claim.go).
	kindClaim = "claim"
)

// keyID bounds ids on the topic: manager ids follow the directory's rule
// (letters, digits, '.', '_', '-'); hashes are base64url or hex.
var keyID = regexp.MustCompile(`^[A-Za-z0-9._=-]{1,128}$`)

// PasswordRecord is a manager's password hash.
type PasswordRecord struct {
	Manager string `json:"manager"`
	// Hash is the argon2id PHC string.
	Hash string `json:"hash"`
	// SetAt ends every session signed in before it.
	SetAt time.Time `json:"set_at"`
	// Holder is the SHA-256 of the address the manager had when the
	// password was set (holder.go); "" from older releases.
	Holder string `json:"holder,omitempty"`
}

// SessionRecord is one session as scs encodes it.
type SessionRecord struct {
	Expiry time.Time `json:"expiry"`
	Data   []byte    `json:"data"`
}

// LinkRecord is a one-time set-password link.
type LinkRecord struct {
	Manager string    `json:"manager"`
	Expires time.Time `json:"expires"`
	// By names who made the link ("operator", or a sink).
	By string `json:"by,omitempty"`
	// Holder is the SHA-256 of the address the link was made for.
	Holder string `json:"holder,omitempty"`
}

// TokenRecord is one API token of a manager; the token itself is never
// stored, only its SHA-256.
type TokenRecord struct {
	ID      string    `json:"id"`
	Manager string    `json:"manager"`
	Name    string    `json:"name"`
	SHA256  string    `json:"sha256"`
	Created time.Time `json:"created"`
	// Hint is the token's last four characters, to tell tokens apart.
	Hint string `json:"hint,omitempty"`
	// Holder is the SHA-256 of the address its manager had when it was
	// made.
	Holder string `json:"holder,omitempty"`
}

// ClaimRecord is an instance's claim to the use of a set-password link:
// of the claims of one link on the topic, the first in offset order wins
// (claim.go).
type ClaimRecord struct {
	// Nonce tells the claims of one link apart (32 random bytes, hex).
	Nonce string `json:"nonce"`
	// Manager is the link's manager.
	Manager string `json:"manager"`
}

// decoded is one parsed accounts record: exactly one field is set, or none
// for a tombstone.
type decoded struct {
	kind, id string
	pw       *PasswordRecord
	sess     *SessionRecord
	link     *LinkRecord
	tok      *TokenRecord
	claim    *ClaimRecord
	// at is the record's timestamp (claims expire by it, claim.go).
	at time.Time
}

// decodeRecord parses one record of the accounts topic. The bytes come
// from Kafka, which anyone with write access to the topic can fill: every
// field is checked, and a record that fails is an error, never a panic.
func decodeRecord(key, value []byte) (decoded, error) {
	kind, id, ok := strings.Cut(string(key), "/")
	if !ok || !keyID.MatchString(id) {
		return decoded{}, fmt.Errorf("accounts record %.80q: want kind/id", key)
	}
	d := decoded{kind: kind, id: id}
	if value == nil {
		switch kind {
		case kindPassword, kindSession, kindLink, kindToken, kindClaim:
			return d, nil
		}
		return decoded{}, fmt.Errorf("accounts record %.80q: unknown kind", key)
	}
	bad := func(err error) (decoded, error) {
		return decoded{}, fmt.Errorf("accounts record %.80q: %w", key, err)
	}
	if err := schemas.CheckNesting(value); err != nil {
		return bad(err)
	}
	switch kind {
	case kindPassword:
		var v PasswordRecord
		if err := json.Unmarshal(value, &v); err != nil {
			return bad(err)
		}
		if v.Manager != id || !strings.HasPrefix(v.Hash, "$argon2id$") || !holderField(v.Holder) {
			return bad(fmt.Errorf("want the manager's id, an argon2id hash and no holder or a hex SHA-256"))
		}
		d.pw = &v
	case kindSession:
		var v SessionRecord
		if err := json.Unmarshal(value, &v); err != nil {
			return bad(err)
		}
		d.sess = &v
	case kindLink:
		var v LinkRecord
		if err := json.Unmarshal(value, &v); err != nil {
			return bad(err)
		}
		if v.Manager == "" || !holderField(v.Holder) {
			return bad(fmt.Errorf("want a manager and no holder or a hex SHA-256"))
		}
		d.link = &v
	case kindToken:
		var v TokenRecord
		if err := json.Unmarshal(value, &v); err != nil {
			return bad(err)
		}
		if v.ID != id || v.Manager == "" || len(v.SHA256) != 64 || !holderField(v.Holder) {
			return bad(fmt.Errorf("want the token's id, a manager, a SHA-256 and no holder or a hex SHA-256"))
		}
		d.tok = &v
	case kindClaim:
		var v ClaimRecord
		if err := json.Unmarshal(value, &v); err != nil {
			return bad(err)
		}
		if len(v.Nonce) != 64 || !holderField(v.Nonce) || v.Manager == "" {
			return bad(fmt.Errorf("want a nonce of 64 lowercase hex digits and a manager"))
		}
		d.claim = &v
	default:
		return bad(fmt.Errorf("unknown kind %q", kind))
	}
	return d, nil
}

// holderField accepts a record's holder: none, or a lowercase hex SHA-256.
func holderField(h string) bool {
	if h == "" {
		return true
	}
	if len(h) != 64 {
		return false
	}
	for _, c := range h {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// encode returns the record's key and value.
func encode(kind, id string, v any) ([]byte, []byte, error) {
	key := []byte(kind + "/" + id)
	if v == nil {
		return key, nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, nil, fmt.Errorf("encode accounts record %s: %w", key, err)
	}
	return key, b, nil
}
