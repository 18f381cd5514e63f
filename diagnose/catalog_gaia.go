package diagnose

// gaiaEmailMessages are Firefox OS's (Gaia's) Email app's reports of a
// message it could not send and of an account it could not set up or sign
// in to (apps/email/locales/email.en-US.properties of mozilla-b2g/gaia at
// 00258386cda3, which batch CP cites, and every locale of the gaia-l10n
// repositories as mozilla-l10n/gaia-l10n holds them at b1df5eb36, 88
// locales beside en-US; a key a locale does not translate falls back to
// en-US and is left out). Its {{server}} is written %{server}: the host
// name, one word (word). A notification's or dialog's title and its text
// are also held joined by a line break, as a user copies them.
//
// About the account's own server (own), by gaia-email-libs-and-more's
// smtp/client.js analyzeSmtpError: the device offline, no network (the
// message stays in the outbox and is sent once connected), no answer in
// time, and a failed STARTTLS or TLS (AOSP Email's convention for its
// "security error") are connections, deferred (cp-028, cp-031, cp-044);
// the server's own trouble and its maintenance are server_error, deferred
// (cp-030, cp-032); the login refused (535), the password asked for again,
// Gmail's demand for an application-specific password and an ActiveSync
// server's refusal to let the user create an account are policy_rejected,
// bounced, by the README's SMTP AUTH convention (cp-045, cp-046);
// "Invalid e-mail address" at setup is the server's 550/551/553/554 to
// the account's own address as the sender: policy_rejected, bounced.
// About the message: recipients the server refused, which wait in the
// outbox for the user to correct them, are user_unknown, bounced (cp-026,
// cp-027); addresses the composer cannot parse are syntax_error (as
// SnappyMail's and Aurora's are); attachments over the app's size for
// sending are message_too_large; all bounced.
//
// Left out: "Error occurred. Email saved to outbox.", "The message could
// not be sent." and "An unknown error occurred" (no cause); IMAP's and
// POP3's (Gmail's IMAP or POP3 disabled, a POP3 server without the needed
// features) and the sync toaster's "Unable to connect to server" (not a
// send); autoconfiguration's failure (a lookup of settings, not of the
// server). Batch CP cp-026..032, cp-044..046.
var gaiaEmailMessages = []catalogMessage{
	{own: true, key: "setup-error-offline", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"This device is currently offline. Connect to a network and try again.",                               // en-US en-GB fi pa
		"Hierdie toestel is tans vanlyn. Koppel aan ’n netwerk en probeer weer.",                              // af
		"ይህ አካል አሁን ከ መስመር ውጪ ነው: ከ ኔትዎርክ ጋር ይገናኙ እና እንደገና ይሞክሩ",                                              // am
		"الجهاز غير متصل حاليًّا. اتصل بشبكة وحاول مرة أخرى.",                                                 // ar
		"এই ডিভাইচ বৰ্তমানে অফলাইন। এটা নেটৱৰ্কৰ সৈতে সংযোগ কৰি পুনৰ চেষ্টা কৰক।",                             // as
		"El preséu ta desconeutáu. Conéutate y prueba de nueves.",                                             // ast
		"Устройството е извън мрежа. Свържете се с мрежа и опитайте отново.",                                  // bg
		"ডিভাইসটি বর্তমানে অফলাইনে আছে। নেটওয়ার্কে সংযুক্ত হোন এবং পুনরায় চেষ্টা করুন।",                       // bn-BD
		"এই ডিভাইসটি বর্তমানে অফলাইনে আছে। একটি নেটওয়ার্কের সাথে সংযোগ করুন এবং আবার চেষ্টা করুন।",           // bn-IN
		"Ezlinenn eo an trevnad-mañ. Kennaskit ouzh ur rouedad ha klaskit en-dro.",                            // br
		"Ovaj uređaj je trenutno offline. Povežite se na mrežu i pokušajte ponovo.",                           // bs
		"Actualment aquest dispositiu està fora de línia. Connecteu-vos a una xarxa i torneu-ho a provar.",    // ca
		"Toto zařízení je aktuálně offline. Připojte ho k síti a zkuste to znovu.",                            // cs
		"Mae'r ddyfais all-lein ar hyn o bryd. Cysylltwch â'r rhwydwaith a cheisio eto.",                      // cy
		"Enheden er offline. Opret forbindelse til nettet og prøv igen.",                                      // da
		"Das Gerät ist derzeit offline. Stellen Sie eine Internetverbindung her und versuchen Sie es erneut.", // de
		"Toś ten rěd jo tuchylu offline. Zwězajśo ze seśu a wopytajśo hyšći raz.",                             // dsb
		"Δεν υπάρχει σύνδεση. Συνδεθείτε και προσπαθήστε ξανά.",                                               // el
		"Tiu ĉi aparato ne estas konektita. Konekti al reto kaj klopodi denove.",                              // eo
		"El dispositivo está desconectado. Conéctese y pruebe de nuevo.",                                      // es
		"Une honetan gailua lineaz kanpo dago. Konektatu sare batera eta saiatu berriro.",                     // eu
		"در حال حاضر، دستگاه برون\u200cخط است. به یک شبکه وصل شده و دوباره تلاش کنید.",                        // fa
		"Ngol kaɓirgol seŋaaki e oo sahaa. Seŋo e resoo kisa puɗɗito-ɗaa.",                                    // ff
		"Cet appareil est actuellement hors connexion. Veuillez vous connecter à un réseau puis réessayer.",   // fr
		"Dit apparaat is op dit stuit offline. Meitsje ferbining mei in netwurk en probearje it nochris.",     // fy-NL
		"Tá an gléas seo as líne faoi láthair. Ceangail le líonra agus déan iarracht eile.",                   // ga-IE
		"Tha an t-uidheam seo far loidhne. Ceangail ri lìonra 's feuch ris a-rithist.",                        // gd
		"Este dispositivo está desconectado. Conéctese a unha rede e tente de novo.",                          // gl
		"આ ઉપકરણ હાલમાં ઑફલાઇન છે. નેટવર્કમાં જોડાવ અને ફરી પ્રયાસ કરો.",                                      // gu
		"यह डिवाइस वर्तमान में ऑफलाईन है. एक नेटवर्क से कनेक्ट करें और फिर कोशिश करें.",                       // hi-IN
		"Ovaj uređaj trenutno nije umrežen. Spojite se na mrežu i pokušajte ponovno.",                         // hr
		"Tutón grat je tuchwilu offline. Zwjazajće ze syću a spytajće hišće raz.",                             // hsb
		"Az eszköz nincs kapcsolódva. Csatlakozzon egy hálózathoz, és próbálja újra.",                         // hu
		"Perangkat sedang luring. Sambungkan ke jaringan lalu coba lagi.",                                     // id
		"Il dispositivo è attualmente non in linea. Connetterlo a una rete e riprovare.",                      // it
		"この端末は現在オフラインです。ネットワークに接続して再度試してください。",                                                                // ja
		"ឥឡូវ\u200bឧបករណ៍\u200bនេះ\u200bមិន\u200bភ្ជាប់\u200bអ៊ីនធឺណិត។ ភ្ជាប់\u200bទៅ\u200bអ៊ីនធឺណិត និង\u200bព្យាយាម\u200bម្ដង\u200bទៀត។", // km
		"ಈ ಸಾಧನವು ಸದ್ಯಕ್ಕೆ ಆಫ್\u200cಲೈನ್\u200c ಆಗಿದೆ. ಜಾಲಕ್ಕೆ ಸಂಪರ್ಕಹೊಂದಿದ ನಂತರ ಇನ್ನೊಮ್ಮೆ ಪ್ರಯತ್ನಿಸಿ.",                                      // kn
		"이 기기는 현재 오프라인입니다. 네트워크에 연결하고 다시 시도해 주십시오.",                                                                                         // ko
		"Ekyuma kino mubudde buno tekiyungdwa ku mutimbagano. Kiyungeko oddemu ogeezeko neera",                                              // lg
		"St'aparâto o l'é fêua lìnia. Conètite a 'na ræ e prêuva tórna.",                                                                    // lij
		"Šiuo metu neprisijungta prie interneto. Prisijunkite ir bandykite dar kartą.",                                                      // lt
		"Jūsu ierīce šobrīd ir bezsaistes. Pieslēdzieties tīklam un mēģiniet vēlreiz.",                                                      // lv
		"ई डिवाइस वर्तमान मे आफलाइन अछि. एकटा संजाल सँ कनेक्ट करू आओर फेर कोसिस करू.",                                                       // mai
		"Овој уред моментално нема пристап на интернет. Поврзете се на мрежа и обидете се повторно.",                                        // mk
		"ഈ ഫോണ്\u200d ഇപ്പോള്\u200d ഓഫ്\u200c\u200cലൈനാണ്. ഒരു നെറ്റ്\u200c\u200cവര്\u200dക്കുമായി ബന്ധിപ്പിച്ചതിനുശേഷം ശ്രമിക്കുക.",        // ml
		"सद्या हे साधन ऑफ-लाईन आहे. एखाद्या नेटवर्कशी जोडणी करा व पुन्हा प्रयत्न करा.",                                                      // mr
		"Peranti ini berada di luar talian. Sila sambungkan ke rangkaian dan cuba lagi.",                                                    // ms
		"ပစ္စည်းသှ် အင်တာနက် ချိတ်ဆက်မထားပါ။ နတ်ဝပ် တစ်ခုသို့ ချိတ်ဆက်ပြီး ထပ်လုပ်ကြည့်ပါ",                                                  // my
		"Denne enheten er for øyeblikket frakoblet. Koble til et nettverk og prøv igjen.",                                                   // nb-NO
		"यो यन्त्र अहिले अफलाइन छ।कुनै सञ्जालमा जडान गरी पुन प्रयास गर्नुहोस्।",                                                             // ne-NP
		"Dit apparaat is momenteel offline. Maak verbinding met een netwerk en probeer het nogmaals.",                                       // nl
		"ଆପଣଙ୍କ ଉପକରଣଟି ଅଧୁନା ଅଫଲାଇନ ହୋଇଯାଇଛି । ନେଟୱାର୍କରେ ଯୋଡ଼ି ଆଉଥରେ ଚେଷ୍ଟାକରନ୍ତୁ ।",                                                      // or
		"Urządzenie nie ma połączenia z\u00a0Internetem. Połącz się z\u00a0siecią i\u00a0spróbuj ponownie.",                                 // pl
		"Este aparelho está desconectado. Conecte-se a uma rede e tente novamente.",                                                         // pt-BR
		"Atualmente, este dispositivo está desligado da rede. Ligue-se a uma rede e tente novamente.",                                       // pt-PT
		"Acest dispozitiv este în prezent offline. Conectează-te la o rețea și reîncearcă.",                                                 // ro
		"Это устройство сейчас не подключено к сети. Подключитесь к сети и попробуйте снова.",                                               // ru
		"මෙම උපාංගය මාර්ග අපගත තත්වයේ පවතී. ජාලයක් හා සම්බන්ධ වී නැවත උත්සහ කරන්න",                                                          // si
		"Zariadenie pracuje v režime offline. Pripojte sa k sieti a skúste to znova.",                                                       // sk
		"Naprava trenutno ni povezana. Povežite se v omrežje in poskusite znova.",                                                           // sl
		"Jinaa ši ciyari ra sohõda. Sankaa cee de ma ceeci ka ciya taaga.",                                                                  // son
		"Kjo pajisje s’është në linjë. Lidhuni në një rrjet dhe riprovoni.",                                                                 // sq
		"Овај уређај је тренутно ван мреже. Прикључите се на мрежу и покушајте поново.",                                                     // sr-Cyrl
		"Ovaj uređaj je trenutno van mreže. Priključite se na mrežu i pokušajte ponovo.",                                                    // sr-Latn
		"Denna enhet är för närvarande nedkopplad. Anslut till internet och försök igen.",                                                   // sv-SE
		"Kwa sasa kifaa hiki kiko nje ya mtandao. Unganisha kwa mtandao na ujaribu tena.",                                                   // sw
		"இந்த சாதனம் இணையத்தில் இல்லை. ஒரு பிணையத்துடன் இணைத்து மீண்டும் முயற்சி.",                                                          // ta
		"ఈ పరికరం జాలరహితంగా ఉంది. నెట్వర్కుకు అనుసంధానమయి, మరలా ప్రయత్నించండి.",                                                            // te
		"อุปกรณ์นี้กำลังออฟไลน์ เชื่อมต่อกับเครือข่ายและลองอีกครั้ง",                                                                        // th
		"Offline ang aparatong ito. Kumonekta sa network at subukin muli.",                                                                  // tl
		"Bu aygıt şu anda çevrimdışı. Bir ağa bağlanıp tekrar deneyin.",                                                                     // tr
		"Цей пристрій зараз поза мережею. Підключіться до мережі та спробуйте знову.",                                                       // uk
		"یہ آلہ فی الحال آف لائن ہے۔ کسی نیٹ ورک سے جڑیں اور پھر کوشش کریں۔",                                                                // ur
		"Thiết bị đang ở trạng thái ngoại tuyến. Hãy kết nối mạng và thử lại.",                                                              // vi
		"Esi sixhobo asikho kwi-intanethi ngoku. Nxibelelanisa nenethiweki uzame kwakhona.",                                                 // xh
		"Ohun èlò yíì wà ní àìsílóníforíkorí lọ́wọ́lọ́wọ́. Sopọ̀ sí nẹ́tiwọkì kí o tún gbìyànjú.",                              // yo
		"Na dob ki kue. Tob kiy ner liy ta diif vez.",                                          // zam
		"此装置目前处于离线状态。连接到网络然后重试。",                                                               // zh-CN
		"此裝置目前已離線，請連線到網路再試一次。",                                                                 // zh-TW
		"Le divayisi ayikho emoyeni njengamanje. Xhuma kunethiwekhi bese uphinda uzama futhi.", // zu
	}},
	{own: true, key: "background-send-pending", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Network unavailable. Email saved to outbox.",                                   // en-US en-GB pa
		"ኔትዎርክ አልተገኘም: ኢሜይል ከ ሳጥን ውጪ ተቀምጧል",                                             // am
		"الشبكة غير متاحة. تمّ حفظ الرّسالة في صندوق الصادر.",                           // ar
		"Мрежата е недостъпна. Пощата е запазена в изходящата кутия.",                   // bg
		"নেটওয়ার্ক নেই। ইমেইল আউটবক্সে সংরক্ষিত হয়েছে।",                                 // bn-BD
		"নেটওয়ার্ক না থাকার কারনে ইমেইল টি আউটবক্সে সংরক্ষিত হল।",                       // bn-IN
		"Rouedad dihegerz. Enrollet eo bet ar postel e-barzh ar voest ermaeziañ.",       // br
		"Mreža nije dostupna. Poruka je sačuvana u odlazni spremnik.",                   // bs
		"Xarxa no disponible. El missatge s'ha desat a la safata de sortida.",           // ca
		"Síť není dostupná. E-mail uložen k pozdějšímu odeslání.",                       // cs
		"Nid yw'r rhwydwaith ar gael. E-bost wedi ei gadw i'r blwch allan.",             // cy
		"Netværk ikke tilgængeligt. Meddelelsen er gemt i Udbakke.",                     // da
		"Netzwerk nicht verfügbar. E-Mail wurde im Postausgang gespeichert.",            // de
		"Seś njejo k dispoziciji. Mejlka jo se do wuchada posta składowała.",            // dsb
		"Μη διαθέσιμο δίκτυο. Το email αποθηκεύτηκε στα εξερχόμενα.",                    // el
		"Red no disponible. Correo guardado en bandeja de salida.",                      // es
		"Sarea ez dago erabilgarri. Mezua irteera-ontzian gorde da.",                    // eu
		"شبکه در دسترس نیست. پست\u200cالکترونیکی در صندوق ارسال ذخیره شد.",              // fa
		"Laylaytol heɓaaki. Iimeel danndaama to Jaltooji.",                              // ff
		"Ei verkkoyhteyttä. Sähköpostit tallennettiin lähteviin.",                       // fi
		"Réseau indisponible. Message enregistré dans les messages en attente.",         // fr
		"Netwurk net beskikber. E-mail bewarre yn Postfek ÚT.",                          // fy-NL
		"Níl an líonra ar fáil. Sábháladh an teachtaireacht sa bhosca amach.",           // ga-IE
		"Chan eil lìonra ri fhaighinn. Chaidh am post-d a shàbhaladh sa bhogsa a-mach.", // gd
		"Rede non dispoñíbel. Gardouse o correo no cartafol de saída.",                  // gl
		"नेटवर्क उपलब्ध नहीं. ईमेल आउटबॉक्स मॆ सहेजें.",                                 // hi-IN
		"Mreža nedostupna. Poruka je spremljena u odlaznu poštu.",                       // hr
		"Syć k dispoziciji njeje. E-mejlka je so do wuchada pósta składowała.",          // hsb
		"Hálózat nem érhető el. Levél elmentve a kimenő mappába.",                       // hu
		"Jaringan tidak tersedia. Surel tersimpan di kotak keluar.",                     // id
		"Rete non disponibile. Email salvata in posta in uscita.",                       // it
		"ネットワークが利用できません。メールを送信トレイに保存します。",                                               // ja
		"បណ្ដាញ\u200bមិន\u200bអាច\u200bប្រើ\u200bបាន។ អ៊ីមែល\u200bបាន\u200bរក្សាទុក\u200bទៅ\u200bប្រអប់\u200bចេញ។", // km
		"ನೆಟ್\u200cವರ್ಕ್ ಲಭ್ಯವಿಲ್ಲ. ಇಮೇಲ್ ಅನ್ನು ಹೊರ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ.",                                     // kn
		"네트워크가 끊겼습니다. 이메일은 보낸 편지함에 저장되었습니다.",                                                                       // ko
		"Omukuttu teguliiwo. Yimeyilo eterekedwa muzitagenze",                        // lg
		"Tinklo ryšys nepatikimas. Laiškas įrašytas į siunčiamųjų aplanką.",          // lt
		"Tīkls nav pieejams. Vēstule tika saglabāta izsūtnē.",                        // lv
		"नेटवर्क उपलब्ध नहि अछि. ईमेल आउटबॉक्स मे सहेजू.",                            // mai
		"ശൃംഖല ലഭ്യമല്ല. ഇമെയില്\u200d ഔട്ട്ബോക്സില്\u200d സംരക്ഷിച്ചിട്ടുണ്ട്.",     // ml
		"Rangkaian tidak didapati. Emel disimpan ke peti keluar.",                    // ms
		"နတ်ဝပ် မရှိပါ။ အီမေလ်းအား ထွက်စာ ထဲတွင်သိမ်းထားသှ်။",                        // my
		"Nettverk utilgjengelig. E-post lagret i utboks.",                            // nb-NO
		"नेटवर्क उपलब्ध छैन। इमेल प्रेशितमा सुरक्षित।",                               // ne-NP
		"Netwerk niet beschikbaar. E-mail opgeslagen in Postvak UIT.",                // nl
		"Sieć niedostępna. Wiadomość zachowana w\u00a0„Wychodzące”.",                 // pl
		"Rede indisponível. Seu e-mail foi salvo na caixa de saída. ",                // pt-BR
		"Rede não disponível. Mensagem de email guardada na caixa de saída.",         // pt-PT
		"Rețea indisponibilă. E-mail salvat în outbox.",                              // ro
		"Сеть недоступна. Сообщение сохранено в исходящие.",                          // ru
		"ජාලයක් නොමැතියි. විද්\u200dයුත් තැපැල් පණිවුඩය යන ලිපි වලට සුරකින ලදී.",     // si
		"Sieť nie je dostupná. Správa bola uložená do priečinka Pošta na odoslanie.", // sk
		"Omrežje ni na voljo. E-pošta je shranjena v mapi Odpošlji.",                 // sl
		"Sankaa ši duwandi. Batagaa gaabundi taraybataa ra.",                         // son
		"Pa rrjet gati për përdorim. Email-i u ruajt te të dërguarat.",               // sq
		"Мрежа недоступна. Е-пошта је сачувана у За слање.",                          // sr-Cyrl
		"Mreža nedostupna. E-pošta je sačuvana u Za slanje.",                         // sr-Latn
		"Inget närverk. E-post sparas i utkorgen.",                                   // sv-SE
		"பிணையம் இல்லை. வெளிப்பெட்டியில் மின்னஞ்சல் சேமிக்கப்பட்டது.",                // ta
		"నెట్\u200bవర్క్ అందుబాటులోలేదు. ఈమెయిలు పంపేవాటిలోకి భద్రపరచబడింది.",        // te
		"เครือข่ายไม่พร้อมใช้งาน อีเมลถูกบันทึกไปยังกล่องขาออก",                      // th
		"Ağ kullanılamıyor. E-posta giden kutusuna kaydedildi.",                      // tr
		"Мережа недоступна. Повідомлення збережено у вихідні.",                       // uk
		"نیٹ ورک دستیاب نہیں۔ ای میل اخراج خاانہ میں محفوظ کر دیا۔",                  // ur
		"网络不可用。邮件已保存到发件箱。",                                                           // zh-CN
		"無法連線至網路，已將郵件儲存至寄件匣。",                                                        // zh-TW
	}},
	{own: true, word: true, key: "setup-error-unresponsive-server", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to establish a connection with \"%{server}\". There may be a problem with the network.",                                     // en-US en-GB pa
		"Kan nie verbinding met \"%{server}\" opstel nie. Daar is dalk fout met die netwerk.",                                               // af
		"ግንኙነት መመስረት አልተቻለም ከ \"%{server}\". ጋር ምናልባት የ ኔትዎርክ ችግር ሊኖር ይችላል",                                                                 // am
		"غير قادر على إنشاء اتصال مع \"%{server}\". قد تكون هناك مشكلة مع الشبكة.",                                                          // ar
		"\"%{server}\" ৰ লগত সংযোগ স্থাপন কৰাত অসমৰ্থ। নেটৱৰ্কত কিবা এটা সমস্যা থাকিব পাৰে।",                                                // as
		"Nun pudo afitase una conexón con \"%{server}\".  Habrá un problema cola rede.",                                                     // ast
		"Невъзможно свързване с „%{server}“. Възможен е проблем с мрежата.",                                                                 // bg
		"\"%{server}\"এর সাথে নিরাপদ সংযোগ স্থাপন করা যাচ্ছে না। এটি আপনার নেটওয়ার্কের সমস্যা হতে পারে।",                                    // bn-BD
		"\"%{server}\" সাথে সংযোগ স্থাপন করা যায় নি। আপনার নেটওয়ার্ক বা সার্ভার নিয়ে কোনও সমস্যা থাকতে পারে।",                            // bn-IN
		"N'haller ket sevel ur c'hennask diogel ouzh \"%{server}\". Marteze ez eus ur gudenn gant ar rouedad.",                              // br
		"Nije moguće uspostaviti vezu sa \"%{server}\". Možda postoji problem sa mrežom.",                                                   // bs
		"No es pot establir una connexió amb «%{server}». Pot haver-hi un problema de xarxa.",                                               // ca
		"Nepodařilo se navázat spojení s „%{server}“. Pravděpodobně se jedná o problémy sítě.",                                              // cs
		"Methu creu cysylltiad diogel gyda \"%{server}\". Efallai bod anhawster gyda'r rhwydwaith.",                                         // cy
		"Kunne ikke oprette forbindelse til \"%{server}\". Der kan være problemer med din netforbindelse.",                                  // da
		"Es konnte keine Verbindung mit \"%{server}\" hergestellt werden. Eventuell gibt es ein Problem mit dem Netzwerk.",                  // de
		"Njejo móžno z \"%{server}\" zwězaś. To je snaź problem ze seśu.",                                                                   // dsb
		"Αποτυχία δημιουργίας ασφαλούς σύνδεσης με τον διακομιστή «%{server}». Μπορεί να υπάρχει πρόβλημα με το δίκτυο.",                    // el
		"Ne eblas konektiĝi al \"%{server}\". Eble estas problemo en la reto.",                                                              // eo
		"Imposible establecer una conexión con \"%{server}\". Habrá un problema con la red.",                                                // es
		"Ezin da konexio segurua ezarri \"%{server}\" zerbitzariarekin. Sarearekin arazoak egon daitezke.",                                  // eu
		"ناتوان در برقراری یک اتّصال امن با «%{server}». ممکن است شبکه مشکلی داشته باشد.",                                                   // fa
		"Horiima ñiɓde ceŋol e \"%{server}\". Maa taw resoo oo ena waɗi caɗeele.",                                                           // ff
		"Ei voitu muodostaa yhteyttä palvelimeen \"%{server}\". Verkkoyhteydessä voi olla jotain vialla.",                                   // fi
		"Impossible d’établir une connexion avec «\u00a0%{server}\u00a0». Il y a peut-être un problème réseau.",                             // fr
		"Kin gjin ferbining mei ‘%{server}’ opsette. Der is mooglik in probleem mei it netwurk.",                                            // fy-NL
		"Níorbh fhéidir ceangal a bhunú le \"%{server}\". Seans go bhfuil fadhb leis an líonra.",                                            // ga-IE
		"Cha ghabh ceangal tèarainte a stèidheachadh ri “%{server}”. Dh'fhaoidte gu bheil duilgheadas aig an lìonra.",                       // gd
		"Non é posíbel estabelecer unha conexión con \"%{server}\". Pode haber un problema coa rede.",                                       // gl
		"\"%{server}\" સાથે સુરક્ષિત કનેક્શન અધિષ્ઠાપિત કરવામાં અસમર્થ. તમારા નેટવર્ક સાથે સમસ્યા હોઇ શકે.",                                 // gu
		"\"%{server}\" के साथ एक कनेक्शन स्थापित करने में असमर्थ. आपके संजाल के साथ एक समस्या हो सकती है.",                                  // hi-IN
		"Nije moguće uspostaviti vezu sa \"%{server}\". Možda postoji problem s mrežom.",                                                    // hr
		"Njeje móžno z \"%{server}\" zwjazać. To je snano problem ze syću.",                                                                 // hsb
		"Nem hozható létre kapcsolat ehhez: „%{server}”. Probléma lehet a kiszolgálóval.",                                                   // hu
		"Tak dapat membuat sambungan dengan \"%{server}\". Mungkin ada masalah dengan jaringan.",                                            // id
		"Impossibile stabilire una connessione con “%{server}”. Potrebbe trattarsi di un problema della rete.",                              // it
		"\"%{server}\" サーバとの安全な接続を確立できません。ネットワークに問題がある可能性があります。",                                                                            // ja
		"មិន\u200bអាច\u200bបង្កើត\u200bការ\u200bតភ្ជាប់\u200b\u200bជាមួយ \"%{server}\"។ ប្រហែល\u200bមាន\u200bបញ្ហា\u200bជាមួយ\u200bបណ្ដាញ។", // km
		"\"%{server}\" ಜೊತೆಗೆ ಸಂಪರ್ಕ ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ನಿಮ್ಮ ನೆಟ್\u200cವರ್ಕಿನಲ್ಲಿ ಏನೋ ತೊಂದರೆಯಿರಬಹುದು.",                                         // kn
		"\"%{server}\"와 연결을 할 수 없습니다. 네트워크나 서버의 문제일 수 있습니다.",                                                                                // ko
		"Tekisobose kutekawo nyunga ne \"%{server}\". Wayinza okuba waliwo obuzibu n'omutimbagano",                                          // lg
		"No riêscio a conètime a \"%{server}\". Ghe poriéiva êse 'n problêma inta ræ.",                                                      // lij
		"Su serveriu %{server} nepavyko užmegzti ryšio. Gali būti, jog tai – jūsų tinklo problema.",                                         // lt
		"Nevar savienoties ar \"%{server}\". Varēt būt problēma ar tīklu.",                                                                  // lv
		"\"%{server}\" क सँग एकटा कनेक्शन स्थापित करब मे असमर्थ. अहाँक सँजाल क सँग एकटा समस्या भए सकैत अछि.",                                // mai
		"Со \"%{server}\" не може да се воспостави врска. Можеби има проблем со мрежата.",                                                   // mk
		"\"%{server}\" നോട് സുരക്ഷിത ബന്ധം സ്ഥാപിക്കാനായില്ല. ശൃംഘലയ്ക്ക് പ്രശ്നമുണ്ടെന്ന് തോന്നുന്നു.",                                     // ml
		"\"%{server}\" सोबत सुरक्षित जोडणी होऊ शकली नाही. नेटवर्क किंवा सर्व्हर वर काही समस्या असू शकते.",                                   // mr
		"Tidak dapat menubuhkan sambungan ke \"%{server}\". Mungkin terdapat masalah pada rangkaian atau pelayan anda.",                     // ms
		"လုံခြုံသော ချိတ်ဆက်မှူအား \"%{server}\" ဖြင့်မလုပ်နိုင်ပါ။ နတ်ဝပ်ချိတ်ဆက်မှူ တွင် ပြသာနာတစ်ခုရှိနေသှ်",                             // my
		"Kan ikke etablere en forbindelse med \"%{server}\". Det kan være et problem med nettverket.",                                       // nb-NO
		"\"%{server}\"सँग जडान गर्न असफल | तपाईको सञ्जालमा समस्या हुन सक्छ |",                                                               // ne-NP
		"Kan geen verbinding met ‘%{server}’ opzetten. Er is mogelijk een probleem met het netwerk.",                                        // nl
		"\"%{server}\" ସହ ଏକ ସ୍ଥିର ସଂଯୋଗ ସ୍ଥାପନ କରିବାରେ ବିଫଳ । ଆପଣଙ୍କ ନେଟୱାର୍କରେ କିଛି ଅସୁବିଧା ଥାଇପାରେ ।",                                    // or
		"Nie udało się nawiązać połączenia z\u00a0serwerem „%{server}”. Może to być winą połączenia sieciowego.",                            // pl
		"Não foi possível estabelecer uma conexão com \"%{server}\". Pode haver um problema na sua rede.",                                   // pt-BR
		"Não foi possível estabelecer uma ligação com \"%{server}\". Pode existir um problema com a rede.",                                  // pt-PT
		"Nu s-a putut stabili o conexiune cu „%{server}”. S-ar putea să fie o problemă cu rețeaua.",                                         // ro
		"Не удалось установить соединение с \"%{server}\". Возможно, возникла проблема с сетью.",                                            // ru
		"\"%{server}\" සමඟින් සම්බන්ධතාවයක් පිහිටුවා ගැනීමට නොහැකියි. ඔබගේ ජාලයේ යම් කිසි දෝශයක් තිබිය හැක.",                                // si
		"Nie je možné vytvoriť spojenie so serverom \"%{server}\". Skontrolujte pripojenie k sieti.",                                        // sk
		"Ni mogoče vzpostaviti varne povezave s strežnikom \"%{server}\". Morda je prišlo do težave v vašem omrežju.",                       // sl
		"Ši hin ka dobuyan saajante tee \"%{server}\" ga. Šenday ga hima ka bara war sankaa ga.",                                            // son
		"S’arrin të vendosë një lidhje me \"%{server}\". Mund të ketë ndonjë problem me rrjetin.",                                           // sq
		"Неуспешно успостављање везе са „%{server}“. Можда постоји проблем са мрежом.",                                                      // sr-Cyrl
		"Neuspešno uspostavljanje veze sa „%{server}“. Možda postoji problem sa mrežom.",                                                    // sr-Latn
		"Det gick inte att upprätta en anslutning med \"%{server}\". Det kan finnas ett problem med nätverket.",                             // sv-SE
		"Haikuweza kuanzisha muunganisho na \"%{seva}\". Kuna weza kuwa na tatizo na mtandao.",                                              // sw
		"இணைப்பை \"%{server}\" உடன் ஏற்ப்படுத்த இயலவில்லை. உங்களுடைய பிணையத்துடன் பிழை இருக்கலாம்.",                                         // ta
		"\"%{server}\" తో సురక్షిత అనుసంధానం ఏర్పరచలేము. మీ నెట్వర్కు లేదా సేవకంతో సమస్య ఉండివుండవచ్చు.",                                    // te
		"ไม่สามารถสร้างการเชื่อมต่อกับ \"%{server}\" เครือข่ายอาจจะมีปัญหา",                                                                 // th
		"\"%{server}\" ile güvenli bir bağlantı kurulamadı. Ağ ile ilgili bir sorun olabilir.",                                              // tr
		"Не вдалося встановити з'єднання з \"%{server}\". Це може бути проблемою мережі.",                                                   // uk
		"\"%{server}\" کے ساتھ کنکشن قائم کرنے میں ناکام۔ نیٹ ورک کے ساتھ مسئلہ ہو سکتا ہے۔",                                                // ur
		"Không thể thiết lập kết nối tới \"%{server}\". Có thể đã có lỗi với mạng của bạn.",                                                 // vi
		"Ayikwazi ukufumana unxibelelwano olukhuselekileyo kunye ne-\"%{server}\". Kungenzeka ukuba kukho ingxaki kwinethiweki.",            // xh
		"Kòle ṣèdásílẹ̀ ìsopọ̀ aláàbò pẹ̀lú \"%{server}\". Ìṣòro léwà pẹ̀lú nẹ́tíwọkì.",                                            // yo
		"无法与“%{server}”建立连接。这可能是网络问题。",                                                                                                      // zh-CN
		"無法與「%{server}」建立連線，您的網路可能有問題。",                                                                                                     // zh-TW
		"Ayikwazi ukwenza ukuxhumeka nge \"%{server}\". Kungenzeka ukuthi kunenkinga ngenethiwekhi yakho noma iseva.",                       // zu
	}},
	{own: true, word: true, key: "setup-error-bad-security", category: CategoryConnectionFailed, outcome: OutcomeDeferred, texts: []string{
		"Unable to establish a secure connection with \"%{server}\". There may be a problem with your network or the server.",                        // en-US en-GB pa
		"Kan nie ’n beveiligde verbinding met \"%{server}\" opstel nie. Daar kan dalk fout wees met jou netwerk of die bediener.",                    // af
		"ግንኙነት መመስረት አልተቻለም ከ \"%{server}\". ጋር ምናልባት የ ኔትዎርክ ችግር ሊኖር ይችላል",                                                                          // am
		"غير قادر على تأسيس اتصال آمن مع \"%{server}\". قد تكون هناك مشكلة مع الشبكة أو الخادم.",                                                     // ar
		"\"%{server}\" ৰ লগত সুৰক্ষিত সংযোগ স্থাপন কৰাত অসমৰ্থ। আপোনাৰ নেটৱৰ্ক অথবা চাৰ্ভাৰত কিবা এটা সমস্যা থাকিব পাৰে।",                            // as
		"Nun pudo afitase una conexón segura con \"%{server}\".  Habrá un problema cola rede o col sirvidor.",                                        // ast
		"Невъзможно сигурно свързване с „%{server}“. Възможен е проблем с мрежата или сървъра.",                                                      // bg
		"\"%{server}\"এর সাথে নিরাপদ সংযোগ স্থাপন করা যাচ্ছে না। এটি আপনার নেটওয়ার্ক বা সার্ভারের সমস্যা হতে পারে।",                                  // bn-BD
		"\"%{server}\" সাথে একটি নিরাপদ সংযোগ স্থাপন করা যায় নি। আপনার নেটওয়ার্ক বা সার্ভার নিয়ে কোনও সমস্যা থাকতে পারে।",                         // bn-IN
		"N'haller ket sevel ur c'hennask diogel ouzh \"%{server}\". Marteze ez eus ur gudenn gant ho rouedad pe an dafariad.",                        // br
		"Nije moguće uspostaviti sigurnu vezu sa \"%{server}\". Možda postoji problem s mrežom ili serverom.",                                        // bs
		"No es pot establir una connexió segura amb «%{server}». Pot haver-hi un problema de xarxa o del servidor.",                                  // ca
		"Nepodařilo se navázat spojení s „%{server}“. Pravděpodobně se jedná o problémy sítě nebo serveru.",                                          // cs
		"Methu creu cysylltiad diogel gyda \"%{server}\". Efallai bod anhawster gyda'ch rhwydwaith neu weinydd.",                                     // cy
		"Kunne ikke oprette en sikker forbindelse til \"%{server}\". Der kan være problemer med din netforbindelse eller med serveren.",              // da
		"Es konnte keine sichere Verbindung mit \"%{server}\" hergestellt werden. Eventuell gibt es ein Problem mit dem Netzwerk oder dem Server.",   // de
		"Njejo móžno wěsty zwisk z \"%{server}\" nawězaś. To jo snaź problem z wašeju seśu abo z wašym serwerom.",                                    // dsb
		"Αποτυχία δημιουργίας ασφαλούς σύνδεσης με τον διακομιστή «%{server}». Μπορεί να υπάρχει πρόβλημα με το δίκτυο σας ή τον διακομιστή.",        // el
		"Ne eblas sekure konektiĝi al \"%{server}\". Eble estas problemo en via reto aŭ en la servilo.",                                              // eo
		"Imposible establecer una conexión segura con \"%{server}\". Habrá un problema con su red o con el servidor.",                                // es
		"Ezin da konexio segurua ezarri \"%{server}\" zerbitzariarekin. Sarearekin edo zerbitzariarekin arazoak egon daitezke.",                      // eu
		"ناتوان در برقراری یک اتّصال امن با «%{server}». ممکن است شبکهٔ شما یا کارگزار مشکلی داشته باشد.",                                            // fa
		"Horiima ñiɓde ceŋol kisngol e \"%{server}\". Maa taw ceŋol maa walla sarworde ndee ena mbaɗi caɗeele.",                                      // ff
		"Ei voitu muodostaa suojattua yhteyttä palvelimeen \"%{server}\". Vika voi johtua verkkoyhteydestäsi tai palvelimesta.",                      // fi
		"Impossible d’établir une connexion sécurisée avec «\u00a0%{server}\u00a0». Il y a peut-être un problème avec le serveur ou votre réseau.",   // fr
		"Kin gjin befeilige ferbining mei ‘%{server}’ opsette. Der is mooglik in probleem mei jo netwurk of de server.",                              // fy-NL
		"Níorbh fhéidir ceangal slán a bhunú le \"%{server}\". Seans go bhfuil fadhb le do líonra nó leis an bhfreastalaí.",                          // ga-IE
		"Cha ghabh ceangal tèarainte a stèidheachadh ri “%{server}”. Dh'fhaoidte gu bheil duilgheadas aig an lìonra agad no aig an fhrithealaichte.", // gd
		"Non é posíbel estabelecer unha conexión segura con \"%{server}\". Pode haber un problema coa súa rede ou co servidor.",                      // gl
		"\"%{server}\" સાથે સુરક્ષિત કનેક્શન અધિષ્ઠાપિત કરવામાં અસમર્થ. તમારા નેટવર્ક અથવા સર્વર સાથે સમસ્યા હોઇ શકે.",                               // gu
		"\"%{server}\" के साथ एक सुरक्षित कनेक्शन स्थापित करने में असमर्थ. आपके संजाल या सर्वर के साथ एक समस्या हो सकती है.",                         // hi-IN
		"Nije moguće uspostaviti sigurnu vezu sa \"%{server}\". Možda postoji problem s vašom mrežom ili poslužiteljem.",                             // hr
		"Njeje móžno wěsty zwisk z \"%{server}\" nawjazać. To je snano problem z wašej syću abo z wašim serwerom.",                                   // hsb
		"Nem hozható létre biztonságos kapcsolat ehhez: „%{server}”. Probléma lehet a hálózattal vagy a kiszolgálóval.",                              // hu
		"Tidak dapat membuat sambungan aman dengan \"%{server}\". Mungkin ada masalah dengan jaringan atau server.",                                  // id
		"Impossibile stabilire una connessione sicura con “%{server}”. Potrebbe trattarsi di un problema della rete oppure del server.",              // it
		"\"%{server}\" サーバとの安全な接続を確立できません。ネットワークまたはサーバに問題がある可能性があります。",                                                                               // ja
		"មិន\u200bអាច\u200bបង្កើត\u200bការ\u200bតភ្ជាប់\u200bសុវត្ថិភាព\u200bជាមួយ \"%{server}\"។ ប្រហែល\u200bមាន\u200bបញ្ហា\u200bជាមួយ\u200bបណ្ដាញ ឬ\u200bម៉ាស៊ីន\u200bមេ\u200bរបស់\u200bអ្នក។", // km
		"\"%{server}\" ಜೊತೆಗೆ ಸುರಕ್ಷಿತ ಸಂಪರ್ಕ ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ನಿಮ್ಮ ನೆಟ್\u200cವರ್ಕ್ ಅಥವಾ ಸರ್ವರಿನಲ್ಲಿ ಏನೋ ತೊಂದರೆಯಿರಬಹುದು.",                                                                         // kn
		"\"%{server}\"와 보안 연결을 할 수 없습니다. 네트워크나 서버의 문제일 수 있습니다.",                                                                                     // ko
		"Tekisobose kutekawo nyunga ennesiimbu ne \"%{server}\". Wayinza okuba waliwo obuzibu n'omutimbagano gwo oba ne'ngabirizi",                  // lg
		"No riêscio a conétime in mòddo segûo a \"%{server}\". Gh'é poriéiva êse di problêmi co-a teu ræ ò server.",                                 // lij
		"Su serveriu %{server} nepavyko užmegzti šifruoto ryšio. Gali būti, jog tai – jūsų tinklo arba serverio problema.",                          // lt
		"Nevar izveidot drošu savienojumu ar \"%{server}\". Varēt būt problēma ar jūsu tīklu vai ar jūsu serveri.",                                  // lv
		"\"%{server}\" क सँग एकटा सुरक्षित कनेक्शन स्थापित करब मे असमर्थ. अहाँक सँजाल अथवा सर्वर क साथ एकटा समस्या भए सकैत अछि.",                    // mai
		"Со \"%{server}\" не може да се воспостави безбедна врска. Можеби има проблем со серверот или со мрежата.",                                  // mk
		"\"%{server}\" ലേക്ക് സുരക്ഷിത ബന്ധം സ്ഥാപിക്കാനായില്ല. സെര്\u200dവ്വറിലോ നെറ്റ്\u200cവര്\u200dക്കിലോ പ്രശ്നമുണ്ടെന്ന് തോന്നുന്നു.",         // ml
		"\"%{server}\" सोबत सुरक्षित जोडणी होऊ शकली नाही. नेटवर्क किंवा सर्व्हर वर काही समस्या असू शकते.",                                           // mr
		"Tidak dapat menubuhkan sambungan selamat ke \"%{server}\". Mungkin terdapat masalah pada rangkaian atau pelayan anda.",                     // ms
		"လုံခြုံသော ချိတ်ဆက်မှူ အား \"%{server}\" နှင့် ချိတ်ဆက်မရပါ။ သင့်ဆာဗာပေါ်တွင် ချိတ်ဆက်မှူ ပြသာနာတစ်ခု ရှိနေသှ်။",                           // my
		"Kan ikke opprette en sikker forbindelse med \"%{server}\". Det kan være et problem med nettverket eller serveren.",                         // nb-NO
		"\"%{server}\"सँग सुरक्षित जडान गर्न असफल | तपाईको सञ्जाल वा सर्भरमा समस्या हुन सक्छ |",                                                     // ne-NP
		"Kan geen beveiligde verbinding met ‘%{server}’ opzetten. Er is mogelijk een probleem met uw netwerk of de server.",                         // nl
		"\"%{server}\" ସହ ଏକ ସ୍ଥିର ସଂଯୋଗ ସ୍ଥାପନ କରିବାରେ ବିଫଳ । ଏହି ସର୍ଭର ଅବା ଆପଣଙ୍କ ନେଟୱାର୍କରେ କିଛି ଅସୁବିଧା ଥାଇପାରେ ।",                              // or
		"Nie udało się nawiązać bezpiecznego połączenia z\u00a0serwerem „%{server}”. Może to być winą połączenia sieciowego lub serwera.",           // pl
		"Não foi possível estabelecer uma conexão segura com \"%{server}\". Pode haver um problema na sua rede ou no servidor.",                     // pt-BR
		"Não foi possível estabelecer uma ligação segura com \"%{server}\". Pode ser um problema com a sua rede ou com o servidor.",                 // pt-PT
		"Nu s-a putut stabili o conexiune securizată cu „%{server}”. S-ar putea să fie o problemă cu rețeaua sau serverul.",                         // ro
		"Не удалось установить защищённое соединение с \"%{server}\". Возможно, возникла проблема с вашей сетью или с сервером.",                    // ru
		"\"%{server}\" සමඟින් ආරක්ෂා සහිත සම්බන්ධතාවයක් පිහිටුවා ගැනීමට නොහැකියි. සේවාදායකයේ හෝ ඔබගේ ජාලයේ යම් කිසි දෝශයක් තිබිය හැක.",              // si
		"Nie je možné vytvoriť zabezpečené spojenie so serverom \"%{server}\". Problém môže byť na strane servera alebo v sieti.",                   // sk
		"Ni mogoče vzpostaviti varne povezave s strežnikom \"%{server}\". Morda je prišlo do težave v vašem omrežju ali na strežniku.",              // sl
		"Ši hin ka dobuyan saajante tee \"%{server}\" ga. Šenday ga hima ka bara war sankaa wala feršikaa ga.",                                      // son
		"S’arrin të vendosë një lidhje të sigurt me \"%{server}\". Mund të ketë ndonjë problem me rrjetin ose shërbyesin tuaj.",                     // sq
		"Није могуће успоставити безбедну везу са „%{server}“. Можда имате потешкоћа са мрежом или сервером.",                                       // sr-Cyrl
		"Nije moguće uspostaviti bezbednu vezu sa „%{server}“. Možda imate poteškoća sa mrežom ili serverom.",                                     // sr-Latn
		"Det gick inte att upprätta en säker anslutning med \"%{server}\". Det kan vara problem med nätverket eller servern.",                       // sv-SE
		"Imeshindwa kuanzisha muunganisho salama na \"%{server}\".Kunaweza kuwa na tatizo na mtandao au sava yako.",                                 // sw
		"பாதுகாப்பான இணைப்பை \"%{server}\" உடன் ஏற்ப்படுத்த இயலவில்லை. உங்களுடைய பிணையத்துடனோ அல்லது சேவகனுடனோ பிழை இருக்கலாம்.",                  // ta
		"\"%{server}\" తో సురక్షిత అనుసంధానం ఏర్పరచలేము. మీ నెట్వర్కు లేదా సేవకంతో సమస్య ఉండివుండవచ్చు.",                                            // te
		"ไม่สามารถสร้างการเชื่อมต่อแบบปลอดภัยกับ \"%{server}\" เครือข่ายของคุณหรือเซิร์ฟเวอร์อาจจะมีปัญหา",                                          // th
		"Hindi makakuha ng maayos na kuneksyon mula sa \"%{server}\". Maaaring mayroong problema sa network o sa server.",                           // tl
		"\"%{server}\" ile güvenli bir bağlantı kurulamadı. Ağınızla veya sunucunuzla ilgili bir sorun olabilir.",                                   // tr
		"Не вдалося встановити безпечне з'єднання з \"%{server}\". Це може бути проблемою вашої мережі чи сервера.",                                 // uk
		"\"%{server}\" کے ساتھ محفوظ کنکشن قائم کرنے میں ناکام۔ آپ کے نیٹ ورک یا پیش کار کے ساتھ مسئلہ ہو سکتا ہے۔",                                 // ur
		"Không thể thiết lập kết nối an toàn tới \"%{server}\". Có thể đã xảy ra lỗi với đường truyền hoặc máy chủ.",                                // vi
		"Ayikwazi ukufumana unxibelelwano olukhuselekileyo kunye ne-\"%{server}\". Kungenzeka ukuba kukho ingxaki kwinethiweki okanye iseva yakho.", // xh
		"Kòle ṣèdásílẹ̀ ìsopọ̀ aláàbò pẹ̀lú \"%{server}\". Ìṣòro léwà pẹ̀lú nẹ́tíwọkì rẹ tàbí sáfà.",                                   // yo
		"无法与“%{server}”建立安全连接。这可能是您的网络，或者该服务器的问题。",                                                                                                  // zh-CN
		"無法與「%{server}」建立安全連線。您的網路或該伺服器可能有問題。",                                                                                                      // zh-TW
		"Ayikwazi ukwenza ukuxhumeka nge \"%{server}\". Kungenzeka ukuthi kunenkinga ngenethiwekhi yakho noma iseva.",                               // zu
	}},
	{own: true, word: true, key: "setup-error-server-problem", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"There is a problem with the server \"%{server}\". Try again later.",                                            // en-US en-GB pa
		"Daar is ’n probleem met die bediener \"%{server}\". Probeer weer later.",                                       // af
		"በ ሰርቨሩ በኩል ስህተት አለ \"%{server}\". እባክዎን ትንሽ ቆይተው ይሞክሩ",                                                         // am
		"يوجد مشكلة مع الخادم \"%{server}\". حاول مرة اخرى لاحقا.",                                                      // ar
		"চাৰ্ভাৰ \"%{server}\"ত কিবা এটা সমস্যা আছে। কিছু সময়ৰ পাছত পুনৰ চেষ্টা কৰক।",                                   // as
		"Hai un problema con \"%{server}\". Prueba de nueves pasaos unos minutos.",                                      // ast
		"Има проблем с „%{server}“. Опитайте по-късно.",                                                                 // bg
		"\"%{server}\" সার্ভারে কিছু একটা সমস্যা হয়েছে। পরে আবার চেষ্টা করুন।",                                          // bn-BD
		"\"%{server}\" সার্ভার এ কিছু সমস্যা অছে। পরে আবার চেষ্টা করুন।",                                                // bn-IN
		"Bez ez eus ur gudenn gant an dafariad \"%{server}\". Klaskit en-dro diwezhatoc'h.",                             // br
		"Došlo je do problema sa serverom \"%{server}\". Pokušajte ponovo kasnije.",                                     // bs
		"Hi ha un problema amb el servidor «%{server}». Torneu-ho a provar més tard.",                                   // ca
		"Vyskytl se problém s „%{server}“. Zkuste to znovu později.",                                                    // cs
		"Mae anhawster gyda gweinydd \"%{server}\". Ceisiwch eto.",                                                      // cy
		"Der opstod et problem med serveren \"%{server}\". Prøv igen senere.",                                           // da
		"Es tritt ein Problem mit dem Server \"%{server}\" auf. Versuchen Sie es später erneut.",                        // de
		"Jo problem ze serwerom \"%{server}\". Wopytajśo pózdźej hyšći raz.",                                            // dsb
		"Υπάρχει πρόβλημα με τον διακομιστή «%{server}». Δοκιμάστε ξανά αργότερα.",                                      // el
		"Estas problemo kun la servilo \"%{server}\". Klopodu denove poste.",                                            // eo
		"Hay un problema con \"%{server}\". Pruebe de nuevo pasados unos minutos.",                                      // es
		"Arazo bat dago \"%{server}\" zerbitzariarekin. Saiatu berriro geroago.",                                        // eu
		"کارگزار «%{server}» مشکلی دارد. بعداً دوباره تلاش کنید.",                                                       // fa
		"Caɗeele ena ngoodi e sarworde \"%{server}\". Eto kadi so ɓooyii.",                                              // ff
		"Palvelimen \"%{server}\" kanssa on ongelmia. Yritä myöhemmin uudestaan.",                                       // fi
		"Il y a un problème avec le serveur «\u00a0%{server}\u00a0». Veuillez réessayer plus tard.",                     // fr
		"Der is in probleem mei de server ‘%{server}’. Probearje it letter nochris.",                                    // fy-NL
		"Tharla fadhb le freastalaí \"%{server}\". Bain triail eile as ar ball.",                                        // ga-IE
		"Tha duilgheadas aig an fhrithealaichte \"%{server}\". Feuch ris a-rithist an ceann greis.",                     // gd
		"Hai un problema co servidor \"%{server}\". Tente de novo máis tarde.",                                          // gl
		"સર્વર \"%{server}\" સાથે સમસ્યા છે. પછી ફરીથી પ્રયાસ કરો.",                                                     // gu
		"यह \"%{server}\" सर्वर के साथ एक समस्या है. बाद में फिर से कोशिश करें.",                                        // hi-IN
		"Postoji problem s poslužiteljem \"%{server}\". Pokušajte ponovno kasnije.",                                     // hr
		"Je problem ze serwerom \"%{server}\". Spytajće pozdźišo hišće raz.",                                            // hsb
		"Probléma van ezzel a kiszolgálóval: „%{server}”. Próbálja újra később.",                                        // hu
		"Ada masalah dengan server \"%{server}\". Coba lagi nanti.",                                                     // id
		"Si è verificato un problema con il server “%{server}”. Riprovare più tardi.",                                   // it
		"\"%{server}\" サーバに問題があります。後で再度試してください。",                                                                        // ja
		"មាន\u200bបញ្ហា\u200bជាមួយ\u200bម៉ាស៊ីន\u200bមេ \"%{server}\"។ ព្យាយាម\u200bម្ដង\u200bទៀត\u200bពេល\u200bក្រោយ។", // km
		"\"%{server}\"ನಲ್ಲಿ ಏನೋ ತೊಂದರೆಯಿದೆ. ಮತ್ತೊಮ್ಮೆ ಪ್ರಯತ್ನಿಸಿ.",                                                      // kn
		"\"%{server}\"와 연결하는 데 문제가 있습니다. 나중에 다시 시도해 보십시오.",                                                              // ko
		"Waliwo obuzibu nengabirizi ya \"%{server}\". Gezaako edda.",                                                    // lg
		"Gh'é 'n problêma co-o server \"%{server}\". Prêuva dòppo.",                                                     // lij
		"Užmezgant ryšį su serveriu %{server}, iškilo problema. Bandykite jungtis vėliau.",                              // lt
		"Ir problēma ar \"%{server}\" serveri. Mēģiniet vēlreiz vēlāk.",                                                 // lv
		"ई \"%{server}\" सर्वर क सँग एकटा समस्या अछि. बाद मे फेर सँ कोसिस करू.",                                         // mai
		"Има проблем со серверот \"%{server}\". Подоцна обидете се повторно.",                                           // mk
		"\"%{server}\" എന്ന സര്\u200dവറില്\u200d എന്തോ തകരാര്\u200d. പിന്നീടു് ശ്രമിയ്ക്കുക.",                           // ml
		"\"%{server}\" सोबत काही समस्या आहे. पुन्हा प्रयत्न करा.",                                                       // mr
		"Terdapat masalah dengan pelayan \"%{server}\". Cuba lagi nanti.",                                               // ms
		"လုံခြုံသော ချိတ်ဆက်မှူအား \"%{server}\" ဖြင့်မလုပ်နိုင်ပါ။ ပြန်ထပ်လုပ်ပါ။",                                     // my
		"Det er et problem med serveren \"%{server}\". Prøv igjen senere.",                                              // nb-NO
		"\"%{server}\"मा समस्या छ | पुन प्रयास गर्नुहोस् |",                                                             // ne-NP
		"Er is een probleem met de server ‘%{server}’. Probeer het later nog eens.",                                     // nl
		"\"%{server}\"ରେ କିଛି ତ୍ରୁଟି ରହିଛି । କିଛି ସମୟ ଛାଡ଼ି ଚେଷ୍ଟାକରନ୍ତୁ ।",                                             // or
		"Serwer „%{server}” ma problemy. Spróbuj ponownie później.",                                                     // pl
		"Há um problema no servidor \"%{server}\". Tente novamente mais tarde.",                                         // pt-BR
		"Existe um problema com o servidor \"%{server}\". Tente novamente mais tarde.",                                  // pt-PT
		"Este o problemă cu serverul „%{server}”. Reîncearcă mai târziu.",                                               // ro
		"Возникла проблема с сервером \"%{server}\". Повторите попытку позже.",                                          // ru
		"\"%{server}\" සේවාදායකය හී යම් දෝශයක්. පසුව උත්සාහ කරන්න.",                                                     // si
		"Pri komunikácii so serverom \"%{server}\" sa vyskytla chyba. Skúste to neskôr.",                                // sk
		"Prišlo je do težave s strežnikom \"%{server}\". Poskusite znova pozneje.",                                      // sl
		"Šenday ga bara \"%{server}\" feršikaa ga. Ceeci koyne kayna.",                                                  // son
		"Ka një problem me shërbyesin \"%{server}\". Riprovoni më vonë.",                                                // sq
		"Сервер „%{server}“ има потешкоће. Покушајте поново касније.",                                                   // sr-Cyrl
		"Server „%{server}“ ima poteškoće. Pokušajte ponovo kasnije.",                                                  // sr-Latn
		"Det finns ett problem med servern \"%{server}\". Försök igen senare.",                                          // sv-SE
		"Kuna hitlafu na seva \"%{sava}\". Jaribu tena baadaye.",                                                        // sw
		"\"%{server}\" சேவகனில் பிழை. பிறகு முயற்சிக்கவும்.",                                                            // ta
		"సేవకం \"%{server}\" తో సమస్యవుంది. మరలా తిరిగి ప్రయత్నించు.",                                                   // te
		"เกิดปัญหากับเซิร์ฟเวอร์ \"%{server}\" ลองอีกครั้งในภายหลัง",                                                    // th
		"Mayroong problema sa server \"%{server}\". Subukang muli mamaya.",                                              // tl
		"\"%{server}\" sunucusuyla ilgili bir sorun var. Daha sonra tekrar deneyin.",                                    // tr
		"Виникла проблема з сервером \"%{server}\". Спробуйте знову пізніше.",                                           // uk
		"پیش کار \"%{server}\" کے ساتھ ایک مسئلہ ہے۔ کچھ دیر بعد دوبارہ کوشش کریں۔",                                     // ur
		"Có lỗi xảy ra với máy chủ \"%{server}\". Vui lòng thử lại sau.",                                                // vi
		"Kukho ingxaki kwiseva \"%{server}\". Nceda uzame kamva.",                                                       // xh
		"Ìṣòro wà pẹ̀lú sáfa \"%{server}\". Tún gbìyànjú bóyá.",                                              // yo
		"与服务器“%{server}”有一个问题。请稍后重试。",                                                                                   // zh-CN
		"「%{server}」有點問題，請稍後再試試看。",                                                                                      // zh-TW
		"Kunenkinga nge \"%{server}\". Phinda uzame emva kwesikhathi.",                                                  // zu
	}},
	{own: true, word: true, key: "setup-error-server-maintenance", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"The server \"%{server}\" is offline for maintenance. Try again later.",                                          // en-US en-GB pa
		"Die bediener \"%{server}\" is vanlyn vir instandhouding. Probeer weer later.",                                   // af
		"ይህ ሰርቨር \"%{server}\" ለጥገና ከ መስመር ውጪ ነው: ትንሽ ቆይተው እንደገና ይሞክሩ",                                                   // am
		"الخادم \"%{server}\" غير متصل للصيانة. حاول مرة اخرى لاحقا.",                                                    // ar
		"\"%{server}\" চাৰ্ভাৰটো তত্বাৱধানৰ বাবে অফলাইন হৈ আছে। পাছত পুনৰ চেষ্টা কৰক।",                                   // as
		"\"%{server}\" nun tien conexón darréu de xeres de caltenimientu. Prueba de nueves pasaos unos minutos.",         // ast
		"Сървърът „%{server}“ е изключен за поддръжка. Опитайте по-късно.",                                               // bg
		"সার্ভারটি \"%{server}\" মেরামত কাজের জন্য অফলাইন আছে। কিছুক্ষণ পর আবার চেষ্টা করুন।",                            // bn-BD
		"সার্ভার \"%{server}\" রক্ষণাবেক্ষণের জন্য অফলাইন। পরে আবার চেষ্টা করুন।",                                        // bn-IN
		"Ezlinenn eo an dafariad \"%{server}\" evit trezalc'h. Klaskit en-dro diwezhatoc'h.",                             // br
		"Server \"%{server}\" je offline zbog održavanja. Pokušajte ponovo kasnije.",                                     // bs
		"El servidor «%{server}» està fora de línia per manteniment. Torneu-ho a provar més tard.",                       // ca
		"Server „%{server}“ je offline z důvodů údržby. Zkuste to znovu později.",                                        // cs
		"Mae'r gweinydd \"%{server}\" all-lein ac yn cael ei drwsio. Ceisiwch eto.",                                      // cy
		"Serveren \"%{server}\" er offline pga. vedligeholdelse. Prøv igen senere.",                                      // da
		"Der Server \"%{server}\" ist wegen Wartungsarbeiten offline. Versuchen Sie es später erneut.",                   // de
		"Serwer \"%{server}\" jo offline za wótwardowanje. Wopytajśo pózdźej hyšći raz.",                                 // dsb
		"Ο διακομιστής «%{server}» είναι εκτός δικτύου για συντήρηση. Παρακαλούμε προσπαθήστε αργότερα.",                 // el
		"La servilo \"%{server}\" estas malkonektita pro bonteno. Klopodu denove poste.",                                 // eo
		"\"%{server}\" no tiene conexión debido a tareas de mantenimiento. Pruebe de nuevo pasados unos minutos.",        // es
		"\"%{server}\" zerbitzaria lineaz kanpo dago mantenu-lanengatik. Saiatu berriro geroago.",                        // eu
		"کارگزار «%{server}» برای تعمیر، برون\u200cخط است. بعداً دوباره تلاش کنید.",                                      // fa
		"Sarworde \"%{server}\" woni ko e ceŋtol ngam feewniteede. Eto kadi so ɓooyii.",                                  // ff
		"Palvelin \"%{server}\" on pois verkosta huollettavana. Yritä uudestaan myöhemmin.",                              // fi
		"Le serveur «\u00a0%{server}\u00a0» est hors connexion pour cause de maintenance. Veuillez réessayer plus tard.", // fr
		"De server ‘%{server}’ is offline foar ûnderhâld. Probearje it letter nochris.",                                  // fy-NL
		"Tá freastalaí \"%{server}\" as líne faoi láthair chun cothabháil a dhéanamh air. Bain triail as ar ball.",       // ga-IE
		"Tha am frithealaiche \"%{server}\" far loidhne 's e ri obar-chàraidh. Feuch ris a-rithist an ceann greis.",      // gd
		"O servidor \"%{server}\" non está dispoñíbel por mantemento. Tente de novo máis tarde.",                         // gl
		"સર્વર \"%{server}\" એ જાળવણી માટે ઑફલાઇન છે. પછી ફરીથી પ્રયાસ કરો.",                                             // gu
		"सर्वर \"%{server}\" देखभाल के लिए ऑफ़लाइन है. बाद में फिर से कोशिश करें.",                                       // hi-IN
		"U tijeku je održavanje poslužitelja \"%{server}\". Pokušajte ponovno kasnije.",                                  // hr
		"Serwer \"%{server}\" je offline za wothladowanje. Spytajće pozdźišo hišće raz.",                                 // hsb
		"A(z) „%{server}” karbantartás miatt nem érhető el. Próbálja újra később.",                                       // hu
		"Server \"%{server}\" sedang luring untuk pemeliharaan. Coba lagi nanti.",                                        // id
		"Il server “%{server}” non è disponibile per manutenzione. Riprovare più tardi.",                                 // it
		"\"%{server}\" サーバがメンテナンス中のためオフラインです。後で再度試してください。",                                                               // ja
		"ម៉ាស៊ីនមេ \"%{server}\" គឺ\u200bនៅ\u200bក្រៅ\u200bបណ្ដាញ\u200bសម្រាប់\u200bការថែទាំ។ ព្យាយាម\u200bម្ដង\u200bទៀត\u200bពេល\u200bក្រោយ។", // km
		"ನಿರ್ವಹಣೆಗಾಗಿ \"%{server}\" ಆಫ್\u200cಲೈನ್\u200c ಆಗಿದೆ. ನಂತರ ಪ್ರಯತ್ನಿಸಿ.",                                                               // kn
		"\"%{server}\" 서버가 점검을 위해 오프라인입니다. 나중에 다시 시도해 보십시오.",                                                                                   // ko
		"Ekyuma ekigabirii \"%{server}\" tekiliiko kili mukuddabirizibwa. Gezaako edda.",                                                       // lg
		"O server \"%{server}\" o l'é fêua lìnia pe manotençión. Prêuva dòppo.",                                                                // lij
		"Serveris %{server} šiuo metu atjungtas nuo tinklo ir tvarkomas. Bandykite jungtis vėliau.",                                            // lt
		"\"%{server}\" serveris ir bezsaistes apkopei. Mēģiniet vēlreiz vēlāk.",                                                                // lv
		"सर्वर \"%{server}\" देखभाल कलेल आफलाइन अछि. बाद मे फेर सँ कोसिस करू.",                                                                 // mai
		"Серверот \"%{server}\" е недостапен заради одржување. Подоцна обидете се повторно.",                                                   // mk
		"സര്\u200dവര്\u200d \"%{server}\" പുതുക്കല്\u200d പ്രവര്\u200dത്തനത്തിലാണു്. പിന്നീടു് വീണ്ടും ശ്രമിയ്ക്കുക.",                          // ml
		"\"%{server}\" सद्या दुरूस्तीसाठी ऑफलाइन आहे. पुन्हा प्रयत्न करा.",                                                                     // mr
		"Pelayan \"%{server}\" diluar talian kerana penyelenggaraan. Cuba lagi nanti.",                                                         // ms
		"ဆာဗာ \"%{server}\" သည် ပြင်ဆင်ရန်အတွက် ပိတ်ထားသှ်။ နောက်မှပြန်ကြိုးစားပါ။",                                                            // my
		"Serveren \"%{server}\" er frakoblet for vedlikehold. Prøv igjen senere.",                                                              // nb-NO
		"यस सरभर \"%{server}\" सुधार्नका लागि अफलाइन छ | पछि पुन प्रयास गर्नुहोस् |",                                                           // ne-NP
		"De server ‘%{server}’ is offline voor onderhoud. Probeer het later nog eens.",                                                         // nl
		"\"%{server}\" ରକ୍ଷଣାବେକ୍ଷଣା କାମ ପାଇଁ ଏବେ ଅଫଲାଇନରେ ରହିଛି । ଟିକେ ପରେ ଚେଷ୍ଟାକରନ୍ତୁ ।",                                                    // or
		"Serwer „%{server}” jest niedostępny z\u00a0powodu konserwacji. Spróbuj ponownie później.",                                             // pl
		"O servidor \"%{server}\" está em manutenção. Tente novamente mais tarde.",                                                             // pt-BR
		"O servidor \"%{server}\" está desligado para manutenção. Tente novamente mais tarde.",                                                 // pt-PT
		"Serverul „%{server}” este offline pentru mentenanță. Reîncearcă mai târziu.",                                                          // ro
		"Сервер \"%{server}\" отключён для проведения технического обслуживания. Повторите попытку позже.",                                     // ru
		"\"%{server}\" සේවාදායකය නඩත්තු කටයුතු සඳහා මාර්ග අපගත තත්වයේ ඇත. පසුව උත්සාහ කරන්න.",                                                  // si
		"Práve prebieha údržba servera \"%{server}\". Skúste to neskôr.",                                                                       // sk
		"Strežnik \"%{server}\" zaradi vzdrževalnih del ni dosegljiv. Poskusite pozneje.",                                                      // sl
		"Ši ciyari ra za \"%{server}\" feršikaa goo ma hansandi. Ceeci koyne kayna.",                                                           // son
		"Shërbyesi \"%{server}\" është jashtë funksionimi, për mirëmbajtje. Riprovoni më vonë.",                                                // sq
		"Сервер „%{server}“ је ван мреже због одржавања. Покушајте поново касније.",                                                            // sr-Cyrl
		"Server „%{server}“ je van mreže zbog održavanja. Pokušajte ponovo kasnije.",                                                           // sr-Latn
		"Servern \"%{server}\" är nedkopplad för underhåll. Försök igen senare.",                                                               // sv-SE
		"Sava \"%{sava}\" iko nje ya mtandao kwa matengenezo. Jaribu tena baadaye.",                                                            // sw
		"சேவகன் \"%{server}\" பரமாரிப்புக்காக செயலாக்கத்தில் இல்லை. பிறகு மீண்டும் முயற்சி செய்.",                                              // ta
		"\"%{server}\" సేవకం నిర్వహణ నిమిత్తం ఆఫ్\u200cలైనులో ఉంది. కాసేపాగి ప్రయత్నించండి.",                                                   // te
		"เซิร์ฟเวอร์ \"%{server}\" กำลังออฟไลน์เพื่อบำรุงรักษา ลองอีกครั้งในภายหลัง",                                                           // th
		"\"%{server}\" sunucusu bakım nedeniyle çevrimdışı. Daha sonra tekrar deneyin.",                                                        // tr
		"Сервер \"%{server}\" недоступний у зв'язку із обслуговуванням. Спробуйте знову пізніше.",                                              // uk
		"پیش کار \"%{server}\" بحالی کے لئے آف لائن ہے. کچھ دیر بعد دوبارہ کوشش کریں۔",                                                         // ur
		"Máy chủ \"%{server}\" đang offline để bảo trì. Vui lòng thử lại sau.",                                                                 // vi
		"Iseva \"%{server}\" ayikho kwi-intanethi ngenxa yolungiso. Nceda uzame kamva.",                                                        // xh
		"Sáfà náà \"%{server}\" wà ní àìsílóníforíkorí fún ìbójútó. Tún gbìyànjú bóyá.",                                          // yo
		"服务器“%{server}”处于离线状态以便维护。请稍后重试。",                                                                                                      // zh-CN
		"「%{server}」伺服器離線維護中，請稍後再試一次。",                                                                                                         // zh-TW
		"Iseva \"%{server}\" ayikho emoyeni njengoba isalungiswa. Phinda uzame emva kwesikhathi.",                                              // zu
	}},
	{own: true, key: "setup-error-bad-user-or-pass2", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Invalid username or password. Check for typos.",                                             // en-US en-GB pa
		"Ongeldige gebruikersnaam of wagwoord. Kontroleer vir tikfoute.",                             // af
		"ዋጋ የሌለው የ ተጠቃሚ ስም: የ ፊደል ስህተት ካለ ይመርምሩ",                                                     // am
		"اسم المستخدم وكلمة السِّر غير معرّفة. اكتشف الأخطاء المطبعية.",                              // ar
		"অবৈধ ব্যৱহাৰকাৰীনাম অথবা পাছৱৰ্ড। ভুল বানানৰ বাবে নিৰীক্ষণ কৰক।",                            // as
		"Usuariu o contraseña non válidos. Compruébalos.",                                            // ast
		"Грешно потребителско име или парола. Проверете за грешки.",                                  // bg
		"ব্যবহারকারীর নাম বা পাসওয়ার্ড কার্যকর নয়। বানান পরীক্ষা করুন।",                              // bn-BD
		"ব্যবহারকারীর নাম বা পাসওয়ার্ড কার্যকর নয়। লিখতে ভুল হল কি?",                                 // bn-IN
		"Anv arveriad pe ger-tremen didalvoudek. Gwiriit ar reizhskrivañ.",                           // br
		"Pogrešno korisničko ime ili lozinka. Provjerite da li ste tačno unijeli podatke.",           // bs
		"Nom d'usuari o contrasenya no vàlids. Comproveu si hi ha errors.",                           // ca
		"Neplatné uživatelské jméno nebo heslo",                                                      // cs
		"Enw defnyddiwr neu gyfrinair annilys. Gwiriwch eich teipio.",                                // cy
		"Ugyldigt brugernavn eller adgangskode. Kontroller for tastefejl.",                           // da
		"Benutzername oder Passwort sind ungültig. Bitte überprüfen Sie die Angaben auf Tippfehler.", // de
		"Njepłaśiwe wužywarske mě abo gronidło. Pšosym pśeglědajśo za pisańskimi zmólkami.",          // dsb
		"Λάθος όνομα χρήστη ή κωδικός. Ελέγξτε για τυπογραφικά λάθη.",                                // el
		"Nevalida pasvorto aŭ nomo de uzanto. Kontrolu ĉu estas tajperaro.",                          // eo
		"Usuario o contraseña no válido. Compruébelos.",                                              // es
		"Erabiltzaile-izen edo pasahitz baliogabea. Egiaztatu ondo idatzi duzula.",                   // eu
		"نام کاربری یا گذرواژهٔ نامعتبر. اشتباهات نوشتاری را بررسی کنید.",                            // fa
		"Innde kuutoro walla finnde moƴƴaani. Ƴeewto binndol.",                                       // ff
		"Virheellinen käyttäjätunnus tai salasana. Tarkista kirjoitusvirheet.",                       // fi
		"Nom d’utilisateur ou mot de passe incorrect. Veuillez vérifier ces informations.",           // fr
		"Unjildige brûkersnamme of wachtwurd. Kontrolearje op typflaters.",                           // fy-NL
		"Ainm úsáideora nó focal faire mícheart. Botún cló?",                                         // ga-IE
		"Tha an t-ainm no am facal-faire cearr. Dèan cinnteach nach eil mearachd ann.",               // gd
		"Usuario ou contrasinal incorrecto. Compróbeos.",                                             // gl
		"અયોગ્ય વપરાશકર્તાનામ અથવા પાસવર્ડ. જોડણી માટે ચકાસો.",                                       // gu
		"अमान्य उपयोगकर्ता नाम या पासवर्ड. टाइपो के लिए जाँच करें.",                                  // hi-IN
		"Netočno korisničko ime ili lozinka. Provjerite jeste točno upisali podatke.",                // hr
		"Njepłaćiwe wužiwarske mjeno abo hesło. Prošu přepruwujće za pisanskimi zmylkami.",           // hsb
		"Érvénytelen felhasználónév vagy jelszó, ellenőrizze.",                                       // hu
		"Nama pengguna atau sandi salah. Periksa salah ketik.",                                       // id
		"Nome utente o password non corretti. Verificare eventuali errori.",                          // it
		"ユーザ名またはパスワードが違います。入力を確認してください。",                                                             // ja
		"ឈ្មោះ\u200bអ្នក\u200bប្រើ និង\u200bពាក្យ\u200bសម្ងាត់\u200bមិន\u200bត្រឹមត្រូវ។ ពិនិត្យ\u200bការ\u200bវាយ។", // km
		"ತಪ್ಪಾದ ಬಳಕೆದಾರಹೆಸರು ಅಥವ ಗುಪ್ತಪದ. ಕಾಗುಣಿತವನ್ನು ಪರಿಶೀಲಿಸಿ.",                                                   // kn
		"사용자명이나 암호가 유효하지 않습니다. 오타가 있는지 확인해 보십시오.",                                                                    // ko
		"Elinya lwokozesa oba ekigambo kyo ekye'kyaama kikyaamu. Kebela mumpandiika.",                                // lg
		"Nómme uténte ò paròlla segrêta sbaliæ. Contròlla.",                                                          // lij
		"Neteisingas abonento vardas arba slaptažodis. Patikslinkite ir bandykite dar kartą.",                        // lt
		"Nepareizs lietotājvārds vai parole. Lūdzu pārbaudiet tos.",                                                  // lv
		"अमान्य उपयोगकर्ता नाम अथवा गुड़किल्ली. टाइपो कलेल जाँच करू.",                                                // mai
		"Погрешно корисничко име или лозинка. Проверете за грешки.",                                                  // mk
		"ഉപയോക്തൃനാമമോ രഹസ്യവാക്കോ തെറ്റാണ്. അക്ഷരത്തെറ്റ് പരിശോധിക്കുക.",                                            // ml
		"अवैध वापरकर्ता किंवा पासवर्ड. टंकलेखन चुका तपासा.",                                                          // mr
		"Nama pengguna atau kata laluan tidak sah. Periksa kesilapan ejaan.",                                         // ms
		"မရှိသော သုံးဆွဲသူ သို့ စကားဝှက် ဖြစ်နေသှ်၊ စာလုံးပေါင်းစစ်ပေးပါ",                                            // my
		"Ugyldig brukernavn eller passord. Se etter skrivefeil.",                                                     // nb-NO
		"अमान्य प्रयोगकर्ता नाम वा पासवर्ड | त्रुटीहरु जाँच्नुहोस् |",                                                // ne-NP
		"Ongeldige gebruikersnaam of wachtwoord. Controleer op typefouten.",                                          // nl
		"ସଭ୍ୟ ନାମ ଓ ପାସୱାର୍ଡ଼ ଅବୈଧ । ବନାନ ପରଖିନିଅନ୍ତୁ ।",                                                             // or
		"Nieprawidłowa nazwa użytkownika lub hasło - może wkradła się literówka?",                                    // pl
		"Nome de usuário ou senha inválido.",                                                // pt-BR
		"Nome de utilizador ou palavra-passe inválidos. Verifique os dados.",                // pt-PT
		"Nume de utilizator sau parolă invalide. Verifică greșelile.",                       // ro
		"Неверное имя пользователя или пароль. Проверьте, нет ли опечаток.",                 // ru
		"පරිශීලක නාමය හෝ මුරපදය වැරදිය. නැවත උත්සහ කරන්න.",                                  // si
		"Neplatné používateľské meno alebo heslo. Overte ich platnosť.",                     // sk
		"Uporabniško ime ali geslo ni pravilno.",                                            // sl
		"Goykaw maa wala šennikufal laala. Hantum firka koroši.",                            // son
		"Emër përdoruesi ose fjalëkalim i pavlefshëm. Kontrollojini për gabime shkrimi.",    // sq
		"Неисправно корисничко име или лозинка. Проверите има ли грешака у писању.",         // sr-Cyrl
		"Neispravno korisničko ime ili lozinka. Proverite ima li grešaka u pisanju.",        // sr-Latn
		"Ogiltigt användarnamn eller lösenord. Kontrollera skrivfel.",                       // sv-SE
		"Jina la mtumiaji au neno la siri batili. Angalia makosa.",                          // sw
		"செல்லாத பயனர்பெயர் / கடவுச்சொல். உள்ளிட்டதை சரிபார்.",                              // ta
		"వాడుకరిపేరు లేదా సంకేతపదం తప్పు. టైపాటులను సరిచూసుకోండి.",                          // te
		"ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ตรวจสอบการสะกด",                                   // th
		"Mali ang username o password. Baka mali ang iyong pagbaybay.",                      // tl
		"Geçersiz kullanıcı adı veya parola. Yazım hatalarını denetleyin.",                  // tr
		"Неправильне ім'я користувача чи пароль. Перевірте введення.",                       // uk
		"ناجائز صارف نام یا پاس ورڈ۔ ہجے پڑتال کریں۔",                                       // ur
		"Tên tài khoản hoặc mật khẩu không đúng. Vui lòng kiểm tra lại .",                   // vi
		"Igama lomsebenzisi okanye ipasiwedi engasebenziyo. Jonga iimpazamo zokuchwetheza.", // xh
		"Orúkọ aṣàmúlò tí kò kójú òsùnwọ̀n tàbí ọ̀rọ̀ aṣínà. Ṣàyẹ̀wò àsìsè títẹ̀.",   // yo
		"Nakap mkel dizh ko lu ta niey. Güi xha mud kel liy.",                               // zam
		"无效的用户名或密码。请检查是否输入有误。",                                                              // zh-CN
		"無效的使用者名稱或密碼，請檢查有沒有打錯。",                                                             // zh-TW
		"Igama lomsebenzisi noma i-password engasebenzi. Hlola ukuthi awekho amaphutha.",    // zu
	}},
	{own: true, key: "setup-bad-password", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"We could not sign in to the server. Maybe your password is wrong?",                          // en-US en-GB pa
		"Ons kon nie by die bediener aanmeld nie. Is jou wagwoord dalk verkeerd?",                    // af
		"ወደ ሰርቨሩ መግባት አልተቻለም ምናልባት የተሳሳተ የመግቢያ ቃል ተጠቅመው ይሆን?",                                        // am
		"لا يمكننا تسجيل الدخول إلى الخادم. قد تكون كلمة السِّر خاطئة؟",                              // ar
		"আমি চাৰ্ভাৰত ছাইন ইন কৰিব নোৱাৰিলো। হ'ব পাৰে আপোনাৰ পাছৱৰ্ড ভুল?",                           // as
		"Nun pudimos identificate nel sirvidor. ¿Seique tea mal la contraseña?",                      // ast
		"Неуспешно вписване на сървъра. Грешна парола?",                                              // bg
		"আমরা সার্ভারে সাইন-ইন করতে পারছি না। আপনার পাসওয়ার্ডটি কি ভুল?",                             // bn-BD bn-IN
		"N'haller ket kennaskañ ouzh an dafariad. Fall eo ho ker-tremen marteze ?",                   // br
		"Nismo vas mogli prijaviti na server. Možda ste upisali pogrešnu lozinku?",                   // bs
		"No s'ha pogut iniciar la sessió al servidor. Potser la contrasenya no és vàlida?",           // ca
		"Přihlášení k serveru se nezdařilo. Možná je chybné heslo?",                                  // cs
		"Methu mewngofnodi i'r gweinydd. Efallai bod eich cyfrinair yn anghywir?",                    // cy
		"Vi kunne ikke logge ind på serveren. Måske er din adgangskode forkert??",                    // da
		"Die Anmeldung am Server ist fehlgeschlagen. Vielleicht ist Ihr Passwort falsch?",            // de
		"Njejsmy mógli se pla serwera pśizjawiś. Jo wašo gronidło snaź wopak?",                       // dsb
		"Δεν μπορέσαμε να συνδεθούμε στον διακομιστή. Μήπως ο κωδικός σας είναι λάθος;",              // el
		"Ni ne povis kontakti vin al la servilo. Ĉu eble via pasvorto estas malĝusta?",               // eo
		"No pudimos identificarle en el servidor. ¿Tal vez esté mal su contraseña?",                  // es
		"Ezin izan da zerbitzarian saioa hasi. Zure pasahitza okerra da?",                            // eu
		"ما نمی\u200cتوانیم به کارگزار وارد شویم. ممکن است گذرواژه\u200cتان اشتباه باشد؟",            // fa
		"Min koriima naatde e sarworde ndee. Maa taw finnde maa moƴƴaani?",                           // ff
		"Palvelimelle kirjautuminen ei onnistunut. Oliko salasana väärin?",                           // fi
		"Impossible de s’identifier sur le serveur. Le mot de passe est-il incorrect\u202f?",         // fr
		"Oanmelde by de server is net slagge. Miskien is jo wachtwurd net goed?",                     // fy-NL
		"Níorbh fhéidir linn logáil isteach sa bhfreastalaí. An bhfuil an focal faire ceart agat?",   // ga-IE
		"Cha b' urrainn clàradh a-steach air an fhrithealaiche. Saoil a bheil am facal-faire cearr?", // gd
		"Non foi posíbel identificarse no servidor. Quizais o contrasinal non é correcto?",           // gl
		"અમે સર્વરમાં પ્રવેશી શક્યા નહિ. કદાચ તમારો પાસવર્ડ ખોટો હોઇ શકે?",                           // gu
		"हम में सर्वर के लिए नहीं पर हस्ताक्षर कर सकते हैं. शायद अपना पासवर्ड गलत है?",               // hi-IN
		"Prijava na poslužitelj nije uspjela. Možda ste upisali krivu lozinku?",                      // hr
		"Njemóžachmy so pola serwera přizjewić. Je waše hesło snano wopak?",                          // hsb
		"Nem sikerült bejelentkezni a kiszolgálóra. Nem lehet, hogy hibás a jelszó?",                 // hu
		"Kami tidak dapat memasukkan Anda ke server. Mungkin sandinya salah?",                        // id
		"Impossibile connettersi al server. Probabilmente la password è errata.",                     // it
		"サーバにサインインできません。パスワードが間違っていませんか？",                                                            // ja
		"យើង\u200bមិន\u200bអាច\u200bចូល\u200bទៅ\u200bកាន់\u200bម៉ាស៊ីន\u200bមេ\u200bបាន\u200bទេ។ ប្រហែល\u200bពាក្យ\u200bសម្ងាត់\u200bរបស់\u200bអ្នក\u200bមិន\u200bត្រឹមត្រូវ?", // km
		"ಸೈನ್ ಇನ್ ಮಾಡಲಾಗಲಿಲ್ಲ. ಬಹುಶಃ ನಿಮ್ಮ ಗುಪ್ತಪದ ತಪ್ಪಿರಬಹುದು?",                                                                                                               // kn
		"서버에 로그인을 하지 못했습니다. 올바른 암호입니까?",                                                                                  // ko
		"Tetusobodde kukuyunga ku kyuma kigabirizi. Oba ekigambo kyo ekye'kyaama sikituufu? ",                            // lg
		"Inposcìbile colegâse a-o server. Probabilménte a paròlla segrêta a l'é sbaliâ.",                                 // lij
		"Prie serverio prisijungti nepavyko. Galbūt įvedėte blogą slaptažodį?",                                           // lt
		"Mēs nevaram ieiet serveri. Varbūt jūsu parole ir nepareiza?",                                                    // lv
		"हम एहि सर्वर मे हस्ताक्षर नहि कए सकैत अछि. साइत अहाँक गुड़किल्ली गलत अछि?",                                      // mai
		"Не можеме да се пријавиме на серверот. Можеби внесовте погрешна лозинка?",                                       // mk
		"ഞങ്ങൾക്ക് സെർവറിലേക്ക് പ്രവേശിക്കാനായില്ല. താങ്കളുടെ രഹസ്യവാക്ക് തെറ്റാണോ?",                                     // ml
		"सर्व्हर वर साईन-इन करू शकत नाही. कदाचित आपले पासवर्ड चुकिचे आहे?",                                               // mr
		"Kami tidak dapat log masuk anda ke pelayan. Mungkin kata laluan anda salah?",                                    // ms
		"ဆာဗာထဲသို့ မဝင်ရောက်နိုင် ခဲ့ပါဘူး။ သင့်စကားဝှက်များ မှားနေသလား ?",                                              // my
		"Klarte ikke logge på serveren. Kanskje passordet er feil?",                                                      // nb-NO
		"हामीले सर्भरमा साइन-इन गर्न सकेनौ। शायद तपाईको पासवर्ड गलत छ कि?",                                               // ne-NP
		"Aanmelden bij de server is niet gelukt. Misschien is uw wachtwoord onjuist?",                                    // nl
		"ସର୍ଭରରେ ସାଇନ ଇନ ହେଲାନାହିଁ । ଆପଣଙ୍କ ପାସୱାର୍ଡ଼ଟି ଭୁଲ ନାହିଁ ତ?",                                                    // or
		"Nie można było zalogować się na serwerze - może hasło jest nieprawidłowe?",                                      // pl
		"Não foi possível acessar seu servidor. Você digitou a senha correta?",                                           // pt-BR
		"Não foi possível iniciar sessão no servidor. A palavra-passe está correta?",                                     // pt-PT
		"Nu ne-am putut autentifica pe server. Posibil ca parola să fie greșită?",                                        // ro
		"Не удалось войти на сервер. Может быть, вы ввели неверный пароль?",                                              // ru
		"සේවාදායකයාට ප්\u200dරවේශණය විය නොහැකියි. ඔබගේ මුරපදය නිවැරදි ද?",                                                // si
		"Prihlásenie na server zlyhalo. Použili ste správne heslo?",                                                      // sk
		"Vaša prijava ni uspela. Ste vpisali pravilno geslo?",                                                            // sl
		"Ir ši hin ka feršikaa cee. A ga hin ka tee šennikufaloo mma laala?",                                             // son
		"S’hymë dot te shërbyesi.  Mos ndoshta fjalëkalimi juaj është gabim?",                                            // sq
		"Пријава на сервер није успела. Да ли је лозинка исправна?",                                                      // sr-Cyrl
		"Prijava na server nije uspela. Da li je lozinka ispravna?",                                                      // sr-Latn
		"Vi kunde inte logga in på servern. Kanske är ditt lösenord fel?",                                                // sv-SE
		"Hatukuweza kuingia kwa sava. Labda neno lako la siri sio sahihi?",                                               // sw
		"நாங்க சேவகனுள் நுழைய முடியவில்லை. உங்களுடைய கடவுச்சொல் தவறாக இருக்கலாம்?",                                      // ta
		"సేవకానికి సంధానించలేకపోయాం. బహుశా, మీ సంకేతపదం తప్పేమో?",                                                        // te
		"เราไม่สามารถเข้าสู่ระบบเซิร์ฟเวอร์ได้ บางทีรหัสผ่านของคุณอาจจะผิด?",                                             // th
		"Hindi makalagda sa server. Maaring mali ang iyong password.",                                                    // tl
		"Sunucuya giriş yapamadık. Parolanız yanlış olabilir mi?",                                                        // tr
		"Не вдалося увійти на сервер. Можливо ваш пароль неправильний?",                                                  // uk
		"ہم پیش کار میں سائن نہیں کر سکتے. ہو سکتا ہے کہ آپکا پاس ورڈ غلط ہے؟",                                           // ur
		"Chúng tổi không thể đăng nhập vào server. Có thể mật khẩu bạn sai?",                                             // vi
		"Asikwazanga ukungena kwiseva. Ingaba mhlawumbi ipasiwedi yakho ayichananga?",                                    // xh
		"Akòle wọlé sí sáfà. Bóyá ọ̀rọ̀ aṣínà rẹ kò tọ́nà?",                                                   // yo
		"未能登录到服务器，是您的密码错误吗？",                                                                                             // zh-CN
		"無法登入至伺服器。也許您的密碼錯了？",                                                                                             // zh-TW
		"Asikwazanga ukusayinela ukungena kuseva. Mhlawumbe i-password yakho oyifakile akusiyo?",                         // zu
		"Bad password!\nWe could not sign in to the server. Maybe your password is wrong?",                               // en-US en-GB pa
		"Slegte wagwoord!\nOns kon nie by die bediener aanmeld nie. Is jou wagwoord dalk verkeerd?",                      // af
		"የተሳሳተ የ መግቢያ ቃል!\nወደ ሰርቨሩ መግባት አልተቻለም ምናልባት የተሳሳተ የመግቢያ ቃል ተጠቅመው ይሆን?",                                          // am
		"كلمة سرّ خاطئة!\nلا يمكننا تسجيل الدخول إلى الخادم. قد تكون كلمة السِّر خاطئة؟",                                 // ar
		"বেয়া পাছৱৰ্ড!\nআমি চাৰ্ভাৰত ছাইন ইন কৰিব নোৱাৰিলো। হ'ব পাৰে আপোনাৰ পাছৱৰ্ড ভুল?",                                // as
		"¡Contraseña incorreuta!\nNun pudimos identificate nel sirvidor. ¿Seique tea mal la contraseña?",                 // ast
		"Грешна парола!\nНеуспешно вписване на сървъра. Грешна парола?",                                                  // bg
		"ত্রুটিযুক্ত পাসওয়ার্ড!\nআমরা সার্ভারে সাইন-ইন করতে পারছি না। আপনার পাসওয়ার্ডটি কি ভুল?",                         // bn-BD bn-IN
		"Ger-tremen direizh !\nN'haller ket kennaskañ ouzh an dafariad. Fall eo ho ker-tremen marteze ?",                 // br
		"Pogrešna lozinka!\nNismo vas mogli prijaviti na server. Možda ste upisali pogrešnu lozinku?",                    // bs
		"Contrasenya no vàlida\nNo s'ha pogut iniciar la sessió al servidor. Potser la contrasenya no és vàlida?",        // ca
		"Chybné heslo!\nPřihlášení k serveru se nezdařilo. Možná je chybné heslo?",                                       // cs
		"Cyfrinair gwael!\nMethu mewngofnodi i'r gweinydd. Efallai bod eich cyfrinair yn anghywir?",                      // cy
		"Ugyldig adgangskode!\nVi kunne ikke logge ind på serveren. Måske er din adgangskode forkert??",                  // da
		"Falsches Passwort!\nDie Anmeldung am Server ist fehlgeschlagen. Vielleicht ist Ihr Passwort falsch?",            // de
		"Wopacne gronidło!\nNjejsmy mógli se pla serwera pśizjawiś. Jo wašo gronidło snaź wopak?",                        // dsb
		"Λάθος κωδικός!\nΔεν μπορέσαμε να συνδεθούμε στον διακομιστή. Μήπως ο κωδικός σας είναι λάθος;",                  // el
		"Malĝusta pasvorto!\nNi ne povis kontakti vin al la servilo. Ĉu eble via pasvorto estas malĝusta?",               // eo
		"¡Contraseña incorrecta!\nNo pudimos identificarle en el servidor. ¿Tal vez esté mal su contraseña?",             // es
		"Pasahitz okerra!\nEzin izan da zerbitzarian saioa hasi. Zure pasahitza okerra da?",                              // eu
		"گذرواژهٔ بد\nما نمی\u200cتوانیم به کارگزار وارد شویم. ممکن است گذرواژه\u200cتان اشتباه باشد؟",                   // fa
		"Finnde moƴƴaani!\nMin koriima naatde e sarworde ndee. Maa taw finnde maa moƴƴaani?",                             // ff
		"Väärä salasana!\nPalvelimelle kirjautuminen ei onnistunut. Oliko salasana väärin?",                              // fi
		"Mot de passe incorrect\nImpossible de s’identifier sur le serveur. Le mot de passe est-il incorrect\u202f?",     // fr
		"Ferkeard wachtwurd!\nOanmelde by de server is net slagge. Miskien is jo wachtwurd net goed?",                    // fy-NL
		"Drochfhocal faire!\nNíorbh fhéidir linn logáil isteach sa bhfreastalaí. An bhfuil an focal faire ceart agat?",   // ga-IE
		"Facal-faire cearr!\nCha b' urrainn clàradh a-steach air an fhrithealaiche. Saoil a bheil am facal-faire cearr?", // gd
		"Contrasinal incorrecto!\nNon foi posíbel identificarse no servidor. Quizais o contrasinal non é correcto?",      // gl
		"ખોટો પાસવર્ડ!\nઅમે સર્વરમાં પ્રવેશી શક્યા નહિ. કદાચ તમારો પાસવર્ડ ખોટો હોઇ શકે?",                                // gu
		"खराब पासवर्ड!\nहम में सर्वर के लिए नहीं पर हस्ताक्षर कर सकते हैं. शायद अपना पासवर्ड गलत है?",                    // hi-IN
		"Kriva lozinka!\nPrijava na poslužitelj nije uspjela. Možda ste upisali krivu lozinku?",                          // hr
		"Wopačne hesło!\nNjemóžachmy so pola serwera přizjewić. Je waše hesło snano wopak?",                              // hsb
		"Hibás jelszó!\nNem sikerült bejelentkezni a kiszolgálóra. Nem lehet, hogy hibás a jelszó?",                      // hu
		"Sandi salah!\nKami tidak dapat memasukkan Anda ke server. Mungkin sandinya salah?",                              // id
		"Password errata.\nImpossibile connettersi al server. Probabilmente la password è errata.",                       // it
		"パスワードが違います\nサーバにサインインできません。パスワードが間違っていませんか？",                                                                    // ja
		"ពាក្យ\u200bសម្ងាត់\u200bមិន\u200bល្អ!\nយើង\u200bមិន\u200bអាច\u200bចូល\u200bទៅ\u200bកាន់\u200bម៉ាស៊ីន\u200bមេ\u200bបាន\u200bទេ។ ប្រហែល\u200bពាក្យ\u200bសម្ងាត់\u200bរបស់\u200bអ្នក\u200bមិន\u200bត្រឹមត្រូវ?", // km
		"ತಪ್ಪು ಗುಪ್ತಪದ!\nಸೈನ್ ಇನ್ ಮಾಡಲಾಗಲಿಲ್ಲ. ಬಹುಶಃ ನಿಮ್ಮ ಗುಪ್ತಪದ ತಪ್ಪಿರಬಹುದು?",                                                                                                                                      // kn
		"잘못된 암호!\n서버에 로그인을 하지 못했습니다. 올바른 암호입니까?",                                                                             // ko
		"Ekigambo ekyekyaama kikyaamu!\nTetusobodde kukuyunga ku kyuma kigabirizi. Oba ekigambo kyo ekye'kyaama sikituufu? ", // lg
		"Paròlla segrêta sbaliâ.\nInposcìbile colegâse a-o server. Probabilménte a paròlla segrêta a l'é sbaliâ.",            // lij
		"Blogas slaptažodis!\nPrie serverio prisijungti nepavyko. Galbūt įvedėte blogą slaptažodį?",                          // lt
		"Nepareiza parole!\nMēs nevaram ieiet serveri. Varbūt jūsu parole ir nepareiza?",                                     // lv
		"खराब गुड़किल्ली!\nहम एहि सर्वर मे हस्ताक्षर नहि कए सकैत अछि. साइत अहाँक गुड़किल्ली गलत अछि?",                        // mai
		"Погрешна лозинка!\nНе можеме да се пријавиме на серверот. Можеби внесовте погрешна лозинка?",                        // mk
		"മോശം രഹസ്യവാക്ക്!\nഞങ്ങൾക്ക് സെർവറിലേക്ക് പ്രവേശിക്കാനായില്ല. താങ്കളുടെ രഹസ്യവാക്ക് തെറ്റാണോ?",                      // ml
		"अपायकारक पासवर्ड!\nसर्व्हर वर साईन-इन करू शकत नाही. कदाचित आपले पासवर्ड चुकिचे आहे?",                                // mr
		"Kata laluan buruk!\nKami tidak dapat log masuk anda ke pelayan. Mungkin kata laluan anda salah?",                    // ms
		"ဆိုးရွားသော စကားဝှက်!\nဆာဗာထဲသို့ မဝင်ရောက်နိုင် ခဲ့ပါဘူး။ သင့်စကားဝှက်များ မှားနေသလား ?",                           // my
		"Feil passsord!\nKlarte ikke logge på serveren. Kanskje passordet er feil?",                                          // nb-NO
		"खराब पासवर्ड!\nहामीले सर्भरमा साइन-इन गर्न सकेनौ। शायद तपाईको पासवर्ड गलत छ कि?",                                    // ne-NP
		"Onjuist wachtwoord!\nAanmelden bij de server is niet gelukt. Misschien is uw wachtwoord onjuist?",                   // nl
		"ଖରାପ ପାସୱାର୍ଡ଼!\nସର୍ଭରରେ ସାଇନ ଇନ ହେଲାନାହିଁ । ଆପଣଙ୍କ ପାସୱାର୍ଡ଼ଟି ଭୁଲ ନାହିଁ ତ?",                                       // or
		"Nieprawidłowe hasło!\nNie można było zalogować się na serwerze - może hasło jest nieprawidłowe?",                    // pl
		"Senha incorreta!\nNão foi possível acessar seu servidor. Você digitou a senha correta?",                             // pt-BR
		"Palavra-passe incorreta!\nNão foi possível iniciar sessão no servidor. A palavra-passe está correta?",               // pt-PT
		"Parolă greșită!\nNu ne-am putut autentifica pe server. Posibil ca parola să fie greșită?",                           // ro
		"Неверный пароль!\nНе удалось войти на сервер. Может быть, вы ввели неверный пароль?",                                // ru
		"අයෝග්\u200dය මුරපදයක්!\nසේවාදායකයාට ප්\u200dරවේශණය විය නොහැකියි. ඔබගේ මුරපදය නිවැරදි ද?",                            // si
		"Neplatné heslo\nPrihlásenie na server zlyhalo. Použili ste správne heslo?",                                          // sk
		"Geslo je napačno!\nVaša prijava ni uspela. Ste vpisali pravilno geslo?",                                             // sl
		"Šennikufal laala!\nIr ši hin ka feršikaa cee. A ga hin ka tee šennikufaloo mma laala?",                              // son
		"Fjalëkalim i gabuar!\nS’hymë dot te shërbyesi.  Mos ndoshta fjalëkalimi juaj është gabim?",                          // sq
		"Неисправна лозинка!\nПријава на сервер није успела. Да ли је лозинка исправна?",                                     // sr-Cyrl
		"Neispravna lozinka!\nPrijava na server nije uspela. Da li je lozinka ispravna?",                                     // sr-Latn
		"Felaktigt lösenord!\nVi kunde inte logga in på servern. Kanske är ditt lösenord fel?",                               // sv-SE
		"Neno la siri lisilo sahihi!\nHatukuweza kuingia kwa sava. Labda neno lako la siri sio sahihi?",                      // sw
		"மோசமான கடவுச்சொல்!\nநாங்க சேவகனுள் நுழைய முடியவில்லை. உங்களுடைய கடவுச்சொல் தவறாக இருக்கலாம்?",                      // ta
		"చెడు సంకేతపదం!\nసేవకానికి సంధానించలేకపోయాం. బహుశా, మీ సంకేతపదం తప్పేమో?",                                            // te
		"รหัสผ่านไม่ดี!\nเราไม่สามารถเข้าสู่ระบบเซิร์ฟเวอร์ได้ บางทีรหัสผ่านของคุณอาจจะผิด?",                                 // th
		"Hindi kaaya-ayang password!\nHindi makalagda sa server. Maaring mali ang iyong password.",                           // tl
		"Yanlış parola!\nSunucuya giriş yapamadık. Parolanız yanlış olabilir mi?",                                            // tr
		"Неправильний пароль!\nНе вдалося увійти на сервер. Можливо ваш пароль неправильний?",                                // uk
		"ناقص پاس ورڈ!\nہم پیش کار میں سائن نہیں کر سکتے. ہو سکتا ہے کہ آپکا پاس ورڈ غلط ہے؟",                                // ur
		"Mật khẩu yếu!\nChúng tổi không thể đăng nhập vào server. Có thể mật khẩu bạn sai?",                                  // vi
		"Ipasiwedi engeyiyo!\nAsikwazanga ukungena kwiseva. Ingaba mhlawumbi ipasiwedi yakho ayichananga?",                   // xh
		"Ọ̀rọ̀ aṣínà tó burú!\nAkòle wọlé sí sáfà. Bóyá ọ̀rọ̀ aṣínà rẹ kò tọ́nà?",                             // yo
		"密码错误！\n未能登录到服务器，是您的密码错误吗？",                                                                                          // zh-CN
		"密碼錯誤！\n無法登入至伺服器。也許您的密碼錯了？",                                                                                          // zh-TW
		"I-password elingalungile!\nAsikwazanga ukusayinela ukungena kuseva. Mhlawumbe i-password yakho oyifakile akusiyo?",  // zu
	}},
	{own: true, key: "setup-error-needs-app-pass", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"You must use an application specific password for two-factor Gmail accounts",                                                      // en-US en-GB ne-NP pa
		"Jy moet ’n programspesifieke wagwoord gebruik vir tweefaktor-Gmail-rekeninge",                                                     // af
		"ለ መተግበሪያ የተወሰን የመግቢያ ቃል ሁለት-ጊዜ ማረጋገጫ የ ጂሜይል መግለጫ መጠቀም አለብዎት",                                                                      // am
		"يتوجب عليك استخدام كلمة السّر الخاصة بالتطبيق لحسابات two-factor الخاصة بالجيميل",                                                 // ar
		"দুটা-কাৰক Gmail একাউন্টসমূহৰ বাবে আপুনি এটা এপ্লিকেচন বিশেষ পাছৱৰ্ড ব্যৱহাৰ কৰিব লাগিব",                                           // as
		"Tienes d'usar una contraseña específica de l'aplicación p'habilitar la duble identificación nes cuentes Gmail",                    // ast
		"За двуфакторни Gmail профили трябва да използвате отделна парола за това приложение",                                              // bg
		"২ ফ্যাক্টর জিমেইল অ্যাকাউন্টের জন্য আপনাকে অবশ্যই একটা অ্যাপ্লিকেশন এর জন্য নির্দিষ্ট পাসওয়ার্ড ব্যবহার করতে হবে",                 // bn-BD
		"2 ফ্যাক্টর জিমেল অ্যাকাউন্টের জন্য আপনাকে অবশ্যই একটা এপ্লিকেশন এর জন্য নির্দিষ্ট পাসওয়ার্ড ব্যাবহার করতে হবে",                    // bn-IN
		"Ret eo deoc'h arverañ ur ger-tremen spesadel ouzh an arload evit an dilesa gant div bazenn eus ar c'hontoù Gmail",                 // br
		"Za Gmail račune s dvostrukom metodom prijave trebate koristiti posebne lozinke za aplikacije",                                     // bs hr
		"Heu d'utilitzar una contrasenya específica de l'aplicació per als comptes de Gmail amb verificació en dos passos",                 // ca
		"Pro účet Gmail s dvoufázovým ověřením je nutné použít aplikační heslo",                                                            // cs
		"Rhaid defnyddio cyfrinair penodol i'r rhaglen ar gyfer cyfrifon dau ffactor Gmail",                                                // cy
		"Du skal bruge en program-specifik adgangskode til Gmail-konti med totrinsbekræftelse",                                             // da
		"Sie müssen ein anwendungsspezifisches Passwort für Gmail-Konten mit Zwei-Faktor-Autorisierung verwenden.",                         // de
		"Musyśo gronidło za dwójofaktorowe Gmail-konta wužywaś, kótarež jo specifiske za nałoženje",                                        // dsb
		"Για λογαριασμούς Gmail με επαλήθευση σε δύο βήματα θα πρέπει να χρησιμοποιήσετε έναν κωδικό πρόσβασης για συγκεκριμένη εφαρμογή ", // el
		"Vi devas uzi specifan programan pasvorton por dufaktoraj Gmail kontoj",                                                            // eo
		"Debe usar una contraseña específica de la aplicación para habilitar la doble identificación en las cuentas Gmail",                 // es
		"Aplikazioarentzat espezifikoa den pasahitza erabili behar duzu bi faktoreko autentifikaziodun Gmail kontuetarako",                 // eu
		"برای حساب\u200cهای جی\u200cمیل دو عامله، باید از یک گذرواژهٔ مخصوص برنامه استفاده کنید.",                                          // fa
		"Aɗa foti huutoraade finnde heeroraande jaaɓngal ngam jogaade konte Gmail two-factor",                                              // ff
		"Kaksivaiheista tunnistusta käyttävillä Gmail-tileillä täytyy käyttää ohjelmakohtaista salasanaa",                                  // fi
		"Vous devez utiliser un mot de passe spécifique à l’application pour la validation en deux étapes de vos comptes Gmail",            // fr
		"Jo moatte in applikaasjespesifyk wachtwurd brûke foar twa-faktor-Gmail-accounts",                                                  // fy-NL
		"Ní mór duit focal faire sainiúil don aip a úsáid le cuntas dhá fhachtóirí Gmail",                                                  // ga-IE
		"Feumaidh tu facal-faire a tha gu sònraichte dhan aplacaid a chleachdadh mas e cunntas Gmail two-factor a tha agad",                // gd
		"Debe usar un contrasinal específico do aplicativo para a comprobación de dous pasos das contas de Gmail",                          // gl
		"દ્વિ-અવયવી Gmail ખાતા માટે તમારે કાર્યક્રમને લગતો પારવર્ડ વાપરવો જ જોઇએ",                                                          // gu
		"आप दो कारक जीमेल खातों के लिए एक आवेदन विशिष्ट पासवर्ड का उपयोग करना चाहिए",                                                       // hi-IN
		"Dyrbiće hesło za dwufaktorowe Gmail-konta wužiwać, kotrež je specifiske za nałoženje",                                             // hsb
		"Az alkalmazáshoz tartozó jelszót kell megadnia a kétfaktorú Gmail fiókokhoz",                                                      // hu
		"Anda harus menggunakan sandi khusus aplikasi untuk akun Gmail dengan verifikasi dua langkah",                                      // id
		"È necessario indicare una password specifica per l’applicazione per account Gmail con verifica in due passaggi",                   // it
		"2 段階認証の Gmail アカウントにはアプリ固有のパスワードを使用してください。",                                                                                       // ja
		"អ្នក\u200bត្រូវតែ\u200bប្រើ\u200bពាក្យ\u200bសម្ងាត់\u200bតាម\u200bកម្មវិធី\u200bជាក់\u200bលាក់\u200bសម្រាប់\u200bគណនី Gmail ដែល\u200bមាន\u200bពីរ\u200bកត្តា", // km
		"two-factor ಜಿಮೇಯ್ಲ್ ಖಾತೆಗಳಿಗೆ, ಅನ್ವಯಕ್ಕೆ ಹೊಂದಿಕೆಯಾಗುವ ಗುಪ್ತಪದವನ್ನು ಬಳಸಬೇಕು",                                                                                   // kn
		"Gmail 계정에서 기기 인증 암호를 넣어야 함",                                                                                                   // ko
		"Bezêugna indicâ 'na paròlla segrêta pecìfica de l'aplicaçión pe l'account Gmail co-a verìfica in doî pasàggi",                 // lij
		"Su „Gmail“ paskyromis, reikalaujančiomis dviejų faktorių tapatybės tikrinimo, būtina naudoti specifinį programos slaptažodį",  // lt
		"Jums ir jāizmanto lietotnei specifiska parole divu-faktoru Gmail kontiem",                                                     // lv
		"अहाँ दुइ कारक जीमेल खाता कलेल एकटा आवेदन विशिष्ट गुड़किल्लीक उपयोग कएनाइ चाही",                                                // mai
		"За сметките на Gmail со двојна проверка мора да користите посебна лозинка за оваа апликација",                                 // mk
		"ഇരട്ട സുരക്ഷാസംവിധാനമുള്ള ജീമെയില്\u200d അക്കൌണ്ടുകള്\u200dക്കു് പ്രത്യേക രഹസ്യവാക്ക് ഉപയോഗിയ്ക്കണം",                          // ml
		"टू-फॅक्टर Gmail खात्यासाठी ॲप्लिकेशन संबधित पासवर्ड वापरा",                                                                    // mr
		"Anda mesti gunakan pengaplikasian kata laluan spesifik untuk akaun Gmail dua fakor",                                           // ms
		"ဂျီမေလ်း ၏ နှစ်ထပ်ကွင်း လုံခြုံရေး အစီအစဉ်အတွက် အက်စကားဝှက်တစ်ခု ထပ်ထားရမည်",                                                  // my
		"Du må bruke et programspesifikt passord for to-faktor-autentiserte Gmail-kontoer",                                             // nb-NO
		"U moet een applicatiespecifiek wachtwoord gebruiken voor twee-factor-Gmail-accounts",                                          // nl
		"ଆପଣ ଆପ୍ଲିକେସନରେ କାମ କରିବା ଭଳି ଦୁଇଟି Gmail ଖାତା ପାଇଁ ଏକ ନିର୍ଦ୍ଦିଷ୍ଟ ପାସୱାର୍ଡ଼ ବ୍ୟବହାର କରିବା ବିଧେୟ ।",                           // or
		"Należy użyć hasła specyficznego dla danego programu dla kont Gmail z\u00a0weryfikacją dwuetapową",                             // pl
		"Você deve usar uma senha específica para aplicativos em contas Gmail com verificação dupla",                                   // pt-BR
		"Tem de utilizar uma palavra-passe específica para as contas Gmail com autenticação em dois fatores",                           // pt-PT
		"Trebuie să folosești o parolă specifică aplicației pe două niveluri pentru conturile Gmail",                                   // ro
		"Вы должны использовать пароль, специфичный для приложения, для учётных записей Gmail использующих двухэтапную аутентификацию", // ru
		"ද්වි-සාධක Gmail ගිණුම් සඳහා ඔබ විසින් යෙදුම් විශේෂී මුරපදයක් භාවිතා කල යුතුයි",                                                // si
		"Na prihlásenie pomocou verifikácie v dvoch krokoch na účte služby Gmail musíte zadať heslo aplikácie",                         // sk
		"Uporabite morate geslo, ki ga uporabljate za dvostopenjsko preverjanje Gmail računov",                                         // sl
		"War ga hima ka šennikufal porogaram cerecerante dam Gmail mise-2 kontey se",                                                   // son
		"Për llogari Gmail two-factor duhet të përdorni një fjalëkalim specifik për aplikacionin",                                      // sq
		"Морате користити посебну лозинку за апликације код Gmail налога.",                                                             // sr-Cyrl
		"Morate koristiti posebnu lozinku za aplikacije kod Gmail naloga.",                                                             // sr-Latn
		"Du måste använda ett programspecifikt lösenord för att tvåstegsverifiera Gmail-konto",                                         // sv-SE
		"Lazima utumie neno la siri la programu tumizi kwa akaunti mbili muhimu za Gmail",                                              // sw
		"நீங்கள் கட்டாயமாக இரு-காரணி பயன்பாடான ஜிமெயில் கணக்குகளுக்கு என ஒரு குறிப்பிட்ட கடவுச்சொல்லை பயன்படுத்த வேண்டும்", // ta
		"టు-ఫాక్టర్ జిమెయిల్ ఖాతాల కొరకు మీరు తప్పక అనువర్తన తరుపు సంకేతపదం ఉపయోగించాలి",                                    // te
		"คุณต้องใช้รหัสผ่านแบบเจาะจงแอปพลิเคชันสำหรับการยืนยันตัวตนสองขั้นตอนของบัญชี Gmail",                                // th
		"İki faktörlü Gmail hesapları için uygulamaya özel bir parola kullanmalısınız",                                  // tr
		"Ви повинні використовувати спеціальний пароль програм для облікових записів Gmail з двофакторною авторизацією", // uk
		"آپ دو عامل جیمیل کے اکاؤنٹس کے لئے ایک ایپلی کیشن اختصاصی پاس ورڈ کا استعمال کریں",                             // ur
		"Ufanele uzame ukusebenzisa ipasiwedi engqamana ne-aplikheyishini kwii-akhawunti ezimbini ze-Gmail",             // xh
		"O gbọ́dọ̀ lo irufẹ́ ọ̀rọ̀ aṣínà àtòjọ-ètò fún ohun méjì àkọọ́lẹ̀ Gmail",                                  // yo
		"您必须为采用两步验证的 Gmail 账户使用一个“应用专用密码”",                                                                              // zh-CN
		"您必須為啟用兩步驟驗證的 Gmail 帳號使用應用程式專用密碼",                                                                               // zh-TW
		"Kufanele usebenzise i-password ye-application ethile yama-akhawunti akwa-Gmail ambaxa-mbili",                   // zu
	}},
	{own: true, key: "setup-error-not-authorized", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"The server said you’re not authorized to create an account",                           // en-US pa
		"Die bediener sê jy is nie gemagtig om ’n rekening te skep nie",                        // af
		"ሰርቨሩ እርስዎ መግለጫ ለመፍጠር ፍቃድ የሎትም ይላል",                                                    // am
		"غير مصرح لك بإنشاء حساب",                                                              // ar
		"চাৰ্ভাৰৰ মতে আপুনি এটা একাউণ্ট সৃষ্টি কৰিবলে প্ৰমাণীত নহয়",                            // as
		"El sirvidor diz que nun ta autorizáu pa crear una cuenta",                             // ast
		"Сървърът каза, че не сте оторизиран да създадете регистрация",                         // bg
		"সার্ভারের তথ্যমতে আপনার অ্যাকাউন্ট তৈরীর অনুমোদন নেই",                                 // bn-BD
		"সার্ভার আপনাকে অ্যাকাউন্ট তৈরি করতে অনুমোদিত করছি না",                                 // bn-IN
		"Lavaret en deus an dafariad n'oc'h ket aotreet da grouiñ ur gont",                     // br
		"Server je rekao da niste ovlašteni da kreirate račun",                                 // bs
		"El servidor diu que no esteu autoritzat per crear un compte",                          // ca
		"Dle odpovědi serveru nejste autorizováni vytvořit účet",                               // cs
		"Mae'r gweinydd yn dweud nad oes gennych hawl i greu cyfrif",                           // cy
		"Serveren oplyser, at du ikke har tilladelse til at oprette en konto",                  // da
		"Laut Server verfügen Sie nicht über die Berechtigung, ein Konto anzulegen.",           // de
		"Serwer jo k wěsći dał, až njamaśo pšawo, aby konto załožył",                           // dsb
		"Ο διακομιστής δήλωσε ότι δεν είστε εξουσιοδοτημένος να δημιουργήσετε έναν λογαριασμό", // el
		"The server said you're not authorised to create an account",                           // en-GB
		"La servilo indikis ke vi ne rajtas krei konton",                                       // eo
		"El servidor dice que no está autorizado para crear una cuenta",                        // es
		"Zerbitzariak dio ez daukazula kontu bat sortzeko baimenik",                            // eu
		"کارگزار اعلام کرد که اجازهٔ ایجاد یک حساب را ندارید.",                                 // fa
		"Sarworde ndee wiyi a yamiraaka sosde konte",                                           // ff
		"Palvelin ilmoitti, että sinulla ei ole tilioikeuksia",                                 // fi
		"Le serveur répond que vous n’êtes pas autorisé à créer un compte",                     // fr
		"De server meldde dat jo net machtige binne om in account oan te meitsjen",             // fy-NL
		"Dúirt an freastalaí nach bhfuil cead agat cuntas a chruthú",                           // ga-IE
		"Thuirt am frithealaiche nach eil cead agad cunntas a chruthachadh",                    // gd
		"O servidor responde que non está autorizado para crear unha conta",                    // gl
		"સર્વર જણાવ્યું હતું કે તમે ખાતું બનાવવા માટે અધિકૃત નથી.",                             // gu
		"सर्वर ने कहा कि आप एक खाता बनाने के लिए प्राधिकृत नहीं हैं",                           // hi-IN
		"Poslužitelj je odgovorio da niste autorizirani otvoriti račun",                        // hr
		"Serwer zdźěli, zo nimaće prawo, zo byšće konto załožił",                               // hsb
		"A kiszolgáló szerint Ön nem hozhat létre fiókot",                                      // hu
		"Server memberitahukan bahwa Anda tidak diizinkan untuk membuat akun",                  // id
		"Risposta del server: non si possiedono i permessi per creare un account",              // it
		"アカウントを作成する権限がありません。",                                                                  // ja
		"ម៉ាស៊ីន\u200bមេ\u200b\u200bបង្ហាញ\u200b\u200b\u200bថា\u200bអ្នក\u200bមិន\u200bត្រូវ\u200bបាន\u200b\u200bអនុញ្ញាត\u200bឲ្យ\u200bបង្កើត\u200bគណនី\u200bឡើយ", // km
		"ಒಂದು ಖಾತೆ ತೆರೆಯಲು ನಿಮಗೆ ಅನುಮತಿ ಇಲ್ಲವೆಂದು ಸರ್ವರ್ ತಿಳಿಸಿದೆ",                                                                                                 // kn
		"사용자가 계정을 만들 허가를 받지 않았다고 서버에서 응답함",                                                                                                                         // ko
		"Engabirizi egambye tokilizibwa kukola akaawunta mpya",         // lg
		"Rispósta do server: no ti gh'æ i perméssi pe creâ un account", // lij
		"Serveris informavo, jog jums neleista kurti paskyros",         // lt
		"Serveris ziņoja ka jums nav tiesības izveidot  kontu",         // lv
		"सर्वर कहैत अछि जे अहाँ एकटा खाता बनाबै कलेल प्राधिकृत नहि अछि",                                 // mai
		"Серверот вели дека немате дозвола да создадете сметка",                                         // mk
		"അക്കൗണ്ട് സൃഷ്ടിക്കാന്\u200d താങ്കള്\u200dക്കനുവാദമില്ല എന്നാണ് സെര്\u200dവര്\u200d പറയുന്നത്", // ml
		"आपणास नविन खाते बनविण्यास परवानगी नाही",                                                        // mr
		"Menurut server, anda tidak mempunyai kebenaran untuk membuat akaun ",                           // ms
		"ဆာဗာမှ သင့်အား အကောင့်တစ်ခု လုပ်ခွင့်မရှိ ဟုပြောသှ်",                                           // my
		"E-postserveren sa at du ikke er autorisert til å opprette en konto",                            // nb-NO
		"सर्भरले तपाईसँग खाता सृजना गर्नका लागि अधिकार छैन भनेर भन्यो",                                  // ne-NP
		"De server meldde dat u niet gemachtigd bent om een account aan te maken",                       // nl
		"ସର୍ଭରରୁ ଜଣାପଡ଼ୁଛି ଯେ ନୂଆ ଖାତା ଟିଏ ଗଢ଼ିବା ଲାଗି ଆପଣ ପ୍ରାଧିକୃତ ନୁହଁନ୍ତି",                          // or
		"Serwer twierdzi, że nie masz uprawnień do tworzenia kont pocztowych",                           // pl
		"O servidor informou que você não está autorizado a criar uma conta",                            // pt-BR
		"O servidor informou que não está autorizado a criar uma conta",                                 // pt-PT
		"Serverul a spus că nu ești autorizat să îți creezi un cont",                                    // ro
		"Сервер сообщил, что вам не разрешено создавать учётную запись",                                 // ru
		"ඔබට ගිණුමක් සෑදීමට අවසර නොමැති බව සේවාදායකයා ප්\u200dරකාශ කරයි",                                // si
		"Nemáte dostatočné práva na vytvorenie účtu",                                                    // sk
		"Nimate dovoljenja za ustvarjanje računa na strežniku",                                          // sl
		"Feršikaa nee kaŋ war ši nda fondo ka kontu tee",                                                // son
		"Shërbyesi u përgjigj se s’jeni të autorizuar të krijoni llogari",                               // sq
		"Сервер јавља да нисте овлашћени за прављење налога",                                            // sr-Cyrl
		"Server javlja da niste ovlašćeni za pravljenje naloga",                                        // sr-Latn
		"Servern sa att du inte har behörighet att skapa ett konto",                                     // sv-SE
		"Seva ilisema huna ruhusa ya kuunda akaunti",                                                    // sw
		"உங்களுக்கு ஒரு கணக்கை உருவாக்க அதிகாரம் இல்லையென சேவகன் சொல்கிறது",                            // ta
		"ఖాతా సృష్టించుకోవడానికి మీరు ధృవీకృత వ్యక్తి కాదని సేవకము అంటున్నది",                           // te
		"เซิร์ฟเวอร์แจ้งว่าคุณไม่ได้รับอนุญาตให้สร้างบัญชี",                                             // th
		"Sunucu bir hesap oluşturmaya izniniz olmadığını bildirdi",                                      // tr
		"Сервер повідомив, що ви не маєте права створити обліковий запис",                               // uk
		"پیش کار نے کہا ہے کہ آپ کے پاس اکاؤنٹ بنانے کا اختیار نہیں ہے",                                 // ur
		"Iseva ithi akugunyaziswanga ukuvula i-akhawunti",                                               // xh
		"Sáfà ní okò láṣẹ láti ṣẹ̀dá àkọọ́lẹ̀",                                                  // yo
		"服务器说您没有权限创建账户",                                                                                 // zh-CN
		"伺服器回應您未被授權建立帳號",                                                                                // zh-TW
		"Iseva ithe awunalo igunya lokwenza i-akhawunti",                                                // zu
	}},
	{own: true, key: "setup-error-bad-address", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Invalid e-mail address. Check for typos.",                                         // en-US en-GB pa
		"Ongeldige e-posadres. Kontroleer vir tikfoute.",                                   // af
		"ዋጋ የሌለው የ ኢ-ሜይል አድራሻ: የ ፊደል ስህተት ካለ ይመርምሩ",                                        // am
		"عنوان البريد الإلكتروني غير صحيح. تحقق من الأخطاء المطبعية.",                      // ar
		"অবৈধ ই-মেইল ঠিকনা। ভুল বানানৰ বাবে নিৰীক্ষণ কৰক।",                                 // as
		"Невалиден адрес на ел. поща. Проверете за грешки.",                                // bg
		"ভুল ইমেইল ঠিকানা। লেখা ঠিক আছি কিনা দেখে নিন।",                                    // bn-BD
		"অবৈধ ইমেইল ঠিকানা। টাইপস জন্য চেক করুন।",                                          // bn-IN
		"Chomlec'h postel didalvoudek. Gwiriit ar reizhskrivañ.",                           // br
		"Pogrešna email adresa. Provjerite da li ste tačno unijeli podatke.",               // bs
		"Adreça electrònica no vàlida. Comproveu si hi ha errors.",                         // ca
		"Neplatná e-mailová adresa. Proveďte kontrolu na překlepy.",                        // cs
		"Cyfeiriad e-bost annilys. Gwiriwch am wallau.",                                    // cy
		"Ugyldig mailadresse. Kontroller for tastefejl.",                                   // da
		"Ungültige E-Mail-Adresse. Bitte auf Tippfehler überprüfen.",                       // de
		"Njepłaśiwa e-mailowa adresa. Pśeglědujśo ju za pisańskimi zmólkami.",              // dsb
		"Μη έγκυρη διεύθυνση email. Ελέγξτε για τυπογραφικό λάθος.",                        // el
		"Nevalida retpoŝta adreso. Kontrolu ĝin denove.",                                   // eo
		"Dirección de correo no válida. Compruébela.",                                      // es
		"Helbide elektroniko baliogabea. Egiaztatu ondo idatzi duzula.",                    // eu
		"نشانی رایانامهٔ نامعتبر. اشتباهات نوشتاری را بررسی کنید.",                         // fa
		"Ñiiɓirde iimeel moƴƴaani. Ƴeewto binndol.",                                        // ff
		"Virheellinen sähköpostiosoite. Tarkista kirjoitusvirheet.",                        // fi
		"Adresse électronique incorrecte. Veuillez vérifier cette information.",            // fr
		"Unjildich e-mailadres. Kontrolearje op typflaters.",                               // fy-NL
		"Seoladh ríomhphoist neamhbhailí. Botún cló?",                                      // ga-IE
		"Chan eil am post-d dligheach. Dèan cinnteach nach eil mearachd litreachaidh ann.", // gd
		"Enderezo de correo incorrecto. Compróbeo.",                                        // gl
		"અયોગ્ય ઇ-મેલ સરનામું. જોડણી માટે ચકાસો.",                                          // gu
		"अवैध ई-मेल का पता. लेखन त्रुटि के लिए जाँच करें.",                                 // hi-IN
		"Neispravna adresa e-pošte. Provjerite unos.",                                      // hr
		"Njepłaćiwa e-mejlowa adresa. Přepruwujće ju za pisanskimi zmylkami.",              // hsb
		"Érvénytelen e-mail cím, ellenőrizze.",                                             // hu
		"Alamat surel tidak valid. Periksa lagi.",                                          // id
		"Indirizzo email non corretto. Verificare eventuali errori.",                       // it
		"メールアドレスが正しくありません。入力を確認してください。",                                                    // ja
		"អាសយដ្ឋាន\u200bអ៊ីមែល\u200bមិន\u200bត្រឹមត្រូវ។ ពិនិត្យ\u200bអក្ខរាវិរុទ្ធ។", // km
		"ತಪ್ಪಾದ ಇ-ಮೇಲ್ ವಿಳಾಸ. ಕಾಗುಣಿತ ಪರಿಶೀಲಿಸಿ.",                                     // kn
		"유효하지 않는 메일 주소입니다. 오자가 없는지 확인해 주십시오.",                                         // ko
		"Endagiliro ya yiimeyilo nkyaamu. Kebela mumpadiika.",                         // lg
		"Neteisingas el. pašto adresas. Patikrinkite, ar jame nėra klaidų.",           // lt
		"Nepareiza epasta adrese. Lūdzu pārbaudiet to.",                               // lv
		"अवैध ई-मेल क पता. लेखन त्रुटि कलेल जाँच करू.",                                // mai
		"Непостои оваа адреса за е-пошта. Проверете за печатни грешки.",               // mk
		"ഇമെയില്\u200d അഡ്രസ്സ് ശരിയല്ല. അക്ഷരത്തെറ്റ് പരിശോധിക്കുക.",                 // ml
		"अवैध इ-मेल पत्ता. टंकलेखन चुका तपासा.",                                       // mr
		"Alamat emel tidak sah. Sila semak ejaan.",                                    // ms
		"မရှိသော အီမေလ်းလိပ်စာဖြစ်သဖြင့် စာလုံးပေါင်းစစ်ပေးပါ",                        // my
		"Ugyldig e-postadresse. Kontroller om den er skrevet riktig.",                 // nb-NO
		"अवैध इमेल ठेगाना। टाईपसको लागि जाँच गर्नुहोस्।",                              // ne-NP
		"Ongeldig e-mailadres. Controleer op typefouten.",                             // nl
		"ଇମେଲ ଠିକଣା ତ୍ରୁଟିପୂର୍ଣ୍ଣ । ବନାନ ପରଖିନିଅନ୍ତୁ ।",                               // or
		"Nieprawidłowy adres e-mail, sprawdź go pod kątem literówek.",                 // pl
		"Endereço de e-mail inválido. Confira erros de digitação.",                    // pt-BR
		"Endereço de e-mail inválido. Verifique se há erros de digitação.",            // pt-PT
		"Adresă de e-mail invalidă. Verifică greșelile.",                              // ro
		"Некорректный адрес эл. почты. Проверьте на опечатки.",                        // ru
		"විද්\u200dයුත් තැපැල් ලිපිනය වැරදිය. නැවත උත්සහ කරන්න.",                      // si
		"Neplatná e-mailová adresa. Skontrolujte možné preklepy.",                     // sk
		"E-poštni naslov ni pravilen.",                                        // sl
		"Bataga aderesu laala. Hantum firkaway ceeci.",                        // son
		"Adresë e-mail e pavlefshme. Kontrollojeni për gabime.",               // sq
		"Неисправна е-пошта. Проверите има ли грешака у писању.",              // sr-Cyrl
		"Neispravna e-pošta. Proverite ima li grešaka u pisanju.",             // sr-Latn
		"Ogiltig e-postadress. Kontrollera skrivfel.",                         // sv-SE
		"Anwani batili ya barua pepe. Angalia makosa.",                        // sw
		"செல்லாத மின்னஞ்சல் முகவரி. உள்ளிட்டதை சரிபார்.",                      // ta
		"చెల్లని ఈ-మెయిలు. టైపాటులను సరిచూసుకోండి.",                           // te
		"ที่อยู่อีเมลไม่ถูกต้อง ตรวจสอบการสะกด",                               // th
		"Geçersiz e-posta adresi. Yazım hatalarını kontrol edin.",             // tr
		"Неправильна адреса електронної пошти. Перевірте введення.",           // uk
		"ناجائز ای میل پتہ ایڈریس۔ ٹیپوس کے لئے چیک کریں۔",                    // ur
		"Idilesi yeimeyile engasebenziyo. Khangela iitayipo.",                 // xh
		"Àdírẹ̀sì í-meèlì tí kò kójú òsùnwọ̀n. Ṣàyẹ̀wò àsìsè títẹ̀ ", // yo
		"无效的电子邮件地址。请检查是否输入有误。",                                                // zh-CN
		"無效的電子郵件地址，請檢查是否輸入錯誤。",                                                // zh-TW
		"Ikheli le-imeyli elingasebenzi. Hlola ukuthi awekho amaphutha.",      // zu
	}},
	{key: "background-send-error-recipients", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Recipient error. Email saved to outbox.",                                                                                                 // en-US en-GB pa
		"የተቀባይ ስህተት ተፈጥሯል: ኢሜይል ከ ሳጥን ውጪ ተቀምጧል",                                                                                                   // am
		"خطأ في المُستقبِل. تمّ حفظ الرّسالة في مُجلّد البريد الصاّدر.",                                                                           // ar
		"Грешка при получателя. Пощата е запазена в изходящата кутия.",                                                                            // bg
		"ত্রুটিপূর্ণ প্রাপক। ইমেইল আউটবক্সে সংরক্ষিত হয়েছে।",                                                                                      // bn-BD
		"প্রাপক সংক্রান্ত ত্রুটি। ইমেইল আউটবক্সে সংরক্ষিত হল",                                                                                     // bn-IN
		"Fazi degemerer. Enrollet eo bet ar postel e-barzh ar voest ermaeziañ.",                                                                   // br
		"Greška kod primaoca. Email je sačuvan u odlazni spremnik.",                                                                               // bs
		"Error de destinatari. El missatge s'ha desat a la safata de sortida. ",                                                                   // ca
		"Chybný příjemce. E-mail uložen k pozdějšímu odeslání. ",                                                                                  // cs
		"Gwall derbynnydd. E-bost wedi ei gadw i'r blwch allan.",                                                                                  // cy
		"Modtagerfejl. Meddelelsen er gemt i Udbakke.",                                                                                            // da
		"E-Mail-Versand fehlgeschlagen, da mindestens eine Empfängeradresse vom Server abgelehnt wurde. E-Mail wurde im Postausgang gespeichert.", // de
		"Zmólka z dostawarjom. Mejlka jo se do wuchada posta składowała.",                                                                         // dsb
		"Σφάλμα παραλήπτη. Το email αποθηκεύτηκε στα εξερχόμενα.",                                                                                 // el
		"Error de destinatario. Correo guardado en bandeja de salida.",                                                                            // es
		"Hartzaileen errorea. Mezua irteera-ontzian gorde da.",                                                                                    // eu
		"خطا در گیرنده. ایمیل در صندوق ارسال ذخیره شد.",                                                                                           // fa
		"Juumre neldaaɗo. Iimeel danndaama to jaltooji.",                                                                                          // ff
		"Vastaanottajavirhe. Sähköpostit tallennettiin lähteviin.",                                                                                // fi
		"Erreur de destinataire. Message enregistré dans les messages en attente.",                                                                // fr
		"Untfangerflater. E-mail bewarre yn Postfek ÚT.",                                                                                          // fy-NL
		"Earráid leis an bhfaighteoir. Sábháladh an teachtaireacht sa bhosca amach.",                                                              // ga-IE
		"Mearachd an fhaighteir. Chaidh am post-d a shàbhaladh sa bhogsa a-mach.",                                                                 // gd
		"Erro de destinatario. Gardouse o correo no cartafol de saída.",                                                                           // gl
		"प्राप्तकर्ता त्रुटि. आउटबॉक्स पर ईमेल सहेजें.",                                                                                           // hi-IN
		"Greška primatelja. Poruka je spremljena u odlaznu poštu.",                                                                                // hr
		"Zmylk z přijimarjom. E-mejlka je so wuchada pósta składowała.",                                                                           // hsb
		"Hiba a címzettnél. Levél elmentve a kimenő mappába.",                                                                                     // hu
		"Kesalahan penerima. Surel disimpan di kotak keluar.",                                                                                     // id
		"Errore destinatario. Email salvata in posta in uscita.",                                                                                  // it
		"受取人エラー。メールを送信トレイに保存します。",                                                                                                                 // ja
		"កំហុស\u200bអ្នក\u200bទទួល។ អ៊ីមែល\u200bបាន\u200bរក្សាទុក\u200bទៅ\u200bប្រអប់\u200bចេញ។",                                                  // km
		"ಪಡೆಯುವವರ ದೋಷ. ಇಮೇಲ್ ಅನ್ನು ಹೊರ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ.",                                                                                 // kn
		"수신 오류가 발생하였습니다. 이메일은 보낸 편지함에 저장되었습니다.",                                                                                                   // ko
		"Obuzibu eri gwo'wereza. Yimeyilo eterekedwa mu kasanduuke ke'zitagenze",                                                                  // lg
		"Gavėjo klaida. Laiškas įrašytas į siunčiamųjų aplanką.",                                                                                  // lt
		"Saņēmēja kļūda. Epasts tika saglabāts izsūtnē.",                                                                                          // lv
		"प्राप्तकर्ता त्रुटि. आउटबॉक्स पर ईमेल सहेजू.",                                                                                            // mai
		"അയക്കേണ്ടവിലാസത്തില്\u200d തകരാര്\u200d. ഇമെയില്\u200d ഔട്ട്ബോക്സില്\u200d സംരക്ഷിച്ചിട്ടുണ്ട്.", // ml
		"Ralat penerima. Emel disimpan ke peti keluar.", // ms
		"လက်ခံသူဘက်မှ ပြသာနာ။ အီမေလ်း အားထွက်စာတွင် သိမ်းမည်။", // my
		"Mottakerfeil. E-post lagret i utboks.", // nb-NO
		"प्रापक त्रुटि। इमेल आउटबक्समा सेभ गरियो।",                                                                                                                               // ne-NP
		"Ontvangerfout. E-mail opgeslagen in Postvak UIT.",                                                                                                                       // nl
		"Błąd adresata. Wiadomość zachowana w\u00a0„Wychodzące”.",                                                                                                                // pl
		"Erro de destinatário. Seu e-mail foi salvo na caixa de saída.",                                                                                                          // pt-BR
		"Erro de destinatário. Mensagem de email guardada na caixa de saída.",                                                                                                    // pt-PT
		"Eroare destinatar. E-mail salvat în outbox.",                                                                                                                            // ro
		"Ошибка получателя. Сообщение сохранено в исходящие.",                                                                                                                    // ru
		"ලබන්නාගේ දෝශයකි. විද්\u200dයුත් තැපෑල යන ලිපි වලට සුරකින ලදී.",                                                                                                          // si
		"Chyba príjemcu. Správa bola uložená do priečinka Pošta na odoslanie.",                                                                                                   // sk
		"Prejemnikov naslov je napačen. E-pošta je shranjena v mapi Odpošlji.",                                                                                                   // sl
		"Duukaw firka. Batagaa gaabundi taraybataa ra.",                                                                                                                          // son
		"Gabim marrësi. Email-i u ruajt te të dërguarat.",                                                                                                                        // sq
		"Грешка прималаца. Е-пошта је сачувана у За слање.",                                                                                                                      // sr-Cyrl
		"Greška primalaca. E-pošta je sačuvana u Za slanje.",                                                                                                                     // sr-Latn
		"Mottagarfel. E-post sparas i utkorgen.",                                                                                                                                 // sv-SE
		"பெறுநர் பிழை. வெளிப்பெட்டியில் மின்னஞ்சல் சேமிக்கப்பட்டது.",                                                                                                             // ta
		"స్వీకర్త దోషం. ఈమెయిలు పంపేవాటిలోకి భద్రపరచబడింది.",                                                                                                                     // te
		"ข้อผิดพลาดฝั่งผู้รับ อีเมลถูกบันทึกไปยังกล่องขาออก",                                                                                                                     // th
		"Alıcı hatası. E-posta giden kutusuna kaydedildi.",                                                                                                                       // tr
		"Помилка отримувача. Повідомлення збережено у вихідні.",                                                                                                                  // uk
		"وصول کنندہ کی خرابی۔ ای میل کو آؤٹ باکس میں محفوظ کر دیا۔",                                                                                                              // ur
		"收件人错误。邮件已保存到发件箱。",                                                                                                                                                       // zh-CN
		"收件者錯誤，已將郵件儲存至寄件匣。",                                                                                                                                                      // zh-TW
		"Mail failed to send\nRecipient error. Email saved to outbox.",                                                                                                           // en-US en-GB pa
		"ደብዳቤ መላክ አልተቻለም\nየተቀባይ ስህተት ተፈጥሯል: ኢሜይል ከ ሳጥን ውጪ ተቀምጧል",                                                                                                                 // am
		"فشل في إرسال الرّسالة\nخطأ في المُستقبِل. تمّ حفظ الرّسالة في مُجلّد البريد الصاّدر.",                                                                                   // ar
		"Неуспешно изпращане на поща\nГрешка при получателя. Пощата е запазена в изходящата кутия.",                                                                              // bg
		"মেইল প্রেরণে ব্যর্থ\nত্রুটিপূর্ণ প্রাপক। ইমেইল আউটবক্সে সংরক্ষিত হয়েছে।",                                                                                                // bn-BD
		"মেইল পাঠাতে অসফল\nপ্রাপক সংক্রান্ত ত্রুটি। ইমেইল আউটবক্সে সংরক্ষিত হল",                                                                                                  // bn-IN
		"C'hwitadenn war kas ar gemennadenn\nFazi degemerer. Enrollet eo bet ar postel e-barzh ar voest ermaeziañ.",                                                              // br
		"Pošta nije poslana\nGreška kod primaoca. Email je sačuvan u odlazni spremnik.",                                                                                          // bs
		"L'enviament del correu ha fallat\nError de destinatari. El missatge s'ha desat a la safata de sortida. ",                                                                // ca
		"Odeslání e-mailu selhalo\nChybný příjemce. E-mail uložen k pozdějšímu odeslání. ",                                                                                       // cs
		"Methodd anfon yr e-bost\nGwall derbynnydd. E-bost wedi ei gadw i'r blwch allan.",                                                                                        // cy
		"Meddelelsen kunne ikke sendes\nModtagerfejl. Meddelelsen er gemt i Udbakke.",                                                                                            // da
		"Fehler beim Senden der E-Mail\nE-Mail-Versand fehlgeschlagen, da mindestens eine Empfängeradresse vom Server abgelehnt wurde. E-Mail wurde im Postausgang gespeichert.", // de
		"Mejlka njedajo se pósłaś\nZmólka z dostawarjom. Mejlka jo se do wuchada posta składowała.",                                                                              // dsb
		"Η αποστολή του email απέτυχε\nΣφάλμα παραλήπτη. Το email αποθηκεύτηκε στα εξερχόμενα.",                                                                                  // el
		"Falló el envío del correo\nError de destinatario. Correo guardado en bandeja de salida.",                                                                                // es
		"Huts egin du mezua bidaltzeak\nHartzaileen errorea. Mezua irteera-ontzian gorde da.",                                                                                    // eu
		"خطا نامه\u200c الکترونیکی برای ارسال\nخطا در گیرنده. ایمیل در صندوق ارسال ذخیره شد.",                                                                                    // fa
		"Iimeel horiima neldeede\nJuumre neldaaɗo. Iimeel danndaama to jaltooji.",                                                                                                // ff
		"Sähköpostin lähetys epäonnistui\nVastaanottajavirhe. Sähköpostit tallennettiin lähteviin.",                                                                              // fi
		"Échec de l’envoi du message\nErreur de destinataire. Message enregistré dans les messages en attente.",                                                                  // fr
		"Ferstjoeren fan e-mail is mislearre\nUntfangerflater. E-mail bewarre yn Postfek ÚT.",                                                                                    // fy-NL
		"Níor seoladh an teachtaireacht\nEarráid leis an bhfaighteoir. Sábháladh an teachtaireacht sa bhosca amach.",                                                             // ga-IE
		"Cha b’ urrainn dhuinn an teachdaireachd a chur\nMearachd an fhaighteir. Chaidh am post-d a shàbhaladh sa bhogsa a-mach.",                                                // gd
		"Fallo ao enviar o correo\nErro de destinatario. Gardouse o correo no cartafol de saída.",                                                                                // gl
		"मेल भेजने में विफल रहा\nप्राप्तकर्ता त्रुटि. आउटबॉक्स पर ईमेल सहेजें.",                                                                                                  // hi-IN
		"Poruka nije poslana\nGreška primatelja. Poruka je spremljena u odlaznu poštu.",                                                                                          // hr
		"E-mejlka njeda so pósłać\nZmylk z přijimarjom. E-mejlka je so wuchada pósta składowała.",                                                                                // hsb
		"A levél elküldése meghiúsult\nHiba a címzettnél. Levél elmentve a kimenő mappába.",                                                                                      // hu
		"Surel gagal dikirim\nKesalahan penerima. Surel disimpan di kotak keluar.",                                                                                               // id
		"Errore invio email\nErrore destinatario. Email salvata in posta in uscita.",                                                                                             // it
		"メールの送信に失敗しました\n受取人エラー。メールを送信トレイに保存します。",                                                                                                                                 // ja
		"មែល\u200bបាន\u200bបរាជ័យ\u200bក្នុង\u200bការ\u200bផ្ញើ\nកំហុស\u200bអ្នក\u200bទទួល។ អ៊ីមែល\u200bបាន\u200bរក្សាទុក\u200bទៅ\u200bប្រអប់\u200bចេញ។", // km
		"ಅಂಚೆ ಕಳಿಸುವುದು ವಿಫಲಗೊಂಡಿದೆ\nಪಡೆಯುವವರ ದೋಷ. ಇಮೇಲ್ ಅನ್ನು ಹೊರ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ.",                                                            // kn
		"메일 전송 실패\n수신 오류가 발생하였습니다. 이메일은 보낸 편지함에 저장되었습니다.",                                                                                                // ko
		"Meyilo elemye okusindikibwa\nObuzibu eri gwo'wereza. Yimeyilo eterekedwa mu kasanduuke ke'zitagenze",                                            // lg
		"Laiško išsiųsti nepavyko\nGavėjo klaida. Laiškas įrašytas į siunčiamųjų aplanką.",                                                               // lt
		"Neizdevās aizsūtīt vēstuli\nSaņēmēja kļūda. Epasts tika saglabāts izsūtnē.",                                                                     // lv
		"मेल पठाबै मे विफल रहल\nप्राप्तकर्ता त्रुटि. आउटबॉक्स पर ईमेल सहेजू.",                                                                            // mai
		"മെയില്\u200d അയക്കാന്\u200d കഴിഞ്ഞില്ല\nഅയക്കേണ്ടവിലാസത്തില്\u200d തകരാര്\u200d. ഇമെയില്\u200d ഔട്ട്ബോക്സില്\u200d സംരക്ഷിച്ചിട്ടുണ്ട്.",        // ml
		"Mel gagal dihantar\nRalat penerima. Emel disimpan ke peti keluar.",                                                                              // ms
		"မေလ်းအားပို့ရန် မအောင်မြင်ပါ။\nလက်ခံသူဘက်မှ ပြသာနာ။ အီမေလ်း အားထွက်စာတွင် သိမ်းမည်။",                                                            // my
		"E-postsending feilet\nMottakerfeil. E-post lagret i utboks.",                                                                                    // nb-NO
		"मेल पठाउन असफल\nप्रापक त्रुटि। इमेल आउटबक्समा सेभ गरियो।",                                                                                       // ne-NP
		"Verzenden van e-mail is mislukt\nOntvangerfout. E-mail opgeslagen in Postvak UIT.",                                                              // nl
		"Nie udało się wysłać wiadomości\nBłąd adresata. Wiadomość zachowana w\u00a0„Wychodzące”.",                                                       // pl
		"Falha ao enviar e-mail\nErro de destinatário. Seu e-mail foi salvo na caixa de saída.",                                                          // pt-BR
		"Falha ao enviar a mensagem\nErro de destinatário. Mensagem de email guardada na caixa de saída.",                                                // pt-PT
		"Mailul a eșuat la trimitere\nEroare destinatar. E-mail salvat în outbox.",                                                                       // ro
		"Не удалось отправить почту\nОшибка получателя. Сообщение сохранено в исходящие.",                                                                // ru
		"තැපෑල යැවීම අකර්මන්\u200dය විය\nලබන්නාගේ දෝශයකි. විද්\u200dයුත් තැපෑල යන ලිපි වලට සුරකින ලදී.",                                                  // si
		"Odoslanie správy zlyhalo\nChyba príjemcu. Správa bola uložená do priečinka Pošta na odoslanie.",                                                 // sk
		"Pri pošiljanju pošte je prišlo do napake\nPrejemnikov naslov je napačen. E-pošta je shranjena v mapi Odpošlji.",                                 // sl
		"Batagaa mana hin ka sanbandi\nDuukaw firka. Batagaa gaabundi taraybataa ra.",                                                                    // son
		"Dërgimi i postës dështoi\nGabim marrësi. Email-i u ruajt te të dërguarat.",                                                                      // sq
		"Пошта није послата\nГрешка прималаца. Е-пошта је сачувана у За слање.",                                                                          // sr-Cyrl
		"Pošta nije poslata\nGreška primalaca. E-pošta je sačuvana u Za slanje.",                                                                         // sr-Latn
		"Meddelandet kunde inte skickas.\nMottagarfel. E-post sparas i utkorgen.",                                                                        // sv-SE
		"மின்னஞ்சல் அனுப்புவதில் தோல்வியுற்றது\nபெறுநர் பிழை. வெளிப்பெட்டியில் மின்னஞ்சல் சேமிக்கப்பட்டது.",                                             // ta
		"మెయిలు పంపుటలో వైఫల్యం\nస్వీకర్త దోషం. ఈమెయిలు పంపేవాటిలోకి భద్రపరచబడింది.",                                                                     // te
		"การส่งจดหมายล้มเหลว\nข้อผิดพลาดฝั่งผู้รับ อีเมลถูกบันทึกไปยังกล่องขาออก",                                                                        // th
		"E-posta gönderimi başarısız oldu\nAlıcı hatası. E-posta giden kutusuna kaydedildi.",                                                             // tr
		"Не вдалося надіслати пошту\nПомилка отримувача. Повідомлення збережено у вихідні.",                                                              // uk
		"میل بھیجنے میں ناکام\nوصول کنندہ کی خرابی۔ ای میل کو آؤٹ باکس میں محفوظ کر دیا۔",                                                                // ur
		"邮件发送失败\n收件人错误。邮件已保存到发件箱。",                                                                                                                       // zh-CN
		"郵件傳送失敗\n收件者錯誤，已將郵件儲存至寄件匣。",                                                                                                                      // zh-TW
	}},
	{key: "send-failure-recipients", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Check the spelling of the addresses above. Your mail server indicated one or more of the addresses above are incorrect.",                                           // en-US en-GB lv pa
		"ከላይ ያሉትን አድራሻዎች ይመርምሩ: የ እርስዎ ደብዳቤ ሰርቨር አንድ ወይንም ከዚያ በላይ አድራሻዎች የተሳሳቱ ናቸው ይላል",                                                                                     // am
		"تحقّق من صحّة العناوين أعلاه. يُشير خادوم البريد إلى وجود خطأ واحدٍ على الأقل في هذه العناوين.",                                                                    // ar
		"Проверете правописа на адресите по-горе. Вашият пощенски сървър посочи, че един или няколко от адресите са неправилни.",                                            // bg
		"উপরের ঠিকানাগুলোর বানান পরীক্ষা করুন। আপনার মেইল সার্ভার এক বা একাধিক ঠিকানাকে ভুল হিসেবে চিহ্নিত করেছে।",                                                          // bn-BD
		"উপরের ঠিকানার বানান গুলি মিলিয়ে নিন। আপনার মেইল সার্ভার নির্দেশ করছে যে এর মধ্যে এক বা একাধিক অ্যাড্রেস ভুল আছে।",                                                  // bn-IN
		"Gwiriit skrivañ ar chomlec'hioù a-us. Meneget en deus ho tafariad posteloù ez eus unan pe meur a chomlec'h didalvoudek.",                                           // br
		"Provjerite tačnost adresa iznad. Vaš email server je označio jednu ili više adresa iznad kao neispravne.",                                                          // bs
		"Comproveu l'ortografia de les adreces de dalt. El proveïdor de correu indicava que una o més de les adreces de dalt eren incorrectes.",                             // ca
		"Zkontrolujte správnost adres výše. Váš poštovní server si myslí, že jedna či více adres uvedených výše není platná.",                                               // cs
		"Gwiriwch sillafu'r cyfeiriadau uchod. Mae eich gweinydd e-bost y awgrymu fod un neu fwy o'r cyfeiriadau'n anghywir.",                                               // cy
		"Kontroller de ovenstående mailadresser. Mailserveren indikerer, at en eller flere af adresserne er ugyldige.",                                                      // da
		"Bitte überprüfen Sie die Schreibweise der E-Mail-Adressen weiter oben. Ihr E-Mail-Server teilte mit, dass mindestens eine der oben genannten Adressen falsch ist.", // de
		"Pśekontrolěrujśo pšawopis górjejcnych adresow. Waš e-mailowy serwer jo pódał, až jedna adresa abo někotare adrese z górjejcnych adresow su wopak.",                 // dsb
		"Ελέγξτε την ορθογραφία των παραπάνω διευθύνσεων. Ο διακομιστής email υπέδειξε ότι μια ή περισσότερες διευθύνσεις είναι λανθασμένες.",                               // el
		"Compruebe que escribió correctamente las direcciones anteriores. El servidor de correo indicó que una o más direcciones son incorrectas.",                          // es
		"Egiaztatu goiko helbideak ondo idatzita daudela. Posta-zerbitzariak helbide bat edo gehiago okerrak direla ohartarazi du.",                                         // eu
		"املا آدرس های بالا را بررسی کنید. سرور پست\u200cالکترونیکی شما یک یا چند آدرس نادرست در بالا را نشان می\u200cدهد.",                                                 // fa
		"Ƴeewto mbinndiin ñiiɓirde dow ɗee. Sarworde meeluuji maa hollitii wootere walla keewɗe e ɗee ñiiɓirde moƴƴaani.",                                                   // ff
		"Tarkista yllä olevien osoitteiden kirjoitusasu. Sähköpostipalvelin ilmoitti yhden tai useamman osoitteen olevan virheellinen.",                                     // fi
		"Vérifiez que les adresses ci-dessus sont correctes. Votre serveur de courrier a indiqué qu’une ou plusieurs des adresses ci-dessus étaient incorrectes.",           // fr
		"Kontrolearje de stavering fan de boppesteande adressen. Jo mailserver jûch oan dat ien of mear fan boppesteande adressen net korrekt binne.",                       // fy-NL
		"Deimhnigh litriú na seoltaí thuas. Dúirt do fhreastalaí ríomhphoist go bhfuil seoladh nó seoltaí mícheart.",                                                        // ga-IE
		"Thoir sùil air litreachadh nan seòlaidhean gu h-àrd. Dh’innis frithealaiche a’ phuist agad gu bheil co-dhiù aonan dhiubh cearr.",                                   // gd
		"Comprobe que os enderezos son correctos. O servidor de correo indicou que un ou máis dos enderezos de arriba son incorrectos.",                                     // gl
		"इसके बाद के संस्करण पते की वर्तनी की जाँच करें. आपके मेल सर्वर से एक या अधिक के उपरोक्त पते ग़लत संकेत दिया हैं.",                                                  // hi-IN
		"Provjerite ispravnost gore navedenih adresa. Vaš poslužitelj e-pošte je naznačio da jedna ili više adresa nisu ispravne.",                                          // hr
		"Přepruwujće prawopis horjeka mjenowanych adresow. Waš e-mejlowy serwer je podał, zo jedna abo wjacore z horjeka mjenowanych adresow su wopak.",                     // hsb
		"Ellenőrizze a fenti címek helyességét. Az e-mail szolgáltatója visszajelzése alapján a fenti címek közül egy vagy több helytelen.",                                 // hu
		"Periksa ejaan alamat di atas. Server surel Anda menunjukkan satu atau lebih alamat di atas salah.",                                                                 // id
		"Verificare gli indirizzi inseriti. Il server di posta segnala che uno o più indirizzi non sono corretti.",                                                          // it
		"メールアドレスのつづりを確認してください。メールサーバによると上記のアドレスのいずれかが正しくありません。",                                                                                                             // ja
		"ពិនិត្យមើល\u200bអក្ខរាវិរុទ្ធ\u200bអាសយដ្ឋាន\u200bខាងលើ។ ម៉ាស៊ីន\u200bមេ\u200bមែល\u200bរបស់\u200bអ្នក\u200bបាន\u200bបង្ហាញ\u200bអាសយដ្ឋាន\u200bមួយ ឬ\u200bច្រើន\u200bនៅ\u200bខាង\u200bលើ\u200bគឺ\u200bមិន\u200bត្រឹមត្រូវ។", // km
		"ಮೇಲಿನ ವಿಳಾಸಗಳ ಅಕ್ಷರಗಳನ್ನು ಪರಿಶೀಲಿಸಿ. ನಿಮ್ಮ ಮೇಲ್ ಸರ್ವರ್ ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ವಿಳಾಸಗಳನ್ನು ತಪ್ಪಿದೆ ಎಂದು ತಿಳಿಸುತ್ತಿದೆ.",                                                                                                             // kn
		"위에 있는 주소의 철자를 확인해 보세요. 이메일 서버가 위에 있는 주소중 한개 이상이 잘못되었다고 표시하였습니다.",                                                                                                                                                            // ko
		"Kebera empandiika y'endagiliro eri wagulu. Engabiriziyo eya meyilo elaga nti eemu kundagiliro oba ezisingawo wagulu sintufu.",                                                                                               // lg
		"Patikrinkite, ar teisingai įvedėte aukščiau išvardintus adresus. Jūsų el. pašto serveris atsakė, kad bent vienas jų yra neteisingas.",                                                                                       // lt
		"വിലാസത്തില്\u200d അക്ഷരപ്പിശകുണ്ടോയെന്ന് പരിശോധിക്കുക. ഒന്നോ അതിലധികമോ വിലാസം തെറ്റാകാമെന്ന് മെയില്\u200d സര്\u200dവര്\u200d അറിയിക്കുന്നു.",                                                                                // ml
		"Semak ejaan alamat di atas. Pelayan mel anda menunjukkan satu atau lebih daripada alamat di atas adalah salah.",                                                                                                             // ms
		"အထက်ပါ လိပ်စာ အားစာလုံးပေါင်းစစ်ပါ။ သင့်ပြထားသော မေလ်းဆာဗာ လိပ်စာမှားနေသည့်ပုံ ဖြစ်သည်။",                                                                                                                                    // my
		"Sjekk stavingen av adressene ovenfor. E-postserveren indikerte at en eller flere av adressene ovenfor er feil.",                                                                                                             // nb-NO
		"माथिको ठेगाना को हिज्जे जाँच गर्नुहोस्। तपाईंको मेल सर्भरले माथिको एक वा बढी ठेगाना गलत हो भनेर संकेत गरिरहेको छ ।",                                                                                                         // ne-NP
		"Controleer de spelling van de bovenstaande adressen. Uw mailserver gaf aan dat een of meer bovenstaande adressen onjuist zijn.",                                                                                             // nl
		"Sprawdź pisownię adresów powyżej. Twój serwer pocztowy określił conajmniej jeden adres jako nieprawidłowy.",                                                                                                                 // pl
		"Verifique os endereços acima. Seu servidor de email indicou que um ou mais endereços acima estão incorretos.",                                                                                                               // pt-BR
		"Confirme a ortografia dos endereços acima. O servidor de correio indicou que um ou mais dos endereços especificados estão incorretos.",                                                                                      // pt-PT
		"Verifică ortografia adreselor de mai sus. Serverul de mail a indicat că unul sau mai multe adrese de mai sus sunt incorecte.",                                                                                               // ro
		"Проверьте правильность написания указанных выше адресов. Почтовый сервер указал, что один или более из адресов выше некорректны.",                                                                                           // ru
		"ඉහත ලිපිනයේ වින්\u200dයාසය නිවැරදි දැයි බලන්න. ඔබගේ තැපැල් සේවාදායකය මඟින් ඉහත ලිපින එකක් හෝ ඊට වැඩි ගණනක් වැරදි බව පෙන්වයි.",                                                                                               // si
		"Skontrolujte vyššie zadané adresy. Váš poštový server uvádza, že jedna alebo viac adries nie je platných.",                                                                                                                  // sk
		"Preverite zgornje naslove. Poštni strežnik je vsaj en prejemnikov naslov označil kot napačnega.",                                                                                                                            // sl
		"Guna wala aderesey wey hantum ka boori. War bataga feršikaa bangandi kaŋ aderesu foo wal'ibooboyaŋ ne ši boori.",                                                                                                            // son
		"Kontrolloni drejtshkrimin e adresave më sipër. Shërbyesi juaj i postës sinjalizoi se një ose më tepër nga adresat më sipër janë të pasakta.",                                                                                // sq
		"Проверите правопис горе наведених адреса. Сервер е-поште је назначио да је барем једна од наведених адреса нетачна.",                                                                                                        // sr-Cyrl
		"Proverite pravopis gore navedenih adresa. Server e-pošte je naznačio da je barem jedna od navedenih adresa netačna.",                                                                                                        // sr-Latn
		"Kontrollera stavningen av adresserna ovan. Din e-postserver indikerar att en elle flera e-postadresser ovan är felaktiga.",                                                                                                  // sv-SE
		"மெற்கண்ட முகவரிகளின் எழுத்துக்களைச் சரிபார்க்கவும். ஒன்றிற்கும் மேற்பட்ட முகவரிகள் தவறு என்று உங்கள் சேவகன் சுட்டிக்காட்டுகிறது.",                                                                                           // ta
		"పైన చిరునామాల అక్షరక్రమాన్ని సరిచూడండి. మీ మెయిలు సేవకం పైన పేర్కొన్న చిరునామాలలో ఒకటి లేదా మరిన్ని చెల్లనివిగా సూచిస్తోంది.",                                                                                               // te
		"ตรวจสอบการสะกดที่อยู่ด้านบน เซิร์ฟเวอร์จดหมายของคุณระบุว่าที่อยู่ด้านบนจำนวนหนึ่งหรือมากกว่าไม่ถูกต้อง",                                                                                                                     // th
		"Yukarıdaki adreslerin yazımını kontrol edin. E-posta sunucunuz yukarıdaki adreslerden birinin veya birkaçının hatalı olduğunu bildirdi.",                                                                                    // tr
		"Перевірте правильність адрес вгорі. Ваш сервер електронної пошти вказав, що одна чи декілька адрес вгорі є некоректними.",                                                                                                   // uk
		"اوپر داخیل کئے گئے پتے کے ہجے کی پڑتال کریں۔ آپ کا میل سرور اس بات کا اشارہ کر رحا ہیں کی اوپر کے پتوں میں سے ایک یا اس سے زیادہ پتے غیر صحیح حے۔",                                                                          // ur
		"请检查上述地址的拼写。您的邮件服务器指出，上述一个或多个地址不正确。",                                                                                                                                                                                         // zh-CN
		"請檢查上方信箱的拼寫是否有誤。您的郵件伺服器指出當中有不正確的信箱地址。",                                                                                                                                                                                       // zh-TW
	}},
	{key: "compose-invalid-addresses-description", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Your message contains one or more invalid email addresses. Please correct them before sending.",                                                       // en-US en-GB pa
		"የ እርስዎ መልእክት አንድ ወይንም ከዚያ በላይ ዋጋ የሌለው የ ኢሜይል አድራሻ ይዟል: እባክዎን ከመላክዎ በፊት ያርሙት",                                                                          // am
		"رسالتك تحتوي على الأقل على عنوان بريد إلكتروني غير صحيح. صحّح ما يحتاج إلى تصحيح قبل إرسالها.",                                                        // ar
		"Вашето писмо съдържа един или няколко невалидни адреса на ел. поща. Моля, поправете ги преди изпращане.",                                              // bg
		"আপনার বার্তায় এক বা একাধিক অকার্যকর ইমেইল ঠিকানা রয়েছে। প্রেরণের পূর্বে অনুগ্রহ করে ঠিক করুন।",                                                        // bn-BD
		"আপনার বার্তায় এক বা একাধিক ভুল ইমেল অ্যাড্রেস আছে। বার্তা পাঠানোর আগে সেগুলো ঠিক করে নিন।",                                                            // bn-IN
		"Ho kemennadenn a endalc'h unan pe meur a chomlec'h didalvoudek. Reizhit anezho a-raok kas anezhi.",                                                    // br
		"Vaša poruka sadrži jednu ili više netačnih email adresa. Molimo vas da ih popravite prije slanja.",                                                    // bs
		"El missatge conté una adreça electrònica no vàlida o més. Corregiu-ho abans d'enviar el missatge.",                                                    // ca
		"Vaše zpráva obsahuje jednu nebo více neplatných e-mailových adres. Před odesláním je prosím opravte.",                                                 // cs
		"Mae eich neges yn cynnwys un neu fwy o gyfeiriadau e-bost annilys. Cywirwch nhw cyn eu hanfon.",                                                       // cy
		"Din meddelelse indeholder en eller flere ugyldige mailadresser. Ret dem, før du sender.",                                                              // da
		"Die Nachricht enthält mindestens eine ungültige E-Mail-Adresse. Bitte korrigieren Sie diese vor dem Senden.",                                          // de
		"Waša powěsć wopśimujo jadnu njepłaśiwu e-mailowu adresu abo někotare njepłaśiwe e-mailowe adrese. Pšosym skorigěrujśo je pśed słanim.",                // dsb
		"Το μήνυμά σας περιέχει μια ή περισσότερες μη έγκυρες διευθύνσεις email. Παρακαλούμε διορθώστε τες πριν την αποστολή.",                                 // el
		"Su mensaje contiene una o más direcciones de correo no válidas. Corríjalas antes de enviar el mensaje.",                                               // es
		"Mezuak helbide elektroniko baliogabe bat edo gehiago ditu. Zuzen itzazu bidali aurretik.",                                                             // eu
		"پیام شما شامل یک یا چند آدرس پست\u200cالکترونیکی نامعتبر است. لطفا آن را قبل از ارسال اصلاح کنید.",                                                    // fa
		"Ɓatakuure maa ena waɗi ñiiɓirde walla ñiiɓirɗe ɗe moƴƴaani. Tiiɗno saato-ɗe hade maa neldude.",                                                        // ff
		"Viestin vastaanottajien osoitteissa on yksi tai useampi virhe. Virheet pitää korjata ennen lähettämistä.",                                             // fi
		"Votre message contient une ou plusieurs adresses électroniques invalides. Veuillez la ou les corriger avant l’envoi.",                                 // fr
		"Jo berjocht befettet ien of mear ûnjildige e-mailadressen. Korrizjearje dizze foar it ferstjoeren.",                                                   // fy-NL
		"Tá seoladh nó seoltaí neamhbhailí i do theachtaireacht. Ba chóir duit iad a cheartú sula seolfaidh tú an teachtaireacht.",                             // ga-IE
		"Bha co-dhiù aon seòladh puist-d aig do theachdaireachd nach robh dligheach. Cuir ceart iad mus cuir thu an teachdaireachd.",                           // gd
		"A súa mensaxe contén un ou máis enderezos de correo incorrectos. Corríxeos antes de envíala.",                                                         // gl
		"आपका संदेश एक या अधिक अमान्य ईमेल पते शामिल हैं, कृपया भेजने से पहले सही करॆ.",                                                                        // hi-IN
		"Vaša poruka sadrži jednu ili više neispravnih adresa e-pošte. Ispravite ih prije slanja.",                                                             // hr
		"Waša powěsć wobsahuje jednu njepłaćiwu e-mejlowu adresu abo wjacore njepłaćiwe e-mejlowe adresy. Prošu skorigujće je před słanjom.",                   // hsb
		"Az üzenet legalább egy érvénytelen címet tartalmaz. Küldés előtt javítsa ezeket.",                                                                     // hu
		"Pesan Anda mengandung beberapa alamat surel yang tidak valid. Perbaiki alamat tersebut sebelum mengirim pesan.",                                       // id
		"Il messaggio include uno o più indirizzi non corretti. Verificarli prima di inviare il messaggio.",                                                    // it
		"メッセージに不正なメールアドレスが含まれています。送信する前にアドレスを訂正してください。",                                                                                                        // ja
		"សារ\u200bរបស់\u200bអ្នក\u200bមាន\u200bអាសយដ្ឋាន\u200bមិន\u200bត្រឹមត្រូវ\u200bមួយ ឬ\u200bច្រើន។ សូម\u200bបញ្ចូល\u200bវា\u200bមុន\u200bពេល\u200bផ្ញើ។", // km
		"ನಿಮ್ಮ ಸಂದೇಶ ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ತಪ್ಪಾದ ಇಮೇಲ್ ವಿಳಾಸ ಹೊಂದಿದೆ. ದಯವಿಟ್ಟು ಕಳಿಸುವ ಮುಂಚೆ ಅವನ್ನು ಸರಿಪಡಿಸಿ.",                                                      // kn
		"메시지에 한개 이상의 잘못된 이메일 주소가 있습니다. 이를 수정한 후에 보내주세요.",                                                                                                       // ko
		"Obubaaka bwo buli endagiliro za yiimeilo enkyaamu. Bambi zitereeze nga tonaba kusindika.",                                                             // lg
		"Kai kurių nurodytų laiško gavėjų adresai yra negalimi (netaisyklingi). Pataisykite juos prieš išsiųsdami laišką.",                                     // lt
		"Jūsu epasts satur vienu vai vairākas nepareizas epasta adreses. Lūdzu izlabojiet tās pirms sūtīšanas.",                                                // lv
		"अहाँक संदेश एकटा या बेसी अमान्य ईमेल पता सामिल अछि, कृपया पठाबै सँ पहिले सही क' लिअ.",                                                                 // mai
		"ഒന്നോ ഒന്നിലധികമോ അസാധുവായ മെയില്\u200d വിലാസം. സന്ദേശം അയക്കുന്നതിന് മുമ്പ് അവ തിരുത്താമോ ?",                                                         // ml
		"Mesej anda mengandungi satu atau lebih alamat e-mel yang tidak sah. Sila betulkan sebelum menghantar.",                                                // ms
		"သင့်စာတိုတွင် အီမေလ်းလိပ်စာအမှား ပါနေသှ်။ သေချာစွာ ပြင်ဆင်ပြီး  ပြန်ပို့ပါ။",                                                                          // my
		"Din melding inneholder en eller flere ugyldige e-postadresser. Vennligst rette dem før sending.",                                                      // nb-NO
		"तपाईंको सन्देश एक वा बढी अवैध इमेल ठेगाना समावेश गर्दछ। पठाउनु अघि तिनीहरूलाई सुधार गर्नुहोस्।",                                                       // ne-NP
		"Uw bericht bevat een of meer ongeldige e-mailadressen. Corrigeer deze voor het verzenden.",                                                            // nl
		"Wiadomość zawiera co najmniej jeden nieprawidłowy adres - proszę je poprawić przed próbą ponownego wysłania.",                                         // pl
		"Sua mensagem contém um ou mais endereços de e-mail inválidos. Por favor, corrija-os antes de enviar.",                                                 // pt-BR
		"A sua mensagem contém um ou mais endereços de email inválidos. Por favor corrija-os antes de enviar.",                                                 // pt-PT
		"Mesajul conține una sau mai multe adrese de e-mail invalide. Te rugăm să le corectezi înainte de trimitere.",                                          // ro
		"Ваше сообщение содержит один или несколько недопустимых адресов электронной почты. Пожалуйста, исправьте их перед отправкой.",                         // ru
		"ඔබගේ පණිවුඩය සාවද්\u200dය ලිපින එකක් හෝ වැඩි ගණනක් දරයි. යැවීමට ප්\u200dරථමයෙන් ඒවා නිවැරදි කරන්න.",                                                   // si
		"Vaša správa obsahuje jednu alebo viac neplatných e-mailových adries. Pred odoslaním ich opravte.",                                                     // sk
		"Vaše sporočilo vsebuje vsaj en neveljaven e-poštni naslov. Popravite ga pred pošiljanjem.",                                                            // sl
		"Aderesu laala foo wal'ibooboyaŋ goo war batagaa ra. War m'i hanse jina ka batagaa sanba.",                                                             // son
		"Mesazhi juaj përmban një ose disa adresa email të pavlefshme. Ju lutemi, ndreqini, përpara se ta dërgoni.",                                            // sq
		"Порука садржи једну или више неважећих адреса е-поште. Исправите их пре слања.",                                                                       // sr-Cyrl
		"Poruka sadrži jednu ili više nevažećih adresa e-pošte. Ispravite ih pre slanja.",                                                                     // sr-Latn
		"Ditt meddelande innehåller en eller flera ogiltiga e-postadresser. Vänligen rätta till dem innan du skickar.",                                         // sv-SE
		"உங்கள் செய்தி ஒன்றிற்கும் மேற்பட்ட செல்லாத மின்னஞ்சல் முகவரிகளை கொண்டுள்ளது. தயவுச்செய்து அனுப்பும் முன் சரிபார்க்கவும்.", // ta
		"మీ సందేశంలో ఒకటి లేదా మరిన్ని తప్పుడు ఈమెయిలు చిరునామాలు ఉన్నాయి. దయచేసి పంపేముందు వాటిని సరిచేయండి.",                      // te
		"ข้อความของคุณมีที่อยู่อีเมลจำนวนหนึ่งหรือมากกว่าที่ไม่ถูกต้อง โปรดแก้ไขให้ถูกต้องก่อนทำการส่ง",                             // th
		"İletiniz bir veya daha fazla geçersiz adres içeriyor. Lütfen iletiyi göndermeden önce onları düzeltin.",                                                   // tr
		"Ваше повідомлення містить одну чи декілька неправильних електронних адрес. Виправте їх преед надсиланням.",                                                // uk
		"آپ کے پیغام میں ایک یا زائد ناجائز ای میل کے پتے مشتمل ہے۔ براہ کرم بھیجنے سے پہلے ان کو درست کردے۔",                                                      // ur
		"您的消息中包含一个或多个无效的电子邮件地址。请在发送前更正。",                                                                                                                           // zh-CN
		"您的訊息包含無效的電子郵件信箱，請修正後再傳送。",                                                                                                                                 // zh-TW
		"Invalid Addresses\nYour message contains one or more invalid email addresses. Please correct them before sending.",                                        // en-US en-GB pa
		"ትክክል ያልሆነ አድራሻ\nየ እርስዎ መልእክት አንድ ወይንም ከዚያ በላይ ዋጋ የሌለው የ ኢሜይል አድራሻ ይዟል: እባክዎን ከመላክዎ በፊት ያርሙት",                                                              // am
		"عناوين غير صحيحة\nرسالتك تحتوي على الأقل على عنوان بريد إلكتروني غير صحيح. صحّح ما يحتاج إلى تصحيح قبل إرسالها.",                                          // ar
		"Невалидни адреси\nВашето писмо съдържа един или няколко невалидни адреса на ел. поща. Моля, поправете ги преди изпращане.",                                // bg
		"অকার্যকর ঠিকানা\nআপনার বার্তায় এক বা একাধিক অকার্যকর ইমেইল ঠিকানা রয়েছে। প্রেরণের পূর্বে অনুগ্রহ করে ঠিক করুন।",                                           // bn-BD
		"অবৈধ ঠিকানা\nআপনার বার্তায় এক বা একাধিক ভুল ইমেল অ্যাড্রেস আছে। বার্তা পাঠানোর আগে সেগুলো ঠিক করে নিন।",                                                   // bn-IN
		"Chomlec'hioù didalvoudek\nHo kemennadenn a endalc'h unan pe meur a chomlec'h didalvoudek. Reizhit anezho a-raok kas anezhi.",                              // br
		"Netačne adrese\nVaša poruka sadrži jednu ili više netačnih email adresa. Molimo vas da ih popravite prije slanja.",                                        // bs
		"Adreces no vàlides\nEl missatge conté una adreça electrònica no vàlida o més. Corregiu-ho abans d'enviar el missatge.",                                    // ca
		"Neplatné adresy\nVaše zpráva obsahuje jednu nebo více neplatných e-mailových adres. Před odesláním je prosím opravte.",                                    // cs
		"Cyfeiriad Annilys\nMae eich neges yn cynnwys un neu fwy o gyfeiriadau e-bost annilys. Cywirwch nhw cyn eu hanfon.",                                        // cy
		"Ugyldig adresse\nDin meddelelse indeholder en eller flere ugyldige mailadresser. Ret dem, før du sender.",                                                 // da
		"Ungültige Adresse\nDie Nachricht enthält mindestens eine ungültige E-Mail-Adresse. Bitte korrigieren Sie diese vor dem Senden.",                           // de
		"Njepłaśiwe adrese\nWaša powěsć wopśimujo jadnu njepłaśiwu e-mailowu adresu abo někotare njepłaśiwe e-mailowe adrese. Pšosym skorigěrujśo je pśed słanim.", // dsb
		"Μη έγκυρες διευθύνσεις\nΤο μήνυμά σας περιέχει μια ή περισσότερες μη έγκυρες διευθύνσεις email. Παρακαλούμε διορθώστε τες πριν την αποστολή.",             // el
		"Direcciones no válidas\nSu mensaje contiene una o más direcciones de correo no válidas. Corríjalas antes de enviar el mensaje.",                           // es
		"Helbide baliogabeak\nMezuak helbide elektroniko baliogabe bat edo gehiago ditu. Zuzen itzazu bidali aurretik.",                                            // eu
		"نشانی نامعتبر\nپیام شما شامل یک یا چند آدرس پست\u200cالکترونیکی نامعتبر است. لطفا آن را قبل از ارسال اصلاح کنید.",                                         // fa
		"Ñiiɓirɗe ɗe Moƴƴaani\nƁatakuure maa ena waɗi ñiiɓirde walla ñiiɓirɗe ɗe moƴƴaani. Tiiɗno saato-ɗe hade maa neldude.",                                      // ff
		"Virheellisiä osoitteita\nViestin vastaanottajien osoitteissa on yksi tai useampi virhe. Virheet pitää korjata ennen lähettämistä.",                        // fi
		"Adresses invalides\nVotre message contient une ou plusieurs adresses électroniques invalides. Veuillez la ou les corriger avant l’envoi.",                 // fr
		"Unjildige adressen\nJo berjocht befettet ien of mear ûnjildige e-mailadressen. Korrizjearje dizze foar it ferstjoeren.",                                   // fy-NL
		"Seoltaí Neamhbhailí\nTá seoladh nó seoltaí neamhbhailí i do theachtaireacht. Ba chóir duit iad a cheartú sula seolfaidh tú an teachtaireacht.",            // ga-IE
		"Seòladh mì-dhligheach\nBha co-dhiù aon seòladh puist-d aig do theachdaireachd nach robh dligheach. Cuir ceart iad mus cuir thu an teachdaireachd.",        // gd
		"Enderezos incorrectos\nA súa mensaxe contén un ou máis enderezos de correo incorrectos. Corríxeos antes de envíala.",                                      // gl
		"अवैध पता\nआपका संदेश एक या अधिक अमान्य ईमेल पते शामिल हैं, कृपया भेजने से पहले सही करॆ.",                                                                  // hi-IN
		"Neispravne adrese\nVaša poruka sadrži jednu ili više neispravnih adresa e-pošte. Ispravite ih prije slanja.",                                              // hr
		"Njepłaćiwe adresy\nWaša powěsć wobsahuje jednu njepłaćiwu e-mejlowu adresu abo wjacore njepłaćiwe e-mejlowe adresy. Prošu skorigujće je před słanjom.",    // hsb
		"Érvénytelen cím\nAz üzenet legalább egy érvénytelen címet tartalmaz. Küldés előtt javítsa ezeket.",                                                        // hu
		"Alamat Invalid\nPesan Anda mengandung beberapa alamat surel yang tidak valid. Perbaiki alamat tersebut sebelum mengirim pesan.",                           // id
		"Indirizzi non corretti\nIl messaggio include uno o più indirizzi non corretti. Verificarli prima di inviare il messaggio.",                                // it
		"不正なアドレス\nメッセージに不正なメールアドレスが含まれています。送信する前にアドレスを訂正してください。",                                                                                                   // ja
		"អាសយដ្ឋាន\u200bមិន\u200bត្រឹមត្រូវ\nសារ\u200bរបស់\u200bអ្នក\u200bមាន\u200bអាសយដ្ឋាន\u200bមិន\u200bត្រឹមត្រូវ\u200bមួយ ឬ\u200bច្រើន។ សូម\u200bបញ្ចូល\u200bវា\u200bមុន\u200bពេល\u200bផ្ញើ។", // km
		"ಅಸಿಂಧುವಾದ ವಿಳಾಸ\nನಿಮ್ಮ ಸಂದೇಶ ಒಂದು ಅಥವಾ ಹೆಚ್ಚು ತಪ್ಪಾದ ಇಮೇಲ್ ವಿಳಾಸ ಹೊಂದಿದೆ. ದಯವಿಟ್ಟು ಕಳಿಸುವ ಮುಂಚೆ ಅವನ್ನು ಸರಿಪಡಿಸಿ.",                                                                         // kn
		"잘못된 주소\n메시지에 한개 이상의 잘못된 이메일 주소가 있습니다. 이를 수정한 후에 보내주세요.",                                                                                                                                   // ko
		"Endagiliro nkyaamu\nObubaaka bwo buli endagiliro za yiimeilo enkyaamu. Bambi zitereeze nga tonaba kusindika.",                                                                             // lg
		"Negalimi adresai\nKai kurių nurodytų laiško gavėjų adresai yra negalimi (netaisyklingi). Pataisykite juos prieš išsiųsdami laišką.",                                                       // lt
		"Nepareizas adreses\nJūsu epasts satur vienu vai vairākas nepareizas epasta adreses. Lūdzu izlabojiet tās pirms sūtīšanas.",                                                                // lv
		"अवैध पता\nअहाँक संदेश एकटा या बेसी अमान्य ईमेल पता सामिल अछि, कृपया पठाबै सँ पहिले सही क' लिअ.",                                                                                           // mai
		"അസാധുവായ വിലാസം\nഒന്നോ ഒന്നിലധികമോ അസാധുവായ മെയില്\u200d വിലാസം. സന്ദേശം അയക്കുന്നതിന് മുമ്പ് അവ തിരുത്താമോ ?",                                                                            // ml
		"Alamat Tidak Sah\nMesej anda mengandungi satu atau lebih alamat e-mel yang tidak sah. Sila betulkan sebelum menghantar.",                                                                  // ms
		"လိပ်စာ အမှားများ\nသင့်စာတိုတွင် အီမေလ်းလိပ်စာအမှား ပါနေသှ်။ သေချာစွာ ပြင်ဆင်ပြီး  ပြန်ပို့ပါ။",                                                                                            // my
		"Ugyldige adresser\nDin melding inneholder en eller flere ugyldige e-postadresser. Vennligst rette dem før sending.",                                                                       // nb-NO
		"अवैध ठेगाना\nतपाईंको सन्देश एक वा बढी अवैध इमेल ठेगाना समावेश गर्दछ। पठाउनु अघि तिनीहरूलाई सुधार गर्नुहोस्।",                                                                              // ne-NP
		"Ongeldige adressen\nUw bericht bevat een of meer ongeldige e-mailadressen. Corrigeer deze voor het verzenden.",                                                                            // nl
		"Nieprawidłowe adresy\nWiadomość zawiera co najmniej jeden nieprawidłowy adres - proszę je poprawić przed próbą ponownego wysłania.",                                                       // pl
		"Endereço Inválido\nSua mensagem contém um ou mais endereços de e-mail inválidos. Por favor, corrija-os antes de enviar.",                                                                  // pt-BR
		"Endereços inválidos\nA sua mensagem contém um ou mais endereços de email inválidos. Por favor corrija-os antes de enviar.",                                                                // pt-PT
		"Adresă invalidă\nMesajul conține una sau mai multe adrese de e-mail invalide. Te rugăm să le corectezi înainte de trimitere.",                                                             // ro
		"Недопустимые адреса\nВаше сообщение содержит один или несколько недопустимых адресов электронной почты. Пожалуйста, исправьте их перед отправкой.",                                        // ru
		"සාවද්\u200dය ලිපිනයන්\nඔබගේ පණිවුඩය සාවද්\u200dය ලිපින එකක් හෝ වැඩි ගණනක් දරයි. යැවීමට ප්\u200dරථමයෙන් ඒවා නිවැරදි කරන්න.",                                                                // si
		"Neplatné adresy\nVaša správa obsahuje jednu alebo viac neplatných e-mailových adries. Pred odoslaním ich opravte.",                                                                        // sk
		"Neveljaven naslov\nVaše sporočilo vsebuje vsaj en neveljaven e-poštni naslov. Popravite ga pred pošiljanjem.",                                                                             // sl
		"Aderesu laalayaŋ\nAderesu laala foo wal'ibooboyaŋ goo war batagaa ra. War m'i hanse jina ka batagaa sanba.",                                                                               // son
		"Adresa të Pavlefshme\nMesazhi juaj përmban një ose disa adresa email të pavlefshme. Ju lutemi, ndreqini, përpara se ta dërgoni.",                                                          // sq
		"Неважеће адресе\nПорука садржи једну или више неважећих адреса е-поште. Исправите их пре слања.",                                                                                          // sr-Cyrl
		"Nevažeće adrese\nPoruka sadrži jednu ili više nevažećih adresa e-pošte. Ispravite ih pre slanja.",                                                                                       // sr-Latn
		"Ogiltiga adresser\nDitt meddelande innehåller en eller flera ogiltiga e-postadresser. Vänligen rätta till dem innan du skickar.",                                                          // sv-SE
		"செல்லாத முகவரிகள்\nஉங்கள் செய்தி ஒன்றிற்கும் மேற்பட்ட செல்லாத மின்னஞ்சல் முகவரிகளை கொண்டுள்ளது. தயவுச்செய்து அனுப்பும் முன் சரிபார்க்கவும்.",                                             // ta
		"చెల్లని చిరునామాలు\nమీ సందేశంలో ఒకటి లేదా మరిన్ని తప్పుడు ఈమెయిలు చిరునామాలు ఉన్నాయి. దయచేసి పంపేముందు వాటిని సరిచేయండి.",                                                                 // te
		"ที่อยู่ไม่ถูกต้อง\nข้อความของคุณมีที่อยู่อีเมลจำนวนหนึ่งหรือมากกว่าที่ไม่ถูกต้อง โปรดแก้ไขให้ถูกต้องก่อนทำการส่ง",                                                                         // th
		"Geçersiz adresler\nİletiniz bir veya daha fazla geçersiz adres içeriyor. Lütfen iletiyi göndermeden önce onları düzeltin.",                                                                // tr
		"Неправильні адреси\nВаше повідомлення містить одну чи декілька неправильних електронних адрес. Виправте їх преед надсиланням.",                                                            // uk
		"ناجائز پتے\nآپ کے پیغام میں ایک یا زائد ناجائز ای میل کے پتے مشتمل ہے۔ براہ کرم بھیجنے سے پہلے ان کو درست کردے۔",                                                                          // ur
		"无效的地址\n您的消息中包含一个或多个无效的电子邮件地址。请在发送前更正。",                                                                                                                                                    // zh-CN
		"地址無效\n您的訊息包含無效的電子郵件信箱，請修正後再傳送。",                                                                                                                                                           // zh-TW
	}},
	{key: "compose-attchment-size-exceeded", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"The selected attachment is too large to send with this message.",                         // en-US en-GB pa
		"Die gekose aanhegsel is te groot om met hierdie boodskap te stuur.",                      // af
		"የተመረጠው ማያያዣ በጣም ትልቅ ነው ከዚህ መልእክት ጋር አብሮ ለመላክ",                                            // am
		"الملف المرفق أكبر من أن يتم إرساله مع هذه الرسالة.",                                      // ar
		"নিৰ্বাচিত এটাচমেন্ট এই বাৰ্তা পঠোৱাৰ বাবে অত্যাধিক ডাঙৰ।",                                // as
		"Избраната притурка е твърде голяма, за да бъде изпратена с това съобщение.",              // bg
		"বার্তার সাথে প্রেরণের জন্য নির্বাচিত সংযুক্তির আকার অনেক বড়।",                            // bn-BD
		"বার্তার সাথে পাঠানোর জন্য নির্বাচিত সংযুক্ত বস্তুটির আকার অত্যধিক বড়।",                   // bn-IN
		"Re vras eo ar c'henstagadur evit bezañ kaset er gemennadenn-mañ.",                        // br
		"Odabrani prilog je prevelik za slanje sa ovom porukom.",                                  // bs
		"L'adjunció seleccionada és massa gran per enviar-la amb el missatge.",                    // ca
		"Zvolená příloha je příliš velká na to, aby byla odeslána s touto zprávou.",               // cs
		"Mae'r atodiad hwn yn rhy fawr i'w anfon gyda'r neges hon.",                               // cy
		"Den markerede vedhæftede fil er for stor til at kunne sendes med denne mail.",            // da
		"Der gewählte Anhang ist zu groß, um mit dieser Nachricht gesendet zu werden.",            // de
		"Wubrany pśidank jo pśewjeliki, aby z toś teju powěsću pósłał.",                           // dsb
		"Το συγκεκριμένο συνημμένο είναι υπερβολικά μεγάλο για να σταλεί με αυτό το μήνυμα.",      // el
		"La elektita kunsendaĵo estas tro granda por esti sendita kun tiu ĉi mesaĝo.",             // eo
		"El adjunto seleccionado es demasiado grande para enviarlo con este mensaje.",             // es
		"Hautatutako eranskina handiegia da mezu honekin bidaltzeko.",                             // eu
		"پیوست\u200cهای انتخاب شده برای ارسال بسیار حجیم\u200c هستند.",                            // fa
		"Ɗisannde labaande ndee ena mawni haa ɓurti ngam neldorde e nduu ɓatakuuru.",              // ff
		"Valittu liitetiedosto on liian suuri lähetettäväksi viestissä.",                          // fi
		"La pièce jointe sélectionnée est trop volumineuse pour être envoyée avec ce message.",    // fr
		"De selektearre bylage is te grut om mei dit berjocht te ferstjoeren.",                    // fy-NL
		"Tá an t-iatán roghnaithe rómhór agus ní féidir é a sheoladh leis an teachtaireacht seo.", // ga-IE
		"Thagh thu ceanglachan a tha ro mhòr 's cha ghabh a chur leis an teachdaireachd.",         // gd
		"O anexo seleccionado é demasiado grande para envialo con esta mensaxe.",                  // gl
		"આ સંદેશા સાથે મોકલવા માટે પસંદ થયેલ કનેક્શન ખૂબ મોટું છે.",                               // gu
		"इस संदेश के साथ भेजने के लिए चयनित अनुलग्नक बहुत बड़ा है.",                               // hi-IN
		"Odabrani priložak je prevelik za slanje pomoću ove poruke.",                              // hr
		"Wubrany přiwěšk je přewulki, zo byšće z tutej powěsću pósłał.",                           // hsb
		"A kiválasztott melléklet túl nagy ahhoz, hogy ehhez az üzenethez csatolni lehessen.",     // hu
		"Lampiran yang dipilih terlalu besar untuk dikirim bersama pesan ini.",                    // id
		"La dimensione dell’allegato selezionato è eccessiva per l’invio in questo messaggio.",    // it
		"選択された添付ファイルのサイズが大きすぎるため、このメッセージは送信できません。",                                                // ja
		"ឯកសារ\u200bភ្ជាប់\u200bដែល\u200bបាន\u200bជ្រើស\u200bដើម្បី\u200bផ្ញើ\u200bជាមួយ\u200bសារ\u200bនេះ\u200bគឺ\u200bធំ\u200bពេក។", // km
		"ಈ ಸಂದೇಶದೊಂದಿಗೆ ಆಯ್ಕೆ ಮಾಡಿರುವ ಲಗತ್ತು ತುಂಬಾ ದೊಡ್ಡದಿದೆ.",                                                                        // kn
		"선택한 첨부 파일이 너무 커서 이메일을 보낼 수 없습니다.",                                                                                            // ko
		"Ekyokugatako ekilondedwa kinene nyo okukiwereza n'obubaka buno.",                                                             // lg
		"Pasirinktasis priedas yra per didelis siuntimui su šiuo laišku.",                                                             // lt
		"Izvēlētais pielikums ir pārāk liels lai to sūtīt ar šo vēstuli.",                                                             // lv
		"ई समाद क सँग पठाबै कलेल चयनित अनुलग्नक बहुत पैघ अछि.",                                                                        // mai
		"Избраниот прилог е премногу голем за да се испрати со оваа порака.",                                                          // mk
		"തിരഞ്ഞെടുത്ത അറ്റാച്ച്മെന്റ് ഈ സന്ദേശത്തിന്റെ കൂടെ അയയ്ക്കാൻ പറ്റാത്ത അത്രയും വലുതാണ്.",                                      // ml
		"या संदेशासोबत पाठविण्यासाठी निवडलेले ॲटॅचमेंट खुपच मोठे आहे.",                                                                // mr
		"Kepilan dipilih terlalu besar untuk dihantar dengan mesej ini.",                                                              // ms
		"ရွေးထားသော တွဲဖိုင်သည် စာတိုဖြင့်ပို့ရန် ပမာဏ ကြီးလွန်းနေသှ်",                                                                // my
		"Det valgte vedlegget er for stort til å sendes med denne meldingen.",                                                         // nb-NO
		"चयन गरिएको संलग्न यस सन्देशमा पठाउन धेरै ठूलो छ।",                                                                            // ne-NP
		"De geselecteerde bijlage is te groot om met dit bericht te verzenden.",                                                       // nl
		"ବଛାଯାଇଥିବା ଆଟାଚମେଣ୍ଟଟି ଖୁବ ବଡ଼ ଓ ଏହି ସନ୍ଦେଶରେ ପଠାଯାଇପାରିବ ନାହିଁ ।",                                                           // or
		"Wybrany załącznik jest zbyt duży, aby wysłać go z\u00a0tą wiadomością.",                                                      // pl
		"O anexo selecionado é muito grande para ser enviado com essa mensagem.",                                                      // pt-BR
		"O anexo selecionado é demasiado grande para ser enviado com esta mensagem.",                                                  // pt-PT
		"Atașamentul selectat este prea mare pentru a fi trimis cu acest mesaj.",                                                      // ro
		"Выбранное вложение слишком велико для отправки с этим сообщением.",                                                           // ru
		"මෙම පණිවුඩය හා යැවීමට මෙම ඇමිණුමේ ප්\u200dරමාණය ඉක්මවා ඇත.",                                                                  // si
		"Zvolená príloha je príliš veľká, aby mohla byť odoslaná v tejto správe.",                                                     // sk
		"Izbrana priponka je prevelika, da bi jo lahko poslali.",                                                                      // sl
		"Hanganditiira suubantaa ga bebbeeri sanbayan se alhabaroo woo ra.",                                                           // son
		"Bashkëngjitja e përzgjedhur është shumë e madhe për dërgim me këtë mesazh.",                                                  // sq
		"Одабрани прилог је превелик за поруку.",                                                                                      // sr-Cyrl
		"Odabrani prilog je prevelik za poruku.",                                                                                      // sr-Latn
		"Vald bilaga är för stor för att skicka med meddelandet.",                                                                     // sv-SE
		"Kiambatanisho kilichochaguliwa ni kikubwa sana kutuma na ujumbe huu.",                                                        // sw
		"செய்தியை அனுப்ப தெரிவுசெய்த சேர்க்கை பெரியதாக உள்ளது.",                                                                       // ta
		"ఈ సందేశంతో పంపుటకు ఎంపికచేసిన జోడింపు చాలా పెద్దది.",                                                                         // te
		"ไฟล์แนบที่เลือกใหญ่เกินไปที่จะส่งกับข้อความนี้",                                                                              // th
		"Seçilen ek, bu mesajla gönderilemeyecek kadar büyük.",                                                                        // tr
		"Вибране вкладення надто велике для надсилання з цим повідомленням.",                                                          // uk
		"منتخب منسلکہ اس پیغام کے ساتھ بھیجنے کے لئے بہت بڑی ہے۔",                                                                     // ur
		"Isincamatheliswa osikhethileyo sikhulu kakhulu ukuba ungasithumnela nalo myalezo.",                                           // xh
		"Àsopọ̀ tí a yàn ti tóbi jù láti fi jíṣẹ́ yìí.",                                                                      // yo
		"为此消息选择发送的附件太大。",                                                                                                              // zh-CN
		"所選的附件太大，無法與此訊息一起傳送。",                                                                                                         // zh-TW
		"Okukhethiwe kokunanyatheliswa bekukukhulu kakhulu ukuthi kungathunyelwa nalo myalezo.",                                       // zu
		"Attachment too large\nThe selected attachment is too large to send with this message.",                                       // en-US en-GB pa
		"Aanhegsel te groot\nDie gekose aanhegsel is te groot om met hierdie boodskap te stuur.",                                      // af
		"የተያያዘው በጣም ትልቅ ነው\nየተመረጠው ማያያዣ በጣም ትልቅ ነው ከዚህ መልእክት ጋር አብሮ ለመላክ",                                                             // am
		"الملف المرفق كبير جدا\nالملف المرفق أكبر من أن يتم إرساله مع هذه الرسالة.",                                                   // ar
		"এটাচমেন্ট অত্যাধিক ডাঙৰ\nনিৰ্বাচিত এটাচমেন্ট এই বাৰ্তা পঠোৱাৰ বাবে অত্যাধিক ডাঙৰ।",                                           // as
		"Притурката е твърде голяма\nИзбраната притурка е твърде голяма, за да бъде изпратена с това съобщение.",                      // bg
		"সংযুক্তির আকার অনেক বড়\nবার্তার সাথে প্রেরণের জন্য নির্বাচিত সংযুক্তির আকার অনেক বড়।",                                        // bn-BD
		"সংযুক্ত বস্তু আকার অনেক বড়\nবার্তার সাথে পাঠানোর জন্য নির্বাচিত সংযুক্ত বস্তুটির আকার অত্যধিক বড়।", // bn-IN
		"Kenstagadur re vras\nRe vras eo ar c'henstagadur evit bezañ kaset er gemennadenn-mañ.",                               // br
		"Prilog je prevelik\nOdabrani prilog je prevelik za slanje sa ovom porukom.",                                          // bs
		"L'adjunció és massa gran\nL'adjunció seleccionada és massa gran per enviar-la amb el missatge.",                      // ca
		"Příloha je příliš velká\nZvolená příloha je příliš velká na to, aby byla odeslána s touto zprávou.",                  // cs
		"Mae'r atodiad yn rhy fawr\nMae'r atodiad hwn yn rhy fawr i'w anfon gyda'r neges hon.",                                // cy
		"Den vedhæftede fil er for stor\nDen markerede vedhæftede fil er for stor til at kunne sendes med denne mail.",        // da
		"Anhang zu groß\nDer gewählte Anhang ist zu groß, um mit dieser Nachricht gesendet zu werden.",                        // de
		"Pśidank pśwjeliki\nWubrany pśidank jo pśewjeliki, aby z toś teju powěsću pósłał.",                                    // dsb
		"Υπερβολικά μεγάλο συνημμένο\nΤο συγκεκριμένο συνημμένο είναι υπερβολικά μεγάλο για να σταλεί με αυτό το μήνυμα.",     // el
		"Kunsendaĵo tro granda\nLa elektita kunsendaĵo estas tro granda por esti sendita kun tiu ĉi mesaĝo.",                  // eo
		"Adjunto demasiado grande\nEl adjunto seleccionado es demasiado grande para enviarlo con este mensaje.",               // es
		"Eranskina handiegia da\nHautatutako eranskina handiegia da mezu honekin bidaltzeko.",                                 // eu
		"پیوست بسیار حجیم است\nپیوست\u200cهای انتخاب شده برای ارسال بسیار حجیم\u200c هستند.",                                  // fa
		"Ɗisanɗe ena mawni haa ɓurti\nƊisannde labaande ndee ena mawni haa ɓurti ngam neldorde e nduu ɓatakuuru.",             // ff
		"Liian suuri liitetiedosto\nValittu liitetiedosto on liian suuri lähetettäväksi viestissä.",                           // fi
		"Pièce jointe trop volumineuse\nLa pièce jointe sélectionnée est trop volumineuse pour être envoyée avec ce message.", // fr
		"Bylage te grut\nDe selektearre bylage is te grut om mei dit berjocht te ferstjoeren.",                                // fy-NL
		"Iatán rómhór\nTá an t-iatán roghnaithe rómhór agus ní féidir é a sheoladh leis an teachtaireacht seo.",               // ga-IE
		"Tha an ceanglachan ro mhòr\nThagh thu ceanglachan a tha ro mhòr 's cha ghabh a chur leis an teachdaireachd.",         // gd
		"Anexo demasiado grande\nO anexo seleccionado é demasiado grande para envialo con esta mensaxe.",                      // gl
		"કનેક્શન ખૂબ મોટું છે\nઆ સંદેશા સાથે મોકલવા માટે પસંદ થયેલ કનેક્શન ખૂબ મોટું છે.",                                     // gu
		"अनुलग्नक बहुत बड़ा है\nइस संदेश के साथ भेजने के लिए चयनित अनुलग्नक बहुत बड़ा है.",                                    // hi-IN
		"Priložena datoteka je prevelika\nOdabrani priložak je prevelik za slanje pomoću ove poruke.",                         // hr
		"Přiwěšk přewulki\nWubrany přiwěšk je přewulki, zo byšće z tutej powěsću pósłał.",                                     // hsb
		"A melléklet túl nagy\nA kiválasztott melléklet túl nagy ahhoz, hogy ehhez az üzenethez csatolni lehessen.",           // hu
		"Lampiran terlalu besar\nLampiran yang dipilih terlalu besar untuk dikirim bersama pesan ini.",                        // id
		"Dimensione allegato eccessiva\nLa dimensione dell’allegato selezionato è eccessiva per l’invio in questo messaggio.", // it
		"添付ファイルのサイズが大きすぎます\n選択された添付ファイルのサイズが大きすぎるため、このメッセージは送信できません。",                                                         // ja
		"ឯកសារ\u200bភ្ជាប់\u200bធំ\u200bពេក\nឯកសារ\u200bភ្ជាប់\u200bដែល\u200bបាន\u200bជ្រើស\u200bដើម្បី\u200bផ្ញើ\u200bជាមួយ\u200bសារ\u200bនេះ\u200bគឺ\u200bធំ\u200bពេក។", // km
		"ಲಗತ್ತುಗಳು ತುಂಬ ದೊಡ್ಡದಿದೆ\nಈ ಸಂದೇಶದೊಂದಿಗೆ ಆಯ್ಕೆ ಮಾಡಿರುವ ಲಗತ್ತು ತುಂಬಾ ದೊಡ್ಡದಿದೆ.",                                                                                  // kn
		"첨부 파일 너무 큼\n선택한 첨부 파일이 너무 커서 이메일을 보낼 수 없습니다.",                                                                                                                    // ko
		"Ekigattidwaako kinene nyo\nEkyokugatako ekilondedwa kinene nyo okukiwereza n'obubaka buno.",                                                                      // lg
		"Priedas per didelis\nPasirinktasis priedas yra per didelis siuntimui su šiuo laišku.",                                                                            // lt
		"Pielikums pārāk liels\nIzvēlētais pielikums ir pārāk liels lai to sūtīt ar šo vēstuli.",                                                                          // lv
		"अनुलग्नक बहुत पैघ अछि\nई समाद क सँग पठाबै कलेल चयनित अनुलग्नक बहुत पैघ अछि.",                                                                                     // mai
		"Прилогот е премногу голем\nИзбраниот прилог е премногу голем за да се испрати со оваа порака.",                                                                   // mk
		"അറ്റാച്ച്മെന്റ് വളരെ വലുതാണ്\nതിരഞ്ഞെടുത്ത അറ്റാച്ച്മെന്റ് ഈ സന്ദേശത്തിന്റെ കൂടെ അയയ്ക്കാൻ പറ്റാത്ത അത്രയും വലുതാണ്.",                                            // ml
		"खुपच मोठी ॲटॅचमेंट\nया संदेशासोबत पाठविण्यासाठी निवडलेले ॲटॅचमेंट खुपच मोठे आहे.",                                                                                // mr
		"Kepilan terlalu besar\nKepilan dipilih terlalu besar untuk dihantar dengan mesej ini.",                                                                           // ms
		"တွဲဖိုင် ပမာဏများ\nရွေးထားသော တွဲဖိုင်သည် စာတိုဖြင့်ပို့ရန် ပမာဏ ကြီးလွန်းနေသှ်",                                                                                 // my
		"Vedlegget er for stort\nDet valgte vedlegget er for stort til å sendes med denne meldingen.",                                                                     // nb-NO
		"संलग्न धेरै ठुलो भयो\nचयन गरिएको संलग्न यस सन्देशमा पठाउन धेरै ठूलो छ।",                                                                                          // ne-NP
		"Bijlage te groot\nDe geselecteerde bijlage is te groot om met dit bericht te verzenden.",                                                                         // nl
		"ସଂଲଗ୍ନକଟି ଅତ୍ୟଧିକ ବଡ଼\nବଛାଯାଇଥିବା ଆଟାଚମେଣ୍ଟଟି ଖୁବ ବଡ଼ ଓ ଏହି ସନ୍ଦେଶରେ ପଠାଯାଇପାରିବ ନାହିଁ ।",                                                                        // or
		"Za duży załącznik\nWybrany załącznik jest zbyt duży, aby wysłać go z\u00a0tą wiadomością.",                                                                       // pl
		"Anexo muito grande\nO anexo selecionado é muito grande para ser enviado com essa mensagem.",                                                                      // pt-BR
		"Anexo demasiado grande\nO anexo selecionado é demasiado grande para ser enviado com esta mensagem.",                                                              // pt-PT
		"Atașament prea mare\nAtașamentul selectat este prea mare pentru a fi trimis cu acest mesaj.",                                                                     // ro
		"Слишком большое вложение\nВыбранное вложение слишком велико для отправки с этим сообщением.",                                                                     // ru
		"ඇමිණුමේ ප්\u200dරමාණය විශාලයි\nමෙම පණිවුඩය හා යැවීමට මෙම ඇමිණුමේ ප්\u200dරමාණය ඉක්මවා ඇත.",                                                                       // si
		"Príloha je príliš veľká\nZvolená príloha je príliš veľká, aby mohla byť odoslaná v tejto správe.",                                                                // sk
		"Priponka je prevelika\nIzbrana priponka je prevelika, da bi jo lahko poslali.",                                                                                   // sl
		"Hanganditiira bebbeeri\nHanganditiira suubantaa ga bebbeeri sanbayan se alhabaroo woo ra.",                                                                       // son
		"Bashkëngjitje shumë e madhe\nBashkëngjitja e përzgjedhur është shumë e madhe për dërgim me këtë mesazh.",                                                         // sq
		"Прилог је превелик\nОдабрани прилог је превелик за поруку.",                                                                                                      // sr-Cyrl
		"Prilog je prevelik\nOdabrani prilog je prevelik za poruku.",                                                                                                      // sr-Latn
		"Bilagan är för stor\nVald bilaga är för stor för att skicka med meddelandet.",                                                                                    // sv-SE
		"Ambatanisho ni kubwa sana\nKiambatanisho kilichochaguliwa ni kikubwa sana kutuma na ujumbe huu.",                                                                 // sw
		"இணைப்பு பெரிய அளவில் உள்ளது\nசெய்தியை அனுப்ப தெரிவுசெய்த சேர்க்கை பெரியதாக உள்ளது.",                                                                              // ta
		"జోడింపు చాలా పెద్దది\nఈ సందేశంతో పంపుటకు ఎంపికచేసిన జోడింపు చాలా పెద్దది.",                                                                                       // te
		"ไฟล์แนบใหญ่เกินไป\nไฟล์แนบที่เลือกใหญ่เกินไปที่จะส่งกับข้อความนี้",                                                                                               // th
		"Ek çok büyük\nSeçilen ek, bu mesajla gönderilemeyecek kadar büyük.",                                                                                              // tr
		"Завелике вкладення\nВибране вкладення надто велике для надсилання з цим повідомленням.",                                                                          // uk
		"منسلکہ بہت بڑی ہے\nمنتخب منسلکہ اس پیغام کے ساتھ بھیجنے کے لئے بہت بڑی ہے۔",                                                                                      // ur
		"Isincamatheliswa sikhulu kakhulu\nIsincamatheliswa osikhethileyo sikhulu kakhulu ukuba ungasithumnela nalo myalezo.",                                             // xh
		"Àsopọ̀ tóbi jù\nÀsopọ̀ tí a yàn ti tóbi jù láti fi jíṣẹ́ yìí.",                                                                                       // yo
		"附件太大\n为此消息选择发送的附件太大。",                                                                                                                                            // zh-CN
		"附件太大\n所選的附件太大，無法與此訊息一起傳送。",                                                                                                                                       // zh-TW
		"Okunanyathelisiwe kukhulu kakhulu\nOkukhethiwe kokunanyatheliswa bekukukhulu kakhulu ukuthi kungathunyelwa nalo myalezo.",                                        // zu
	}},
	{key: "compose-attchments-size-exceeded", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"The selected attachments are too large to send with this message. Try selecting fewer files.",                                           // en-US en-GB pa
		"Die gekose aanhegsels is te groot om met hierdie boodskap te stuur. Probeer minder lêers kies.",                                         // af
		"የተመረጠው ማያያዣ በጣም ትልቅ ነው ከዚህ መልእክት ጋር አብሮ ለመላክ: እባክዎን ትንሽ አነስ ያሉ ፋይሎች ይምረጡ",                                                               // am
		"الملفات المرفقة كبيرة جدا ليتم إرسالها مع هذه الرسالة. حاول إرفاق ملفات أقل.",                                                           // ar
		"নিৰ্বাচিত এটাচমেন্টসমূহ এই বাৰ্তা পঠোৱাৰ বাবে অত্যাধিক ডাঙৰ। কম ফাইল নিৰ্বাচন কৰি চেষ্টা কৰক।",                                          // as
		"Избраните притурки са твърде големи, за да бъдат изпратени с това съобщение. Опитайте да изберете по-малко файлове.",                    // bg
		"বার্তার সাথে প্রেরণের জন্য নির্বাচিত সংযুক্তিসমূহের আকার অনেক বড়। কম ফাইল নির্বাচন করে চেষ্টা করুন।",                                    // bn-BD
		"বার্তার সাথে পাঠানোর জন্য নির্বাচিত সংযুক্ত বস্তুসমূহের আকার অত্যধিক বড়। কম ফাইল নির্বাচন করে আবার চেষ্টা করুন।",                        // bn-IN
		"Re vras eo ar c'henstagadurioù evit bezañ kaset er gemennadenn-mañ. Klaskit en ur ziuzañ nebeutoc'h a restroù.",                         // br
		"Odabrani prilozi su preveliki za slanje sa ovom porukom. Pokušajte odabrati manje fajlova.",                                             // bs
		"Les adjuncions seleccionades són massa grans per enviar-la amb el missatge. Proveu de seleccionar menys fitxers.",                       // ca
		"Zvolené přílohy jsou příliš velké na to, aby byly odeslány s touto zprávou. Zvolte menší počet souborů.",                                // cs
		"Mae'r atodiadau hyn yn rhy fawr i'w anfon gyda'r neges hon. Ceisiwch anfon llai o ffeiliau.",                                            // cy
		"De markerede vedhæftede filer er for store til at kunne sendes med denne mail. Prøv med færre filer.",                                   // da
		"Die gewählten Anhänge sind zu groß, um mit dieser Nachricht gesendet zu werden. Versuchen Sie, weniger Anhänge zu senden.",              // de
		"Wubrane pśidanki su pśewjelike, aby z toś teju powěsću pósłał. Wubjeŕśo mjenjej datajow.",                                               // dsb
		"Τα συγκεκριμένα συνημμένα είναι υπερβολικά μεγάλα για να σταλούν με αυτό το μήνυμα. Δοκιμάστε επιλέγοντας λιγότερα αρχεία.",             // el
		"La elektitaj kunsendaĵoj estas tro grandaj por esti senditaj kun tiu ĉi mesaĝo. Provu elekti malpli da dosieroj.",                       // eo
		"Los adjuntos seleccionados son demasiado grandes para enviarlos con este mensaje. Pruebe con menos archivos.",                           // es
		"Hautatutako eranskinak handiegiak dira mezu honekin bidaltzeko. Saiatu fitxategi gutxiago hautatzen.",                                   // eu
		"پیوست\u200cهای انتخاب شده برای ارسال بسیار حجیم\u200c هستند.پرونده\u200c\u200cهای کم حجم تری انتخاب کنید.",                              // fa
		"Ɗisanɗe labaaɗe ɗee ena mawni haa ɓurti ngam neldorde e nduu ɓatakuru. Eto labaade piille seeɗa.",                                       // ff
		"Valittu liitteet ovat liian suuria lähetettäväksi viestissä. Yritä uudestaan pienemmällä määrällä tiedostoja.",                          // fi
		"Les pièces jointes sélectionnées sont trop volumineuses pour être envoyées avec ce message. Essayez de sélectionner moins de fichiers.", // fr
		"De selektearre bylagen binne te grut om mei dit berjocht te ferstjoeren. Probearje minder bestannen te selektearjen.",                   // fy-NL
		"Tá na hiatáin roghnaithe rómhór agus ní féidir iad a sheoladh leis an teachtaireacht seo.",                                              // ga-IE
		"Thagh thu ceanglachain a tha ro mhòr 's cha ghabh an cur leis an teachdaireachd. Feuch is tagh nas lugha dhiubh.",                       // gd
		"Os anexos seleccionados son demasiado grandes para envialos con esta mensaxe. Tente con menos ficheiros.",                               // gl
		"આ સંદેશા સાથે મોકલવા માટે પસંદ થયેલ કનેક્શનો ખૂબ મોટા છે. થોડી ઓછી ફાઇલો પસંદ કરીને પ્રયાસ કરો.",                                        // gu
		"इस संदेश के साथ भेजने के लिए चयनित अनुलग्नक बहुत बड़ा है. कम फ़ाइलों चयन करने का प्रयास करें.",                                          // hi-IN
		"Odabrani prilošci su preveliki za slanje pomoću ove poruke. Pokušaj odabrati manje datoteka.",                                           // hr
		"Wubrane přiwěški su přewulke, zo byšće z tutej powěsću pósłał. Wubjerće mjenje datajow.",                                                // hsb
		"A kiválasztott mellékletek túl nagyok ehhez az üzenethez. Érdemes megpróbálni kevesebb fájllal.",                                        // hu
		"Lampiran yang dipilih terlalu besar untuk dikirim bersama pesan ini. Coba pilih lebih sedikit berkas.",                                  // id
		"La dimensione degli allegati selezionati è eccessiva per l’invio in questo messaggio. Provare a selezionare meno file.",                 // it
		"選択された添付ファイルのサイズが大きすぎるため、このメッセージは送信できません。ファイルの数を減らしてみてください。",                                                                             // ja
		"ឯកសារ\u200bភ្ជាប់\u200bដែល\u200bបាន\u200bជ្រើស\u200bដើម្បី\u200bផ្ញើ\u200bជាមួយ\u200bសារ\u200bនេះ\u200bគឺ\u200bធំ\u200bពេក។ សាកល្បង\u200bជ្រើស\u200bឯកសារ\u200bតិច\u200bជាង\u200bនេះ។", // km
		"ಈ ಸಂದೇಶದೊಂದಿಗೆ ಆಯ್ಕೆ ಮಾಡಿರುವ ಲಗತ್ತುಗಳು ತುಂಬಾ ದೊಡ್ಡದಾಗಿವೆ. ಕೆಲವೇ ಕಡತಗಳನ್ನು ಆಯ್ಕೆ ಮಾಡಿ ಪ್ರಯತ್ನಿಸಿ.",                                                                                      // kn
		"선택한 첨부 파일이 너무 커서 이메일을 보낼 수 없습니다. 파일 개수를 줄여 보세요.",                                                            // ko
		"Ebyokugatibwako ebilondedwa binene nyo okubisindikila ku bubaka buno. Gezaako okulonda ebigatte bitonotono", // lg
		"Pasirinktieji priedai yra per dideli siuntimui su šiuo laišku. Pabandykite pasirinkti mažiau failų.",        // lt
		"Izvēlētie pielikumi ir pārāk lieli lai tos sūtīt ar šo vēstuli. Izvēlieties mazāk datņu.",                   // lv
		"ई समाद क सँग पठाबै कलेल चयनित अनुलग्नक बहुत पैघ अछि. कम फ़ाइल चयन करबाक प्रयास करू.",                        // mai
		"Избраните прилози се премногу големи за да се испрати со оваа порака. Изберете помалку датотеки.",           // mk
		"തിരഞ്ഞെടുത്ത അറ്റാച്ച്മെന്റുകൾ ഈ സന്ദേശത്തിന്റെ കൂടെ അയയ്ക്കാൻ പറ്റാത്ത അത്രയും വലുതാണ്. കുറച്ച് എണ്ണം ഫയലുകൾ തിരഞ്ഞെടുത്ത് ശ്രമിക്കുക.", // ml
		"या संदेशासोबत पाठविण्यासाठी निवडलेले ॲटॅचमेंट खुपच मोठे आहे. कमी करण्याचा प्रयत्न करा.",                                                  // mr
		"Kepilan dipilih terlalu besar untuk dihantar dengan mesej ini. Cuba pilihan yang kurang baris.", // ms
		"ရွေးထားသော ဖိုင်တွဲများသှ် စာတိုဖြင့်ပို့ရန် ကြီးလွန်းနေပါသှ် ။ ဤအထဲမှ အချို့ဖိုင်များကိုသာ ရွေးပို့ကြည့်ပါ", // my
		"De valgte vedleggene er for store til å sendes med denne meldingen. Prøv å velg færre filer.",                          // nb-NO
		"चयन गरिएका संलग्नहरु यस सन्देशमा पठाउन धेरै ठूला छन्। कम फाइलहरु चयन गर्न खोज्नुहोस्।",                                 // ne-NP
		"De geselecteerde bijlagen zijn te groot om met dit bericht te verzenden. Probeer minder bestanden te selecteren.",      // nl
		"ବଛାଯାଇଥିବା ଆଟାଚମେଣ୍ଟଟି ଖୁବ ବଡ଼ ହୋଇଥିବାରୁ ଏହି ସନ୍ଦେଶରେ ପଠାଯାଇପାରିବ ନାହିଁ । ଛୋଟ ଫାଇଲଟିଏ ଯୋଡ଼ନ୍ତୁ ।",                      // or
		"Wybrane załączniki są zbyt duże, aby wysłać je z\u00a0tą wiadomością. Spróbuj zaznaczyć mniej plików.",                 // pl
		"Os anexos selecionados são muito grandes para serem enviados com essa mensagem. Tente selecionar menos arquivos.",      // pt-BR
		"Os anexos selecionados são demasiado grandes para serem enviados com esta mensagem. Tente selecionar menos ficheiros.", // pt-PT
		"Atașamentele selectate sunt prea mari pentru a fi trimise cu acest mesaj. Încearcă să selectezi mai puține fișiere.",   // ro
		"Выбранные вложения слишком велики для отправки с этим сообщением. Попробуйте выбрать меньше файлов.",                   // ru
		"තෝරාගත් ඇමිණුම් මෙම පණිවුඩය හා යැවීමට ප්\u200dරමාණයෙන් ඉක්මවා ඇත. ගොනු ප්\u200dරමාණය අඩු කර උත්සාහ කරන්න.",             // si
		"Zvolené prílohy sú príliš veľké, aby mohli byť odoslané v tejto správe. Skúste priložiť menej súborov.",                // sk
		"Izbrane priponke so prevelike, da bi jih lahko poslali v tem sporočilu. Izberite manj datotek.",                        // sl
		"Hanganditiira suubantey ga bebbeeri sanbayan se alhabaroo woo ra. Ceeci ka kaa tukey ra.",                              // son
		"Bashkëngjitjet e përzgjedhura janë shumë të mëdha për dërgim me këtë mesazh. Provoni të përzgjidhni më pak kartela.",   // sq
		"Одабрани прилози су превелики за ову поруку. Одаберите мање датотека.",                                                 // sr-Cyrl
		"Odabrani prilozi su preveliki za ovu poruku. Odaberite manje datoteka.",                                                // sr-Latn
		"Valda bilagor är för stora att skicka med meddelandet. Prova att välja färre filer.",                                   // sv-SE
		"Viambatanisho vilivyochaguliwa ni vikubwa mno kutuma na ujumba huu. Jaribu kuchagua faili chache.",                     // sw
		"செய்தியை அனுப்ப தேர்ந்த சேர்க்கை பெரியதாக உள்ளது. குறைந்தளவு கோப்புகளை தேரிவுசெய்ய முயற்சி.",                          // ta
		"ఈ సందేశంతో పంపుటకు ఎంపికచేసిన జోడింపులు చాలా పెద్దవి. తక్కువ దస్త్రాలను ఎంపికచేసి ప్రయత్నించండి.",                      // te
		"ไฟล์แนบที่เลือกใหญ่เกินไปที่จะส่งกับข้อความนี้ ลองเลือกไฟล์ให้น้อยลง",                                                  // th
		"Seçilen ekler bu mesajla gönderilemeyecek kadar büyük. Daha az dosya seçmeyi deneyin.",                                 // tr
		"Вибрані вкладення надто великі для надсилання з цим повідомленням. Спробуйте вибрати менше файлів.",                    // uk
		"منتخب منسلکہ اس پیغام کے ساتھ بھیجنے کے لئے بہت بڑی ہے۔ کم فائلوں کو منتخب کرنے کی کوشش کریں۔",                         // ur
		"Isincamatheliswa osikhethileyo sikhulu kakhulu ukuba ungasithumnela nalo myalezo. Zama ukukhetha iifayile ezimbalwa.",  // xh
		"Ìsomọ àṣayàn ti tóbijú láti fi jíṣẹ́ yìí. Gbìyànjú fáìlì kéréje.",                                     // yo
		"为此消息选择发送的附件太大。请选择小一些的文件。",                                                                                              // zh-CN
		"預設媒體位置", // zh-TW
		"Okukhethiwe kokunanyatheliswa kukhulu kakhulu ukuthi kungathunyelwa nalo myalezo. Zama ukukhetha amafayela ambalwa.",                                                                                                       // zu
		"Attachments too large\nThe selected attachments are too large to send with this message. Try selecting fewer files.",                                                                                                       // en-US en-GB pa
		"Aanhegsels te groot\nDie gekose aanhegsels is te groot om met hierdie boodskap te stuur. Probeer minder lêers kies.",                                                                                                       // af
		"የተያያዙት በጣም ትልቅ ናቸው\nየተመረጠው ማያያዣ በጣም ትልቅ ነው ከዚህ መልእክት ጋር አብሮ ለመላክ: እባክዎን ትንሽ አነስ ያሉ ፋይሎች ይምረጡ",                                                                                                                              // am
		"الملفات المرفقة كبيرة جداً\nالملفات المرفقة كبيرة جدا ليتم إرسالها مع هذه الرسالة. حاول إرفاق ملفات أقل.",                                                                                                                  // ar
		"এটাচমেন্টসমূহ অত্যাধিক ডাঙৰ\nনিৰ্বাচিত এটাচমেন্টসমূহ এই বাৰ্তা পঠোৱাৰ বাবে অত্যাধিক ডাঙৰ। কম ফাইল নিৰ্বাচন কৰি চেষ্টা কৰক।",                                                                                                // as
		"Притурките са твърде големи\nИзбраните притурки са твърде големи, за да бъдат изпратени с това съобщение. Опитайте да изберете по-малко файлове.",                                                                          // bg
		"সংযুক্তিসমূহের আকার অনেক বড়\nবার্তার সাথে প্রেরণের জন্য নির্বাচিত সংযুক্তিসমূহের আকার অনেক বড়। কম ফাইল নির্বাচন করে চেষ্টা করুন।",                                                                                          // bn-BD
		"সংযুক্ত বস্তুসমূহের আকার অনেক বড়\nবার্তার সাথে পাঠানোর জন্য নির্বাচিত সংযুক্ত বস্তুসমূহের আকার অত্যধিক বড়। কম ফাইল নির্বাচন করে আবার চেষ্টা করুন।",                                                                         // bn-IN
		"Kenstagadurioù re vras\nRe vras eo ar c'henstagadurioù evit bezañ kaset er gemennadenn-mañ. Klaskit en ur ziuzañ nebeutoc'h a restroù.",                                                                                    // br
		"Prilozi su preveliki\nOdabrani prilozi su preveliki za slanje sa ovom porukom. Pokušajte odabrati manje fajlova.",                                                                                                          // bs
		"Les adjuncions són massa grans\nLes adjuncions seleccionades són massa grans per enviar-la amb el missatge. Proveu de seleccionar menys fitxers.",                                                                          // ca
		"Přílohy jsou příliš velké\nZvolené přílohy jsou příliš velké na to, aby byly odeslány s touto zprávou. Zvolte menší počet souborů.",                                                                                        // cs
		"Mae'r atodiad yn rhy fawr\nMae'r atodiadau hyn yn rhy fawr i'w anfon gyda'r neges hon. Ceisiwch anfon llai o ffeiliau.",                                                                                                    // cy
		"De vedhæftede filer er for store\nDe markerede vedhæftede filer er for store til at kunne sendes med denne mail. Prøv med færre filer.",                                                                                    // da
		"Anhänge zu groß\nDie gewählten Anhänge sind zu groß, um mit dieser Nachricht gesendet zu werden. Versuchen Sie, weniger Anhänge zu senden.",                                                                                // de
		"Pśidanki pśewjelike\nWubrane pśidanki su pśewjelike, aby z toś teju powěsću pósłał. Wubjeŕśo mjenjej datajow.",                                                                                                             // dsb
		"Υπερβολικά μεγάλα συνημμένα\nΤα συγκεκριμένα συνημμένα είναι υπερβολικά μεγάλα για να σταλούν με αυτό το μήνυμα. Δοκιμάστε επιλέγοντας λιγότερα αρχεία.",                                                                   // el
		"Kunsendaĵoj tro grandaj\nLa elektitaj kunsendaĵoj estas tro grandaj por esti senditaj kun tiu ĉi mesaĝo. Provu elekti malpli da dosieroj.",                                                                                 // eo
		"Adjuntos demasiado grandes\nLos adjuntos seleccionados son demasiado grandes para enviarlos con este mensaje. Pruebe con menos archivos.",                                                                                  // es
		"Eranskinak handiegiak dira\nHautatutako eranskinak handiegiak dira mezu honekin bidaltzeko. Saiatu fitxategi gutxiago hautatzen.",                                                                                          // eu
		"پیوست بسیار حجیم است\nپیوست\u200cهای انتخاب شده برای ارسال بسیار حجیم\u200c هستند.پرونده\u200c\u200cهای کم حجم تری انتخاب کنید.",                                                                                           // fa
		"Ɗisanɗe ena mawni haa ɓurti\nƊisanɗe labaaɗe ɗee ena mawni haa ɓurti ngam neldorde e nduu ɓatakuru. Eto labaade piille seeɗa.",                                                                                             // ff
		"Liian suuret liitteet\nValittu liitteet ovat liian suuria lähetettäväksi viestissä. Yritä uudestaan pienemmällä määrällä tiedostoja.",                                                                                      // fi
		"Pièces jointes trop volumineuses\nLes pièces jointes sélectionnées sont trop volumineuses pour être envoyées avec ce message. Essayez de sélectionner moins de fichiers.",                                                  // fr
		"Bylagen te grut\nDe selektearre bylagen binne te grut om mei dit berjocht te ferstjoeren. Probearje minder bestannen te selektearjen.",                                                                                     // fy-NL
		"Iatáin rómhór\nTá na hiatáin roghnaithe rómhór agus ní féidir iad a sheoladh leis an teachtaireacht seo.",                                                                                                                  // ga-IE
		"Tha na ceanglachain ro mhòr\nThagh thu ceanglachain a tha ro mhòr 's cha ghabh an cur leis an teachdaireachd. Feuch is tagh nas lugha dhiubh.",                                                                             // gd
		"Anexos demasiado grandes\nOs anexos seleccionados son demasiado grandes para envialos con esta mensaxe. Tente con menos ficheiros.",                                                                                        // gl
		"કનેક્શનો ખૂબ મોટા છે\nઆ સંદેશા સાથે મોકલવા માટે પસંદ થયેલ કનેક્શનો ખૂબ મોટા છે. થોડી ઓછી ફાઇલો પસંદ કરીને પ્રયાસ કરો.",                                                                                                     // gu
		"अनुलग्नक बहुत बड़ा है\nइस संदेश के साथ भेजने के लिए चयनित अनुलग्नक बहुत बड़ा है. कम फ़ाइलों चयन करने का प्रयास करें.",                                                                                                      // hi-IN
		"Priložene datoteke su prevelike\nOdabrani prilošci su preveliki za slanje pomoću ove poruke. Pokušaj odabrati manje datoteka.",                                                                                             // hr
		"Přiwěški přewulke\nWubrane přiwěški su přewulke, zo byšće z tutej powěsću pósłał. Wubjerće mjenje datajow.",                                                                                                                // hsb
		"A mellékletek túl nagyok\nA kiválasztott mellékletek túl nagyok ehhez az üzenethez. Érdemes megpróbálni kevesebb fájllal.",                                                                                                 // hu
		"Lampiran terlalu besar\nLampiran yang dipilih terlalu besar untuk dikirim bersama pesan ini. Coba pilih lebih sedikit berkas.",                                                                                             // id
		"Dimensione allegati eccessiva\nLa dimensione degli allegati selezionati è eccessiva per l’invio in questo messaggio. Provare a selezionare meno file.",                                                                     // it
		"添付ファイルのサイズが大きすぎます\n選択された添付ファイルのサイズが大きすぎるため、このメッセージは送信できません。ファイルの数を減らしてみてください。",                                                                                                                                             // ja
		"ឯកសារ\u200bភ្ជាប់\u200bធំ\u200bពេក\nឯកសារ\u200bភ្ជាប់\u200bដែល\u200bបាន\u200bជ្រើស\u200bដើម្បី\u200bផ្ញើ\u200bជាមួយ\u200bសារ\u200bនេះ\u200bគឺ\u200bធំ\u200bពេក។ សាកល្បង\u200bជ្រើស\u200bឯកសារ\u200bតិច\u200bជាង\u200bនេះ។", // km
		"ಲಗತ್ತುಗಳು ತುಂಬ ದೊಡ್ಡದಿದೆ\nಈ ಸಂದೇಶದೊಂದಿಗೆ ಆಯ್ಕೆ ಮಾಡಿರುವ ಲಗತ್ತುಗಳು ತುಂಬಾ ದೊಡ್ಡದಾಗಿವೆ. ಕೆಲವೇ ಕಡತಗಳನ್ನು ಆಯ್ಕೆ ಮಾಡಿ ಪ್ರಯತ್ನಿಸಿ.",                                                                                                // kn
		"첨부 파일 너무 큼\n선택한 첨부 파일이 너무 커서 이메일을 보낼 수 없습니다. 파일 개수를 줄여 보세요.",                                                                                                                                                               // ko
		"Ebigattidwaako binene nyo\nEbyokugatibwako ebilondedwa binene nyo okubisindikila ku bubaka buno. Gezaako okulonda ebigatte bitonotono",                                                                                     // lg
		"Priedai per dideli\nPasirinktieji priedai yra per dideli siuntimui su šiuo laišku. Pabandykite pasirinkti mažiau failų.",                                                                                                   // lt
		"Pielikumi ir pārāk lieli\nIzvēlētie pielikumi ir pārāk lieli lai tos sūtīt ar šo vēstuli. Izvēlieties mazāk datņu.",                                                                                                        // lv
		"अनुलग्नक बहुत पैघ अछि\nई समाद क सँग पठाबै कलेल चयनित अनुलग्नक बहुत पैघ अछि. कम फ़ाइल चयन करबाक प्रयास करू.",                                                                                                                // mai
		"Прилозите се премногу големи\nИзбраните прилози се премногу големи за да се испрати со оваа порака. Изберете помалку датотеки.",                                                                                            // mk
		"അറ്റാച്ച്മെന്റുകൾ വളരെ വലുതാണ്\nതിരഞ്ഞെടുത്ത അറ്റാച്ച്മെന്റുകൾ ഈ സന്ദേശത്തിന്റെ കൂടെ അയയ്ക്കാൻ പറ്റാത്ത അത്രയും വലുതാണ്. കുറച്ച് എണ്ണം ഫയലുകൾ തിരഞ്ഞെടുത്ത് ശ്രമിക്കുക.", // ml
		"खुपच मोठी ॲटॅचमेंट\nया संदेशासोबत पाठविण्यासाठी निवडलेले ॲटॅचमेंट खुपच मोठे आहे. कमी करण्याचा प्रयत्न करा.",                                                              // mr
		"Kepilan terlalu besar\nKepilan dipilih terlalu besar untuk dihantar dengan mesej ini. Cuba pilihan yang kurang baris.", // ms
		"တွဲဖိုင် ပမာဏ များလွန်း\nရွေးထားသော ဖိုင်တွဲများသှ် စာတိုဖြင့်ပို့ရန် ကြီးလွန်းနေပါသှ် ။ ဤအထဲမှ အချို့ဖိုင်များကိုသာ ရွေးပို့ကြည့်ပါ", // my
		"Vedleggene er for store\nDe valgte vedleggene er for store til å sendes med denne meldingen. Prøv å velg færre filer.",                                  // nb-NO
		"संलग्नहरु धेरै ठूला भए\nचयन गरिएका संलग्नहरु यस सन्देशमा पठाउन धेरै ठूला छन्। कम फाइलहरु चयन गर्न खोज्नुहोस्।",                                          // ne-NP
		"Bijlagen te groot\nDe geselecteerde bijlagen zijn te groot om met dit bericht te verzenden. Probeer minder bestanden te selecteren.",                    // nl
		"ସଂଲଗ୍ନକଗୁଡ଼ିକ ଅତ୍ୟଧିକ ବଡ଼\nବଛାଯାଇଥିବା ଆଟାଚମେଣ୍ଟଟି ଖୁବ ବଡ଼ ହୋଇଥିବାରୁ ଏହି ସନ୍ଦେଶରେ ପଠାଯାଇପାରିବ ନାହିଁ । ଛୋଟ ଫାଇଲଟିଏ ଯୋଡ଼ନ୍ତୁ ।",                            // or
		"Za duże załączniki\nWybrane załączniki są zbyt duże, aby wysłać je z\u00a0tą wiadomością. Spróbuj zaznaczyć mniej plików.",                              // pl
		"Anexos muito grandes\nOs anexos selecionados são muito grandes para serem enviados com essa mensagem. Tente selecionar menos arquivos.",                 // pt-BR
		"Anexos demasiado grandes\nOs anexos selecionados são demasiado grandes para serem enviados com esta mensagem. Tente selecionar menos ficheiros.",        // pt-PT
		"Atașamente prea mari\nAtașamentele selectate sunt prea mari pentru a fi trimise cu acest mesaj. Încearcă să selectezi mai puține fișiere.",              // ro
		"Слишком большие вложения\nВыбранные вложения слишком велики для отправки с этим сообщением. Попробуйте выбрать меньше файлов.",                          // ru
		"ඇමිණුම් වල ප්\u200dරමාණය විශාලයි\nතෝරාගත් ඇමිණුම් මෙම පණිවුඩය හා යැවීමට ප්\u200dරමාණයෙන් ඉක්මවා ඇත. ගොනු ප්\u200dරමාණය අඩු කර උත්සාහ කරන්න.",            // si
		"Prílohy sú príliš veľké\nZvolené prílohy sú príliš veľké, aby mohli byť odoslané v tejto správe. Skúste priložiť menej súborov.",                        // sk
		"Priponke so prevelike\nIzbrane priponke so prevelike, da bi jih lahko poslali v tem sporočilu. Izberite manj datotek.",                                  // sl
		"Hanganditiira bebbeeriyaŋ\nHanganditiira suubantey ga bebbeeri sanbayan se alhabaroo woo ra. Ceeci ka kaa tukey ra.",                                    // son
		"Bashkëngjitje shumë të mëdha\nBashkëngjitjet e përzgjedhura janë shumë të mëdha për dërgim me këtë mesazh. Provoni të përzgjidhni më pak kartela.",      // sq
		"Прилози су превелики\nОдабрани прилози су превелики за ову поруку. Одаберите мање датотека.",                                                            // sr-Cyrl
		"Prilozi su preveliki\nOdabrani prilozi su preveliki za ovu poruku. Odaberite manje datoteka.",                                                           // sr-Latn
		"Bilagorna är för stora\nValda bilagor är för stora att skicka med meddelandet. Prova att välja färre filer.",                                            // sv-SE
		"Viambatanisho ni vikubwa sana\nViambatanisho vilivyochaguliwa ni vikubwa mno kutuma na ujumba huu. Jaribu kuchagua faili chache.",                       // sw
		"இணைப்புகள் பெரிய அளவில் உள்ளது\nசெய்தியை அனுப்ப தேர்ந்த சேர்க்கை பெரியதாக உள்ளது. குறைந்தளவு கோப்புகளை தேரிவுசெய்ய முயற்சி.",                           // ta
		"జోడింపులు చాలా పెద్దవి\nఈ సందేశంతో పంపుటకు ఎంపికచేసిన జోడింపులు చాలా పెద్దవి. తక్కువ దస్త్రాలను ఎంపికచేసి ప్రయత్నించండి.",                               // te
		"ไฟล์แนบใหญ่เกินไป\nไฟล์แนบที่เลือกใหญ่เกินไปที่จะส่งกับข้อความนี้ ลองเลือกไฟล์ให้น้อยลง",                                                                // th
		"Ekler çok büyük\nSeçilen ekler bu mesajla gönderilemeyecek kadar büyük. Daha az dosya seçmeyi deneyin.",                                                 // tr
		"Завелике вкладення\nВибрані вкладення надто великі для надсилання з цим повідомленням. Спробуйте вибрати менше файлів.",                                 // uk
		"منسلکات بہت بڑی ہیں\nمنتخب منسلکہ اس پیغام کے ساتھ بھیجنے کے لئے بہت بڑی ہے۔ کم فائلوں کو منتخب کرنے کی کوشش کریں۔",                                     // ur
		"Isincamatheliswa sikhulu kakhulu\nIsincamatheliswa osikhethileyo sikhulu kakhulu ukuba ungasithumnela nalo myalezo. Zama ukukhetha iifayile ezimbalwa.", // xh
		"Àwọn àsopọ̀ tóbi jù\nÌsomọ àṣayàn ti tóbijú láti fi jíṣẹ́ yìí. Gbìyànjú fáìlì kéréje.",                                             // yo
		"附件太大\n为此消息选择发送的附件太大。请选择小一些的文件。",                                                                                                                         // zh-CN
		"附件太大\n預設媒體位置", // zh-TW
		"Okunanyathelisiwe kukhulu kakhulu\nOkukhethiwe kokunanyatheliswa kukhulu kakhulu ukuthi kungathunyelwa nalo myalezo. Zama ukukhetha amafayela ambalwa.", // zu
	}},
	{key: "composer-attachment-large", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Attachment too large",               // en-US en-GB pa
		"Aanhegsel te groot",                 // af
		"የተያያዘው በጣም ትልቅ ነው",                  // am
		"الملف المرفق كبير جدا",              // ar
		"এটাচমেন্ট অত্যাধিক ডাঙৰ",            // as
		"Притурката е твърде голяма",         // bg
		"সংযুক্তির আকার অনেক বড়",             // bn-BD
		"সংযুক্ত বস্তু আকার অনেক বড়",         // bn-IN
		"Kenstagadur re vras",                // br
		"Prilog je prevelik",                 // bs sr-Latn
		"L'adjunció és massa gran",           // ca
		"Příloha je příliš velká",            // cs
		"Mae'r atodiad yn rhy fawr",          // cy
		"Den vedhæftede fil er for stor",     // da
		"Anhang zu groß",                     // de
		"Pśidank pśwjeliki",                  // dsb
		"Υπερβολικά μεγάλο συνημμένο",        // el
		"Kunsendaĵo tro granda",              // eo
		"Adjunto demasiado grande",           // es
		"Eranskina handiegia da",             // eu
		"پیوست بسیار حجیم است",               // fa
		"Ɗisanɗe ena mawni haa ɓurti",        // ff
		"Liian suuri liitetiedosto",          // fi
		"Pièce jointe trop volumineuse",      // fr
		"Bylage te grut",                     // fy-NL
		"Iatán rómhór",                       // ga-IE
		"Tha an ceanglachan ro mhòr",         // gd
		"Anexo demasiado grande",             // gl pt-PT
		"કનેક્શન ખૂબ મોટું છે",               // gu
		"अनुलग्नक बहुत बड़ा है",              // hi-IN
		"Priložena datoteka je prevelika",    // hr
		"Přiwěšk přewulki",                   // hsb
		"A melléklet túl nagy",               // hu
		"Lampiran terlalu besar",             // id
		"Dimensione allegato eccessiva",      // it
		"添付ファイルのサイズが大きすぎます",                  // ja
		"ឯកសារ\u200bភ្ជាប់\u200bធំ\u200bពេក", // km
		"ಲಗತ್ತುಗಳು ತುಂಬ ದೊಡ್ಡದಿದೆ",           // kn
		"첨부 파일 너무 큼",                         // ko
		"Ekigattidwaako kinene nyo",          // lg
		"Priedas per didelis",                // lt
		"Pielikums pārāk liels",              // lv
		"अनुलग्नक बहुत पैघ अछि",              // mai
		"Прилогот е премногу голем",          // mk
		"അറ്റാച്ച്മെന്റ് വളരെ വലുതാണ്", // ml
		"खुपच मोठी ॲटॅचमेंट",           // mr
		"Kepilan terlalu besar",             // ms
		"တွဲဖိုင် ပမာဏများ",                 // my
		"Vedlegget er for stort",            // nb-NO
		"संलग्न धेरै ठुलो भयो",              // ne-NP
		"Bijlage te groot",                  // nl
		"ସଂଲଗ୍ନକଟି ଅତ୍ୟଧିକ ବଡ଼",             // or
		"Za duży załącznik",                 // pl
		"Anexo muito grande",                // pt-BR
		"Atașament prea mare",               // ro
		"Слишком большое вложение",          // ru
		"ඇමිණුමේ ප්\u200dරමාණය විශාලයි",     // si
		"Príloha je príliš veľká",           // sk
		"Priponka je prevelika",             // sl
		"Hanganditiira bebbeeri",            // son
		"Bashkëngjitje shumë e madhe",       // sq
		"Прилог је превелик",                // sr-Cyrl
		"Bilagan är för stor",               // sv-SE
		"Ambatanisho ni kubwa sana",         // sw
		"இணைப்பு பெரிய அளவில் உள்ளது",       // ta
		"జోడింపు చాలా పెద్దది",              // te
		"ไฟล์แนบใหญ่เกินไป",                 // th
		"Ek çok büyük",                      // tr
		"Завелике вкладення",                // uk
		"منسلکہ بہت بڑی ہے",                 // ur
		"Isincamatheliswa sikhulu kakhulu",  // xh
		"Àsopọ̀ tóbi jù",                 // yo
		"Ka dosh naru yest re",              // zam
		"附件太大",                              // zh-CN zh-TW
		"Okunanyathelisiwe kukhulu kakhulu", // zu
		"Attachments too large",             // en-US en-GB pa
		"Aanhegsels te groot",               // af
		"የተያያዙት በጣም ትልቅ ናቸው",                // am
		"الملفات المرفقة كبيرة جداً",        // ar
		"এটাচমেন্টসমূহ অত্যাধিক ডাঙৰ",       // as
		"Притурките са твърде големи",       // bg
		"সংযুক্তিসমূহের আকার অনেক বড়",       // bn-BD
		"সংযুক্ত বস্তুসমূহের আকার অনেক বড়", // bn-IN
		"Kenstagadurioù re vras",           // br
		"Prilozi su preveliki",             // bs sr-Latn
		"Les adjuncions són massa grans",   // ca
		"Přílohy jsou příliš velké",        // cs
		"De vedhæftede filer er for store", // da
		"Anhänge zu groß",                  // de
		"Pśidanki pśewjelike",              // dsb
		"Υπερβολικά μεγάλα συνημμένα",      // el
		"Kunsendaĵoj tro grandaj",          // eo
		"Adjuntos demasiado grandes",       // es
		"Eranskinak handiegiak dira",       // eu
		"Liian suuret liitteet",            // fi
		"Pièces jointes trop volumineuses", // fr
		"Bylagen te grut",                  // fy-NL
		"Iatáin rómhór",                    // ga-IE
		"Tha na ceanglachain ro mhòr",      // gd
		"Anexos demasiado grandes",         // gl pt-PT
		"કનેક્શનો ખૂબ મોટા છે",             // gu
		"Priložene datoteke su prevelike",  // hr
		"Přiwěški přewulke",                // hsb
		"A mellékletek túl nagyok",         // hu
		"Dimensione allegati eccessiva",    // it
		"Ebigattidwaako binene nyo",        // lg
		"Priedai per dideli",               // lt
		"Pielikumi ir pārāk lieli",         // lv
		"Прилозите се премногу големи",     // mk
		"അറ്റാച്ച്മെന്റുകൾ വളരെ വലുതാണ്", // ml
		"တွဲဖိုင် ပမာဏ များလွန်း",        // my
		"Vedleggene er for store",          // nb-NO
		"संलग्नहरु धेरै ठूला भए",           // ne-NP
		"Bijlagen te groot",                // nl
		"ସଂଲଗ୍ନକଗୁଡ଼ିକ ଅତ୍ୟଧିକ ବଡ଼",        // or
		"Za duże załączniki",               // pl
		"Anexos muito grandes",             // pt-BR
		"Atașamente prea mari",             // ro
		"Слишком большие вложения",         // ru
		"ඇමිණුම් වල ප්\u200dරමාණය විශාලයි", // si
		"Prílohy sú príliš veľké",          // sk
		"Priponke so prevelike",            // sl
		"Hanganditiira bebbeeriyaŋ",        // son
		"Bashkëngjitje shumë të mëdha",     // sq
		"Прилози су превелики",             // sr-Cyrl
		"Bilagorna är för stora",           // sv-SE
		"Viambatanisho ni vikubwa sana",    // sw
		"இணைப்புகள் பெரிய அளவில் உள்ளது", // ta
		"జోడింపులు చాలా పెద్దవి",         // te
		"Ekler çok büyük",         // tr
		"منسلکات بہت بڑی ہیں",     // ur
		"Àwọn àsopọ̀ tóbi jù", // yo
	}},
}
