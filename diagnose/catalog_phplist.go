package diagnose

// phpListMessages are phpList's notes, in its queue processing's output,
// that it stopped sending for now at a limit (public_html/lists/admin/
// actions/processqueue.php of phpList/phplist3 at 72dd0d6f2101, which
// batch CR cites; locale/*/phplist.po in every language it ships, each
// decoded from its charset, HTML entities decoded as the admin page
// shows them; an empty or fuzzy msgstr falls back to English, as its s()
// does): the batch size of MAILQUEUE_BATCH_SIZE per MAILQUEUE_BATCH_PERIOD
// reached ("batch limit reached" + ": sent (per batch)", L962), and a
// recipient domain over the per-domain throttle ("%s is currently over
// throttle limit of %d per %d seconds" + " (sent)", L1115). Both hold the
// rest of the queue until the next batch or the throttle's period:
// rate_limited, deferred; the batch limit is the sending account's
// (own), the domain throttle is about a recipient domain. Greek's "% s"
// and "% d" (PHP's space-padding flag, which still fills them) are
// written %s and %d.
//
// Left out: Spanish's "procesando lote de" for the batch limit (it names
// no limit), and the frames "Error sending email to %s" (class.
// phplistmailer.php L300) and "Error sending message %d (%d/%d) to %s
// (%s)" (processqueue.php), which PHPMailer's ErrorInfo follows: the
// server's reply in it is the cause (cr-016..018). Batch CR cr-016..018.
var phpListMessages = []catalogMessage{
	{own: true, key: "batch limit reached", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"batch limit reached", // en ar bg cy eo et fil ga he_IL hr id ka ko lv mk nb ro si sk sr_Cyrl sr_Latn ta tr uk vi
		"batch limit reached: %d (%d)",
		"límit de lot assolit", // ca
		"límit de lot assolit: %d (%d)",
		"limit dávky dosažen", // cs
		"limit dávky dosažen: %d (%d)",
		"batch grænse nået", // da
		"batch grænse nået: %d (%d)",
		"Batch-Limit wurde erreicht", // de
		"Batch-Limit wurde erreicht: %d (%d)",
		"όριο παρτίδας", // el
		"όριο παρτίδας: %d (%d)",
		"se alcanzó el límite del lote", // es_AR
		"se alcanzó el límite del lote: %d (%d)",
		"بیشینه تعداد دسته", // fa
		"بیشینه تعداد دسته: %d (%d)",
		"limite du traitement par lot atteinte", // fr
		"limite du traitement par lot atteinte: %d (%d)",
		"alcanzouse o límite de lote", // gl
		"alcanzouse o límite de lote: %d (%d)",
		"elérkezett a köteg korlátozása", // hu
		"elérkezett a köteg korlátozása: %d (%d)",
		"raggiunto limite di gruppo", // it
		"raggiunto limite di gruppo: %d (%d)",
		"バッチ処理の上限数に達しました", // ja
		"バッチ処理の上限数に達しました: %d (%d)",
		"partij limiet bereikt", // nl nl_BE
		"partij limiet bereikt: %d (%d)",
		"Osiągnięto limit partii", // pl
		"Osiągnięto limit partii: %d (%d)",
		"limite do lote atingido", // pt pt_BR
		"limite do lote atingido: %d (%d)",
		"Достигнуто ограничение по группе", // ru
		"Достигнуто ограничение по группе: %d (%d)",
		"limit svežnja dosežen", // sl
		"limit svežnja dosežen: %d (%d)",
		"limiti i tufës u arrit", // sq
		"limiti i tufës u arrit: %d (%d)",
		"dostignuto ograničenje paketa", // sr
		"dostignuto ograničenje paketa: %d (%d)",
		"partigräns nådd", // sv
		"partigräns nådd: %d (%d)",
		"达到批次处理上限", // zh_CN
		"达到批次处理上限: %d (%d)",
		"達到批次處理上限", // zh_TW
		"達到批次處理上限: %d (%d)",
	}},
	{word: true, key: "%s is currently over throttle limit of %d per %d seconds", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"%s is currently over throttle limit of %d per %d seconds", // en ar bg ca cy eo et fil ga he_IL hr id ka ko lv mk nb ro si sk sr_Cyrl sr_Latn ta tr uk vi
		"%s is currently over throttle limit of %d per %d seconds (%d)",
		"%s je právě překročen limit z %d projednu %d vteřin", // cs
		"%s je právě překročen limit z %d projednu %d vteřin (%d)",
		"%s er i øjeblikket over throttle grænsen på %d per %d sekunder", // da
		"%s er i øjeblikket over throttle grænsen på %d per %d sekunder (%d)",
		"%s ist derzeit über dem Throttle-Limit von %d pro %d Sekunden", // de
		"%s ist derzeit über dem Throttle-Limit von %d pro %d Sekunden (%d)",
		"Το%s βρίσκεται σήμερα πάνω από το όριο γκαζιού%d ανά%d δευτερόλεπτα", // el
		"Το%s βρίσκεται σήμερα πάνω από το όριο γκαζιού%d ανά%d δευτερόλεπτα (%d)",
		"%s actualmente está por encima del límite de regulación de tráfico, establecido en %d por %d segundos", // es es_AR
		"%s actualmente está por encima del límite de regulación de tráfico, establecido en %d por %d segundos (%d)",
		"هم اکنون %s بیشتر از حد گلوگاهی %d بر %d ثانیه است", // fa
		"هم اکنون %s بیشتر از حد گلوگاهی %d بر %d ثانیه است (%d)",
		"%s est actuellement au-dessus des limites d'engorgement de %d par %d secondes", // fr
		"%s est actuellement au-dessus des limites d'engorgement de %d par %d secondes (%d)",
		"%s actualmente está por enriba do límite de regulación de tráfico, establecido en %d por %d segundos", // gl
		"%s actualmente está por enriba do límite de regulación de tráfico, establecido en %d por %d segundos (%d)",
		"%s jelenleg a(z) %d per %d másodperc szabályozási korlátozás fölött van", // hu
		"%s jelenleg a(z) %d per %d másodperc szabályozási korlátozás fölött van (%d)",
		"%s è attualmente oltre la soglia limite di %d per %d secondi", // it
		"%s è attualmente oltre la soglia limite di %d per %d secondi (%d)",
		"%s は現在、%d 通 / %d 秒の スロットル上限を超えています。", // ja
		"%s は現在、%d 通 / %d 秒の スロットル上限を超えています。 (%d)",
		"%s is momenteel over de throttle limiet van %d per %d seconden", // nl nl_BE
		"%s is momenteel over de throttle limiet van %d per %d seconden (%d)",
		"%s jest obecnie ponad limitem przepustnicy dla %d przez %d sekund", // pl
		"%s jest obecnie ponad limitem przepustnicy dla %d przez %d sekund (%d)",
		"%s está acima de %d a cada %d segundos limite configurado no envio moderado", // pt pt_BR
		"%s está acima de %d a cada %d segundos limite configurado no envio moderado (%d)",
		"%s превысил интервал отправки - %d за %d сек.", // ru
		"%s превысил интервал отправки - %d за %d сек. (%d)",
		"%s je trenutno čez throttle limit od %d na %d sekund", // sl
		"%s je trenutno čez throttle limit od %d na %d sekund (%d)",
		"%s është momentalisht mbi limitin e ngarkesës prej %d për %d sekonda", // sq
		"%s është momentalisht mbi limitin e ngarkesës prej %d për %d sekonda (%d)",
		"%s je trenutno preko granice zagušenja od %d po %d sekundi", // sr
		"%s je trenutno preko granice zagušenja od %d po %d sekundi (%d)",
		"%s är för närvarande över kvävningsgränsen på %d per %d sekunder", // sv
		"%s är för närvarande över kvävningsgränsen på %d per %d sekunder (%d)",
		"%s 目前超过节流上限于 %d 每 %d 秒", // zh_CN
		"%s 目前超过节流上限于 %d 每 %d 秒 (%d)",
		"%s 目前超過節流上限於 %d 每 %d 秒", // zh_TW
		"%s 目前超過節流上限於 %d 每 %d 秒 (%d)",
	}},
}
