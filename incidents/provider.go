package incidents

import (
	"net/netip"
	"strings"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

// Provider identifies a destination provider: Key groups (a slug, or the
// remote network "net:203.0.113.0/24"), Name is for people.
type Provider struct {
	Key  string
	Name string
}

// providerNames maps diagnose's provider names to the names and slugs an
// incident uses; a provider missing here keeps diagnose's name.
var providerNames = map[string]Provider{
	diagnose.ProviderMicrosoft:  {"microsoft365", "Microsoft 365"},
	diagnose.ProviderGoogle:     {"google", "Google Workspace / Gmail"},
	diagnose.ProviderYahoo:      {"yahoo", "Yahoo / AOL"},
	diagnose.ProviderApple:      {"icloud", "Apple iCloud"},
	diagnose.ProviderProofpoint: {"proofpoint", "Proofpoint"},
	diagnose.ProviderMimecast:   {"mimecast", "Mimecast"},
	diagnose.ProviderBarracuda:  {"barracuda", "Barracuda"},
}

// protonHosts are Proton's MX names (protonmail.ch, mail.protonmail.ch,
// mailsec.protonmail.ch); diagnose does not list Proton.
var protonHosts = []string{"protonmail.ch", "protonmail.com", "proton.me"}

// providerOf returns the provider of the failing destination of an alert,
// trying in turn: the last failure's remote host (an MX name such as
// contoso-com.mail.protection.outlook.com), the provider tokens in the last
// SMTP response (server names, help URLs), and the /24 (IPv4) or /48
// (IPv6) of the last failure's remote IP. ok is false when none of them
// says anything: such an alert cannot be grouped.
func providerOf(c *diagnose.Classifier, a *schemas.StatusChange) (Provider, bool) {
	host := strings.ToLower(strings.TrimSuffix(a.LastFailureHost, "."))
	for _, h := range protonHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return Provider{"proton", "Proton Mail"}, true
		}
	}
	if host != "" || a.LastResponse != "" {
		res := c.Classify(diagnose.Input{Response: a.LastResponse, RemoteHost: host})
		if res.Provider != "" {
			if p, ok := providerNames[res.Provider]; ok {
				return p, true
			}
			return Provider{Key: slug(res.Provider), Name: res.Provider}, true
		}
	}
	if ip, err := netip.ParseAddr(strings.Trim(a.LastFailureIP, "[]")); err == nil {
		bits := 24
		if ip.Is6() && !ip.Is4In6() {
			bits = 48
		}
		pfx, err := ip.Unmap().Prefix(bits)
		if err == nil {
			return Provider{Key: "net:" + pfx.String(), Name: "network " + pfx.String()}, true
		}
	}
	return Provider{}, false
}

// slug lower-cases a provider name and keeps letters and digits.
func slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// categoryOf returns the failure category the alert is grouped by: the
// last failure's when the processor says it, else the most frequent in the
// window, else "other".
func categoryOf(a *schemas.StatusChange) string {
	if a.LastFailureCategory != "" {
		return a.LastFailureCategory
	}
	for _, c := range a.TopCategories {
		if c.Category != "" && c.Category != "delivered" {
			return c.Category
		}
	}
	return "other"
}
