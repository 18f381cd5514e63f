package diagnose

// duplicatiMessages are Duplicati's own message about the backup report
// mail it could not send for a cause it names (the SendMail module's
// Strings.SendMail.FailedToLookupMXServer, Duplicati/Library/Modules/
// Builtin/Strings.cs L137 of duplicati/duplicati at 66cfb242da3b, which
// batch CW cites), in English and every translation
// Localizations/duplicati/*.po holds for it (German, French, Japanese,
// Korean, Dutch, Turkish, Chinese; an empty msgstr, and a locale whose
// file predates the message, shows the English text; no entry is
// fuzzy): without --send-mail-url, SendMail.cs L263 looks up the first
// recipient's MX records and throws it when there are none. The
// report helper logs the exception chain as "Failed to send message:
// {type}: {message}" (Strings.ReportHelper.SendMessageFailedError,
// ReportHelper.cs L628-640), so the catalogue holds both the message
// alone and inside that line, each locale's wrapper around its own (or
// the English) message. The recipient's domain publishes no mail
// exchanger: domain_not_found, and the report is not sent again:
// bounced (cw-023, cw-024). Not own: no server of Duplicati's was asked.
// Its {0} is the option's name, one word (word).
//
// Left out: SendMailFailedRetryError ("Failed to send email with server:
// {0}, message: {1}, retrying with {2}", Strings.cs L175, logged before
// the next server is tried: a deferral, but its cause is {1}, .NET's or
// MailKit's exception text, which the catalogue's one category would
// overrule: cw-025 greylisting, cw-042 a busy server, cw-043 a refused
// connection); SendMessageFailedError alone (its {0} is the cause);
// SendMailSuccess (a success, no cause); InvalidRecipient and
// NoRecipientsSpecified (settings: no server was asked). Batch CW
// cw-023..031, cw-042..044.
var duplicatiMessages = []catalogMessage{
	{word: true, key: "FailedToLookupMXServer", category: CategoryDomainNotFound, outcome: OutcomeBounced, texts: []string{
		"Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                    // en bn ca cs cs_CZ da en_DE en_GB en_PL en_US es es_AR fi hu it it_IT lt lv pl pt pt_BR ro ru sk sk_SK sr_RS sv_SE th
		"Der Mailserver konnte nicht durch einen MX-Lookup gefunden werden. Nutzen Sie bitte die Option %s, um zu definieren, welcher SMTP-Server verwendet werden soll.", // de de_CH de_DE
		"Impossible de trouver le serveur mail de destination avec une recherche MX. Utilisez l'option --%s pour indiquer quel serveur SMTP utiliser.",                    // fr fr_CA fr_FR
		"目的のメールサーバーをMXルックアップで見つけられません。--%sのオプションで、使用するSMTPサーバーを指定してください。",                                                                                                 // ja ja_JP
		"MX 조회를 통해 백업 저장소 메일 서버를 찾을 수 없습니다. --%s 옵션을 사용하여 사용할 SMTP 서버를 지정합니다.",                                                                                            // ko
		"De doel-mailserver kan niet gevonden worden door MX-lookup. Gebruik de optie %s om aan te geven welke SMTP-server gebruikt moet worden.",                         // nl_BE nl_NL
		"MX araması ile hedef e-posta sunucusu bulunamadı. Hangi SMTP sunucusunun kullanılacağını belirtmek için lütfen --%s seçeneğini kullanın.",                        // tr tr_TR
		"通过MX查找无法找到目标邮件服务器。请使用选项 --%s 指定要使用的smtp服务器。",                                                                                                                     // zh zh-Hans zh-Hant zh_CN zh_HK zh_TW
	}},
	{word: true, key: "SendMessageFailedError + FailedToLookupMXServer", category: CategoryDomainNotFound, outcome: OutcomeBounced, texts: []string{
		"Failed to send message: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                              // en bn ca da en_DE en_GB en_PL en_US hu lt lv ro sk sk_SK sv_SE th
		"Zprávu se nepodařilo odeslat: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                        // cs cs_CZ
		"Fehler beim Senden der Nachricht: System.IO.IOException: Der Mailserver konnte nicht durch einen MX-Lookup gefunden werden. Nutzen Sie bitte die Option %s, um zu definieren, welcher SMTP-Server verwendet werden soll.", // de de_CH de_DE
		"Fallo en el envío del mensaje: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                       // es es_AR
		"Viestin lähetys epäonnistui: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                         // fi
		"Échec de l'envoi du message: System.IO.IOException: Impossible de trouver le serveur mail de destination avec une recherche MX. Utilisez l'option --%s pour indiquer quel serveur SMTP utiliser.",                         // fr fr_CA fr_FR
		"Impossibile inviare il messaggio: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                    // it it_IT
		"メッセージを送信できませんでした: System.IO.IOException: 目的のメールサーバーをMXルックアップで見つけられません。--%sのオプションで、使用するSMTPサーバーを指定してください。",                                                                                                                 // ja ja_JP
		"메시지 전송 실패: System.IO.IOException: MX 조회를 통해 백업 저장소 메일 서버를 찾을 수 없습니다. --%s 옵션을 사용하여 사용할 SMTP 서버를 지정합니다.",                                                                                                                   // ko
		"Verzenden van bericht mislukt: System.IO.IOException: De doel-mailserver kan niet gevonden worden door MX-lookup. Gebruik de optie %s om aan te geven welke SMTP-server gebruikt moet worden.",                            // nl_BE nl_NL
		"Nie udało się wysłać wiadomości: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                     // pl
		"Falha ao enviar mensagem: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                            // pt pt_BR
		"Не удалось отправить сообщение: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                      // ru
		"Slanje poruke nije uspelo: System.IO.IOException: Unable to find the destination mail server through MX lookup. Please use the option --%s to specify what SMTP server to use.",                                           // sr_RS
		"İleti gönderilemedi: System.IO.IOException: MX araması ile hedef e-posta sunucusu bulunamadı. Hangi SMTP sunucusunun kullanılacağını belirtmek için lütfen --%s seçeneğini kullanın.",                                     // tr tr_TR
		"发送消息失败：System.IO.IOException: 通过MX查找无法找到目标邮件服务器。请使用选项 --%s 指定要使用的smtp服务器。",                                                                                                                                                // zh zh-Hans zh-Hant zh_CN zh_HK zh_TW
	}},
}
