package diagnose

import "testing"

// The kinds the twentieth session found: a probe of mainstream providers'
// replies (Exchange Online, Gmail, Yahoo, Orange, Mail.ru and others, in
// nine languages) written from their documented wordings, and batch AR's
// misses (testdata/README.md), fixed after it was scored once. Hosts and
// addresses are made up; each line says where its wording comes from or
// that it was written for the test.
func TestKindBatchAR(t *testing.T) {
	runKinds(t, "the message's form is broken, not its content judged", []kindCase{
		{r("554 5.6.0 Corrupt message content; STOREDRV.Deliver.Exception:ConversionFailedPermanentException"), OutcomeBounced, CategorySyntaxError}, // Exchange Online's NDR text
		{r("550 5.6.0 Message body is malformed"), OutcomeBounced, CategorySyntaxError},                                                              // written for the test
		{r("554 5.6.5 Conversion failed: the message could not be converted"), OutcomeBounced, CategorySyntaxError},                                  // RFC 3463 X.6.5, written for the test
		{r("554 Corrupt message content"), OutcomeBounced, CategorySyntaxError},                                                                      // written for the test
		// a verdict on what the content says stays the content's
		{r("550 5.7.1 Message content rejected, UBE, id=10293-02"), OutcomeBounced, CategorySpamContent}, // amavisd-new
		{r("554 5.7.1 The message content was judged to be spam"), OutcomeBounced, CategorySpamContent},  // written for the test
	})
	runKinds(t, "an account frozen or stopped, in Chinese and Japanese", []kindCase{
		{r("550 该账户已被冻结"), OutcomeBounced, CategoryMailboxDisabled},          // written for the test ("this account has been frozen")
		{r("550 账户已冻结"), OutcomeBounced, CategoryMailboxDisabled},            // written for the test
		{r("550 该邮箱已被冻结，无法接收邮件"), OutcomeBounced, CategoryMailboxDisabled},   // written for the test ("this mailbox is frozen and cannot receive mail")
		{r("550 收件人邮箱已停用"), OutcomeBounced, CategoryMailboxDisabled},         // written for the test ("the recipient's mailbox is deactivated")
		{r("550 このアカウントは停止されています"), OutcomeBounced, CategoryMailboxDisabled}, // written for the test ("this account is suspended")
		// a mailbox that does not exist stays unknown
		{r("550 收件人不存在"), OutcomeBounced, CategoryUserUnknown}, // written for the test
	})
}

// TestKindBatchARMisses holds the kinds of batch AR's misses.
func TestKindBatchARMisses(t *testing.T) {
	runKinds(t, "blackholed, said of nothing else, is the client's listing", []kindCase{
		{r("550 5.7.1 <carol@example.org>: Recipient address rejected: Service unavailable, blackholed."), OutcomeBounced, CategoryBlocklisted}, // tumgreyspf (an AR candidate the repeat rule dropped)
		{r("554 5.7.1 Service unavailable; blackholed"), OutcomeBounced, CategoryBlocklisted},                                                   // written for the test
		{r("550 5.7.1 Blackholed by local policy"), OutcomeBounced, CategoryBlocklisted},                                                        // written for the test
		{r("450 4.7.1 <ann@example.org>: Client host rejected: black-holed, try again later"), OutcomeDeferred, CategoryBlocklisted},            // written for the test
	})
	runKinds(t, "a mailbox disabled by its administrator, also under 5.1.1", []kindCase{
		{r("550 5.1.1 <j.weber@example.de>: Mailaddress is administratively disabled"), OutcomeBounced, CategoryMailboxDisabled}, // bouncefetch, blindar-0011
		{r("550 5.1.1 Account administratively disabled"), OutcomeBounced, CategoryMailboxDisabled},                              // written for the test
		{r("550 5.1.1 <k.jansen@example.nl> inactive recipient rejected"), OutcomeBounced, CategoryMailboxDisabled},              // bouncefetch (an AR candidate the repeat rule dropped)
		{r("550 5.1.1 Recipient mailbox is inactive"), OutcomeBounced, CategoryMailboxDisabled},                                  // written for the test
		{r("550 5.1.1 This user has been administratively suspended"), OutcomeBounced, CategoryMailboxDisabled},                  // written for the test
		// an address nobody has stays unknown
		{r("550 5.1.1 <k.jansen@example.nl> unknown recipient rejected"), OutcomeBounced, CategoryUserUnknown}, // written for the test
	})
	runKinds(t, "a mailbox's capacity exhausted, in German", []kindCase{
		{r("Die Nachricht konnte nicht zugestellt werden, da die Kapazität des Empfänger E-Mail Postfaches erschöpft ist."), OutcomeBounced, CategoryMailboxFull}, // bouncefetch, blindar-0019
		{r("552 Der Speicherplatz des Postfachs ist erschöpft"), OutcomeBounced, CategoryMailboxFull},                                                             // written for the test
		{r("452 Postfach-Kapazität erschöpft, bitte später erneut versuchen"), OutcomeDeferred, CategoryMailboxFull},                                              // written for the test
		{r("552 5.2.2 Das Postfach hat die maximale Größe überschritten"), OutcomeBounced, CategoryMailboxFull},                                                   // written for the test
		// the message over the size limit stays the message's
		{r("552 5.3.4 Die Nachricht überschreitet die maximale Größe"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
	runKinds(t, "delivery to remote domains refused is relaying refused", []kindCase{
		{r("Mailing to remote domains not supported"), OutcomeBounced, CategoryPolicyRejected},           // Exim, blindar-0068
		{r("554 Delivery to remote domains is not allowed"), OutcomeBounced, CategoryPolicyRejected},     // written for the test
		{r("550 We do not deliver to remote domains"), OutcomeBounced, CategoryPolicyRejected},           // written for the test
		{r("550 5.7.1 Mail to non-local domains is prohibited"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
	})
	runKinds(t, "Outlook's report that it could not reach the recipients gave up", []kindCase{
		{r("No se puede localizar a los destinatarios siguientes:\n'Compras' en 15/07/2019 04:33 p.m.\nError del servidor: '451 Requested action aborted: local error in processing'"), OutcomeBounced, CategoryServerError},              // Outlook, blindar-0047
		{r("Your message did not reach some or all of the intended recipients. The following recipient(s) cannot be reached: 'Ops' on 15/07/2019 Server error: '451 4.3.0 Temporary server error'"), OutcomeBounced, CategoryServerError}, // written for the test
		{r("Folgende Empfänger konnten nicht erreicht werden: 'Einkauf' am 15.07.2019 Serverfehler: '451 4.3.0 Local error in processing'"), OutcomeBounced, CategoryServerError},                                                         // written for the test
	})
	runKinds(t, "nobody here by the address", []kindCase{
		{r("550 Niemand unter dieser Adresse bekannt"), OutcomeBounced, CategoryUserUnknown},     // bouncefetch, blindar-0016
		{r("550 Unter dieser Adresse ist niemand bekannt"), OutcomeBounced, CategoryUserUnknown}, // written for the test
		{r("550 Empfänger unbekannt"), OutcomeBounced, CategoryUserUnknown},                      // written for the test
		{r("550 No recipients for yor mail here"), OutcomeBounced, CategoryUserUnknown},          // bouncefetch, blindar-0021
		{r("550 No recipient by that name here"), OutcomeBounced, CategoryUserUnknown},           // written for the test
	})
	runKinds(t, "a kind of content not taken, in German, French and Spanish", []kindCase{
		{r("550 Es werden keine Emails mit eingebetteten Bildern akzeptiert."), OutcomeBounced, CategorySpamContent}, // bouncefetch, blindar-0018
		{r("550 Anhänge vom Typ .exe werden nicht akzeptiert"), OutcomeBounced, CategorySpamContent},                 // written for the test
		{r("554 HTML-Mails werden nicht angenommen"), OutcomeBounced, CategorySpamContent},                           // written for the test
		{r("550 Les pièces jointes de type .exe ne sont pas acceptées"), OutcomeBounced, CategorySpamContent},        // written for the test
		{r("550 No se aceptan archivos adjuntos ejecutables"), OutcomeBounced, CategorySpamContent},                  // written for the test
		// mail taken only from certain senders is the receiver's rule on who sends
		{r("550 Es werden nur Emails von bestimmten Email-Adressen akzeptiert."), OutcomeBounced, CategoryPolicyRejected},   // bouncefetch, blindar-0017
		{r("550 Es werden nur Nachrichten von registrierten Absendern angenommen"), OutcomeBounced, CategoryPolicyRejected}, // written for the test
		// a size bound on attachments is the message's size

		{r("552 Anhänge über 20 MB werden nicht akzeptiert"), OutcomeBounced, CategoryMessageTooLarge}, // written for the test
	})
}

// TestKindBatchARReview holds the counter-cases a review of AR's kinds
// found over-reaching (review D1–D7): what each new rule must not take.
func TestKindBatchARReview(t *testing.T) {
	runKinds(t, "blackholed for a rate, for spam or said of a recipient is not a client's listing", []kindCase{
		{r("451 4.7.1 Temporarily blackholed: too many connections, try again in an hour"), OutcomeDeferred, CategoryRateLimited}, // review D1
		{r("550 5.7.1 Spam blackholed"), OutcomeBounced, CategorySpamContent},                                                     // review D1
		{r("550 5.7.1 Recipient <bob@example.org> blackholed by policy"), OutcomeBounced, CategoryPolicyRejected},                 // review D1
	})
	runKinds(t, "a service administratively disabled is the server's", []kindCase{
		{r("421 4.3.2 Service administratively disabled, try again later"), OutcomeDeferred, CategoryServerError}, // review D2
	})
	runKinds(t, "no recipients for a message is the dialogue's order", []kindCase{
		{r("503 5.5.1 No recipients for this message"), OutcomeBounced, CategorySyntaxError},                          // review D3
		{r("550 Niemand darf an diese Adresse schreiben, Absender gesperrt"), OutcomeBounced, CategoryPolicyRejected}, // review D5
	})
	runKinds(t, "attachments refused for their size or their senders, in German, French and Spanish", []kindCase{
		{r("550 E-Mails mit Anhängen von nicht registrierten Adressen werden nicht akzeptiert"), OutcomeBounced, CategoryPolicyRejected}, // review D4
		{r("552 Anhänge über 20 Megabyte werden nicht akzeptiert"), OutcomeBounced, CategoryMessageTooLarge},                             // review D4
		{r("552 Dateien über 10MB werden nicht angenommen"), OutcomeBounced, CategoryMessageTooLarge},                                    // review D4
		{r("552 Les pièces jointes de plus de 10 Mo ne sont pas acceptées"), OutcomeBounced, CategoryMessageTooLarge},                    // review D4
		{r("550 No se aceptan archivos adjuntos de direcciones externas"), OutcomeBounced, CategoryPolicyRejected},                       // review D4
	})
	runKinds(t, "an authentication demand and the server's capacity, in German", []kindCase{
		{r("550 Es werden nur E-Mails von Absendern mit gültiger DKIM-Signatur akzeptiert"), OutcomeBounced, CategoryAuthenticationFailed}, // review D5
		{r("452 4.3.1 Kapazität des Servers erschöpft, bitte später erneut versuchen"), OutcomeDeferred, CategoryServerError},              // review D5
	})
	runKinds(t, "the sender's account or the server stopped, in Chinese and Japanese", []kindCase{
		{r("550 发件人邮箱已被冻结"), OutcomeBounced, CategoryPolicyRejected},       // review D6: the sender's mailbox is frozen
		{r("421 服务暂停使用，请稍后再试"), OutcomeDeferred, CategoryServerError},      // review D6: the service is suspended
		{r("451 サーバーは一時的に停止されています"), OutcomeDeferred, CategoryServerError}, // review D6: the server is stopped for now
		{r("550 このサービスは停止されています"), OutcomeBounced, CategoryServerError},    // review D6: this service is stopped
	})
	runKinds(t, "a media code over a content verdict or a size", []kindCase{
		{r("554 5.6.0 Message content rejected: malformed headers detected as spam"), OutcomeBounced, CategorySpamContent}, // review D7
		{r("554 5.6.0 Conversion failed: message too large to convert"), OutcomeBounced, CategoryMessageTooLarge},          // review D7
	})
}
