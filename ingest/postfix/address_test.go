package postfix

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// quoteLocal quotes a local part the way Postfix logs it in its external
// form: in double quotes, with '"' and '\' escaped by '\'.
func quoteLocal(local string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(local) + `"`
}

// realSent is a genuine delivery to whatever address is put in for %s:
// relay mx.attacker.example[198.51.100.7]:25, status=sent, 250.
const realSent = `Dec  1 19:35:02 mta1 postfix/smtp[456]: 4F9D195432: to=<%s>, relay=mx.attacker.example[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABC)`

func sentTo(addr string) string { return strings.Replace(realSent, "%s", addr, 1) }

// crafted are local parts an attacker can choose to make an address look
// like the fields that follow it on the log line.
var crafted = []string{
	`x@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (550 5.1.1 forged)`,
	`a>, `,
	`>, `,
	`a, status=bounced (550 no)`,
	`, status=expired, returned to sender`,
	`a, relay=mx.victim.example[192.0.2.1]:25`,
	`a>, relay=mx.victim.example[192.0.2.1]:25, dsn=5.1.1`,
	`z>, orig_to=<q@victim.example`,
	`z>, to=<q@victim.example`,
	`z>, to=<q@victim.example>, orig_to=<`,
	`a">, relay=evil[192.0.2.66]:25, x`,
	`a\">, status=bounced (550 x), "`,
	`trailing backslash\`,
	`\\">, relay=evil[192.0.2.66]:25, status=bounced (550 x)`,
	`john doe`,
	`(comment) <with> "quotes" and \backslashes\`,
	`@victim.example`,
	`bob@victim.example`,
	strings.Repeat(`>, relay=mx.victim.example[192.0.2.1]:25, status=bounced (550 x) `, 3),
	strings.Repeat(`>, relay=mx.victim.example[192.0.2.1]:25, status=bounced (550 x) `, 300),
}

// TestCraftedQuotedRecipient: whatever a quoted local part holds, the line
// is one delivery to the domain after the quotes, with the relay, status
// and reply that Postfix logged after the address.
func TestCraftedQuotedRecipient(t *testing.T) {
	check := func(t *testing.T, local string) {
		t.Helper()
		addr := quoteLocal(local) + "@attacker.example"
		r := corpusParser().Parse(sentTo(addr))
		if len(addr) > schemas.MaxAddressLen {
			// Too long for an event: malformed, never a delivery elsewhere.
			if r.Kind != KindMalformed || r.Err == nil || !strings.Contains(r.Err.Error(), "longer than") {
				t.Errorf("%.80q (%d bytes): kind %v err %v, want malformed: too long", addr, len(addr), r.Kind, r.Err)
			}
			return
		}
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Fatalf("%.80q: kind %v, %d deliveries, err %v; want one delivery", addr, r.Kind, len(r.Deliveries), r.Err)
		}
		d := r.Deliveries[0]
		if d.Recipient != addr || d.Domain != "attacker.example" || d.OrigTo != "" ||
			d.RelayHost != "mx.attacker.example" || d.RelayIP != "198.51.100.7" ||
			d.Status != "sent" || d.SMTPCode != 250 || d.DSN != "2.0.0" || d.Response != "250 2.0.0 Ok: queued as ABC" {
			t.Errorf("%.80q: got recipient %.80q domain %q orig_to %q relay %q[%q] status %q code %d dsn %q response %.60q",
				addr, d.Recipient, d.Domain, d.OrigTo, d.RelayHost, d.RelayIP, d.Status, d.SMTPCode, d.DSN, d.Response)
		}
	}
	for _, local := range crafted {
		check(t, local)
	}
	// Random local parts built of the pieces that matter.
	pieces := []string{`>, `, `, `, `"`, `\`, `<`, `>`, `to=<`, `orig_to=<`, `status=bounced (550 x)`,
		`relay=mx.victim.example[192.0.2.1]:25`, `dsn=5.1.1`, `@victim.example`, `)`, `(`, ` `, `a`}
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := rnd.Intn(12); n >= 0; n-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		check(t, b.String())
	}
}

// TestCraftedOrigTo: a quoted original recipient that holds ", to=<…>"
// does not replace the recipient.
func TestCraftedOrigTo(t *testing.T) {
	for _, local := range crafted {
		orig := quoteLocal(local) + "@x.example"
		line := strings.Replace(sentTo("bob@VICTIM.example"), ", relay=", ", orig_to=<"+orig+">, relay=", 1)
		r := corpusParser().Parse(line)
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Fatalf("%.80q: kind %v, %d deliveries, err %v; want one delivery", orig, r.Kind, len(r.Deliveries), r.Err)
		}
		d := r.Deliveries[0]
		if d.Recipient != "bob@VICTIM.example" || d.Domain != "victim.example" || d.OrigTo != orig || d.Status != "sent" || d.RelayIP != "198.51.100.7" {
			t.Errorf("%.80q: got recipient %q domain %q orig_to %.80q status %q relay ip %q", orig, d.Recipient, d.Domain, d.OrigTo, d.Status, d.RelayIP)
		}
	}
}

// TestReviewForgedRecipient: the reviewer's reproductions (H1,
// /tmp/review2/pf1.log and pf3.log).
func TestReviewForgedRecipient(t *testing.T) {
	t.Run("forged bounce", func(t *testing.T) {
		line := `Dec  1 19:35:02 mta1 postfix/smtp[456]: 4F9D195432: to=<"x@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (550 5.1.1 forged)"@attacker.example>, relay=mx.attacker.example[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABC)`
		r := corpusParser().Parse(line)
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Fatalf("kind %v, %d deliveries, err %v", r.Kind, len(r.Deliveries), r.Err)
		}
		d := r.Deliveries[0]
		if d.Domain != "attacker.example" || d.Status != "sent" || d.RelayHost != "mx.attacker.example" || d.RelayIP != "198.51.100.7" || d.SMTPCode != 250 || d.DSN != "2.0.0" {
			t.Errorf("got domain %q status %q relay %q[%q] code %d dsn %q", d.Domain, d.Status, d.RelayHost, d.RelayIP, d.SMTPCode, d.DSN)
		}
	})
	t.Run("recipient replaced by orig_to", func(t *testing.T) {
		line := `Dec  1 19:35:02 mta1 postfix/smtp[456]: 6A1B2C3D44: to=<bob@VICTIM.example>, orig_to=<"z>, to=<q@victim.example"@x.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (550 5.1.1 unknown)`
		r := corpusParser().Parse(line)
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Fatalf("kind %v, %d deliveries, err %v", r.Kind, len(r.Deliveries), r.Err)
		}
		d := r.Deliveries[0]
		if d.Recipient != "bob@VICTIM.example" || d.Domain != "victim.example" || d.OrigTo != `"z>, to=<q@victim.example"@x.example` {
			t.Errorf("got recipient %q domain %q orig_to %q", d.Recipient, d.Domain, d.OrigTo)
		}
	})
	t.Run("@ inside the quotes", func(t *testing.T) {
		line := `Dec  1 19:35:02 mta1 postfix/smtp[456]: 6A1B2C3D45: to=<"bob@victim.example"@attacker.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (550 5.1.1 unknown)`
		r := corpusParser().Parse(line)
		if r.Kind != KindDelivery || r.Deliveries[0].Domain != "attacker.example" {
			t.Fatalf("kind %v err %v deliveries %+v", r.Kind, r.Err, r.Deliveries)
		}
	})
}

// TestQuotedLocalParts: quoted local parts as Postfix logs them parse to
// the domain after the quotes.
func TestQuotedLocalParts(t *testing.T) {
	for addr, domain := range map[string]string{
		`"john doe"@example.com`:  "example.com",
		`"john\"doe"@Example.COM`: "example.com",
		`"a\\"@example.net`:       "example.net",
		`"x, y"@example.org`:      "example.org",
		`"very.(),:;<>[]\".VERY.\"very@\\ \"very\".unusual"@strange.example.com`: "strange.example.com",
		`"bob"@[192.0.2.1]`:          "", // a domain literal: no valid event domain (as before)
		`plain.user+tag@example.org`: "example.org",
	} {
		r := corpusParser().Parse(sentTo(addr))
		if domain == "" {
			if r.Kind != KindMalformed {
				t.Errorf("%q: kind %v, want malformed", addr, r.Kind)
			}
			continue
		}
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Errorf("%q: kind %v err %v", addr, r.Kind, r.Err)
			continue
		}
		if d := r.Deliveries[0]; d.Recipient != addr || d.Domain != domain {
			t.Errorf("%q: recipient %q domain %q, want domain %q", addr, d.Recipient, d.Domain, domain)
		}
	}
}

// TestAddressAndFieldErrors: a line whose addresses or fields cannot be
// read unambiguously is malformed with a reason.
func TestAddressAndFieldErrors(t *testing.T) {
	for name, line := range map[string]string{
		"unterminated quote":            sentTo(`"abc@victim.example`),
		"quote closed in the response":  strings.Replace(sentTo(`"x@victim.example`), "(250 2.0.0 Ok", `(250 " x>, Ok`, 1),
		"stray quote":                   sentTo(`x"@victim.example`),
		"stray angle bracket":           sentTo(`"x"@victim<.example`),
		"text after the quotes":         sentTo(`"x"y@victim.example`),
		"quoted without a domain":       sentTo(`"bob@victim.example"`),
		"> not followed by a separator": strings.Replace(sentTo(`a@victim.example`), ">, relay", ">relay", 1),
		"to twice":                      strings.Replace(sentTo(`a@attacker.example`), ", relay=", ", to=<b@victim.example>, relay=", 1),
		"orig_to twice":                 strings.Replace(sentTo(`a@attacker.example`), ", relay=", ", orig_to=<b@x.example>, orig_to=<c@x.example>, relay=", 1),
		"relay twice":                   strings.Replace(sentTo(`a@attacker.example`), ", delay=", ", relay=mx.victim.example[192.0.2.1]:25, delay=", 1),
		"dsn twice":                     strings.Replace(sentTo(`a@attacker.example`), ", status=", ", dsn=5.1.1, status=", 1),
		"unknown field twice":           strings.Replace(sentTo(`a@attacker.example`), ", delay=", ", conn_use=2, conn_use=3, delay=", 1),
	} {
		r := corpusParser().Parse(line)
		if r.Kind != KindMalformed || r.Err == nil {
			t.Errorf("%s: kind %v err %v deliveries %+v, want malformed with a reason", name, r.Kind, r.Err, r.Deliveries)
		}
	}
}

func TestReadPath(t *testing.T) {
	for _, tc := range []struct{ in, addr, rest string }{
		{`<a@b>, x=1`, `a@b`, `x=1`},
		{`<a@b>`, `a@b`, ``},
		{`<>, x=1`, ``, `x=1`},
		{`<"a>, b"@c>, x=1`, `"a>, b"@c`, `x=1`},
		{`<"a\">, b"@c>, x=1`, `"a\">, b"@c`, `x=1`},
		{`<"a\\">, x=1`, `"a\\"`, `x=1`},
	} {
		addr, rest, err := readPath(tc.in)
		if err != nil || addr != tc.addr || rest != tc.rest {
			t.Errorf("readPath(%q) = %q, %q, %v; want %q, %q", tc.in, addr, rest, err, tc.addr, tc.rest)
		}
	}
	for _, in := range []string{``, `a@b>, `, `<a@b`, `<"a@b>, `, `<"a\">, `, `<a"b>, `, `<"a"<b>, `, `<a@b>x`, `<a@b>,x`, `<"a"b@c>, `} {
		if addr, rest, err := readPath(in); err == nil {
			t.Errorf("readPath(%q) = %q, %q; want an error", in, addr, rest)
		}
	}
}

// qmgrActive is qmgr's queue-active line for the sender put in for %s.
const qmgrActive = `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<%s>, size=1234, nrcpt=1 (queue active)`

const deferredBob = `Dec  1 19:35:02 mta1 postfix/smtp[456]: 5A1B2C3D4E: to=<bob@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.7.1, status=deferred (host mx.victim.example[192.0.2.1] said: 451 4.7.1 greylisted, try again later)`

// TestCraftedQuotedSender: whatever a quoted sender holds, qmgr's
// queue-active line is joined (sender and size), never read as an expiry;
// the next attempt counts as the second, and qmgr's real expiry line
// still expires the deferred recipient.
func TestCraftedQuotedSender(t *testing.T) {
	senders := append([]string{`a>, status=expired, returned to sender`, `a>, size=1, nrcpt=9 (queue active)`}, crafted...)
	for _, local := range senders {
		sender := quoteLocal(local) + "@attacker.example"
		if len(sender) > schemas.MaxAddressLen {
			continue
		}
		p := corpusParser()
		active := strings.Replace(qmgrActive, "%s", sender, 1)
		for i, line := range []string{active, deferredBob, strings.Replace(active, "19:35:01", "19:40:02", 1)} {
			r := p.Parse(line)
			want := []Kind{KindSkip, KindDelivery, KindSkip}[i]
			if r.Kind != want {
				t.Fatalf("%.60q: line %d: kind %v err %v deliveries %d, want %v", sender, i+1, r.Kind, r.Err, len(r.Deliveries), want)
			}
			if i == 1 {
				if d := r.Deliveries[0]; d.Sender != sender || d.Size != 1234 || d.Attempt != 1 {
					t.Errorf("%.60q: deferred delivery sender %.60q size %d attempt %d", sender, d.Sender, d.Size, d.Attempt)
				}
			}
		}
		r := p.Parse(strings.Replace(deferredBob, "19:35:02", "19:40:03", 1))
		if r.Kind != KindDelivery || r.Deliveries[0].Attempt != 2 {
			t.Errorf("%.60q: second attempt: kind %v err %v %+v", sender, r.Kind, r.Err, r.Deliveries)
		}
		expiry := `Dec  6 19:40:04 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<` + sender + `>, status=expired, returned to sender`
		r = p.Parse(expiry)
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 || r.Deliveries[0].Status != "expired" || r.Deliveries[0].Sender != sender || r.Deliveries[0].Domain != "victim.example" {
			t.Errorf("%.60q: real expiry: kind %v err %v %+v", sender, r.Kind, r.Err, r.Deliveries)
		}
	}
}

// TestReviewFakeExpiry: the reviewer's reproduction (H1,
// /tmp/review2/pf2.log): no expired event, and the attempts count on.
func TestReviewFakeExpiry(t *testing.T) {
	lines := []string{
		`Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<"a>, status=expired, returned to sender"@attacker.example>, size=1234, nrcpt=1 (queue active)`,
		`Dec  1 19:35:02 mta1 postfix/smtp[456]: 5A1B2C3D4E: to=<bob@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.7.1, status=deferred (host mx.victim.example[192.0.2.1] said: 451 4.7.1 greylisted, try again later)`,
		`Dec  1 19:40:02 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<"a>, status=expired, returned to sender"@attacker.example>, size=1234, nrcpt=1 (queue active)`,
		`Dec  1 19:40:03 mta1 postfix/smtp[456]: 5A1B2C3D4E: to=<bob@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=302, delays=300/0/0.5/0.4, dsn=2.0.0, status=sent (250 2.0.0 ok)`,
	}
	p := corpusParser()
	var got []string
	for _, line := range lines {
		r := p.Parse(line)
		if r.Kind == KindMalformed {
			t.Errorf("malformed: %v\n\t%s", r.Err, line)
		}
		for _, d := range r.Deliveries {
			got = append(got, d.Status+"/"+string(rune('0'+d.Attempt)))
		}
	}
	if strings.Join(got, " ") != "deferred/1 sent/2" {
		t.Errorf("deliveries %v, want [deferred/1 sent/2]", got)
	}
}

// TestQmgrFieldErrors: qmgr lines that cannot be read unambiguously are
// malformed with a reason, never an expiry.
func TestQmgrFieldErrors(t *testing.T) {
	for name, line := range map[string]string{
		"size twice (unquoted forged sender)":   `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<a>, size=1, nrcpt=1 (queue active)@attacker.example>, size=1234, nrcpt=1 (queue active)`,
		"expiry with more text (unquoted form)": `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<a>, status=expired, returned to sender@attacker.example>, size=1234, nrcpt=1 (queue active)`,
		"status twice":                          `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<a@x.example>, status=expired, status=expired, returned to sender`,
		"unterminated quoted sender":            `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<"a>, status=expired, returned to sender`,
		"stray quote in the sender":             `Dec  1 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<a"b@x.example>, status=expired, returned to sender`,
	} {
		p := corpusParser()
		p.Parse(deferredBob) // so that an expiry would have a recipient
		r := p.Parse(line)
		if r.Kind != KindMalformed || r.Err == nil {
			t.Errorf("%s: kind %v err %v deliveries %+v, want malformed with a reason", name, r.Kind, r.Err, r.Deliveries)
		}
	}
	// A quoted sender as Postfix logs it is read, and its expiry counts.
	p := corpusParser()
	p.Parse(strings.Replace(qmgrActive, "%s", `"john doe"@example.com`, 1))
	p.Parse(deferredBob)
	r := p.Parse(`Dec  6 19:35:01 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<"john doe"@example.com>, status=expired, returned to sender`)
	if r.Kind != KindDelivery || len(r.Deliveries) != 1 || r.Deliveries[0].Sender != `"john doe"@example.com` || r.Deliveries[0].Size != 1234 {
		t.Errorf("quoted sender's expiry: kind %v err %v %+v", r.Kind, r.Err, r.Deliveries)
	}
}

// TestUnquotedCraftedRecipient: Postfix before 3.5 (or with
// info_log_address_format=internal) logs a local part without its quotes,
// so a crafted one's text is on the line as if it were fields. Such a line
// is malformed, or a delivery with the status, relay, DSN and reply that
// Postfix logged: a crafted status= is never believed.
func TestUnquotedCraftedRecipient(t *testing.T) {
	for _, local := range crafted {
		addr := local + "@attacker.example"
		r := corpusParser().Parse(sentTo(addr))
		if strings.Contains(local, ">, ") && strings.Contains(local, "status=") && r.Kind != KindMalformed {
			t.Errorf("%.80q: kind %v, want malformed", addr, r.Kind)
		}
		if r.Kind == KindMalformed {
			if r.Err == nil {
				t.Errorf("%.80q: malformed without a reason", addr)
			}
			continue
		}
		if r.Kind != KindDelivery || len(r.Deliveries) != 1 {
			t.Fatalf("%.80q: kind %v, %d deliveries, err %v", addr, r.Kind, len(r.Deliveries), r.Err)
		}
		if d := r.Deliveries[0]; d.Status != "sent" || d.SMTPCode != 250 || d.DSN != "2.0.0" || d.RelayIP != "198.51.100.7" || d.Response != "250 2.0.0 Ok: queued as ABC" {
			t.Errorf("%.80q: got status %q code %d dsn %q relay ip %q response %.60q", addr, d.Status, d.SMTPCode, d.DSN, d.RelayIP, d.Response)
		}
	}
}

// TestGluedRecords: two records on one line, the second inside the
// first's response text (review L5, /tmp/review2/pf1.log line 3), are
// malformed: the second delivery would otherwise be lost uncounted.
func TestGluedRecords(t *testing.T) {
	const first = `Dec  1 19:35:03 mta1 postfix/smtp[456]: 4F9D195433: to=<bob@good.example>, relay=mx.good.example[192.0.2.9]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.good.example[192.0.2.9] said: 550 5.1.1 <bob@good.example>: Recipient address rejected: User unknown)`
	for name, second := range map[string]string{
		"delivery":     `Dec  1 19:35:03 mta1 postfix/smtp[457]: 4F9D195434: to=<carol@other.example>, relay=mx.other.example[192.0.2.10]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=2.0.0, status=sent (250 ok)`,
		"rfc3339":      `2025-03-03T07:00:00Z mta1 postfix/smtp[457]: 4F9D195434: to=<carol@other.example>, relay=mx.other.example[192.0.2.10]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=2.0.0, status=sent (250 ok)`,
		"qmgr active":  `Dec  1 19:35:03 mta1 postfix/qmgr[123]: 4F9D195435: from=<alice@sender.example>, size=1234, nrcpt=1 (queue active)`,
		"long queueid": `Dec  1 19:35:03 mta1 postfix/smtp[457]: 4R8Bq2Zt5kz3xWm: to=<carol@other.example>, relay=none, delay=1, delays=0.1/0/0.5/0.4, dsn=4.4.1, status=deferred (connect to mx.other.example[192.0.2.10]:25: Connection refused)`,
	} {
		for _, sep := range []string{" ", "", "\t"} {
			r := corpusParser().Parse(first + sep + second)
			if r.Kind != KindMalformed || r.Err == nil {
				t.Errorf("%s (separator %q): kind %v err %v deliveries %d, want malformed", name, sep, r.Kind, r.Err, len(r.Deliveries))
			}
		}
	}
	// Replies that merely mention an address, a queue id or a status are
	// read as before.
	for _, resp := range []string{
		`250 2.0.0 Ok: queued as 4F9D195434`,
		`550 5.1.1 <carol@other.example>: Recipient address rejected: User unknown`,
		`554 5.7.1 Rejected: status=blocked`,
		`250 ok: to=<carol@other.example> accepted`,
		`451 4.3.0 queue 4F9D195434 to <carol@other.example>: try later`,
	} {
		line := strings.Replace(sentTo("a@attacker.example"), "(250 2.0.0 Ok: queued as ABC)", "("+resp+")", 1)
		if strings.HasPrefix(resp, "4") {
			line = strings.Replace(line, "status=sent", "status=deferred", 1)
			line = strings.Replace(line, "dsn=2.0.0", "dsn=4.3.0", 1)
		}
		if strings.HasPrefix(resp, "5") {
			line = strings.Replace(line, "status=sent", "status=bounced", 1)
			line = strings.Replace(line, "dsn=2.0.0", "dsn=5.7.1", 1)
		}
		if r := corpusParser().Parse(line); r.Kind != KindDelivery || r.Deliveries[0].Response != resp {
			t.Errorf("%q: kind %v err %v", resp, r.Kind, r.Err)
		}
	}
}

// TestQuotedSenderLookingLikeDelivery: a queue-active line whose quoted
// sender holds "to=<…>" and "status=" was read; it is joined, not
// reported as a delivery-shaped line that could not be read.
func TestQuotedSenderLookingLikeDelivery(t *testing.T) {
	sender := `"a, to=<b@victim.example>, relay=mx.victim.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (550 x)"@attacker.example`
	p := corpusParser()
	if r := p.Parse(strings.Replace(qmgrActive, "%s", sender, 1)); r.Kind != KindSkip {
		t.Fatalf("queue-active line: kind %v err %v, want skip", r.Kind, r.Err)
	}
	r := p.Parse(deferredBob)
	if r.Kind != KindDelivery || r.Deliveries[0].Sender != sender || r.Deliveries[0].Size != 1234 {
		t.Fatalf("deferred line: kind %v err %v %+v", r.Kind, r.Err, r.Deliveries)
	}
	// The safety net still holds where the line was not read: a size
	// that does not parse leaves a delivery-shaped line malformed.
	line := strings.Replace(strings.Replace(qmgrActive, "%s", sender, 1), "size=1234", "size=x", 1)
	if r := corpusParser().Parse(line); r.Kind != KindMalformed {
		t.Errorf("unread queue-active line: kind %v, want malformed", r.Kind)
	}
}

// TestQueueActiveGlued: a queue-active line with a delivery glued to it is
// still malformed (the delivery would be lost uncounted otherwise).
func TestQueueActiveGlued(t *testing.T) {
	line := strings.Replace(qmgrActive, "%s", "alice@sender.example", 1) + deferredBob
	if r := corpusParser().Parse(line); r.Kind != KindMalformed {
		t.Errorf("kind %v, want malformed", r.Kind)
	}
	for tail, want := range map[string]bool{
		"size=1, nrcpt=2 (queue active)":   true,
		"size=1, nrcpt=2 (queue deferred)": true,
		"size=1, nrcpt=2 (queue active)x":  false,
		"size=1, nrcpt=2":                  false,
		"size=, nrcpt=2 (queue active)":    false,
		"size=1, nrcpt=2 (queue )":         false,
		"size=1, nrcpt=2 (queue a b)":      false,
	} {
		if got := isQueueActiveTail(tail); got != want {
			t.Errorf("isQueueActiveTail(%q) = %v", tail, got)
		}
	}
}
