package directory

import (
	"net/url"
	"strings"

	"github.com/segmentio/encoding/json"
)

// RedactWebhookURL returns raw with the parts that commonly carry a
// credential replaced by REDACTED, for output shown to people (config get,
// the audit log, dry-run diffs, log lines): the password of userinfo (the
// whole userinfo when it is a bare name, which is how a token is usually
// put there) and the value of every query parameter whose name suggests a
// credential (see secretParam: token, key, sig, secret, password, auth,
// code, …, as Azure Functions' ?code=, S3's X-Amz-Signature, SAS tokens'
// sig= and most receivers' ?token= put them), and every path segment that
// looks like a token (see redactPath: Slack's, Discord's and Teams'
// webhook URLs carry their secret in the path). Everything else, the host
// included, is kept byte for byte, so that the output still says
// where notifications go. A value that is not a URL is returned as
// REDACTED whole. RestoreWebhookURL undoes it against the stored URL.
func RedactWebhookURL(raw string) string {
	red, _ := redactWebhookURL(raw)
	return red
}

// redactWebhookURL is RedactWebhookURL that also reports whether anything
// was redacted.
func redactWebhookURL(raw string) (string, bool) {
	if raw == "" {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return Redacted, true
	}
	changed := false
	// The userinfo and query are rewritten in place, in the raw string,
	// so that what is not redacted keeps its exact spelling.
	rest, hasScheme := strings.CutPrefix(raw, u.Scheme+"://")
	if u.User != nil && hasScheme {
		at := strings.LastIndexByte(strings.SplitN(rest, "/", 2)[0], '@')
		if at >= 0 {
			info := Redacted
			if name, _, hasPw := strings.Cut(rest[:at], ":"); hasPw {
				info = name + ":" + Redacted
			}
			rest = info + rest[at:]
			raw = u.Scheme + "://" + rest
			changed = true
		}
	}
	if p, ok := redactPath(raw, u); ok {
		raw, changed = p, true
	}
	if i := strings.IndexByte(raw, '?'); i >= 0 {
		query, frag, hasFrag := strings.Cut(raw[i+1:], "#")
		parts := strings.Split(query, "&")
		for j, p := range parts {
			name, value, ok := strings.Cut(p, "=")
			if !ok || value == "" || value == Redacted {
				continue
			}
			if n, err := url.QueryUnescape(name); err == nil && secretParam(n) {
				parts[j] = name + "=" + Redacted
				changed = true
			}
		}
		raw = raw[:i+1] + strings.Join(parts, "&")
		if hasFrag {
			raw += "#" + frag
		}
	}
	return raw, changed
}

// redactPath replaces the path segments of raw (parsed as u) that look
// like a credential (secretSegment). Slack's incoming webhooks
// (/services/T…/B…/<24-character secret>), Discord's
// (/api/webhooks/<id>/<68-character token>), Microsoft Teams' and many
// receivers' put the whole secret in the path, no parameter named for it.
func redactPath(raw string, u *url.URL) (string, bool) {
	i := strings.Index(raw, "://")
	if u.Host == "" || i < 0 {
		return raw, false
	}
	// The path starts after the authority (userinfo@host:port).
	start := i + 3
	if j := strings.IndexAny(raw[start:], "/?#"); j >= 0 {
		start += j
	} else {
		return raw, false
	}
	end := len(raw)
	if i := strings.IndexAny(raw[start:], "?#"); i >= 0 {
		end = start + i
	}
	segs := strings.Split(raw[start:end], "/")
	changed := false
	for i, seg := range segs {
		if secretSegment(seg) {
			segs[i] = Redacted
			changed = true
		}
	}
	if !changed {
		return raw, false
	}
	return raw[:start] + strings.Join(segs, "/") + raw[end:], true
}

// secretSegment reports whether a path segment looks like a credential
// rather than a name: at least 16 characters of the alphabets tokens are
// written in (letters, digits, '-', '_'), with both letters and digits.
// A long segment of words and a date ("alerts-2024-eu-west") may be taken
// for one; as with parameters, a name redacted by mistake costs less than
// a secret printed.
func secretSegment(seg string) bool {
	if len(seg) < 16 || seg == Redacted {
		return false
	}
	letters, digits := false, false
	for _, c := range seg {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters = true
		case c >= '0' && c <= '9':
			digits = true
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	return letters && digits
}

// secretParams are the words that make a query parameter's value a
// credential, matched anywhere in its lower-cased name: token
// (access_token, api_token), key (api_key, apikey, X-Goog-Credential's
// key=), sig and signature (SAS tokens, X-Amz-Signature), secret
// (client_secret), pass and pwd, auth, credential, session and code
// (Azure Functions' function key). A harmless parameter redacted by
// mistake costs less than a secret printed.
var secretParams = [...]string{"token", "key", "sig", "secret", "pass", "pwd", "auth", "credential", "session", "code"}

// secretParam reports whether a query parameter of this name carries a
// credential.
func secretParam(name string) bool {
	name = strings.ToLower(name)
	for _, w := range secretParams {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// HasRedactedPlaceholder reports whether the webhook URL raw holds the
// REDACTED placeholder (Redacted) in a place where RedactWebhookURL puts
// one: the userinfo, a credential parameter's value, or a path segment.
// Such a URL, stored, would send notifications with the placeholder for
// a credential, and a directory file printed by config get from it could
// not be applied (the file's check refuses it): every place that accepts
// a webhook URL refuses it.
func HasRedactedPlaceholder(raw string) bool { return redactedWebhookURL(raw) }

// redactedWebhookURL reports whether raw holds a REDACTED placeholder
// where RedactWebhookURL puts one: applying it would send notifications
// with the placeholder for a credential.
func redactedWebhookURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return raw == Redacted
	}
	if u.User != nil {
		if pw, ok := u.User.Password(); (ok && pw == Redacted) || (!ok && u.User.Username() == Redacted) {
			return true
		}
	}
	for name, values := range u.Query() {
		for _, v := range values {
			if v == Redacted && secretParam(name) {
				return true
			}
		}
	}
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		if seg == Redacted {
			return true
		}
	}
	return false
}

// RestoreWebhookURL returns the stored URL when file is what
// RedactWebhookURL makes of it: a file from config get that comes back
// with the placeholders unchanged keeps the stored credentials, as
// Grafana and Alertmanager keep a secret whose redacted value comes back.
// Any other file value is returned as it is (a URL changed in any part is
// the file's).
func RestoreWebhookURL(file, stored string) string {
	if stored != "" && file != stored && RedactWebhookURL(stored) == file {
		return stored
	}
	return file
}

// ParseOption changes how ParseFile and ParseFileOnto read a file.
type ParseOption func(*parseConfig)

type parseConfig struct{ keepFrom *Directory }

// KeepRedactedFrom makes a file printed by config get (RedactSecrets)
// apply as it is: a manager's webhook_secret or api_token_sha256 left as
// REDACTED, and a webhook_url whose redacted parts came back unchanged,
// keep the values the manager of the same id has in cur. A placeholder
// with nothing stored behind it (a new manager, or one without that
// secret) is still refused.
func KeepRedactedFrom(cur *Directory) ParseOption {
	return func(c *parseConfig) { c.keepFrom = cur }
}

// keepRedacted puts cur's secrets back where f holds their placeholders.
func (f *File) keepRedacted(cur *Directory) {
	for i := range f.Managers {
		m := &f.Managers[i]
		old, ok := cur.Managers[m.ID]
		if !ok {
			continue
		}
		if (m.WebhookSecret == WebhookSecretPrefix+Redacted || m.WebhookSecret == Redacted) && old.WebhookSecret != "" {
			m.WebhookSecret = old.WebhookSecret
		}
		if m.APITokenSHA256 == Redacted && old.APITokenSHA256 != "" {
			m.APITokenSHA256 = old.APITokenSHA256
		}
		m.WebhookURL = RestoreWebhookURL(m.WebhookURL, old.WebhookURL)
	}
}

// RedactEntityJSON returns a JSON object (an entity as the config topic
// or an audit entry holds it) with its secrets redacted as RedactSecrets
// prints them: webhook_secret, api_token_sha256 and the credentials of
// webhook_url. A value that is not a JSON object is returned as it is.
func RedactEntityJSON(raw json.RawMessage) json.RawMessage {
	var m map[string]json.RawMessage
	if len(raw) == 0 || json.Unmarshal(raw, &m) != nil {
		return raw
	}
	set := func(k, v string) {
		if b, err := json.Marshal(v); err == nil {
			m[k] = b
		}
	}
	var s string
	if json.Unmarshal(m["webhook_url"], &s) == nil && s != "" {
		set("webhook_url", RedactWebhookURL(s))
	}
	if json.Unmarshal(m["webhook_secret"], &s) == nil && s != "" {
		set("webhook_secret", WebhookSecretPrefix+Redacted)
	}
	if json.Unmarshal(m["api_token_sha256"], &s) == nil && s != "" {
		set("api_token_sha256", Redacted)
	}
	out, err := json.Marshal(m)
	if err != nil {
		return raw
	}
	return out
}
