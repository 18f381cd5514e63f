package diagnose

// aospEmailMessages are the Android Open Source Project's Email app's
// reports of a failed server check (res/values*/strings.xml of
// platform/packages/apps/Email at 9822725, the account_setup_failed_*
// strings, which the app shows for its outgoing server as for its
// incoming one), in every translation the repository holds: the
// connection could not be opened, or not for a security (TLS or
// certificate) error; TLS required and not offered; none of the
// server's authentication methods supported (RFC 4954 §4's 504, a
// protocol mismatch: syntax_error by the README's SMTP AUTH convention);
// the user name or password refused (policy_rejected by the same
// convention). Probe CD cd-008, cd-009, cd-010, cd-037: the rules and the
// model read 4 of these 360 texts right in Swahili, Zulu, Icelandic and
// Basque and about one in six overall.
var aospEmailMessages = []catalogMessage{
	{own: true, key: "account_setup_failed_ioerror", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Kon nie verbinding met bediener open nie.",                // af
		"ከአገልጋይ ጋር ግንኙነት መክፈት አልተቻለም::",                            // am
		"تعذر فتح الاتصال بالخادم.",                                // ar
		"Serverə bağlantını aça bilmədi.",                          // az
		"Не можа да се установи връзка със сървъра.",               // bg
		"সার্ভারে সংযোগ করা যায়নি।",                               // bn
		"No s'ha pogut establir la connexió amb el servidor.",      // ca
		"Nelze navázat připojení k serveru.",                       // cs
		"Forbindelse til serveren kunne ikke oprettes.",            // da
		"Verbindung zum Server kann nicht geöffnet werden.",        // de
		"Δεν ήταν δυνατό το άνοιγμα της σύνδεσης στον διακομιστή.", // el
		"Couldn't open connection to server.",                      // en-rAU en-rGB en-rIN en
		"No se pudo establecer conexión con el servidor.",          // es-rUS
		"No se ha podido establecer conexión con el servidor.",     // es
		"Serveriga ei saanud luua ühendust.",                       // et
		"Ezin izan da zerbitzarirako konexioa ireki.",              // eu
		"اتصال به سرور برقرار نمی‌شود.",                            // fa
		"Ei voida avata yhteyttä palvelimeen.",                     // fi
		"Impossible d'établir la connexion avec le serveur.",       // fr-rCA fr
		"Non se puido abrir a conexión co servidor.",               // gl
		"સર્વર સાથે કનેક્શન ખોલી શકાયું નથી.",                      // gu
		"सर्वर से कनेक्शन खोला नहीं जा सका.",                       // hi
		"Nije bilo moguće otvoriti vezu s poslužiteljem.",          // hr
		"Nem sikerült megnyitni a kapcsolatot a szerverrel.",       // hu
		"Հնարավոր չէ բացել սերվերի հետ միացումը:",                  // hy
		"Tidak dapat membuka koneksi ke server.",                   // in
		"Ekki tókst að koma á tengingu við þjóninn.",               // is
		"Impossibile stabilire la connessione al server.",          // it
		"לא ניתן לפתוח חיבור לשרת.",                                // iw
		"サーバーに接続できませんでした。",                                         // ja
		"სერვერთან კავშირის დამყარება ვერ ხერხდება.",               // ka
		"Сервер қосылымын ашу мүмкін болмады.",                     // kk
		"មិន​អាច​បើក​ការ​ភ្ជាប់​ទៅ​ម៉ាស៊ីន​មេ។",                    // km
		"ಸರ್ವರ್‍ಗೆ ಸಂಪರ್ಕವನ್ನು ತೆರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ.",             // kn
		"서버에 연결할 수 없습니다.",                                          // ko
		"Серверге туташылган жок.",                                 // ky
		"ບໍ່ສາມາດເປີດການ​ເຊື່ອມຕໍ່​ກັບເຊີບເວີໄດ້.",                 // lo
		"Nepavyko užmegzti ryšio su serveriu.",                     // lt
		"Nevarēja izveidot savienojumu ar serveri.",                // lv
		"Не можеше да се отвори врска со сервер.",                  // mk
		"സെർവറിലേക്ക് കണക്ഷൻ തുറക്കാനായില്ല.",                      // ml
		"Сервертэй холболт нээж чадсангүй.",                        // mn
		"सर्व्हरवरील कनेक्शन उघडू शकलो नाही.",                      // mr
		"Tidak dapat membuka sambungan kepada pelayan.",            // ms
		"ဆာဗာသို့ ချိတ်ဆက်မှုကို မဖွင့်နိုင်ခဲ့ပါ။",                // my
		"Kan ikke åpne tilkobling til tjener.",                     // nb
		"सर्भरसँग जडान खुल्न सकेन।",                                // ne
		"Kan geen verbinding met de server maken.",                 // nl
		"Nie można nawiązać połączenia z serwerem.",                // pl
		"Não foi possível abrir ligação ao servidor.",              // pt-rPT
		"Não foi possível abrir a conexão com o servidor.",         // pt
		"Nu s-a putut deschide conexiunea la server.",              // ro
		"Не удалось подключиться к серверу.",                       // ru
		"සේවාදායකයට සම්බන්ධතාවයක් වීවෘත කළ නොහැක.",                 // si
		"Pripojenie k serveru sa nepodarilo otvoriť.",              // sk
		"Povezave s strežnikom ni bilo mogoče vzpostaviti.",        // sl
		"Није могуће отворити везу са сервером.",                   // sr
		"Det gick inte att ansluta till servern.",                  // sv
		"Haiwezi kufungua muunganisho kwa seva.",                   // sw
		"சேவையகத்துடனான இணைப்பைத் திறக்க முடியவில்லை.",             // ta
		"సర్వర్‌కు కనెక్షన్‌ను తెరవడం సాధ్యపడలేదు.",                // te
		"ไม่สามารถเปิดการเชื่อมต่อกับเซิร์ฟเวอร์",                  // th
		"Hindi makapagbukas ng koneksyon sa server.",               // tl
		"Sunucu bağlantısı açılamadı.",                             // tr
		"Не вдалося відкрити з’єднання із сервером.",               // uk
		"سرور سے کنکشن نہیں کھول سکا۔",                             // ur
		"Serverga ulanib bo‘lmadi.",                                // uz
		"Không thể mở kết nối tới máy chủ.",                        // vi
		"无法连接到服务器。",                                                // zh-rCN
		"無法連接伺服器。",                                                 // zh-rHK
		"無法連線至伺服器。",                                                // zh-rTW
		"Ayikwazi ukuvula uxhumano kwiseva.",                       // zu
	}},
	{own: true, key: "account_setup_failed_security", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Kon nie verbinding met bediener open nie vanweë sekuriteitsfout.",                          // af
		"በደህንነት ስህተት ምክንያት ወደ አገልጋይ ያለ ግንኙነት መክፈት አልተቻለም::",                                         // am
		"تعذر الاتصال بالخادم نظرًا لحدوث خطأ بالأمان.",                                             // ar
		"Təhlükəsizlik xətasına görə server bağlantısı açıla bilmədi.",                              // az
		"Не можа да се установи връзка със сървъра поради грешка със сигурността.",                  // bg
		"নিরাপত্তাগত ত্রুটির কারণে সার্ভারে সংযোগ করা যায়নি।",                                      // bn
		"No s'ha pogut obrir la connexió al servidor a causa d'un error de seguretat.",              // ca
		"Nelze navázat připojení k serveru z důvodu chyby zabezpečení.",                             // cs
		"Der kunne ikke oprettes forbindelse til serveren på grund af en sikkerhedsfejl.",           // da
		"Verbindung zu Server kann aufgrund eines Sicherheitsfehlers nicht hergestellt werden.",     // de
		"Δεν ήταν δυνατό το άνοιγμα της σύνδεσης στον διακομιστή επειδή προέκυψε σφάλμα ασφάλειας.", // el
		"Couldn't open connection to server due to security error.",                                 // en-rAU en-rGB en-rIN en
		"No se pudo establecer conexión con el servidor debido a un error de seguridad.",            // es-rUS
		"No se ha podido establecer conexión con el servidor debido a un error de seguridad.",       // es
		"Turvavea tõttu ei saanud serveriga ühendust luua.",                                         // et
		"Ezin izan da zerbitzarirako konexioa ireki segurtasun-errore bat gertatu delako.",          // eu
		"به دلیل خطای امنیتی، اتصال به سرور باز نمی‌شود.",                                           // fa
		"Palvelimeen ei voi muodostaa yhteyttä suojausvirheen takia.",                               // fi
		"Impossible d'établir la connexion avec le serveur en raison d'une erreur de sécurité.",     // fr-rCA fr
		"Non se puido abrir a conexión co servidor debido a un erro de seguranza.",                  // gl
		"સુરક્ષા ભૂલને લીધે સર્વર સાથેનું કનેક્શન ખોલી શકાયું નથી.",                                 // gu
		"सुरक्षा त्रुटि के कारण सर्वर से कनेक्‍शन नहीं खोल सका.",                                    // hi
		"Otvaranje veze s poslužiteljem nije bilo moguće zbog sigurnosne pogreške.",                 // hr
		"Nem sikerült megnyitni a kapcsolatot a szerverrel egy biztonsági hiba miatt.",              // hu
		"Չհաջողվեց կապ հաստատել սերվերի հետ անվտանգության սխալի պատճառով:",                          // hy
		"Tidak dapat membuka sambungan ke server karena kesalahan keamanan.",                        // in
		"Ekki tókst að opna tengingu við þjóninn vegna öryggisvillu.",                               // is
		"Impossibile stabilire la connessione al server a causa di un errore di sicurezza.",         // it
		"לא ניתן לפתוח חיבור לשרת בשל שגיאת אבטחה.",                                                 // iw
		"セキュリティエラーのためサーバーに接続できませんでした。",                                                              // ja
		"უსაფრთხოების შეცდომის გამო სერვერთან კავშირი ვერ დამყარდება.",                              // ka
		"Қауіпсіздік қатесіне байланысты сервер қосылымын ашу мүмкін болмады.",                      // kk
		"មិន​អាច​បើក​ការ​​ភ្ជាប់​ទៅ​ម៉ាស៊ីន​មេ​​ដោយ​សារ​តែ​កំហុស​សុវត្ថិភាព​។",                      // km
		"ಭದ್ರತಾ ದೋಷದ ಕಾರಣದಿಂದಾಗಿ ಸರ್ವರ್‍‍ಗೆ ಸಂಪರ್ಕವನ್ನು ತೆರೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ.",                     // kn
		"보안 오류 때문에 서버에 연결하지 못했습니다.",                                                                 // ko
		"Коопсуздук катасынан улам серверге туташылган жок.",                                        // ky
		"ບໍ່ສາມາດເປີດການ​ເຊື່ອມຕໍ່​ຫາເຊີບເວີໄດ້​ເນື່ອງຈາກ​ຂໍ້ຜິດພາດ​ດ້ານ​ຄວາມປອດໄພ.",                // lo
		"Nepavyko užmegzti ryšio su serveriu dėl saugos klaidos.",                                   // lt
		"Nevarēja izveidot savienojumu ar serveri drošības kļūdas dēļ.",                             // lv
		"Не можеше да се отвори врска со сервер поради грешка на безбедност.",                       // mk
		"സുരക്ഷാ പിശകിനാൽ സെർവറിലേക്ക് കണക്ഷൻ തുറക്കാനായില്ല.",                                      // ml
		"Аюулгүй байдлын алдаанаас шалтгаалан сервертэй холболт нээж чадсангүй.",                    // mn
		"सुरक्षितता त्रुटीमुळे सर्व्हरवर कनेक्शन उघडू शकलो नाही.",                                   // mr
		"Tidak dapat membuka sambungan ke pelayan kerana ralat keselamatan.",                        // ms
		"လုံခြုံရေး အမှားကြောင့် ဆာဗာသို့ ချိတ်ဆက်မှုကို မဖွင့်နိုင်ခဲ့ပါ။",                         // my
		"Kunne ikke åpne tilkobling til tjener på grunn av sikkerhetsfeil.",                         // nb
		"सुरक्षा त्रुटिको कारण सर्भरमा कनेक्शन खोल्न सकिएन।",                                        // ne
		"Kan geen verbinding maken met de server wegens een beveiligingsfout.",                      // nl
		"Nie można nawiązać połączenia z serwerem z powodu błędu zabezpieczeń.",                     // pl
		"Não foi possível abrir ligação ao servidor devido a um erro de segurança.",                 // pt-rPT
		"Não foi possível abrir a conexão com o servidor devido a um erro de segurança.",            // pt
		"Nu s-a putut deschide conexiunea la server din cauza unei erori de securitate.",            // ro
		"Не удалось установить подключение к серверу из-за ошибки безопасности.",                    // ru
		"ආරක්‍ෂිත දෝෂයක් නිසා සේවාදායකය වෙත සම්බන්ධතාවය විවෘත කිරීමට නොහැක.",                        // si
		"Pripojenie k serveru sa nepodarilo otvoriť kvôli chybe zabezpečenia.",                      // sk
		"Zaradi varnostne napake ni bilo mogoče vzpostaviti povezave s strežnikom.",                 // sl
		"Није могуће отворити везу са сервером због безбедносне грешке.",                            // sr
		"Det gick inte att ansluta till servern på grund av ett säkerhetsfel.",                      // sv
		"Haiwezi kufungua muunganisho kwa seva kwa sababu ya hitilafu ya kiusalama.",                // sw
		"பாதுகாப்பு பிழையின் காரணமாகச் சேவையகத்துடனான இணைப்பைத் திறக்க முடியவில்லை.",                // ta
		"భద్రతా లోపం కారణంగా సర్వర్‌కు కనెక్షన్‌ను తెరవడం సాధ్యపడలేదు.",                             // te
		"ไม่สามารถเปิดการเชื่อมต่อกับเซิร์ฟเวอร์ได้เนื่องจากข้อผิดพลาดด้านความปลอดภัย",              // th
		"Hindi makapagbukas ng koneksyon sa server dahil sa error sa seguridad.",                    // tl
		"Güvenlik hatası nedeniyle sunucu bağlantısı açılamadı.",                                    // tr
		"Не вдалося відкрити з’єднання із сервером через помилку безпеки.",                          // uk
		"سیکیورٹی کی خرابی کی وجہ سے سرور سے کنکشن نہیں کھول سکا۔",                                  // ur
		"Xavfsizlik bilan bog‘liq xato sababli serverga ulanishni ochib bo‘lmadi.",                  // uz
		"Không thể mở kết nối với máy chủ do lỗi bảo mật.",                                          // vi
		"由于安全错误，无法连接到服务器。",                                                                          // zh-rCN
		"發生安全錯誤，無法連接伺服器。",                                                                           // zh-rHK
		"發生安全性錯誤，無法連線至伺服器。",                                                                         // zh-rTW
		"Ayikwazanga ukuvula uxhumano kwisiphakeli ngenxa yephutha lokuphepha.",                     // zu
	}},
	{own: true, key: "account_setup_failed_tls_required", category: CategoryTLSRequired, outcome: OutcomeDeferred, texts: []string{
		"TLS vereis, maar nie deur bediener ondersteun nie.",              // af
		"TLS ይጠየቃል ነገር ግን በአገልጋይ አይደገፍም።",                                 // am
		"‏يلزم وجود TLS لكن لا يتيح الخادم استخدامه.",                     // ar
		"TLS tələb olunur, lakin server tərəfindən dəstəklənmir.",         // az
		"Изисква се TLS, но не се поддържа от сървъра.",                   // bg
		"TLS প্রয়োজন কিন্তু সার্ভার তা সমর্থন করে না।",                   // bn
		"TLS necessari, però no compatible amb el servidor.",              // ca
		"Služba TLS je požadována, ale není podporována na serveru.",      // cs
		"TLS er påkrævet, men understøttes ikke af serveren.",             // da
		"TLS erforderlich aber nicht von Server unterstützt",              // de
		"Το TLS απαιτείται αλλά δεν υποστηρίζεται από τον διακομιστή.",    // el
		"TLS required but not supported by server.",                       // en-rAU en-rGB en-rIN en
		"Se requiere TLS pero el servidor no la admite.",                  // es-rUS
		"El protocolo TLS es obligatorio, pero el servidor no lo admite.", // es
		"TLS on vajalik, kuid server ei toeta seda.",                      // et
		"TLS segurtasuna behar da baina zerbitzariak ez du onartzen.",     // eu
		"‏TLS لازم است اما توسط سرور پشتیبانی نمی‌شود.",                   // fa
		"TLS vaaditaan, mutta palvelin ei tue sitä.",                      // fi
		"Protocole TLS requis, mais non compatible avec le serveur.",      // fr-rCA
		"Protocole TLS requis mais non pris en charge par le serveur.",    // fr
		"TLS é necesario, pero non é compatible co servidor.",             // gl
		"TLS આવશ્યક છે પરંતુ સર્વર દ્વારા સમર્થિત નથી.",                   // gu
		"TLS आवश्‍यक है लेकिन सर्वर द्वारा समर्थित नहीं है.",              // hi
		"TLS je obavezan, ali ga poslužitelj ne podržava.",                // hr
		"TLS szükséges, de a szerver nem támogatja.",                      // hu
		"Պահանջվում է TLS, որը սակայն չի աջակցվում սերվերի կողմից:",       // hy
		"TLS diperlukan, tetapi tidak didukung oleh server.",              // in
		"TLS er krafist en þjónninn styður það ekki.",                     // is
		"TLS richiesto ma non supportato dal server.",                     // it
		"‏TLS נדרש אך אינו נתמך בשרת.",                                    // iw
		"TLSが必要ですがサーバーが対応していません。",                                         // ja
		"აუცილებელია TLS, მაგრამ ის მხარდაუჭერელია სერვერის მიერ.",        // ka
		"TLS қажет, бірақ сервер оған қолдау көрсетпейді.",                // kk
		"បាន​ទាមទារ TLS ​ប៉ុន្តែ​មិន​ត្រូវ​បាន​គាំទ្រ​ដោយ​ម៉ាស៊ីន​មេ​។", // km
		"TLS ಅಗತ್ಯವಿದೆ ಆದರೆ ಸರ್ವರ್ ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.",                    // kn
		"TLS가 필요하지만 서버에서 지원하지 않습니다.",                                    // ko
		"ຕ້ອງໃຊ້ TLS ແຕ່ມັນ​ບໍ່​ຮອງຮັບ​ໂດຍເຊີບເວີ.",                     // lo
		"Reikalingas TLS, bet jo nepalaiko serveris.",                   // lt
		"Protokols TLS ir obligāts, taču serveris to neatbalsta.",       // lv
		"Потребен е ТЛС, но серверот не го поддржува.",                  // mk
		"TLS ആവശ്യമാണെങ്കിലും സെർവർ പിന്തുണയ്‌ക്കുന്നില്ല.",             // ml
		"TLS шаардлагатай боловч серверт дэмжигддэггүй.",                // mn
		"TLS आवश्यक आहे परंतु सर्व्हरद्वारे समर्थित नाही.",              // mr
		"TLS diperlukan tetapi tidak disokong oleh pelayan.",            // ms
		"TLS လိုအပ်သော်လည်း ဆာဗာက ပံ့ပိုးမပေးပါ။",                       // my
		"TLS er påkrevd, men støttes ikke av tjeneren.",                 // nb
		"टीएलएस आवश्यक तर सर्भर द्वारा समर्थित छैन।",                    // ne
		"TLS is vereist maar wordt niet ondersteund door de server.",    // nl
		"Wymagane połączenie TLS nie jest obsługiwane przez serwer.",    // pl
		"TLS necessário mas não suportado pelo servidor.",               // pt-rPT
		"TLS solicitado, mas não suportado pelo servidor.",              // pt
		"TLS è obligatoric ma na vegn betg sustegnì dal server.",        // rm
		"TLS solicitat, dar neacceptat de către server.",                // ro
		"TLS не поддерживается сервером.",                               // ru
		"TLS අත්‍යවශ්‍ය නමුත් සේවාදායකය මඟින් සහය නොදක්වයි.",            // si
		"Vyžaduje sa služba TLS, ale server ju nepodporuje.",            // sk
		"Zahtevan je bil TLS, vendar ga strežnik ne podpira.",           // sl
		"TLS је захтеван, али га сервер не подржава.",                   // sr
		"TLS krävs men stöds inte av servern.",                          // sv
		"TLS inahitajika lakini haihimiliwi na seva.",                   // sw
		"TLS தேவை ஆனால் அது சேவையகத்தால் ஆதரிக்கப்படவில்லை.",            // ta
		"TLS అవసరం కానీ సర్వర్ మద్దతు లేదు.",                            // te
		"ต้องใช้ TLS แต่เซิร์ฟเวอร์ไม่สนับสนุน",                         // th
		"Kinakailangan ang TLS ngunit hindi suportado ng server.",       // tl
		"TLS gerekli ancak sunucu tarafından desteklenmiyor.",           // tr
		"TLS обов'язк., але не підтрм. цим сервером.",                   // uk
		"‏TLS مطلوب ہے لیکن سرور کے ذریعہ تعاون یافتہ نہیں ہے۔",         // ur
		"TLS server tomonidan qo‘llab-quvvatlanmayapti.",                // uz
		"TLS được yêu cầu nhưng không được máy chủ hỗ trợ.",             // vi
		"需要 TLS，但服务器不支持 TLS。",                                           // zh-rCN
		"必須使用 TLS，但伺服器不支援。",                                             // zh-rHK
		"必須使用 TLS，但此伺服器不支援。",                                            // zh-rTW
		"I-TLS iyadingeka kodwa ayisekelwa iseva.",                      // zu
	}},
	{own: true, key: "account_setup_failed_auth_required", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Stawingsmetodes word nie deur bediener ondersteun nie.",                   // af
		"የማረጋገጫ ዘዴዎች በአገልጋዩ አይደገፉም።",                                               // am
		"لا يتيح الخادم استخدام أساليب المصادقة.",                                  // ar
		"Autentifikasiya metodları server tərəfindən dəstəklənmir.",                // az
		"Сървърът не поддържа методи за удостоверяване.",                           // bg
		"সার্ভার প্রমাণীকরণ পদ্ধতিগুলিকে সমর্থন করে না।",                           // bn
		"Els mètodes d'autenticació no són compatibles amb el servidor.",           // ca
		"Metody ověřování nejsou na serveru podporovány.",                          // cs
		"Godkendelsesmetoderne understøttes ikke af serveren.",                     // da
		"Authentifizierungsmethoden werden nicht vom Server unterstützt.",          // de
		"Οι μέθοδοι ελέγχου ταυτότητας δεν υποστηρίζονται από τον διακομιστή.",     // el
		"Authentication methods aren't supported by server.",                       // en-rAU en-rGB en-rIN en
		"El servidor no admite los métodos de autenticación.",                      // es-rUS
		"El servidor no admite métodos de autenticación.",                          // es
		"Server ei toeta autentimismeetodeid.",                                     // et
		"Zerbitzariak ez ditu gure autentifikazio-metodoak onartzen.",              // eu
		"روش‌های تأیید اعتبار توسط سرور پشتیبانی نمی‌شوند.",                        // fa
		"Palvelin ei tue todennustapoja.",                                          // fi
		"Les méthodes d'authentification ne sont pas compatibles avec le serveur.", // fr-rCA fr
		"Os métodos de autenticación non son compatibles co servidor.",             // gl
		"પ્રમાણીકરણ પદ્ધતિઓ સર્વર દ્વારા સમર્થિત નથી.",                             // gu
		"प्रमाणीकरण की विधियां सर्वर द्वारा समर्थित नहीं हैं.",                     // hi
		"Poslužitelj ne podržava načine autentifikacije.",                          // hr
		"A szerver nem támogatja a hitelesítési módokat.",                          // hu
		"Նույնականացման մեթոդները չեն աջակցվում սերվերի կողմից:",                   // hy
		"Metode autentikasi tidak didukung oleh server.",                           // in
		"Þjónninn styður ekki auðkenningaraðferðir.",                               // is
		"I metodi di autenticazione non sono supportati dal server.",               // it
		"השרת אינו תומך בשיטות האימות.",                                            // iw
		"認証方法がサーバーでサポートされていません。",                                                   // ja
		"ავტორიზაციის მეთოდები მხარდაუჭერელია სერვერის მიერ.",                      // ka
		"Аутентификация әдістеріне серверде қолдау көрсетілмейді.",                 // kk
		"វិធីសាស្ត្រ​ផ្ទៀងផ្ទាត់​​មិន​ត្រូវ​បាន​គាំទ្រ​ដោយ​ម៉ាស៊ីន​មេ​ឡើយ។", // km
		"ಸರ್ವರ್ ಮೂಲಕ ದೃಢೀಕರಣ ವಿಧಾನಗಳು ಬೆಂಬಲಿಸುತ್ತಿಲ್ಲ.",                     // kn
		"인증 방법이 서버에서 지원되지 않습니다.",                                                    // ko
		"Серверде аныктыкты текшерүү ыкмалары колдоого алынбайт.",                   // ky
		"ເຊີບເວີບໍ່ຮອງຮັບວິທີການຢືນຢັນນີ້.",                                         // lo
		"Serveris nepalaiko tapatybės nustatymo metodų.",                            // lt
		"Serverī netiek atbalstītas autentifikācijas metodes.",                      // lv
		"Серверот не поддржува методи на автентикација.",                            // mk
		"പ്രാമാണീകരണ രീതികളെ സെർവർ പിന്തുണയ്‌ക്കുന്നില്ല.",                          // ml
		"Тулгалтын аргууд серверээр дэмжигддэггүй",                                  // mn
		"प्रमाणीकरण पद्धती सर्व्हरद्वारे समर्थित नाहीत.",                            // mr
		"Kaedah pengesahan tidak disokong oleh pelayan.",                            // ms
		"အထောက်အထား စိစစ်ရေး နည်းလမ်းများကို ဆာဗာမှ မပံ့ပိုးပါ။",                    // my
		"Autentiseringsmetodene støttes ikke av tjeneren.",                          // nb
		"प्रमाणीकरण तरीकाहरु सर्भर द्वारा समर्थित छैन।",                             // ne
		"Verificatiemethoden worden niet ondersteund door de server.",               // nl
		"Serwer nie obsługuje metod uwierzytelniania.",                              // pl
		"Os métodos de autenticação não são suportados pelo servidor.",              // pt-rPT pt
		"Metodele de autentificare nu sunt acceptate de server.",                    // ro
		"Методы аутентификации не поддерживаются сервером.",                         // ru
		"සත්‍යාපනය ක්‍රම, සේවාදායකය මඟින් සහය නොදැක්වයි.",                           // si
		"Metódy overovania totožnosti nie sú na tomto serveri podporované.",         // sk
		"Strežnik ne podpira načinov preverjanja pristnosti.",                       // sl
		"Сервер не подржава методе потврде аутентичности.",                          // sr
		"Servern stöder inte autentiseringsmetoderna.",                              // sv
		"Mbinu za uthibitishaji haziauniwi na seva.",                                // sw
		"அங்கீகரிப்பு முறைகள் சேவையகத்தால் ஆதரிக்கப்படவில்லை.",                      // ta
		"ప్రామాణీకరణ పద్ధతులకు సర్వర్ మద్దతు ఇవ్వదు.",                               // te
		"เซิร์ฟเวอร์ไม่สนับสนุนวิธีการตรวจสอบสิทธิ์",                                // th
		"Hindi sinusuportahan ng server ang mga pamamaraan sa pagpapatotoo.",        // tl
		"Kimlik doğrulama yöntemleri sunucu tarafından desteklenmiyor.",             // tr
		"Методи автентифікації не підтримуються сервером.",                          // uk
		"توثیق کے طریقے سرور کے ذریعہ تعاون یافتہ نہیں ہیں۔",                        // ur
		"Haqiqiylikni tekshirish usullari server tomonidan qo‘llab-quvvatlanmaydi.", // uz
		"Phương thức xác thực không được máy chủ hỗ trợ.",                           // vi
		"服务器不支持身份验证方法。",                                                             // zh-rCN
		"伺服器不支援這些驗證方法。",                                                             // zh-rHK zh-rTW
		"Izindlela zokuqinisekisa azisekelwa yiseva.",                               // zu
	}},
	{own: true, key: "account_setup_failed_dlg_auth_message", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Gebruikernaam of wagwoord verkeerd.",                   // af
		"ተጠቃሚ ስም ወይም ይለፍ ቃል የተሳሳተ ነው።",                          // am
		"اسم المستخدم غير صحيح أو كلمة مرور غير صحيحة.",         // ar
		"İstifadəçi adı və ya parol yanlışdır.",                 // az
		"Потребителското име или паролата не са верни.",         // bg
		"ব্যবহারকারী নাম বা পাসওয়ার্ডটি ভুল।",                  // bn
		"El nom d'usuari o la contrasenya no són correctes.",    // ca
		"Uživatelské jméno nebo heslo jsou nesprávné.",          // cs
		"Brugernavn eller adgangskode er forkert.",              // da
		"Nutzername oder Passwort ist falsch.",                  // de
		"Λάθος όνομα χρήστη ή κωδικός πρόσβασης.",               // el
		"Your username or password is incorrect.",               // en-rAU en-rGB en-rIN
		"El nombre de usuario o la contraseña son incorrectos.", // es-rUS
		"Nombre de usuario o contraseña incorrectos",            // es
		"Kasutajanimi või parool on vale.",                      // et
		"Erabiltzaile-izena edo pasahitza okerra da.",           // eu
		"نام کاربری یا گذرواژه اشتباه است.",                     // fa
		"Käyttäjätunnus tai salasana on virheellinen.",          // fi
		"Nom d'utilisateur ou mot de passe incorrect.",          // fr-rCA fr
		"O nome de usuario ou o contrasinal son incorrectos.",   // gl
		"વપરાશકર્તાનામ અથવા પાસવર્ડ ખોટો છે.",                   // gu
		"उपयोगकर्ता नाम या पासवर्ड गलत है.",                     // hi
		"Korisničko ime ili zaporka nisu ispravni.",             // hr
		"Helytelen felhasználónév vagy jelszó.",                 // hu
		"Օգտանունը կամ գաղտնաբառը սխալ է:",                      // hy
		"Nama pengguna atau sandi salah.",                       // in
		"Rangt notandanafn eða aðgangsorð.",                     // is
		"Password o nome utente errato.",                        // it
		"שם המשתמש או הסיסמה שגויים.",                           // iw
		"ユーザー名またはパスワードが正しくありません。",                               // ja
		"მომხმარებლის სახელი ან პაროლი არასწორია.",              // ka
		"Пайдаланушы аты немесе құпия сөз дұрыс емес.",          // kk
		"ឈ្មោះ​អ្នក​ប្រើ ​ឬ​ពាក្យ​សម្ងាត់​​មិន​ត្រឹមត្រូវ​។",        // km
		"ಬಳಕೆದಾರಹೆಸರು ಮತ್ತು ಪಾಸ್‍‍ವರ್ಡ್ ತಪ್ಪಾಗಿದೆ.",                 // kn
		"사용자 이름 또는 비밀번호가 잘못되었습니다.",                                  // ko
		"Колдонуучунун аты же сырсөз туура эмес.",                   // ky
		"ຊື່ຜູ່ໃຊ້ ຫລື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.",                        // lo
		"Neteisingas naudotojo vardas ar slaptažodis.",              // lt
		"Nepareizs lietotājvārds vai parole.",                       // lv
		"Корисничкото име или лозинката се неточни.",                // mk
		"ഉപയോക്തൃനാമമോ പാസ്‌വേഡോ തെറ്റാണ്.",                         // ml
		"Хэрэглэгчийн нэр эсвэл нууц үг буруу.",                     // mn
		"वापरकर्तानाव किंवा संकेतशब्द चुकीचा आहे.",                  // mr
		"Nama pengguna atau kata laluan salah.",                     // ms
		"သုံးစွဲသူအမည် သို့မဟုတ် စကားဝှက်က မမှန်ပါ။",                // my
		"Brukernavnet eller passordet er feil.",                     // nb
		"प्रयोगकर्ता नाम वा पासवर्ड गलत छ।",                         // ne
		"Gebruikersnaam of wachtwoord is onjuist.",                  // nl
		"Nieprawidłowa nazwa użytkownika lub hasło",                 // pl
		"O nome de utilizador ou a palavra-passe estão incorretos.", // pt-rPT
		"Nome de usuário ou senha incorretos.",                      // pt
		"Numele de utilizator sau parola sunt incorecte.",           // ro
		"Неверное имя пользователя или пароль.",                     // ru
		"පරිශීලක නාමය හෝ මුරපදය වැරදිය.",                            // si
		"Používateľské meno alebo heslo je nesprávne.",              // sk
		"Uporabniško ime ali geslo ni pravilno.",                    // sl
		"Корисничко име или лозинка су нетачни.",                    // sr
		"Användarnamnet eller lösenordet är felaktigt.",             // sv
		"Jina la mtumiaji au nenosiri sio sahihi.",                  // sw
		"பயனர்பெயர் அல்லது கடவுச்சொல் தவறானது.",                     // ta
		"వినియోగదారు పేరు లేదా పాస్‌వర్డ్ చెల్లదు.",                 // te
		"ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",                          // th
		"Hindi tama ang username o password.",                       // tl
		"Kullanıcı adı veya şifre hatalı.",                          // tr
		"Ім’я користувача чи пароль неправильні.",                   // uk
		"صارف نام یا پاس ورڈ غلط ہے۔",                               // ur
		"Foydalanuvchi nomi yoki parol noto‘g‘ri.",                  // uz
		"Tên người dùng hoặc mật khẩu không chính xác.",             // vi
		"用户名或密码不正确。",                                                // zh-rCN
		"用戶名稱或密碼不正確。",                                               // zh-rHK
		"使用者名稱或密碼不正確。",                                              // zh-rTW
		"Igama lakho lomsebenzisi noma iphasiwedi ayilungile.",      // zu
		"Username or password is incorrect.",                        // en
	}},
}
