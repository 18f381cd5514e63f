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
// put there; the scheme in any letter case), the value of every query
// parameter ('&' or ';' separated) and path parameter (;jsessionid=) whose
// name suggests a credential (see secretParam: token, key, sig, secret,
// password, auth, code, jwt, hmac, access, …, as Azure Functions' ?code=,
// S3's X-Amz-Signature, SAS tokens' sig= and most receivers' ?token= put
// them), and every path segment that looks like a token or follows a
// "key" segment (see secretSegment and pathSpan: Slack's, Discord's,
// Teams' and IFTTT's webhook URLs carry their secret in the path).
// Everything else, the host
// included, is kept byte for byte, so that the output still says
// where notifications go. A value that is not a URL is returned as
// REDACTED whole. RestoreWebhookURL undoes it against the stored URL.
func RedactWebhookURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return Redacted
	}
	return rewriteSecretSlots(raw, u, func(s slot) string {
		redact := false
		switch s.kind {
		case slotUserinfo:
			redact = true
		case slotParam:
			redact = s.value != "" && s.value != Redacted && secretParam(unescapeName(s.name))
		case slotSegment:
			redact = secretSegment(s.value) || (strings.EqualFold(s.prev, "key") && s.value != "" && s.value != Redacted) ||
				zapierHookKey(s)
		}
		if !redact {
			return s.value
		}
		return Redacted
	})
}

// slotKind says which part of a webhook URL a slot is.
type slotKind int

const (
	// slotUserinfo is the password of the userinfo, or the whole
	// userinfo when it has no password.
	slotUserinfo slotKind = iota
	// slotParam is the value of a query parameter (separated by '&' or
	// ';', as HTML 4's appendix B.2.2 allows) or of a path parameter
	// (RFC 3986 §3.3's ";name=value", as in ;jsessionid=).
	slotParam
	// slotSegment is a path segment without its parameters.
	slotSegment
)

// slot is one place of a webhook URL that may hold a credential, as
// written in the URL (not unescaped).
type slot struct {
	kind  slotKind
	name  string // a parameter's name
	value string
	prev  string // the segment before a slotSegment
	host  string // the URL's host, lower-cased, for a slotSegment
}

// rewriteSecretSlots calls f for every slot of raw (parsed as u) and puts
// what f returns in its place; everything else keeps its exact spelling.
// RedactWebhookURL and redactedWebhookURL both walk URLs with it, so that
// a placeholder is recognised wherever one is put.
func rewriteSecretSlots(raw string, u *url.URL, f func(slot) string) string {
	// The scheme is matched in any letter case: url.Parse lower-cases
	// u.Scheme, and HTTPS://user:pw@host is the same URL.
	if n := len(u.Scheme) + 3; u.User != nil && len(raw) >= n && strings.EqualFold(raw[:n], u.Scheme+"://") {
		end := len(raw)
		if j := strings.IndexAny(raw[n:], "/?#"); j >= 0 {
			end = n + j
		}
		if at := strings.LastIndexByte(raw[n:end], '@'); at >= 0 {
			info := raw[n : n+at]
			if name, pw, hasPw := strings.Cut(info, ":"); hasPw {
				info = name + ":" + f(slot{kind: slotUserinfo, value: pw})
			} else {
				info = f(slot{kind: slotUserinfo, value: info})
			}
			raw = raw[:n] + info + raw[n+at:]
		}
	}
	if start, end, ok := pathSpan(raw, u); ok {
		segs := strings.Split(raw[start:end], "/")
		prev, host := "", strings.ToLower(u.Hostname())
		for i, seg := range segs {
			parts := strings.Split(seg, ";")
			name := parts[0]
			parts[0] = f(slot{kind: slotSegment, value: name, prev: prev, host: host})
			rewriteParams(parts[1:], f)
			segs[i] = strings.Join(parts, ";")
			prev = name
		}
		raw = raw[:start] + strings.Join(segs, "/") + raw[end:]
	}
	// The query starts at the first '?' before any '#' (neither can be
	// in the userinfo, host or path).
	q := strings.IndexByte(raw, '?')
	if h := strings.IndexByte(raw, '#'); q < 0 || (h >= 0 && h < q) {
		return raw
	}
	end := len(raw)
	if h := strings.IndexByte(raw[q:], '#'); h >= 0 {
		end = q + h
	}
	var parts []string
	var seps []byte
	rest := raw[q+1 : end]
	for {
		i := strings.IndexAny(rest, "&;")
		if i < 0 {
			parts = append(parts, rest)
			break
		}
		parts = append(parts, rest[:i])
		seps = append(seps, rest[i])
		rest = rest[i+1:]
	}
	rewriteParams(parts, f)
	var b strings.Builder
	b.WriteString(raw[:q+1])
	for i, p := range parts {
		b.WriteString(p)
		if i < len(seps) {
			b.WriteByte(seps[i])
		}
	}
	b.WriteString(raw[end:])
	return b.String()
}

// rewriteParams puts f's answer for the value of every "name=value" of
// parts in its place.
func rewriteParams(parts []string, f func(slot) string) {
	for i, p := range parts {
		if name, value, ok := strings.Cut(p, "="); ok {
			parts[i] = name + "=" + f(slot{kind: slotParam, name: name, value: value})
		}
	}
}

// unescapeName returns a parameter's name with its %-escapes decoded (as
// written when one is malformed), so that %74oken is a token.
func unescapeName(name string) string {
	if n, err := url.QueryUnescape(name); err == nil {
		return n
	}
	return name
}

// pathSpan returns where the path of raw (parsed as u) starts and ends:
// after the authority (userinfo@host:port), before the query or fragment.
// Slack's incoming webhooks (/services/T…/B…/<24-character secret>),
// Discord's (/api/webhooks/<id>/<68-character token>), Microsoft Teams',
// IFTTT's (/with/key/<key>) and many receivers' put the whole secret in
// the path, no parameter named for it.
func pathSpan(raw string, u *url.URL) (start, end int, ok bool) {
	i := strings.Index(raw, "://")
	if u.Host == "" || i < 0 {
		return 0, 0, false
	}
	start = i + 3
	if j := strings.IndexAny(raw[start:], "/?#"); j >= 0 {
		start += j
	} else {
		return 0, 0, false
	}
	end = len(raw)
	if i := strings.IndexAny(raw[start:], "?#"); i >= 0 {
		end = start + i
	}
	return start, end, true
}

// secretSegment reports whether a path segment looks like a credential
// rather than a name: at least 16 characters of the alphabets tokens are
// written in (letters, digits, '-', '_', and ':' as in Telegram's
// bot<id>:<token>), with both letters and digits,
// or at least 16 letters of both cases and nothing else (a base52 token;
// a name in words has '-' or '_' between them, or one case). A long
// segment of words and a date ("alerts-2024-eu-west") or a CamelCase name
// may be taken for one; as with parameters, a name redacted by mistake
// costs less than a secret printed. A segment after a "key" segment
// (IFTTT's /with/key/<key>) is one whatever it looks like (see
// redactWebhookURL).
func secretSegment(seg string) bool {
	if len(seg) < 16 || seg == Redacted {
		return false
	}
	upper, lower, digits, marks := false, false, false, false
	for _, c := range seg {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digits = true
		case c == '-' || c == '_' || c == ':':
			marks = true
		default:
			return false
		}
	}
	return ((upper || lower) && digits) || (upper && lower && !marks)
}

// zapierHookKey reports whether s is the key of a Zapier catch hook,
// /hooks/catch/<account number>/<key>/: a few characters that are the
// hook's whole credential, too short for secretSegment to tell from a
// name (zapier.com/help/create/code-webhooks/trigger-zaps-from-webhooks).
func zapierHookKey(s slot) bool {
	if s.host != "hooks.zapier.com" || s.value == "" || s.value == Redacted || s.prev == "" {
		return false
	}
	for _, c := range s.prev {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// secretParams are the words that make a query parameter's value a
// credential, matched anywhere in its lower-cased name: token
// (access_token, api_token), key (api_key, apikey, X-Goog-Credential's
// key=), sig and signature (SAS tokens, X-Amz-Signature), secret
// (client_secret), pass and pwd, auth, credential, session (and
// jsessionid), code (Azure Functions' function key), jwt, hmac and access
// (access=, access_key, AWS's AccessKeyId). A harmless parameter redacted
// by mistake costs less than a secret printed.
var secretParams = [...]string{"token", "key", "sig", "secret", "pass", "pwd", "auth", "credential", "session", "code", "jwt", "hmac", "access"}

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
	found := false
	// Escaped spellings (%52EDACTED) count: the sinks would send them as
	// the placeholder.
	is := func(v string, unescape func(string) (string, error)) bool {
		d, err := unescape(v)
		return v == Redacted || (err == nil && d == Redacted)
	}
	rewriteSecretSlots(raw, u, func(s slot) string {
		switch s.kind {
		case slotUserinfo:
			found = found || is(s.value, url.PathUnescape)
		case slotParam:
			found = found || (secretParam(unescapeName(s.name)) && is(s.value, url.QueryUnescape))
		case slotSegment:
			found = found || is(s.value, url.PathUnescape)
		}
		return s.value
	})
	// A URL without a host has no path for the walk: any REDACTED
	// segment counts.
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		if name, _, _ := strings.Cut(seg, ";"); name == Redacted {
			return true
		}
	}
	return found
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
	base := cur.withoutOverlays()
	for i := range f.Managers {
		m := &f.Managers[i]
		old, ok := cur.Managers[m.ID]
		if !ok {
			continue
		}
		// A placeholder stands for the console's secret only when the
		// file holds the console's URL, and for the record's own secret
		// otherwise: the record's URL, or a new one the operator wrote
		// (second review: a new URL took the manager's console secret).
		// A record without a secret then leaves the placeholder, which
		// is refused: the operator gives the new URL's secret.
		src := old
		if b, ok := base.Managers[m.ID]; ok {
			recordURL := RestoreWebhookURL(m.WebhookURL, b.WebhookURL) == b.WebhookURL
			consoleURL := RestoreWebhookURL(m.WebhookURL, old.WebhookURL) == old.WebhookURL
			if recordURL || !consoleURL {
				src = b
			}
		}
		if (m.WebhookSecret == WebhookSecretPrefix+Redacted || m.WebhookSecret == Redacted) && src.WebhookSecret != "" {
			m.WebhookSecret = src.WebhookSecret
		}
		if m.APITokenSHA256 == Redacted && old.APITokenSHA256 != "" {
			m.APITokenSHA256 = old.APITokenSHA256
		}
		m.WebhookURL = RestoreWebhookURL(m.WebhookURL, src.WebhookURL)
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
