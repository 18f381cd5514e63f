package diagnose

import "testing"

// TestMessageCatalog checks the catalogue's lookup: a text alone, with
// its placeholders filled, matches; one that goes on, one whose fill is
// empty or too long, or one that only begins like a catalogue text does
// not.
func TestMessageCatalog(t *testing.T) {
	sent := newSentTemplates()
	mc := newMessageCatalog(sent, []catalogMessage{
		{key: "plain", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{"Couldn't open connection to server."}},
		{key: "placeholders", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
			"The identity of the %s mail server at %s:%u could not be verified.",
			"%1$s: l'identité du serveur %2$s n'a pu être vérifiée",
		}},
	})
	long := make([]byte, maxCatalogFill+1)
	for i := range long {
		long[i] = 'a'
	}
	for _, tc := range []struct {
		text string
		want string // the category, or "" for none
	}{
		{"Couldn't open connection to server.", CategoryConnectionFailed},
		{"  couldn't open connection to server", CategoryConnectionFailed},
		{"Couldn't open connection to server. 550 5.1.1 user unknown", ""},
		{"Warning: couldn't open connection to server.", ""},
		{"The identity of the smtp mail server at mx.example.com:25 could not be verified.", CategoryTLSRequired},
		{"The identity of the SMTP mail server at [192.0.2.1]:587 could not be verified", CategoryTLSRequired},
		{"The identity of the mail server at :25 could not be verified.", ""},
		{"The identity of the " + string(long) + " mail server at x:25 could not be verified.", ""},
		{"The identity of the smtp mail server at mx.example.com:25 could not be verified, and the recipient is unknown", ""},
		{"smtp: l'identité du serveur mx.example.fr n'a pu être vérifiée", CategoryTLSRequired},
		{"l'identité du serveur mx.example.fr n'a pu être vérifiée", ""},
		{"The identity of the sending mail server at mail.example.org could not be verified.", ""},
		{"The identity of the smtp mail server at mx.example.com: 25 could not be verified.", CategoryTLSRequired},
	} {
		a, ok := mc.find(normalize(nil, tc.text, false))
		if got := map[bool]string{true: a.category}[ok]; got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCatalogTextsAreDistinct builds the catalogues the classifier uses:
// a text two messages share with different answers panics.
func TestCatalogTextsAreDistinct(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatal(r)
		}
	}()
	newMessageCatalog(newSentTemplates(), aospEmailMessages, gearyMessages, snappyMailMessages, schleuderMessages, auroraMailMessages, bouncedMailManagerMessages, groupmaxMessages, mailmanMessages, yamMessages, simpleMailMessages, roundupMessages, mailPoetMessages, gaiaEmailMessages, keilaMessages, tineMessages, zitadelMessages, espoCRMMessages, metabaseMessages, invoiceNinjaMessages, gitSendEmailMessages, jenkinsMessages, phpListMessages, opieMessages, twakeMailMessages, lttrsMessages, mailyMessages, imailMessages, phpMailerMessages, phpMailerOlderMessages, joomlaMessages, duplicatiMessages, delugeMessages, qBittorrentMessages, trueNASMessages)
}

// TestCatalogAddressFill checks that a catalogue whose placeholder is the
// recipient's address (BouncedMailManager's "%s: Internal error") matches
// only an address there, not any words before its reason (review S39E:
// "Temporary failure: Internal error", "Sender address rejected: Account
// inactive", "4.2.2 Mailbox full" are other programs' texts).
func TestCatalogAddressFill(t *testing.T) {
	mc := newMessageCatalog(newSentTemplates(), bouncedMailManagerMessages)
	for _, tc := range []struct {
		text string
		want string // the category, or "" for none
	}{
		{"jdoe@example.com: Internal error", CategoryServerError},
		{"<jdoe@example.com>: Mailbox full", CategoryMailboxFull},
		{"jdoe@example.com: Sisäinen virhe", CategoryServerError},
		{"Temporary failure: Internal error", ""},
		{"Temporary internal error", ""},
		{"SMTP Error: Internal error", ""},
		{"Sender address rejected: Account inactive", ""},
		{"4.2.2 Mailbox full", ""},
		{"Warning: Delivery delayed", ""},
		{"lmtp(jdoe@example.com): Temporary internal error", ""},
		{"jdoe@example: Mailbox full", ""},
	} {
		a, ok := mc.find(normalize(nil, tc.text, false))
		if got := map[bool]string{true: a.category}[ok]; got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCatalogWordFill checks that a catalogue whose placeholders are one
// word each (Roundup's class and property names, a key's fingerprint)
// matches one word there, with the quotes and colon a translation puts
// next to it, not any words.
func TestCatalogWordFill(t *testing.T) {
	mc := newMessageCatalog(newSentTemplates(), roundupMessages)
	for _, tc := range []struct {
		text string
		want string // the category, or "" for none
	}{
		{"You are not permitted to create issue.", CategoryPolicyRejected},
		{`Sie sind nicht berechtigt, ein "issue" zu erzeugen`, CategoryPolicyRejected},
		{"You are not permitted to edit property status of class issue.", CategoryPolicyRejected},
		{"Message signed with an expired key: 3F1A9C2B7D4E8F60A1B2C3D4E5F60718293A4B5C", CategoryAuthenticationFailed},
		{"You are not permitted to create more than 100 messages per hour", ""},
		{"You are not permitted to create messages larger than 10 MB.", ""},
		{"You are not permitted to edit property status of class issue or msg.", ""},
		{"Message signed with an expired key: 3F1A 9C2B 7D4E 8F60", ""},
		// a subject is any words
		{`The node specified by the designator in the subject of your message ("issue9") does not exist. Subject was: "[issue9] still broken"`, CategorySyntaxError},
	} {
		a, ok := mc.find(normalize(nil, tc.text, false))
		if got := map[bool]string{true: a.category}[ok]; got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
