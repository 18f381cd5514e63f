package diagnose

// gitSendEmailMessages are git send-email's own messages about the SMTP
// server it was set to send with (git-send-email.perl of git/git at
// 1a3e64c6c4a6, which batch CR cites; line numbers below), in English and
// every translation po/*.po holds (bg, ca, de, el, es, fr, ga, id, it,
// ko, pl, pt_PT, ru, sv, tr, uk, vi, zh_CN, zh_TW; Greek translates only
// "STARTTLS failed!", Icelandic none of them, and an untranslated message
// is shown in English). git send-email dies with the message: the patch
// is not sent, and the user runs it again once the connection or the
// setting is mended.
//
// "Unable to initialize SMTP properly. Check config and use
// --smtp-debug." (L1821): Net::SMTP->new returned nothing, no connection
// or no greeting; the die adds " VALUES: server=%s encryption=%s
// hello=%s port=%s" (the encryption empty when unset) and, as the text
// ends without a newline, Perl's " at FILE line N." (cr-024, cr-041).
// "STARTTLS failed! %s" (L1808, L1812): the TLS handshake after STARTTLS
// failed, with IO::Socket::SSL's error after it and Perl's location; the
// error decides the category (a certificate that does not verify is the
// TLS demand's by the sets' convention, review S39E's "STARTTLS failed:
// certificate signature verification failed"; a protocol mismatch or a
// dropped handshake the connection's), so only the words alone, with no
// error after them, are here (cr-023 is a certificate failure the batch
// labels connection_failed: a label call). Both are connection_failed,
// deferred (own: the account's server). "Server does not support
// STARTTLS! %s" (L1803, older Net::SMTP only) is a frame around the
// server's answer to STARTTLS (a 5.5.1 unknown command, a 454 TLS not
// available; cr-022, cr-040), whose reply is the cause: only its words
// alone are here, tls_required, deferred, as the sets label the client's
// own TLS demand.
//
// Left out: "Failed to send %s" (L1856, the subject, then the server's
// reply), the bare "die $smtp->message" after AUTH, MAIL, RCPT and DATA
// (the reply alone), "The required SMTP server is not properly defined."
// and "error: invalid SMTP port '%s'" (settings: no server was asked),
// "cannot send message as 7bit" (the patch's encoding, decided before
// sending). Batch CR cr-022..024, cr-040, cr-041.
var gitSendEmailMessages = []catalogMessage{
	{own: true, key: "Unable to initialize SMTP properly. Check config and use --smtp-debug.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to initialize SMTP properly. Check config and use --smtp-debug.", // en el is
		"Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Подсистемата за SMTP не може да се инициализира.  Проверете настройките и използвайте опцията: „--smtp-debug“.", // bg
		"Подсистемата за SMTP не може да се инициализира.  Проверете настройките и използвайте опцията: „--smtp-debug“. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Подсистемата за SMTP не може да се инициализира.  Проверете настройките и използвайте опцията: „--smtp-debug“. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Подсистемата за SMTP не може да се инициализира.  Проверете настройките и използвайте опцията: „--smtp-debug“. VALUES: server=%s encryption=%s hello=%s port=%s",
		"No s'ha pogut inicialitzar SMTP correctament. Comproveu-ho la configuració i useu --smtp-debug.", // ca
		"No s'ha pogut inicialitzar SMTP correctament. Comproveu-ho la configuració i useu --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"No s'ha pogut inicialitzar SMTP correctament. Comproveu-ho la configuració i useu --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"No s'ha pogut inicialitzar SMTP correctament. Comproveu-ho la configuració i useu --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Konnte SMTP nicht korrekt initialisieren. Bitte prüfen Sie Ihre Konfiguration\nund benutzen Sie --smtp-debug.", // de
		"Konnte SMTP nicht korrekt initialisieren. Bitte prüfen Sie Ihre Konfiguration\nund benutzen Sie --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Konnte SMTP nicht korrekt initialisieren. Bitte prüfen Sie Ihre Konfiguration\nund benutzen Sie --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Konnte SMTP nicht korrekt initialisieren. Bitte prüfen Sie Ihre Konfiguration\nund benutzen Sie --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"No es posible inicializar SMTP adecuadamente. Verificar config y usar --smtp-debug.", // es
		"No es posible inicializar SMTP adecuadamente. Verificar config y usar --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"No es posible inicializar SMTP adecuadamente. Verificar config y usar --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"No es posible inicializar SMTP adecuadamente. Verificar config y usar --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Impossible d'initialiser SMTP. Vérifiez la configuration et utilisez --smtp-debug.", // fr
		"Impossible d'initialiser SMTP. Vérifiez la configuration et utilisez --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Impossible d'initialiser SMTP. Vérifiez la configuration et utilisez --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Impossible d'initialiser SMTP. Vérifiez la configuration et utilisez --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Ní féidir SMTP a thionscnamh i gceart. Seiceáil configí agus bain úsáid as --smtp-debug.", // ga
		"Ní féidir SMTP a thionscnamh i gceart. Seiceáil configí agus bain úsáid as --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Ní féidir SMTP a thionscnamh i gceart. Seiceáil configí agus bain úsáid as --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Ní féidir SMTP a thionscnamh i gceart. Seiceáil configí agus bain úsáid as --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Tidak dapat menginisialisasi SMTP dengan benar. Periksa konfigurasi dan gunakan --smtp-debug.", // id
		"Tidak dapat menginisialisasi SMTP dengan benar. Periksa konfigurasi dan gunakan --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Tidak dapat menginisialisasi SMTP dengan benar. Periksa konfigurasi dan gunakan --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Tidak dapat menginisialisasi SMTP dengan benar. Periksa konfigurasi dan gunakan --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Impossibile inizializzare SMTP in modo adeguato. Controlla la configurazione e usa --smtp-debug.", // it
		"Impossibile inizializzare SMTP in modo adeguato. Controlla la configurazione e usa --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Impossibile inizializzare SMTP in modo adeguato. Controlla la configurazione e usa --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Impossibile inizializzare SMTP in modo adeguato. Controlla la configurazione e usa --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"SMTP를 제대로 초기화할 수 없습니다. 설정을 확인하고 --smtp-debug 옵션을 사용하십시오.", // ko
		"SMTP를 제대로 초기화할 수 없습니다. 설정을 확인하고 --smtp-debug 옵션을 사용하십시오. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"SMTP를 제대로 초기화할 수 없습니다. 설정을 확인하고 --smtp-debug 옵션을 사용하십시오. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"SMTP를 제대로 초기화할 수 없습니다. 설정을 확인하고 --smtp-debug 옵션을 사용하십시오. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Nie można prawidłowo zainicjować SMTP. Sprawdź konfigurację i użyj --smtp-debug.", // pl
		"Nie można prawidłowo zainicjować SMTP. Sprawdź konfigurację i użyj --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Nie można prawidłowo zainicjować SMTP. Sprawdź konfigurację i użyj --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Nie można prawidłowo zainicjować SMTP. Sprawdź konfigurację i użyj --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Incapaz inicializar SMTP devidamente. Verifica config e usa --smtp-debug.", // pt_PT
		"Incapaz inicializar SMTP devidamente. Verifica config e usa --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Incapaz inicializar SMTP devidamente. Verifica config e usa --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Incapaz inicializar SMTP devidamente. Verifica config e usa --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Не удалось инициализировать SMTP. Проверьте ваши настройки и попробуйте запустить в параметром --smtp-debug.", // ru
		"Не удалось инициализировать SMTP. Проверьте ваши настройки и попробуйте запустить в параметром --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Не удалось инициализировать SMTP. Проверьте ваши настройки и попробуйте запустить в параметром --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Не удалось инициализировать SMTP. Проверьте ваши настройки и попробуйте запустить в параметром --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Kan inte initiera SMTP korrekt. Kontrollera inställningarna och använd --smtp-debug.", // sv
		"Kan inte initiera SMTP korrekt. Kontrollera inställningarna och använd --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Kan inte initiera SMTP korrekt. Kontrollera inställningarna och använd --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Kan inte initiera SMTP korrekt. Kontrollera inställningarna och använd --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"SMTP düzgünce başlatılamıyor. Yapılandırmayı denetleyin ve --smtp-debug yapın.", // tr
		"SMTP düzgünce başlatılamıyor. Yapılandırmayı denetleyin ve --smtp-debug yapın. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"SMTP düzgünce başlatılamıyor. Yapılandırmayı denetleyin ve --smtp-debug yapın. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"SMTP düzgünce başlatılamıyor. Yapılandırmayı denetleyin ve --smtp-debug yapın. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Не вдалося правильно ініціалізувати SMTP. Перевірте конфігурацію і скористайтесь --smtp-debug.", // uk
		"Не вдалося правильно ініціалізувати SMTP. Перевірте конфігурацію і скористайтесь --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Не вдалося правильно ініціалізувати SMTP. Перевірте конфігурацію і скористайтесь --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Не вдалося правильно ініціалізувати SMTP. Перевірте конфігурацію і скористайтесь --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"Không thể khởi tạo SMTP đúng cách. Kiểm tra cấu hình và dùng --smtp-debug.", // vi
		"Không thể khởi tạo SMTP đúng cách. Kiểm tra cấu hình và dùng --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"Không thể khởi tạo SMTP đúng cách. Kiểm tra cấu hình và dùng --smtp-debug. VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"Không thể khởi tạo SMTP đúng cách. Kiểm tra cấu hình và dùng --smtp-debug. VALUES: server=%s encryption=%s hello=%s port=%s",
		"无法正确地初始化 SMTP。检查配置并使用 --smtp-debug。", // zh_CN
		"无法正确地初始化 SMTP。检查配置并使用 --smtp-debug。 VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"无法正确地初始化 SMTP。检查配置并使用 --smtp-debug。 VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"无法正确地初始化 SMTP。检查配置并使用 --smtp-debug。 VALUES: server=%s encryption=%s hello=%s port=%s",
		"無法正確地初始化 SMTP。檢查設定並使用 --smtp-debug。", // zh_TW
		"無法正確地初始化 SMTP。檢查設定並使用 --smtp-debug。 VALUES: server=%s encryption=%s hello=%s port=%s at %s line %d.",
		"無法正確地初始化 SMTP。檢查設定並使用 --smtp-debug。 VALUES: server=%s encryption= hello=%s port=%s at %s line %d.",
		"無法正確地初始化 SMTP。檢查設定並使用 --smtp-debug。 VALUES: server=%s encryption=%s hello=%s port=%s",
	}},
	// The words alone: IO::Socket::SSL gave no error.
	{own: true, key: "STARTTLS failed! %s", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"STARTTLS failed!", // en is
		"Неуспешно изпълнение на STARTTLS!", // bg
		"STARTTLS ha fallat!",          // ca
		"STARTTLS fehlgeschlagen!",     // de
		"Το STARTTLS απέτυχε!",         // el
		"¡Falló STARTTLS!",             // es
		"échec de STARTTLS !",          // fr
		"Theip ar STARTTLS!",           // ga
		"STARTTLS gagal!",              // id
		"STARTTLS non riuscito!",       // it
		"STARTTLS 실패!",                 // ko
		"nie można wykonać STARTTLS!",  // pl
		"Falhou STARTTLS!",             // pt_PT
		"Ошибка STARTTLS!",             // ru
		"STARTTLS misslyckades!",       // sv
		"STARTTLS başarısız oldu!",     // tr
		"STARTTLS завершився невдало!", // uk
		"STARTTLS gặp lỗi!",            // vi
		"STARTTLS 失败！",                 // zh_CN
		"STARTTLS 失敗！",                 // zh_TW
	}},
	{own: true, key: "Server does not support STARTTLS! %s", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"Server does not support STARTTLS!",     // en el is
		"Сървърът не поддържа „STARTTLS“!",      // bg
		"El servidor no admet STARTTLS!",        // ca
		"Server unterstützt kein STARTTLS!",     // de
		"¡El servidor no soporta STARTTLS!",     // es
		"Le serveur ne supporte pas STARTTLS !", // fr
		"Ní thacaíonn freastalaí le STARTTLS!",  // ga
		"Peladen tidak mendukung STARTTLS!",     // id
		"Il server non supporta STARTTLS!",      // it
		"서버에서 STARTTLS를 지원하지 않습니다!",             // ko
		"Serwer nie wspiera STARTTLS!",          // pl
		"O servidor insustenta STARTTLS!",       // pt_PT
		"Сервер не поддерживает STARTTLS!",      // ru
		"Servern stöder inte STARTTLS!",         // sv
		"Sunucu STARTTLS desteklemiyor!",        // tr
		"Сервер не підтримує STARTTLS!",         // uk
		"Máy chủ không hỗ trợ STARTTLS!",        // vi
		"服务器不支持 STARTTLS！",                      // zh_CN
		"伺服器不支援 STARTTLS！",                      // zh_TW
	}},
}
