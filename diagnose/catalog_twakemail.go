package diagnose

// twakeMailMessages are Twake Mail's (linagora/tmail-flutter at
// e9b412dbfa8c, which batch CT cites; a JMAP client) own reports of a
// message it could not send or of the account it sends with, from
// lib/l10n/intl_*.arb in every locale that translates them (Arabic,
// German, French, Irish, Italian, Mongolian, Russian, Tamil, Ukrainian,
// Vietnamese, Simplified Chinese, Portuguese for the login; the other
// locales fall back to English, intl_messages.arb). ARB's {maxSize} is
// written %s.
//
// The JMAP server's SetError to the submission: tooLarge is
// message_too_large, overQuota the account's own storage quota,
// mailbox_full (batch CT's labels, ct-017, ct-018, ct-039, ct-040,
// ct-044), both bounced: the message is not sent until the user acts.
// The composer's own size check against the server's limit is
// message_too_large too (ct-014..016). The network: the sending queue
// keeps a message sent while offline and sends it when connected
// (connection_failed, deferred; ct-019, ct-020, ct-041); the toasts for
// no network and a connection error say the same. The login refused is
// policy_rejected by the README's SMTP AUTH convention. The account's
// server, network and quota are the program's own (own).
//
// Left out: "Failure to send your message." and "Sending of the message
// failed. An error occurred while sending mail." (no cause); the drafts'
// tooLarge and overQuota texts (saving, not sending); the quota warnings
// at 90 % (nothing failed yet); "Server URL is not valid, please try
// again" (shown for a timeout, a bad gateway or a socket error at login:
// its words blame the URL, not the cause); messageDialogOfflineModeOnIOS
// and bannerMessageSendingQueueView (in the ARB files, shown nowhere at
// this commit); the frames that quote another's text: "[%s] %s" (a
// SetError's or method error's type and description, toast_manager.dart
// L120-140), "Unexpected error: {errorMessage}", "Handshake error in
// client: {errorMessage}" (the OS's TLS error), which unwrap.go would
// have to strip.
var twakeMailMessages = []catalogMessage{
	// The sending queue's banner (banner_message_sending_queue_widget.dart L39):
	// messages not sent for the network, kept to be sent again (ct-019,
	// ct-020, ct-041).
	{own: true, key: "bannerMessageSendingQueueViewOnIOS", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Your messages were not sent due to network issues. They're safely stored. When you're back online, you can resend, edit, or delete them.",                                                                      // en
		"Ihre Nachrichten wurden aufgrund von Netzwerkproblemen nicht gesendet. Sie sind sicher gespeichert. Sobald Sie wieder online sind, können Sie sie erneut senden, bearbeiten oder löschen.",                     // de
		"Les messages n'ont pas été envoyés en raison de problèmes de réseau. Ils sont enregistrés en toute sécurité. Lorsque vous êtes de nouveau en ligne, vous pourrez les renvoyer, les modifier ou les supprimer.", // fr
		"Níor seoladh do theachtaireachtaí mar gheall ar shaincheisteanna líonra. Tá siad stóráilte go sábháilte. Nuair a bhíonn tú ar ais ar líne, is féidir leat iad a athdhíol, a chur in eagar nó a scriosadh.",     // ga
		"Таны мессежүүд сүлжээний асуудлаас болж илгээгдсэнгүй. Аюулгүй хадгалагдсан байна. Онлайн болсоны дараа дахин илгээх, засах эсвэл устгах боломжтой.",                                                           // mn
		"Ваши сообщения не были отправлены из-за проблем с сетью. Они сохранены. Когда соединение восстановится, вы сможете отправить, изменить или удалить их.",                                                        // ru
		"பிணையம் சிக்கல்கள் காரணமாக உங்கள் செய்திகள் அனுப்பப்படவில்லை. அவை பாதுகாப்பாக சேமிக்கப்படுகின்றன. நீங்கள் ஆன்லைனில் திரும்பி வரும்போது, அவற்றை மீண்டும் உருவாக்கலாம், திருத்தலாம் அல்லது நீக்கலாம்.", // ta
		"Ваші повідомлення не було надіслано через проблеми з мережею. Вони безпечно зберігаються. Коли ви знову будете онлайн, ви зможете надіслати їх повторно, відредагувати або видалити.",                // uk
		"Tin nhắn của bạn không được gửi do sự cố mạng. Chúng được lưu trữ an toàn. Khi trực tuyến trở lại, bạn có thể gửi lại, chỉnh sửa hoặc xóa chúng.",                                                    // vi
		"由于网络问题，您的邮件未发送。邮件安全存储。当您重新上线后，可以重新发送、编辑或删除邮件。",                                                                                                                                                       // zh_Hans
	}},
	// The toast when a message was queued for want of a connection
	// (mailbox_dashboard_controller.dart L2758, L2769). Arabic's text only
	// says the message was saved to the sending queue.
	{own: true, key: "messageHasBeenSavedToTheSendingQueue", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Temporary network issue. Messages queued for retry when connected.",                                                                 // en
		"تم حفظ الرسالة في قائمة انتظار الإرسال.",                                                                                            // ar
		"Vorübergehendes Netzwerkproblem. Nachrichten stehen in der Warteschlange für einen erneuten Versuch, wenn eine Verbindung besteht.", // de
		"Problème de réseau temporaire. Les messages ont été mis en file d'attente pour une nouvelle tentative une fois connecté.",           // fr
		"Eisiúint shealadach líonra. Cuireadh teachtaireachtaí i scuaine le haghaidh atriail nuair a bhíonn siad ceangailte.",                // ga
		"Сүлжээний түр зуурын алдаа. Холбогдох үед дахин илгээхээр мессежийг дараалалд оруулав.",                                             // mn
		"Временные проблемы с сетью. Сообщения будут отправлены, когда соединение восстановится.",                                            // ru
		"தற்காலிக பிணைய சிக்கல். இணைக்கப்படும்போது மீண்டும் முயற்சித்த செய்திகள் வரிசைப்படுத்தப்பட்டுள்ளன.",                                  // ta
		"Тимчасова проблема з мережею. Повідомлення поставлені в чергу для повторної спроби після підключення.",                              // uk
		"Sự cố mạng tạm thời. Tin nhắn được lưu vào hàng đợi để gửi lại khi được kết nối.",                                                   // vi
		"临时网络问题。连接后排队等待重试邮件。",                                                                                                                // zh_Hans
	}},
	// NoNetworkError (toast_manager.dart L108, login_failure_message_resolver.dart L90).
	{own: true, key: "youAreOffline", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"You are offline. It looks like you are not connected.",               // en
		"Sie sind offline. Es sieht so aus, als ob Sie nicht verbunden sind.", // de
		"Vous êtes hors ligne. Veuillez vérifier votre connexion.",            // fr
		"Tá tú as líne. Tá an chuma ar an scéal nach bhfuil tú ceangailte.",   // ga
		"Та офлайн байна. Интернэтэд холбогдоогүй байх шиг байна.",            // mn
		"Вы не в сети. Кажется, вы не подключены к интернету.",                // ru
		"நீங்கள் ஆஃப்லைனில் இருக்கிறீர்கள். நீங்கள் இணைக்கப்படவில்லை என்று தெரிகிறது.", // ta
		"Ви офлайн. Схоже, ви не підключені.", // uk
		"Bạn đang ngoại tuyến.",               // vi
		"您已离线，您似乎没有连接。",                       // zh_Hans
	}},
	// ConnectionError, a Dio connection error (toast_manager.dart L102, base_controller.dart L234).
	{own: true, key: "connectionError", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Connection error",    // en
		"خطأ في الإتصال",      // ar
		"Verbindungsfehler",   // de
		"Erreur de connexion", // fr
		"Earráid naisc",       // ga
		"Холболтын алдаа",     // mn
		"Ошибка подключения",  // ru
		"இணைப்பு பிழை",        // ta
		"Помилка підключення", // uk
		"Lỗi kết nối",         // vi
		"连接错误",                // zh_Hans
	}},
	// BadCredentialsException: the JMAP server refused the login (toast_manager.dart
	// L100), policy_rejected by the README's SMTP AUTH convention.
	{own: true, key: "badCredentials", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Bad credentials",        // en
		"Falsche Anmeldedaten",   // de
		"Identifiants invalides", // fr
		"Dintiúir dona",          // ga
		"Нэвтрэх мэдээлэл буруу байна", // mn
		"Credenciais incorretas",       // pt pt_BR
		"Неверные учетные данные",      // ru
		"Недійсні облікові дані",       // uk
		"Tài khoản không hợp lệ",       // vi
		"凭据错误",                         // zh_Hans
	}},
	// SetError overQuota to the EmailSubmission or Email create
	// (set_error_extension.dart L14): the account's own quota (ct-018, ct-040).
	{own: true, key: "sendMessageFailureWithSetErrorTypeOverQuota", category: CategoryMailboxFull, outcome: OutcomeBounced, texts: []string{
		"Failure to send your message, because it is over quota.",                    // en
		"عدم إرسال رسالتك ، لأنها تجاوزت الحصة المحددة.",                             // ar
		"Fehler beim Senden Ihrer Nachricht, da das Quotalimit überschritten wurde.", // de
		"Échec de l'envoi de votre message, car vous dépassez votre quota.",          // fr
		"Teip ar do theachtaireacht a sheoladh, toisc go bhfuil sé os cionn cuóta.",  // ga
		"Impossibile inviare il messaggio perché ha superato la quota.",              // it
		"Квотоос хэтэрсэн тул таны мессежийг илгээж чадсангүй.",                      // mn
		"Не удалось отправить сообщение, так как оно превышает квоту.",               // ru
		"உங்கள் செய்தியை அனுப்பத் தவறியது, ஏனெனில் அது ஒதுக்கீட்டிற்கு மேல் உள்ளது.", // ta
		"Не вдалося надіслати ваше повідомлення, оскільки воно перевищило квоту.",    // uk
		"Không thể gửi tin nhắn của bạn, vì vượt quá giới hạn dung lượng.",           // vi
		"邮件发送失败，因为已超出配额。", // zh_Hans
	}},
	// The quota banner at the hard limit (quota_extensions.dart L89): the
	// account's storage is used up, and a message sent is stored in it.
	{own: true, key: "quotaErrorBannerTitle", category: CategoryMailboxFull, outcome: OutcomeBounced, texts: []string{
		"You have run out of storage space",           // en
		"لقد نفدت مساحة التخزين",                      // ar
		"Sie haben keinen Speicherplatz mehr",         // de
		"Vous n'avez plus d'espace de stockage libre", // fr
		"Tá tú ag rith amach as spás stórála",         // ga
		"Таны хадгалах багтаамж дүүрсэн байна",        // mn
		"Вы достигли лимита хранилища",                // ru
		"நீங்கள் சேமிப்பிட இடத்தை விட்டு வெளியேறிவிட்டீர்கள்", // ta
		"У вас закінчилося місце для зберігання",              // uk
		"Bạn đã hết dung lượng lưu trữ",                       // vi
		"您的存储空间用完了", // zh_Hans
	}},
	// SetError tooLarge (set_error_extension.dart L12; ct-017, ct-039, ct-044).
	{key: "sendMessageFailureWithSetErrorTypeTooLarge", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Failure to send your message, because it is too large.",                    // en
		"فشل في إرسال رسالتك لأنها كبيرة جدًا.",                                     // ar
		"Fehler beim Senden Ihrer Nachricht, da sie zu groß ist.",                   // de
		"Échec de l'envoi de votre message, car il est trop volumineux.",            // fr
		"Teip ar do theachtaireacht a sheoladh, toisc go bhfuil sé ró-mhór.",        // ga
		"Impossibile inviare il messaggio perché è troppo grande.",                  // it
		"Хэт том тул таны мессежийг илгээж чадсангүй.",                              // mn
		"Не удалось отправить сообщение, так как превышена его максимальная длина.", // ru
		"உங்கள் செய்தியை அனுப்பத் தவறியது, ஏனெனில் அது மிகப் பெரியது.",              // ta
		"Не вдалося надіслати ваше повідомлення, оскільки воно занадто велике.",     // uk
		"Không thể gửi tin nhắn của bạn, vì nó quá lớn.",                            // vi
		"邮件发送失败，因为它太大了。",                                                            // zh_Hans
	}},
	// The composer's refusal when the attachments pass the server's
	// maxSizeAttachmentsPerEmail (composer_controller.dart L866; ct-014..016);
	// {maxSize} is a size ("25 MB"). Tamil's text breaks the placeholder
	// ("{maxsize of ஐ"): left out.
	{key: "message_dialog_send_email_exceeds_maximum_size", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Your message could not be sent because it exceeds the maximum size of %s",                      // en
		"لا يمكن إرسال الرسالة الخاصة بك لأنها تتجاوز الحجم الأقصى المسموح به والذي يبلغ %s",            // ar
		"Ihre Nachricht konnte nicht gesendet werden, da sie die maximale Größe von %s überschreitet",   // de
		"Votre message n'a pas pu être envoyé parce qu'il dépasse la taille maximale de %s",             // fr
		"Níorbh fhéidir do theachtaireacht a sheoladh toisc go sáraíonn sé uasmhéid %s",                 // ga
		"Impossibile inviare il tuo messaggio perché supera la dimensione massima di %s",                // it
		"Таны мессеж %s дээд хэмжээнээс хэтэрсэн тул илгээгдсэнгүй",                                     // mn
		"Сообщение не может быть отправлено, так как оно превышает максимальный размер %s",              // ru
		"Ваше повідомлення не вдалося надіслати, оскільки його розмір перевищує максимальний розмір %s", // uk
		"Tin nhắn của bạn không thể gửi đi vì đã vượt quá giới hạn dung lượng %s",                       // vi
		"无法发送邮件，因为邮件超过了 %s 的最大大小",                                                                       // zh_Hans
	}},
}
