package diagnose

// blocklist names a DNSBL or reputation list and where its operator lets
// senders look up and delist an address: lookup is the operator's page, or,
// when it does not start with "http", what to do instead (a mailbox to
// write to, a reputation tool without delisting).
type blocklist struct {
	name    string
	needles []string
	lookup  string
}

// blocklists are tried in order, the more specific list first ("Spamhaus
// PBL" before "Spamhaus").
var blocklists = []blocklist{
	{"Spamhaus ZEN", []string{"zen.spamhaus"}, "https://check.spamhaus.org"},
	{"Spamhaus DBL", []string{"dbl.spamhaus", "spamhaus dbl", "spamhaus.org/dbl", "|dbl|", "domain block list"}, "https://check.spamhaus.org"},
	{"Spamhaus PBL", []string{"pbl.spamhaus", "spamhaus.org/pbl", "|pbl|", "policy block list"}, "https://check.spamhaus.org"},
	{"Spamhaus XBL", []string{"xbl.spamhaus", "|xbl|", "exploits block list", "abuseat", "|cbl|"}, "https://check.spamhaus.org"},
	{"Spamhaus SBL", []string{"sbl.spamhaus", "|sbl|", "spamhaus block list"}, "https://check.spamhaus.org"},
	{"Spamhaus", []string{"spamhaus"}, "https://check.spamhaus.org"},
	{"Barracuda Reputation Block List", []string{"barracudacentral", "barracuda reputation", "b.barracuda"}, "https://www.barracudacentral.org/lookups"},
	{"SpamCop", []string{"spamcop"}, "https://www.spamcop.net/bl.shtml"},
	{"UCEPROTECT", []string{"uceprotect"}, "https://www.uceprotect.net/en/rblcheck.php"},
	{"Mailspike", []string{"mailspike"}, "https://mailspike.io/ip_verify"},
	{"PSBL", []string{"|psbl|", "surriel.com"}, "https://psbl.org"},
	{"Invaluement", []string{"invaluement", "ivmsip", "ivmuri"}, "https://www.invaluement.com/lookup/"},
	{"SORBS", []string{"|sorbs|", "sorbs.net"}, "SORBS closed in 2024; ask the receiver to stop using it"},
	{"Cloudmark CSI", []string{"cloudmark"}, "https://csi.cloudmark.com/en/reset"},
	{"Validity Sender Score", []string{"senderscore", "sender score", "returnpath", "return path"}, "https://senderscore.org"},
	{"Proofpoint", []string{"ipcheck.proofpoint", "proofpoint dynamic reputation", "dnsbl-lookup"}, "https://ipcheck.proofpoint.com"},
	{"SpamRATS", []string{"spamrats"}, "https://www.spamrats.com/lookup.php"},
	{"0spam", []string{"0spam"}, "https://0spam.org"},
	{"Backscatterer", []string{"backscatterer"}, "https://www.backscatterer.org/?target=test"},
	{"NiX Spam", []string{"manitu", "nixspam"}, "https://www.dnsbl.manitu.net"},
	{"GBUdb", []string{"gbudb"}, "https://www.gbudb.com/truncate/"},
	{"Hostkarma", []string{"hostkarma", "junkemailfilter"}, "https://ipadmin.junkemailfilter.com/remove.php"},
	{"SURBL", []string{"|surbl|"}, "https://www.surbl.org/surbl-analysis"},
	{"URIBL", []string{"|uribl|"}, "https://admin.uribl.com"},
	{"Abusix Mail Intelligence", []string{"abusix"}, "https://lookup.abusix.com"},
	{"Trend Micro ERS", []string{"trend micro ers", "trendmicro ers", "ers.trendmicro", "trendmicro.com/en-us/ers", "trend micro rbl", "mail-abuse"}, "https://servicecentral.trendmicro.com/en-US/ers/"},
	{"Cisco Talos", []string{"talosintelligence", "senderbase"}, "https://talosintelligence.com/reputation_center"},
	{"Symantec IP reputation", []string{"connection rejected by policy", "ipremoval"}, "https://ipremoval.sms.symantec.com"},
	{"T-Online reputation", []string{"rx.t-online.de"}, "mail tosa@rx.t-online.de with the full reply"},
	{"Outlook.com block list", []string{"|s3150|", "|s3140|", "part of their network is on our block list", "|sc-001|", "|sc-003|", "|sc-004|", "|dy-001|", "|dy-002|", "|ou-001|"}, "https://olcsupport.office.com"},
	{"Microsoft 365 banned senders", []string{"banned sending ip", "banned sender"}, "https://sender.office.com"},
	{"Yahoo reputation", []string{"[tss09]", "[tss11]", "[tss12]", "[ts03]", "permanently deferred"}, "https://senders.yahooinc.com/contact"},
	{"AOL reputation", []string{"rtr:bl", "rtr:du", "rly:b1", "rly:b2", "rly:b3", "hvu:b1"}, "https://senders.yahooinc.com/contact"},
	{"Comcast block list", []string{"|bl00000", "postmaster.comcast"}, "https://postmaster.comcast.net"},
	{"Cox block list", []string{"|cxbl|", "|cdrbl|", "|ipbl0", "|ipbl1"}, "https://www.cox.com/residential/support/cox-postmaster-email-administration.html"},
	// Gmail keeps no list to be delisted from: the reputation of the IP and
	// the domain is read in Postmaster Tools and mended by sending well
	// (newcomer review N6)
	{"Gmail reputation", []string{"very low reputation", "low reputation of the sending"},
		"no delisting; check the IP's and the domain's reputation in Postmaster Tools (https://postmaster.google.com) and follow the sender guidelines (https://support.google.com/a/answer/81126)"},
}
