package diagnose

import "testing"

// TestKindMetabaseKinds holds Metabase's messages for its SMTP settings,
// from its catalogue (metabaseMessages): "Wrong host or port" (cp-033)
// and "Wrong username or password", in English only (Metabase does not
// translate them), and near misses: its catch-all, which quotes
// JavaMail's exception after its own words and is read by the rules. The
// texts hold no placeholder. Their phrasings do not train the model
// (kindsUntrained): they are one program's templates.
func TestKindMetabaseKinds(t *testing.T) {
	runKinds(t, "Metabase kinds", []kindCase{
		{r("Wrong host or port"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Wrong host or port."), OutcomeDeferred, CategoryConnectionFailed},
		{r("Wrong username or password"), OutcomeBounced, CategoryPolicyRejected},

		// near misses: the catch-all reads from the exception it quotes
		{r("Sorry, something went wrong. Please try again. Error: Could not connect to SMTP host: smtp.example.com, port: 587"), OutcomeDeferred, CategoryConnectionFailed},
		{r("Sorry, something went wrong. Please try again. Error: 550 5.7.1 Relay access denied"), OutcomeBounced, CategoryPolicyRejected},
	})
}
