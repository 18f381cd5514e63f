package diagnose

import "testing"

// TestKindPhpListKinds holds phpList's notes that it stopped sending at a
// limit for now, from the catalogue (phpListMessages; batch CR held only
// phpList's frames around PHPMailer's errors, cr-016..018): the batch
// limit and the per-domain throttle, with and without the counts phpList
// adds, in English and translations (German, Japanese, Polish, Greek with
// its glued placeholders, Russian). Near misses: the throttle's words
// about more than one domain word, a frame around a reply. Their
// phrasings do not train the model (kindsUntrained): a program's
// templates.
func TestKindPhpListKinds(t *testing.T) {
	runKinds(t, "phpList kinds", []kindCase{
		// 1. the batch limit: the rest waits for the next batch
		{r("batch limit reached: 500 (500)"), OutcomeDeferred, CategoryRateLimited},
		{r("Batch-Limit wurde erreicht: 100 (100)"), OutcomeDeferred, CategoryRateLimited},
		{r("バッチ処理の上限数に達しました: 300 (300)"), OutcomeDeferred, CategoryRateLimited},
		{r("Osiągnięto limit partii"), OutcomeDeferred, CategoryRateLimited},

		// 2. a recipient domain over the throttle
		{r("example.com is currently over throttle limit of 20 per 60 seconds (21)"), OutcomeDeferred, CategoryRateLimited},
		{r("example.de ist derzeit über dem Throttle-Limit von 20 pro 60 Sekunden (21)"), OutcomeDeferred, CategoryRateLimited},
		{r("Τοexample.gr βρίσκεται σήμερα πάνω από το όριο γκαζιού20 ανά60 δευτερόλεπτα"), OutcomeDeferred, CategoryRateLimited},
		{r("example.ru превысил интервал отправки - 20 за 60 сек. (21)"), OutcomeDeferred, CategoryRateLimited},

		// 3. near misses: a frame around PHPMailer's error is the reply's
		{r("Error sending email to bob@example.com SMTP Error: The following recipients failed: bob@example.com: <bob@example.com>: Recipient address rejected: User unknown in local recipient table"), OutcomeBounced, CategoryUserUnknown},
		{r("batch limit reached: 500 (500) 550 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
	})
}
