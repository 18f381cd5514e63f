package diagnose

import (
	"strings"
	"testing"
)

// TestDeniedCauseBroadRules: a rule of a named cause's category that
// matched only through its cause's words does not answer where the text
// names that cause only to deny it (Classifier.deniesCause; attacker
// review S45 A4: before it, a denial counted only beside a narrow rule or
// a catalogue fill, and "Rejected by local policy (this is not a virus)"
// read as a content rejection). The controls: the cause named as well
// (after a clause's end, in another clause), a "not" that qualifies a
// noun rather than denies ("hosts not listed on Spamhaus" states the
// server's rule), a modal's "not", and a rule that matched through other
// words too. The phrasings do not train the model (checkKinds).
func TestDeniedCauseBroadRules(t *testing.T) {
	checkKinds(t, "denied causes, broad rules", []kindCase{
		// the cause denied: the rules below read the rest
		{r("Rejected by local policy (this is not a virus)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Rejected by local policy (this is not a virus)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Never a virus here, policy rejection"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Rejected: sender is not on a blocklist but failed local checks"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Delivery not authorized, message refused (your IP was never on a blacklist)"), OutcomeBounced, CategoryPolicyRejected},
		{r("421 4.7.0 This is not greylisting, server busy, try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Temporary failure; you aren't greylisted, please retry"), OutcomeDeferred, CategoryServerError},
		{r("550 5.7.1 rejected: not greylisting, policy block"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 The message is not too large but was refused by policy"), OutcomeBounced, CategoryPolicyRejected},
		// controls: the cause stated
		{r("554 5.7.1 This server only accepts mail for example.com from hosts not listed on Spamhaus; 192.0.2.7 is listed"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Mail from IP addresses not listed in any DNSBL is accepted; yours is listed in zen.spamhaus.org"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 Your IP is listed on Spamhaus, not a content issue"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Message rejected: virus found"), OutcomeBounced, CategorySpamContent},
		{r("550 Message is not spam, virus detected"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Your message contains a virus (not a false positive)"), OutcomeBounced, CategorySpamContent},
		{r("550 Rejected: attachments may not be macro documents"), OutcomeBounced, CategorySpamContent},
		{r("451 4.7.1 Greylisting in action, not a rate limit"), OutcomeDeferred, CategoryGreylisted},
		{r("552 5.3.4 Message size exceeds fixed limit"), OutcomeBounced, CategoryMessageTooLarge},
		{r("550 5.7.1 Mail is not accepted from hosts listed on Spamhaus; your IP is listed"), OutcomeBounced, CategoryBlocklisted},
	})
	// review S46 (helper-295): probes of the first version that the rules
	// answered wrong, the model hiding most of them
	checkKinds(t, "review S46 near misses", []kindCase{
		// a not phrase marks only its own words; the cause stated elsewhere stands
		{r("554 5.7.1 No virus found; message rejected as phishing"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Message rejected. One attachment is infected; the others are not infected."), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Your IP is not on any blacklist we run, but Spamhaus reports 192.0.2.63"), OutcomeBounced, CategoryBlocklisted},
		// a not phrase denied is the cause stated
		{r("554 5.7.1 Attachment is not virus-free; message rejected"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Message rejected: the attached file is not malware-free"), OutcomeBounced, CategorySpamContent},
		// a rule's or a condition's "not" (ruleClause)
		{r("554 5.7.1 This server only accepts mail from hosts that are not listed on Spamhaus; 192.0.2.46 is listed"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 Connections from hosts that are not on the Spamhaus list are accepted; 192.0.2.62 is refused"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 If your IP is not on a blocklist, please contact postmaster@example.com with this error"), OutcomeBounced, CategoryBlocklisted},
		// a denied greylisting that is the first contact (firstContact)
		{r("451 4.7.1 Mail from hosts never greylisted before is deferred, please retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Your host isn't greylisted yet; first delivery attempts are always deferred, please retry"), OutcomeDeferred, CategoryGreylisted},
		// a denied cause's words feed no other rule ("spam" in "Spamhaus", readsDenied)
		{r("550 5.7.1 192.0.2.61 is not listed on Spamhaus. Rejected by recipient policy."), OutcomeBounced, CategoryPolicyRejected},
		// a conjunction of other words does not keep a denied cause's rule
		// answering; a narrow rule is read the same way
		{r("421 4.7.0 Your IP isn't blacklisted, server busy, try again later"), OutcomeDeferred, CategoryServerError},
		{r("550 5.7.1 Your IP is currently not listed on Spamhaus; message rejected by content filter as spam"), OutcomeBounced, CategorySpamContent},
		{r("550 5.2.1 Mailbox disabled, not over quota"), OutcomeBounced, CategoryMailboxDisabled},
		// fixes of the first version
		{r("451 Temporary local problem - please try later (not greylisting)"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 Please retry later: this is not greylisting but a rate limit"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.7.1 You are not rate limited; temporary server error, please retry"), OutcomeDeferred, CategoryServerError},
		{r("550 5.7.1 Your message wasn't infected; rejected for policy reasons"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Message rejected by local policy; this message has been scanned for viruses"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// TestNotAsVerb: strict, a "not" denies as its clause's verb only.
func TestNotAsVerb(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"", true},
		{"this is ", true},
		{"you are ", true},
		{"your ip was ", true},
		{"it does ", true},
		{"greylisting, ", true},
		{"rejected: ", true},
		{"(", true},
		{"hosts ", false},
		{"mail from ip addresses ", false},
		{"sender ", false},
		{"your ip is currently ", true},
		{"hosts that are ", false},
		{"if your ip is ", false},
		{"make sure your server is ", false},
		{"temporary problem - ", true},
	} {
		norm := []byte(tc.before + "not listed on spamhaus")
		if got := notAsVerb(norm, len(tc.before)); got != tc.want {
			t.Errorf("notAsVerb(%q) = %v, want %v", norm, got, tc.want)
		}
	}
	// a log's clipped clause: a noun first, "not" and one word that ends it
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"sender not greylisted, virus found", true},
		{"ip not blacklisted", true},
		{"host not listed.", true},
		{"hosts not listed on spamhaus are refused", false},
		{"mail from hosts not listed, refused", false},
		{"sender not", false},
	} {
		s := strings.Index(tc.text, "not")
		if got := notAsVerb([]byte(tc.text), s); got != tc.want {
			t.Errorf("notAsVerb(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMayDeny: the pass that spares a text without a denial the search
// for its cause's words finds every word deniedAt reads as one.
func TestMayDeny(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"this is not a virus", true},
		{"never greylisted", true},
		{"nor a rate limit", true},
		{"a non-virus rejection", true},
		{"it isn't greylisting", true},
		{"it isnt greylisting", true},
		{"they aren't listed", true},
		{"neither spamhaus nor spamcop", true},
		{"ist nicht auf der blacklist", true},
		{"keine reputation", false}, // a lack, as "no reputation" (second review S47)
		{"niemals greylisting", true},
		{"ce n'est pas un virus", true},
		{"ne contient jamais de virus", true},
		{"no es un virus", true},
		{"non e un virus", true},
		{"nao e um virus", true},
		{"nunca un virus", true},
		{"virus found", false},
		{"virus gefunden", false},
		{"virus rilevato", false},
		{"ni en spamhaus ni en spamcop", true},
		{"nem vírus nem spam", true},
		{"listed on spamhaus", false},
		{"", false},
		{"n", false},
		{"rejection", false},
	} {
		if got := mayDeny([]byte(tc.text)); got != tc.want {
			t.Errorf("mayDeny(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDenialsInListsAndAfterTheCause: a denial reaches every item of a
// list ("not listed on SORBS, Spamhaus or SpamCop", "neither on
// Spamhaus nor on SpamCop"; listItemBefore), a denial after the cause as
// its clause's subject ("Throttling is not the reason"; deniedAfter), a
// rule's group of words the text denies where it denies the cause too
// ("your IP is not listed on Spamhaus"; deniedGroup), a rule of other
// words' conjunctions ("an IP && refused") where the text denies its
// cause, and the model brings back no cause the rules stepped aside for
// (review S46's leftovers). The controls: the cause stated, in a list or
// as a subject, and a denied word that is the failure itself ("isn't
// aligned", "not permitted"). The phrasings do not train the model.
func TestDenialsInListsAndAfterTheCause(t *testing.T) {
	checkKinds(t, "denials in lists and after the cause", []kindCase{
		{r("550 5.7.1 Your server is not on any blacklist or blocklist; message refused by local policy"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 192.0.2.1 is not on any RBL or DNSBL. Message refused by recipient policy."), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Message refused by recipient policy; 192.0.2.1 is neither on Spamhaus nor on SpamCop"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Delivery refused by policy (192.0.2.9 is not listed on SORBS, Spamhaus or SpamCop)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Message rejected by policy: the sending host is not listed on Spamhaus or Barracuda"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Your domain is not on any blacklist or DNSBL; rejected by recipient policy"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Your IP is not listed on Spamhaus; relaying is not permitted"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 4.7.1 Throttling is not the reason for this deferral; the server is busy, try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 Greylisting isn't the cause: temporary server error, try again later"), OutcomeDeferred, CategoryServerError},
		{r("452 4.2.2 Greylisting is not the reason: the mailbox is full"), OutcomeDeferred, CategoryMailboxFull},
		{r("421 4.7.0 The blocklist isn't the reason, the server is busy; try again later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 Greylisting was not the reason; the server is temporarily unavailable"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 Throttled: greylisting is not the reason, rate limit exceeded"), OutcomeDeferred, CategoryRateLimited},
		{r("This message is not a virus but violates our policy"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Rejected by policy. This message is not a virus, but it violates our policy"), OutcomeBounced, CategoryPolicyRejected},
		// controls: the cause stated
		{r("550 5.7.1 Your IP is listed on Spamhaus or SpamCop"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 192.0.2.1 is listed on Spamhaus, SpamCop or Barracuda"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Your IP is not on our allowlist, blacklisted by SpamCop"), OutcomeBounced, CategoryBlocklisted},
		{r("554 5.7.1 Your IP is not on Spamhaus, but it is listed on SpamCop"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 We do not accept mail from hosts on Spamhaus or SpamCop"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Service unavailable; client host blocked using Spamhaus or SpamCop"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Spamhaus is the reason: 192.0.2.5 is listed"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Your IP is blacklisted, not whitelisted"), OutcomeBounced, CategoryBlocklisted},
		{r("450 Throttling is the reason: too many connections"), OutcomeDeferred, CategoryRateLimited},
		{r("451 4.7.1 Greylisted, the reason is not known"), OutcomeDeferred, CategoryGreylisted},
		// controls: a denied word that is the failure
		{r("550 5.7.1 Message isn't aligned with either the authenticated SPF or DKIM organizational domain"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.1 Relaying is not permitted"), OutcomeBounced, CategoryPolicyRejected},
	})
	// review S47 (helper-297): a comma joins list items only where the
	// list goes on; else it joins two statements, the second stated
	checkKinds(t, "review S47 near misses", []kindCase{
		{r("550 5.7.1 Attachment is not infected, phishing link detected in message body"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 The file is not infected, phishing detected"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Message is not infected, malware link found in body"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 No virus, phishing detected"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Not listed on Spamhaus, blacklisted locally"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 192.0.2.1 is not on SpamCop, Spamhaus lists it"), OutcomeBounced, CategoryBlocklisted},
		// "or any other": two words between the list's items
		{r("550 5.7.1 192.0.2.1 is not on Spamhaus or any other DNSBL; rejected by recipient policy"), OutcomeBounced, CategoryPolicyRejected},
		// a log's clipped clause denies ("Sender not blacklisted,")
		{r("550 5.7.1 Sender not blacklisted, virus found: Eicar-Signature"), OutcomeBounced, CategorySpamContent},
	})
}

// TestAttackerS47: what the newcomer and attacker review of S47
// (/work/notes/s47/newcomer/REPORT.md) found the first version read
// wrong: "X is not a problem" (or an issue), and a relative clause's
// denial, say X is at work and harmless, in every language (A1, A2);
// Kaspersky's signature names, whose variant may be a country's domain,
// are verdicts (A3). Each was right at the session's start. The
// phrasings do not train the model.
func TestAttackerS47(t *testing.T) {
	checkKinds(t, "attacker S47 near misses", []kindCase{
		{r("451 4.7.1 You are greylisted which is not a problem; please retry in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting which is not a problem, retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting isn't a problem, your server will retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting is not a problem for legitimate servers: please retry in 5 minutes"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting is not an issue for RFC-compliant MTAs; please retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("421 4.7.0 Rate limiting is not a problem for legitimate senders; you exceeded it, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.7.1 Message contains a virus which is not the problem of the recipient"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Message infected which is not the problem of our server"), OutcomeBounced, CategorySpamContent},
		{r("451 4.7.1 Le greylisting n'est pas un problème, votre serveur réessaiera"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 El greylisting no es un problema, su servidor reintentará"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 O greylisting não é um problema, o servidor tentará novamente"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Il greylisting non è un problema, il server riproverà"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting que no es un problema, reintente"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting che non è un problema, riprovare"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting ist nicht das Problem, sondern die Lösung; bitte später erneut versuchen"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 Greylisting was not the problem last time; retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("451 4.7.1 The greylisting is not the problem, it is the solution: please retry later"), OutcomeDeferred, CategoryGreylisted},
		{r("554 5.7.1 Attachment is not infected; Virus.Win32.Sality.ag found in the message body"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 No virus found by ClamAV, but Sophos reports Virus.Win32.Sality.ag"), OutcomeBounced, CategorySpamContent},
	})
	// second review S47 (helper-299): a comma that starts a statement, a
	// lack read as a denial in German and French, host names read as
	// Kaspersky's names and the reverse, ESET's names
	checkKinds(t, "second review S47 near misses", []kindCase{
		{r("554 5.7.1 Attachment not infected, phishing or malware link detected in message body"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Attachment not infected, phishing, malware or spyware link detected in body"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Not listed on Spamhaus, SpamCop or Barracuda lists your IP"), OutcomeBounced, CategoryBlocklisted},
		{r("421 4.7.0 Ihre IP-Adresse hat keine Reputation; bitte später erneut versuchen"), OutcomeDeferred, CategoryBlocklisted},
		{r("421 4.7.0 Keine Reputation für Ihre IP-Adresse, bitte später erneut versuchen"), OutcomeDeferred, CategoryBlocklisted},
		{r("421 4.7.0 Votre adresse IP n'a pas de réputation, réessayez plus tard"), OutcomeDeferred, CategoryBlocklisted},
		{r("550 5.7.1 Message is not infected (checked by virus.email.example.edu); rejected by local policy"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Not a virus: scanned by malware.url.example.io, rejected by local policy"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Attachment is not infected; Virus.MSWord.Thus.ag found in the message body"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Attachment is not infected; Virus.MSExcel.Laroux.ca found in the message body"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Attachment is not infected; Virus.BAT.Agent.ai found in the message body"), OutcomeBounced, CategorySpamContent},
		{r("554 5.7.1 Attachment is not infected; HTML/Phishing.Agent.AT found in the message body"), OutcomeBounced, CategorySpamContent},
	})
}

// TestDenialsInOtherLanguages: the commonest negations of German, French,
// Spanish, Italian and Portuguese deny a cause as English ones do (nicht,
// kein; n'est pas; no es; non è; não é), before the cause or after it as
// its clause's subject ("Greylisting ist nicht der Grund"). The controls
// state the cause. The phrasings do not train the model.
func TestDenialsInOtherLanguages(t *testing.T) {
	checkKinds(t, "denials in other languages", []kindCase{
		{r("550 5.7.1 Ihre IP-Adresse ist nicht auf der Blacklist; Nachricht wegen Richtlinie abgelehnt"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Message refusé par la politique locale (ce n'est pas un virus)"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Mensaje rechazado por política local: no es un virus"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Messaggio rifiutato dalla policy locale: non è un virus"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.7.1 Mensagem recusada pela política local: não é um vírus"), OutcomeBounced, CategoryPolicyRejected},
		{r("451 4.7.1 Greylisting ist nicht der Grund; Server ausgelastet, bitte später erneut versuchen"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 Le greylisting n'est pas la cause; serveur occupé, réessayez plus tard"), OutcomeDeferred, CategoryServerError},
		{r("451 4.7.1 El greylisting no es la causa; servidor ocupado, inténtelo más tarde"), OutcomeDeferred, CategoryServerError},
		// controls: the cause stated
		{r("550 5.7.1 Abgelehnt: Virus gefunden"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Votre message contient un virus"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 El mensaje contiene un virus"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Ihre IP-Adresse ist auf der Blacklist"), OutcomeBounced, CategoryBlocklisted},
		{r("451 4.7.1 Greylisting aktiv, bitte später erneut versuchen"), OutcomeDeferred, CategoryGreylisted},
		{r("550 5.7.1 No es posible entregar: virus detectado"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Non consegnato: virus rilevato"), OutcomeBounced, CategorySpamContent},
	})
}

func TestListItemBefore(t *testing.T) {
	for _, tc := range []struct {
		text, word, item string
	}{
		{"not listed on spamhaus or spamcop", "spamcop", "spamhaus"},
		{"not listed on sorbs, spamhaus or uceprotect", "spamhaus", "sorbs"},
		{"not listed on sorbs, spamhaus or uceprotect", "uceprotect", "spamhaus"},
		{"not spam or a virus", "virus", "spam"},
		{"neither on spamhaus nor on spamcop", "spamcop", ""}, // "on" between: deniedAt reads "nor" itself
		{"spamhaus, or spamcop", "spamcop", "spamhaus"},
		{"not delivered. virus found", "virus", ""},
		{"not on spamhaus or any other dnsbl", "dnsbl", "spamhaus"},
		{"no virus, phishing detected", "phishing", ""}, // the list does not go on
		{"not infected, phishing or malware link detected", "phishing", ""},
		{"not infected, phishing or malware link detected", "malware", ""},
		{"not listed on sorbs, spamhaus or spamcop lists your ip", "spamhaus", ""},
		{"not listed on sorbs, spamhaus or spamcop)", "spamhaus", "sorbs"},
		{"not listed on spamhaus, blacklisted locally", "blacklisted", ""},
		{"not delivered: virus found", "virus", ""},
		{"virus", "virus", ""},
	} {
		i := strings.LastIndex(tc.text, tc.word)
		is, ie, ok := listItemBefore([]byte(tc.text), i)
		got := ""
		if ok {
			got = tc.text[is:ie]
		}
		if got != tc.item {
			t.Errorf("listItemBefore(%q, %q) = %q, want %q", tc.text, tc.word, got, tc.item)
		}
	}
}

func TestDeniedAfter(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"throttling is not the reason for this deferral", "throttling", true},
		{"greylisting isn't the cause", "greylisting", true},
		{"spamhaus was not the reason here", "spamhaus", true},
		// attacker review S47 A1, A2: a problem denied, or a relative
		// clause, says the cause is at work and harmless
		{"spamhaus was not the problem here", "spamhaus", false},
		{"greylisting is not a problem", "greylisting", false},
		{"greylisting isn't an issue for compliant servers", "greylisting", false},
		{"greylisting is not a reason to give up", "greylisting", false},
		{"you are greylisted which is not the reason", "greylisted", false},
		{"el greylisting no es un problema", "greylisting", false},
		{"greylisting ist nicht das problem, sondern die losung", "greylisting", false},
		{"rate limiting is not the cause", "rate", true},
		{"greylisting is in effect", "greylisting", false},
		{"greylisting is the reason", "greylisting", false},
		{"greylisted, the reason is not known", "greylisted", false},
		{"greylisting ist nicht der grund", "greylisting", true},
		{"le greylisting n'est pas la cause", "greylisting", true},
		{"el greylisting no es la causa", "greylisting", true},
		{"il greylisting non e il motivo", "greylisting", true},
		{"greylisting ist aktiv", "greylisting", false},
		{"los greylisting no son la causa", "greylisting", true},
		{"throttling is not enabled", "throttling", false},
		{"spamhaus", "spamhaus", false},
	} {
		i := strings.Index(tc.text, tc.word)
		if got := deniedAfter([]byte(tc.text), tokenEnd([]byte(tc.text), i+len(tc.word))); got != tc.want {
			t.Errorf("deniedAfter(%q after %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
