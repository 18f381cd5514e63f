package diagnose

import "testing"

// TestKindImailKinds holds imail's return-to-sender notice (ct-013) with
// other subjects, times and recipients, whole and as batch CT quoted it,
// from the catalogue (imailMessages): no MX for the recipient's domain, an
// address with a line break. Near misses: the notice around a receiving
// server's reply or Go's dial error (the reply's or error's words: the
// notice is then a frame). Their phrasings do not train the model
// (kindsUntrained): a program's template.
func TestKindImailKinds(t *testing.T) {
	runKinds(t, "imail kinds", []kindCase{
		// 1. imail's own causes
		{r("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n被退回邮件 主 题：Invoice 4711\n时 间：Mon, 06 Dec 2021 10:00:00 +0800 (CST)\n无法发送到 bob@example.org\n退信原因  未知原因\nnot find mx record\n解决方案  请联系您的收件人（bob@example.org）或其所在服务商了解退信原因。\n此外，您还可以 点击这里 获取更多关于退信的帮助信息。\n某些云服务器的25外接端口，有可能被封，需要和云服务官方联系开通！"), OutcomeBounced, CategoryDomainNotFound},
		{r("很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：周报 第 12 期 时 间：2023-03-20 09:30:00 无法发送到 li.wei@example.cn 退信原因 未知原因 not find mx record 解决方案 请联系您的收件人（li.wei@example.cn）或其所在服务商了解退信原因。"), OutcomeBounced, CategoryDomainNotFound},
		{r("很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：hello 时 间：Tue, 07 Dec 2021 08:15:00 +0800 (CST) 无法发送到 bob@example.org 退信原因 未知原因 smtp: A line must not contain CR or LF 解决方案 请联系您的收件人（bob@example.org）或其所在服务商了解退信原因。"), OutcomeBounced, CategorySyntaxError},

		// 2. near misses: the notice around another's words
		{r("很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：Invoice 4711 时 间：Mon, 06 Dec 2021 10:00:00 +0800 (CST) 无法发送到 bob@example.org 退信原因 未知原因 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table 解决方案 请联系您的收件人（bob@example.org）或其所在服务商了解退信原因。"), OutcomeBounced, CategoryUserUnknown},
		{r("很抱歉您发送的邮件被退回，以下是该邮件的相关信息： 被退回邮件 主 题：Invoice 4711 时 间：Mon, 06 Dec 2021 10:00:00 +0800 (CST) 无法发送到 bob@example.org 退信原因 未知原因 dial tcp 192.0.2.25:25: connect: connection refused 解决方案 请联系您的收件人（bob@example.org）或其所在服务商了解退信原因。"), OutcomeBounced, CategoryConnectionFailed},
	})
}
