package diagnose

// gearyMessages are GNOME Geary's reports of a failed send or of a
// server it does not trust (po/*.po at 3e8d4f1, in every translation the
// repository holds): it could not connect, or is offline and keeps the
// message in its outbox until it is connected again; it could not look
// the server's name up; the sending login was refused (policy_rejected
// by the README's SMTP AUTH convention); the server's TLS identity could
// not be verified, for any of the certificate reasons it names (the
// sets' convention for a certificate that does not verify: the TLS
// demand, deferred). Geary keeps a message it could not send in its
// outbox and retries it, so the connection, lookup and TLS messages are
// deferred. Probe CE ce-008, 009, 010, 036, 037, 045.
var gearyMessages = []catalogMessage{
	{own: true, key: "Could not connect, check your network", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Could not connect, check your network",                               // en
		"Не атрымалася злучыцца, праверце сетку",                              // be
		"No s'ha pogut fer la connexió, comproveu la vostra xarxa",            // ca
		"Nelze se připojit, zkontrolujte svoji síť",                           // cs
		"Kunne ikke forbinde, tjek dit netværk",                               // da
		"Verbindung konnte nicht hergestellt werden, prüfen Sie Ihr Netzwerk", // de
		"Αδυναμία σύνδεσης, ελέγξτε το δίκτυό σας",                            // el
		"No se ha podido conectar, compruebe su conexión",                     // es
		"Ezin da konektatu, egiaztatu zure sarea",                             // eu
		"نتوانست وصل شود. شبکه‌تان را بررسی کنید",                             // fa
		"Yhdistäminen ei onnistu, tarkista verkkoyhteytesi",                   // fi
		"Connexion impossible, vérifiez votre réseau",                         // fr
		"Impussibil conetisi, controle la tô rêt",                             // fur
		"Non foi posíbel conectarse, comprobe a súa rede",                     // gl
		"לא ניתן להתחבר, יש לבדוק את הרשת שלך",                                // he
		"Nemoguće povezivanje, provjerite svoju mrežu",                        // hr
		"Nem sikerült kapcsolódni, ellenőrizze a hálózatot",                   // hu
		"Tidak bisa menyambung, periksalah jaringan Anda",                     // id
		"Impossibile connettersi, controllare la rete",                        // it
		"接続できなかったため、ネットワークを確認してください",                                          // ja
		"Байланысу мүмкін емес, желіні тексеріңіз",                            // kk
		"Kon geen verbinding maken, controleer uw netwerkverbinding",          // nl
		"Nie można się połączyć, proszę sprawdzić sieć",                       // pl
		"Não foi possível conectar, verifique a ligação à rede",               // pt
		"Não foi possível conectar, verifique sua rede",                       // pt_BR
		"Nu s-a putut conecta, verificați rețeaua",                            // ro
		"Не удалось подключиться, проверьте свою сеть",                        // ru
		"Nepodarilo sa pripojiť, skontrolujte vašu sieť",                      // sk
		"Ni mogoče vzpostaviti povezave. Preverite omrežne nastavitve.",       // sl
		"Не могу да се повежем, проверите вашу мрежу",                         // sr
		"Det gick inte att ansluta, kontrollera ditt nätverk",                 // sv
		"Bağlanamadı, ağınızı gözden geçirin",                                 // tr
		"Не вдалося встановити з'єднання. Перевірте, чи працездатна мережа.",  // uk
		"无法连接，请检查您的网络连接",                                                      // zh_CN
		"無法連上，請檢查您的網路",                                                        // zh_TW
	}},
	{own: true, key: "Email will not be sent until re-connected", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Email will not be sent until re-connected",                             // en
		"Пошта не адправіцца, пакуль злучэнне не наладзіцца",                    // be
		"No s'enviarà el correu electrònic fins que us torneu a connectar",      // ca
		"Dokud se znovu nepřipojíte, nebudou se odesílat zprávy.",               // cs
		"E-mailen sendes ikke, indtil forbindelsen er genoprettet",              // da
		"E-Mail wird nicht gesendet, bis wieder eine Verbindung besteht",        // de
		"Το μήνυμα δεν θα σταλεί μέχρι να γίνει επανασύνδεση",                   // el
		"El correo no se enviará hasta que se vuelva a conectar",                // es
		"Mezua ez da bidaliko berriro konektatu arte",                           // eu
		"رایانامه تا اتّصال دوباره فرستاده نخواهد شد",                           // fa
		"Sähköpostia ei lähetetä, ennen kuin yhteys on muodostettu uudelleen",   // fi
		"Les messages seront envoyés lors de la connexion",                      // fr
		"La e-mail no vignarà inviade fin ae prossime conession",                // fur
		"O correo-e non vai ser enviado ata que se conecte",                     // gl
		"לא ישלח כל דוא״ל עד שתתבצע התחברות מחודשת",                             // he
		"E-pošta neće biti poslana do ponovnog povezivnja",                      // hr
		"A levél nem lesz elküldve, amíg nem kapcsolódik újra",                  // hu
		"Surel tidak akan dikirim sampai menyambung ulang",                      // id
		"La posta non sarà inviata finché fuori rete",                           // it
		"再接続するまでメールを送信しません",                                                     // ja
		"Байланыс қайта орнатылғанша электрондық хат жіберілмейді",              // kk
		"E-mails zullen niet verzonden worden totdat de verbinding hersteld is", // nl
		"Wiadomości nie będą wysyłane do czasu ponownego połączenia",            // pl
		"Não será enviado correio até à ligação ser reestabelecida",             // pt
		"O e-mail não será enviado até reconectar",                              // pt_BR
		"Nu veți putea trimite emailuri până la reconectare",                    // ro
		"Эл. почта не будет отправлена до повторного подключения",               // ru
		"Email nebude odoslaný až do opätovného pripojenia",                     // sk
		"Elektronsko sporočilo bo poslano, ko bo povezava spet vzpostavljena.",  // sl
		"Пошта неће бити послата до поновног повезивања",                        // sr
		"E-post kommer inte att skickas innan du är ansluten igen",              // sv
		"Yeniden bağlanana dek e-posta gönderilmeyecek",                         // tr
		"Повідомлення не буде надіслано до відновлення з'єднання",               // uk
		"邮件将不会发送直到重新连接",                                                         // zh_CN
		"郵件不會被寄出直至連線成功",                                                         // zh_TW
	}},
	{own: true, key: "You will not be able to send or receive email until re-connected.", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"You will not be able to send or receive email until re-connected.",                                  // en
		"Вы не зможаце атрымліваць ці адпраўляць лісты пакуль злучэнне не адновіцца.",                        // be
		"No podreu enviar ni rebre correus electrònics fins que us torneu a connectar.",                      // ca
		"Dokud se znovu nepřipojíte, nebudete moci odesílat a přijímat e-maily.",                             // cs
		"Du kan ikke sende eller modtage e-mails, indtil forbindelsen er genoprettet.",                       // da
		"Sie können keine E-Mails senden oder empfangen, bis wieder eine Verbindung besteht.",                // de
		"Δεν θα μπορείτε να στείλετε ή να λάβετε μηνύματα μέχρι να επανασυνδεθείτε.",                         // el
		"No podrá enviar ni recibir correo hasta que se vuelva a conectar.",                                  // es
		"Ezin izango duzu postarik bidali edo jaso berriro konektatu arte.",                                  // eu
		"تا وصل شدن دوباره نخواهید توانست رایانامه فرستاده یا بگیرید.",                                       // fa
		"Viestien vastaanottaminen tai lähettäminen ei onnistu, ennen kuin yhteys on muodostettu uudelleen.", // fi
		"Vous ne pourrez pas envoyer ou recevoir de courriels jusqu’à ce que vous soyez reconnecté.",         // fr
		"No tu podarâs inviâ o ricevi e-mail fintremai che no tu ti tornarâs a coneti.",                      // fur
		"Non poderá enviar nin recibir correo ate que se conecte.",                                           // gl
		"לא ניתן לשלוח או לקבל הודעות עד להתחברות מחודשת.",                                                   // he
		"Nećete moći slati ili primati e-poštu dok se ponovno ne povežete s internetom.",                     // hr
		"Nem lesz képes leveleket küldeni vagy fogadni, amíg nem kapcsolódik újra.",                          // hu
		"Anda tidak akan bisa mengirim atau menerima surel sampai tersambung lagi.",                          // id
		"Non si potrà inviare o ricevere la posta finché non è riconnesso.",                                  // it
		"再接続するまでメールの送受信はできません。",                                                                              // ja
		"Байланыс қайта орнатылғанша электрондық хаттарды жіберу немесе қабылдау мүмкін болмайды.",           // kk
		"U zult geen e-mails kunnen verzenden of ontvangen totdat de verbinding hersteld is.",                // nl
		"Nie można wysyłać ani odbierać poczty, dopóki komputer nie zostanie połączony.",                     // pl
		"Não poderá enviar ou receber correio até retomar a sua ligação.",                                    // pt
		"Você não poderá enviar ou receber e-mails até que seja reconectado.",                                // pt_BR
		"Nu veți putea trimite sau primi email-uri până la reconectare.",                                     // ro
		"Вы не сможете отправлять или получать эл. почту до повторного подключения.",                         // ru
		"Nebudete môcť odoslať alebo prijať email, pokiaľ sa opätovne nepripojíte.",                          // sk
		"Sporočil ne bo mogoče ne prejeti ne poslati do ponovne vzpostavitve povezave.",                      // sl
		"Нећете моћи да шаљете или примате пошту све до поновног повезивања.",                                // sr
		"Du kommer inte att kunna skicka eller ta emot e-post innan du är ansluten igen.",                    // sv
		"Yeniden bağlanana dek e-posta gönderemez veya alamazsınız.",                                         // tr
		"Ви не зможете надсилати або отримувати електронну пошту до відновлення з'єднання із інтернетом.",    // uk
		"在重新连接之前您无法发送或接收邮件。",                                                                                 // zh_CN
		"在再次連線之前您將無法寄送或收受電子郵件。",                                                                              // zh_TW
	}},
	{own: true, key: "Could not look up server name", category: CategoryDomainNotFound, outcome: OutcomeDeferred, texts: []string{
		"Could not look up server name",                     // en
		"Не атрымалася знайсці назву сервера",               // be
		"No s'ha pogut cercar el nom del servidor",          // ca
		"Nelze najít název serveru",                         // cs
		"Kunne ikke slå servernavnet op",                    // da
		"Servername konnte nicht abgefragt werden",          // de
		"Αδυναμία εύρεσης ονόματος διακομιστή",              // el
		"No se pudo encontrar el nombre del servidor",       // es
		"Ezin izan da zerbitzari-izena kontsultatu",         // eu
		"نتوانست نام کارساز را بیابد",                       // fa
		"Palvelimen nimeä ei voitu kysellä",                 // fi
		"Impossible de trouver le nom du serveur",           // fr
		"Impussibil cirî il non dal servidôr",               // fur
		"Non foi posíbel buscar polo nome do servidor",      // gl
		"לא ניתן למצוא את שם השרת",                          // he
		"Nemoguća pretraga naziva poslužitelja",             // hr
		"Nem sikerült megkeresni a kiszolgáló nevét",        // hu
		"Tidak bisa mencari nama peladen",                   // id
		"Impossibile trovare il nome del server",            // it
		"サーバー名が見つかりませんでした",                                  // ja
		"Сервер атын анықтау мүмкін болмады",                // kk
		"Kon servernaam niet opzoeken",                      // nl
		"Nie można wyszukać nazwy serwera",                  // pl
		"Ocorreu um problema com a procura DNS do servidor", // pt
		"Não foi possível procurar por nome do servidor",    // pt_BR
		"Nu s-a putut detecta numele serverului",            // ro
		"Не удалось найти имя сервера",                      // ru
		"Nepodarilo sa nájsť názov serveru",                 // sk
		"Ni mogoče preveriti imena strežnika",               // sl
		"Не могу потражим назив сервера",                    // sr
		"Det gick inte att slå upp servernamn",              // sv
		"Sunucu adı yoklanamıyor",                           // tr
		"Не вдалося виконати пошук за назвою сервера",       // uk
		"无法查询服务器名称",                                         // zh_CN
		"無法查詢伺服器名稱",                                         // zh_TW
	}},
	{own: true, key: "Check your sending login and password", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Check your sending login and password",                         // en
		"Праверце лагін і пароль для адпраўлення",                       // be
		"Comproveu l'usuari i contrasenya enviats",                      // ca
		"Zkontrolujte své přihlašovací jméno a heslo pro odesílání",     // cs
		"Tjek udgående login og adgangskode",                            // da
		"Prüfen Sie Ihren Benutzernamen und Passwort zum Senden",        // de
		"Ελέγξτε το όνομα εισόδου και το συνθηματικό αποστολής",         // el
		"Comprobar el usuario y la contraseña para envío de correo",     // es
		"Egiaztatu mezuak bidaltzeko saio-hasiera eta pasahitza",        // eu
		"ورود و گذرواژهٔ ارسالتان را بررسی کنید",                        // fa
		"Tarkista lähettämiseen käytettävä käyttäjätunnus ja salasana",  // fi
		"Vérifiez votre nom d’utilisateur et mot de passe pour l’envoi", // fr
		"Controle il non utent e la password pe spedizion",              // fur
		"Comprobe o seu inicio de sesión e contrasinal de envío",        // gl
		"בדיקת שליחת ההתחברות והססמה שלך",                               // he
		"Provjerite svoju prijavu i lozinku slanja",                     // hr
		"Ellenőrizze a küldő bejelentkezési nevet és jelszót",           // hu
		"Periksa login dan kata sandi pengiriman Anda",                  // id
		"Controllare le credenziali di accesso in invio",                // it
		"送信のログイン名とパスワードを確認してください",                                       // ja
		"Шығыс логині мен паролін тексеріңіз",                           // kk
		"Controleer uw login en wachtwoord voor verzenden",              // nl
		"Proszę sprawdzić poprawność loginu i hasła wysyłania",          // pl
		"Verifique as suas credenciais de envio",                        // pt
		"Verifique seu login e senha de recebimento",                    // pt_BR
		"Verificați numele și parola contului de trimitere",             // ro
		"Проверьте свой логин и пароль для отправления",                 // ru
		"Skontrolujte vaše prihlasovacie meno a heslo pre odosielanie",  // sk
		"Preverite uporabniško ime in geslo za pošiljanje pošte",        // sl
		"Проверите пријаву и лозинку слања",                             // sr
		"Kontrollera din inloggning och lösenord för sändning",          // sv
		"Gönderici giriş ve parolanızı gözden geçirin",                  // tr
		"Перевірте ваші ім'я користувача і пароль для надсилання пошти", // uk
		"请检查您的发送服务器登录名及密码",                                              // zh_CN
		"檢查您的寄送伺服器登入名稱及密碼",                                              // zh_TW
	}},
	{own: true, key: "The identity of the %s mail server at %s:%u could not be verified.", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The identity of the %s mail server at %s:%u could not be verified.",                        // en
		"Даныя аўтарызацыі сервера пошты %s на %s:%u немагчыма праверыць.",                          // be
		"Identitet %s mail servera na %s:%une može biti verifikovan.",                               // bs
		"La identitat del servidor de correu %s en %s:%u no ha estat verificada.",                   // ca
		"Identitu poštovního serveru %s na %s:%u nelze ověřit.",                                     // cs
		"Identiteten af %s-mailserveren ved %s:%u kunne ikke godkendes.",                            // da
		"Die Identität des %s E-Mail-Servers an der Adresse %s:%u konnte nicht verifiziert werden.", // de
		"Αδύνατη η επαλήθευση της ταυτότητας του διακομιστή αλληλογραφίας %s στο %s:%u.",            // el
		"No se pudo comprobar la identidad del servidor de correo %s en %s:%u.",                     // es
		"%s posta-zerbitzariak %s:%u(e)n duen nortasuna ezin izan da egiaztatu.",                    // eu
		"هویت کارساز نامهٔ %s در %s: ‏%Iu تأیید نشده.",                                              // fa
		"Postipalvelimen %s identiteettiä osoitteessa %s:%u ei voitu vahvistaa.",                    // fi
		"L’identité du serveur de courriel %s à %s:%u ne peut pas être vérifiée.",                   // fr
		"No si pues verificâ la identitât dal servidôr di pueste %s su %s:%u.",                      // fur
		"Non foi posíbel verificar a identidade do servidor de correo %s en %s: %u.",                // gl
		"המזהה של שרת הדואר %s ב־%s: ‏%u לא ניתן לאימות.",                                           // he
		"Identitet %s poslužitelja e-pošte na %s:%u ne može se potvrditi.",                          // hr
		"A(z) %s levelező kiszolgáló személyazonossága a(z) %s:%u címen nem ellenőrizhető.",         // hu
		"Identitas dari peladen surat %s pada %s:%u tak dapat diverifikasi.",                        // id
		"Impossibile verificare l'identità del server di posta %s presso %s:%u.",                    // it
		"%s メールサーバー (%s:%u) の ID を確認できませんでした。",                                                      // ja
		"%s пошта серверінің (адресі %s:%u) шындылығын растау мүмкін емес.",                         // kk
		"%s pašto serverio iš %s:%u tapatumo nepavyko patvirtinti.",                                 // lt
		"Klarte ikke å bekrefte identitet for e-posttjeneren %s ved %s:%u.",                         // nb
		"De identiteit van de %s-mailserver op %s:%u kon niet geverifieerd worden.",                 // nl
		"L'identitat del servidor de corrièr electronic %s a %s:%u pòt pas èsser verificada.",       // oc
		"Nie można sprawdzić tożsamości serwera poczty %s pod adresem %s:%u.",                       // pl
		"A identidade do servidor de correio %s em %s:%u não pôde ser verificada.",                  // pt
		"A identidade do servidor de e-mail %s em %s:%u não pôde ser verificado.",                   // pt_BR
		"Identitatea serverului de mail %s de la %s:%u nu a putut fi verificată.",                   // ro
		"Данные авторизации сервера почты %s на %s:%u не могут быть проверены.",                     // ru
		"Identitu poštového servera %s na adrese %s:%u sa nepodarilo overiť.",                       // sk
		"Istovetnosti strežnika %s na %s:%u ni mogoče overiti.",                                     // sl
		"Идентитет „%s“ сервера поште на „%s:%u“ не може бити проверен.",                            // sr
		"Identitet „%s“ servera pošte na „%s:%u“ ne može biti proveren.",                            // sr@latin
		"Identiteten för e-postservern %s på %s:%u kunde inte verifieras.",                          // sv
		"%s posta sunucusu kimliği (%s:%u konumundaki) onaylanamadı.",                               // tr
		"Ототожнення поштового сервера %s у %s:%u неможливо завірити.",                              // uk
		"无法验证于 %2$s:%3$u 的 %1$s 邮箱服务器身份。",                                                           // zh_CN
		"%s 郵件伺服器 (位於 %s:%u) 的辨識身份無法通過核驗。",                                                          // zh_TW
	}},
	{own: true, key: "The server’s certificate is not signed by a known authority", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s certificate is not signed by a known authority",                     // en
		"Сертыфікат сервера не падпісаны вядомым цэнтрам сертыфікацыі",                    // be
		"El certificat del servidor no està signat per una autoritat coneguda",            // ca
		"Certifikát serveru je podepsán neznámou autoritou",                               // cs
		"Serverens certifikat er ikke signeret af en kendt autoritet",                     // da
		"Das Server-Zertifikat wurde von keiner bekannten Zertifizierungsstelle signiert", // de
		"Το πιστοποιητικό του διακομιστή δεν είναι υπογεγραμμένο από μια γνωστή αρχή",     // el
		"El certificado del servidor no está firmado por una autoridad conocida",          // es
		"Zerbitzariaren ziurtagiria ez du sinatu ziurtagiri-emaile ezagun batek",          // eu
		"گواهی این کارساز به دست مرجعی شناخته امضا نشده",                                  // fa
		"Palvelimen varmennetta ei ole allekirjoitettu tunnetun tahon toimesta",           // fi
		"Le certificat du serveur n’est pas signé par une autorité reconnue",              // fr
		"Il certificât dal servidôr nol è firmât di une autoritât cognossude",             // fur
		"O certificado do servidor non está asinado por unha autoridade coñecida",         // gl
		"תעודת השרת אינה חתומה על ידי מנפיק מהימן",                                        // he
		"Vjerodajnica poslužitelja nije potpisana od strane poznatog izdavatelja",         // hr
		"A kiszolgáló tanúsítványát nem ismert hitelesítésszolgáltató írta alá",           // hu
		"Sertifikat peladen tak ditandatangani oleh otoritas yang dikenal",                // id
		"Il certificato del server non è firmato da alcuna autorità conosciuta",           // it
		"サーバーの証明書が既知の認証局によって署名されていません",                                                    // ja
		"Сервер сертикатына қолтаңбаны қойған сертификаттау орталығы белгісіз",            // kk
		"Tjenersertifikatet er ikke signert av en kjent autoritet",                        // nb
		"Het certificaat van de server is niet ondertekend door een gekende authoriteit",  // nl
		"Lo certificat del servidor es pas signat per una autoritat reconeguda",           // oc
		"Certyfikat serwera nie jest podpisany przez znaną instytucję",                    // pl
		"O certificado do servidor não está assinado por uma autoridade conhecida",        // pt pt_BR
		"Certificatul serverului nu este semnat de o autoritate cunoscută",                // ro
		"Сертификат сервера не подписан известным центром сертификации",                   // ru
		"Certifikát servera nie je podpísaný známou autoritou",                            // sk
		"Potrdilo strežnika ni podpisano s strani znanega podpisnika potrdil",             // sl
		"Уверење сервера није потписано од стране познатог издавача",                      // sr
		"Uverenje servera nije potpisano od strane poznatog izdavača",                     // sr@latin
		"Serverns certifikat är inte signerat av en känd utfärdare",                       // sv
		"Sunucunun sertifikası bilinen yetkilice imzalanmamış",                            // tr
		"Сертифікат сервера не підписано відомою службою сертифікації",                    // uk
		"该服务器的证书不是由已知机构签署的",                                                               // zh_CN
		"伺服器的憑證並非由已知的授權中心簽署",                                                              // zh_TW
	}},
	{own: true, key: "The server’s identity does not match the identity in the certificate", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s identity does not match the identity in the certificate",                 // en
		"Уліковыя даныя сервера адрозніваюцца ад уліковых даных сертыфіката",                   // be
		"La identitat del servidor no coincideix amb la identitat en el certificat",            // ca
		"Identita serveru neodpovídá identitě v certifikátu",                                   // cs
		"Serverens identitet stemmer ikke overens med identiteten i certifikatet",              // da
		"Die Identität des Servers stimmt nicht mit der Identität im Zertifikat überein",       // de
		"Η ταυτότητα του διακομιστή δεν ταιριάζει με την ταυτότητα του πιστοποιητικού",         // el
		"La identidad del servidor no coincide con la identidad en el certificado",             // es
		"Zerbitzariaren nortasuna ez dator bat ziurtagiriaren nortasunarekin",                  // eu
		"هویت این کارساز با هویت گواهی مطابق نیست",                                             // fa
		"Palvelimen identiteetti ei vastaa varmenteen identiteettiä",                           // fi
		"L’identité du serveur ne correspond pas à celle renseignée par le certificat",         // fr
		"La identitât dal servidôr no corispuint ae identitât dal certificât",                  // fur
		"A identidade do servidor non coincide coa identidade no certificado",                  // gl
		"מזהה השרת לא תואם את מזהה התעודה",                                                     // he
		"Identitet poslužitelja se ne podudara s očekivanim identitetom u vjerodajnici",        // hr
		"A kiszolgáló személyazonossága nem egyezik a tanúsítványban lévő személyazonossággal", // hu
		"Identitas peladen tak cocok dengan identitas dalam sertifikat",                        // id
		"L'identità del server non corrisponde all'identità del certificato",                   // it
		"サーバーの ID が証明書の ID と一致しません",                                                            // ja
		"Сертификат өзі алынған сайттың күтілген анықтағышына сәйкес келмейді",                 // kk
		"Tjenerens identitet samsvarer ikke med identiteten i sertifikatet",                    // nb
		"De identiteit van de server komt niet overeen met de identiteit in het certificaat",   // nl
		"L'identitat del servidor correspond pas a celle renseignée pel certificat.",           // oc
		"Tożsamość serwera nie pasuje do tożsamości w certyfikacie",                            // pl
		"A identidade do servidor não corresponde à identidade no certificado",                 // pt pt_BR
		"Identitatea serverului nu se potrivește cu identitatea certificatului",                // ro
		"Учётные данные сервера не совпадают с учётными данными в сертификате",                 // ru
		"Identita servera sa nezhoduje s identitou uvedenou v certifikáte",                     // sk
		"Potrdilo strežnika ni skladno z istovetnostjo strani",                                 // sl
		"Идентитет сервера не одговара идентитету у уверењу",                                   // sr
		"Identitet servera ne odgovara identitetu u uverenju",                                  // sr@latin
		"Serverns identitet överensstämmer inte med identiteten i certifikatet",                // sv
		"Sunucunun kimliği sertifikadaki kimlik ile uyuşmuyor",                                 // tr
		"Профіль сервера не відповідає профілю, який вказано у сертифікаті",                    // uk
		"该服务器的身份与证书中标识的不匹配",                                                                    // zh_CN
		"伺服器的辨識身份與憑證的辨識身份並不相同",                                                                 // zh_TW
	}},
	{own: true, key: "The server’s certificate has expired", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s certificate has expired",       // en
		"Тэрмін дзеяння сертыфіката сыйшоў",          // be
		"El certificat del servidor ha caducat",      // ca
		"Certifikát serveru vypršel",                 // cs
		"Serverens certifikat er udløbet",            // da
		"Das Zertifikat des Servers ist abgelaufen",  // de
		"Το πιστοποιητικό του διακομιστή έχει λήξει", // el
		"El certificado del servidor ha caducado",    // es
		"Zerbitzariaren ziurtagiria iraungi egin da", // eu
		"گواهی این کارساز منقضی شده",                 // fa
		"Palvelimen varmenne on vanhentunut",         // fi
		"Le certificat du serveur a expiré",          // fr
		"Il certificât dal servidôr al è scjadût",    // fur
		"O certificado do servidor caducou",          // gl
		"פגה תקפה של תעודת השרת",                     // he
		"Vjerodajnica poslužitelja je istekla",       // hr
		"A kiszolgáló tanúsítványa lejárt",           // hu
		"Sertifikat peladen telah kedaluwarsa",       // id
		"Li recivet certificat ha expirat ye %s.",    // ie
		"Il certificato del server è scaduto",        // it
		"サーバーの証明書が期限切れです",                            // ja
		"Сервекр сертификаттың мерзімі аяқталған",    // kk
		"Tjenersertifikatet er utgått",               // nb
		"Het certificaat van de server is verlopen",  // nl
		"Lo certificat del servidor a expirat",       // oc
		"Certyfikat serwera wygasł",                  // pl
		"O certificado do servidor expirou",          // pt pt_BR
		"Certificatul serverului a expirat",          // ro
		"Сертификат сервера просрочен",               // ru
		"Platnosť certifikátu servera skončila",      // sk
		"Potrdilo strežnika je poteklo",              // sl
		"Уверење сервера је истекло",                 // sr
		"Uverenje servera je isteklo",                // sr@latin
		"Serverns certifikat har gått ut",            // sv
		"Sunucunun sertifikasının süresi doldu",      // tr
		"Строк дії сертифіката сервера вичерпано",    // uk
		"该服务器的证书已过期",                                 // zh_CN
		"伺服器的憑證已經過期",                                 // zh_TW
	}},
	{own: true, key: "The server’s certificate has not been activated", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s certificate has not been activated",        // en
		"Сертыфікат сервера не быў актываваны",                   // be
		"El certificat del servidor no s'ha activat",             // ca
		"Certifikát serveru nebyl aktivován",                     // cs
		"Serverens certifikat er ikke blevet aktiveret",          // da
		"Das Zertifikat des Servers wurde nicht aktiviert",       // de
		"Το πιστοποιητικό του διακομιστή δεν έχει ενεργοποιηθεί", // el
		"No se ha activado el certificado del servidor",          // es
		"Zerbitzariaren ziurtagiria ez da aktibatu",              // eu
		"گواهی این کارساز فعّال نشده",                            // fa
		"Palvelimen varmennetta ei ole aktivoitu",                // fi
		"Le certificat du serveur n’a pas été activé",            // fr
		"Il certificât dal servidôr nol è stât ativât",           // fur
		"O certificado do servidor non se activou",               // gl
		"תעודת השרת לא הופעלה",                                   // he
		"Vjerodajnica poslužitelja nije aktivirana",              // hr
		"A kiszolgáló tanúsítványát még nem aktiválták",          // hu
		"Sertifikat peladen belum diaktifkan",                    // id
		"Il certificato del server non è stato attivato",         // it
		"サーバーの証明書が有効になっていません",                                    // ja
		"Сервер сертификаты белсендірілмеген",                    // kk
		"Tjenersertifikatet er ikke tatt i bruk",                 // nb
		"Het certificaat van de server is niet geactiveerd",      // nl
		"Lo certificat del servidor es pas estat activat",        // oc
		"Certyfikat serwera nie został aktywowany",               // pl
		"O certificado do servidor não foi ativado",              // pt pt_BR
		"Certificatul serverului nu a fost activat",              // ro
		"Сертификат сервера не был активирован",                  // ru
		"Certifikát servera nebol aktivovaný",                    // sk
		"Potrdilo strežnika ni omogočeno",                        // sl
		"Уверење сервера није активирано",                        // sr
		"Uverenje servera nije aktivirano",                       // sr@latin
		"Serverns certifikat har inte aktiverats",                // sv
		"Sunucunun sertifikası etkinleştirilemedi",               // tr
		"Сертифікат сервера не було активовано",                  // uk
		"该服务器的证书尚未激活",                                            // zh_CN
		"伺服器的憑證尚未啟用",                                             // zh_TW
	}},
	{own: true, key: "The server’s certificate has been revoked and is now invalid", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s certificate has been revoked and is now invalid",              // en
		"Сертыфікат сервера быў адкліканы і ўжо непрыдатны",                         // be
		"El certificat del servidor s'ha revocat i ara no és vàlid",                 // ca
		"Certifikát serveru byl odvolán a v současnosti je neplatný",                // cs
		"Serverens certifikat er blevet tilbagekaldt og er nu ugyldigt",             // da
		"Das Zertifikat des Servers wurde widerrufen und ist jetzt ungültig",        // de
		"Το πιστοποιητικό του διακομιστή έχει ανακληθεί και δεν είναι πλέον έγκυρο", // el
		"Se ha revocado el certificado del servidor y ya no es válido",              // es
		"Zerbitzariaren ziurtagiria errebokatu egin da eta orain baliogabea da",     // eu
		"گواهی این کارساز باطل شده و اکنون نامعتبر است",                             // fa
		"Palvelimen varmenne on kumottu, joten se on nyt virheellinen",              // fi
		"Le certificat du serveur a été révoqué et est maintenant non valide",       // fr
		"Il certificât dal servidôr al è stât revocât e cumò nol è valit",           // fur
		"O certificado do servidor foi revogado e agora non é válido",               // gl
		"תעודת השרת בוטלה ואינה תקפה כעת",                                           // he
		"Vjerodajnica poslužitelja je opozvana i nije valjana",                      // hr
		"A kiszolgáló tanúsítványát visszavonták és most érvénytelen",               // hu
		"Sertifikat peladen telah dicabut dan kini tak valid",                       // id
		"Il certificato del server è stato revocato e non è più valido",             // it
		"サーバーの証明書は失効しているため現在無効です",                                                   // ja
		"Сервер сертификаты қайта шақырылған және қазір жарамсыз болып тұр",         // kk
		"Tjenersertifikatet er trukket tilbake og er nå ugyldig",                    // nb
		"Het certificaat van de server is ingetrokken en is nu ongeldig",            // nl
		"Lo certificat del servidor es estat revocat e es ara invalid",              // oc
		"Certyfikat serwera został unieważniony i jest teraz nieprawidłowy",         // pl
		"O certificado do servidor foi revogado e é agora inválido",                 // pt
		"O certificado do servidor foi revogado e agora é inválido",                 // pt_BR
		"Certificatul serverului a fost revocat și este nevalid",                    // ro
		"Сертификат сервера был отозван и теперь недействителен",                    // ru
		"Certifikát servera bol odvolaný a teraz je neplatný",                       // sk
		"Potrdilo strežnika je preklicano in ni več veljavno",                       // sl
		"Уверење сервера је опозвано и сада је неисправно",                          // sr
		"Uverenje servera je opozvano i sada je neispravno",                         // sr@latin
		"Serverns certifikat har återkallats och är nu ogiltigt",                    // sv
		"Sunucunun sertifikası iptal edildi ve şu anda geçersiz",                    // tr
		"Сертифікат сервера було відкликано. Зараз він є недійсним.",                // uk
		"该服务器的证书已吊销且现已无效",                                                           // zh_CN
		"伺服器的憑證已經撤銷，目前無效",                                                           // zh_TW
	}},
	{own: true, key: "The server’s certificate is considered insecure", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"The server’s certificate is considered insecure",             // en
		"Сертыфікат сервера лічыцца небяспечным",                      // be
		"El certificat del servidor es considera insegur",             // ca
		"Certifikát serveru není považován za bezpečný",               // cs
		"Serverens certifikat anses som usikkert",                     // da
		"Das Zertifikat des Servers wird als unsicher erachtet",       // de
		"Το πιστοποιητικό του διακομιστή θεωρείται επισφαλές",         // el
		"El certificado del servidor se considera inseguro",           // es
		"Zerbitzariaren ziurtagiria ez da segurutzat jotzen",          // eu
		"گواهی این کارساز ناامن است",                                  // fa
		"Palvelimen varmennetta kohdellaan turvattomana",              // fi
		"Le certificat du serveur est considéré comme non sécurisé",   // fr
		"Il certificât dal servidôr nol è considerât sigûr",           // fur
		"O certificado do servidor considérase inseguro",              // gl
		"תעודת השרת אינה בטוחה",                                       // he
		"Vjerodajnica poslužitelja se smatra nesigurnom",              // hr
		"A kiszolgáló tanúsítványa nem tekinthető biztonságosnak",     // hu
		"Sertifikat peladen dianggap tidak aman",                      // id
		"Il certificato del server è considerato non sicuro",          // it
		"サーバーの証明書が安全ではありません",                                          // ja
		"Сертификат алгоритмі қауіпсіз емес ретінде саналады",         // kk
		"Tjenersertifikatet regnes som usikkert",                      // nb
		"Het certificaat van de server wordt onveilig beschouwd",      // nl
		"Lo certificat del servidor es considerat coma non securizat", // oc
		"Certyfikat serwera jest uważany za niebezpieczny",            // pl
		"O certificado do servidor é considerado inseguro",            // pt pt_BR
		"Certificatul serverului este considerat nesigur",             // ro
		"Сертификат сервера считается небезопасным",                   // ru
		"Certifikát servera je považovaný za nebezpečný",              // sk
		"Potrdilo strežnika je obravnavan kot ne-varen",               // sl
		"Уверење сервера се сматра несигурним",                        // sr
		"Uverenje servera se smatra nesigurnim",                       // sr@latin
		"Serverns certifikat är betraktat som osäkert",                // sv
		"Sunucunun sertifikası güvensiz kabul ediliyor",               // tr
		"Сертифікат сервера можна вважати нічим не захищеним",         // uk
		"该服务器的证书被认为是不安全的",                                             // zh_CN
		"伺服器的憑證被視為不安全",                                                // zh_TW
	}},
	{own: true, key: "An error has occurred processing the server’s certificate", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"An error has occurred processing the server’s certificate",                   // en
		"Падчас апрацоўкі сертыфіката сервера адбылася памылка",                       // be
		"Hi ha hagut un error processant el certificat del servidor",                  // ca
		"Při zpracování certifikátu serveru nastala chyba",                            // cs
		"Der opstod en fejl ved indlæsningen af serverens certifikat",                 // da
		"Ein Fehler ist während der Bearbeitung des Server-Zertifikats aufgetreten",   // de
		"Παρουσιάστηκε σφάλμα κατά την επεξεργασία του πιστοποιητικού του διακομιστή", // el
		"Ocurrió un error al procesar el certificado del servidor",                    // es
		"Errorea gertatu da zerbitzariaren ziurtagiria prozesatzean",                  // eu
		"خطایی در پردازش گواهی کارساز رخ داد",                                         // fa
		"Virhe palvelimen varmennetta käsiteltäessä",                                  // fi
		"Une erreur est survenue pendant l’échange de certificat avec le serveur",     // fr
		"Si è verificât un erôr tal elaborâ il certificât dal servidôr",               // fur
		"Produciuse un erro procesando o certificado do servidor",                     // gl
		"התרחשה שגיאה בעיבוד תעודת השרת",                                              // he
		"Greška se dogodila pri obradi vjerodajnice poslužitelja",                     // hr
		"Hiba történt a kiszolgáló tanúsítványának feldolgozása során",                // hu
		"Terjadi galat saat memroses sertifikat peladen",                              // id
		"Si è verificato un errore nell'elaborazione del certificato del server",      // it
		"サーバーの証明書を処理中にエラーが発生しました",                                                     // ja
		"Сервер сертификатын өңдеу кезінде қате орын алды",                            // kk
		"Det oppstod en feil under behandling av tjenersertifikatet",                  // nb
		"Er trad een fout op bij het verwerken van het certificaat van de server",     // nl
		"Una error s'es producha pendent l'échange de certificat amb lo servidor",     // oc
		"Wystąpił błąd podczas przetwarzania certyfikatu serwera",                     // pl
		"Ocorreu um erro ao processar o certificado do servidor",                      // pt pt_BR
		"S-a produs o eroare la procesarea certificatului serverului",                 // ro
		"Произошла ошибка обработки сертификата сервера",                              // ru
		"Vyskytla sa chyba počas spracovávania certifikátu servera",                   // sk
		"Prišlo je do napake med preverjanjem potrdila strežnika",                     // sl
		"Дошло је до грешке приликом обраде уверења сервера",                          // sr
		"Došlo je do greške prilikom obrade uverenja servera",                         // sr@latin
		"Ett fel har uppstått när serverns certifikat hanterades",                     // sv
		"Sunucunun sertifikası işlenirken hata oluştu",                                // tr
		"Під час спроби обробити сертифікат сервера сталася помилка",                  // uk
		"处理该服务器的证书时发生了错误",                                                             // zh_CN
		"處理伺服器的憑證時遭遇錯誤",                                                               // zh_TW
	}},
}
