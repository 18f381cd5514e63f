package diagnose

// mailmanMessages are GNU Mailman 2.1's own notices to the poster of a
// post a list refused or held (Mailman/Handlers/SpamDetect.py, MimeDel.py,
// Moderate.py, CalcRecips.py and Hold.py), in every translation Mailman
// 2.1.39 ships: messages/*/LC_MESSAGES/mailman.po of the "mailman-2.1.39
// source import" in jaredmauch/mailman2-python3 (40eccb3a4a11), each
// decoded from its Content-Type charset (ISO-8859-1, -2, -7, -9, -13, -15,
// EUC-JP, EUC-KR, UTF-8); empty and fuzzy entries left out (Lithuanian has
// none of these). The fork's own files at b0de82e, which batch CL cites,
// hold the same texts but mark about 350 entries of each language fuzzy
// since its Python 3 migration, among them every translation of the
// DMARC, non-member, Urgent: and administrivia notices. Python's
// %(name)s and %(name)d are written %{name}; a text of several lines is
// joined as Utils.wrap fills it, one space at each line break; the
// translators' words are kept as shipped, their slips too (two U+FFFD
// in Dutch's "geen", Italian's "&egrave;", Greek's "&middot;", a few
// translations that say the opposite of the English).
//
// Each is a list's own rule on who or what may be posted: policy_rejected,
// but the body over the list's size limit (message_too_large) and its cap
// on recipients (rate_limited, the sets' convention for recipient caps).
// Left out: Errors.RejectMessage's default "Your message was rejected"
// (a moderated member's post when the list sets no notice: it names no
// cause); Hold.py's ForbiddenPoster and NotExplicitlyAllowed texts, which
// 2.1 never raises; and the Spanish, Czech and Galician texts a
// translation gives both the held and the rejected suspicious header
// (deferred and bounced). Probe CL cl-021, cl-022, cl-023, cl-025..028.
var mailmanMessages = []catalogMessage{
	// Rejected at once (Errors.RejectMessage): the post is returned to the
	// poster with this notice.

	// SpamDetect.py: a header_filter_rules pattern matched and its action is
	// Reject: a rule the list's owner wrote on what may be posted, not a content
	// classifier's verdict (cl-025).
	{key: "Message rejected by filter rule match", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Message rejected by filter rule match",                                            // en
		"رفضت الرسالة بسبب تطابق قاعدة مصفي",                                               // ar
		"Mensax refugáu por activar una regla de peñera",                                   // ast
		"S'ha rebutjat el missatge perquè coincideix amb una regla de filtre",              // ca
		"Zpráva byla zamítnuta filtrovacím pravidlem",                                      // cs
		"Meddelelsen afvist, fordi den blev fanget af en filterregel",                      // da
		"Nachricht wurde durch Filter-Regeln blockiert",                                    // de
		"Το μήνυμα απορρίφθηκε επειδή ταιριάζει σε έναν κανόνα φιλτραρίσματος",             // el
		"Poŝto malakceptita pro kontentigo de filtro",                                      // eo
		"Mensaje rechazado por activar una regla de filtrado",                              // es
		"Filter pidas kirja kinni",                                                         // et
		"Iragazki erregela batekin bat egiteagatik atzera botatako mezua",                  // eu
		"این پیام به‌خاطر مطابقت با قواعد پالایش، پس‌زده‌شد",                               // fa
		"Viesti torjuttu suodatussäännön perusteella",                                      // fi
		"Message rejeté par correspondance avec une règle de filtrage",                     // fr
		"המסר נדחה בגלל התאמה לחוק סינון",                                                  // he
		"A levél megjelenése visszautasítva, mert illeszkedik valamelyik szűrő feltételre", // hu
		"Message rejectate per equalation a regula de filtro",                              // ia
		"Messaggio respinto a causa di una regola di filtro",                               // it
		"フィルタ規則に合致したメールを拒否しました",                                                            // ja
		"Bericht geweigerd vanwege overeenkomst met spamfilterregel",                       // nl
		"Meldingen ble avvist av et filter",                                                // no
		"Wiadomość odrzucona przez filtr",                                                  // pl
		"Mensagem rejeitada pela regra de filtro",                                          // pt_BR
		"Mesaj respins prin activarea unei reguli de filtrare",                             // ro
		"Сообщение отклонено фильтром",                                                     // ru
		"Správa bola zamietnutá filtrovacím pravidlom",                                     // sk
		"Mesaj filtre kuralı eşleşmesi sonucu reddedildi",                                  // tr
		"Повідомлення відкинуте правилом фільтру",                                          // uk
		"Thư bị từ chối vì khớp với quy tắc lọc",                                           // vi
		"由于匹配过滤规则而被拒绝的信件",                                                                  // zh_CN
		"訊息被過濾規則匹配程式所拒絕",                                                                   // zh_TW
	}},
	// MimeDel.py with filter_action Reject: a MIME type in filter_mime_types: the
	// list's rule on what may be posted (cl-026).
	{key: "The message's content type was explicitly disallowed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"The message's content type was explicitly disallowed",                  // en
		"نوع محتويات الرسالة مصرح بمنعها",                                       // ar
		"La triba de conteníu del mensax desactivóse esplícitamente",            // ast
		"El tipus de contingut del missatge va ser explícitament prohibit",      // ca
		"Content type tohoto příspěvku byl výslovně zakázán",                    // cs
		"Meddelelsens indholdstype blev eksplicit afvist",                       // da
		"Der MIME-Typ der Nachricht wurde vom Moderator ausdrücklich verboten.", // de
		"Ο τύπος του περιεχομένου στο μήνυμα είναι ρητά απαγορευμένος",          // el
		"La enhavo-speco de la mesaĝo estas rekte malpermesita",                 // eo
		"El tipo de contenido del mensaje ha sido prohibido explícitamente",     // es
		"Seda tüüpi kirju siia listi ei lubata",                                 // et
		"Mezuaren eduki tipoa esplizituki ezgaitu da",                           // eu
		"نوع محتوای این پیام، صریحاً غیرمجاز دانسته شده است",                    // fa
		"Viestin tyyppi (content-type) on erikseen kielletty",                   // fi
		"Le type de contenu du message était explicitement refusé",              // fr
		"O tipo de contido da mensaxe foi inhabilitado explicitamente",          // gl
		"סוג תוכן הודעה זו אסור במפורש",                                         // he
		"Tip sadržaja poruke je eksplicitno nedozvoljen",                        // hr
		"Az üzenet tartalma olyan típusú, amely külön ki van tiltva.",           // hu
		"Le typo de contento del message esseva explicitemente prohibite",       // ia
		"Il tipo del contenuto del messaggio era esplicitamente proibito",       // it
		"配送が禁止されているファイル形式です",                                                    // ja
		"Het inhoudstype van uw bericht is expliciet niet toegestaan",           // nl
		"Meldingens innholdstype er ikke tillatt",                               // no
		"Tego typu wiadomości zostały bezpośrednio zablokowane",                 // pl
		"O tipo de conteúdo da mensagem foi explicitamente proibido.",           // pt
		"O tipo de conteúdo da mensagem foi explicitamente desautorizado",       // pt_BR
		"Tipul conţinutului acestui mesaj a fost explicit restricţionat",        // ro
		"Сообщения с таким типом содержимого запрещены",                         // ru
		"Content type v tejto správe bol explicítne zakázaný",                   // sk
		"Ta vrsta vsebine sporočila je izrecno prepovedana",                     // sl
		"Meddelandets innehållstyp var uttryckligen förbjudet",                  // sv
		"Mesajın içerik türüne açık şekilde izin verilmedi",                     // tr
		"Тип вмісту повідомлення заборонено",                                    // uk
		"Cấm dứt khoát nội dung của thư này.",                                   // vi
		"该信件的内容类型(content type)被明确禁止",                                           // zh_CN
	}},
	// MimeDel.py with filter_action Reject: a MIME type not in pass_mime_types:
	// the list's rule on what may be posted.
	{key: "The message's content type was not explicitly allowed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"The message's content type was not explicitly allowed",                // en
		"نوع محتويات الرسالة مسموحة بشكل غير صريح",                             // ar
		"La triba de conteníu del mensax nun se permitió esplícitamente",       // ast
		"El tipus de contingut del missatge no va ser explícitament permès",    // ca
		"Content type této zprávy nebyl explicitně povolen",                    // cs
		"Meddelelsens indholdstype er ikke eksplicit tilladt",                  // da
		"Der MIME-Typ der Nachricht wurde vom Moderator nicht erlaubt.",        // de
		"Ο τύποςτου περιεχομένου στο μήνυμα δεν επιτρέπεται ρητά",              // el
		"La enhavo-speco de la mesaĝo ne estas rekte permesita",                // eo
		"El tipo de contenido del mensaje no se ha permitido explícitamente",   // es
		"Kirja sisu tüüp ei olnud lubatud tüüpide nimekirjas",                  // et
		"Mezuaren eduki tipoa ez da baimendu esplizituki",                      // eu
		"نوع محتوای این پیام، صریحاً مجاز دانسته نشده است",                     // fa
		"Viestin tyyppiä (content-type) ei ole erikseen hyväksytty",            // fi
		"Le type de contenu du message n'était pas explicitement autorisé",     // fr
		"O tipo de contido da mensaxe non se permitiu explicitamente",          // gl
		"סוג תוכן הודעה זו לא הותר במפורש",                                     // he
		"Tip sadržaja poruke je eksplicitno dozvoljen",                         // hr
		"Az üzenet tartalmaz olyan típusú, amely nincs külön engedélyezve.",    // hu
		"Le typo de contento del message non esseva explicitemente permittite", // ia
		"Il tipo del contenuto del messaggio non era esplicitamente permesso",  // it
		"配送が許可されていないファイル形式です",                                                  // ja
		"Het inhoudstype van uw bericht is niet expliciet toegestaan",          // nl
		"Meldingens innholdstype er ikke eksplisitt tillatt",                   // no
		"Niedozwolony typ wiadomości",                                          // pl
		"O tipo de conteúdo da mensagem não foi explicitamente permitido",      // pt
		"O tipo de conteúdo da mensagem não foi permitido explicitamente",      // pt_BR
		"Tipul conţinutului acestui mesaj nu a fost explicit permis",           // ro
		"Сообщения с таким типом содержимого не разрешены",                     // ru
		"Content type v tejto správe nebol explicítne povolený",                // sk
		"Ta vrsta vsebine sporočila ni izrecno dovoljena",                      // sl
		"Meddelandets innehållstyp var inte uttryckligen tillåtet",             // sv
		"Mesajın içerik türü açık şekilde izin verilenler listesinde değildi",  // tr
		"Тип вмісту повідомлення не було дозволено",                            // uk
		"Không cho phép dứt khoát kiểu nội dung của thư này.",                  // vi
		"该信件的内容类型(content type)没有被明确禁止",                                        // zh_CN
	}},
	// MimeDel.py with filter_action Reject: an attachment's extension in
	// filter_filename_extensions: the list's rule, not a server's ban of dangerous
	// attachments (cl-027).
	{key: "The message's file extension was explicitly disallowed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"The message's file extension was explicitly disallowed",                       // en
		"تم منع لاحقة ملف الرسالة بشكل صريح",                                           // ar
		"La estensión del axuntu del mensax desactivóse esplícitamente",                // ast
		"L'extensió de fitxer del missatge va ser explícitament prohibit",              // ca
		"Tato přípona souboru byla výslovně zakázána",                                  // cs
		"Meddelelsens filnavn-endelse blev eksplicit afvist.",                          // da
		"Die Datei-Endung des Attachments  wurde vom Moderator ausdrücklich verboten.", // de
		"Η επέκταση αρχείου στο μήνυμα είναι ρητά απαγορευμένος",                       // el
		"La dosier-sufikso de la mesaĝo estas rekte malpermesita",                      // eo
		"La extensión del adjunto del mensaje se ha prohibido explícitamente",          // es
		"Sellise laiendiga faile siia listi ei lubata",                                 // et
		"Mezuaren fitxategiaren luzapen hori esplizituki ezgaitu da",                   // eu
		"پسوند پرونده‌ی این پیام صریحاً غیرمجاز دانسته شده است",                        // fa
		"Viestin tyyppi (content-type) on erikseen kielletty",                          // fi
		"L'extension de fichier du message était explicitement refusé",                 // fr
		"סיומת שם הקובץ של מסר זה אסורה במפורש",                                        // he
		"Le extension de file del message esseva explicitemente prohibite",             // ia
		"L'estensione del nome file era esplicitamente proibita.",                      // it
		"配送が禁止されているファイル拡張子です",                                                          // ja
		"Het bestandstype van het bericht is expliciet niet toegestaan",                // nl
		"Meldingens filetternavn er ikke tillatt",                                      // no
		"Typ wiadomości został bezpośrednio zablokowany",                               // pl
		"O tipo de extensão de arquivo da mensagem foi explicitamente desautorizado",   // pt_BR
		"Tipul conţinutului acestui mesaj a fost explicit restricţionat",               // ro
		"Сообщения с таким расширением файла запрещены",                                // ru
		"Prípona súboru v tejto správe bola explicítne zakázaná",                       // sk
		"У повідомленні файл із розширенням, яке було явно заборонено",                 // uk
		"Cấm dứt khoát phần mở rộng tập tin của thư này.",                              // vi
		"该信件的文件扩展名被明确禁止",                                                               // zh_CN
	}},
	// MimeDel.py with filter_action Reject: an extension not in
	// pass_filename_extensions: the list's rule on what may be posted.
	{key: "The message's file extension was not explicitly allowed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"The message's file extension was not explicitly allowed",                          // en
		"لم يتم السماح بلاحقة ملف الرسالة بشكل صريح",                                       // ar
		"La estensión del axuntu del mensax nun se permitió esplícitamente",                // ast
		"L'extensió del missatge no està permesa de manera explícita",                      // ca
		"Přípona souboru v této zprávě nebyla explicitně povolena",                         // cs
		"Meddelelsens filnavn-endelse er ikke eksplicit tilladt",                           // da
		"Die Datei-Endung des Attachments wurde vom Moderator nicht ausdrücklich erlaubt.", // de
		"Η επέκταση αρχείου  στο μήνυμα δεν επιτρέπεται ρητά",                              // el
		"La dosier-sufikso de la mesaĝo ne estas rekte permesita",                          // eo
		"La extensión del adjunto del mensaje no se ha permitido explícitamente",           // es
		"Manusefaili laiend ei olnud lubatud laiendite nimekirjas",                         // et
		"Mezuaren artxibo luzepena esplizituki ez da baimendu",                             // eu
		"پسوند پرونده‌ی این پیام، صریحاً مجاز دانسته نشده است",                             // fa
		"Viestin tyyppiä (tiedostopääte) ei ole erikseen hyväksytty",                       // fi
		"L'extension de fichier du message n'était pas explicitement autorisé",             // fr
		"סוג סיומת שם הקובץ של מסר זה לא הותר במפורש",                                      // he
		"Le extension de file del message non esseva explicitemente permittite",            // ia
		"L'estensione del nome file non era esplicitamente permessa.",                      // it
		"配送が許可されていないファイル拡張子です",                                                             // ja
		"Het bestandstype van het bericht is niet expliciet toegestaan",                    // nl
		"Meldingens filetternavn er ikke eksplisitt tillatt",                               // no
		"Nie można wysyłać tego rodzaju pliku na listę",                                    // pl
		"O tipo de extensão de arquivos da mensagem não foi permitido explicitamente",      // pt_BR
		"Tipul conţinutului acestui mesaj nu a fost explicit permis",                       // ro
		"Сообщения с таким расширением файла не разрешены",                                 // ru
		"Prípona souboru v tejto správe nebola explicítne povolená",                        // sk
		"У повідомленні файл із розширенням, яке не було явно заборонено",                  // uk
		"Không cho phép dứt khoát mở rộng tập tin của thư này.",                            // vi
		"该信件的文件扩展名没有被明确禁止",                                                                 // zh_CN
	}},
	// MimeDel.py with filter_action Reject: the list's content filter removed
	// every part, nothing postable was left: the outcome of the list's rules
	// (cl-028).
	{key: "After content filtering, the message was empty", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"After content filtering, the message was empty",                   // en
		"بعد تصفية المحتويات صارت الرسالة فارغة",                           // ar
		"Dempués de la peñera del conteníu, el mensax quedó ermu",          // ast
		"Després de filtrar el contigut, el missatga era buit",             // ca
		"Po přefiltrování obsahu nezbyl žádný text k odeslání",             // cs
		"Efter filtrering af indholdet var meddelelsen tom",                // da
		"Nach dem Filtern der Mail blieb kein Inhalt mehr übrig...",        // de
		"Μετά το φιλτράρισμα του περιεχομένου, το μήνυμα έμεινε κενό",      // el
		"Post filtrado de la enhavo, la mesaĝo estis malplena",             // eo
		"Después del filtrado del contenido, el mensaje quedó vacío",       // es
		"Peale sisu filtreerimist ei jäänud kirjast mitte midagi järgi",    // et
		"Edukia iragazi ondoren mezua hutsik dago",                         // eu
		"بعد از پالایش محتوا، این پیام خالی ماند",                          // fa
		"Viesti oli tyhjä sisältösuodatuksen jälkeen",                      // fi
		"Après filtrage du contenu, le message était vide",                 // fr
		"Despois do filtrado do contido, a mensaxe ficou baleira",          // gl
		"לאחר סינון תוכן, המסר נותר ריק",                                   // he
		"Nakon filtriranja sadržaja, poruka je bila prazna",                // hr
		"A tartalom szűrés miatt üres lett a levél.",                       // hu
		"Post filtrar le contento, le message esseva vacue",                // ia
		"Dopo il filtraggio del contenuto il messaggio è rimasto vuoto",    // it
		"添付ファイルを除去した結果、メールが空になりました",                                        // ja
		"Na controle door de inhoudsfilter, was het bericht leeg",          // nl
		"Etter filtrering på innhold var meldingen tom",                    // no
		"Po przefiltrowaniu treści, wiadomość została pusta",               // pl
		"Após a filtragem de conteúdo, a mensagem ficou vazia",             // pt
		"Após a filtragem de conteúdo, a mensagem foi perdida",             // pt_BR
		"După filtrarea conţinutului, mesajul a rămas gol",                 // ro
		"После фильтрации содержимого сообщение оказалось пустым",          // ru
		"Po prefiltrovaní obsahu zostala prázdna správa",                   // sk
		"Potem, ko je bila vsebina filtrirana, je sporočilo ostalo prazno", // sl
		"Послије филтерисања садржаја, порука остаје празна",               // sr
		"Efter innehållsfiltrering var meddelandet tomt",                   // sv
		"İçerik filtreleme sonunda, mesaj boş kaldı",                       // tr
		"Після фільтрування вмісту повідомлення стало порожнім",            // uk
		"Sau khi lọc nội dung, thư rỗng.",                                  // vi
		"经过内容过滤后，该信件为空",                                                    // zh_CN
	}},
	// SpamDetect.py, dmarc_moderation_action Reject: the list refuses posts From:
	// a domain whose DMARC policy is reject or quarantine; no check failed, the
	// list's rule on who may post (cl-022).
	{key: "You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at %(listowner)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at %{listowner}.",                                                 // en
		"Es ist Ihnen nicht gestattet, Nachrichten auf dieser Mailingliste zu veröffentlichen, da auf Ihre Domain eine DMARC-Regel zum Abweisen oder Überprüfen der Nachricht zutrifft. Sollten Sie der Meinung sein, dass dies auf einem Fehler beruht, setzen Sie sich bitte mit dem Eigentümer der Mailingliste, %{listowner}, in Verbindung.", // de
		"No está autorizado a enviar mensajes a esta lista de correo desde un dominio que publica su política DMARC de rechazo o de cuarentena de mensajes, y su mensaje ha sido rechazado automáticamente, Si piensa que sus mensajes están siendo rechazados por error, contacte con el propietaro de la lista en %{listowner}.",                // es
		"DMARC onarpen edo koarentena agindua ematen duen domeinu batetik ezin duzu zerrenda honetan posteatu, eta zure mezua automatikoki ezetsia izan da. Gure huts bat izan dela uste baduzu, idatzi zerrenda jabeari: %{listowner}.",                                                                                                          // eu
		"From: ヘッダーのメールアドレスのドメインが提示している DMARC 拒否/隔離 ポリシーにより、このメーリングリストへの投稿は許されません。 投稿は自動的に拒否されました。拒否が設定の誤りのためと思われる場合は メーリングリスト管理者 %{listowner} 宛にご連絡ください。",                                                                                                                                                                                        // ja
		"Wysyłanie wiadomości na tę listę z adresów w domenach publikujących politykę DMARC odrzucania lub poddawania kawrantannie jest niedozowlone. Twoja wiadomość została automatycznie odrzucona. Jeżeli sądzisz, że to błąd, skontaktuj się z opiekunem listy pod adresem %{listowner}.",                                                    // pl
		"Você não tem permissão para postar nesta lista de discussão de: um domínio que publica uma política dmarc de rejeição ou quarentena, e sua mensagem foi automaticamente rejeitada.  Se você acha que suas mensagens estão sendo rejeitadas erroneamente, entre em contato com o proprietário da lista de discussão em %{listowner}.",     // pt_BR
		"Вам не разрешено отправлять сообщения в этот список рассылки с адреса, домен которого настроен на DMARC-политику \"отклонить\" или \"в карантин\", и ваше сообщение было автоматически отклонено. Если вы считаете это ошибкой, обратитесь к администратору списка рассылки по адресу %{listowner}.",                                     // ru
	}},
	// Moderate.py do_reject: a non-member's post, generic_nonmember_action or
	// reject_these_nonmembers Reject (cl-021).
	{key: "Your message has been rejected, probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members from posting to it.  If you think that your messages are being rejected in error, contact the mailing list owner at %(listowner)s.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Your message has been rejected, probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members from posting to it.  If you think that your messages are being rejected in error, contact the mailing list owner at %{listowner}.",                                                                                                    // en
		"Es ist Ihnen nicht gestattet, Nachrichten auf dieser Mailingliste zu veröffentlichen. Vielleicht, weil Sie nicht Mitglied der Liste sind oder unter einer anderen, nicht eingetragenen E-Mail-Adresse geschrieben haben. Sollten Sie der Meinung sein, dass dies auf einem Fehler beruht, setzen Sie sich bitte mit dem Eigentümer der Mailingliste, %{listowner}, in Verbindung.", // de
		"No está autorizado a enviar mensajes a esta lista de correo y su mensaje ha sido rechazado automáticamente, Si piensa que sus mensajes están siendo rechazados por error, contacte con el propietaro de la lista en %{listowner}.",                                                                                                                                                 // es
		"Mezua ez da onartu, ziurrenez ez zaudela posta zerrenda honetan harpidetuta eta zerrendak ez dituelako harpidedun ez direnen mezuak onartzen. Mezua huts bategatik ezetsi dela uste baduzu, idatzi zerrenda jabeari: %{listowner}.",                                                                                                                                                // eu
		"あなたのメールは拒否されました。おそらく、あなたはメーリングリストの 会員ではなく、リストのポリシーで会員以外からの投稿を禁止しています。 拒否が設定の誤りのためと思われる場合はメーリングリスト管理者 %{listowner} 宛にご連絡ください。",                                                                                                                                                                                                                                                      // ja
		"Twoja wiadomość została odrzucona, ponieważ prawdopodobnie nie subskrybujesz tej listy a lista nie dopuszcza do wysyłania na nią wiadomości przez osoby jej nie subskrybujące. Jeśli sądzisz, że Twoje wiadomości są odrzucane w wyniku błędu, skontaktuj się z opiekunem listy %{listowner}.",                                                                                     // pl
		"Sua mensagem foi rejeitada, provavelmente porque você não está subscrito na lista de discussão e a política da lista é proibir que não-membros enviem mensagem para a lista.  Se você acha que suas mensagens estão sendo rejeitadas por engano, entre em contato com o proprietário da lista de discussão em %{listowner}.",                                                       // pt_BR
		"Ваше сообщение было отклонено, вероятно потому что Вы не подписаны на этот список рассылки и его правила запрещают отправку подобных сообщений. Если Вы считаете это ошибкой, обратитесь к администратору списка рассылки по адресу %{listowner}.",                                                                                                                                 // ru
	}},
	// CalcRecips.py: an Urgent: header without the list's password: a permission
	// refused, as the README's SMTP AUTH convention has a refused password
	// (cl-023).
	{key: "Your urgent message to the %(realname)s mailing list was not authorized for delivery.  The original message as received by Mailman is attached.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Your urgent message to the %{realname} mailing list was not authorized for delivery.  The original message as received by Mailman is attached.",                                                                                // en
		"لم يكن مسموحاً لرسالتك المستعجلة إلى القائمة البريدية %{realname} بالوصول. الرسالة الأصلية التي تم استلامها من قبل برنامج ميلمان مرفقة.",                                                                                       // ar
		"El mensaxe urxente qu'enviaste a la llista de corréu %{realname} nun s'autorizó pa entregar. Axúntase'l mensaxe orixinal talo y como lu recibió Mailman.",                                                                      // ast
		"No s'ha autoritzat l'entrega del vostre missatge urgent a la llista de correu %{realname}. El missatge original tal com l'ha rebut el Mailman s'adjunta al final.",                                                             // ca
		"Vaše urgentní zpráva do konference %{realname} neobsahovala potřebné heslo. Zprávu Vám v příloze vracíme, tak jak jsme ji obdrželi.",                                                                                           // cs
		"Din hastemeddelelse til maillisten %{realname} blev ikke godkendt. Meddelelsens originale indhold som den blev modtaget af Mailman er vedhæftet.",                                                                              // da
		"Ihre dringende Nachricht an die %{realname} Mailingliste konnte nicht zugestellt werden, da die erforderliche Authorisierung fehlt. Im Anhang beigefügt finden Sie die Originalnachricht, die Sie an Mailman gesendet hatten.", // de
		"Το επείγον μήνυμα σας προς την λίστα %{realname} δεν ήταν εξουσιοδοτημένο για διανομή.  Επισυνάπτεται το αρχικό  μήνυμα σας όπως παραλήφθηκε από το Mailman.",                                                                  // el
		"Via urĝa mesaĝo al la dissendolisto %{realname} ne estas enlasita por livero.  La originala mesaĝo tia kia Mailman ĝin ricevis estas alkroĉita.",                                                                               // eo
		"El mensaje urgente que envió a la lista de correo %{realname} no se ha autorizado para su distribución. Se adjunta el mensaje original tal y como lo ha recibido Mailman.",                                                     // es
		"Sinu kirja ei lubatud listi %{realname} Kirja originaal on lisatud manusena.",                                                                                                                                                  // et
		"%{realname} posta zerrendara bidalitako presazko mezua ez da onartu. Jatorrizko mezua erantsita, Mailmanek jaso zuen moduan.",                                                                                                  // eu
		"Kiireellinen viestisi %{realname} postituslitalle ei ole sallittu. Alkuperäinen viesti, kuten Mailman on sen saanut, on liitteenä.",                                                                                            // fi
		"La remise de votre message urgent en direction de la liste %{realname} n'est pas autorisée. Le message original reçu par Mailman est attaché à celui-ci.",                                                                      // fr
		"A mensaxe urxente que enviou á rolda de correo %{realname} non se autorizou para a súa distribución. Anéxase a mensaxe orixinal tal e como a recibiu o Mailman.",                                                               // gl
		"הודעתך הדחופה אל רשימת הדיוור %{realname} לא אושרה למשלוח.  ההודעה המקורית כפי שהתקבלה על יד דוור, מצורפת.",                                                                                                                    // he
		"Vaša hitna poruka na %{realname} mailing listu nije autorizirana za dostavu. Izvorna poruka primljena od strane Mailmana je u privitku.",                                                                                       // hr
		"A(z) %{realname} levelezőlistára küldött fontos üzeneted nem jelenhet meg a listán. Az eredeti üzenet alább olvasható.",                                                                                                        // hu
		"Tu message urgente al lista de diffusion %{realname} non ha essite autorisate pro livration.  Le message original como recipite per Mailman es attachate.",                                                                     // ia
		"Il tuo messaggio urgente alla lista %{realname} non e' stato approvato.  In allegato trovi il messaggio originale, come ricevuto da Mailman.",                                                                                  // it
		"%{realname} メーリングリストに投稿された緊急メールは、配送の 認証に失敗しました。添付のメールは, Mailmanが受け取った元のメールです。",                                                                                                                                                 // ja
		"당신이 %{realname} 메일링 리스트로 보낸 메세지가 배달되도록 인증되지 못하였습니다. Mailman 이 받은 원본 메세지는 첨부될 것입니다.",                                                                                                                                            // ko
		"Uw dringende bericht aan de %{realname} maillijst krijgt geen toestemming om te worden verzonden. Het originele bericht is hierbij gevoegd.",                                                                                   // nl
		"Din hastemelding til epostlisten %{realname} ble ikke godkjent. Meldingens originale innhold slik den ble mottatt av Mailman ligger vedlagt.",                                                                                  // no
		"Nie masz wystarczających uprawnień, żeby wysyłać pilną wiadomość na listę %{realname}. W załączniku znajdziesz swój email.",                                                                                                    // pl
		"Não foi autorizada a entrega da sua mensagem urgente para a lista de discussão %{realname}. A mensagem original, tal como foi recebida pelo Mailman, está incluída em anexo.",                                                  // pt
		"Sua mensagem urgente para a lista de discussão %{realname} não foi autorizada para entrega. A mensagem original na forma que foi recebida pelo Mailman está em anexo.",                                                         // pt_BR
		"Mesajul dumneavoastră urgent către lista %{realname} nu a fost autorizat pentru livrare.  Ataşat aveţi mesajul original, aşa cum a fost primit de către Mailman.",                                                              // ro
		"Доставка вашего срочного сообщения в список рассылки %{realname} не была разрешена. Сообщение, полученное Mailman, находится во вложении.",                                                                                     // ru
		"Vaša urgentná správa do konferencie %{realname} nebola autorizovaná na rozoslanie (neobsahovala heslo). Originálnu správu vám vraciame v prílohe.",                                                                             // sk
		"Vaše nujno sporočilo na poštni seznam %{realname} ni bilo odobreno za objavo.  Izvirno sporočilo, kot ga je prejel Mailman, je priloženo.",                                                                                     // sl
		"Ditt ilmeddelande till e-postlistan %{realname} blev inte godkänt. Meddelandets ursprungliga innehåll så som det togs emot av Mailman ligger bifogat.",                                                                         // sv
		"%{realname} mesaj listesine gönderdiğiniz acil mesaj, gönderim için yetkilendirilmedi. Mailman tarafından alınan özgün mesaj ektedir.",                                                                                         // tr
		"Доставка вашого термінового повідомлення у список розсилки %{realname} не дозволена. Оригінальне повідомлення отримане програмою Mailman долучено.",                                                                            // uk
		"Thư khẩn cấp do bạn gởi cho hộp thư chung %{realname} đã không được phép phát. Đính kèm thư này có thư gốc như do trình Mailman nhận.",                                                                                         // vi
		"您发送到 %{realname} 邮件列表的加急信息没有投递授权。附上Mailman收讫的原始信息。",                                                                                                                                                                            // zh_CN
	}},

	// Hold.py's rejection texts: what the moderator's reject form (admindb)
	// holds by default and ListAdmin sends the poster as the reason
	// (templates/*/refuse.txt) when the moderator rejects a held post.

	// Hold.py ModeratedPost (a moderated member's or list's post, a moderated
	// newsgroup's): the moderator's decision on what may be posted.
	{key: "Your message was deemed inappropriate by the moderator.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Your message was deemed inappropriate by the moderator.",                           // en
		"اعتبرت رسالتك غير مناسبة من قبل المنظم.",                                           // ar
		"El to mensax consideróse inapropiáu pol llendador.",                                // ast
		"El moderador ha considerat que el vostre missatge és inapropiat.",                  // ca
		"Váš příspěvek byl moderátorem shledán nepřijatelným.",                              // cs
		"Din meddelelse blev af moderator karakteriseret som upassende for denne liste.",    // da
		"Ihre Nachricht wurde vom Moderator als unangebracht erachtet.",                     // de
		"Το μήνυμα σας κρίθηκε ακατάλληλο από τον μεσολαβητή της λίστας",                    // el
		"Vian mesaĝon la moderiganto taksis malkonvena.",                                    // eo
		"Su mensaje se ha considerado inapropiado por el moderador.",                        // es
		"Toimetaja otsustas, et see kiri ei sobi sellesse listi.",                           // et
		"Zure mezua moderatzaileran ustez desegokia da.",                                    // eu
		"میان‌دار، پیام شما را نامناسب برشمرده است.",                                        // fa
		"Listan pääkäyttäjä piti viestiäsi sopimattomana.",                                  // fi
		"Le modérateur à jugé votre message inapproprié.",                                   // fr
		"O moderador considerou inapropiada a mensaxe.",                                     // gl
		"המסר שלך נקבעה כלא הולמת על ידי המפקח.",                                            // he
		"Vaša poruka je procjenjena kao neodgovarajuća od strane moderatora.",               // hr
		"A szerkesztő nem engedélyezi leveled megjelenését.",                                // hu
		"Tu message esseva judicate como inappropriate per le moderator.",                   // ia
		"Il tuo messaggio &egrave; stato giudicato inappropriato dal moderatore.",           // it
		"あなたの投稿メールは, 不適切と思われます。",                                                            // ja
		"당신의 메세지는 관리자가 생각하기에 이 리스트와 맞지 않다고 생각합니다.",                                          // ko
		"Uw bericht is niet in orde bevonden door de moderator.",                            // nl
		"Meldingen din ble av moderatoren karakterisert som upassende for denne listen.",    // no
		"Moderator uznał wiadomość za niepożądaną.",                                         // pl
		"A sua mensagem foi considerada inapropriada pelo moderador.",                       // pt
		"Sua mensagem foi avaliada de forma inapropriada pelo moderador.",                   // pt_BR
		"Mesajul dumneavoastră a fost considerat nepotrivit de către moderatorul listei.",   // ro
		"Модератор считает ваше сообщение неподходящим для отправки в список рассылки.",     // ru
		"Váš príspevok bol moderátorom posúdený ako neprijateľný.",                          // sk
		"Vaše sporočilo je moderator neprimerno obravnaval.",                                // sl
		"Ditt meddelande blev karakteriserat som opassande för denna lista, av moderatorn.", // sv
		"Moderatör, mesajınızın uygun olmadığına karar verdi.",                              // tr
		"Ваше повідомлення керівник списку вважає недопустимим.",                            // uk
		"Thư do bạn gởi đã do điều tiết viên quyết định là không thích hợp.",                // vi
		"列表主持人认为您的信息不合适。",                                                                   // zh_CN
	}},
	// Hold.py NonMemberPost: the list's rule on who may post.
	{key: "Non-members are not allowed to post messages to this list.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Non-members are not allowed to post messages to this list.",                                // en
		"غير الأعضاء غير مسموح لهم بإرسال الرسائل إلى هذه القائمة.",                                 // ar
		"A los que nun ten soscritos nun se-yos permite mandar mensaxes a esta llista.",             // ast
		"Als no-membres no se'ls permet enviar missatges a aquesta llista.",                         // ca
		"Do této konference smí přispívat jen její účastníci.",                                      // cs
		"Man skal være medlem for at kunne sende e-mail til denne mailliste.",                       // da
		"Nichtmitgliedern ist es nicht gestattet, Nachrichten auf dieser Liste zu veröffentlichen.", // de
		"Δεν επιτρέπεται η αποστολή μηνυμάτων παρά μόνο στα μέλη της λίστας",                        // el
		"Neabonantoj ne rajtas sendi poŝton al ĉi tiu listo.",                                       // eo
		"A los que no estén suscritos no se les permite mandar mensajes a esta lista.",              // es
		"Sellesse listi saavad postitada ainult listi liikmed.",                                     // et
		"Harpidedun ez direnek ez dute zerrendara mezuak bidaltzeko baimenik.",                      // eu
		"کسی غیر از اعضا اجازه‌ی فرستادن پیام به این فهرست را ندارد.",                               // fa
		"Ei-jäsenet eivat saa lähettää viestejä tälle lsitalle.",                                    // fi
		"Les non-abonnés ne sont pas autorisés à envoyer des messages sur cette liste.",             // fr
		"As persoas que non estean subscritas non teñen permiso para enviar mensaxes a esta rolda.", // gl
		"מי שאינו מנוי לא רשאי לשלוח הודעות לרשימה זו.",                                             // he
		"Onima koji nisu članovi nije dozvoljeno slanje poruka na ovu listu.",                       // hr
		"A listára csak a tagok küldhetnek levelet.",                                                // hu
		"Il non es permittite a non-membros inviar messages a iste lista.",                          // ia
		"Ai non iscritti non è permesso inviare messaggi a questa lista.",                           // it
		"会員以外の方はこのリストに投稿できません",                                                                      // ja
		"이 메일링 리스트에 비회원은 글을 보낼 수 없습니다. 이 리스트는 등록된 회원만 글을 보낼 수 있습니다.",                                // ko
		"Niet-leden mogen geen berichten versturen naar deze lijst.",                                // nl
		"Man må være medlem for å kunne sende meldinger til denne epostlisten.",                     // no
		"Tylko członkowie listy mogą wysyłać na nią wiadomości",                                     // pl
		"Os não membros não podem enviar mensagens para esta lista.",                                // pt
		"Pessoas não membras não tem permissão de postar mensagens para esta lista.",                // pt_BR
		"Persoanele neabonate nu au permisiunea de a publica mesaje pe această listă.",              // ro
		"В этот список рассылки запрещено доставлять сообщения с посторонних адресов.",              // ru
		"Do tejto konferencie môžu prispievať iba jej účastníci.",                                   // sk
		"Nečlanom ni dovoljeno objavljati sporočil na tem seznamu.",                                 // sl
		"Они који нису чланови не могу да шаљу поруке на ову листу.",                                // sr
		"Man måste vara medlem för att kunna skicka meddelanden till denna e-postlista.",            // sv
		"Bu listeye, üye olmayan kişilerin mesaj atması yasaktır.",                                  // tr
		"Особам, які не є учасниками списку не дозволено надсилати повідомлення у цей список.",      // uk
		"Không cho phép người không thành viên gởi thư cho hộp thư này.",                            // vi
		"不允许非成员往该列表发送信息。",                                                                           // zh_CN
		"不允許非會員在此論壇發言",                                                                              // zh_TW
	}},
	// Hold.py TooManyRecipients (max_num_recipients, To: and Cc: counted): a cap
	// on recipients, rate_limited by the sets' convention for recipient caps.
	{key: "Please trim the recipient list; it is too long.", category: CategoryRateLimited, outcome: OutcomeBounced, texts: []string{
		"Please trim the recipient list; it is too long.",                        // en
		"الرجاء تقصير قائمة المستقبلين، فهي طويلة جداً.",                         // ar
		"Por favor, acurtia la llista de destinatarios, ye perllarga.",           // ast
		"Redueix la llista de destinataris; és massa llarga.",                    // ca
		"Prosím, zkraťte seznam příjemců, je příliš dlouhý.",                     // cs
		"Afkort venligst modtagerlisten; den er for lang.",                       // da
		"Die Anzahl der Empfänger ist zu hoch. Bitte verringern Sie sie.",        // de
		"Παρακαλώ περικόψτε την λίστα των παραληπτών&middot; Είναι πολύ μεγάλη.", // el
		"Bonvolu mallongigi la liston de ricevontoj; ĝi estas tro longa.",        // eo
		"Por favor, acorte la lista de destinatarios, es demasiado larga",        // es
		"Palun lühenda adressaatide nimekirja: see on liiga pikk.",               // et
		"Mesedez, laburtu hartzaileen zerrenda; luzeegia da.",                    // eu
		"لطفاً فهرست دریافت‌کنندگان را کوتاه کنید زیرا بیش از حد بلند است.",      // fa
		"Muokkaa vastaanottajalistaa; se on liian pitkä.",                        // fi
		"Veuillez réduire la liste des destinataires; elle est trop longue.",     // fr
		"Acurte a listaxe de destinatarios pois é moi longa",                     // gl
		"נא לקצר את רשימת הנמענים, היא ארוכה מידי.",                              // he
		"Molim, skratite listu primatelja; ista je predugačka.",                  // hr
		"Kérlek, rövidíts a címzettek listáján; a lista túl hosszú.",             // hu
		"Per favor, abbrevia le lista de receptores. Illo es troppo longe.",      // ia
		"Per piacere accorcia la lista dei destinatari; è troppo lunga.",         // it
		"宛先アドレス数が長すぎます。短くしてください。",                                                // ja
		"글의 참조자를 좀 다듬어야 할 것 같군요. 너무 깁니다.",                                        // ko
		"Verminder het aantal geadresseerden; het is te hoog.",                   // nl
		"Vennligst kort ned mottakerlisten; den er for lang.",                    // no
		"Proszę zmiejszyć listę odbiorców tej wiadomości - jest za długa.",       // pl
		"Por favor divida a lista de destinatários; ela é demasiado longa",       // pt
		"Por favor divida a lista de destinatários; ela é muito longa.",          // pt_BR
		"Vă rugăm să micşoraţi lista destinatarilor; este prea lungă.",           // ro
		"Пожалуйста, удалите нескольких адресатов, их список слишком длинен.",    // ru
		"Prosíme, skrátte zoznam príjemcov, je príliš dlhý.",                     // sk
		"Skrajšate seznam prejemnikov, ker je predolg.",                          // sl
		"Var vänlig korta ner mottagarlistan; den är för lång.",                  // sv
		"Lütfen alıcı listesini kısaltın; liste çok uzun.",                       // tr
		"Скоротіть перелік отримувачів; він надто довгий.",                       // uk
		"Hãy gọn danh sách các người nhận: nó quá dài.",                          // vi
		"请整理收件人列表；该列表太长。",                                                        // zh_CN
		"請刪減收件人的數目，收件人太多了。",                                                      // zh_TW
	}},
	// Hold.py ImplicitDestination (require_explicit_destination): the list's rule
	// on how a post must be addressed.
	{key: "Blind carbon copies or other implicit destinations are not allowed.  Try reposting your message by explicitly including the list address in the To: or Cc: fields.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Blind carbon copies or other implicit destinations are not allowed.  Try reposting your message by explicitly including the list address in the To: or Cc: fields.",                                                                                                                          // en
		"النسخ العمياء أو الجهات الغير صريحة غير مسموحة. حاول إعادة إرسال رسالتك مع التصريح بعنوان الرسالة في خانة إلى أو نسخة إلى.",                                                                                                                                                                  // ar
		"Les Copies tapecides (Cct) o otros destinos implícitos nun se permiten. Intenta reunviar el mensaxe esplícitamente incluyendo la direición de la llista nos campos A: o Cc:.",                                                                                                                // ast
		"Les còpies de carbó ocultes o altres destinacions implícites no es permeten. Intenti re-enviar el seu missatge explícitament incloent l'adreça de la llista en el camp To: o Cc:.",                                                                                                           // ca
		"Slepé kopie ani jiné způsoby zaslání příspěvku tak, že neobsahuje v polích To: nebo CC: adresu konference, nejsou povoleny. Prosím zašlete příspěvek znovu tak, aby obsahoval adresu konference v jednom z těchto polí. Toto opatření je nutné pro zamezení spamování přes naši konferenci.", // cs
		"'Bcc:' eller andre skjulte modtagere er ikke tilladt. Prøv at sende meddelelsen igen og angiv maillistens adresse i To: eller Cc: feltet.",                                                                                                                                                   // da
		"Blindkopien ('BCC:'), oder weitere enthaltene Zieladressen, sind nicht erlaubt. Tragen Sie die Adresse der Mailinmgliste in das 'An:'- oder 'Cc:'-Adressfeld ein und senden Sie Ihre Nachricht bitte noch einmal.",                                                                           // de
		"Κρυφή κοινοποίηση (Bcc) ή αλλοι έμεσοι προορισμοί δεν επιτρέπονται Προσπαθείστε να ξαναστείλετε το μήνυμα σας περιλαμβάνοντας σαφως την διεύθυνση της λίστας  στα πεδία  Προς¨(To:) ή Κοιν. (Cc:)",                                                                                           // el
		"Kaŝaj kopioj (BCC) aŭ aliaj aŭ aliaj implicitaj sendoj estas malpermesitaj. Provu resendi vian mesaĝon inkluzivante la adreson de la listo en la kampoj Al: aŭ Cc:",                                                                                                                          // eo
		"Las copias de carbón ocultas u otros destinos implícitos no se permiten. Intente reenviar su mensaje explícitamente incluyendo la dirección de la lista en el campo To: o Cc:.",                                                                                                              // es
		"Pimekoopiad (BCC) ja teised tobedad trikid on keelatud. Postita oma kiri uuesti lisades listi aadressi To või CC ridadele.",                                                                                                                                                                  // et
		"Kopia ezkutu edo antzerako bidalketa helbide inplizituak ez daude baimenduta. Saiatu berriz bidaltzen eta helbide zerrenda To edo Cc: eremuetan jarriz.",                                                                                                                                     // eu
		"Piilotettu tiedoksi kenttä (BCC) tai muut epäsuorat kohteet eivät ole sallittuja.  Yritä lähettää viesti uudelleen laittamalla listan osoite Vastaanottaja: tai Tiedoksi: kenttiin.",                                                                                                         // fi
		"Les Copies Carbonnes Cachées (BCC) et les autres destinataires implicites ne sont pas autorisés. Essayez d'envoyer votre message à nouveau en spécifiant l'adresse de la liste dans l'un des champs A: ou Cc:",                                                                               // fr
		"Non están permitidos os calcos ocultos ou outros destinos implícitos. Tente reenviar a súa mensaxe explicitamente e incluír o enderezo da rolda no campo To: ou Cc:.",                                                                                                                        // gl
		"העתקים מוסתרים או יעדים לא ברורים אחרים אסורים. נסה לשלוח את המסר מחדש כאשר כתובת הרשימה מוזכרת במפורש בשדה אל: או בשדה העתק:",                                                                                                                                                               // he
		"Blind carbon copies (Bcc) ili druga implicitna odredišta nisu dozvoljena.  Pokušajte ponovo poslati vašu poruku eksplicitno uključujući adresu u To: ili Cc: polja.",                                                                                                                         // hr
		"Rejtett (BCC) vagy máshogy megadott címzettek nem engedélyezettek. Leveledet a listára a To: vagy CC: mezőben megadott listanévvel küldd el újra.",                                                                                                                                           // hu
		"Copias cec (BCC) o altere destinationes implicite non es permittite.  Essaya reinviar tu message per explicitemente includer le adresse del lista in le quadros A: o Cc:",                                                                                                                    // ia
		"Copie carbone nascoste (BCC) e altri destinatari impliciti non sono permessi.  Prova a rimandare il tuo messaggio mettendo la lista degli indirizzi nei campi To: o Cc:",                                                                                                                     // it
		"Bcc:(隠し同報)や宛先を明示しないメールの配送は受け付けていません。 To:(宛先)又はCc:(同報)にこのメーリングリストのアドレスを明示して 再投稿してください。",                                                                                                                                                                                                       // ja
		"알수없는 복사물 혹은 다른 Implicit 목적지는 허락되지 않습니다.여러분의 글의 To: 혹은 Cc: 항목에 Explicit 로 구성하여 다시 보내주시기 바랍니다.",                                                                                                                                                                                                // ko
		"Het opnemen van geadresseerden in het Bcc: veld of andere 'blinde' bestemmingen zijn niet toegestaan. Stuur uw bericht nogmaals en plaats het lijstadres in het To: of Cc: veld.",                                                                                                            // nl
		"'Bcc:' eller andre implisitte mål er ikke tillatt. Prøv å send meldingen på nytt ved å eksplisitt spesifisere epostlistens adresse i To: eller Cc: feltene.",                                                                                                                                 // no
		"Bcc: lub inne pośrednie adresowanie listy nie jest dozwolone. Wyślij wiadomość ponownie, umieszczając adres listy w polach Do lub Kopia",                                                                                                                                                     // pl
		"Cópias BCC ou outros destinos implícitos não são permitidos. Tente reenviar a sua mensagem incluindo explicitamente o endereço da lista nos campos To: ou Cc:.",                                                                                                                              // pt
		"Cópias BCC ou outros destinos implícitos não são permitidos. tente re-postar sua mensagem incluindo explicitamente o endereço da lista nos campos To: e Cc:.",                                                                                                                                // pt_BR
		"Copiile oarbe (BCc) sau alte destinaţii implicite nu sunt permise.  Încercaţi să retrimiteţi mesajul, incluzând explicit adresa listei în câmpurile To sau Cc.",                                                                                                                              // ro
		"Указание скрытых адресатов в сообщениях запрещено. Отправьте свое сообщение снова, включив всех адресатов в списки \"To:\" или \"Cc:\".",                                                                                                                                                     // ru
		"Slepé kópie a iní implicitní príjemcovia sú zakázaní. Pokúste sa opätovne zaslať Váš príspevok tak, aby bola v poliach To: alebo Cc: obsiahnutá adresa konferencie.",                                                                                                                         // sk
		"Skrite vljudnostne kopije ali drugi prikriti naslovi niso dovoljeni.  Poskušajte ponovno poslati sporočilo, s tem da v polje Za: ali Kp: vnesete ciljni naslov.",                                                                                                                             // sl
		"'Bcc:' eller andra oklara mål är inte tillåtna. Försök att skicka meddelandet igen genom att tydligt specifisera e-postlistans adress i Till: eller Cc: fälten.",                                                                                                                             // sv
		"Kör karbon kopyalar (Bcc) veya başka örtülü alıcı adreslerine izin verilmemektedir. Mesajınızı, liste adresini Alıcı: veya Cc: alanlarında açık şekilde yazarak, tekrar göndermeyi deneyin.",                                                                                                 // tr
		"Приховані копії та інші не визначені чітко адреси не дозволяються. Спробуйте надіслати повідомлення з чітко визначеною адресою у полях To: чи Cc:",                                                                                                                                           // uk
		"Không cho phép BCC (Bí mật Chếp Cho) hoặc đích ngầm khác nào trong thư được gởi cho hộp thư chung này. Hãy cố gởi lại thư này, bằng cách gồm dứt khoát địa chỉ thư của hộp thư vào trường « To: » (Cho) hoặc « Cc: » (Chép Cho).",                                                            // vi
		"不允许收信人的地址空白或者不清晰 请尝试在To:和Cc:字段写明地址后重新发送",                                                                                                                                                                                                                                                     // zh_CN
		"不允許投書信件的收件人欄位空白，或者不清楚。 投書時請將欲投書之論壇地址列在收件人欄位 ( To: 或 Cc: )。",                                                                                                                                                                                                                                  // zh_TW
	}},
	// Hold.py Administrivia: the list keeps subscription commands off the list:
	// its rule on what may be posted.
	{key: "Please do *not* post administrative requests to the mailing list.  If you wish to subscribe, visit %(listurl)s or send a message with the word `help' in it to the request address, %(request)s, for further instructions.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Please do *not* post administrative requests to the mailing list.  If you wish to subscribe, visit %{listurl} or send a message with the word `help' in it to the request address, %{request}, for further instructions.",                                                                                      // en
		"الرجاء عدم إرسال طلبات إدارية إلى القائمة البريدية. إذا كنت تريد الاشتراك فاذهب إلى %{listurl} أو أرسل رسالة فيها كلمة `help' بداخلها إلى عنوان الطلبات %{request}, من أجل تعليمات أكثر.",                                                                                                                      // ar
		"¡Por favor *nun* unvíes peticiones alministratives a la llista! Si quies soscribite, visita %{listurl} o unvia un mensax cola pallabra 'help' a la direición, %{request}, pa que tener instruiciones.",                                                                                                         // ast
		"Si us plau, no enviïs sol·licitud administratives a la llista de correu. Si voleu cancel·lar la vostra subscripció, visita %{listurl} o envia un missatge amb la paraula `help' a l'adreça de peticions %{request} per obtenir més instruccions.",                                                              // ca
		"Prosím, nezasílejte administrativní požadavky na adresu konference. Pokud se chcete přihlásit, navštivte stránky konference na adrese: %{listurl} nebo zašlete na adresu %{request} zprávu obsahující jako Subject: slovo 'help' a získáte bližší informace.",                                                  // cs
		"Send venligst *ikke* administrative anmodninger til maillisten. Gå til %{listurl}, hvis du vil afmelde dig listen, eller send en e-mail som kun indeholder ordet 'help' til %{request} for at få nærmere instruktioner.",                                                                                       // da
		"Bitte senden Sie *keine* Administrationsanforderungen an die Mailingliste. Wenn Sie eine Liste abonnieren möchten, schauen Sie einmal auf %{listurl} vorbei, oder senden Sie eine Nachricht mit dem Wörtchen `help' darin an die Administrationsadresse, %{request}, um an weitere Informationen zu gelangen.", // de
		"Παρακαλώ μην στέλνετε διαχειριστικά αιτήματα στην λίστα Αν θελετε να εγγραφείτε, επισκεφθείτε το %{listurl} ή στείλετε ένα μήνυμα με την λέξη `help' σ' αυτό στην διεύθυνση αιτημάτων, %{request}, για επιπλέον οδηγίες.",                                                                                      // el
		"Bonvolu *ne* sendi mastrum-petojn al la dissendolisto. Se vi deziras aboni, vizitu la retpaĝon %{listurl} aŭ sendu mesaĝon kun la vorto 'help' (angle) al la pet-adreso de la listo, %{request}, por ricevi pluajn instrukciojn.",                                                                              // eo
		"¡Por favor *no* envíe peticiones administrativas a la lista!  Si desea suscribirse, visite %{listurl} o envie un mensaje con la palabra 'help' a la dirección, %{request} , para obtener instrucciones",                                                                                                        // es
		"Palun ära saada listiserveri käske listi aadressile. Kui soovid listi tellida, siis saad seda teha veebilehel %{listurl} või saates kirja sisuga \"help\" aadressile %{request}",                                                                                                                               // et
		"Mesedez, *ez* bidali eskaera administratiborik zerrendara! Harpidetu nahi baduzu, sartu %{listurl} orrialdera, edo bidali mezu bat 'help' hitzarekin %{request} helbidera argibide gehiago jasotzeko.",                                                                                                         // eu
		"*Älä* lähetä ylläpitopyyntöjä postituslistalle. Jos haluat liittyä, mene %{listurl} tai lähetä sähköpostiviesti komennolla 'help' pyyntöosoiteeseen, %{request}, lisäohjeita saadaksesi.",                                                                                                                      // fi
		"De grâce n'envoyez *pas* les requêtes administratives à la liste. Si vous désirez vous abonner, visitez %{listurl} ou envoyez un message contenant le terme 'help' à l'adresse 'request', %{request} pour des instructions complémentaires.",                                                                   // fr
		"*Non* envíe solicitudes administrativas á rolda!  Se desexar subscribirse, visite %{listurl} ou envíe unha mensaxe coa palabra 'help' ao enderezo, %{request} , para obter as instrucións",                                                                                                                     // gl
		"נא *לא* לשלוח בקשות מנהלתיות אל רשימת הדיוור.  אם ברצונך להירשם, בקר ב-%{listurl} או שלח הודעה עם המלה `help' אל כתובת הבקשות, %{request}, למידע נוסף.",                                                                                                                                                        // he
		"Molim *ne* šaljite administrativne zahtjeve na mailing listu. Ako se želite pretplatiti, posjetite %{listurl} ili pošaljite poruku sa riječi `help' u istoj, na adresu %{request}, za daljnje upute.",                                                                                                          // hr
		"Kérlek az adminisztratív tartalmú leveleket *ne* a listára küldjed. Feliratkozáshoz látogass el a %{listurl} címre, vagy további további információért küldj egy `help' tartalmú levelet a request címre, %{request}.",                                                                                         // hu
		"Per favor, *non* invia requestas administrative al lista de diffusion.  Si tu desira abonar te, visita %{listurl} o invia un message con le parola 'help' (in anglese) al adresse de requesta, %{request}, pro instructiones ulterior.",                                                                        // ia
		"Per piacere *non* mandare richieste amministrative alla lista. Se desideri iscriverti, visita %{listurl} o invia un messaggio con la parola `help' all'indirizzo %{request}.",                                                                                                                                  // it
		"管理申請メールをメーリングリスト宛に送らないでください。 入会は %{listurl} のページで手続きをするか、 申請アドレス %{request} 宛に `help' と書いた メールを送ってコマンドの使い方を取り寄せてください。",                                                                                                                                                                                         // ja
		"메일링 리스트로 관리 요청을 보내지 마십시오. 만약 가입을 원하신다면 %{listurl} 을 방문하시거나 더 많은 명령어를 포함한 E메일 방법을사용하시기 바랍니다. %{request} 요청 주소로 `help' 단어를 글에 넣어 보내십시오.",                                                                                                                                                                         // ko
		"S.v.p. g��n administratieve verzoeken naar de maillijst versturen. Als u zich wilt aanmelden, bezoek %{listurl} of stuur een bericht met het woord `help' naar %{request} voor nadere instructies.",                                                                                                            // nl
		"Vennligst *ikke* send administrative forespørsler til epostlisten. Vil du melde deg av listen, gå inn på %{listurl} eller send en epost som kun inneholder ordet 'help' til %{request} for å få nærmere instruksjoner.",                                                                                        // no
		"Proszę *nie* wysyłać poleceń administracyjnych na adres listy. Jeśli chcesz się zapisać, odwiedź strone %{listurl} albo wyślij wiadomość ze słowem 'help' na adres %{request}. Tam znajdziesz kolejne wskazówki.",                                                                                              // pl
		"Por favor *não* envie pedidos administrativos para a lista de discussão. Se desejar inscrever-se, visite %{listurl} ou envie uma mensagem com a palavra 'help' para o endereço de pedidos, %{request}, para receber mais instruções.",                                                                          // pt
		"Por favor não poste requisições administrativas para a lista de discussão. Se desejar se inscrever, visite o endereço %{listurl} ou envie uma mensagem com a palavra 'ajuda' para o endereço de remetente, %{request}, para mais instruções.",                                                                  // pt_BR
		"Vă rugăm să *nu* publicaţi cereri administrative pe lista de discuţii.  Dacă doriţi să părăsiţi această listă, vizitaţi %{listurl} sau trimiteţi un mesaj conţinând doar cuvântul 'help' la adresa de cereri, %{request}, pentru a obţine informaţii suplimentare.",                                            // ro
		"Пожалуйста, *не* отправляйте сообщения с административными запросами в список рассылки. Если вы хотите подписаться, перейдите по адресу %{listurl} или отправьте сообщение со словом `help' по адресу для запросов, %{request}, чтобы получить дальнейшие инструкции.",                                         // ru
		"Prosíme nezasielajte administratívne požiadavky na adresu konferencie. Ak sa chcete prihlásiť, navštívte stránky konferencie na adrese: %{listurl} alebo pošlite pre získanie ďalších informácií správu obsahujúcu v predmete (Subject:) slovo „help“ na adresu %{request}.",                                   // sk
		"Prosimo, da *ne* pošiljate skrbniških zahtev na poštni seznam. Če se želite prijaviti, obiščite stran %{listurl} ali pošljite sporočilo z besedo `help' na naslov za zahteve, %{request} in prejeli boste nadaljnja navodila.",                                                                                 // sl
		"Var vänlig och skicka *inte* administrativa frågor till e-postlistan. Om du vill avanmäla dig från listan, gå in på %{listurl} eller skicka ett e-postbrev som bara innehåller ordet 'help' till %{request} för att få närmare instruktioner.",                                                                 // sv
		"Lütfen yönetimsel istekleri mesaj listesine *göndermeyin*. Eğer üye olmak istiyorsanız, %{listurl} adresine gidin, veya daha fazla bilgi için %{request} istek adresine içinde `help' sözcüğü geçen bir mesaj gönderin.",                                                                                       // tr
		"*Не* надсилайте адміністративні запити до поштових списків. Якщо ви бажаєте підписатись, відвідайте %{listurl}, або, щоб отримати подальші інструкції надішліть повідомлення зі словом 'help' за адресою %{request}.",                                                                                          // uk
		"Vui lòng <em>đừng</em> gởi yêu cầu linh tinh quản lý cho hộp thư chung này. Nếu bạn muốn đăng ký, hãy thăm trang Web %{listurl}, hoặc gởi một thư chứa từ « help » (trợ giúp) trong thân cho địa chỉ yêu cầu %{request}, để nhận hướng dẫn thêm.",                                                              // vi
		"请不要发送管理请求到邮件列表，如果希望订阅， 请访问 %{listurl} 或者 以｀help｀为内容发送信息至 请求地址， %{request}，以获得进一步的指示信息。",                                                                                                                                                                                                                        // zh_CN
		"請 *不要* 寄發管理要求到通信論壇上，如果您需要訂閱 ，請到 %{listurl} 或以 'help' 為信件內容寄到申請帳號 %{request} ，以取得進一步的指示。",                                                                                                                                                                                                                       // zh_TW
	}},
	// Hold.py SuspiciousHeaders: a pattern of the list's bounce_matching_headers
	// matched: a rule the list's owner wrote, as the filter rule above (label
	// call: spam_content by the word suspicious).
	{key: "Your message had a suspicious header.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Your message had a suspicious header.",                        // en
		"رسالتك لها ترويسة مشكوك بأمرها.",                              // ar
		"Mensax tien una testera sospechosa.",                          // ast
		"El vostre missatge tenia una capçalera sospitosa.",            // ca
		"Din mail indeholdt et tvivlsomt brevhoved (header).",          // da
		"Ihre Nachricht enthält einen verdächtigen Header.",            // de
		"Το μήνυμα σας είχε ύποπτη επικεφαλίδα",                        // el
		"Via mesaĝo havas suspektindan kaplinion.",                     // eo
		"Kirjal on kahtlane päis.",                                     // et
		"Zure mezuak goiburu susmagarria du.",                          // eu
		"سربرگ پیام شما مشکوک بود.",                                    // fa
		"Viestilläsi on epäilyttävä otsikko.",                          // fi
		"Votre message avait un en-tête douteux.",                      // fr
		"למסר שלך היתה כותרת חשודה.",                                   // he
		"Vaša poruka ima sumnjivo zaglavlje.",                          // hr
		"Leveled gyanús fejlécet tartalmaz.",                           // hu
		"Tu message ha un capite suspecte.",                            // ia
		"Il tuo messaggio ha un campo sospetto.",                       // it
		"投稿されたメールに不審なヘッダがあります。",                                        // ja
		"당신의 글은 이상한 헤더를 가지고 있습니다.",                                     // ko
		"Uw bericht had een verdachte header.",                         // nl
		"Meldingen din inneholdt et tvilsomt meldingshode.",            // no
		"Nagłowek Twojej wiadomości jest niepoprawny",                  // pl
		"A sua mensagem tem tem um cabeçalho suspeito.",                // pt
		"Sua mentem tem um cabeçalho suspeito.",                        // pt_BR
		"Mesajul dumneavoastră are un header suspicios.",               // ro
		"Ваше сообщение содержит подозрительный заголовок",             // ru
		"Váš príspevok má neplatnú hlavičku.",                          // sk
		"Vaše sporočilo vsebuje sumljivo glavo.",                       // sl
		"Ваша порука има заглавље са сумњивим садржајем.",              // sr
		"Ditt meddelande innehåller ett tvivelaktigt meddelandehuvud.", // sv
		"Mesajınızda şüpheli bir başlık vardı.",                        // tr
		"Ваше повідомлення містить підозрілий заголовок",               // uk
		"Thư của bạn chứa một dòng đầu đáng ngờ.",                      // vi
		"您的信件带有可疑的邮件头",                                                 // zh_CN
		"您的信件含有可疑的標題。",                                                 // zh_TW
	}},
	// Hold.py MessageTooBig: the body is over the list's max_message_size.
	{key: "Your message was too big; please trim it to less than %(kb)d KB in size.", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Your message was too big; please trim it to less than %{kb} KB in size.",                                               // en
		"رسالتك كانت كبيرة جداً، الرجاء تقصيرها إلى أقل من حجم %{kb} كيلوبايت.",                                                 // ar
		"El mensax ye pergrande, por favor amenórgalu pa que tenga un tamañu menor a %{kb} KB.",                                 // ast
		"El vostre missatge era massa gran, ha de ser de menys de %{kb} KB.",                                                    // ca
		"Vaše zpráva je příliš veliká, prosím zkraťte ji na %{kb} KB.",                                                          // cs
		"Din mail er for stor. Reducer den venligst, så den bliver mindre end %{kb} KB.",                                        // da
		"Ihre Nachricht war zu umfangreich. Die maximal zulässige Größe beträgt %{kb} KB.",                                      // de
		"Το μήνυμα σας είναι πολύ μεγάλο&middot; Πρακαλώ περικόψτε το ώστε να είναι μικρότερο από %{kb}  KB στο μέγεθος.",       // el
		"Via mesaĝo estis tro granda; bonvolu mallongigi ĝin al malpli ol %{kb} KB da grando.",                                  // eo
		"Su mensaje es demasiado grande, por favor reduzcalo para que tenga un tamaño inferior a %{kb} KB.",                     // es
		"Kiri oli liiga suur; palun lühendage seda nii, et see oleks väiksem kui %{kb} KB.",                                     // et
		"Zure mezua handiegia da; mesedez, txikitu %{kb} KB-etik beherako neurrira.",                                            // eu
		"پیام شما بیش از حد بزرگ بود. لطفاً آن را کوتاه کنید تا اندازه اش کمتر از %{kb} کیلوبایت شود.",                          // fa
		"Viestisi oli liian pitkä; muokkaa sitä pienemmäksi kuin %{kb} KB.",                                                     // fi
		"La taille de votre message était trop importante : veuillez le réduire pour que sa taille soit au plus de %{kb} kb.",   // fr
		"A súa mensaxe é demasiado grande; redúzaa para que teña un tamaño inferior a %{kb} KB.",                                // gl
		"ההודעה שלך היתה גדולה מידי; נא לקצר אותה ללא יותר מ-%{kb}·ק\"ב.",                                                       // he
		"Vaša poruka je prevelika; molim skratite je na manje od %{kb} KB.",                                                     // hr
		"A leveled túl nagy; minimum %{kb} KB méretűre kell csökkenteni a listán való megjelenéshez.",                           // hu
		"Tu message esseva troppo grande; per favor, abbrevia lo a minus de %{kb} KB in grandor.",                               // ia
		"Il tuo messaggio era troppo grande; per favore riducilo in modo che diventi meno di %{kb} KB.",                         // it
		"メールが長すぎます; %{kb} KB 以下に短くしてください。",                                                                                      // ja
		"당신의 글은 너무 큽니다. 크기를 %{kb} 이내로 다듬어 주시기 바랍니다.",                                                                            // ko
		"Uw bericht was te groot; de omvang mag hooguit %{kb} KB zijn.",                                                         // nl
		"Meldingen din er for stor, vennligst reduser den slik at den blir mindre enn %{kb} KB.",                                // no
		"Wiadomość jest zbyt duża. Proszę ją zmniejszyć do %{kb} kB",                                                            // pl
		"A sua mensagem era grande demais; por favor encurte-a para menos de %{kb} KB.",                                         // pt
		"Sua mensagem foi muito grande; por favor a divida para menos que %{kb} KB de tamanho.",                                 // pt_BR
		"Mesajul dumneavoastră este prea mare; vă rugăm să-l reduceţi la mai puţin de %{kb} Ko.",                                // ro
		"Размер вашего сообщения слишком велик, пожалуйста, составьте его так, чтобы его размер находился в пределах %{kb} Кб.", // ru
		"Vaša správa je príliš veľká, prosím skráťte ju tak, aby bola menšia ako %{kb} KB.",                                     // sk
		"Vaše sporočilo je preveliko; zato ga skrajšajte na največ %{kb} KB.",                                                   // sl
		"Ваша порука је превелика; молимо вас да је смањите на %{kb} КБ.",                                                       // sr
		"Ditt meddelande är för stort, var vänlig och minska det så att det blir mindre än %{kb} KB.",                           // sv
		"Mesajınız çok büyüktü; lütfen %{kb} KB'tan daha küçük olacak şekilde kısaltın.",                                        // tr
		"Ваше повідомлення надто велике; скоротіть його, щоб його розмір був менше ніж %{kb} Кб.",                               // uk
		"Bạn đã gởi một thư quá lớn: vui lòng gọn nó thành kích cỡ nhỏ hơn %{kb} KB.",                                           // vi
		"您的信件过大，请修改信件内容至小于 %{kb} KB",                                                                                            // zh_CN
	}},

	// Hold.py's and SpamDetect.py's hold reasons: sent to the poster as the
	// reason a post is held (templates/*/postheld.txt: "Is being held until
	// the list moderator can review it for approval. The reason it is being
	// held: …"). Nothing is returned yet: the moderator may still approve the
	// post, or reject it with one of the texts above; deferred, not bounced.

	// Hold.py ModeratedPost, Moderate.py ModeratedMemberPost (a moderated member,
	// member_moderation_action Hold): the list's rule on who may post freely.
	{key: "Post to moderated list", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Post to moderated list",                                              // en
		"أرسل إلى قائمة منظمة",                                                // ar
		"Unvíu a una llista llendada",                                         // ast
		"Envia a la llista moderada",                                          // ca
		"Příspěvek do moderované konference",                                  // cs
		"Meddelelse sendt til modereret liste",                                // da
		"Der Absender oder die komplette Liste ist auf moderiert geschaltet.", // de
		"Αποστολή σε λίστα που ελέγχεται από μεσολαβητή",                      // el
		"Poŝto al moderigata listo",                                           // eo
		"Envío a una lista moderada",                                          // es
		"Postitus modereeritud listi",                                         // et
		"Bidal zerrenda moderatura",                                           // eu
		"فرستادن به فهرست میان‌داری شده",                                      // fa
		"Lähetä ylläpidettävälle listalle",                                    // fi
		"Envoi sur une liste modérée",                                         // fr
		"Envío a unha rolda moderada",                                         // gl
		"מסר נשלח אל רשימה מפוקחת",                                            // he
		"Pošaljite poruku na moderiranu listu",                                // hr
		"A levél moderált listára érkezett.",                                  // hu
		"Posta a lista moderate",                                              // ia
		"Messaggio inviato ad una lista moderata",                             // it
		"制限付きリストへの投稿",                                                         // ja
		"Moderator 리스트에 글을 보내셨습니다.",                                           // ko
		"Bericht aan een gemodereerde lijst",                                  // nl
		"Melding sendt til moderert liste",                                    // no
		"Wiadomość wysłana na listę moderowaną",                               // pl
		"Enviar mensagens para uma lista moderada",                            // pt
		"Postar para uma lista moderada",                                      // pt_BR
		"Publicat pe o listă suprevegheată",                                   // ro
		"Отправка сообщения в модерируемый список рассылки", // ru
		"Príspevok do moderovanej konferencie",              // sk
		"Objavi na moderiranem seznamu",                     // sl
		"Слање на модерисану листу",                         // sr
		"Meddelande till modererad lista",                   // sv
		"Moderatör onaylı listeye mesaj gönderimi",          // tr
		"Надсилання у контрольований список",                // uk
		"Thư đã gởi cho hộp thư đã điều tiết",               // vi
		"发送到受限列表",                                           // zh_CN
		"投書到管制的論壇",                                          // zh_TW
	}},
	// Hold.py NonMemberPost (generic_nonmember_action or hold_these_nonmembers
	// Hold): the list's rule on who may post.
	{key: "Post by non-member to a members-only list", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Post by non-member to a members-only list",                                                      // en
		"أرسل من قبل غير عضو إلى قائمة للأعضاء فقط",                                                      // ar
		"Mensaxe de un non-miembru a una llista de namái-miembros",                                       // ast
		"Missatge dirigit a una llista privada procedent d'una adreça que no pertany a la llista",        // ca
		"Příspěvek od nečlena do konference s přispíváním omezeným pouze na členy.",                      // cs
		"Afsender er ikke medlem af listen, kun medlemmer kan sende mail til listen",                     // da
		"Absender ist nicht Mitglied der Liste -- E-Mails an die Liste aber nur für Mitglieder erlaubt!", // de
		"Αποστολή μη μέλους σε μια λίστα μόνο για τα μέλη της",                                           // el
		"Poŝto de neabonanto al listo nur por listanoj",                                                  // eo
		"Mensaje dirigido a una lista privada procedente de una dirección que no pertenece a la lista",   // es
		"Postitus aadressilt, mis pole listi liikmete nimekirjas",                                        // et
		"Zerrendakide ez denak zerrendakideentzat bakarrik den zerrenda batera bidalia.",                 // eu
		"فرستادن توسط غیرعضو به فهرست مختص اعضا",                                                         // fa
		"Lähetystä ei-jäseneltä vain jäsenille tarkoitetulle listalle",                                   // fi
		"Envoi par un non-abonné sur une liste reservée aux abonnés",                                     // fr
		"Mensaxe dirixida a unha rolda privado procedente dun enderezo que non pertence a ela",           // gl
		"מסר של מי שאינו מנוי אל רשימה של מנוים בלבד",                                                    // he
		"Poruka poslana od strane ne-člana na samo-člasku listu",                                         // hr
		"Nem listatag küldött levelet a csak tagoknak elérhető listára.",                                 // hu
		"Posta per non-membro a un lista de solmente membros",                                            // ia
		"Messaggio inviato da un non iscritto ad una lista chiusa",                                       // it
		"会員限定リストへの非会員の投稿",                                                                                // ja
		"관리자에 의해 등록된 회원만 글쓸수 있는 리스트에 비회원이 글을 보내셨습니다.",                                                    // ko
		"Bericht van een niet-lid aan een besloten lijst",                                                // nl
		"Avsender er ikke medlem av listen, men kun medlemmer kan sende til listen",                      // no
		"Wiadomość wysłana przez osobę spoza zamkniętej listy",                                           // pl
		"Mensagem de um não membro para uma lista reservada a membros",                                   // pt
		"Postagem por não membro para uma lista somente de membros",                                      // pt_BR
		"Publicat de o persoană neabonată pe o listă exclusivă",                                          // ro
		"Отправка сообщения в закрытый список с постороннего адреса",                                     // ru
		"Príspevok do konferencie obmedzenej iba pre účastníkov",                                         // sk
		"Sporočilo nečlana na seznamu, ki je samo za člane",                                              // sl
		"Особа која није члан послала је поруку на затворену листу.",                                     // sr
		"Meddelande från icke-medlem till en lista för bara medlemmar.",                                  // sv
		"Sadece üyelerin mesaj atabildiği listeye üye olmayan kişi mesajı",                               // tr
		"Надсилання повідомлення не від учасника до списку призначеного лише для учасників",              // uk
		"Thư đã gởi bởi người không thành viên cho hộp thư chỉ cho phép thành viên gởi thư",              // vi
		"由非成员发送到一个仅成员列表(members-only list)",                                                              // zh_CN
		"非會員投書到限會員發言的論壇",                                                                                 // zh_TW
	}},
	// Hold.py TooManyRecipients: a cap on recipients, rate_limited by the sets'
	// convention for recipient caps.
	{key: "Too many recipients to the message", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"Too many recipients to the message",                     // en
		"عدد كبير من المستقبلين للرسالة",                         // ar
		"Abondos destinatarios nel mensax",                       // ast
		"Massa destinataris al missatge",                         // ca
		"Zpráva obsahuje příliš mnoho příjemců",                  // cs
		"Meddelelsen har for mange modtagere",                    // da
		"Die Anzahl der Empfänger dieser Nachricht ist zu hoch.", // de
		"Μεγάλος αριθμός παραληπτών στο μήνυμα.",                 // el
		"Tro multaj ricevontoj de la mesaĝo",                     // eo
		"Demasiados destinatarios en el mensaje",                 // es
		"Kirjal on liiga palju adressaate.",                      // et
		"Mezu honek hartzaile gehiegi du.",                       // eu
		"تعداد دریافت‌کنندگان این پیام، بیش از حد است",           // fa
		"Liian monta vastaanottajaa viestille",                   // fi
		"Trop de destinataires pour le message",                  // fr
		"Hai moitos destinatarios na mensaxe",                    // gl
		"יותר מידי נמענים למסר",                                  // he
		"Previše primatelja poruke",                              // hr
		"A levélben túl sok címzett van megadva.",                // hu
		"Troppo multe receptores del message",                    // ia
		"Troppi destinatari nel messaggio",                       // it
		"宛先数が多すぎます",                                              // ja
		"메세지에 참조자가 너무 많습니다.",                                     // ko
		"Te veel geadresseerden in het bericht",                  // nl
		"Meldingen har for mange mottakere",                      // no
		"Wiadomość ma zbyt wielu adresatów",                      // pl
		"Demasiados destinatários da mensagem",                   // pt
		"Muitos destinatários para a mensagem",                   // pt_BR
		"Prea multe recipiente (adrese) în mesaj",                // ro
		"У сообщения слишком много адресатов",                    // ru
		"Správa obsahuje príliš veľa príjemcov",                  // sk
		"Preveliko prejemnikov sporočila",                        // sl
		"Превише прималаца поруке",                               // sr
		"Meddelandet har för många mottagare",                    // sv
		"Mesajda çok fazla alıcı var",                            // tr
		"У повідомленні вказано надто багато отримувачів",        // uk
		"Thư có quá nhiều người nhận",                            // vi
		"该信息的收件人太多",                                              // zh_CN
		"信件收件人太多",                                                // zh_TW
	}},
	// Hold.py ImplicitDestination: the list's rule on how a post must be
	// addressed.
	{key: "Message has implicit destination", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Message has implicit destination",                      // en
		"الرسالة لها جهة غير صريحة",                             // ar
		"El mensax nun va empobináu esplícitamente a la llista", // ast
		"El missatge no va dirigit explícitament a la llista",   // ca
		"Zpráva neobsahuje korektního (žádného) příjemce",       // cs
		"Meddelelsen har skjulte modtagere",                     // da
		"Die Adresse der Liste ist nicht unter den Empfängern (An oder CC).Wurde die Nachricht weitergeleitet, oder per BCC verschickt?", // de
		"Το μήνυμα έχει έμμεσο προορισμό",                                                                                                // el
		"La mesaĝo ne estis klare sendita al la listo",                                                                                   // eo
		"El mensaje no va dirigido explícitamente a la lista",                                                                            // es
		"Kirjal puudub sihtaadress",                                                                                                      // et
		"Ez dago garbi mezua zerrenda honetarako ote den.",                                                                               // eu
		"مقصد این پیام آشکار نیست",                                                                                                       // fa
		"Viestillä on epäsuora kohde",                                                                                                    // fi
		"Message avec destination implicite",                                                                                             // fr
		"A mensaxe non vai dirixida explicitamente á rolda",                                                                              // gl
		"למסר יעד לא ברור",                                                                                                               // he
		"Poruka ima implicitno odredište",                                                                                                // hr
		"A levél címzettje nem lett egyértelműen megadva.",                                                                               // hu
		"Le message ha un destination implicite",                                                                                         // ia
		"Il messaggio ha destinazione implicita",                                                                                         // it
		"このメールは投稿先が表示されていません",                                                                                                            // ja
		"메세지가 알수없는 목적지를 가지고 있습니다.",                                                                                                       // ko
		"Bericht heeft een 'blinde' bestemming",                                                                                          // nl
		"Meldingen har implisitt mål",                                                                                                    // no
		"Wiadomość jest niepoprawnie zaadresowana",                                                                                       // pl
		"A mensagem tem um destino implícito",                                                                                            // pt pt_BR
		"Mesajul are destinaţie implicită",                                                                                               // ro
		"Скрытый адресат",                                                                                                                // ru
		"Správa neobsahuje korektného (žiadneho) príjemcu",                                                                               // sk
		"Sporočilo ima prikrit cilj.",                                                                                                    // sl
		"Порука има имплицитно одредиште",                                                                                                // sr
		"Meddelandet har ett inte klart utsagt mål",                                                                                      // sv
		"Mesajın gideceği yer örtülü",                                                                                                    // tr
		"Повідомлення містить не визначену чітко адресу",                                                                                 // uk
		"Thư có đích ngầm",                                                                                                               // vi
		"信息中含有隐式的目的地",                                                                                                                    // zh_CN
		"信件有隱含收件人",                                                                                                                       // zh_TW
	}},
	// Hold.py Administrivia: the list's rule on what may be posted.
	{key: "Message may contain administrivia", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Message may contain administrivia",                                                          // en
		"قد تحوي على تعليمات إدارية",                                                                 // ar
		"El mensax puede caltener solicitudes alministratives",                                       // ast
		"El missatge pot contenir sol·licituts administratives",                                      // ca
		"Zpráva pravděpodobně obsahuje příkazy pro listserver",                                       // cs
		"Meddelelsen kan have administrativt indhold",                                                // da
		"Nachricht könnte Mailman-Befehle enthalten",                                                 // de
		"Το μήνυμα μπορεί να περιλαμβάνει administrivia",                                             // el
		"La mesaĝo ŝajnas enhavi instrukciojn celantajn la mastrumantan servilon anstataŭ la liston", // eo
		"El mensaje puede contener solicitudes administrativas",                                      // es
		"Kiri sisaldab administratiivkorraldusi.",                                                    // et
		"Mezu honek eskaera administratiboak izan ditzake.",                                          // eu
		"Viesti voi sisältää yläpitoa",                                                               // fi
		"Le message contient peut être des requêtes administratives",                                 // fr
		"A mensaxe pode conter solicitudes administrativas",                                          // gl
		"יתכן שהמסר מכיל הוראות מנהלתיות",                                                            // he
		"Poruka može sadržavati administrativne zahtjeve",                                            // hr
		"A levél valószínűleg adminisztrációs tartalmú.",                                             // hu
		"Le message pote continer administrivia",                                                     // ia
		"Il messaggio potrebbe contenere richieste amministrative",                                   // it
		"管理コマンドが含まれています",                                                                             // ja
		"메세지가 관리 요청을 포함하고 있습니다.",                                                                     // ko
		"Bericht bevat wellicht administratieve opdrachten",                                          // nl
		"Meldingen kan ha administrativt innhold",                                                    // no
		"Wiadomość może zawierać polecenia administracyjne",                                          // pl
		"A mensagem pode conter questões administratriviais.",                                        // pt
		"A mensagem pode conter questões administrativas",                                            // pt_BR
		"S-ar putea ca mesajul să conţină comenzi administrative",                                    // ro
		"Возможно, в сообщении содержится административный запрос",                                   // ru
		"Správa pravdepodobne obsahuje príkazy pre listserver",                                       // sk
		"Sporočilo morda vsebuje skrbniške opombe",                                                   // sl
		"Meddelandet kan ha administrativt innehåll",                                                 // sv
		"Mesaj yönetimsel bilgi içeriyor olabilir",                                                   // tr
		"Повідомлення можливо містить адміністративні команди",                                       // uk
		"Thư có thể chứa linh tinh quản lý",                                                          // vi
		"消息中包含管理指令",                                                                                  // zh_CN
		"訊息包含管理指令",                                                                                   // zh_TW
	}},
	// Hold.py SuspiciousHeaders: the list owner's bounce_matching_headers rule
	// (label call: spam_content).
	{key: "Message has a suspicious header", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Message has a suspicious header",                                                           // en
		"للرسالة ترويسة مشكوك بأمرها",                                                               // ar
		"El mensax tien una testera sospechosa.",                                                    // ast
		"El missatge té una capçalera sospitosa",                                                    // ca
		"Din mail indeholder et tvivlsomt brevhoved (header).",                                      // da
		"Der Header der Nachricht traf auf ein Filterkriterium aus \"bounce_matching_headers\" zu.", // de
		"Το μήνυμα έχει ύποπτη επικεφαλίδα",                                                         // el
		"La mesaĝo havas suspektindan kaplinion",                                                    // eo
		"Kirja päised on kahtlased",                                                                 // et
		"Mezuak goiburu susmagarria du.",                                                            // eu
		"سربرگ این پیام مشکوک است",                                                                  // fa
		"Viestillä on epäilyttävä otsikko",                                                          // fi
		"Message avec en-tête douteux",                                                              // fr
		"למסר כותרת חשודה",                                                                          // he
		"Poruka ima sumnjivo zaglavlje",                                                             // hr
		"A levél gyanús fejlécet tartalmaz.",                                                        // hu
		"Le message ha un capite suspecte",                                                          // ia
		"Il messaggio ha un campo sospetto.",                                                        // it
		"メールに不審なヘッダがあります。",                                                                          // ja
		"메세지가 의심스러운 헤더를 가지고 있습니다.",                                                                  // ko
		"Bericht heeft een verdachte header",                                                        // nl
		"Meldingen har et mistenkelig meldingshode.",                                                // no
		"Nagłowek wiadomości jest niepoprawny",                                                      // pl
		"A mensagem tem um cabeçalho suspeito",                                                      // pt
		"A mensagem contém um cabeçalho suspeito",                                                   // pt_BR
		"Mesajul are un header suspicios",                                                           // ro
		"Сообщение содержит подозрительный заголовок",                                               // ru
		"Príspevok má neplatnú hlavičku.",                                                           // sk
		"Sporočilo vsebuje sumljivo glavo",                                                          // sl
		"Порука има заглавље са сумњивим садржајем",                                                 // sr
		"Meddelandet har ett misstänkt meddelandehuvud.",                                            // sv
		"Mesaj şüpheli bir başlık içeriyor",                                                         // tr
		"Повідомлення містить підозрілий заголовок",                                                 // uk
		"Thư chứa dòng đầu đáng ngờ",                                                                // vi
		"信件带有可疑的邮件头",                                                                                // zh_CN
		"信件含有可疑的標題",                                                                                 // zh_TW
	}},
	// Hold.py MessageTooBig: over the list's max_message_size.
	{key: "Message body is too big: %(size)d bytes with a limit of %(limit)d KB", category: CategoryMessageTooLarge, outcome: OutcomeDeferred, texts: []string{
		"Message body is too big: %{size} bytes with a limit of %{limit} KB",                                                  // en
		"نص الرسالة كبير جداً: %{size} بايت مع وجود حد هو %{limit} كيلوبايت",                                                  // ar
		"Cuerpu del mensax ye pergrande: %{size} bytes con un llímite de %{limit} KB",                                         // ast
		"El cos del missatge és massa llarg: %{size} bytes amb un límit de %{limit} KB",                                       // ca
		"Tělo zprávy je příliš veliké: %{size} bytů, kdežto limit je %{limit} KB.",                                            // cs
		"Meddelelsen er for stor: %{size} bytes, grænsen er %{limit} KB",                                                      // da
		"Der Textteil Ihrer Nachricht war mit %{size} Bytes zu umfangreich. Die maximal zulässige Größe beträgt %{limit} KB.", // de
		"Το σώμα του μηνύματος είναι πολύ μεγάλο: %{size} bytes με όριο που έχει τεθεί στα %{limit} KB",                       // el
		"La enhavo de la mesaĝo estas tro granda: %{size} bytes kun limo de %{limit} KB",                                      // eo
		"El cuerpo del mensaje es demasiado grande: %{size} bytes con un límite de %{limit} KB",                               // es
		"Kiri on liiga suur: %{size} baiti, lubatud on %{limit} KB",                                                           // et
		"Mezua handiegia da: %{size} byte ditu, eta muga %{limit} KB da.",                                                     // eu
		"اندازه‌ی پیام، بیش از حد بزرگ است: %{size} بایت، در حالی که حد مجاز %{limit} KB می‌باشد.",                            // fa
		"Viestin runko on liian iso: %{size} tavua rajoitetusta %{limit} KB:sta",                                              // fi
		"La taille du corps du message est trop importante : %{size} octets avec une limite de %{limit} kb",                   // fr
		"O corpo da mensaxe é demasiado grande: o seu tamaño é %{size} bytes mais o límite é de %{limit} KB",                  // gl
		"גוף ההודעה גדול מידי: %{size} בייטים כאשר הגבול הוא %{limit}·ק\"ב",                                                   // he
		"Tijelo poruke je previše veliko: %{size} bytes sa ograničenjem od %{limit} KB",                                       // hr
		"Túl nagy méretű levél: %{size} bájt, engedélyezett méret %{limit} KB",                                                // hu
		"Le texto del message es troppo grande: %{size} bytes con un limite de %{limit} KB",                                   // ia
		"Il testo del messaggio è troppo grande: %{size} bytes con un limite di %{limit} KB",                                  // it
		"メールの本文が長すぎます: %{size} バイトありますが、 制限は %{limit} KB です",                                                                  // ja
		"메제기 본문이 너무 큽니다 : %{size} 바이트. 최대 크기는 %{limit} KB 입니다.",                                                               // ko
		"Bericht is te groot: %{size} bytes. De limiet is %{limit} KB",                                                        // nl
		"Meldingen er for stor: %{size} bytes, grensen er %{limit} KB",                                                        // no
		"Wiadomość zbyt duża: %{size} bajtów przy limicie %{limit} kB",                                                        // pl
		"O corpo da mensagem é demasiado grande: %{size} bytes, sendo o limite de %{limit} KB",                                // pt
		"O corpo da mensagem é muito grande: %{size} bytes com um limite de %{limit} KB",                                      // pt_BR
		"Corpul mesajului este prea mare: %{size} octeţi pentru o limită maximă de %{limit} Ko",                               // ro
		"Объем сообщения слишком велик: %{size} байтов при ограничении в %{limit} Кб",                                         // ru
		"Telo správy je príliš veľké: %{size} bajtov, limit je %{limit} KB.",                                                  // sk
		"Besedilo sporočila je preveliko: %{size} bajtov, dovoljenih je %{limit} KB",                                          // sl
		"Meddelandet är för stort: %{size} bytes, gränsen är %{limit} KB",                                                     // sv
		"Mesaj gövdesi çok büyük: %{limit} KB'lık bir sınır ile %{size} bayt",                                                 // tr
		"Вміст повідомлення надто великий: %{size} байт, але дозволена межа %{limit} Кб",                                      // uk
		"Thư có thân quá lớn: %{size} byte khi giới hạn là %{limit} KB.",                                                      // vi
		"信件内容过大：%{size} 字节 (上限为 %{limit} KB)",                                                                                 // zh_CN
	}},
	// Hold.py ModeratedNewsgroup: the list gateways to a moderated newsgroup and
	// holds every post for its moderator: the list's rule.
	{key: "Posting to a moderated newsgroup", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Posting to a moderated newsgroup",                   // en
		"إرسال إلى قائمة إخبارية منظمة",                      // ar
		"Unvíu a un grupu de noticies moderáu",               // ast
		"Enviament a un grup de notícies moderat",            // ca
		"Příspěvek do moderované konference",                 // cs
		"Meddelelse sendt til modereret nyhedsgruppe",        // da
		"Mail geht an eine moderierte NNTP-Newsgruppe",       // de
		"Αποστολή σε μια ομάδα συζητήσεων με μεσολαβητή",     // el
		"Poŝto al moderigata novaĵgrupo",                     // eo
		"Envío a un grupo de noticias moderado",              // es
		"Postitus modereeritud uudisegruppi",                 // et
		"Moderatutako berri-talde baterako mezua.",           // eu
		"فرستادن به گروه خبری میان‌داری شده",                 // fa
		"Lähetys moderoidulle listalle",                      // fi
		"Envoi sur un newsgroup modéré",                      // fr
		"Envío a un grupo de novas moderado",                 // gl
		"מסר נשלח אל קבוצת חדשות מפוקחת",                     // he
		"Slanje poruke na moderiranu news grupu",             // hr
		"A levél moderált hírcsoportra érkezett.",            // hu
		"Messages a un moderate gruppo de novas",             // ia
		"Messaggio inviato ad un gruppo moderato",            // it
		"モデレーテッド・ニュースグループへの投稿",                               // ja
		"Berichten naar een gemodereerde nieuwsgroep",        // nl
		"Melding sendt til moderert nyhetsgruppe",            // no
		"Wiadomość wysłana na grupę moderowaną",              // pl
		"Mensagem para um newsgroup moderado",                // pt
		"Postagem para um newsgroup moderado",                // pt_BR
		"Publicarea la un newsgroup supravegheat",            // ro
		"Отправка сообщения в модерируюмую конференцию",      // ru
		"Príspevok do moderovanej konferencie",               // sk
		"Objava na moderirani novičarski skupini",            // sl
		"Слање на модерисану њуз-групу",                      // sr
		"Moderatör onaylı bir haber grubuna mesaj gönderimi", // tr
		"Надсилання у контрольовану групу новин",             // uk
		"Thư đã gởi cho một nhóm tin đã điều tiết",           // vi
		"发送信息至受节制的新闻组",                                       // zh_CN
	}},
	// SpamDetect.py HeaderMatchHold: a header_filter_rules pattern matched and its
	// action is Hold: the list owner's rule, as the Reject action's message above.
	{key: "Header matched regexp: %(pattern)s", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Header matched regexp: %{pattern}",                          // en
		"Header stimmt mit regexp überein (passte auf %{pattern})",   // de
		"Cabecera coincidente por regla: %{pattern}",                 // es
		"メールヘッダーが次の正規表現に合致しました: %{pattern}",                          // ja
		"Cabeçalho correspondente com expressão regular: %{pattern}", // pt_BR
		"Заголовок подходит под шаблон: %{pattern}",                  // ru
	}},
}
