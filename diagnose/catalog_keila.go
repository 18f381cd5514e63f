package diagnose

// keilaMessages are Keila's (the newsletter tool, hosted as Keila Cloud)
// gates on sending a campaign, shown in its web interface instead of the
// send button, as a banner or as the campaign's status (priv/gettext/*/
// LC_MESSAGES/cloud.po and default.po of pentacent/keila at 14f1a127b1f3,
// which batch CP cites, in every language the repository ships: English,
// Bulgarian, German, Spanish, French, Hungarian, Italian and Brazilian
// Portuguese; an empty or fuzzy msgstr falls back to the English msgid, as
// gettext does). Every one is the service's about the account it sends
// with, its subscription, review or quota (own): Keila's own rule, not a
// receiver's.
//
// No subscription: policy_rejected, bounced (the campaign is not sent;
// cp-021). The onboarding, the manual anti-spam review, an account not yet
// activated and a sender address not yet verified hold sending until they
// are done ("once", "before"): policy_rejected, deferred (cp-022, cp-023).
// The subscription's email quota (stats_live.html.heex: the heading
// "Insufficient email quota." and the paragraph under it, alone or joined
// as the page shows them; the self-hosted paragraph has no translation
// yet) and "Insufficient credits." (campaign_edit_live.ex, scheduling; de
// and fr translate it as the quota's heading): rate_limited, deferred, the
// sets' convention for an account's message quota (cp-018..020). Markdown
// links are written as the page shows them (their text, %{support_email}).
//
// Left out: the Bulgarian onboarding text (its msgstr is another
// message's, "This is the name that will show up in your recipients'
// inboxes": the translators' slip names no cause), "Some emails could
// not be delivered." (no cause), the partner area's "Not enough credits."
// (a transfer of credits, not a send), the subscription's billing banners,
// and the form checks ("You must select a sender first."). Batch CP
// cp-018..023.
var keilaMessages = []catalogMessage{
	{own: true, key: "To prevent abuse by spammers, sending emails is only possible if you have an active subscription.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"To prevent abuse by spammers, sending emails is only possible if you have an active subscription.",                    // en
		"За да предотвратим злоупотребата от спамъри, изпращането на имейли е възможно само при наличие на активен абонамент.", // bg
		"Um dem Missbrauch durch Spammer vorzubeugen, können E-Mails nur mit einem aktiven Keila-Abo versendet werden.",        // de
		"Para prevenir abusos de spammers, el envío de correos solo es posible si tienes una suscripción activa.",              // es
		"Pour éviter les abus des spammeurs, l'envoi n'est possible que si vous avez un abonnement actif.",                     // fr
		"A spammerek általi visszaélések megelőzése érdekében e-mailek küldése csak aktív előfizetés esetén lehetséges.",       // hu
		"Per prevenire l'abuso degli spammer l'invio delle email è possibile solo se hai un abbonamento attivo.",               // it
		"Para evitar abusos por parte de spammers, o envio de e-mails só é possível se você tiver uma assinatura ativa.",       // pt_BR
	}},
	{own: true, key: "Please start a subscription before sending your first campaign.", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Please start a subscription before sending your first campaign.",                                             // en
		"Моля, започнете абонамент, преди да изпратите първата си кампания.",                                          // bg
		"Bitte wähle ein Abo aus bevor du deine erste Kampagne sendest.",                                              // de
		"Por favor inicia una suscripción antes de enviar tu primera campaña.",                                        // es
		"Veuillez démarrer un abonnement avant d’envoyer votre première campagne.",                                    // fr
		"Kérjük, indítson előfizetést, mielőtt elküldi az első kampányát.",                                            // hu
		"Attiva un abbonamento prima di inviare la tua prima campagna.",                                               // it
		"Por favor, inicie uma assinatura antes de enviar sua primeira campanha.",                                     // pt_BR
		"Thanks for trying out Keila!\nPlease start a subscription before sending your first campaign.",               // en
		"Благодарим ви, че изпробвахе Keila!\nМоля, започнете абонамент, преди да изпратите първата си кампания.",     // bg
		"Danke dass du Keila ausprobierst!\nBitte wähle ein Abo aus bevor du deine erste Kampagne sendest.",           // de
		"¡Gracias por probar Keila!\nPor favor inicia una suscripción antes de enviar tu primera campaña.",            // es
		"Merci d’avoir essayé Keila!\nVeuillez démarrer un abonnement avant d’envoyer votre première campagne.",       // fr
		"Köszönjük, hogy kipróbálta a Keilát!\nKérjük, indítson előfizetést, mielőtt elküldi az első kampányát.",      // hu
		"Grazie per aver provato Keila!\nAttiva un abbonamento prima di inviare la tua prima campagna.",               // it
		"Obrigado por experimentar o Keila!\nPor favor, inicie uma assinatura antes de enviar sua primeira campanha.", // pt_BR
	}},
	{own: true, key: "To prevent abuse by spammers, sending emails is only possible once your onboarding has been completed.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"To prevent abuse by spammers, sending emails is only possible once your onboarding has been completed.",                            // en
		"Um dem Missbrauch durch Spammer vorzubeugen, können E-Mails erst versendet werden wenn dein Onboarding abgeschlossen ist.",         // de
		"Para prevenir abusos de spammers, el envío de correos solo es posible una vez que se haya completado tu proceso de incorporación.", // es
		"Pour éviter les abus des spammeurs, l'envoi d'e-mails n'est possible qu'une fois votre processus d'intégration terminé.",           // fr
		"A spammerekkel való visszaélések megelőzése érdekében e-mailek küldése csak az onboarding befejezése után lehetséges.",             // hu
		"Per prevenire abusi dagli spammer l'invio di email è possibile solo dopo che l'onboarding sarà completato.",                        // it
		"Para evitar abusos por parte de spammers, o envio de e-mails só é possível após a conclusão do seu onboarding.",                    // pt_BR
	}},
	{own: true, key: "Before you can start sending emails, we need some more information about your account.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Before you can start sending emails, we need some more information about your account.",                              // en
		"За да изпращате имейли, е нужно да предоставите още информация за акаунта си.",                                       // bg
		"Bevor du E-Mails versenden kannst, benötigen wir noch einige Informationen über dein Konto.",                         // de
		"Antes de poder empezar a enviar correos, necesitamos más información sobre tu cuenta.",                               // es
		"Avant que vous puissiez commencer à envoyer des e-mails, nous avons besoin de plus d'informations sur votre compte.", // fr
		"Mielőtt elkezdhetne e-maileket küldeni, még néhány információra van szükségünk a fiókjáról.",                         // hu
		"Prima che tu possa inviare email abbiamo bisogno di altre informazioni circa il tuo account.",                        // it
		"Antes que você possa começar a enviar e-mails, precisamos de mais algumas informações sobre a sua conta.",            // pt_BR
	}},
	{own: true, key: "Your account is currently under review. Sending emails will be enabled once the review has been completed.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Your account is currently under review. Sending emails will be enabled once the review has been completed.",                  // en
		"Вашият акаунт се прегледа в момента. Ще можете да изпращате имейли веднага щом приключим!",                                   // bg
		"Dein Konto wird derzeit überprüft. Das Versenden von E-Mails wird freigeschaltet, sobald die Überprüfung abgeschlossen ist.", // de
		"Tu cuenta está actualmente en revisión. El envío de correos se habilitará una vez que la revisión haya finalizado.",          // es
		"Votre compte est actuellement en cours de vérification. L'envoi d'e-mails sera activé une fois la vérification terminée.",    // fr
		"A fiókja jelenleg felülvizsgálat alatt áll. Az e-mailek küldése a felülvizsgálat befejezése után lesz engedélyezve.",         // hu
		"Il tuo account è attualmente in verifica. L'invio di email sarà abilitato quando la verifica sarà stata completata.",         // it
		"Sua conta está em análise no momento. O envio de e-mails será habilitado assim que a análise for concluída.",                 // pt_BR
	}},
	{own: true, key: "Account not activated", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Account not activated\nOnce you have provided the necessary details, we will perform a manual review of your account. This usually takes less than one working day.\n\nIf you have any questions, please reach out to our support at %{support_email}.",                           // en
		"Акаунтът не е активиран\nСлед като ни предоставите необходимите данни, ще прегледаме акаунта ви. Това обикновено отнема по-малко от един работен ден.\n\nАко имате въпроси, пишете ни на %{support_email}.",                                                                       // bg
		"Konto nicht aktiviert\nSobald du die notwendigen Details bereitgestellt hast, führen wir eine manuelle Überprüfung deines Kontos durch. Dies dauert in der Regel weniger als einen Werktag.\n\nFalls du Fragen hast, wende dich bitte an unseren Support unter %{support_email}.", // de
		"Cuenta no activada\nUna vez que hayas proporcionado los datos necesarios, realizaremos una revisión manual de tu cuenta. Esto suele tardar menos de un día laborable.\n\nSi tienes alguna pregunta, contacta con nuestro soporte en %{support_email}.",                            // es
		"Compte non activé\nUne fois que vous aurez fourni les informations nécessaires, nous effectuerons une vérification manuelle de votre compte. Cela prend généralement moins d'un jour ouvré.\n\nSi vous avez des questions, veuillez contacter notre support à %{support_email}.",  // fr
		"Fiók nincs aktiválva\nMiután megadta a szükséges adatokat, manuálisan felülvizsgáljuk a fiókját. Ez általában kevesebb mint egy munkanapot vesz igénybe.\n\nHa bármilyen kérdése van, vegye fel a kapcsolatot a támogatásunkkal itt: %{support_email}.",                           // hu
		"Account non attivato\nQuando avrai fornito i dettagli necessari effettueremo una verifica manuale del tuo account. Questo normalmente richiede meno di un giorno lavorativo.\n\nSe hai qualunque domanda contatta il nostro supporto a %{support_email}.",                         // it
		"Conta não ativada\nApós você fornecer as informações necessárias, faremos uma revisão manual da sua conta. Isso normalmente leva menos de um dia útil.\n\nSe tiver alguma dúvida, entre em contato com nosso suporte em %{support_email}.",                                        // pt_BR
	}},
	{own: true, key: "You need to verify your email address before you can send emails with this sender.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"You need to verify your email address before you can send emails with this sender.",                  // en
		"Трябва да потвърдите имейл адреса си, преди да можете да изпращате имейли с този подател.",           // bg
		"Bestätige bitte deine E-Mail-Adresse, bevor du E-Mails mit diesem Sender versenden kannst.",          // de
		"Necesitas verificar tu dirección de correo antes de poder enviar correos con este remitente.",        // es
		"Vous devez vérifier votre adresse e-mail avant de pouveoir envoyer des e-mails avec cet expéditeur.", // fr
		"Az e-mail címét meg kell erősítenie, mielőtt ezzel a feladóval e-maileket küldhetne.",                // hu
		"Devi verificare il tuo indirizzo email prima di poter inviare email con questo mittente.",            // it
		"Você precisa verificar seu endereço de e-mail antes de poder enviar e-mails com este remetente.",     // pt_BR
	}},
	{own: true, key: "Insufficient email quota.", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"Insufficient email quota.",         // en
		"Недостатъчна имейл квота.",         // bg
		"Unzureichendes E-Mail-Kontingent.", // de
		"Cuota de correo insuficiente.",     // es
		"Quota e-mail insuffisant.",         // fr
		"Elégtelen e-mail kvóta.",           // hu
		"Quota email insufficiente.",        // it
		"Cota de e-mail insuficiente.",      // pt_BR
		"It looks like you've already used up the email quota from your subscription.",                           // en
		"Изглежда, че сте изчерпали имейл квотата от вашия абонамент.",                                           // bg
		"Du hast das E-Mail-Kontingent deines Abos bereits aufgebraucht.",                                        // de
		"Parece que ya has agotado la cuota de correo de tu suscripción.",                                        // es
		"Il semble que vous ayez déjà utilisé le quota d’e-mails de votre abonnement.",                           // fr
		"Úgy tűnik, már felhasználta az előfizetéséhez tartozó e-mail kvótát.",                                   // hu
		"Sembra che tu abbia usato tutta la quota di email del tuo abbonamento.",                                 // it
		"Parece que você já utilizou toda a cota de e-mails da sua assinatura.",                                  // pt_BR
		"Insufficient email quota. It looks like you've already used up the email quota from your subscription.", // en
		"Недостатъчна имейл квота. Изглежда, че сте изчерпали имейл квотата от вашия абонамент.",                 // bg
		"Unzureichendes E-Mail-Kontingent. Du hast das E-Mail-Kontingent deines Abos bereits aufgebraucht.",      // de
		"Cuota de correo insuficiente. Parece que ya has agotado la cuota de correo de tu suscripción.",          // es
		"Quota e-mail insuffisant. Il semble que vous ayez déjà utilisé le quota d’e-mails de votre abonnement.", // fr
		"Elégtelen e-mail kvóta. Úgy tűnik, már felhasználta az előfizetéséhez tartozó e-mail kvótát.",           // hu
		"Quota email insufficiente. Sembra che tu abbia usato tutta la quota di email del tuo abbonamento.",      // it
		"Cota de e-mail insuficiente. Parece que você já utilizou toda a cota de e-mails da sua assinatura.",     // pt_BR
		"Your email quota is not sufficient for sending this campaign.",                                          // en
		"Insufficient email quota. Your email quota is not sufficient for sending this campaign.",                // en
	}},
	{own: true, key: "Insufficient credits.", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"Insufficient credits.",             // en
		"Недостатъчно кредити.",             // bg
		"Unzureichendes E-Mail-Kontingent.", // de
		"Créditos insuficientes.",           // es pt_BR
		"Quota e-mail insuffisant.",         // fr
		"Nincs elegendő kredit.",            // hu
		"Crediti insufficienti.",            // it
	}},
}
