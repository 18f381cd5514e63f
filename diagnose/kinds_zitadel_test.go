package diagnose

import "testing"

// TestKindZITADELKinds holds ZITADEL's messages for the SMTP provider it
// sends with, from its catalogue (zitadelMessages), in languages batch CP
// did not hold (cp-034..043, cp-047 held English, Japanese, Chinese and
// Russian), and near misses: a catalogue text that goes on with a reply
// or a reason, and the messages left out of the catalogue as naming no
// cause. The texts hold no placeholder. Their phrasings do not train the
// model (kindsUntrained): they are one program's templates.
func TestKindZITADELKinds(t *testing.T) {
	runKinds(t, "ZITADEL kinds", []kindCase{
		// 1. the connection, plain or with TLS, and STARTTLS
		{r("impossible de contacter le serveur SMTP, vérifier le port, problèmes de pare-feu..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Es konnte keine Verbindung zum SMTP-Server hergestellt werden, Port überprüfen, Firewall-Probleme ..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("無法與 SMTP 伺服器聯絡，請檢查埠、防火牆問題..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("SMTP 서버에 연결할 수 없습니다. 포트 또는 방화벽 문제를 확인하십시오..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Kunne ikke kontakte SMTP-serveren, sjekk port, brannmur og at SMTP-serveren er tilgjengelig"), OutcomeDeferred, CategoryConnectionFailed},
		{r("No se pudo contactar con el servidor SMTP usando TLS, verifique el puerto, problemas con el firewall..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("ไม่สามารถติดต่อกับเซิร์ฟเวอร์ SMTP โดยใช้ TLS ได้ ตรวจสอบพอร์ตและปัญหาไฟร์วอลล์..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("không liên lạc được với máy chủ SMTP bằng TLS, kiểm tra cổng, tường lửa..."), OutcomeDeferred, CategoryConnectionFailed},
		{r("kunne ikke starte tls"), OutcomeDeferred, CategoryConnectionFailed},
		{r("TLS іске қосылмады"), OutcomeDeferred, CategoryConnectionFailed},
		{r("COULD NOT START TLS\n"), OutcomeDeferred, CategoryConnectionFailed},

		// 2. the login refused, before and after "ZITADEL" became
		// "Zitadel"
		{r("Die SMTP-Authentifizierung konnte nicht hinzugefügt werden. Überprüfen Sie, ob sowohl Ihr Benutzername als auch Ihr Passwort korrekt sind. Wenn sie korrekt sind, erfordert Ihr Anbieter möglicherweise eine Authentifizierungsmethode, die von ZITADEL nicht unterstützt wird"), OutcomeBounced, CategoryPolicyRejected},
		{r("kon geen smtp-authenticatie toevoegen, controleer of zowel uw gebruiker als uw wachtwoord correct zijn. Als ze correct zijn, vereist uw provider misschien een auth-methode die niet door Zitadel wordt ondersteund"), OutcomeBounced, CategoryPolicyRejected},
		{r("SMTP ऑथेंटिकेशन विफल रहा, यूजर और पासवर्ड की जांच करें"), OutcomeBounced, CategoryPolicyRejected},
		{r("Kunne ikke legge til SMTP-autentisering, sjekk at både brukernavn og passord er satt"), OutcomeBounced, CategoryPolicyRejected},
		{r("could not add smtp auth, check if both your user and password are correct, if they're correct maybe your provider requires an auth method not supported by Zitadel"), OutcomeBounced, CategoryPolicyRejected},

		// 3. the host setting without a port
		{r("could not split host and port for connect to smtp"), OutcomeBounced, CategorySyntaxError},
		{r("Kunne ikke dele vert og port for tilkobling til SMTP"), OutcomeBounced, CategorySyntaxError},

		// 4. near misses: a catalogue text that goes on with a reply or a
		// reason is read as it stands; the messages that name no cause are
		// the rules'
		{r("could not contact with the SMTP server, check the port, firewall issues... 550 5.1.1 user unknown"), OutcomeBounced, CategoryUserUnknown},
		{r("could not start tls: x509: certificate signed by unknown authority"), OutcomeDeferred, CategoryTLSRequired},
		{r("could not set recipient"), OutcomeBounced, CategoryOther},
		{r("could not set sender"), OutcomeBounced, CategoryOther},
		{r("could not create smtp client"), OutcomeBounced, CategoryOther},
	})
}
