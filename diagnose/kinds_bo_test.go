package diagnose

import "testing"

// TestKindBOKinds holds the kinds blind probe BO found: a destination
// domain named invalid under a code of an unknown mailbox (bo-020,
// Forpsi's "5.1.1 … invalid destination domain"; an invalid mailbox at
// that code stays an unknown user), and a qmail-send log entry quoted
// from its status on, with a localised line between the wrapper and the
// reply (bo-021, a Polish qmail). Their phrasings do not train the model
// (kindsUntrained): the first kind is a settled rule's, and the second
// is how the text is read (its underscores as spaces, its status word as
// the outcome), not words to weigh.
func TestKindBOKinds(t *testing.T) {
	runKinds(t, "BO kinds", []kindCase{
		{Input{Response: "5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain"}, OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 550, Response: "550 5.1.1 <user@example.org>: invalid destination domain"}, OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 550, Response: "550 Destination domain is invalid"}, OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 554, Response: "554 5.1.2 Bad destination domain example.org"}, OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 450, Response: "450 4.1.2 destination domain does not exist (yet?), try again later"}, OutcomeDeferred, CategoryDomainNotFound},

		{Input{Code: 550, Response: "550 5.1.1 <info@example.org>: invalid destination domain [smtp-relay.example.net]"}, OutcomeBounced, CategoryDomainNotFound},
		{Input{Code: 550, Response: "550 5.1.1 invalid destination mailbox"}, OutcomeBounced, CategoryUserUnknown},
		{Input{Code: 554, Response: "554 5.7.1 <user@example.org>: Relay access denied: destination domain not found in relay_domains"}, OutcomeBounced, CategoryPolicyRejected},
		{Input{Code: 550, Response: "550 5.7.1 relay not allowed: destination domain is invalid here"}, OutcomeBounced, CategoryPolicyRejected},

		{r("failure: 192.0.2.48_does_not_like_recipient./Remote_host_said:_/_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.0.2.48."), OutcomeBounced, CategoryUserUnknown},
		{r("deferral: 192.0.2.7_does_not_like_recipient./Remote_host_said:_/_Zdalny_host_odpowiedzial:_452_4.2.2_Mailbox_full/Giving_up_on_192.0.2.7./"), OutcomeDeferred, CategoryMailboxFull},
		{r("failure: Sorry,_I_couldn't_find_any_host_named_example.invalid._(#5.1.2)/"), OutcomeBounced, CategoryDomainNotFound},
		{r("deferral: CNAME_lookup_failed_temporarily._(#4.4.3)/"), OutcomeDeferred, CategoryDomainNotFound},
		{r("failure: 192.0.2.9_does_not_like_recipient./Remote_host_said:_/_Der_entfernte_Server_meldet:_550_5.7.1_Message_rejected_as_spam/Giving_up_on_192.0.2.9./"), OutcomeBounced, CategorySpamContent},
		// "Deferral:" before a 5xx in words with spaces is not qmail's
		// log: the reply's class decides (review S30A-4)
		{Input{Code: 550, Response: "deferral: 5.1.1 user unknown"}, OutcomeBounced, CategoryUserUnknown},
		{r("Deferral: 554 5.7.1 Message rejected as spam"), OutcomeBounced, CategorySpamContent},
		// a caller's reply code is the reply's: a qmail entry given with
		// its 5xx is read by the code, as any reply with one is
		{Input{Code: 554, Response: "deferral: 192.0.2.7_does_not_like_recipient./Remote_host_said:_554_5.7.1_rejected_as_spam/Giving_up_on_192.0.2.7./"}, OutcomeBounced, CategorySpamContent},
	})
}

// TestDestinationDomainOfAPolicy (review S30A-5): a tenant's or a
// connector's list of the domains it takes is the receiver's policy, and
// the settled destination-domain rule leaves it to the classifier, which
// reads it as the refusal it is. (The rules alone read "domain not found"
// and "connector" as the DNS and the connection, as they did before the
// rule.)
func TestDestinationDomainOfAPolicy(t *testing.T) {
	for _, in := range []Input{
		{Code: 550, Response: "550 5.7.1 destination domain not found in accepted domains of this tenant"},
		{Code: 550, Response: "550 5.4.1 destination domain is invalid for this connector"},
	} {
		if got := testClassifier.Classify(in); got.Category != CategoryPolicyRejected || got.Outcome != OutcomeBounced {
			t.Errorf("%q: got %s/%s, want bounced/policy_rejected", in.Response, got.Outcome, got.Category)
		}
	}
}
