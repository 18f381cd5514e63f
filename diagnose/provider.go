package diagnose

import "strings"

// Provider names reported in Result.Provider.
const (
	ProviderMicrosoft   = "Microsoft"
	ProviderGoogle      = "Google"
	ProviderYahoo       = "Yahoo/AOL"
	ProviderApple       = "Apple iCloud"
	ProviderYandex      = "Yandex"
	ProviderMailRu      = "Mail.ru"
	ProviderGMX         = "GMX/WEB.DE"
	ProviderIONOS       = "IONOS"
	ProviderOrange      = "Orange"
	ProviderLaPoste     = "La Poste"
	ProviderTOnline     = "T-Online"
	ProviderProofpoint  = "Proofpoint"
	ProviderMimecast    = "Mimecast"
	ProviderBarracuda   = "Barracuda"
	ProviderZoho        = "Zoho"
	ProviderComcast     = "Comcast"
	ProviderCox         = "Cox"
	ProviderSpectrum    = "Charter/Spectrum"
	ProviderTencent     = "Tencent QQ"
	ProviderNetEase     = "NetEase"
	ProviderGoDaddy     = "GoDaddy"
	ProviderMessageLabs = "Broadcom Email Security.cloud"
	ProviderCisco       = "Cisco Secure Email"
	ProviderFastmail    = "Fastmail"
	ProviderAmazonSES   = "Amazon SES"
	ProviderFree        = "Free"
	ProviderSFR         = "SFR"
	ProviderSeznam      = "Seznam"
	ProviderLibero      = "Libero"
	ProviderHornet      = "Hornetsecurity"
	ProviderTrendMicro  = "Trend Micro"
	ProviderSophos      = "Sophos"
	ProviderStrato      = "Strato"
	ProviderNaver       = "Naver"
	ProviderRackspace   = "Rackspace"
)

// provider describes how to recognise a mailbox provider or mail gateway:
// by the remote host name (suffix match on a label boundary) or by tokens the
// provider puts into its replies (server names, help URLs, error-code styles).
type provider struct {
	name    string
	hosts   []string
	needles []string
}

// providers are tried in order; gateways (Proofpoint, Mimecast, ...) come
// after the big mailbox providers because a provider's own reply is the more
// useful pointer when both appear.
var providers = []provider{
	{ProviderMicrosoft, []string{"protection.outlook.com", "outlook.com", "hotmail.com", "live.com", "office365.com", "microsoft.com", "msn.com", "outlook.de"},
		[]string{"protection.outlook.com", "prod.outlook.com", "outlook.com", "hotmail", "office365", "aka.ms/", "microsoft",
			"storedrv", "resolver.adr", "resolver.rst", "smtpsend.", "|eop-", "tenantattribution", "postmaster.live.com",
			"mail.live.com", "|s3150|", "|s3140|", "olc.protection", "sender.office.com", "|sc-001|", "|rp-001|", "|ou-001|", "|dy-001|"}},
	{ProviderGoogle, []string{"google.com", "googlemail.com", "gmail.com", "gmail-smtp-in.l.google.com"},
		[]string{"gsmtp", "support.google.com", "google.com", "googlemail", "gmail"}},
	{ProviderYahoo, []string{"yahoodns.net", "yahoo.com", "yahoo.net", "aol.com", "aol.net", "yahoo.co.jp"},
		[]string{"yahoo", "[tss", "[ts0", "[bl2", "[ph0", "rtr:", "rly:", "dyn:t", "hvu:", "aol.com", "postmaster.aol", "|aol|"}},
	{ProviderApple, []string{"icloud.com", "me.com", "mac.com", "apple.com"},
		[]string{"icloud", "|me.com", "|mac.com", "apple.com", "[cs0", "[hm0", "[hme"}},
	{ProviderYandex, []string{"yandex.net", "yandex.ru", "yandex.com", "ya.ru"}, []string{"yandex"}},
	{ProviderMailRu, []string{"mail.ru"}, []string{"|mail.ru", "corp.mail.ru"}},
	{ProviderGMX, []string{"gmx.net", "gmx.de", "gmx.com", "web.de", "mail.com"}, []string{"|gmx", "|web.de"}},
	{ProviderIONOS, []string{"ionos.de", "ionos.com", "1and1.com", "kundenserver.de", "perfora.net"}, []string{"ionos", "kundenserver", "1und1", "1and1"}},
	{ProviderOrange, []string{"orange.fr", "wanadoo.fr"}, []string{"orange.fr", "wanadoo", "|ofr", "|mwinf"}},
	{ProviderLaPoste, []string{"laposte.net"}, []string{"laposte", "|lpn"}},
	{ProviderTOnline, []string{"t-online.de"}, []string{"t-online"}},
	{ProviderTencent, []string{"qq.com", "exmail.qq.com"}, []string{"qq.com", "tencent"}},
	{ProviderNetEase, []string{"163.com", "126.com", "netease.com", "yeah.net"}, []string{"|163.com", "|126.com", "netease"}},
	{ProviderZoho, []string{"zoho.com", "zoho.eu", "zohomail.com", "zoho.in"}, []string{"zoho"}},
	{ProviderComcast, []string{"comcast.net"}, []string{"comcast"}},
	{ProviderCox, []string{"cox.net"}, []string{"cox.net", "|cox|", "aup#cx", "|cxbl|", "|cdrbl|"}},
	{ProviderSpectrum, []string{"charter.net", "spectrum.net", "rr.com"}, []string{"charter.net", "spectrum"}},
	{ProviderGoDaddy, []string{"secureserver.net"}, []string{"secureserver", "godaddy", "|ib101|", "|ib104|", "|ib007|", "|ib212|", "|ib504|", "|ib501|", "|ib502|", "|ib508|", "|ib705|", "|ib108|", "|ib103|"}},
	{ProviderFastmail, []string{"messagingengine.com", "fastmail.com"}, []string{"messagingengine", "fastmail"}},
	{ProviderSeznam, []string{"seznam.cz"}, []string{"seznam"}},
	{ProviderFree, []string{"free.fr"}, []string{"|free.fr"}},
	{ProviderSFR, []string{"sfr.fr", "neufcegetel.fr"}, []string{"|sfr.fr"}},
	{ProviderLibero, []string{"libero.it", "iol.it"}, []string{"libero.it"}},
	{ProviderNaver, []string{"naver.com"}, []string{"naver"}},
	{ProviderStrato, []string{"strato.de", "rzone.de"}, []string{"strato"}},
	{ProviderRackspace, []string{"emailsrvr.com"}, []string{"emailsrvr"}},
	{ProviderAmazonSES, []string{"amazonses.com", "amazonaws.com"}, []string{"amazonses", "amazon ses"}},
	{ProviderProofpoint, []string{"pphosted.com", "ppe-hosted.com", "proofpoint.com"}, []string{"pphosted", "ppe-hosted", "proofpoint"}},
	{ProviderMimecast, []string{"mimecast.com", "mimecast.co.za", "mimecast-offshore.com"}, []string{"mimecast"}},
	{ProviderBarracuda, []string{"barracudanetworks.com", "barracuda.com", "cudamail.com"}, []string{"barracudanetworks", "barracuda", "cudamail"}},
	{ProviderMessageLabs, []string{"messagelabs.com"}, []string{"messagelabs", "symanteccloud"}},
	{ProviderCisco, []string{"iphmx.com"}, []string{"iphmx", "ironport"}},
	{ProviderHornet, []string{"hornetsecurity.com"}, []string{"hornetsecurity"}},
	{ProviderTrendMicro, []string{"tmes.trendmicro.com", "tmes.trendmicro.eu"}, []string{"tmes.trendmicro"}},
	{ProviderSophos, []string{"sophos.com"}, []string{"sophos"}},
}

// providerFromHost recognises the provider from the remote host name, e.g.
// "example-com.mail.protection.outlook.com[52.101.1.2]". It is ASCII
// case-insensitive and allocation-free.
func providerFromHost(host string) string {
	if i := strings.IndexAny(host, "[ "); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return ""
	}
	for i := range providers {
		for _, h := range providers[i].hosts {
			if len(host) < len(h) || !equalFoldASCII(host[len(host)-len(h):], h) {
				continue
			}
			if len(host) == len(h) || host[len(host)-len(h)-1] == '.' || host[len(host)-len(h)-1] == '-' {
				return providers[i].name
			}
		}
	}
	return ""
}

// codeToken maps an error code a provider embeds in its replies to a
// category. These codes are documented by the providers and more reliable
// than the free text around them.
type codeToken struct {
	phrase string
	cat    string
}

// providerCodes are evaluated right after the final verdicts.
var providerCodes = []codeToken{
	// GoDaddy (https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
	{"|ib007|", CategoryRateLimited}, {"|ib101|", CategoryServerError}, {"|ib103|", CategoryBlocklisted},
	{"|ib104|", CategoryBlocklisted}, {"|ib105|", CategoryBlocklisted}, {"|ib106|", CategoryBlocklisted},
	{"|ib108|", CategoryAuthenticationFailed}, {"|ib110|", CategoryBlocklisted}, {"|ib111|", CategoryBlocklisted},
	{"|ib112|", CategoryBlocklisted}, {"|ib113|", CategoryBlocklisted}, {"|ib212|", CategorySpamContent},
	{"|ib401|", CategoryPolicyRejected}, {"|ib501|", CategorySyntaxError}, {"|ib502|", CategorySyntaxError},
	{"|ib504|", CategoryRateLimited}, {"|ib506|", CategoryPolicyRejected}, {"|ib508|", CategoryAuthenticationFailed},
	{"|ib510|", CategoryRateLimited}, {"|ib605|", CategoryRateLimited}, {"|ib607|", CategoryRateLimited},
	{"|ib705|", CategorySpamContent},
	// T-Online: "(BL)" marks a reputation block (https://postmaster.t-online.de).
	{"(bl)", CategoryBlocklisted},
	// Outlook.com postmaster codes (SNDS troubleshooting page).
	{"|s3150|", CategoryBlocklisted}, {"|s3140|", CategoryBlocklisted}, {"|s3115|", CategoryRateLimited},
	{"|s775|", CategoryBlocklisted}, {"|sc-001|", CategoryBlocklisted}, {"|sc-002|", CategoryBlocklisted},
	{"|sc-003|", CategoryBlocklisted}, {"|sc-004|", CategoryBlocklisted}, {"|dy-001|", CategoryBlocklisted},
	{"|dy-002|", CategoryBlocklisted}, {"|ou-001|", CategoryBlocklisted}, {"|ou-002|", CategorySpamContent},
	{"|rp-001|", CategoryRateLimited}, {"|rp-002|", CategoryRateLimited}, {"|rp-003|", CategoryRateLimited},
	// Yahoo/AOL (https://senders.yahooinc.com/smtp-error-codes)
	{"[ts01]", CategoryRateLimited}, {"[ts02]", CategoryRateLimited}, {"[ts03]", CategoryBlocklisted},
	{"[tss04]", CategoryRateLimited}, {"[tss05]", CategoryRateLimited}, {"[tss09]", CategoryBlocklisted},
	{"[tss11]", CategoryRateLimited}, {"[tss12]", CategoryBlocklisted}, {"[bl21]", CategoryBlocklisted},
	{"[bl22]", CategoryBlocklisted}, {"[bl23]", CategoryBlocklisted}, {"[ph01]", CategorySpamContent},
	{"rtr:bl", CategoryBlocklisted}, {"rtr:du", CategoryBlocklisted}, {"rtr:bb", CategoryBlocklisted}, {"rtr:rd", CategoryAuthenticationFailed},
	{"rly:b1", CategoryBlocklisted}, {"rly:b2", CategoryBlocklisted}, {"rly:b3", CategoryBlocklisted},
	{"hvu:b1", CategoryBlocklisted}, {"con:b1", CategoryBlocklisted}, {"dyn:t1", CategoryRateLimited},
	// Apple iCloud (https://support.apple.com/en-us/102322)
	{"[cs01]", CategorySpamContent}, {"[cs02]", CategorySpamContent}, {"[cs03]", CategorySpamContent},
	{"[cs04]", CategorySpamContent}, {"[cs05]", CategorySpamContent}, {"[hm07]", CategorySpamContent},
	{"[hm08]", CategorySpamContent}, {"[hme1]", CategoryAuthenticationFailed},
	// Comcast (postmaster.comcast.net/smtp-error-codes.php) and Cox (AUP#CXxxx).
	{"|bl00000", CategoryBlocklisted}, {"|rl00000", CategoryRateLimited}, {"|cxbl|", CategoryBlocklisted},
	{"|cdrbl|", CategoryBlocklisted}, {"|ipbl0", CategoryBlocklisted}, {"|ipbl1", CategoryBlocklisted},
	{"|urlbl", CategorySpamContent}, {"|cxdns|", CategoryAuthenticationFailed}, {"|cxsndr|", CategoryAuthenticationFailed},
	{"|cxsmtp|", CategoryPolicyRejected}, {"|cxcnct|", CategoryRateLimited}, {"|cxmxrt|", CategoryRateLimited},
	{"|cxthrt|", CategoryPolicyRejected}, {"|cxmj|", CategoryPolicyRejected},
	// NetEase 163/126 reply codes (https://help.mail.163.com, 退信代码说明): DT content,
	// HL sending-IP behaviour, MI message/sender checks, RP recipient-side rate limits.
	{"dt:spm", CategorySpamContent}, {"dt:rbl", CategoryBlocklisted}, {"hl:ihu", CategoryBlocklisted},
	{"hl:ipb", CategoryBlocklisted}, {"hl:rep", CategoryBlocklisted}, {"hl:mep", CategoryBlocklisted},
	{"hl:icc", CategoryRateLimited}, {"hl:ifq", CategoryRateLimited}, {"mi:spf", CategoryAuthenticationFailed},
	{"mi:dma", CategoryAuthenticationFailed}, {"mi:imf", CategorySyntaxError}, {"mi:stc", CategoryRateLimited},
	{"mi:sfq", CategoryRateLimited}, {"mi:cel", CategoryRateLimited}, {"rp:qrc", CategoryRateLimited},
	{"rp:trc", CategoryRateLimited}, {"rp:drc", CategoryRateLimited}, {"rp:cel", CategoryRateLimited},
}

// orangeCodes are Orange (OFR...) and La Poste (LPN...) reason numbers; the
// number after the last underscore decides ("OFR_416", "OFR004_405 [405]",
// "LPN007_420", "LPNAAA_101").
var orangeCodes = []codeToken{
	{"101", CategoryBlocklisted}, {"102", CategoryBlocklisted}, {"103", CategoryBlocklisted},
	{"104", CategoryRateLimited}, {"305", CategoryPolicyRejected}, {"401", CategoryAuthenticationFailed},
	{"402", CategoryPolicyRejected}, {"403", CategoryPolicyRejected}, {"405", CategoryPolicyRejected},
	{"415", CategoryPolicyRejected}, {"416", CategoryUserUnknown}, {"417", CategoryMailboxFull},
	{"418", CategoryUserUnknown}, {"420", CategoryMailboxDisabled}, {"421", CategoryPolicyRejected},
	{"426", CategoryMailboxDisabled}, {"505", CategoryServerError}, {"506", CategorySpamContent},
	{"510", CategoryBlocklisted}, {"514", CategoryMessageTooLarge}, {"517", CategoryAuthenticationFailed},
	{"630", CategoryPolicyRejected}, {"999", CategoryBlocklisted},
}

// providerCodeRules expands providerCodes and orangeCodes into rules.
func providerCodeRules() []rule {
	rs := make([]rule, 0, len(providerCodes)+len(orangeCodes))
	for _, t := range providerCodes {
		rs = append(rs, rule{cat: t.cat, any: []string{t.phrase}, why: "provider error code"})
	}
	for _, t := range orangeCodes {
		rs = append(rs, rule{cat: t.cat, any: []string{
			"|ofr && _" + t.phrase + "|",
			"|lpn && _" + t.phrase + "|",
			"|lpn" + t.phrase + "|",
		}, why: "Orange/La Poste reason code"})
	}
	return rs
}
