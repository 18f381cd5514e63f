package diagnose

import (
	"strings"
	"sync"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

var testClassifier = New()

// testRules answers with the rules alone: the kinds tests (kinds*_test.go)
// pin the rule design issue 14 asks for on the rules alone as well as on
// the classifier as shipped (testClassifier, with the model).
var testRules = New(RulesOnly())

func TestParseReply(t *testing.T) {
	tests := []struct {
		in       string
		code     int
		enhanced string
	}{
		{"550 5.1.1 User unknown", 550, "5.1.1"},
		{"550-5.7.26 The MAIL FROM domain\n550 5.7.26 blocked", 550, "5.7.26"},
		{"421-4.7.0 [TSS04] Messages", 421, "4.7.0"},
		{"250 ok 1732621845 qp 30417", 250, ""},
		{"451 4.4.397 Error communicating", 451, "4.4.397"},
		{"554 4.4.7 Message expired", 554, "4.4.7"},
		{"550", 550, ""},
		{"  452 4.2.2 full", 452, "4.2.2"},
		{"550 5.1.10 RESOLVER.ADR.RecipientNotFound", 550, "5.1.10"},
		{"550 4.16.55.1 odd", 550, ""}, // four parts is not an enhanced code
		{"550 5.1.1234 odd", 550, ""},  // detail too long
		{"5500 not a code", 0, ""},     // four digits
		{"650 nope", 0, ""},            // class 6 does not exist
		{"lost connection with mx[1.2.3.4]", 0, ""},
		{"Sorry, no mailbox here by that name. (#5.1.1)", 0, ""}, // qmail codes are not reply codes
		{"host mx.example.net[198.51.100.5] said: 550 5.1.1 <a@b>: User unknown (in reply to RCPT TO command)", 550, "5.1.1"},
		{"host mx.example.net[198.51.100.5] refused to talk to me: 554 5.7.1 blocked", 554, "5.7.1"},
		{"SASL authentication failed; server smtp.example.net[198.51.100.30] said: 535 5.7.8 Error", 0, ""},
		{"", 0, ""},
		{"55", 0, ""},
	}
	for _, tt := range tests {
		code, enh := ParseReply(tt.in)
		if code != tt.code || enh != tt.enhanced {
			t.Errorf("ParseReply(%q) = %d %q, want %d %q", tt.in, code, enh, tt.code, tt.enhanced)
		}
	}
}

func TestStatusHelpers(t *testing.T) {
	if st := qmailStatus("User disk quota exceeded. (#4.3.0)"); st != (status{4, 3, 0}) {
		t.Errorf("qmailStatus = %+v", st)
	}
	if st := qmailStatus("no code (#5.1) here"); st.valid() {
		t.Errorf("qmailStatus accepted a partial code: %+v", st)
	}
	if st := leadingStatus("5.4.7 - Delivery expired"); st != (status{5, 4, 7}) {
		t.Errorf("leadingStatus = %+v", st)
	}
	p := parseCodePattern("x.7.606-649")
	for _, tt := range []struct {
		s    status
		want bool
	}{{status{5, 7, 606}, true}, {status{4, 7, 649}, true}, {status{5, 7, 650}, false}, {status{5, 6, 606}, false}, {status{}, false}} {
		if got := p.match(tt.s); got != tt.want {
			t.Errorf("match(%+v) = %v", tt.s, got)
		}
	}
	if !parseCodePattern("x.5.*").match(status{5, 5, 4}) || parseCodePattern("5.1.1").match(status{4, 1, 1}) {
		t.Error("wildcard or class pattern wrong")
	}
	for _, bad := range []string{"", "7.1.1", "x.1", "x.a.1", "x.1.2-", "x.1.2-3-4"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("parseCodePattern(%q) did not panic", bad)
				}
			}()
			parseCodePattern(bad)
		}()
	}
}

func TestOutcomeRules(t *testing.T) {
	tests := []struct {
		name    string
		in      Input
		outcome string
		cat     string
	}{
		{"2xx delivered", Input{Response: "250 2.0.0 Ok: queued as 4Xyz"}, OutcomeDelivered, CategoryDelivered},
		{"code class wins over wording", Input{Response: "450 <a@b>: Recipient address rejected: undeliverable address: host x said: 550 no mailbox here by that name"}, OutcomeDeferred, CategoryUserUnknown},
		{"5xx with 4.x.x enhanced is bounced", Input{Response: "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"}, OutcomeBounced, CategoryExpired},
		{"4xx with 5.x.x enhanced is deferred", Input{Response: "421-5.7.32 Your email was blocked because the From: header is not aligned with DKIM"}, OutcomeDeferred, CategoryAuthenticationFailed},
		{"explicit code wins over text", Input{Code: 451, Response: "mailbox unavailable"}, OutcomeDeferred, CategoryServerError}, // RFC 5321 §4.2.2 450/451: the mailbox for now
		{"qmail #4 deferred", Input{Response: "Sorry, I couldn't find any host by that name. (#4.1.2)"}, OutcomeDeferred, CategoryDomainNotFound},
		{"qmail #5 bounced", Input{Response: "Sorry, I couldn't find any host named x. (#5.1.2)"}, OutcomeBounced, CategoryDomainNotFound},
		{"qmail code decides category when wording does not", Input{Response: "Something odd happened. (#5.2.2)"}, OutcomeBounced, CategoryMailboxFull},
		{"postfix lost connection deferred", Input{Response: "lost connection with mx[1.2.3.4] while receiving the initial server greeting"}, OutcomeDeferred, CategoryConnectionFailed},
		{"postfix conversation timed out", Input{Response: "conversation with mx[1.2.3.4] timed out while sending RCPT TO"}, OutcomeDeferred, CategoryConnectionFailed},
		{"connection refused", Input{Response: "connect to mx.example.net[198.51.100.5]:25: Connection refused"}, OutcomeDeferred, CategoryConnectionFailed},
		{"host not found try again", Input{Response: "Host or domain name not found. Name service error for name=x.example type=MX: Host not found, try again"}, OutcomeDeferred, CategoryDomainNotFound},
		{"host not found", Input{Response: "Host or domain name not found. Name service error for name=x.example type=A: Host not found"}, OutcomeBounced, CategoryDomainNotFound},
		{"exim tls", Input{Response: "a TLS session is required, but the server did not offer TLS support"}, OutcomeDeferred, CategoryTLSRequired},
		{"exim retry timeout", Input{Response: "retry timeout exceeded"}, OutcomeBounced, CategoryExpired},
		{"message expired text", Input{Response: "Message expired after sitting in queue for 5 days"}, OutcomeBounced, CategoryExpired},
		{"mail loop bounced", Input{Response: "mail forwarding loop for a@b"}, OutcomeBounced, CategoryOther},
		{"expired hint wins", Input{Response: "connect to mx[1.2.3.4]:25: Connection timed out", Outcome: "expired"}, OutcomeExpired, CategoryExpired},
		{"soft bounce hint", Input{Response: "550 5.1.1 User unknown", Outcome: "SOFTBOUNCE"}, OutcomeDeferred, CategoryUserUnknown},
		{"sent hint", Input{Response: "delivered to mailbox", Outcome: "sent"}, OutcomeDelivered, CategoryDelivered},
		{"local delivery", Input{Response: "delivered to command: /usr/bin/procmail"}, OutcomeDelivered, CategoryDelivered},
		{"not delivered is not delivered", Input{Response: "message could not be delivered to mailbox: disk quota exceeded"}, OutcomeBounced, CategoryMailboxFull},
		{"unknown 4xx", Input{Response: "451 something unusual"}, OutcomeDeferred, CategoryServerError},
		{"unknown 5xx", Input{Response: "554 something unusual"}, OutcomeBounced, CategoryPolicyRejected}, // a 554 naming no cause, read like 550
		{"unknown 550", Input{Response: "550 something unusual"}, OutcomeBounced, CategoryPolicyRejected}, // RFC 5321 §4.2.2 "command rejected for policy reasons"
		{"bare 552", Input{Response: "552 Requested mail action aborted"}, OutcomeBounced, CategoryMailboxFull},
		{"empty", Input{}, OutcomeBounced, CategoryOther},
		{"invalid code ignored", Input{Code: 999, Response: "421 4.7.0 Too many connections"}, OutcomeDeferred, CategoryRateLimited},
	}
	for _, tt := range tests {
		got := testClassifier.Classify(tt.in)
		if got.Outcome != tt.outcome || got.Category != tt.cat {
			t.Errorf("%s: got %s/%s, want %s/%s", tt.name, got.Outcome, got.Category, tt.outcome, tt.cat)
		}
	}
}

func TestProviderAndBlocklist(t *testing.T) {
	tests := []struct {
		in        Input
		provider  string
		blocklist string
	}{
		{Input{Response: "550 5.7.1 Service unavailable, Client host [203.0.113.25] blocked using Spamhaus. AS(1450) [LO2P265CA0411.GBRP265.PROD.OUTLOOK.COM]"}, ProviderMicrosoft, "Spamhaus"},
		{Input{Response: "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org"}, "", "Spamhaus ZEN"},
		{Input{Response: "553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl\n553 Please visit www.messagelabs.com/support"}, ProviderMessageLabs, "Spamhaus PBL"},
		{Input{Response: "550 5.7.1 client blocked using b.barracudacentral.org", RemoteHost: "mx1.example.com.pphosted.com[1.2.3.4]"}, ProviderProofpoint, "Barracuda Reputation Block List"},
		{Input{Response: "554 Blocked, see https://www.uceprotect.net/en/rblcheck.php?ipr=1.2.3.4"}, "", "UCEPROTECT"},
		{Input{Response: "550 5.7.1 Mail from 1.2.3.4 refused - see http://www.spamcop.net/bl.shtml?1.2.3.4"}, "", "SpamCop"},
		{Input{Response: "550 5.7.1 listed in dnsbl.sorbs.net"}, "", "SORBS"},
		{Input{Response: "550 5.7.1 Unfortunately, messages from [1.2.3.4] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)."}, ProviderMicrosoft, "Outlook.com block list"},
		{Input{Response: "550 5.1.1 User unknown", RemoteHost: "gmail-smtp-in.l.google.com"}, ProviderGoogle, ""},
		{Input{Response: "550 5.1.1 User unknown", RemoteHost: "mx-biz.mail.am0.yahoodns.net."}, ProviderYahoo, ""},
		{Input{Response: "550 No such user (a@b)", RemoteHost: "d1.ess.barracudanetworks.com"}, ProviderBarracuda, ""},
		// A DNSBL vendor's host name in an unknown-user reply names no blocklist.
		{Input{Response: "550 5.1.1 <j@e.org>: Recipient address rejected: undeliverable address: host d2.ess.barracudanetworks.com[198.51.100.209] said: 550 No such user"}, ProviderBarracuda, ""},
		{Input{Response: "550 5.1.1 User unknown", RemoteHost: "mx.some.com"}, "", ""},
		{Input{Response: "550 5.1.1 user does not exist", RemoteHost: "mx01.mail.icloud.com"}, ProviderApple, ""},
		{Input{Response: "550 5.1.1 unknown <x@awesome.com>"}, "", ""}, // "me.com" inside a word is not Apple
	}
	for _, tt := range tests {
		got := testClassifier.Classify(tt.in)
		if got.Provider != tt.provider || got.Blocklist != tt.blocklist {
			t.Errorf("%.70q: provider %q blocklist %q, want %q %q", tt.in.Response, got.Provider, got.Blocklist, tt.provider, tt.blocklist)
		}
	}
}

func TestAdvice(t *testing.T) {
	for _, cat := range AllCategories() {
		a := baseAdvice(cat)
		if a.Summary == "" || a.Check == "" || (a.WhoActs == "") != (cat == CategoryDelivered) {
			t.Errorf("advice for %s incomplete: %+v", cat, a)
		}
		switch a.WhoActs {
		case "", WhoSender, WhoRecipient, WhoRecipientProvider:
		default:
			t.Errorf("advice for %s: unexpected WhoActs %q", cat, a.WhoActs)
		}
	}
	r := testClassifier.Classify(Input{Response: "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org"})
	if !strings.Contains(r.Advice.Check, "Spamhaus ZEN") || !strings.Contains(r.Advice.Check, "https://check.spamhaus.org") || !strings.Contains(r.Advice.Check, "203.0.113.25") {
		t.Errorf("blocklist advice not specialised: %q", r.Advice.Check)
	}
	r = testClassifier.Classify(Input{Response: "550 5.7.606 Access denied, banned sending IP [2001:db8::25]."})
	if r.Category != CategoryBlocklisted || !strings.Contains(r.Advice.Check, "sender.office.com") || !strings.Contains(r.Advice.Check, "2001:db8::25") {
		t.Errorf("Microsoft block advice: %+v", r)
	}
	r = testClassifier.Classify(Input{Response: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy - gsmtp"})
	if !strings.Contains(r.Advice.Check, "DMARC") || strings.Contains(r.Advice.Check, "SPF:") || !strings.Contains(r.Advice.Check, "support.google.com") {
		t.Errorf("auth advice: %q", r.Advice.Check)
	}
	r = testClassifier.Classify(Input{Response: "451 4.7.5 Remote certificate failed MTA-STS validation. Reason: NameMismatch"})
	if r.Category != CategoryTLSRequired || r.Advice.WhoActs != WhoRecipientProvider {
		t.Errorf("TLS advice: %+v", r)
	}
	r = testClassifier.Classify(Input{Response: "421-4.7.0 unusual rate of unsolicited mail originating from your IP address - gsmtp"})
	if r.Category != CategoryRateLimited || !strings.Contains(r.Advice.Check, "Gmail") {
		t.Errorf("rate advice: %+v", r)
	}
}

func TestAllCategoriesFresh(t *testing.T) {
	a := AllCategories()
	if len(a) != 18 || a[0] != CategoryDelivered || a[17] != CategoryOther {
		t.Fatalf("AllCategories = %v", a)
	}
	a[0] = "changed"
	if AllCategories()[0] != CategoryDelivered {
		t.Error("AllCategories shares its slice")
	}
	seen := map[string]bool{}
	for _, c := range AllCategories() {
		if seen[c] {
			t.Errorf("duplicate %s", c)
		}
		seen[c] = true
	}
}

// Every rule table category must be a real category name.
func TestRuleTablesUseKnownCategories(t *testing.T) {
	known := map[string]bool{}
	for _, c := range AllCategories() {
		known[c] = true
	}
	for _, r := range testClassifier.rules {
		if !known[r.cat] {
			t.Errorf("rule with unknown category %q", r.cat)
		}
	}
}

func TestRobustInput(t *testing.T) {
	huge := "550 5.1.1 " + strings.Repeat("x", 1<<20) + " user unknown"
	inputs := []Input{
		{},
		{Response: "\x00\xff\xfe\xc3"},
		{Response: string([]byte{0xe2, 0x82})},
		{Response: huge},
		{Response: strings.Repeat("\n", 10000)},
		{Response: strings.Repeat("550-", 5000)},
		{Response: "(#", Enhanced: "5.", Code: -1},
		{Response: "Boîte du destinataire pleine ÄÖÜß – “quota” İ Ⱥ"},
		{Response: "550 5.1.1 ok", Enhanced: "garbage"},
	}
	for _, in := range inputs {
		r := testClassifier.Classify(in)
		if r.Category == "" || r.Outcome == "" || r.Advice.Summary == "" {
			t.Errorf("incomplete result for %.40q: %+v", in.Response, r)
		}
	}
	// Only the first 4 KiB is read: the phrase at the end of huge is ignored.
	if r := testClassifier.Classify(Input{Response: huge}); r.Category != CategoryUserUnknown || r.Outcome != OutcomeBounced {
		t.Errorf("huge: %+v", r) // 5.1.1 still decides via the enhanced code
	}
	if r := testClassifier.Classify(Input{Response: "Boîte du destinataire pleine"}); r.Category != CategoryMailboxFull {
		t.Errorf("accent folding: %+v", r)
	}
	if r := testClassifier.Classify(Input{Response: "550 Der Empfänger ist unbekannt"}); r.Category != CategoryUserUnknown {
		t.Errorf("german: %+v", r)
	}
}

func TestNormalize(t *testing.T) {
	got := string(normalize(nil, "550-5.7.26 The MAIL FROM\n550-5.7.26 domain  has\t\r\n550 5.7.26 Ünïcode “x” \xff end", true))
	want := "the mail from domain has unicode \"x\" end"
	if got != want {
		t.Errorf("normalize = %q, want %q", got, want)
	}
	// Non-Latin scripts are lower-cased and written as nibble codes: upper
	// and lower case meet, invalid bytes become spaces.
	if got, want := string(normalize(nil, "\xff\xfe ПРИВЕТ", true)), string(normalize(nil, "привет", false)); got != want {
		t.Errorf("cyrillic fold = %q, want %q", got, want)
	}
	if got := normalize(nil, "用户", false); len(got) != 2*nibbleLen || got[0] != 0xC0 || got[nibbleLen] != 0xC0 {
		t.Errorf("CJK code = %x", got)
	}
}

func TestFirstIP(t *testing.T) {
	for in, want := range map[string]string{
		"Client host [203.0.113.25] blocked":        "203.0.113.25",
		"version 1.2.3.4.5 and 10.0.0.1 here":       "10.0.0.1",
		"banned sending IP [2001:db8:4e1::25].":     "2001:db8:4e1::25",
		"no address 999.1.1.1":                      "",
		"AS(1450) code 4.16.55; see x from 8.8.8.8": "8.8.8.8",
	} {
		if got := firstIP(in); got != want {
			t.Errorf("firstIP(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	c := New()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				r := c.Classify(Input{Response: "550 5.1.1 <a@b>: Recipient address rejected: User unknown in local recipient table"})
				if r.Category != CategoryUserUnknown {
					t.Errorf("got %s", r.Category)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzClassify: any response, code, enhanced code, host and outcome hint
// gives a known outcome and category, the processor's path agrees, and
// unwrapping returns a part of the text. The seed corpus is in
// testdata/fuzz/FuzzClassify.
func FuzzClassify(f *testing.F) {
	f.Add(550, "5.1.1", "550 5.1.1 User unknown", "mx.example.com", "")
	f.Add(0, "", "Sorry, I couldn't find any host named x. (#5.1.2)", "", "expired")
	f.Add(421, "", "421-4.7.0 [TSS04] \xff\xfe", "", "")
	// the session 39 paths: a sent notice with a free subject, go-smtp's
	// wrapper, a client text ending in a bare code, a catalogue text with
	// placeholders
	f.Add(0, "", "Message Invoice 2024 has been sent successfully", "", "")
	f.Add(0, "", "554 5.0.0 Error: transaction failed, blame it on the weather: 451 Failed", "", "")
	f.Add(0, "", "curl: (8) Got unexpected smtp-server response: 421", "", "")
	f.Add(0, "", "The identity of the smtp mail server at mx.example.com:25 could not be verified.", "", "")
	cats := map[string]bool{}
	for _, c := range AllCategories() {
		cats[c] = true
	}
	outs := map[string]bool{}
	for _, o := range AllOutcomes() {
		outs[o] = true
	}
	f.Fuzz(func(t *testing.T, code int, enh, resp, host, outcome string) {
		in := Input{Code: code, Enhanced: enh, Response: resp, RemoteHost: host, Outcome: outcome}
		r := testClassifier.Classify(in)
		if !cats[r.Category] || !outs[r.Outcome] {
			t.Fatalf("unknown result %+v", r)
		}
		if r.Category != CategoryDelivered && r.Advice.Summary == "" {
			t.Fatalf("no advice for %+v", r)
		}
		if code == 0 && outcome == "" && len(resp) > 3 && (resp[0] == '4' || resp[0] == '5') &&
			isDigit(resp[1]) && isDigit(resp[2]) && (resp[3] == ' ' || resp[3] == '-') && r.Outcome == OutcomeDelivered {
			// A failure must never read as delivered: a reply that
			// begins with a 4xx or 5xx code, whatever words follow it.
			t.Fatalf("a %.3s reply read as delivered: %q", resp, resp)
		}
		in.Outcome = r.Outcome
		var sr scanResult
		again, _, _ := testClassifier.classify(in, &sr, nil)
		if again.Category != testClassifier.Classify(in).Category {
			t.Fatalf("classify and Classify disagree on %q", resp)
		}
		if inner, _ := unwrap(resp); !strings.Contains(resp, inner) {
			t.Fatalf("unwrap(%q) = %q, not a part of it", resp, inner)
		}
	})
}

func TestEventCategory(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		ev   schemas.DeliveryEvent
		want schemas.Category
	}{
		{schemas.DeliveryEvent{Outcome: schemas.OutcomeDelivered, SMTPCode: 250, Response: "250 ok"}, schemas.CategoryDelivered},
		{schemas.DeliveryEvent{Outcome: schemas.OutcomeBounced, SMTPCode: 550, EnhancedCode: "5.1.1", Response: "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table"}, schemas.CategoryUserUnknown},
		{schemas.DeliveryEvent{Outcome: schemas.OutcomeExpired, Response: "connect to mx.b.example[192.0.2.1]:25: Connection timed out"}, schemas.CategoryExpired},
		{schemas.DeliveryEvent{Outcome: schemas.OutcomeDeferred, SMTPCode: 451, Response: "451 4.7.1 Greylisting in action, please come back later"}, schemas.CategoryGreylisted},
		// No code to go by: the phrase of a 502 reply decides.
		{schemas.DeliveryEvent{Outcome: schemas.OutcomeBounced, Response: "remote said: Command not implemented"}, schemas.CategorySyntaxError},
	} {
		if got := c.Event(&tc.ev); got != tc.want {
			t.Errorf("Event(%q) = %v, want %v", tc.ev.Response, got, tc.want)
		}
	}
	if CategoryAdvice(schemas.CategoryBlocklisted) == "" || CategoryAdvice(schemas.CategoryUnclassified) != "" {
		t.Error("CategoryAdvice: want advice for blocklisted and none for unclassified")
	}
}

// TestTrailingReplyNotReadAtCut: a bare code at the end of the first
// maxScan bytes of a longer text is where the scan stopped, not the code
// a client's report ends with (newcomer review S39 N6); the answer is the
// one for the same text without it. The same report, not cut, is read by
// its code.
func TestTrailingReplyNotReadAtCut(t *testing.T) {
	c := New()
	for _, tc := range []struct{ head, code, rest string }{
		{"The connection log ended: server denied, code ", "554", "7 lines later the message was sent"},
		{"Sending failed with error ", "421", "0 bytes were queued again"},
		{"smtp client: unexpected reply code ", "550", " was logged before; delivered on the next try"},
	} {
		pad := strings.Repeat("x ", maxScan)[:maxScan-len(tc.head)-len(tc.code)-4]
		long := "Log " + pad + tc.head + tc.code + tc.rest
		if i := strings.Index(long, tc.code); i+len(tc.code) != maxScan {
			t.Fatalf("the code ends at %d, want the cut %d", i+len(tc.code), maxScan)
		}
		got := c.Classify(Input{Response: long})
		want := c.Classify(Input{Response: "Log " + pad + tc.head + "   " + tc.rest})
		if got.Outcome != want.Outcome || got.Category != want.Category {
			t.Errorf("%q… cut after its code: %s/%s, want %s/%s as without the code", tc.head, got.Outcome, got.Category, want.Outcome, want.Category)
		}
		whole := c.Classify(Input{Response: tc.head + tc.code})
		if wantOut := map[byte]string{'4': OutcomeDeferred, '5': OutcomeBounced}[tc.code[0]]; whole.Outcome != wantOut {
			t.Errorf("%q: %s, want %s by its trailing code", tc.head+tc.code, whole.Outcome, wantOut)
		}
	}
}

// TestAdviceFollowsOutcomeAndActor: the advice does not contradict the
// outcome or name the wrong side (newcomer review S39 N8). A receiver's
// own failure given as a 5xx (or wrapped into one) came back and is not
// retried; a mail program's own message about its account's server is
// the sending side's to fix, whatever the category's usual actor.
func TestAdviceFollowsOutcomeAndActor(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		response, outcome, category, who, check string
	}{
		{"554 5.0.0 Error: transaction failed, blame it on the weather: 451 Failed to deliver message to any recipient", OutcomeBounced, CategoryServerError, WhoRecipientProvider, serverErrorBouncedCheck},
		{"554 5.3.0 Internal server error", OutcomeBounced, CategoryServerError, WhoRecipientProvider, serverErrorBouncedCheck},
		{"451 4.3.0 Internal server error, try again later", OutcomeDeferred, CategoryServerError, WhoRecipientProvider, baseAdvice(CategoryServerError).Check},
		{"Couldn't open connection to server.", OutcomeDeferred, CategoryConnectionFailed, WhoSender, ownServerCheck},
		{"The server’s certificate has expired", OutcomeDeferred, CategoryTLSRequired, WhoSender, ownServerCheck},
		{"Error while connecting to mail server.", OutcomeDeferred, CategoryConnectionFailed, WhoSender, ownServerCheck},
		// a sending service's gate on the account, not its server's settings
		{"Insufficient email quota.", OutcomeDeferred, CategoryRateLimited, WhoSender, ownAccountCheck},
		{"Email sending failed: Invalid credentials.", OutcomeBounced, CategoryPolicyRejected, WhoSender, ownAccountCheck},
		{"Wrong host or port", OutcomeDeferred, CategoryConnectionFailed, WhoSender, ownServerCheck},
		// a held lookup of the program's own server (its summary: below)
		{"Error: getaddrinfo ENOTFOUND smtp.example.com", OutcomeDeferred, CategoryDomainNotFound, WhoSender, ownServerCheck},
		{"javax.mail.MessagingException: Unknown SMTP host: smtp.example.org", OutcomeDeferred, CategoryDomainNotFound, WhoSender, ownServerCheck},
		// a receiving side's report in a catalogue keeps its actor
		{"bob@example.org: Mailbox full", OutcomeBounced, CategoryMailboxFull, WhoRecipient, baseAdvice(CategoryMailboxFull).Check},
	} {
		got := c.Classify(Input{Response: tc.response})
		if got.Outcome != tc.outcome || got.Category != tc.category {
			t.Errorf("%q: %s/%s, want %s/%s", tc.response, got.Outcome, got.Category, tc.outcome, tc.category)
			continue
		}
		if got.Advice.WhoActs != tc.who || got.Advice.Check != tc.check {
			t.Errorf("%q: advice %q / %q, want %q / %q", tc.response, got.Advice.WhoActs, got.Advice.Check, tc.who, tc.check)
		}
		if tc.category == CategoryDomainNotFound && tc.check == ownServerCheck && got.Advice.Summary != ownLookupSummary {
			// the program's own server's name, not the recipient domain's
			// DNS (dnsTempSummary)
			t.Errorf("%q: summary %q, want ownLookupSummary", tc.response, got.Advice.Summary)
		}
	}
}

// TestCatalogAfterLeadingBreak: a program's message that begins with a
// line break, as YAM's and a Roundup bounce's do, is looked up in the
// catalogue like the same text without it (newcomer-style finding of
// helper-231: the lookup ran only where unwrapping removed nothing, and
// unwrapping trims the leading space).
func TestCatalogAfterLeadingBreak(t *testing.T) {
	c := New()
	for _, s := range []string{
		"Couldn't open connection to server.",
		"Emails to Roundup trackers must include a Subject: line!",
		"Conversion failure : OriginatorName is not available.",
	} {
		want := c.Classify(Input{Response: s})
		for _, lead := range []string{"\n", "\r\n", "  \n"} {
			got := c.Classify(Input{Response: lead + s})
			if got.Category != want.Category || got.Outcome != want.Outcome {
				t.Errorf("%q: %s/%s, want %s/%s as without the leading break", lead+s, got.Outcome, got.Category, want.Outcome, want.Category)
			}
		}
	}
}
