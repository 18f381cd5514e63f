package diagnose

// schleuderMessages are Schleuder's refusals of a post to a list
// (locales/en.yml and de.yml at 878fdba, errors.message_*): the list
// takes only OpenPGP-signed or -encrypted posts, or posts by its
// subscribers or admins (the list's rule on who may post and how:
// policy), or posts up to its size. Probe CF cf-032, cf-045.
var schleuderMessages = []catalogMessage{
	{key: "errors.message_unsigned", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Messages to this address must be OpenPGP-signed.",                          // en
		"Emails an diese Adresse müssen mit einem OpenPGP-Schlüssel signiert sein.", // de
	}},
	{key: "errors.message_unencrypted", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Messages to this address must be encrypted conforming to OpenPGP.",  // en
		"Emails an diese Adresse müssen OpenPGP-konform verschlüsselt sein.", // de
	}},
	{key: "errors.message_unauthenticated", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Messages to this address must be encrypted and signed by the key associated with a subscribed address.",                                   // en
		"Emails an diese Adresse müssen verschlüsselt und mit einem OpenPGP-Schlüssel signiert sein, der für eine Mitgliedschaft eingetragen ist.", // de
	}},
	{key: "errors.message_sender_not_subscribed", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Only subscribed addresses may send messages to this address.",                              // en
		"Nur Absender, die als Mitglied eingetragen sind, dürfen Emails an diese Adresse schicken.", // de
	}},
	{key: "errors.message_not_from_admin", category: CategoryPolicyRejected, outcome: OutcomeBounced, texts: []string{
		"Only admins may send messages to this address.",      // en
		"Nur Admins dürfen Emails an diese Adresse schicken.", // de
	}},
	{key: "errors.message_too_big", category: CategoryMessageTooLarge, outcome: OutcomeBounced, texts: []string{
		"Your message was too big. Allowed are up to %{allowed_size}KB.",           // en
		"Deine Email war zu groß. Erlaubt sind für diese Liste %{allowed_size}KB.", // de
	}},
}
