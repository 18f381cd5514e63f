package diagnose

// mailPoetMessages are MailPoet's (the WordPress newsletter plugin's)
// reports of a sending queue it paused, as its admin notice shows them
// (mailpoet/lib/Mailer/Methods/ErrorMappers/MailPoetMapper.php,
// lib/Mailer/MailerLog.php, lib/Util/Notices/UnauthorizedEmailNotice.php
// and PendingApprovalNotice.php, assets/js/src/notices/mailer-error.tsx of
// mailpoet/mailpoet at 3a92f0b0fd43, which batch CP cites). English only:
// the repository ships no translation (WordPress fetches them from
// translate.wordpress.org). Links are written as their text, <b> and
// <br/> as nothing. The notice puts an error of the "send" operation after
// "Sending has been paused due to a technical issue with %1$s: " (the
// sending method's name, one word: word) and one of another operation
// after "Sending is paused because the following connection issue
// prevents MailPoet from delivering emails: "; the plan, approval and
// sender-address errors stand alone. Each is held as the notice shows it
// and alone (a log or a copy of the error without the frame).
//
// MailPoet Sending Service is the service the plugin sends with, and
// every message about it is about that account (own): its outage is
// server_error, retried after five minutes (cp-001); its plan's monthly
// email volume is rate_limited, resumed next month (cp-002); its
// subscriber limit, a suspension for poor deliverability, a sender address
// not yet authorised and an account still under review are its policy,
// held until the user acts: policy_rejected, deferred (cp-003..005); an
// API key it refuses is a credential refused, policy_rejected by the
// README's SMTP AUTH convention, bounced (cp-007); the sender domain's
// DMARC policy the service's mail would fail, and a sender domain it wants
// authenticated before bulk sending, are authentication_failed, bounced
// (cp-006). The plugin's own sending-frequency throttle (MailerLog) is
// rate_limited, deferred till the interval passes (cp-008); the frequency
// is a setting of the site's, not a server's answer.
//
// Left out: "%s has returned an unknown error.", "Error while sending."
// alone, "Sending has been paused." and "Sending is waiting to be
// retried." (no cause); "JSON input is not an array" and "Invalid MSS
// response format." (the plugin's own faults, no cause a user acts on);
// the SMTP, PHPMail, SendGrid and Amazon SES methods' errors, which are
// PHPMailer's, the servers' or the APIs' own texts after the frame (the
// rules read them: cp-009, cp-010); the settings pages' notices about the
// key and the plan (not a send). Batch CP cp-001..008.
var mailPoetMessages = []catalogMessage{
	// getErrorForResult: the service answered 500, 502, 503 or 504 (cp-001).
	{own: true, word: true, key: "Email service is temporarily not available, please try again in a few minutes.", category: CategoryServerError, outcome: OutcomeDeferred, texts: []string{
		"Email service is temporarily not available, please try again in a few minutes.",
		"Sending has been paused due to a technical issue with %1$s: Email service is temporarily not available, please try again in a few minutes.",
	}},
	// getInvalidApiKeyError (cp-007).
	{own: true, word: true, key: "MailPoet API key is invalid!", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"MailPoet API key is invalid!",
		"Sending has been paused due to a technical issue with %1$s: MailPoet API key is invalid!",
	}},
	// getDmarcMessage after "Error while sending.": the service's API message
	// (Services/Bridge/API.php ERROR_MESSAGE_DMRAC) and its link (cp-006).
	{own: true, word: true, key: "Email violates Sender Domain's DMARC policy. Please set up sender authentication.", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Email violates Sender Domain's DMARC policy. Please set up sender authentication.",
		"Error while sending. Email violates Sender Domain's DMARC policy. Please set up sender authentication.",
		"Error while sending. Email violates Sender Domain's DMARC policy. Please set up sender authentication. Click here to start the authentication.",
		"Sending has been paused due to a technical issue with %1$s: Error while sending. Email violates Sender Domain's DMARC policy. Please set up sender authentication. Click here to start the authentication.",
	}},
	// The same for ERROR_MESSAGE_BULK_EMAIL_FORBIDDEN, an error of the
	// "domain_authorization" operation, which the notice frames as a
	// connection issue.
	{own: true, word: true, key: "Please update the plugin and add/update your sender domain", category: CategoryAuthenticationFailed, outcome: OutcomeBounced, texts: []string{
		"Error while sending. Please update the plugin and add/update your sender domain (refer to https://account.mailpoet.com/sender_domains) Click here to start the authentication.",
		"Sending is paused because the following connection issue prevents MailPoet from delivering emails: Error while sending. Please update the plugin and add/update your sender domain (refer to https://account.mailpoet.com/sender_domains) Click here to start the authentication.",
	}},
	// getAccountBannedMessage, an error of the "send" operation (cp-004).
	{own: true, word: true, key: "MailPoet Sending Service has been temporarily suspended for your site", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"MailPoet Sending Service has been temporarily suspended for your site due to degraded email deliverability. Please contact our support team to resolve the issue.",
		"Sending has been paused due to a technical issue with %1$s: MailPoet Sending Service has been temporarily suspended for your site due to degraded email deliverability. Please contact our support team to resolve the issue.",
	}},
	// getSubscribersLimitReachedMessage (cp-003), alone in its notice.
	{own: true, key: "You have reached the subscriber limit of your plan.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"You have reached the subscriber limit of your plan. Please upgrade your plan, or contact our support team if you have any questions.",
	}},
	// getEmailVolumeLimitReachedMessage, with and without the plan's limit
	// (%1$s) and the date sending resumes (cp-002); the first sentence is
	// also the settings pages' notice (youReachedEmailVolumeLimit).
	{own: true, key: "You have sent more emails this month than your MailPoet plan includes", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"You have sent more emails this month than your MailPoet plan includes (%1$s), and sending has been temporarily paused. To continue sending with MailPoet Sending Service please upgrade your plan, or wait until sending is automatically resumed on %2$s.",
		"You have sent more emails this month than your MailPoet plan includes, and sending has been temporarily paused. To continue sending with MailPoet Sending Service please upgrade your plan, or wait until sending is automatically resumed on %1$s.",
		"You have sent more emails this month than your MailPoet plan includes (%1$s), and sending has been temporarily paused.",
		"You have sent more emails this month than your MailPoet plan includes, and sending has been temporarily paused.",
	}},
	// UnauthorizedEmailNotice::getMessageText: the From address the service
	// has not authorised (cp-005).
	{own: true, address: true, key: "Sending all of your emails has been paused because your email address %s hasn’t been authorized yet.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"Sending all of your emails has been paused because your email address %s hasn’t been authorized yet.",
	}},
	// PendingApprovalNotice::getPendingApprovalMessage: the title and the body
	// (whose %s is the subject, always English).
	{own: true, key: "MailPoet is reviewing your subscription.", category: CategoryPolicyRejected, outcome: OutcomeDeferred, texts: []string{
		"MailPoet is reviewing your subscription.",
		"MailPoet is reviewing your subscription. You can use all MailPoet features and send email previews to your authorized email addresses, but sending to your email list contacts is temporarily paused until we review your subscription. If you don't hear from us within 48 hours, please check the inbox and spam folders of your MailPoet account email for follow-up emails with the subject \"Your MailPoet Subscription Review\" and reply, or contact us.",
		"You can use all MailPoet features and send email previews to your authorized email addresses, but sending to your email list contacts is temporarily paused until we review your subscription. If you don't hear from us within 48 hours, please check the inbox and spam folders of your MailPoet account email for follow-up emails with the subject \"Your MailPoet Subscription Review\" and reply, or contact us.",
	}},
	// MailerLog::enforceSendingLimit (cp-008).
	{key: "Sending frequency limit has been reached.", category: CategoryRateLimited, outcome: OutcomeDeferred, texts: []string{
		"Sending frequency limit has been reached.",
	}},
}
