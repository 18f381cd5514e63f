package diagnose

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// kindCase is one response of a failure kind from issue 14, with the
// expected outcome and category. Several phrasings per kind, most of them
// not the ones the issue quotes, so the tests check the kind, not a string.
type kindCase struct {
	in      Input
	outcome string
	cat     string
}

func runKinds(t *testing.T, name string, cases []kindCase) {
	t.Helper()
	if path := os.Getenv("DIAGNOSE_KINDS_OUT"); path != "" {
		// The phrasings double as labelled examples of the project's
		// conventions for the model: TestTrainingPhrasings collects them
		// through this variable into testdata/kinds.jsonl.
		_, file, _, _ := runtime.Caller(1)
		appendKinds(t, path, filepath.Base(file), name, cases)
	}
	checkKinds(t, name, cases)
}

// checkKinds checks each case with the rules alone (the design issue 14
// asks for) and with the classifier as shipped, model included. runKinds
// calls it; a test whose phrasings must not train the model calls it
// directly.
func checkKinds(t *testing.T, name string, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		for _, c := range []struct {
			who string
			cl  *Classifier
		}{{"rules", testRules}, {"rules+model", testClassifier}} {
			got := c.cl.Classify(tc.in)
			if got.Outcome != tc.outcome || got.Category != tc.cat {
				t.Errorf("%s (%s): %.110q: got %s/%s, want %s/%s", name, c.who, tc.in.Response, got.Outcome, got.Category, tc.outcome, tc.cat)
			}
		}
	}
}

// checkModelKinds checks cases against the classifier with its model
// alone: near misses whose right answer the rules alone do not give and
// the model does, which a settled rule must leave to the model.
func checkModelKinds(t *testing.T, name string, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		if got := testClassifier.Classify(tc.in); got.Outcome != tc.outcome || got.Category != tc.cat {
			t.Errorf("%s: %.110q: got %s/%s, want %s/%s", name, tc.in.Response, got.Outcome, got.Category, tc.outcome, tc.cat)
		}
	}
}

func r(s string) Input { return Input{Response: s} }

// kindsUntrained are the kinds tests whose phrasings do not train the
// model: a reply code or enhanced code with a filler ("421 zork", "554
// 5.5.3 oops") checks the codes' own meaning, and a model trained on it
// would learn the filler word — which would then count as a word it
// knows (linear.ScoresKnown) and let its priors overrule the codes.
// Any phrasing with the filler "zork" is left out for the same reason.
//
// "localized report around an English reply" is left out too: its
// phrasings put one provider's preface before one cause each, and a model
// trained on them learnt the preface as the cause (review S23B-2: every
// reply behind the Chinese preface read as mailbox_full). The rules carry
// that kind (settled for a reply mostly in another script).
var kindsUntrained = map[string]bool{
	"second review S47 near misses": true,
	"attacker S47 near misses":      true,
	"review S47 near misses":        true, "denials in other languages": true,
	"denials in lists and after the cause": true,
	"newcomer review S46":                  true, "review S46 near misses": true, "signature names": true, "denied causes, broad rules": true, "review S45B near misses": true, "DT kinds": true, "review S45 near misses": true, "negated causes": true, "DS kinds": true, "newcomer review S44": true, "review S44 near misses": true, "catalogue fills that name a cause": true, "DR kinds": true, "DO and DP kinds": true, "narrow rules yield": true, "review S43D near misses": true, "DN kinds": true, "DM kinds": true, "newcomer review S43": true, "DL kinds": true, "DI kinds": true, "DG kinds": true, "DE kinds": true, "S43 kinds": true, "DC kinds": true, "newcomer review S42": true, "review S42B near misses": true, "DA kinds": true, "review S42 near misses": true, "CY kinds": true, "Duplicati kinds": true, "Deluge kinds": true, "qBittorrent kinds": true, "TrueNAS kinds": true, "CW kinds": true, "newcomer review S41": true, "PHPMailer kinds": true, "Joomla kinds": true, "review S41C near misses": true, "CU kinds": true, "review S41B near misses": true, "Opie kinds": true, "Twake Mail kinds": true, "Ltt.rs kinds": true, "Maily kinds": true, "imail kinds": true, "CS kinds": true, "CT kinds": true, "Invoice Ninja kinds": true, "git send-email kinds": true, "Jenkins kinds": true, "phpList kinds": true, "review S41A near misses": true, "CQ kinds": true, "CR kinds": true, "MailPoet kinds": true, "Gaia kinds": true, "Keila kinds": true, "Tine kinds": true, "ZITADEL kinds": true, "EspoCRM kinds": true, "Metabase kinds": true, "own server lookup": true, "CP kinds": true, "Roundup kinds": true, "CN kinds": true, "YAM kinds": true, "review S40B near misses": true, "CO kinds": true, "CL kinds": true, "CK kinds": true, "CJ kinds": true, "review S40A near misses": true, "CI kinds": true, "review S39E near misses": true, "newcomer review S39": true, "CH kinds": true, "review S39D near misses": true, "CG kinds": true, "review S39C near misses": true, "CF kinds": true, "review S39 near misses": true, "review S39B near misses": true, "CE kinds": true, "CD kinds": true, "fallbacks, more": true, "code meaning over fillers": true,
	// review S27A-2: the model learnt Outlook's template words as policy
	"Outlook report in other languages":        true,
	"localized report around an English reply": true,
	// review S43's probes (review_s43_test.go), near misses of session 43's rules
	"review S43 near misses": true,
	// review S43B's probes (review_s43b_test.go), near misses of ca629de's and 5720b05's rules
	"review S43B near misses": true,
	// review S43C's probes (review_s43c_test.go), near misses of b771e85's rules
	"review S43C near misses": true,
	// the same lesson for a preface before an English cause without a code
	// (kinds_bg_test.go): the model reads from the English words anyway
	"other-script preface without a code": true,
	// settled by its rule; as rows, the model learnt 'unusual' as a rate
	// ("451 something unusual", TestOutcomeRules)
	"gmail requests to connect": true,
	// probe BK: mail clients' translated templates (Thunderbird, Roundcube,
	// PHPMailer) whose words around the cause are the same for every cause,
	// replies in scripts the model reads a letter at a time, sent notices
	// and DSN options; their rules are settled (kinds_bk_test.go)
	"BK kinds, untrained": true,
	// probe BM: a Postfix log record is read by code (postfixLogLine) and
	// the MX lookup rule is settled; as rows they flipped Roundcube's Greek
	// report of a 552 'exceeded storage allocation' (bk-009) to a size
	// limit
	"BM kinds": true,
	// probe BN: Outlook's error numbers and the TLS demand are read by
	// settled rules; as rows, the Japanese reports would teach the model
	// their template's words
	"BN kinds": true,
	// probe BO: a destination domain named invalid is read by a settled
	// rule
	"BO kinds": true,
	// probes BP to BT: rules, measured with the model they were scored
	// blind with
	"BP kinds":                true,
	"BQ kinds":                true,
	"BR kinds":                true,
	"BS kinds":                true,
	"BT kinds":                true,
	"BU kinds":                true,
	"BV kinds":                true,
	"BW kinds":                true,
	"BX kinds":                true,
	"BY kinds":                true,
	"BZ kinds":                true,
	"CA kinds":                true,
	"CB kinds":                true,
	"CC kinds":                true,
	"review S36 near misses":  true,
	"review S36B near misses": true,
	"review S36C near misses": true,
	"review S37 near misses":  true,
	"review S37B near misses": true,
	"review S37C near misses": true,
	"review S38 near misses":  true,
	"review S38B near misses": true,
	"review S38C near misses": true,
	"review S40C near misses": true, // review S40C: the near misses of batch CK's rules (review_s40c_test.go)
	"review S40D near misses": true, // review S40D: the near misses of batches CL's, CM's and CO's rules (review_s40d_test.go)
	"review S40E near misses": true, // review S40E: the near misses of batch CN's rules outside Roundup (review_s40e_test.go)
	"review S35B near misses": true}

// appendKinds writes the phrasings of one kinds test to path, one JSON
// line each, named by the test file and the test's name.
func appendKinds(t *testing.T, path, file, name string, cases []kindCase) {
	if kindsUntrained[name] {
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, tc := range cases {
		if strings.Contains(strings.ToLower(tc.in.Response), "zork") {
			continue
		}
		l := phrasing{Response: tc.in.Response, Outcome: tc.outcome, Category: tc.cat,
			Source: "diagnose/" + file + " phrasings (" + name + ")"}
		if tc.in.Code != 0 {
			l.Code = &tc.in.Code
		}
		if tc.in.Enhanced != "" {
			l.Enhanced = &tc.in.Enhanced
		}
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
	}
}

// Kind 1: words about the sender, the relay or the local MTA are not the
// recipient's state.
func TestKindOtherParty(t *testing.T) {
	runKinds(t, "other party", []kindCase{
		{r("delivery temporarily suspended: connect to mx.example.net[192.0.2.68]:25: Operation timed out"), OutcomeDeferred, CategoryConnectionFailed},
		{r("delivery temporarily suspended: host mx.example.net[192.0.2.68] refused to talk to me: 421 4.7.0 Too many connections, try again later"), OutcomeDeferred, CategoryRateLimited},
		{r("delivery temporarily suspended: lost connection with mx.example.org[198.51.100.4] while receiving the initial server greeting"), OutcomeDeferred, CategoryConnectionFailed},
		{r("delivery temporarily suspended: Host or domain name not found. Name service error for name=mx.example.org type=A: Host not found, try again"), OutcomeDeferred, CategoryDomainNotFound},
		{r("550 5.7.1 The sender account is disabled; contact your administrator"), OutcomeBounced, CategoryPolicyRejected},
		{r("554 5.7.1 Your account has been suspended for sending spam"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.4.5 example.com has exceeded its quota for sending messages"), OutcomeBounced, CategoryRateLimited},
		{r("451 4.7.1 Relay quota exceeded for this hour, try later"), OutcomeDeferred, CategoryRateLimited},
		{r("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852"), OutcomeBounced, CategoryRateLimited},
		// Replies to MAIL FROM concern the sender, whatever they say.
		{r("host mx.example.net[192.0.2.3] said: 550 5.1.1 <news@example.org>... User unknown (in reply to MAIL FROM command)"), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1234: 550 No such domain example.org"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Kind 2: the name of a mechanism is not a failure of it.
func TestKindMechanismNames(t *testing.T) {
	runKinds(t, "mechanism", []kindCase{
		{r("421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n421-4.7.28 from your DKIM domain [example.com 12]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited."), OutcomeDeferred, CategoryRateLimited},
		{r("421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your SPF domain [example.net]; rate limited"), OutcomeDeferred, CategoryRateLimited},
		{r("554 Transaction failed: Duplicate header 'DKIM-Signature'."), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Mail from example.com rejected: DMARC policy is reject and the message failed alignment"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("550 5.7.23 The message was rejected because of Sender Policy Framework violation"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("451 4.7.24 The SPF record of the sending domain has one or more suspicious entries"), OutcomeDeferred, CategoryAuthenticationFailed},
	})
}

// Kind 3: resource words about the server are not the user's mailbox.
func TestKindServerResources(t *testing.T) {
	runKinds(t, "resources", []kindCase{
		{r("452 4.4.5 Insufficient disk space; try again later"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Insufficient system storage"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 Error: queue file write error"), OutcomeDeferred, CategoryServerError},
		{r("452 4.3.1 Mail system full; try later"), OutcomeDeferred, CategoryServerError},
		{r("cannot append message to file /var/mail/bob: No space left on device"), OutcomeDeferred, CategoryServerError},
		// The user's quota stays a full mailbox.
		{r("552 5.2.2 <bob@example.org>: user disk quota exceeded"), OutcomeBounced, CategoryMailboxFull},
		{r("452 4.2.2 The recipient's inbox is out of storage space"), OutcomeDeferred, CategoryMailboxFull},
	})
}

// Kind 4: specific codes beat weak generic words; SMTP AUTH refusals are policy.
func TestKindSpecificCodes(t *testing.T) {
	runKinds(t, "specific codes", []kindCase{
		{r("550 5.1.1 Address rejected user@example.com"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.1.1 <bob@example.net>: rejected"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.2.2 rejected: try again later"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Not accepted"), OutcomeBounced, CategoryMailboxDisabled},
		{r("501 5.1.3 Invalid address"), OutcomeBounced, CategorySyntaxError},
		{r("534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1>\n534-5.7.14 Please log in via your web browser and\n534 5.7.14 then try again. - gsmtp"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.8 Username and Password not accepted. Please try again later"), OutcomeBounced, CategoryPolicyRejected},
		{r("535 5.7.1 Please log in with your web browser and then try again."), OutcomeBounced, CategoryPolicyRejected},
		{r("454 4.7.0 Too many login attempts, please try again later."), OutcomeDeferred, CategoryPolicyRejected},
		{r("525 5.7.13 Disabled recipient address"), OutcomeBounced, CategoryMailboxDisabled},
		{r("550 Unknown user x@example.org 503 Bad sequence of commands"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Kind 5: codes have a meaning of their own when no phrase matches.
func TestKindCodeFallbacks(t *testing.T) {
	runKinds(t, "fallbacks", []kindCase{
		{r("551 see ya"), OutcomeBounced, CategoryUserUnknown},
		{r("550 5.2.0 see ya"), OutcomeBounced, CategoryMailboxDisabled},
		{r("450 4.2.0 see ya"), OutcomeDeferred, CategoryMailboxDisabled},
		{r("550 5.1.0 see ya"), OutcomeBounced, CategoryUserUnknown},
		{r("553 5.1.7 see ya"), OutcomeBounced, CategorySyntaxError},    // RFC 3463 X.1.7: bad sender's mailbox address syntax
		{r("553 5.1.8 see ya"), OutcomeBounced, CategoryPolicyRejected}, // X.1.8: bad sender's system address
		{r("550 5.1.6 see ya"), OutcomeBounced, CategoryUserUnknown},    // X.1.6: mailbox has moved
		{r("452 4.4.5 see ya"), OutcomeDeferred, CategoryServerError},   // X.4.5: system congestion
		{r("451 4.4.1 see ya"), OutcomeDeferred, CategoryConnectionFailed},
		{r("550 5.3.4 see ya"), OutcomeBounced, CategoryMessageTooLarge},
		{r("554 5.4.0 see ya"), OutcomeBounced, CategoryConnectionFailed},
		{r("451 4.3.0 see ya"), OutcomeDeferred, CategoryServerError},
		{r("554 5.6.3 see ya"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.0 see ya"), OutcomeBounced, CategoryPolicyRejected},
		{r("521 see ya"), OutcomeBounced, CategoryDomainNotFound},
		{r("530 see ya"), OutcomeBounced, CategoryPolicyRejected},
		{r("538 see ya"), OutcomeBounced, CategoryTLSRequired},
		// RFC 5321 §4.2.2 554 "Transaction failed" names no cause: a refusal, read like 550 (probe AW)
		{r("554 see ya"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// Local-MTA wrappers of every common MTA are removed before the rules run.
func TestKindWrappers(t *testing.T) {
	runKinds(t, "wrappers", []kindCase{
		{r("smtp;550 5.1.1 <a@example.org>... User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("SMTP error from remote mail server after RCPT TO:<a@example.org>: host mx.example.org [192.0.2.1]: 452 4.2.2 Over quota"), OutcomeDeferred, CategoryMailboxFull},
		{r("192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown\nGiving up on 192.0.2.1."), OutcomeBounced, CategoryUserUnknown},
		{r("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"), OutcomeBounced, CategoryUserUnknown},
		{r("An error occurred while trying to deliver the mail to the following recipients: a@example.org 552 5.2.2 Mailbox full"), OutcomeBounced, CategoryMailboxFull},
		{r("Delivery to the following recipient failed permanently: Technical details of permanent failure: The recipient server did not accept our requests to connect."), OutcomeBounced, CategoryConnectionFailed},
		{r("failed,5.1.1 (bad destination mailbox address),smtp;553 Relaying disallowed"), OutcomeBounced, CategoryPolicyRejected},
		// A verdict quoting a reply keeps the verdict's outcome.
		{r("192.0.2.9 does not like recipient. Remote host said: 450 4.2.2 Mailbox full. I'm not going to try again; this message has been in the queue too long."), OutcomeBounced, CategoryExpired},
	})
}

// Issue 14's Postfix observations: "Host not found, try again" is a
// temporary resolver failure; its advice must not blame the recipient.
func TestTemporaryDNSAdvice(t *testing.T) {
	for _, s := range []string{
		"Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again",
		"Name service error for domain example.com: Host not found, try again",
		"mx.example.com: host name lookup failure",
	} {
		res := testClassifier.Classify(r(s))
		if res.Outcome != OutcomeDeferred || res.Category != CategoryDomainNotFound {
			t.Errorf("%q: %s/%s", s, res.Outcome, res.Category)
		}
		if res.Advice.WhoActs != WhoSender || !containsFold(res.Advice.Summary, "temporar") {
			t.Errorf("%q: advice %+v does not describe a temporary lookup failure", s, res.Advice)
		}
	}
	perm := testClassifier.Classify(r("Host or domain name not found. Name service error for name=nonexist.example type=A: Host not found"))
	if perm.Outcome != OutcomeBounced || !containsFold(perm.Advice.Check, "dig MX") {
		t.Errorf("permanent NXDOMAIN: %+v", perm)
	}
}

// Non-English bounces from the providers that send them, for the main
// categories.
func TestKindNonEnglish(t *testing.T) {
	runKinds(t, "languages", []kindCase{
		// German (T-Online, GMX/WEB.DE, Strato)
		{r("550 5.1.1 Benutzer unbekannt / User unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Das Postfach des Empfaengers ist voll"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Das Konto ist gesperrt"), OutcomeBounced, CategoryMailboxDisabled},
		{r("421 4.7.0 Zu viele Verbindungen von Ihrer IP-Adresse"), OutcomeDeferred, CategoryRateLimited},
		// French (Orange, Free, La Poste)
		{r("550 5.1.1 Utilisateur inconnu"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Boîte aux lettres du destinataire est pleine"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Votre IP est sur liste noire"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.7.1 Message considéré comme pourriel"), OutcomeBounced, CategorySpamContent},
		// Spanish
		{r("550 5.1.1 Usuario desconocido"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 El buzón del destinatario está lleno"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Cuenta desactivada"), OutcomeBounced, CategoryMailboxDisabled},
		// Italian (Libero, Aruba)
		{r("550 5.1.1 Utente inesistente"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Casella piena, quota superata"), OutcomeBounced, CategoryMailboxFull},
		{r("451 4.7.1 Troppi messaggi, riprovare più tardi"), OutcomeDeferred, CategoryRateLimited},
		// Dutch (Ziggo, KPN)
		{r("550 5.1.1 Onbekende ontvanger"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Mailbox is vol"), OutcomeBounced, CategoryMailboxFull},
		// Portuguese (UOL, Terra, Sapo)
		{r("550 5.1.1 Usuário inexistente"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Caixa postal cheia"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.2.1 Conta desativada"), OutcomeBounced, CategoryMailboxDisabled},
		// Russian (Yandex, Mail.ru, Rambler)
		{r("550 5.1.1 Пользователь не найден"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 Почтовый ящик переполнен"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.7.1 Сообщение отклонено как спам"), OutcomeBounced, CategorySpamContent},
		// Japanese (docomo, au, Biglobe)
		{r("550 5.1.1 宛先のユーザが存在しません"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 メールボックスがいっぱいです"), OutcomeBounced, CategoryMailboxFull},
		// Chinese (QQ, NetEase)
		{r("550 5.1.1 用户不存在"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.2.2 邮箱已满"), OutcomeBounced, CategoryMailboxFull},
		{r("554 5.7.1 该邮件被判定为垃圾邮件"), OutcomeBounced, CategorySpamContent},
		{r("421 4.7.0 发送频率过快"), OutcomeDeferred, CategoryRateLimited},
	})
}

func containsFold(s, sub string) bool { return indexFoldASCII(s, sub) >= 0 }

// TestRulesCarrySources: every rule says why it exists and where the
// meaning comes from, so the tables stay reviewable.
func TestRulesCarrySources(t *testing.T) {
	for ti, table := range ruleTables {
		if ti == 1 {
			table = providerCodeRules()
		}
		for i, r := range table {
			if r.why == "" {
				t.Errorf("table %d rule %d (%s) has no why", ti, i, r.cat)
			}
		}
	}
}

// A receiving server's own spam or virus scanner that is down or timed out
// has not judged the message: that is the server's fault, not spam.
func TestKindScannerOutage(t *testing.T) {
	runKinds(t, "scanner outage", []kindCase{
		{r("451 4.7.1 Service unavailable: spamd is not responding, try later"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.2 Virus scanner unavailable, message deferred"), OutcomeDeferred, CategoryServerError},
		{r("451 4.3.0 amavis: unable to connect to clamd socket /run/clamav/clamd.sock"), OutcomeDeferred, CategoryServerError},
		{r("host mx.example.net[192.0.2.4] said: 451 4.7.0 rspamd timed out while scanning the message (in reply to end of DATA command)"), OutcomeDeferred, CategoryServerError},
		// A verdict the scanner did reach is still the content's.
		{r("554 5.7.1 Spam detected by SpamAssassin (score 12.4)"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Message rejected by content filter: virus found (Eicar-Test-Signature)"), OutcomeBounced, CategorySpamContent},
	})
}

// Non-delivery reports written in the sender's language (Microsoft 365 and
// Gmail localize their NDR bodies): the sentence says the category and that
// delivery failed for good.
func TestKindLocalizedReports(t *testing.T) {
	runKinds(t, "localized reports", []kindCase{
		{r("Die Nachricht konnte nicht zugestellt werden, weil der Empfänger nicht gefunden wurde."), OutcomeBounced, CategoryUserUnknown},
		{r("Votre message n'a pas pu être remis : la boîte aux lettres du destinataire est pleine."), OutcomeBounced, CategoryMailboxFull},
		{r("No se pudo entregar el mensaje porque el dominio del destinatario no existe."), OutcomeBounced, CategoryDomainNotFound},
		{r("Il messaggio non è stato recapitato: l'utente destinatario è sconosciuto."), OutcomeBounced, CategoryUserUnknown},
		{r("Uw bericht kon niet worden bezorgd omdat het te groot is."), OutcomeBounced, CategoryMessageTooLarge},
		{r("A mensagem não pôde ser entregue: a conta do destinatário está desativada."), OutcomeBounced, CategoryMailboxDisabled},
		{r("Не удалось доставить сообщение: почтовый ящик получателя переполнен."), OutcomeBounced, CategoryMailboxFull},
		{r("Sie sind nicht berechtigt, an diese Gruppe zu senden."), OutcomeBounced, CategoryPolicyRejected},
		{r("メッセージを配信できませんでした。宛先のユーザが存在しません。"), OutcomeBounced, CategoryUserUnknown},
	})
}

// Two words that each say half of a category, put together in wordings no
// phrase table lists.
func TestKindCompositions(t *testing.T) {
	runKinds(t, "compositions", []kindCase{
		{r("552 Sorry, the mailbox of a@example.org has no more space"), OutcomeBounced, CategoryMailboxFull},
		{r("550 That recipient <a@example.org> is not recognized here"), OutcomeBounced, CategoryUserUnknown},
		{r("550 The account a@example.org was deactivated by its owner"), OutcomeBounced, CategoryMailboxDisabled},
		{r("451 Your session was dropped by the server after 30 s"), OutcomeDeferred, CategoryConnectionFailed},
		{r("554 Message size of 52 MB is more than this system accepts"), OutcomeBounced, CategoryMessageTooLarge},
		{r("450 Too many messages from your network this hour"), OutcomeDeferred, CategoryRateLimited},
		{r("550 MX record of example.invalid not found"), OutcomeBounced, CategoryDomainNotFound},
		// The sender's own account is not the recipient's.
		{r("550 Your account has been suspended for sending spam"), OutcomeBounced, CategoryPolicyRejected},
	})
}

// The sending MTA's own log and pipe texts: Exim's "**" (failed) and "=="
// (deferred) flags, the output of a local delivery command, client
// libraries' resolver, socket and certificate errors.
func TestKindLocalMTATexts(t *testing.T) {
	runKinds(t, "local MTA texts", []kindCase{
		{r("** a@example.org R=dnslookup: Unrouteable address"), OutcomeBounced, CategoryDomainNotFound},
		{r("== a@example.org R=dnslookup T=remote_smtp defer (111): Connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("== a@example.org R=virtual T=virtual_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to tmp/1.H2)"), OutcomeDeferred, CategoryMailboxFull},
		{r("Command died with status 67: \"/usr/lib/dovecot/deliver\". Command output: Unknown user"), OutcomeBounced, CategoryUserUnknown},
		// pipe(8) reports EX_TEMPFAIL as a temporary failure, not as "died with status".
		{r("temporary failure. Command output: lda: Error: Failed to open mailbox INBOX: Internal error occurred"), OutcomeDeferred, CategoryServerError},
		{r("save to mailbox is full: retry time not reached"), OutcomeDeferred, CategoryMailboxFull},
		{r("dial tcp 192.0.2.8:25: connect: connection refused"), OutcomeDeferred, CategoryConnectionFailed},
		{r("lookup mx.example.invalid on 127.0.0.53:53: no such host"), OutcomeBounced, CategoryDomainNotFound},
		{r("lookup example.org on 127.0.0.53:53: server misbehaving"), OutcomeDeferred, CategoryDomainNotFound},
		{r("x509: certificate signed by unknown authority"), OutcomeDeferred, CategoryTLSRequired},
		{r("TLS is required, but host mx.example.org[192.0.2.8] refused to start TLS: 502 5.5.1 Unrecognized command"), OutcomeDeferred, CategoryTLSRequired},
	})
}
