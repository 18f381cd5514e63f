package diagnose

import "testing"

// TestSignatureNamesNameCauses: a virus scanner's dotted signature name
// names its verdict, a cause, where a host name or a version names none
// (hostName; newcomer review S44 NC10: every dotted token was read as a
// host name, so a narrow rule did not yield to "Heuristics.Phishing…
// FOUND"). The phrasings do not train the model (checkKinds).
func TestSignatureNamesNameCauses(t *testing.T) {
	checkKinds(t, "signature names", []kindCase{
		{r("550 5.7.1 Date in the future, please check your clock. Heuristics.Phishing.Email.SpoofedDomain FOUND"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock; Sanesecurity.Malware.12345.UNOFFICIAL FOUND"), OutcomeBounced, CategorySpamContent},
		{r("No se pudo ejecutar: Email.Phishing.VOF-123 FOUND"), OutcomeBounced, CategorySpamContent},
		// names: a host, a version, a relay
		{r("550 5.7.1 Date in the future, please check your clock; checked by virus-gw1.example.net"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock (milter-greylist-4.6.4)"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Date in the future, please check your clock; relay mx.greylist.example.org"), OutcomeBounced, CategorySyntaxError},
		{r("No se pudo ejecutar: mx.greylist.example.org"), OutcomeDeferred, CategoryServerError},
		// attacker review S46 A4: names that end in a top-level domain or a number are verdicts too
		{r("550 5.7.1 Date in the future, please check your clock. Html.Phishing.Bank FOUND"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock: Email.Phishing.Amazon FOUND"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock (Trojan.Malware.12345 FOUND)"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Date in the future, please check your clock; Sanesecurity.Phishing.Office FOUND"), OutcomeBounced, CategorySpamContent},
		// and a host that starts with a scanner's word is a host
		{r("550 5.7.1 Date in the future, please check your clock; scanned by virus.example.com"), OutcomeBounced, CategorySyntaxError},
	})
}

func TestHostName(t *testing.T) {
	for _, tc := range []struct {
		tok  string
		want bool
	}{
		{"mx.greylist.example.org", true},
		{"virus-gw1.example.net,", true},
		{"(mail.example.co.uk)", true},
		{"relay.corp", true},
		{"host.example.invalid", true},
		{"192.0.2.7", true},
		{"milter-greylist-4.6.4", true},
		{"heuristics.phishing.email.spoofeddomain", false},
		{"sanesecurity.malware.12345.unofficial", false},
		{"email.phishing.vof-123", false},
		{"virus", false},
		{"greylisted", false},
		// attacker review S46 A4: signature names that end in a top-level
		// domain or a number, and hosts that start with a scanner's word
		{"html.phishing.bank", false},
		{"js.malware.download", false},
		{"email.phishing.amazon", false},
		{"sanesecurity.phishing.office", false},
		{"securiteinfo.com.heur.suspect", false},
		{"trojan.malware.12345", false},
		{"win.trojan.agent-1234-0", false},
		{"email.example.com", true},
		{"proxy.example.net", true},
		{"virus.example.com", true},
		{"test.mail.example.org", true},
		{"malware-gw.intranet", true},
		{"v2.1", true},
		// attacker review S47 A3: Kaspersky's "{behaviour}.{platform}.{name}.{variant}"
		{"virus.win32.sality.ag", false},
		{"trojan.win32.agent.io", false},
		{"virus.msword.thus.ag", false},
		{"html/phishing.agent.at", false},
		{"win32/agent.xyz", false},
		// second review S47: words host names use as well are no
		// Kaspersky platform ("Phishing.Url.Bank.io" reads as a host too)
		{"virus.email.example.edu", true},
		{"malware.url.example.io", true},
		{"test.mail.example.io", true},
	} {
		if got := hostName([]byte(tc.tok)); got != tc.want {
			t.Errorf("hostName(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}
