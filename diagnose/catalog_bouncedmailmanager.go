package diagnose

// bouncedMailManagerMessages are BouncedMailManager's report lines, the
// recipient's address and the reason its parser gave a bounce
// (lang/*/messages.php at 10f926d, bounce_reason_*; src/Message/Parser.php
// says what each stands for: "delayed" is a delay warning whose sender
// could not connect to the recipient's servers and keeps retrying,
// "internal error" a receiving system's I/O failure), in its five
// languages. Probe CH ch-023, ch-024, ch-025, ch-034. The reasons its
// parser gives for refusals it does not tell apart ("Blocked by
// anti-spam", "Mail rejected") are left to the rules.
var bouncedMailManagerMessages = []catalogMessage{
	{key: "bounce_reason_dns_unknown", category: CategoryDomainNotFound, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: DNS unknown",     // en
		"%s: DNS desconocido", // es
		"%s: DNS tuntematon",  // fi
		"%s: DNS غير معروف",   // ar
		"%s: DNS inconnu",     // fr
	}},
	{key: "bounce_reason_not_found", category: CategoryUserUnknown, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: User not found",             // en
		"%s: Usuario no encontrado",      // es
		"%s: Käyttäjää ei löydy",         // fi
		"%s: لم يتم العثور على المستخدم", // ar
		"%s: Utilisateur non trouvé",     // fr
	}},
	{key: "bounce_reason_full", category: CategoryMailboxFull, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: Mailbox full",             // en
		"%s: Buzón lleno",              // es
		"%s: Postilaatikko täynnä",     // fi
		"%s: صندوق البريد ممتلئ",       // ar
		"%s: Boîte aux lettres pleine", // fr
	}},
	{key: "bounce_reason_inactive", category: CategoryMailboxDisabled, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: Account inactive",       // en
		"%s: Cuenta inactiva",        // es
		"%s: Tili ei ole aktiivinen", // fi
		"%s: الحساب غير نشط",         // ar
		"%s: Compte inactif",         // fr
	}},
	{key: "bounce_reason_delayed", category: CategoryConnectionFailed, outcome: OutcomeDeferred, address: true, texts: []string{
		"%s: Delivery delayed",   // en
		"%s: Entrega retrasada",  // es
		"%s: Toimitus myöhässä",  // fi
		"%s: الطلبية تأخرت",      // ar
		"%s: Livraison retardée", // fr
	}},
	{key: "bounce_reason_internal_error", category: CategoryServerError, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: Internal error", // en
		"%s: Error interno",  // es
		"%s: Sisäinen virhe", // fi
		"%s: خطأ داخلي",      // ar
		"%s: Erreur interne", // fr
	}},
	{key: "bounce_reason_content_reject", category: CategorySpamContent, outcome: OutcomeBounced, address: true, texts: []string{
		"%s: Mail rejected due to content",         // en
		"%s: Correo rechazado por contenido.",      // es
		"%s: Posti hylätty sisällön vuoksi",        // fi
		"%s: تم رفض البريد بسبب المحتوى",           // ar
		"%s: Courrier rejeté en raison du contenu", // fr
	}},
}
