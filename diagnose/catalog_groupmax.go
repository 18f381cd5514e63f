package diagnose

// groupmaxMessages are the subjects of the error mail Hitachi's Groupmax
// Mail - SMTP gateway returns to the sender when it cannot take a mail
// Sendmail handed it (the Groupmax Mail - SMTP manual, §6.3 "エラーメール",
// itpfdoc.hitachi.co.jp/manuals/3000/3000347460, which lists each subject
// and its cause; probe CI ci-014, ci-015, ci-016, ci-042). The
// misspellings ("failer", "Conte-Type", "Delivary") are the program's.
// Each is a returned mail: bounced. Its catch-all "Returned mail: smtp_gw
// conversion fail." names no cause and is left to the rules.
var groupmaxMessages = []catalogMessage{
	// the RCPT recipients the gateway got are not valid data
	{key: "Recipients-Information", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Conversion failer : Recipients-Information is not available.",
	}},
	{key: "MessageId", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Conversion failer : MessageId is not available.",
	}},
	// the gateway is set to refuse split (message/partial) mail: its
	// setting, not the mail's form
	{key: "Conte-Type", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Conversion failer : Conte-Type is not available.",
	}},
	{key: "OriginatorName", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Conversion failure : OriginatorName is not available.",
	}},
	// the gateway's own settings, or Groupmax's data for the recipient,
	// are wrong: the receiving side's fault
	{key: "BilateralInformation", category: CategoryServerError, outcome: OutcomeBounced, texts: []string{
		"Conversion failure : BilateralInformation is not available.",
	}},
	{key: "RFC822 MailBody", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"Conversion failure : RFC822 MailBody Format Error.",
	}},
	// the user the gateway mapped the recipient to is not registered in
	// Groupmax's address server
	{key: "Delivary Report", category: CategoryUserUnknown, outcome: OutcomeBounced, texts: []string{
		"Delivary Report(Failer)",
	}},
}
