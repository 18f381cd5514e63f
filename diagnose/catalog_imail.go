package diagnose

// imailMessages are imail's (midoks/imail at dd2a3467d4e1, which batch CT
// cites; a Go mail server) return-to-sender notice
// (conf/tpl/return_to_sender_html.tpl, subject "系统退信", in Chinese
// only: the repository ships no other template) for the causes imail
// itself words: internal/task/task.go mails it to the sender whenever
// smtpd.Delivery fails, once, with {ERR_MSG} the error's text, so every
// cause is bounced. The notice is written as its HTML body reads, one
// space for each element's break, with {SEND_SUBJECT}, {TIME} and
// {ERR_TO_MAIL} written %s; each text once whole and once to the end of
// its table (as batch CT's ct-013 quotes it, without the help link and
// the note on cloud servers' port 25). imail's own {ERR_MSG} texts: "not
// find mx record" (internal/smtpd/smtp.go DnsQuery L420: the recipient's
// domain has no MX, domain_not_found; ct-013) and "smtp: A line must not
// contain CR or LF" (validateLine L620: an envelope address with a line
// break, syntax_error).
//
// Left out: the notice around any other {ERR_MSG} — the receiving
// server's reply (Go's textproto "550 5.1.1 …") or Go's dial errors,
// whose words are the cause: the notice is a frame there, unwrap.go's to
// strip ("很抱歉您发送的邮件被退回 … 退信原因 未知原因 %s 解决方案 …"). imail's
// SMTP server replies (ct-010..012) start with their codes and are the
// rules'.
var imailMessages = []catalogMessage{
	{key: "return_to_sender_html.tpl: not find mx record", category: CategoryDomainNotFound, outcome: OutcomeBounced, texts: []string{
		"很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：%s 时 间：%s 无法发送到 %s 退信原因 未知原因 not find mx record 解决方案 请联系您的收件人（%s）或其所在服务商了解退信原因。 此外，您还可以 点击这里 获取更多关于退信的帮助信息。 某些云服务器的25外接端口，有可能被封，需要和云服务官方联系开通！",
		"很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：%s 时 间：%s 无法发送到 %s 退信原因 未知原因 not find mx record 解决方案 请联系您的收件人（%s）或其所在服务商了解退信原因。",
	}},
	{key: "return_to_sender_html.tpl: smtp: A line must not contain CR or LF", category: CategorySyntaxError, outcome: OutcomeBounced, texts: []string{
		"很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：%s 时 间：%s 无法发送到 %s 退信原因 未知原因 smtp: A line must not contain CR or LF 解决方案 请联系您的收件人（%s）或其所在服务商了解退信原因。 此外，您还可以 点击这里 获取更多关于退信的帮助信息。 某些云服务器的25外接端口，有可能被封，需要和云服务官方联系开通！",
		"很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：%s 时 间：%s 无法发送到 %s 退信原因 未知原因 smtp: A line must not contain CR or LF 解决方案 请联系您的收件人（%s）或其所在服务商了解退信原因。",
	}},
}
