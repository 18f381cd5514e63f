package diagnose

// mailyMessages are Maily's (Enough-Software/enough_mail_app at
// d5c7665c78c0, which batch CT cites; a Flutter mail client) own reports
// of an account whose servers it could not use, from
// lib/src/localization/app_{en,de,es}.arb (all the languages it ships),
// ARB's {name} placeholders written %s: the account's incoming or
// outgoing server out of reach (lib/src/screens/
// account_server_details_screen.dart L269) or the account not reachable
// on a retry (account_edit_screen.dart L73, L498), connection_failed,
// deferred; the login refused with the user name and password it shows
// (account_server_details_screen.dart L309) or the new account's check
// that asks for the address and password again (account_add_screen.dart
// L665), policy_rejected, bounced, by the README's SMTP AUTH convention.
// All are about the account's own servers (own). The host names, user
// name, password and address are one word each (word); the account's
// name in "Maily could not connect %s." may be several. A password of
// punctuation only, or masked as a report quotes it (ct-030, ct-046:
// "********"), is trimmed with the text's end: the login texts are also
// listed without it.
//
// Left out: accountLoadError ("Unable to connect to your account %s.
// Has the password been changed?": two causes, and shown nowhere at this
// commit); addAccountResolvingSettingsFailedInfo (the settings of an
// address not found by discovery, no delivery cause); the frames that
// quote the server's answer: composeSendErrorInfo ("Sorry, your mail
// could not be send. We received the following error:\n{details}."),
// resultRedirectedFailure and icalendarParticipantStatusSentFailure ("…
// The server responded with the following details: {details}"), which
// unwrap.go would have to strip. Batch CT ct-029, ct-030, ct-046.
var mailyMessages = []catalogMessage{
	{own: true, word: true, key: "accountDetailsErrorHostProblem", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		`Maily cannot reach the specified mail server. Please check your incoming server setting "%s" and your outgoing server setting "%s".`,                                          // en
		`Maily kann den angegeben Server nicht erreich. Bitte überprüfe die Einstellugen des Posteingang-Servers "%s" und des Postausgang-Servers "%s".`,                               // de
		`Maily no puede llegar al servidor de correo especificado. Por favor, compruebe la configuración del servidor de entrada "%s" y la configuración del servidor de salida "%s".`, // es
	}},
	{own: true, key: "editAccountFailureToConnectInfo", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Maily could not connect %s.",      // en
		"Maily konnte %s nicht erreichen.", // de
		"Maily no pudo conectar %s.",       // es
	}},
	{own: true, word: true, key: "accountDetailsErrorLoginProblem", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		`Unable to log your in. Please check your user name "%s" and your password "%s".`,                  // en
		`Anmeldung fehlgeschlagen. Bitte überprüfe den Login-Namen "%s" und das Passwort "%s".`,            // de
		`No se puede iniciar sesión. Por favor, comprueba tu nombre de usuario "%s" y tu contraseña "%s".`, // es
		// the same with a password of punctuation only, or masked as a
		// report quotes it ("********"), which goes with the text's end
		`Unable to log your in. Please check your user name "%s" and your password`,                  // en
		`Anmeldung fehlgeschlagen. Bitte überprüfe den Login-Namen "%s" und das Passwort`,            // de
		`No se puede iniciar sesión. Por favor, comprueba tu nombre de usuario "%s" y tu contraseña`, // es
	}},
	{own: true, word: true, key: "addAccountVerifyingFailedInfo", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Sorry, but there was a problem. Please check your email %s and password.",                             // en
		"Leider konnte ich dich nicht anmelden. Überprüfe deine E-Mail %s und dein Passwort.",                  // de
		"Lo sentimos, pero ha habido un problema. Por favor, comprueba tu correo electrónico %s y contraseña.", // es
	}},
}
