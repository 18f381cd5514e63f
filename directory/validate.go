package directory

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"maps"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mailflow/mailflow/schemas"
)

// Problem is one thing wrong in a directory file.
type Problem struct {
	// Path locates the problem in the file: "customers[2].reseller".
	Path string
	// Line is the line of the file the path is on; 0 when unknown (a File
	// built in code rather than parsed).
	Line int
	// Message says what is wrong, for a person.
	Message string
}

// Error implements error as "line 12: customers[2].reseller: unknown
// reseller "r9"".
func (p *Problem) Error() string {
	var b strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", p.Line)
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// ValidationError lists every problem of a directory file, in file order,
// so that the author fixes the file in one round.
type ValidationError struct {
	Problems []*Problem
}

// Error implements error with one problem per line.
func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	noun := "problems"
	if len(lines) == 1 {
		noun = "problem"
	}
	return fmt.Sprintf("directory file: %d %s:\n  %s", len(lines), noun, strings.Join(lines, "\n  "))
}

// Unwrap returns the problems, for errors.As.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

type problems struct{ list []*Problem }

func (p *problems) add(path string, line int, msg string) {
	p.list = append(p.list, &Problem{Path: path, Line: line, Message: msg})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return &ValidationError{Problems: p.list}
}

// OperatorID is the actor of what the operator does (the admin token, the
// command line): the author of their silences (Silence.CreatedBy) and the
// actor of their audit entries. No manager may take it, in any letter
// case: a manager of that id would pass for the operator, and could end
// the operator's silences (consoleapi's mayEnd compares authors by id).
const OperatorID = "operator"

// IsOperatorID reports whether id is OperatorID in any letter case.
func IsOperatorID(id string) bool { return strings.EqualFold(id, OperatorID) }

// idPattern keeps ids usable in config keys ("kind/id"), URLs and log lines.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// Validate checks a File as a whole: ids well-formed and unique, every
// reference resolved inside the file, addresses and secrets well-formed and
// every subscription inside its manager's scope. It returns a
// *ValidationError listing every problem, or nil.
//
// Validate checks the file alone, as an apply with prune needs it (the
// topic will then hold only the file); ValidateOnto checks a file applied
// without prune, which may lean on what the topic already holds.
func (f *File) Validate() error {
	return f.ValidateOnto(nil)
}

// ValidateOnto checks a File that is applied without prune onto the
// directory cur (nil: the file alone, as Validate): the directory as it
// will be after the apply — cur with the file's entities over it — must
// hold together. A partial file may therefore name a reseller, customer,
// domain or manager that cur holds; what neither holds is a problem, as
// are a subscription outside its manager's scope and a token hash another
// manager has, wherever those come from. It returns a *ValidationError
// listing every problem of the file, or nil.
func (f *File) ValidateOnto(cur *Directory) error {
	v := &validator{f: f, p: &problems{}, onto: cur}
	v.run()
	return v.p.err()
}

type validator struct {
	f *File
	p *problems
	// onto is the directory the file is applied onto without prune; nil
	// when the file must stand alone.
	onto *Directory

	resellers, customers, domains, managers map[string]int // id → index
	tokens                                  map[string]int // api_token_sha256 → manager index
	emails                                  map[string]int // lower-case email → manager index
}

func (v *validator) add(path, msg string) { v.p.add(path, v.f.lines[path], msg) }

func (v *validator) run() {
	if d := v.f.Defaults; d != nil {
		v.settings("defaults", *d)
	}
	v.resellers = map[string]int{}
	for i, e := range v.f.Resellers {
		path := fmt.Sprintf("resellers[%d]", i)
		v.id(path, "id", "reseller", e.ID, v.resellers, i)
		v.name(path, e.Name)
		v.settings(path, e.Settings)
	}
	v.customers = map[string]int{}
	for i, e := range v.f.Customers {
		path := fmt.Sprintf("customers[%d]", i)
		v.id(path, "id", "customer", e.ID, v.customers, i)
		v.name(path, e.Name)
		v.ref(path+".reseller", "reseller", e.Reseller, v.resellers)
		v.settings(path, e.Settings)
	}
	v.domains = map[string]int{}
	for i, e := range v.f.Domains {
		path := fmt.Sprintf("domains[%d]", i)
		if e.Name == "" {
			v.add(path, "name is missing")
		} else if err := checkDomainName(e.Name); err != nil {
			v.add(path+".name", err.Error())
		} else if first, dup := v.domains[e.Name]; dup {
			v.add(path+".name", fmt.Sprintf("duplicate domain %q (first at domains[%d])", e.Name, first))
		} else {
			v.domains[e.Name] = i
		}
		v.ref(path+".customer", "customer", e.Customer, v.customers)
		v.settings(path, e.Settings)
	}
	v.managers = map[string]int{}
	for i, m := range v.f.Managers {
		v.manager(fmt.Sprintf("managers[%d]", i), i, m)
	}
	subs := map[string]int{}
	for i, s := range v.f.Subscriptions {
		v.subscription(fmt.Sprintf("subscriptions[%d]", i), i, s, subs)
	}
	v.topicSubscriptions(subs)
}

// topicSubscriptions checks the subscriptions of the directory the file is
// applied onto that the file does not redefine (fileSubs): they stay, and
// the file must not pull the ground from under them — move their scope out
// of their manager's, or take away the address a channel of theirs uses.
// Only what the file breaks is reported: a subscription that did not fit
// before the file is not the file's problem.
func (v *validator) topicSubscriptions(fileSubs map[string]int) {
	if v.onto == nil {
		return
	}
	before := &validator{f: &File{}, p: &problems{}, onto: v.onto, customers: map[string]int{}, domains: map[string]int{}}
	for _, id := range slices.Sorted(maps.Keys(v.onto.Subscriptions)) {
		if _, redefined := fileSubs[id]; redefined {
			continue
		}
		s := v.onto.Subscriptions[id]
		old, ok := v.onto.Managers[s.Manager]
		if !ok {
			continue
		}
		m := old
		if i, ok := v.managers[s.Manager]; ok {
			m = v.f.Managers[i]
		}
		where := fmt.Sprintf("subscription %q of manager %q (in the directory, not in this file)", id, s.Manager)
		if s.Level != "" && before.within(s.Level, s.Of, old.Level, old.Of) && !v.within(s.Level, s.Of, m.Level, m.Of) {
			v.p.add("", 0, fmt.Sprintf("%s: %s %q would be outside the manager's %s %q after this file; change or delete the subscription too", where, s.Level, clip(s.Of), m.Level, clip(m.Of)))
		}
		for _, c := range s.Channels {
			switch {
			case Channel(c) == ChannelEmail && old.Email != "" && m.Email == "":
				v.p.add("", 0, fmt.Sprintf("%s sends e-mail, and this file leaves the manager without an email", where))
			case Channel(c) == ChannelWebhook && old.WebhookURL != "" && m.WebhookURL == "":
				v.p.add("", 0, fmt.Sprintf("%s calls a webhook, and this file leaves the manager without a webhook_url", where))
			}
		}
	}
}

// standingAlone returns a validator that has read the file alone, as the
// topic holds it after an apply with prune, to check what the prune keeps.
func (f *File) standingAlone() *validator {
	v := &validator{f: f, p: &problems{}}
	v.run()
	return v
}

// orphaned says why the console subscription s cannot stay in the
// directory v's file makes alone (its manager, scope or a channel's
// address gone), or "" when it can.
func (v *validator) orphaned(s Subscription) string {
	saved := v.p
	defer func() { v.p = saved }()
	v.p = &problems{}
	v.subscription("s", 0, s, map[string]int{})
	var msgs []string
	for _, p := range v.p.list {
		msgs = append(msgs, strings.TrimPrefix(p.Path, "s.")+": "+p.Message)
	}
	return strings.Join(msgs, "; ")
}

func (v *validator) id(path, field, kind, id string, seen map[string]int, i int) {
	switch {
	case id == "":
		v.add(path, field+" is missing")
	case !idPattern.MatchString(id):
		v.add(path+"."+field, fmt.Sprintf("%s id %q: use letters, digits, '.', '_' and '-' (at most 128)", kind, clip(id)))
	case kind == "manager" && IsOperatorID(id):
		v.add(path+"."+field, fmt.Sprintf("manager id %q is reserved: it names the operator (the admin token and the command line) in silences and the audit log", clip(id)))
	default:
		if first, dup := seen[id]; dup {
			v.add(path+"."+field, fmt.Sprintf("duplicate %s id %q (first at %ss[%d])", kind, id, kind, first))
			return
		}
		seen[id] = i
	}
}

func (v *validator) ref(path, kind, id string, known map[string]int) {
	if id == "" {
		v.add(path, "missing")
		return
	}
	if _, ok := known[id]; !ok && !v.onTopic(kind, id) {
		where := ""
		if v.onto != nil {
			where = " (neither in the file nor in the directory it is applied to)"
		}
		hint := ""
		if kind == "domain" {
			// A domain spelt otherwise than the file's domains are
			// (BÜCHER.example, a trailing dot): name the spelling the
			// domains list needs, as checkDomainName does there.
			if c, err := schemas.CanonicalDomain(id); err == nil && c != id {
				hint = fmt.Sprintf("; write the domain in its canonical form (lower-case A-labels, no trailing dot): %q", c)
			}
		}
		v.add(path, fmt.Sprintf("unknown %s %q%s%s", kind, clip(id), where, hint))
	}
}

// onTopic reports whether the directory the file is applied onto holds
// the entity: it stays after an apply without prune.
func (v *validator) onTopic(kind, id string) bool {
	if v.onto == nil {
		return false
	}
	var ok bool
	switch kind {
	case "reseller":
		_, ok = v.onto.Resellers[id]
	case "customer":
		_, ok = v.onto.Customers[id]
	case "domain":
		_, ok = v.onto.Domains[id]
	case "manager":
		_, ok = v.onto.Managers[id]
	}
	return ok
}

func (v *validator) settings(path string, s Settings) {
	if s.Window < 0 || s.Window > MaxWindow {
		v.add(path+".window", fmt.Sprintf("window %d out of range 1..%d", s.Window, MaxWindow))
	}
	if s.Threshold > ThresholdScale {
		v.add(path+".threshold", fmt.Sprintf("threshold %v out of range (0, 1]", s.Threshold))
	}
	if err := s.checkNotify(); err != nil {
		v.add(path, err.Error())
	}
	if err := s.checkDetect(); err != nil {
		v.add(path, err.Error())
	}
}

func (v *validator) manager(path string, i int, m Manager) {
	v.id(path, "id", "manager", m.ID, v.managers, i)
	v.name(path, m.Name)
	v.scope(path, m.Level, m.Of)
	if m.Email == "" && m.WebhookURL == "" {
		v.add(path, "a manager needs an email or a webhook_url to be reached")
	}
	if m.Email != "" {
		if err := checkEmail(m.Email); err != nil {
			v.add(path+".email", err.Error())
		} else {
			v.uniqueEmail(path, i, m)
		}
	}
	if m.WebhookURL != "" {
		if err := checkWebhookURL(m.WebhookURL); err != nil {
			v.add(path+".webhook_url", err.Error())
		}
		if m.WebhookSecret == "" {
			v.add(path+".webhook_secret", "missing: a webhook needs a signing secret (whsec_ followed by base64 of 24 to 64 random bytes)")
		}
	}
	if m.WebhookSecret != "" {
		if m.WebhookURL == "" {
			v.add(path+".webhook_secret", "set without a webhook_url")
		}
		if err := CheckWebhookSecret(m.WebhookSecret); err != nil {
			v.add(path+".webhook_secret", err.Error())
		}
	}
	if m.APITokenSHA256 != "" {
		if v.tokens == nil {
			v.tokens = map[string]int{}
		}
		if err := CheckTokenSHA256(m.APITokenSHA256); err != nil {
			v.add(path+".api_token_sha256", err.Error())
		} else if first, dup := v.tokens[m.APITokenSHA256]; dup {
			v.add(path+".api_token_sha256", fmt.Sprintf("the same token hash as managers[%d]; every manager needs a token of its own", first))
		} else if other := v.ontoTokenOwner(m.APITokenSHA256); other != "" {
			v.add(path+".api_token_sha256", fmt.Sprintf("the same token hash as manager %q in the directory the file is applied to; every manager needs a token of its own", other))
		} else {
			v.tokens[m.APITokenSHA256] = i
		}
	}
}

// uniqueEmail refuses a manager whose email another manager has, in any
// letter case: a manager signs in to the console with their address
// (compared without case, as mail systems do), so two managers of one
// address could not sign in at all, and each would be shown the other's
// notifications (review finding).
func (v *validator) uniqueEmail(path string, i int, m Manager) {
	if v.emails == nil {
		v.emails = map[string]int{}
	}
	key := strings.ToLower(m.Email)
	if first, dup := v.emails[key]; dup {
		v.add(path+".email", fmt.Sprintf("%q is managers[%d]'s address too; a manager signs in with their address, so each needs one of their own", clip(m.Email), first))
		return
	}
	v.emails[key] = i
	if v.onto == nil {
		return
	}
	for id, om := range v.onto.Managers {
		if id == m.ID || !strings.EqualFold(om.Email, m.Email) {
			continue
		}
		if v.redefines(id) {
			continue
		}
		v.add(path+".email", fmt.Sprintf("%q is the address of manager %q in the directory the file is applied to; a manager signs in with their address, so each needs one of their own", clip(m.Email), id))
		return
	}
}

// redefines reports whether the file defines a manager of the id.
func (v *validator) redefines(id string) bool {
	for _, fm := range v.f.Managers {
		if fm.ID == id {
			return true
		}
	}
	return false
}

// ontoManager returns the manager of the directory the file is applied
// onto, when the file does not define one of that id itself.
func (v *validator) ontoManager(id string) (Manager, bool) {
	if v.onto == nil {
		return Manager{}, false
	}
	m, ok := v.onto.Managers[id]
	return m, ok
}

// ontoTokenOwner returns the id of a manager of the directory the file is
// applied onto that has the token hash and that the file does not
// redefine (a redefined manager's hash is the file's); "" when none.
func (v *validator) ontoTokenOwner(hash string) string {
	if v.onto == nil {
		return ""
	}
	for id, m := range v.onto.Managers {
		if m.APITokenSHA256 == hash && !v.redefines(id) {
			return id
		}
	}
	return ""
}

// CheckTokenSHA256 checks that h is a lowercase hex SHA-256 (64 characters
// 0-9a-f). The error never quotes the value: a token pasted by mistake in
// place of its hash must not end up in a log.
func CheckTokenSHA256(h string) error {
	if h == Redacted {
		return errRedacted
	}
	if len(h) != 2*sha256.Size {
		return fmt.Errorf("want the lowercase hex SHA-256 of the token (64 characters 0-9a-f), not a value of %d characters; store the hash, never the token", len(h))
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return errors.New("want the lowercase hex SHA-256 of the token (64 characters 0-9a-f); store the hash, never the token")
		}
	}
	return nil
}

// scope checks that level/of names an entity of the file.
func (v *validator) scope(path string, level Level, of string) bool {
	switch level {
	case LevelReseller:
		v.ref(path+".of", "reseller", of, v.resellers)
		_, ok := v.resellers[of]
		return ok || v.onTopic("reseller", of)
	case LevelCustomer:
		v.ref(path+".of", "customer", of, v.customers)
		_, ok := v.customers[of]
		return ok || v.onTopic("customer", of)
	case LevelDomain:
		v.ref(path+".of", "domain", of, v.domains)
		_, ok := v.domains[of]
		return ok || v.onTopic("domain", of)
	case "":
		v.add(path+".level", "missing: want reseller, customer or domain")
	default:
		v.add(path+".level", fmt.Sprintf("%q: want reseller, customer or domain", clip(string(level))))
	}
	return false
}

func (v *validator) subscription(path string, i int, s Subscription, seen map[string]int) {
	v.id(path, "id", "subscription", s.ID, seen, i)
	var m *Manager
	if s.Manager == "" {
		v.add(path+".manager", "missing")
	} else if mi, ok := v.managers[s.Manager]; ok {
		m = &v.f.Managers[mi]
	} else if om, ok := v.ontoManager(s.Manager); ok {
		m = &om
	} else {
		v.ref(path+".manager", "manager", s.Manager, v.managers)
	}
	if s.Level != "" || s.Of != "" {
		if v.scope(path, s.Level, s.Of) && m != nil && !v.within(s.Level, s.Of, m.Level, m.Of) {
			v.add(path+".of", fmt.Sprintf("%s %q is outside manager %q's %s %q", s.Level, s.Of, m.ID, m.Level, m.Of))
		}
	}
	seenT := map[Transition]bool{}
	for j, t := range s.Transitions {
		p := fmt.Sprintf("%s.transitions[%d]", path, j)
		switch {
		case t != TransitionBad && t != TransitionRecovered && t != TransitionDelayed && t != TransitionDelayRecovered &&
			t != TransitionSilent && t != TransitionSilentRecovered:
			v.add(p, fmt.Sprintf("%q: want bad, recovered, delayed, delay_recovered, silent or silent_recovered", clip(string(t))))
		case seenT[t]:
			v.add(p, fmt.Sprintf("%q listed twice", t))
		}
		seenT[t] = true
	}
	seenC := map[string]bool{}
	for j, c := range s.Channels {
		p := fmt.Sprintf("%s.channels[%d]", path, j)
		switch {
		case Channel(c) != ChannelEmail && Channel(c) != ChannelWebhook:
			v.add(p, fmt.Sprintf("%q: want email or webhook", clip(c)))
		case seenC[c]:
			v.add(p, fmt.Sprintf("%q listed twice", c))
		case m != nil && Channel(c) == ChannelEmail && m.Email == "":
			v.add(p, fmt.Sprintf("manager %q has no email", m.ID))
		case m != nil && Channel(c) == ChannelWebhook && m.WebhookURL == "":
			v.add(p, fmt.Sprintf("manager %q has no webhook_url", m.ID))
		}
		seenC[c] = true
	}
	if s.MinInterval < 0 || s.MinInterval > MaxMinInterval {
		v.add(path+".min_interval", fmt.Sprintf("%s out of range 0..%s", s.MinInterval, MaxMinInterval))
	}
}

// within reports whether the scope level/of lies at or below the scope
// mLevel/mOf, using the file's hierarchy.
func (v *validator) within(level Level, of string, mLevel Level, mOf string) bool {
	// The file's entities first, then those it is applied onto.
	resellerOf := func(customer string) string {
		if i, ok := v.customers[customer]; ok {
			return v.f.Customers[i].Reseller
		}
		if v.onto != nil {
			return v.onto.Customers[customer].Reseller
		}
		return ""
	}
	customerOf := func(domain string) string {
		if i, ok := v.domains[domain]; ok {
			return v.f.Domains[i].Customer
		}
		if v.onto != nil {
			return v.onto.Domains[domain].Customer
		}
		return ""
	}
	switch mLevel {
	case LevelReseller:
		switch level {
		case LevelReseller:
			return of == mOf
		case LevelCustomer:
			return resellerOf(of) == mOf
		case LevelDomain:
			return resellerOf(customerOf(of)) == mOf
		}
	case LevelCustomer:
		switch level {
		case LevelCustomer:
			return of == mOf
		case LevelDomain:
			return customerOf(of) == mOf
		}
	case LevelDomain:
		return level == LevelDomain && of == mOf
	}
	return false
}

// checkDomainName accepts a domain in the form the processor keys by, the
// result of schemas.CanonicalDomain (lower-case A-labels, no trailing dot,
// UTS #46 checks), with at least two labels: a directory names mail
// domains, and RFC 5321 §2.3.5 wants them fully qualified. A name in
// another spelling is refused with its canonical form as the hint, rather
// than rewritten, so that the file says what the topic holds.
func checkDomainName(name string) error {
	c, err := schemas.CanonicalDomain(name)
	if err != nil {
		return fmt.Errorf("%q is not a domain name: %w", clip(name), err)
	}
	if c != name {
		return fmt.Errorf("%q: write the domain in its canonical form (lower-case A-labels, no trailing dot): %q", clip(name), c)
	}
	if !strings.Contains(name, ".") {
		return fmt.Errorf("%q is not a fully qualified domain name", clip(name))
	}
	return nil
}

func checkEmail(addr string) error {
	a, err := mail.ParseAddress(addr)
	if err != nil || a.Name != "" || a.Address != addr || !strings.Contains(addr[strings.LastIndexByte(addr, '@')+1:], ".") {
		return fmt.Errorf("%q is not an e-mail address; want a bare address such as ops@example.org", clip(addr))
	}
	return nil
}

func checkWebhookURL(raw string) error {
	if err := CheckWebhookAddress(raw); err != nil {
		return err
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return errors.New("not a URL")
	case u.Scheme != "https" && u.Scheme != "http":
		return fmt.Errorf("scheme %q: want https (or http)", clip(u.Scheme))
	case u.Host == "" || u.Hostname() == "":
		return errors.New("the URL has no host")
	case u.User != nil:
		return errors.New("credentials in the URL are not allowed; the request is signed with webhook_secret")
	case u.Fragment != "":
		return errors.New("a fragment (#...) is never sent; remove it")
	case redactedWebhookURL(raw):
		return errors.New("holds " + Redacted + " where mailflow config get hides a credential, and the manager's stored URL is not the one it was printed from (config apply keeps a stored URL whose redacted form comes back unchanged): put the credential back, or apply a file from config get --show-secrets")
	}
	return CheckWebhookHost(u.Hostname())
}

// CheckWebhookAddress refuses what url.Parse lets through (or refuses as
// just "not a URL") and no request can be sent to as written: a port
// outside 1..65535 (":99999" and ":0" parse; ":abc" does not, and the
// author should learn that the port is what is wrong), and a space or
// control character anywhere (a space in the path parses, and is sent
// percent-encoded or refused depending on the client). It is the file's
// check and the console's (review S24A-8: both took such URLs, and the
// notifications were dead-lettered).
func CheckWebhookAddress(raw string) error {
	for i, r := range raw {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return fmt.Errorf("the URL has a space or control character (U+%04X) at byte %d: percent-encode it (%%20 for a space) or remove it", r, i)
		}
	}
	if port, ok := urlPort(raw); ok && port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 || port[0] == '+' || port[0] == '-' {
			return fmt.Errorf("the port %q is not a TCP port: want a number from 1 to 65535 (or none, for the scheme's)", clip(port))
		}
	}
	return nil
}

// urlPort returns the port of an absolute URL as written (after the
// host's last ':', brackets of an IPv6 literal and userinfo aside), and
// whether there is a ':' for one.
func urlPort(raw string) (string, bool) {
	_, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return "", false
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if strings.HasPrefix(rest, "[") {
		i := strings.IndexByte(rest, ']')
		if i < 0 {
			return "", false
		}
		rest = rest[i+1:]
		port, ok := strings.CutPrefix(rest, ":")
		return port, ok
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 {
		return rest[i+1:], true
	}
	return "", false
}

// WebhookSecretPrefix starts every webhook secret, as the Standard Webhooks
// specification recommends, so that a secret pasted into the wrong place is
// recognised.
const WebhookSecretPrefix = "whsec_"

// CheckWebhookSecret checks the Standard Webhooks secret format:
// "whsec_" followed by the base64 of 24 to 64 bytes. The error never quotes
// the secret.
func CheckWebhookSecret(secret string) error {
	if secret == WebhookSecretPrefix+Redacted || secret == Redacted {
		return errRedacted
	}
	_, err := DecodeWebhookSecret(secret)
	return err
}

// errRedacted explains a secret left as config get prints it.
var errRedacted = errors.New("is " + Redacted + ", as mailflow config get prints secrets, and this manager has no stored value to keep (config apply keeps a manager's stored secret where the placeholder comes back unchanged): put the secret (the token's SHA-256) here, or apply a file from config get --show-secrets")

// DecodeWebhookSecret returns the HMAC key of a "whsec_<base64>" secret.
func DecodeWebhookSecret(secret string) ([]byte, error) {
	b64, ok := strings.CutPrefix(secret, WebhookSecretPrefix)
	if !ok {
		return nil, errors.New("want whsec_ followed by base64 (Standard Webhooks secret format)")
	}
	key, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, errors.New("the part after whsec_ is not valid base64")
	}
	if len(key) < 24 || len(key) > 64 {
		return nil, fmt.Errorf("the key is %d bytes; want 24 to 64 random bytes", len(key))
	}
	return key, nil
}

// clip shortens a value quoted in an error.
func clip(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}

// maxNameRunes bounds a display name: a company or a person, never a text.
const maxNameRunes = 200

// name checks a reseller's, customer's or manager's display name. It is
// shown in the console, printed by the CLI and may be put in a notice, so
// it must be one line of visible text: no control characters (a CR/LF
// forges lines, a review found "Demo\r\nBcc: …" printed raw), no
// bidirectional overrides or isolates (Unicode TR #9; they reorder what
// follows, the "Trojan Source" trick, CVE-2021-42574), no line or paragraph
// separators.
func (v *validator) name(path, name string) {
	if err := checkDisplayName(name); err != nil {
		v.add(path+".name", err.Error())
	}
}

func checkDisplayName(name string) error {
	if !utf8.ValidString(name) {
		return fmt.Errorf("name is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(name); n > maxNameRunes {
		return fmt.Errorf("name has %d characters; at most %d", n, maxNameRunes)
	}
	for i, r := range name {
		switch {
		case unicode.IsControl(r):
			return fmt.Errorf("name has a control character (U+%04X) at byte %d: a name is one line of text", r, i)
		case r == 0x2028 || r == 0x2029:
			return fmt.Errorf("name has a line or paragraph separator (U+%04X) at byte %d: a name is one line of text", r, i)
		case BidiControl(r):
			return fmt.Errorf("name has a bidirectional control character (U+%04X) at byte %d", r, i)
		}
	}
	return nil
}

// BidiControl reports whether r is a bidirectional formatting character
// (Unicode Standard Annex #9, table 1: the embeddings, overrides and
// isolates, and the implicit marks). Names refuse them; the CLI escapes
// them in what it prints.
func BidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}
