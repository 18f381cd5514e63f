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
