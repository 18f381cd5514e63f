package diagnose

import "testing"

// The kinds the twenty-sixth session found in probe BF (written by a
// helper who read neither the rules nor the model, from mail servers',
// filters' and mail clients' source code and translation files), each
// with phrasings other than the probe's.

// RFC 5321's reply texts as a mail client translates them when the
// server sent little else (Evolution shows its own translation of the
// code's text): the code's meaning in the languages beyond the NDR ones.
func TestKindTranslatedReplyTexts(t *testing.T) {
	runKinds(t, "translated reply texts", []kindCase{
		// 452 insufficient system storage: the server's, retried
		{r("MAIL FROM -komento epäonnistui: järjestelmän levytila ei riitä"), OutcomeDeferred, CategoryServerError},
		{r("DATA-kommandot misslyckades: otillräckligt systemutrymme på servern"), OutcomeDeferred, CategoryServerError},
		{r("Polecenie DATA nie powiodło się: brak miejsca w miejscu przechowywania na serwerze"), OutcomeDeferred, CategoryServerError},
		{r("Příkaz DATA selhal: nedostatek místa v systému"), OutcomeDeferred, CategoryServerError},
		{r("DATA komutu başarısız: disk alanı yetersiz"), OutcomeDeferred, CategoryServerError},
		// 421 service not available, closing the transmission channel
		{r("Palvelu ei ole käytettävissä, suljetaan siirtokanava"), OutcomeDeferred, CategoryServerError},
		{r("MAIL FROM nie powiodło się: usługa nie jest dostępna, zamykanie kanału transmisyjnego"), OutcomeDeferred, CategoryServerError},
		{r("Hizmet uygun değil, iletişim kanalı kapatılıyor"), OutcomeDeferred, CategoryServerError},
		{r("Служба недоступна, канал передачі закривається"), OutcomeDeferred, CategoryServerError},
		// 451 error in processing
		{r("DATA-kommando mislykkedes: forespurgt handling afbrudt: fejl i processering"), OutcomeDeferred, CategoryServerError},
		{r("Az üzenet küldése sikertelen: hiba a feldolgozás során"), OutcomeDeferred, CategoryServerError},
		{r("Acțiunea a fost anulată: eroare la procesare"), OutcomeDeferred, CategoryServerError},
		// 500/501 syntax errors
		{r("RCPT TO-kommandoen feilet: syntaksfeil, kommando ikke gjenkjent"), OutcomeBounced, CategorySyntaxError},
		{r("MAIL FROM -komento epäonnistui: syntaksivirhe parametreissa"), OutcomeBounced, CategorySyntaxError},
		{r("Polecenie RCPT TO nie powiodło się: błąd składniowy w parametrach"), OutcomeBounced, CategorySyntaxError},
		{r("Komanda MAIL FROM neizdevās: sintakses kļūda argumentos"), OutcomeBounced, CategorySyntaxError},
		{r("Σφάλμα σύνταξης στις παραμέτρους της εντολής MAIL FROM"), OutcomeBounced, CategorySyntaxError},
		// 553 mailbox name not allowed
		{r("RCPT TO <ana@example.com> nie powiodło się: niedozwolona nazwa skrzynki"), OutcomeBounced, CategorySyntaxError},
		{r("RCPT TO <jo@example.com> feilet: postboksnavn ikke tillatt"), OutcomeBounced, CategorySyntaxError},
		{r("RCPT TO <jo@example.com> sikertelen: a postafiók neve nem engedélyezett"), OutcomeBounced, CategorySyntaxError},
		// 552 exceeded storage allocation: the mailbox's quota
		{r("RCPT TO <jo@example.com> epäonnistui: varattu levytila ylitetty"), OutcomeBounced, CategoryMailboxFull},
		{r("RCPT TO <jo@example.com> misslyckades: överskriden utrymmesallokering"), OutcomeBounced, CategoryMailboxFull},
		{r("RCPT TO <jo@example.com> selhal: překročena alokace úložiště"), OutcomeBounced, CategoryMailboxFull},
		{r("RCPT TO <jo@example.com> başarısız: ayrılan saklama miktarı aşıldı"), OutcomeBounced, CategoryMailboxFull},
		// 538 encryption required for the authentication mechanism
		{r("AUTH-kommandoen feilet: kryptering kreves for denne autentiseringsmekanismen"), OutcomeBounced, CategoryTLSRequired},
		{r("Polecenie AUTH nie powiodło się: mechanizm uwierzytelniający wymaga szyfrowania"), OutcomeBounced, CategoryTLSRequired},
		// without the mechanism named it is not RFC 4954's 538, and a TLS demand without a code is retried
		{r("AUTH parancs sikertelen: titkosítás szükséges a hitelesítéshez"), OutcomeDeferred, CategoryTLSRequired},
		{r("Příkaz AUTH selhal: pro tento způsob ověřování je vyžadováno šifrování"), OutcomeBounced, CategoryTLSRequired},
		// counter-cases: the words of another kind stay theirs
		{r("552 5.2.2 Postfach voll: Speicherplatz überschritten"), OutcomeBounced, CategoryMailboxFull},
		{r("550 5.1.1 Odbiorca nieznany: skrzynka nie istnieje"), OutcomeBounced, CategoryUserUnknown},
	})
}

// A mail client's own report that it could not reach its server (refused,
// no route, host not found) in the languages clients are translated
// into: a connection failure, retried, or a name that does not resolve.
func TestKindClientConnectionLocalized(t *testing.T) {
	runKinds(t, "client connection localized", []kindCase{
		{r("msmtp: nie można połączyć się z smtp.example.org, port 587: połączenie odrzucone"), OutcomeDeferred, CategoryConnectionFailed},
		{r("sendmail: nelze se připojit k mail.example.org, port 25: spojení odmítnuto"), OutcomeDeferred, CategoryConnectionFailed},
		{r("nu s-a putut conecta la mail.example.org: conexiune refuzată"), OutcomeDeferred, CategoryConnectionFailed},
		{r("не вдалося під'єднатися до mail.example.org, порт 25: з'єднання відхилено"), OutcomeDeferred, CategoryConnectionFailed},
		{r("не могу да се повежем на mail.example.org, порт 465: веза одбијена"), OutcomeDeferred, CategoryConnectionFailed},
		{r("mail.example.org sunucusuna bağlanılamadı: bağlantı reddedildi"), OutcomeDeferred, CategoryConnectionFailed},
		{r("kunne ikke koble til mail.example.org, port 587: tilkobling avvist"), OutcomeDeferred, CategoryConnectionFailed},
		{r("tidak dapat terhubung ke mail.example.org: koneksi ditolak"), OutcomeDeferred, CategoryConnectionFailed},
		{r("nu se poate conecta la mail.example.org, portul 25: timpul de așteptare a expirat"), OutcomeDeferred, CategoryConnectionFailed},
		{r("msmtp: не можу да пронађем домаћина „mail.example.org“"), OutcomeBounced, CategoryDomainNotFound},
		{r("msmtp: nie znaleziono hosta mail.example.org"), OutcomeBounced, CategoryDomainNotFound},
		{r("msmtp: не вдалося знайти вузол mail.example.org"), OutcomeBounced, CategoryDomainNotFound},
		// counter-case: the recipient refused, not the connection
		{r("550 5.1.1 Odbiorca odrzucony: nie znaleziono użytkownika"), OutcomeBounced, CategoryUserUnknown},
	})
}

// A final report whose last error was a transient one (the queue gave up
// after retrying) is the message's expiry, whatever the last error was.
func TestKindFinalReportAfterTransient(t *testing.T) {
	runKinds(t, "final report after transient", []kindCase{
		{r("Your message could not be delivered to bo@example.net: the delivery failed repeatedly and the message timed out in the queue"), OutcomeBounced, CategoryExpired},
		{r("Delivery to ann@example.org failed permanently. No further deliveries will be attempted. Last error: 451 4.7.1 Please try again later"), OutcomeBounced, CategoryExpired},
		{r("Permanent failure for ann@example.org after several attempts; all MXs returned transient failures (last: connection refused)"), OutcomeBounced, CategoryExpired},
		// counter-case: a permanent error at once is its own category
		{r("Delivery to ann@example.org failed permanently: 550 5.1.1 user unknown"), OutcomeBounced, CategoryUserUnknown},
	})
}

// A rate over a period ("more than 500 messages in past 1m0s") is a rate
// whatever code carries it: x.2.2 (mailbox full) is the code's subject,
// the words say who is over what.
func TestKindRateOverPeriodAnyCode(t *testing.T) {
	runKinds(t, "rate over a period, any code", []kindCase{
		{r("452 4.2.2 more than 200 messages in past 10m0s from your network"), OutcomeDeferred, CategoryRateLimited},
		{r("452 4.2.2 more than 30 connections in the past minute from 192.0.2.4"), OutcomeDeferred, CategoryRateLimited},
		{r("450 4.2.2 over 100 recipients in the past hour from your ip, slow down"), OutcomeDeferred, CategoryRateLimited},
		{r("452 4.2.2 Mailbox full: more than 2 GB in the mailbox"), OutcomeDeferred, CategoryMailboxFull},
	})
}

// Review S26B: what the BF kinds must not take. A server's reply that
// says "connection refused" in a client's words and names its reason is
// read by its reason; "not transient" is not a transient last error; a
// count over "the past" window of spam traps, complaints or logins is not
// a rate; an authentication check that failed in processing is the check.
func TestKindBFCounterCases(t *testing.T) {
	runKinds(t, "BF counter-cases", []kindCase{
		{r("550 5.7.1 Bağlantı reddedildi: gönderen alan adı SPF kontrolünden geçemedi (SPF fail)"), OutcomeBounced, CategoryAuthenticationFailed},
		{r("554 5.7.1 Nie można połączyć: nadawca na czarnej liście Spamhaus"), OutcomeBounced, CategoryBlocklisted},
		{r("550 5.1.1 The message could not be delivered: the mailbox does not exist (a permanent failure, non-transient)"), OutcomeBounced, CategoryUserUnknown},
		{r("554 5.7.1 Rejected: more than 4 messages to our spam traps in the past 3 days"), OutcomeBounced, CategorySpamContent},
		{r("550 5.7.1 Hylätty: virhe käsittelyssä, SPF-tarkistus ei mennyt läpi (SPF fail)"), OutcomeBounced, CategoryAuthenticationFailed},
	})
}

// A block list named in the languages beyond the NDR ones is a block list,
// also behind a client's word for a refused connection (review S26B-3).
func TestKindBlockListBeyondNDRLanguages(t *testing.T) {
	runKinds(t, "block list beyond the NDR languages", []kindCase{
		{r("550 5.7.1 Spojení odmítnuto: váš server je na černé listině"), OutcomeBounced, CategoryBlocklisted},
		{r("554 Odrzucono: adres IP 192.0.2.5 jest na czarnej liście"), OutcomeBounced, CategoryBlocklisted},
		{r("550 Bağlantı reddedildi: IP adresiniz kara listede"), OutcomeBounced, CategoryBlocklisted},
	})
}
