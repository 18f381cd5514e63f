package diagnose

import "testing"

// Review S22C (helper-110): replies the new rules of probes AV and AW
// captured that they should not. Not runKinds, so that these do not train
// the model.

// S22C-1: validWords match inside other words ("endgültig", "допустимый
// размер", "有効期限", "invalid"), and the rule sits in otherPartyRules,
// before every phrase rule and out of the model's reach.
func TestRevS22CValidSenderOverCapture(t *testing.T) {
	checkKinds(t, "review S22C", []kindCase{
		{r("Die Nachricht des Absenders konnte endgültig nicht zugestellt werden: Postfach voll"), OutcomeBounced, CategoryMailboxFull},
		{r("Zustellung endgültig fehlgeschlagen. Absender: a@example.org. Grund: Benutzer unbekannt"), OutcomeBounced, CategoryUserUnknown},
		{r("552 5.3.4 Размер письма отправителя больше допустимого"), OutcomeBounced, CategoryMessageTooLarge},
		{r("501 5.1.7 Adresse d'expéditeur invalide (syntaxe)"), OutcomeBounced, CategorySyntaxError},
		{r("550 5.7.1 Der Absender ist auf einer Sperrliste (gültig bis morgen)"), OutcomeBounced, CategoryBlocklisted},
	})
}

// S22C-2: relayedComplete matches the negated sentence in most of the
// NDR languages: a failure read as delivered.
func TestRevS22CRelayedNoticeNegated(t *testing.T) {
	for _, s := range []string{
		"Доставка этим получателям или группам не выполнена: anna@example.com",
		"受信者またはグループへの配信が完了しませんでした: anna@example.com",
		"La consegna a questi destinatari o gruppi non è stata completata: anna@example.com",
		"La entrega a estos destinatarios o grupos no se completó: anna@example.com",
		"Die Zustellung an diese Empfänger oder Gruppen wurde nicht abgeschlossen: anna@example.com",
		"A entrega para estes destinatários ou grupos não foi concluída: anna@example.com",
	} {
		if got := testClassifier.Classify(r(s)); got.Outcome == OutcomeDelivered {
			t.Errorf("%.80q: delivered", s)
		}
	}
}

// S22C-3: the X.2.x weak rule beats words that name the cause (a sender,
// a policy, a spoofing check) and a 4xx retry request.
func TestRevS22CMailboxSubjectOverCause(t *testing.T) {
	checkKinds(t, "review S22C", []kindCase{
		{r("550 5.2.0 Message refused: sender blocked"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.2.0 Spoofed sender refused"), OutcomeBounced, CategoryPolicyRejected},
		{r("550 5.2.0 Denied by policy"), OutcomeBounced, CategoryPolicyRejected},
	})
	// A 4xx retry request is no disabled mailbox (base: greylisted).
	for _, s := range []string{"450 4.2.0 <a@example.com>: Recipient address rejected: Try again later", "451 4.2.0 Temporarily refused", "450 4.2.0 Try again later"} {
		if got := testClassifier.Classify(r(s)); got.Category == CategoryMailboxDisabled {
			t.Errorf("%q: %s/%s", s, got.Outcome, got.Category)
		}
	}
}

// S22C-4: a local-defer phrase inside the remote's own 5xx reply (the
// reply code leads: the remote is speaking) now outranks the reply class.
func TestRevS22CLocalDeferInRemoteReply(t *testing.T) {
	for _, s := range []string{
		"535 5.7.8 SASL authentication failed",
		"550 5.1.1 User unknown. This is a warning only for the postmaster",
		"550 5.7.1 Message rejected. Do not retry; our server will retry nothing",
	} {
		if got := testClassifier.Classify(r(s)); got.Outcome != OutcomeBounced {
			t.Errorf("%.80q: %s, want bounced (RFC 5321 5yz from the remote)", s, got.Outcome)
		}
	}
}
