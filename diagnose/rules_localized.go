package diagnose

// localizedRules are the main categories' wording in the languages the big
// providers and common MTAs answer or write non-delivery reports in
// (German, French, Spanish, Italian, Dutch, Portuguese, Russian, Japanese,
// Chinese): the localized Exchange/Microsoft 365 and Gmail NDR templates,
// the replies of GMX/WEB.DE, T-Online, Orange, La Poste, Libero/Virgilio,
// Telefónica, UOL/Terra, Mail.ru/Yandex, Docomo/au, QQ/NetEase, and hosters'
// help pages that quote them. A pair "noun && state" matches the two words
// anywhere, since these languages put the address or name between them
// ("die Domain des Empfängers existiert nicht"). The table runs right after
// the English strong phrases, in the same category precedence; accents are
// folded by normalize, so phrases are written without them.
var localizedRules = []rule{
	{cat: CategoryTLSRequired, why: "TLS required (localized)", any: []string{
		"verschlusselte verbindung erforderlich", "starttls erforderlich", "connexion chiffree requise",
		"conexion cifrada requerida", "connessione cifrata richiesta", "versleutelde verbinding vereist",
		"conexao criptografada necessaria", "требуется шифрование", "暗号化が必要", "需要加密",
	}},
	{cat: CategoryTLSRequired, settled: true, why: "STARTTLS named with the word for required, in the NDR languages (Microsoft 365 operated by 21Vianet: '451 5.7.3 发送邮件需要 STARTTLS', probe BA ba-005, the Chinese of Exchange's '451 5.7.3 STARTTLS is required to send mail'): the receiver demands TLS; settled, as the English 'STARTTLS is required' is, since the model reads the generic 5.7.3 as a policy", any: []string{
		"starttls && 需要", "starttls && 必须", "starttls && 必須", "starttls && 必要", "starttls && erforderlich",
		"starttls && requis", "starttls && obligatoire", "starttls && requerido", "starttls && requiere", "starttls && obligatorio",
		"starttls && richiesto", "starttls && obbligatorio", "starttls && vereist", "starttls && verplicht",
		"starttls && obrigatorio", "starttls && necessario", "starttls && требуется", "starttls && необходим",
		"starttls && 필요", "starttls && wymagany", "starttls && vyzadovan",
		// the verb, not the participle (fetchmail's "SMTP server requires STARTTLS, keeping message" in
		// its Polish, Italian, Russian, Japanese and Chinese translations, probe BV bv-019, 050, 055)
		// with STARTTLS as the verb's object: "wymaga uwierzytelnienia (STARTTLS jest już aktywny)"
		// demands authentication (review S36B t02-t09)
		"wymaga starttls", "richiede starttls", "требует starttls", "要求starttls", "要求 starttls", "starttls を要求", "starttlsを要求",
		"vyzaduje starttls", "kraver starttls",
	}, unless: []string{"not required", "不要求", "non richiede", "не требует", "kraver inte", "kraver ej", "要求されていません", "要求しません",
		"没有要求", "未要求", "nicht erforderlich", "pas requis", "no requerido", "non richiesto", "не требуется", "不需要", "不必要",
		// the other negations (review S24B-7: "STARTTLS nie jest wymagany, ale certyfikat …")
		"nie jest wymagany", "nie jest wymagane", "nie wymaga", "nicht notwendig", "nicht notig", "no es necesario", "no se requiere",
		"non e necessario", "non e richiesto", "pas necessaire", "n'est pas requis", "niet vereist", "niet nodig", "nao e necessario",
		"не нужен", "не обязателен", "必要ありません", "必要ない", "필요하지 않", "불필요", "nevyzaduje", "neni vyzadovan"}},
	{cat: CategoryBlocklisted, why: "sender IP or domain on a block list (localized)", any: []string{
		"blockliste", "auf einer sperrliste", "liste de blocage", "liste noire", "lista de bloqueo", "lista de bloqueio",
		"lista nera", "lista negra", "blokkeerlijst", "zwarte lijst", "черные списки", "черный список", "черном списке",
		"ブラックリスト", "黑名单", "黑名單",
		// the client's IP restricted by the recipient's server, in Chinese (SendGrid's Chinese
		// "[IP受收件人服务器限制]", probe BH bh-051)
		"ip受 && 限制", "ip被 && 限制", "ip地址受 && 限制", "ip地址被 && 限制",
		// beyond the NDR languages (review S26B-3: "550 5.7.1 Spojení odmítnuto: odesílatel je na
		// seznamu blokovaných", Czech)
		"seznamu blokovanych", "na cerne listine", "cerna listina", "czarnej liscie", "czarna lista", "kara liste", "kara listede",
		"danh sách đen", "llista negra", "fekete lista", "feketelistan", "mustalla listalla", "svarta listan", "sortlist",
	}},
	{cat: CategorySyntaxError, why: "syntax errors (localized)", any: []string{
		"syntaxfehler", "erreur de syntaxe", "error de sintaxis", "errore di sintassi", "syntaxisfout", "erro de sintaxe",
		"синтаксическая ошибка", "ошибка синтаксиса", "構文エラー", "语法错误", "語法錯誤",
	}},
	{cat: CategorySyntaxError, settled: true, why: "an address whose format is invalid, in the languages applications are translated into (Tine 2.0's German '<memyselfandi.de>: Invalides Adressenformat', probe CP cp-024): the address's form", any: []string{
		"invalides adressenformat", "ungultiges adressformat", "ungultiges adressenformat", "ungultiges e-mail-adressformat",
		"format d'adresse invalide", "format de l'adresse invalide", "format d'adresse non valide", "formato de direccion invalido",
		"formato de direccion no valido", "formato di indirizzo non valido", "formato dell'indirizzo non valido", "formato do endereco invalido",
		"formato de endereco invalido", "ongeldig adresformaat", "неверный формат адреса", "недопустимый формат адреса",
		"アドレスの形式が無効", "アドレス形式が無効", "地址格式无效", "地址格式不正确", "地址格式錯誤", "地址格式无效",
	}},
	{cat: CategoryPolicyRejected, settled: true, why: "credentials the server did not accept, in the languages applications are translated into (EspoCRM's 'Invalid credentials.' after 'Email sending failed:' in German, French, Russian, Japanese, Ukrainian, Turkish, probe CP cp-012..017): the SMTP AUTH login refused, policy by the README's SMTP AUTH convention", any: []string{
		"ungultige zugangsdaten", "ungultige anmeldedaten", "informations d'identification invalides", "identifiants invalides",
		"credenciales invalidas", "credenciales no validas", "credenziali non valide", "ongeldige inloggegevens", "credenciais invalidas",
		"неверные учетные данные", "неверные учётные данные", "невірні облікові дані", "недійсні облікові дані", "資格情報が無効",
		"無効な資格情報", "凭据无效", "无效的凭据", "憑證無效", "gecersiz kimlik bilgileri", "nieprawidlowe dane uwierzytelniajace",
		"neplatne prihlasovaci udaje", "ogiltiga inloggningsuppgifter", "ugyldige legitimationsoplysninger",
		// a login refused or a password said wrong, as clients translate it (Opie's Russian
		// "Аутентификация не удалась", Ltt.rs's Finnish "Väärä salasana", Maily's Spanish "No se puede
		// iniciar sesión … contraseña", probe CT ct-023, ct-038, ct-046)
		"аутентификация не удалась", "ошибка аутентификации", "неверный пароль", "vaara salasana", "falsches passwort",
		"mot de passe incorrect", "contrasena incorrecta", "password errata", "password non corretta", "senha incorreta",
		"wachtwoord onjuist", "onjuist wachtwoord", "bledne haslo", "nieprawidlowe haslo", "密码错误", "密碼錯誤",
		"パスワードが正しくありません", "no se puede iniciar sesion && contrasena", "impossibile accedere && password",
	}, unless: []string{"temporar", "try again later", "try later", "relay",
		// "temporary" in the languages of these phrases: RFC 4954's 454 4.7.0 is the server's
		// (review S41C: "454 4.7.0 Ошибка аутентификации: временный сбой сервера"); a DKIM, SPF or
		// DMARC check failed in these words is the mechanism's ("DMARC: аутентификация не удалась")
		"временн", "тимчасов", "temporaire", "temporal", "temporane", "vorubergehend", "tijdelijk", "tymczasow",
		"临时", "暂时", "臨時", "暫時", "一時的", "|dkim|", "|spf|", "|dmarc|"}},
	{cat: CategorySyntaxError, settled: true, why: "'syntax' in Vietnamese, of an address or a command (Zing Mail's returned-mail reason 'Cú pháp địa chỉ sai', address syntax wrong, probe BK bk-060; RFC 5321's 'lỗi cú pháp' below), accents folded to 'cu phap'. Settled: Vietnamese letters with tone marks are coded one by one for the model, which learnt few of them, and a text of Latin words around them is not 'mostly another script' for the script rule (classify)", any: []string{
		"|cu phap|",
	}},
	{cat: CategoryPolicyRejected, why: "mail taken only from certain senders (localized): the receiver's rule on who may send, not a verdict on the content (bouncefetch's rules '550 Es werden nur Emails von bestimmten Email-Adressen akzeptiert.', blindar-0017)", any: []string{
		"nur emails von", "nur e-mails von", "nur mails von", "nur nachrichten von", "nur post von",
		"uniquement les messages de", "uniquement les e-mails de", "solo se aceptan correos de", "solo se aceptan mensajes de",
	}, unless: []string{"dkim", "|spf|", "dmarc", "signatur"}}, // an authentication demand is authentication's (review D5)
	{cat: CategoryMailboxFull, why: "mailbox full (localized: noun for mailbox/storage with the word for full)", any: []string{
		"postfach && voll", "speicher && voll", "kontingent && uberschritten",
		// Exchange's Hebrew NDR (probe BJ bj-013: 'תיבת הדואר של הנמען מלאה')
		"תיבת הדואר && מלאה",
		// the mailbox's capacity or storage exhausted, or over its maximum size (bouncefetch's rules
		// 'Kapazität des Empfänger E-Mail Postfaches erschöpft', blindar-0019): the mailbox's quota, not
		// the message's size, which the size rule below would read in "maximale Größe"
		"kapazitat && erschopft && postfach", "kapazitat && erschopft && empfanger", "postfach && erschopft",
		"speicherplatz && erschopft && postfach", // of the mailbox, not the server's (review D5)
		"postfach && maximale grosse && uberschritten", "postfachgrosse && uberschritten", "boite && pleine", "espace && insuffisant",
		"speicherlimit && uberschritten", "speichergrenze && uberschritten", "postfach && limit && uberschritten",
		"buzon && lleno", "casella && piena", "cassetta && piena", "postvak && vol", "mailbox && vol",
		"caixa && cheia", "caixa && lotada", "ящик && переполнен", "ящик && полон", "квота && превышен",
		"メールボックス && 一杯", "メールボックス && いっぱい", "容量 && 超え", "邮箱 && 已满", "空间 && 不足",
		"郵箱 && 已滿", "信箱 && 已滿", "空間 && 不足",
		// Polish and Korean, as Exchange's and Korean portals' reports put it ("Skrzynka pocztowa
		// adresata jest pełna", probe BA ba-015; Dooray's "받는 사람의 메일함 용량이 가득 찼습니다", ba-061)
		"skrzynka && pelna", "skrzynka && przepelniona", "skrzynka && zapelniona",
		"메일함 && 가득", "사서함 && 가득", "편지함 && 가득", "메일함 && 용량 && 초과", "메일함 용량이 부족",
	}},
	{cat: CategoryMailboxDisabled, why: "account or mailbox disabled, suspended, blocked, inactive (localized)", any: []string{
		"konto && gesperrt", "konto && deaktiviert", "postfach && gesperrt", "postfach && deaktiviert", "konto && inaktiv",
		// Polish: an inactive mailbox or account (a Polish ESP's bounce reasons, "Nieaktywna skrzynka
		// pocztowa", probe BY by-056)
		"skrzynka && nieaktywn", "nieaktywna skrzynka", "konto odbiorcy && nieaktywn", "konto adresata && nieaktywn", "nieaktywne konto",
		"compte && desactive", "compte && suspendu", "compte && bloque", "compte && inactif", "boite && desactivee",
		"cuenta && deshabilitada", "cuenta && desactivada", "cuenta && suspendida", "cuenta && bloqueada", "cuenta && inactiva",
		"account && disattivato", "account && sospeso", "casella && disattivata", "casella && sospesa", "casella && bloccata",
		"account && geblokkeerd", "account && uitgeschakeld", "account && gedeactiveerd", "postvak && uitgeschakeld",
		"conta && desativada", "conta && suspensa", "conta && bloqueada", "conta && inativa",
		// expired for lack of use, as the English "account expired" (probe AZ az-069: "Esta casilla ha
		// expirado por falta de uso")
		"casilla && expirado", "cuenta && expirado", "cuenta && expirada", "falta de uso", "conta && expirada",
		"compte && expire", "boite && expiree", "konto && abgelaufen", "postfach && abgelaufen", "casella && scadut",
		"ящик && заблокирован", "ящик && отключен", "аккаунт && заблокирован", "учетная запись && отключена",
		"アカウント && 停止", "帐户 && 冻结", "账户 && 冻结", "邮箱 && 停用", "邮箱 && 冻结",
		"帳戶 && 凍結", "賬戶 && 凍結", "郵箱 && 停用", "郵箱 && 凍結",
	}, unless: []string{"发件人", "寄件人", "送信者", "送信元", "absender", "expediteur", "remitente", "mittente", "afzender", "remetente", "отправител"}}, // the sender's own account is the sender's side (review D6)
	{cat: CategoryDomainNotFound, why: "recipient domain does not exist (localized); a user or mailbox word makes it an address problem", any: []string{
		"domain && nicht gefunden", "domain && existiert nicht", "domain && unbekannt", "dns-fehler", "namensauflosung",
		// the domain's MX records not found or their lookup failed, in Chinese (PMail's
		// "域名mx记录查询失败", probe BH bh-036)
		"mx记录 && 失败", "mx記錄 && 失敗", "mx记录 && 不存在", "mx記錄 && 不存在", "域名解析失败", "域名解析失敗",
		"domaine && introuvable", "domaine && inexistant", "domaine && inconnu", "domaine && n'existe pas",
		"dominio && no existe", "dominio && inexistente", "dominio && desconocido", "no se encontro el dominio",
		"dominio && non esiste", "dominio && sconosciuto", "dominio && inesistente",
		"domein && bestaat niet", "domein && niet gevonden", "domein && onbekend",
		"dominio && nao existe", "dominio && desconhecido",
		"домен && не существует", "домен && не найден", "несуществующий домен",
		"ドメイン && 存在しません", "ドメイン && 見つかりません", "域名 && 不存在", "域名 && 无法解析", "域名 && 無法解析",
		// the plain and progressive negatives of "exist", and "not registered in DNS" (review S23B-3)
		"ドメイン && 存在しない", "ドメイン && 存在していない", "ドメイン && dnsに登録されていません",
	}, unless: []string{"benutzer", "postfach", "konto", "utilisateur", "compte", "usuario", "buzon", "cuenta", "utente", "casella",
		"gebruiker", "postvak", "conta", "caixa", "пользовател", "ящик", "ユーザ", "用户", "邮箱", "用戶", "郵箱", "sender", "absender", "expediteur", "remitente", "mittente",
		"送信元", "送信者", "差出人", "|spf|"}},
	{cat: CategoryUserUnknown, why: "the address does not exist (localized: noun for user/recipient/address with the word for unknown/not found)", any: []string{
		"benutzer && nicht gefunden", "empfanger && nicht gefunden", "adresse && existiert nicht", "benutzer && existiert nicht",
		// nobody known under the address (bouncefetch's rules '550 Niemand unter dieser Adresse bekannt', blindar-0016)
		"niemand unter dieser adresse", "unter dieser adresse ist niemand", "adresse && unbekannt", "empfanger && unbekannt", "benutzer && unbekannt",
		"destinataire && inconnu", "destinataire && introuvable", "destinataire && inexistant", "utilisateur && inconnu", "utilisateur && introuvable",
		"usuario && no existe", "usuario && desconocido", "usuario && no encontrado", "destinatario && no existe", "destinatario && desconocido",
		"direccion && no existe", "utente && inesistente", "utente && non esiste", "utente && sconosciuto", "destinatario && inesistente",
		"destinatario && sconosciuto", "indirizzo && inesistente", "indirizzo && non esiste",
		"gebruiker && onbekend", "gebruiker && bestaat niet", "ontvanger && onbekend", "adres && bestaat niet",
		"usuario && nao existe", "usuario && inexistente", "usuario && desconhecido", "destinatario && nao existe",
		"destinatario && inexistente", "endereco && inexistente", "endereco && nao existe",
		"пользовател && не найден", "пользовател && не существует", "адрес && не существует", "адрес && не найден",
		"получател && не найден", "получател && не существует",
	}},
	{cat: CategoryUserUnknown, settled: true, why: "the address not found or not existing, in Korean (Gmail's Korean report '주소를 찾을 수 없음 … 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어', probe BA ba-023; Korean portals' '존재하지 않는 계정'): settled for the script, as the Japanese and Chinese rule below", any: []string{
		"주소를 찾을 수 없", "존재하지 않는 && 주소", "존재하지 않는 && 계정", "존재하지 않는 && 사용자", "존재하지 않는 && 메일",
		"없는 사용자", "없는 계정", "사용자를 찾을 수 없", "계정을 찾을 수 없",
		// "권한이 없는 사용자/계정" is a user or account without the right (to relay, to
		// receive from outside): a policy, not an unknown address (review S24B-5)
	}, unless: []string{"도메인", "서버", "권한", "릴레이", "허용"}},
	{cat: CategoryPolicyRejected, settled: true, why: "the recipient has blocked the sender, in Korean (Dooray's '받는 사람이 회원님의 메일을 수신차단 하였습니다', probe BA ba-041; '수신 거부'): the recipient's own block list, a policy of the receiving side, not a listing of the sending IP", any: []string{
		"수신차단", "수신 차단", "수신거부", "수신 거부",
	}, unless: []string{"ip", "스팸"}},
	{cat: CategoryUserUnknown, settled: true, why: "the recipient unknown in Japanese and Chinese (simplified and traditional; gromox's delivery notices '该收件人并不存在', '該收件人並不存在', blindaj-0067). Settled like the localized server fault below: the model's words are runs of letters between spaces and punctuation, so an unspaced Chinese or Japanese clause is one word it has almost never seen, and after the retraining of the sixteenth session it read blindaj-0067 as a size", any: []string{
		"ユーザ && 存在しません", "宛先 && 存在しません", "宛先 && 見つかりません", "用户 && 不存在", "收件人 && 不存在", "地址 && 不存在", "用戶 && 不存在",
		// "not registered": the Japanese hosters' own word for an unknown user ("<addr> のユーザーは登録されていません",
		// dream.jp's error pages, probe AY ay-011); the recipient's, so the sender's is left out
		"ユーザ && 登録されていません", "宛先 && 登録されていません", "受取人 && 登録されていません", "ユーザ && 未登録",
		// the plain and progressive negatives of "exist" ("受信者が存在していないため", gromox's
		// BOUNCE_NO_USER, blindaj-0070), as the polite 存在しません above
		"受信者 && 存在しない", "受信者 && 存在していない", "ユーザ && 存在しない", "ユーザ && 存在していない",
		"宛先 && 存在しない", "宛先 && 存在していない", "受信者 && 存在していません", "ユーザ && 存在していません",
		"宛先 && 存在していません",
	}, unless: []string{
		// the sender's ("送信元" is MTAs' usual word), an authentication, a domain or a host
		// not registered or not existing (review S23B-3), mail from unregistered users refused
		"送信者", "差出人", "送信元の", "送信元が", "送信元は", "発信元", "認証", "ドメインが", "ドメインは", "ホストが", "ホストは",
		"|dns|", "未登録ユーザーから", "未登録ユーザから",
	}},
	{cat: CategoryRateLimited, why: "too many / limit exceeded (localized)", any: []string{
		"limit && uberschritten", "zu viele", "trop de", "limite && atteinte", "limite && depassee", "demasiad",
		"limite && excedido", "exceso de conexiones", "exceso de mensajes", "excesso de conex", "excesso de mensagens", "limite && superado", "troppi", "troppe", "limite && superato", "te veel", "limiet && overschreden",
		// the sender's own sending quota, as "exceeded its quota for sending" is in English
		// (issue 14's kind 1): not the recipient's mailbox quota
		"quota d'envoi", "quota d envoi", "cuota de envio", "quota di invio", "verzendquotum", "verzendlimiet", "cota de envio",
		"versandquote", "sendequote", "квота отправки", "лимит отправки", "发送限额", "发信限额", "发送上限", "发信上限",
		"發送限額", "發信限額", "送信上限", "送信制限",
		// Exchange Online's submission quota NDR in Korean (probe BJ bj-034: '보낸 사람의 전송 할당량이 초과')
		"전송 할당량", "발송 할당량",
		"muitas", "muitos", "limite && excedido", "слишком много", "превышен && лимит", "лимит && превышен",
		"多すぎ", "制限 && 超え", "频率", "过于频繁", "超过 && 限制", "頻率", "過於頻繁", "超過 && 限制",
		// "too fast" and "limit exceeded" in the languages Gmail localizes its 4.2.1 and
		// relay-limit help into ("O usuário … está recebendo e-mails muito rápido", "宛先のユーザーが、
		// 非常に速いペースでメールを受信しようとしています", "Högsta SMTP-relägräns överskriden",
		// probe BC bc-076/078/079), and in Polish, Czech, Swedish, Danish, Turkish and Korean
		"muito rapido", "rapido demais", "com muita frequencia", "demasiado rapido", "troppo velocemente", "troppo rapidamente",
		"troppo in fretta", "te snel", "trop vite", "zbyt szybko", "za szybko", "zbyt wiele", "zbyt duzo", "przekroczono limit",
		"limit && przekroczon", "for snabbt", "for manga", "grans && overskriden", "relagrans", "for hurtigt", "for mange",
		"prilis mnoho", "prilis rychle", "limit && prekrocen", "cok fazla", "cok hizli", "слишком быстро",
		"速いペース", "短時間に大量", "太快", "过快", "過快", "太頻繁", "너무 빠르", "너무 많",
	}, unless: []string{"grosse", "taille", "tamano", "dimensione", "grootte", "tamanho", "размер", "サイズ", "大小", "容量",
		"storlek", "velikost", "rozmiar", "boyut", "크기", "용량", "lagring", "brevlada", "utrymme", "skrzynk", "schranka", "posta kutusu", "사서함",
		// a time limit is a connection's timeout ("przekroczono limit czasu połączenia", "překročen
		// časový limit", "tidsgränsen överskreds"), and the size words of the languages below
		"limit czasu", "casovy limit", "casoveho limitu", "tidsgrans", "storrelse", "ukuran", "dimensiun", "kích thước",
		// a storage limit is the mailbox's (or the server's), not a rate: "Das Postfach hat das
		// Speicherlimit überschritten"
		"speicher", "postfach", "stockage", "almacenamiento", "buzon", "archiviazione", "casella", "opslag", "postvak",
		"armazenamento", "caixa", "хранилищ", "ящик", "メールボックス", "邮箱", "空间", "郵箱", "空間", "過大", "大小",
		// too long in the queue is the message's expiry (queueExpiry), not a rate
		"demasiado tiempo en la cola", "demasiado tiempo en cola"}},
	{cat: CategoryRateLimited, why: "a webmail's or client's throttle on its user's sending: wait before sending again (Roundcube's senttooquickly 'Please wait $sec sec(s). before sending this message', in its translations: Persian 'لطفا قبل از ارسال این پیغام 30 ثانیه صبر کنید', probe BK bk-028, German, Spanish, Portuguese, Italian, French, Dutch, Turkish): a sending rate, retried once the wait is over (deferHints)", any: []string{
		"wait && before sending", "wait && before you send",
		"warten sie && vor dem senden", "espere && antes de enviar", "espera && antes de enviar", "aguarde && para enviar", "aguarde && antes de enviar",
		"attendi && prima di inviare", "attendere && prima di inviare", "patientez && avant d", "wacht && voordat u", "bekleyin && gondermeden once",
		"صبر کنید && ارسال",
	}},
	{cat: CategorySpamContent, why: "content judged spam or malicious (localized)", any: []string{
		"schadsoftware", "unerwunschte werbung", "indesirable", "no deseado", "indesiderat", "ongewenst", "indesejad",
		"вирус", "вредонос", "ウイルス", "病毒", "恶意", "惡意", "垃圾邮件", "垃圾郵件",
	}},
	{cat: CategoryMessageTooLarge, why: "the message's size over the server's limit, in the languages mail clients and webmails translate the reply into beyond the NDR languages (Thunderbird's and Roundcube's localized 'message size exceeds the server's limit', probe BD bd-025/bd-030): Danish, Norwegian, Swedish, Finnish, Indonesian, Vietnamese, Hungarian, Romanian, Turkish, Greek, Polish, Czech, Slovak, Ukrainian, Bulgarian, Croatian, Hebrew, Arabic, Thai, Catalan", any: []string{
		"storrelse && overskrider", "storrelse && overstiger", "|for stor|", "storlek && overskrider", "|for stort|", "koko && ylittaa", "liian suuri",
		"ukuran && melampaui", "ukuran && melebihi", "terlalu besar", "kích thước && vượt quá", "|quá lớn|", "merete && meghaladja", "|tul nagy|",
		"dimensiunea && depaseste", "dimensiunea && depășește", "|prea mare|", "boyut && asiyor", "boyut && asti", "boyut && asmaktadir", "|cok buyuk|", "μέγεθος && υπερβαίνει", "πολύ μεγάλο",
		"rozmiar && przekracza", "zbyt duzy", "zbyt duza",
		// a message "too long" in Polish, as the same ESP words its size limit ("Wiadomość zbyt długa",
		// probe BY by-057)
		"wiadomosc zbyt dluga", "wiadomosc jest zbyt dluga", "zbyt dluga wiadomosc", "wiadomosc jest za dluga", "wiadomosc za dluga",
		"velikost && prekracuje", "velkost && presahuje", "prilis velk", "розмір && перевищує", "завеликий",
		"размер && надвишава", "твърде голям", "velicina && premasuje", "prevelik", "גודל && חורג", "גדול מדי", "حجم && يتجاوز", "كبير جدا", "ขนาด && เกิน",
		"mida && supera", "massa gran",
	}},
	{cat: CategoryMessageTooLarge, why: "size limit (localized)", any: []string{
		"maximale grosse", "grossenbeschrankung", "zu gross", "taille maximale", "trop gros", "trop volumineux",
		"tamano maximo", "demasiado grande", "dimensione massima", "troppo grande", "maximale grootte", "te groot",
		// a bound in a size unit ("Anhänge über 20 MB werden nicht akzeptiert": the attachments' size, not their kind)
		"uber && |mb|", "uber && |kb|", "uber && |gb|", "plus de && |mo|", "mas de && |mb|", "uber && megabyte",
		"uber && 0mb", "uber && 1mb", "uber && 2mb", "uber && 3mb", "uber && 4mb", "uber && 5mb", "uber && 6mb", "uber && 7mb", "uber && 8mb", "uber && 9mb",
		"tamanho maximo", "muito grande", "превышен размер", "размер && превышает", "слишком велик", "大きすぎ", "过大", "過大",
	}},
	{cat: CategoryConnectionFailed, why: "the connection to the server timed out, in the languages mail clients translate it into beyond the NDR languages (Thunderbird's localized 'the connection to Outgoing server (SMTP) … timed out', probe BD bd-008/012/017): Danish, Norwegian, Swedish, Finnish, Greek, Arabic, Hebrew, Thai, Vietnamese, Indonesian, Hungarian, Romanian, Ukrainian, Bulgarian, Croatian, Slovak, Czech, Polish, Turkish, Catalan", any: []string{
		"forbindelse && tidsfrist", "tidsavbrudd", "anslutning && tidsgrans", "aikakatkaisu", "yhteys && aikakatkais",
		"χρόνου σύνδεσης", "σύνδεση && έληξε", "مهلة الاتصال", "פסק זמן", "חיבור && תם הזמן", "เชื่อมต่อ && หมดเวลา", "หมดเวลาการเชื่อมต่อ",
		"hết thời gian chờ", "kết nối && hết thời gian", "waktu koneksi habis", "batas waktu koneksi", "koneksi && waktu habis",
		"idotullepes", "conexiun && expirat", "timpul de asteptare && conexiun", "timpul de așteptare && conexiun", "час очікування", "з'єднання && минув", "времето за изчакване",
		"връзката && изтече", "isteklo vrijeme", "vremensko ogranicenje", "casovy limit && spojen", "vyprsal && spojen", "vyprsel casovy limit",
		"limit czasu && polaczeni", "przekroczono limit czasu", "zaman asimi", "temps d'espera && connex", "temps d espera && connex",
	}, unless: queueExpiry},
	{cat: CategoryConnectionFailed, why: "connection refused, timed out or broken (localized)", any: []string{
		"verbindung && fehlgeschlagen", "verbindung && abgelehnt", "verbindung && unterbrochen", "zeituberschreitung",
		"keine verbindung", "connexion && refusee", "connexion && impossible", "connexion && interrompue", "delai d'attente",
		"conexion && rechazada", "conexion && fallida", "tiempo de espera", "connessione && rifiutata",
		"connessione && fallita", "connessione && interrotta", "verbinding && geweigerd", "verbinding && mislukt",
		"verbinding && verbroken", "conexao && recusada", "conexao && falhou", "tempo esgotado",
		"соединени && отклонено", "соединени && разорвано", "не удалось соединиться", "превышено время ожидания",
		"接続 && 失敗", "接続 && 拒否", "连接 && 失败", "连接 && 超时", "连接 && 拒绝",
		"連接 && 失敗", "連接 && 超時", "連接 && 拒絕", "連線 && 失敗", "連線 && 逾時",
	}, unless: queueExpiry}, // the message's time in the queue run out is its expiry, below: not a connection's timeout
	{cat: CategoryExpired, why: "the message's time in the queue run out, in German, French, Spanish, Italian, Dutch, Portuguese, Russian, Chinese and Japanese (issue 14's expiry verdicts beyond English): the phrases tie the time to the queue, so that a connection's timeout whose text adds that the message stays queued is not an expiry (review D2)", any: queueExpiry},
	{cat: CategoryExpired, why: "delivery period expired (localized NDR verdicts)", any: []string{

		"zustellfrist", "delai de remise", "delai de livraison expire", "tiempo de entrega", "tempo di consegna",
		"bezorgtijd", "tempo de entrega", "срок доставки", "配信期限", "投递超时",
		// "could not be delivered within N days" and "delivery given up" as German,
		// French, Spanish, Italian, Dutch, Portuguese, Russian and Chinese NDRs say it.
		"innerhalb von && nicht zugestellt", "innerhalb der && nicht zugestellt", "zustellung && aufgegeben",
		"zu lange in der warteschlange", "delai imparti", "message a expire", "delai d'acheminement",
		"mensaje ha caducado", "mensaje caduco", "messaggio e scaduto", "messaggio scaduto",
		"consegnare entro", "binnen de gestelde tijd", "bericht is verlopen", "mensagem expirou",
		"prazo de entrega", "истек срок", "истёк срок", "队列中超时", "放弃投递", "投递失败 && 超时",
		"投遞超時", "佇列中超時", "放棄投遞",
		// retried and given up, in Japanese (au's report '再送信を試みましたが送信先メールサーバの事由により
		// 送信できませんでした', probe BA ba-027), as the English "retry timeout exceeded"
		"再送信を試みましたが && できませんでした", "再送を試みましたが && できませんでした",
		"再試行しましたが && できませんでした", "再送信を試みましたが && できません",
		// removed from the queue after failed attempts, as MDaemon's notice says it in its
		// languages ("Tras uno o más intentos fallidos de envío, el mensaje adjunto ha sido
		// borrado de la cola", probe BB bb-040; English: "removed from the mail queue")
		"intentos fallidos && de la cola", "borrado de la cola", "eliminado de la cola",
		"zustellversuchen && warteschlange && entfernt", "aus der warteschlange && entfernt",
		"tentatives && file d'attente && supprime", "supprime de la file d'attente", "supprime de la file d attente",
		"tentativi && rimosso dalla coda", "rimosso dalla coda", "tentativas && removida da fila", "removida da fila",
		"pogingen && uit de wachtrij verwijderd", "uit de wachtrij verwijderd",
	}},
	{cat: CategoryOther, settled: true, why: "the client asked for delivery status notifications (RFC 3461 NOTIFY) and the server does not offer the DSN extension: Roundcube's smtpdsnerror ('SMTP Error: No support for Delivery Status Notifications', in its translations: Slovak 'Oznámenie o doručení nie je podporované', probe BK bk-069, Czech, Polish, German, French, Spanish, Italian, Portuguese, Turkish, Hungarian). The sending option is refused, not the recipient nor the message: other. Before the compositional rules, which read the English 'Server does not support …' as a server fault. Settled: the model read the Slovak by its function words ('o', 'nie', 'je', none of them about mail, for a text with no code) as a domain not found; 'doručení' (delivery) is a word it never saw", any: []string{
		"delivery status notification && not support", "delivery status notification && no support", "delivery status notification && unsupported",
		"|dsn| && not supported", "|dsn| && no support",
		"oznamen && doruc && podpor", "statusy dostarczenia && nie sa obslugiwane", "bestatigungen werden nicht unterstutzt",
		"etat de distribution && pas de support", "acuses de recibo && no hay soporte", "ricevuta di consegna non supportata",
		"confirmacao de entrega && sem suporte", "recibo de entrega && nao ha suporte", "teslimat durumu && desteklenmiyor",
		"visszaigazolasokat && nem tamogatja",
	}},
	{cat: CategoryPolicyRejected, why: "Outlook's 0x800CCC79 report 'The message could not be sent because one of the recipients was rejected by the server', translated (Portuguese, Chinese: probe BI bi-042, bi-043), and the relay refusals its server response quotes (qmail's rcpthosts, 'Reencaminhamento Negado'): a recipient the server would not take; a cause the quoted response names decides first (strongRules)", any: []string{
		"um dos destinatarios foi rejeitado pelo servidor", "其中一个收件人被服务器拒绝", "其中一個收件人被伺服器拒絕",
		"el servidor rechazo uno de los destinatarios", "einer der empfanger vom server nicht akzeptiert",
		"l'un des destinataires a ete refuse par le serveur", "uno dei destinatari e stato rifiutato dal server",
		"reencaminhamento negado", "retransmissao negada", "rcpthost",
	}},
	{cat: CategoryServerError, settled: true, why: "Exchange's categorizer (the transport's address resolution and routing agent) deferring a message: the server's own transient condition ('Message deferred by categorizer agent', Russian 'Сообщение отложено агентом классификатора', probe BI bi-055)", any: []string{
		"categorizer agent", "агентом классификатора", "агент классификатора",
	}},
	{cat: CategoryServerError, settled: true, unless: []string{"0x800ccc"}, why: "the receiving server's own failure (localized: internal, server or system error; gromox's delivery notices '我们的邮件系统出错', '我們的郵件系統出錯', 'システムエラーがあったため', blindaj-0063/0068/0072 — the table had no server fault, so such notices fell to other or to the model). Settled: the model's words are runs of letters between spaces and punctuation, so an unspaced Chinese or Japanese clause is one word it has almost never seen (it read blindaj-0063 as spam)", any: []string{
		"interner fehler", "interner serverfehler", "serverfehler", "systemfehler", "erreur interne", "erreur du serveur", "erreur systeme",
		"error interno", "error del servidor", "error del sistema", "errore interno", "errore del server", "errore di sistema",
		"interne fout", "serverfout", "systeemfout", "erro interno", "erro do servidor", "erro do sistema",
		"внутренняя ошибка", "ошибка сервера", "системная ошибка", "システムエラー", "内部エラー", "サーバエラー", "サーバーエラー",
		// the server or its service stopped or suspended for now (review D6)
		"服务 && 暂停", "服務 && 暫停", "サーバー && 停止", "サーバ && 停止", "サービス && 停止", "システム && 停止",
		"系统出错", "系统错误", "系统故障", "内部错误", "服务器错误", "系統出錯", "系統錯誤", "系統故障", "內部錯誤", "伺服器錯誤", "服務器錯誤",
		// the server rejected the message for now, as Gmail's Chinese and Japanese help put its
		// '451 4.3.0 Mail server temporarily rejected message' ('电子邮件服务器暂时拒绝了此邮件', probe BC bc-069)
		"服务器暂时拒绝", "服務器暫時拒絕", "伺服器暫時拒絕", "サーバー && 一時的に拒否", "サーバ && 一時的に拒否",
	}},
	{cat: CategoryPolicyRejected, why: "the client or sender not on the receiver's allow list, in the NDR languages (probe BC bc-072: '421 4.7.0 IP nicht auf Zulassungsliste für RCPT-Domain'), as 'not in whitelist' is in English: the receiver's rule, not a rate nor a listing on a block list", any: []string{
		"zulassungsliste", "nicht && whitelist", "nicht && positivliste", "liste blanche", "liste d'autorisation", "lista blanca",
		"lista de permitidos", "lista bianca", "non && whitelist", "lista branca", "niet && whitelist", "toegestane lijst", "белый список", "белом списке",
		"ホワイトリスト", "白名单", "白名單",
	}, unless: []string{"spam", "blacklist", "schwarze liste", "liste noire", "lista negra", "черный список"}},
	// RFC 5321's reply texts (section 4.2.2) as mail clients translate them when the server's
	// reply said little more than its code: Evolution's camel-smtp-transport shows "RCPT TO <…>
	// failed: " and its own translation of the code's text (probe BF bf-019, bf-067, bf-071,
	// bf-072, bf-076, bf-077, in Hungarian, Greek, Finnish, Latvian, Norwegian and Thai). The
	// phrases are the texts' key words in the languages beyond the NDR ones: Danish, Norwegian,
	// Swedish, Finnish, Estonian, Latvian, Lithuanian, Polish, Czech, Slovak, Slovenian,
	// Croatian, Serbian, Ukrainian, Bulgarian, Romanian, Hungarian, Greek, Turkish, Catalan,
	// Indonesian, Vietnamese, Thai, Hebrew and Arabic.
	{cat: CategoryServerError, why: "RFC 5321's 452 'Requested action not taken: insufficient system storage', translated (probe BF bf-071, Finnish): the server's storage, retried; a mailbox's storage is the quota rule's", any: []string{
		"levytila ei riita", "otillrackligt systemutrymme", "utilstraekkelig lagringsplads", "utilstrekkelig lagringsplass",
		"nincs elegendo rendszertarhely", "ανεπαρκής αποθήκευση", "nedostatek mista v systemu", "nedostatok miesta v systeme",
		"brak miejsca w miejscu przechowywania", "spațiu de stocare insuficient", "spatiu de stocare insuficient", "nedovoljno prostora na sustavu",
		"недовољно простора на систему", "недостатньо місця у системному", "pole piisavalt ruumi", "truksta vietos sistemoje",
		"sistema nepietiek vietas", "sistēmā nepietiek vietas", "premalo je prostora na disku", "disk alani yetersiz", "penyimpanan sistem tidak cukup",
		"không đủ chỗ chứa", "ที่เก็บข้อมูลของระบบไม่เพียงพอ", "אחסון המערכת אינו מספיק", "التخزين على النظام غير كافية", "no hi ha prou espai d'emmagatzematge",
	}, unless: []string{"skrzynk", "postfach", "mailbox"}},
	{cat: CategoryServerError, why: "RFC 5321's 421 'Service not available, closing transmission channel', translated (probe BF bf-072, Latvian): the server going away for now, retried", any: []string{
		"parraides kanal", "pārraides kanāl", "siirtokanava", "overforingskanal", "sendekanal", "atviteli csatorna", "καναλιού μετάδοσης",
		"prenosovy kanal", "kanalu transmisyjnego", "canalul de transmisie", "prijenosni kanal", "канал преноса", "канал передачі",
		"прехвърлящия канал", "ulekandekanal", "transmisijos kanal", "kanal za prenos", "iletisim kanali kapat", "kanal transmisi",
		"kênh truyền", "ช่องทางรับส่งข้อมูล", "ערוץ התעבורה", "قناة الإرسال", "canal de transmissio",
	}},
	{cat: CategoryServerError, why: "RFC 5321's 451 'Requested action aborted: error in processing', translated: the server's local error, retried", any: []string{
		"fejl i processering", "feil i prosessering", "fel i behandling", "virhe kasittelyssa", "hiba a feldolgozas soran",
		"σφάλμα κατά την επεξεργασία", "chyba pri zpracovani", "chyba pri spracovani", "blad podczas przetwarzania", "eroare la procesare",
		"greska obrade", "грешка при обради", "помилка при обробці", "грешка в обработката", "viga tootlemisel", "kluda apstrade",
		"napaka v obdelavi", "islem sirasinda hata", "kesalahan dalam pemrosesan", "error durant el processament",
		"เกิดข้อผิดพลาดระหว่างการทำงาน", "שגיאה בעת העיבוד", "خطأ في المعالجة",
	}, unless: []string{"virus", "spam", "wirus", "вірус",
		// an authentication check whose processing failed is the check's verdict ("virhe
		// käsittelyssä - SPF-tarkistus epäonnistui", review S26B-6)
		"spf", "dkim", "dmarc", "|rbl|", "dnsbl"}},
	{cat: CategorySyntaxError, why: "RFC 5321's 500/501 'Syntax error, command unrecognized' and 'Syntax error in parameters or arguments', translated (probe BF bf-076, Norwegian)", any: []string{
		"syntaksfeil", "syntaksfejl", "syntaxfel", "syntaksivirhe", "szintaktikai hiba", "σφάλμα σύνταξης", "syntakticka chyba",
		"blad skladniowy", "bledna skladnia", "eroare de sintaxa", "greska sintakse", "greska u sintaksi", "грешка у синтакси", "синтаксична помилка",
		"синтактична грешка", "suntaksi viga", "viga suntaksis", "sintakses klaida", "sintakses kluda", "napaka skladnje", "soz dizimi hatasi",
		"salah sintaks", "kesalahan sintaks", "lỗi cú pháp", "ผิดไวยากรณ์", "שגיאת תחביר", "خطأ صياغي", "error de sintaxi",
	}},
	{cat: CategorySyntaxError, why: "RFC 5321's 553 'Requested action not taken: mailbox name not allowed', translated (probe BF bf-077, Thai): the address's form refused", any: []string{
		"postkassenavn ikke tilladt", "postboksnavn ikke tillatt", "brevladenamn inte tillatet", "postilaatikon nimi ei ole sallittu",
		"postafiok neve nem engedelyezett", "όνομα του γραμματοκιβωτίου δεν επιτρέπεται", "nazev postovni schranky nepovolen",
		"nepovoleny nazov postovej schranky", "niedozwolona nazwa skrzynki", "nume neacceptat pentru casuta", "naziv pretinca nije dopusten",
		"име поштанског сандучета није дозвољено", "неприпустиме ім'я поштової скриньки", "името на пощенската кутия не е разрешено",
		"kirjakastil on lubamatu nimi", "pasto dezutes vardas neleistinas", "pastkastes nosaukums nav atlauts", "ime postnega predala ni dovoljeno",
		"posta kutusu adina izin verilmedi", "nama kotak surat tidak diperkenankan", "không cho phép tên hộp thư", "ไม่สามารถใช้ชื่อกล่องเมล",
		"שם תיבת הדואר אינו מורשה", "اسم صندوق البريد غير مسموح",
	}},
	{cat: CategoryMailboxFull, why: "RFC 5321's 552 'Requested mail action aborted: exceeded storage allocation', translated (probe BF bf-019, Hungarian): the recipient's storage, its quota", any: []string{
		"tarololefoglalas tullepve", "varattu levytila ylitetty", "overskriden utrymmesallokering", "lagringsallokering overskredet",
		"lagringsallokering oversteget", "υπέρβαση της κατανομής αποθήκευσης", "prekrocena alokace uloziste", "presiahnute vyhradene miesto",
		"przekroczony wykorzystany rozmiar", "spațiul de stocare alocat depășit", "spatiul de stocare alocat depasit", "premasen dodijeljeni prostor",
		"премашен је додељен простор", "скінчився вільний простір у сховищі", "квотата за запазване е надвишена", "perzengta vietos saugykloje riba",
		"parsniegta pieejama glabatuves", "prekoracena je dodelitev shranjevanja", "ayrilan saklama miktari asildi", "melebihi alokasi penyimpanan",
		"quá hạn sức chứa", "ที่เก็บข้อมูลที่จัดสรรไว้", "חריגה מהקצאת שטח האחסון", "تجاوز مخصصات مساحة التخزين", "excedit l'emmagatzematge assignat",
	}},
	{cat: CategoryTLSRequired, why: "RFC 4954's 538 'Encryption required for requested authentication mechanism', translated (probe BF bf-067, Greek): the AUTH needs TLS first", any: []string{
		"απαιτείται κρυπτογράφηση", "titkositas szukseges", "vaatii salausta", "kryptering behovs", "kraever kryptering", "kryptering kreves",
		"vyzadovano sifrovani", "vyzadovane sifrovanie", "wymaga szyfrowania", "necesita criptare", "sifriranje je potrebno", "неопходно је шифровање",
		"потребує шифрування", "изисква шифриране", "kruptimine vajalik", "reikalingas sifravimas", "nepieciesama sifresana", "obvezno sifriranje",
		"sifreleme gerekiyor", "penyandian diperlukan", "cần phải được mã hoá", "ต้องการการเข้ารหัสลับ", "ההצפנה הנדרשת", "التشفير مطلوب", "necessita xifratge",
	}},
	{cat: CategoryPolicyRejected, why: "a violation of the receiver's rules or policy, in Polish, Czech and Swedish (Forpsi's '550 5.1.0 Naruszenie zasad', probe BC bc-061): the receiver's policy, as 'policy violation' is in English, whatever address code carries it", any: []string{
		"naruszenie zasad", "naruszenie polityki", "naruszenie regulaminu", "poruseni zasad", "poruseni pravidel", "policyovertradelse",
	}},
}

// queueExpiry are the message's time in the queue run out, in German,
// French, Spanish, Italian, Dutch, Portuguese, Russian, Chinese and
// Japanese: an expiry, which the connection and rate phrases of the same
// languages ("Zeitüberschreitung", "demasiado") must not take.
var queueExpiry = []string{
	"zeituberschreitung in der warteschlange", "zu lange in der warteschlange", "in der warteschlange abgelaufen",
	"trop longtemps dans la file d'attente", "trop longtemps en file d'attente", "expire dans la file d'attente",
	"demasiado tiempo en la cola", "demasiado tiempo en cola", "caduco en la cola", "expiro en la cola",
	"troppo tempo in coda", "scaduto in coda", "te lang in de wachtrij", "verlopen in de wachtrij",
	"muito tempo na fila", "expirou na fila", "слишком долго в очереди", "истекло время в очереди", "истекло время ожидания в очереди",
	"在队列中停留时间过长", "队列中停留时间过长", "在队列中超时", "在隊列中停留時間過長", "キューでの保持期限", "キューの保持期限",
}
