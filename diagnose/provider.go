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
		[]string{"yahoo", "[tss", "[ts0", "[bl2", "[ph0", "rtr:", "|rly:", "dyn:t", "hvu:", "aol.com", "postmaster.aol", "|aol|"}},
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
	{ProviderStrato, []string{"strato.de", "rzone.de"}, []string{"|strato|", "rzone.de"}},
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
	// unless vetoes the code when the text itself names another cause:
	// providers reuse a number for several conditions (La Poste's 402 is
	// SMTP AUTH at Orange but "DKIM is not configured" at LPN007_402).
	unless []string
}

// providerCodes are evaluated right after the final verdicts.
var providerCodes = []codeToken{
	// GoDaddy (https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685)
	{"|ib007|", CategoryRateLimited, nil}, {"|ib101|", CategoryServerError, nil}, {"|ib103|", CategoryBlocklisted, nil},
	{"|ib104|", CategoryBlocklisted, nil}, {"|ib105|", CategoryBlocklisted, nil}, {"|ib106|", CategoryBlocklisted, nil},
	{"|ib108|", CategoryAuthenticationFailed, nil}, {"|ib110|", CategoryBlocklisted, nil}, {"|ib111|", CategoryBlocklisted, nil},
	// IB112/IB113 block the IP for mailing too many invalid recipients: the sender's sending
	// pattern, like Yahoo's "excessive unknown recipients" (rate_limited, not a reputation list).
	{"|ib112|", CategoryRateLimited, nil}, {"|ib113|", CategoryRateLimited, nil}, {"|ib212|", CategorySpamContent, nil},
	{"|ib401|", CategoryPolicyRejected, nil}, {"|ib501|", CategorySyntaxError, nil}, {"|ib502|", CategorySyntaxError, nil},
	{"|ib504|", CategoryRateLimited, nil}, {"|ib506|", CategoryPolicyRejected, nil}, {"|ib508|", CategoryAuthenticationFailed, nil},
	{"|ib510|", CategoryRateLimited, nil}, {"|ib605|", CategoryRateLimited, nil}, {"|ib607|", CategoryRateLimited, nil},
	{"|ib705|", CategorySpamContent, nil},
	// T-Online: "(BL)" marks a reputation block (https://postmaster.t-online.de).
	{"(bl)", CategoryBlocklisted, nil},
	// Outlook.com postmaster codes (SNDS troubleshooting page).
	{"|s3150|", CategoryBlocklisted, nil}, {"|s3140|", CategoryBlocklisted, nil}, {"|s3115|", CategoryRateLimited, nil},
	{"|s775|", CategoryBlocklisted, nil}, {"|sc-001|", CategoryBlocklisted, nil}, {"|sc-002|", CategoryBlocklisted, nil},
	{"|sc-003|", CategoryBlocklisted, nil}, {"|sc-004|", CategoryBlocklisted, nil}, {"|dy-001|", CategoryBlocklisted, nil},
	{"|dy-002|", CategoryBlocklisted, nil}, {"|ou-001|", CategoryBlocklisted, nil}, {"|ou-002|", CategorySpamContent, nil},
	{"|rp-001|", CategoryRateLimited, nil}, {"|rp-002|", CategoryRateLimited, nil}, {"|rp-003|", CategoryRateLimited, nil},
	// Yahoo/AOL (https://senders.yahooinc.com/smtp-error-codes)
	{"[ts01]", CategoryRateLimited, nil}, {"[ts02]", CategoryRateLimited, nil}, {"[ts03]", CategoryBlocklisted, nil},
	{"[tss04]", CategoryRateLimited, nil}, {"[tss05]", CategoryRateLimited, nil}, {"[tss09]", CategoryBlocklisted, nil},
	{"[tss11]", CategoryRateLimited, nil}, {"[tss12]", CategoryBlocklisted, nil}, {"[bl21]", CategoryBlocklisted, nil},
	{"[bl22]", CategoryBlocklisted, nil}, {"[bl23]", CategoryBlocklisted, nil}, {"[ph01]", CategorySpamContent, nil},
	{"rtr:bl", CategoryBlocklisted, nil}, {"rtr:du", CategoryBlocklisted, nil}, {"rtr:bb", CategoryBlocklisted, nil}, {"rtr:rd", CategoryAuthenticationFailed, nil},
	{"rly:b1", CategoryBlocklisted, nil}, {"rly:b2", CategoryBlocklisted, nil}, {"rly:b3", CategoryBlocklisted, nil},
	// HVU:B1: "These blocks are content-based, and are issued to any email
	// that contains the blocked domain anywhere in the email message body"
	// (postmaster.info.aol.com/errors/554hvub1.html; probe BQ bq-007)
	{"hvu:b1", CategorySpamContent, nil}, {"con:b1", CategoryBlocklisted, nil}, {"dyn:t1", CategoryRateLimited, nil},
	// Apple iCloud (https://support.apple.com/en-us/102322)
	// MailChannels' outbound filter blocking a message it judged unsolicited:
	// "550 5.7.1 [CS] Message blocked" (hosters' help pages on it, e.g.
	// support.arvixe.com …/282/2/550-571-cs-message-blocked)
	{"[cs]", CategorySpamContent, nil}, {"[cs01]", CategorySpamContent, nil}, {"[cs02]", CategorySpamContent, nil}, {"[cs03]", CategorySpamContent, nil},
	{"[cs04]", CategorySpamContent, nil}, {"[cs05]", CategorySpamContent, nil}, {"[hm07]", CategorySpamContent, nil},
	{"[hm08]", CategorySpamContent, nil}, {"[hme1]", CategoryAuthenticationFailed, nil},
	// Comcast (postmaster.comcast.net/smtp-error-codes.php) and Cox (AUP#CXxxx).
	{"|bl00000", CategoryBlocklisted, nil}, {"|rl00000", CategoryRateLimited, nil}, {"|cxbl|", CategoryBlocklisted, nil},
	{"|cdrbl|", CategoryBlocklisted, nil}, {"|ipbl0", CategoryBlocklisted, nil}, {"|ipbl1", CategoryBlocklisted, nil},
	{"|urlbl", CategorySpamContent, nil}, {"|cxdns|", CategoryAuthenticationFailed, nil}, {"|cxsndr|", CategoryAuthenticationFailed, nil},
	{"|cxsmtp|", CategoryPolicyRejected, nil}, {"|cxcnct|", CategoryRateLimited, nil}, {"|cxmxrt|", CategoryRateLimited, nil},
	{"|cxthrt|", CategoryPolicyRejected, nil}, {"|cxmj|", CategoryPolicyRejected, nil},
	// NetEase 163/126 reply codes (https://help.mail.163.com, 退信代码说明): DT content,
	// HL sending-IP behaviour, MI message/sender checks, RP recipient-side rate limits.
	{"dt:spm", CategorySpamContent, nil}, {"dt:rbl", CategoryBlocklisted, nil}, {"hl:ihu", CategoryBlocklisted, nil},
	{"hl:ipb", CategoryBlocklisted, nil}, {"hl:rep", CategoryBlocklisted, nil}, {"hl:mep", CategoryBlocklisted, nil},
	{"hl:icc", CategoryRateLimited, nil}, {"hl:ifq", CategoryRateLimited, nil}, {"mi:spf", CategoryAuthenticationFailed, nil},
	{"mi:dma", CategoryAuthenticationFailed, nil}, {"mi:imf", CategorySyntaxError, nil}, {"mi:stc", CategoryRateLimited, nil},
	{"mi:sfq", CategoryRateLimited, nil}, {"mi:cel", CategoryRateLimited, nil}, {"rp:qrc", CategoryRateLimited, nil},
	{"rp:trc", CategoryRateLimited, nil}, {"rp:drc", CategoryRateLimited, nil}, {"rp:cel", CategoryRateLimited, nil},
	// WM:BLU, the sender not on the list of users allowed to send ("此用户不在网易允许的发信用户列表里",
	// NetEase's code list as a Chinese page copies it, probe CK ck-040): its policy on senders.
	{"wm:blu", CategoryPolicyRejected, nil},
}

// orangeCodes are Orange (OFR...) and La Poste (LPN...) reason numbers; the
// number after the last underscore decides ("OFR_416", "OFR004_405 [405]",
// "LPN007_420", "LPNAAA_101").
var orangeCodes = []codeToken{
	{"101", CategoryBlocklisted, nil}, {"102", CategoryBlocklisted, nil}, {"103", CategoryBlocklisted, nil},
	{"104", CategoryRateLimited, nil}, {"305", CategoryPolicyRejected, nil}, {"401", CategoryAuthenticationFailed, nil},
	{"402", CategoryPolicyRejected, []string{"|dkim|", "|spf|", "|dmarc|"}}, {"403", CategoryPolicyRejected, nil}, {"405", CategoryPolicyRejected, nil},
	{"415", CategoryPolicyRejected, nil}, {"416", CategoryUserUnknown, nil}, {"417", CategoryMailboxFull, nil},
	{"418", CategoryUserUnknown, nil}, {"420", CategoryMailboxDisabled, nil}, {"421", CategoryPolicyRejected, nil},
	{"426", CategoryMailboxDisabled, nil}, {"505", CategoryServerError, nil}, {"506", CategorySpamContent, nil},
	{"510", CategoryBlocklisted, []string{"unsolicited", "non sollicite", "spam"}}, {"514", CategoryMessageTooLarge, nil}, {"517", CategoryAuthenticationFailed, nil},
	{"630", CategoryPolicyRejected, nil}, {"999", CategoryBlocklisted, nil},
}

// vadeCodes are the reason numbers of the mail platforms Vade runs (OX
// App Suite's US and EU platforms, "OXSUS0001_105", "OXSEU0001_403";
// EarthLink, "ELNK_111"), after the last underscore, as their postmaster
// pages list them (postmaster-oxsus.vadesecure.com, inbound and outbound
// error codes; postmaster-earthlink.vadesecure.com): the words before them
// are generic ("550 5.7.1 Connection refused", "421 4.2.1 Connection
// deferred", probe BU bu-012 to bu-016). 102 is a listing on the outbound
// and EarthLink pages and, deferred, a busy backend on the older inbound
// one.
var vadeCodes = []codeToken{
	{"101", CategoryBlocklisted, nil}, {"102", CategoryBlocklisted, []string{"deferred"}}, {"102", CategoryServerError, nil},
	{"103", CategoryServerError, nil}, {"105", CategoryAuthenticationFailed, nil}, {"108", CategoryAuthenticationFailed, nil},
	{"110", CategoryRateLimited, nil}, {"111", CategoryBlocklisted, nil}, {"130", CategoryRateLimited, nil},
	{"134", CategoryRateLimited, nil}, {"136", CategoryRateLimited, nil}, {"139", CategoryRateLimited, nil},
	{"140", CategoryRateLimited, nil}, {"202", CategoryPolicyRejected, nil}, {"403", CategoryUserUnknown, nil},
	{"404", CategoryRateLimited, nil},
}

// gandiRules are Gandi's mail filter's rule families, after "Reject for
// policy reason." (docs.gandi.net, the mail error reference: RULE1_x a
// virus or malware, RULE2_x phishing or a scam, RULE3_x spam, probe BU
// bu-023): each a verdict on the message.
var gandiRules = []string{"rule1_", "rule2_", "rule3_"}

// providerCodeRules expands providerCodes and orangeCodes into rules.
func providerCodeRules() []rule {
	rs := make([]rule, 0, len(providerCodes)+2*len(orangeCodes)+len(vadeCodes)+len(gandiRules))
	for _, t := range providerCodes {
		rs = append(rs, rule{cat: t.cat, any: []string{t.phrase}, unless: t.unless, why: "provider error code"})
	}
	// The number after the last underscore first: in "LPN104_415" it is
	// 415 (policy) that decides, not the 104 of the prefix (probe BH
	// bh-054, read as 104's rate before).
	for _, t := range orangeCodes {
		rs = append(rs, rule{cat: t.cat, any: []string{
			"|ofr && _" + t.phrase + "|",
			"|lpn && _" + t.phrase + "|",
		}, unless: t.unless, why: "Orange/La Poste reason code"})
	}
	for _, t := range orangeCodes {
		rs = append(rs, rule{cat: t.cat, any: []string{"|lpn" + t.phrase + "|"}, unless: t.unless, why: "Orange/La Poste reason code"})
	}
	// The code's platform prefix follows " - " as Vade's replies write it
	// ("Connection refused - OXSUS0001_105"), and the family follows
	// "policy reason. " as Gandi's do: an address the reply echoes
	// ("<oxsus_403@example.com>", "rule1_x@…") cannot stand for them
	// (review S36C-N1: a recipient chosen by whoever fills in a form must
	// not turn a listing into an unknown user, or the reverse).
	for _, t := range vadeCodes {
		rs = append(rs, rule{cat: t.cat, all: [][]string{
			{"- oxsus", "- oxseu", "- elnk", "refused oxsus", "refused oxseu", "refused elnk", "deferred oxsus", "deferred oxseu",
				"deferred elnk", "error oxsus", "error oxseu", "error elnk"},
			{"_" + t.phrase + "|"},
		}, unless: t.unless, why: "Vade (OX, EarthLink) reason code"})
	}
	for _, r := range gandiRules {
		rs = append(rs, rule{cat: CategorySpamContent, any: []string{"policy reason. " + r}, why: "Gandi filter rule family"})
	}
	return rs
}
