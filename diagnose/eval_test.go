package diagnose

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func loadLabelled(t testing.TB, name string) []Labelled {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := ReadLabelled(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return cases
}

// TestEvalSetThresholds measures the classifier on the labelled sets kept
// apart from tuning (testdata/blind.jsonl, the blind set of the second
// round, and testdata/eval.jsonl, the first round's set, now a regression
// set; see testdata/README.md) and asserts the accuracy issue 14 asks for:
// category >= 97%, outcome >= 99%, every category >= 90%.
func TestEvalSetThresholds(t *testing.T) {
	for _, name := range []string{"blind.jsonl", "eval.jsonl"} {
		t.Run(name, func(t *testing.T) { checkThresholds(t, loadLabelled(t, name)) })
	}
}

func checkThresholds(t *testing.T, cases []Labelled) {
	if len(cases) < 600 {
		t.Fatalf("evaluation set has %d cases, want at least 600", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	var buf bytes.Buffer
	rep.WriteText(&buf)
	t.Log("\n" + buf.String())
	if a := rep.CategoryAccuracy(); a < 0.97 {
		t.Errorf("category accuracy %.1f%% < 97%%", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a < 0.99 {
		t.Errorf("outcome accuracy %.1f%% < 99%%", 100*a)
	}
	for cat, p := range rep.PerCategory() {
		if p[1] < 0.90 {
			t.Errorf("category %s: %.1f%% of %d < 90%%", cat, 100*p[1], int(p[0]))
		}
	}
}

// TestFreshBatchO measures testdata/blind_o.jsonl, the third round's fresh
// batch (288 responses from sources no rule was written from), which was
// measured once with the rules of commit 2fe6ba3 before any of its misses
// was read: 249/288 category (86.5%), 279/288 outcome (96.9%) — below
// issue 14's targets, and smaller than the 600 it asks for (see
// testdata/README.md). Its misses were then read and their kinds fixed
// (kinds_o_test.go), so it is no longer blind; this test keeps a later
// change from making it worse.
func TestFreshBatchO(t *testing.T) {
	cases := loadLabelled(t, "blind_o.jsonl")
	rep := testClassifier.Evaluate(cases)
	var buf bytes.Buffer
	rep.WriteText(&buf)
	t.Log("\n" + buf.String())
	n := float64(len(cases))
	// After its kinds were fixed (no longer blind): 281/288 and 286/288.
	if a := rep.CategoryAccuracy(); a*n < 281-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 281/288 (after batch O's kinds were fixed)", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 286-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 286/288 (after batch O's kinds were fixed)", 100*a)
	}
}

// TestFreshBatchP measures testdata/blind_p.jsonl, the fourth round's
// fresh batch (responses from sources no earlier batch used, deduplicated
// against every set here and the shared corpus), collected in parts, each
// measured once before any of its misses was read (the figures per part are
// in testdata/README.md). The kinds behind the misses were fixed after
// each part (kinds_o_test.go), so it is no longer blind; this keeps a
// later change from making it worse than the figure after those fixes.
func TestFreshBatchP(t *testing.T) {
	cases := loadLabelled(t, "blind_p.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 293-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 293/301", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 297-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 297/301", 100*a)
	}
}

// TestFreshBatchQ measures testdata/blind_q.jsonl, 54 terse server replies
// listed with their meaning by mail-server vendors and hosters, collected
// after every fix from batch P and measured once before any miss was read:
// 31/54 category (57.4%), 54/54 outcome. Its kinds were fixed afterwards,
// so it is no longer blind; this keeps the figure after the fixes (48/54,
// 53/54).
func TestFreshBatchQ(t *testing.T) {
	cases := loadLabelled(t, "blind_q.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 48-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 48/54", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 53-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 53/54", 100*a)
	}
}

// TestFreshBatchR measures testdata/blind_r.jsonl, 202 replies of filtering
// proxies and small MTAs (smtpf, spamdyke, qpsmtpd, chasquid, go-guerrilla)
// and vendor or hoster reply lists, labelled from their sources and measured
// once before any miss was read: 143/202 category (70.8%), 201/202 outcome.
// Its kinds were fixed afterwards (kinds_r_test.go), so it is no longer
// blind; this keeps the figure after the fixes (197/202, 202/202).
func TestFreshBatchR(t *testing.T) {
	cases := loadLabelled(t, "blind_r.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 197-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 197/202", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 202-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 202/202", 100*a)
	}
}

// TestFreshBatchS measures testdata/blind_s.jsonl, 29 replies collected
// after batch R's fixes (Citadel, Proxmox Mail Gateway, simscan, GitHub
// issues, provider pages) and measured once before any miss was read:
// 22/29 category (75.9%), 28/29 outcome. Its kinds were fixed afterwards;
// this keeps the figure after the fixes (28/29, 28/29).
func TestFreshBatchS(t *testing.T) {
	cases := loadLabelled(t, "blind_s.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 28-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 28/29", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 28-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 28/29", 100*a)
	}
}

// TestFreshBatchT measures testdata/blind_t.jsonl, 14 replies collected
// after batch S's fixes (Momentum, slimta, Emailit, Exchange docs) and
// measured once before any miss was read: 10/14 category, 14/14 outcome.
// Its kinds were fixed afterwards; this keeps the figure after the fixes
// (13/14, 14/14).
func TestFreshBatchT(t *testing.T) {
	cases := loadLabelled(t, "blind_t.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 13-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 13/14", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 14-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 14/14", 100*a)
	}
}

// TestFreshBatchU measures testdata/blind_u.jsonl, 28 replies from
// MailCleaner's Exim ACLs, MIMEDefang and OpenDMARC, collected after batch
// T's fixes and measured once before any miss was read: 18/28 category,
// 28/28 outcome. Its kinds were fixed afterwards; this keeps the figure
// after the fixes (28/28, 28/28).
func TestFreshBatchU(t *testing.T) {
	cases := loadLabelled(t, "blind_u.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 28-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 28/28", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 28-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 28/28", 100*a)
	}
}

// TestFreshBatchV measures testdata/blind_v.jsonl, 11 policy-service
// replies (iRedAPD, policyd-rate-limit) collected after the 550 fallback and
// measured once before any miss was read: 10/11 category, 11/11 outcome.
// Its miss was fixed afterwards; this keeps 11/11, 11/11.
func TestFreshBatchV(t *testing.T) {
	cases := loadLabelled(t, "blind_v.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 11-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 11/11", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 11-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 11/11", 100*a)
	}
}

// TestFreshBatchW measures testdata/blind_w.jsonl, 112 replies from
// sources no set used (small SMTP servers' reply tables, user and hoster
// Exim ACLs, pypolicyd-spf logs, GitHub issues, a bounce-log page),
// labelled before scoring and scored once with the rules and the model of
// commit a6ef38e: rules alone 92/112, model alone 100/112, rules+model
// 100/112 category; 112/112 outcome. The kinds tests' phrasings joined the
// model's training afterwards (testdata/kinds.jsonl; nothing of W was
// used): 99/112, not a blind figure. Then W became tuning data: its misses'
// kinds were fixed (kinds_w_test.go) and the model trains on it, 111/112.
// This keeps that.
func TestFreshBatchW(t *testing.T) {
	cases := loadLabelled(t, "blind_w.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 111-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 111/112", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 112-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 112/112", 100*a)
	}
}

// TestFreshBatchX measures testdata/blind_x.jsonl, 165 replies from
// sources no set used (maddy, mox, Stalwart, Haraka and its plugins,
// rspamd defaults, Alibaba DirectMail codes, GitHub issues), labelled and
// committed (890b607) before scoring, then scored once with the rules and
// model of daf563a: rules alone 127/165, rules+model 142/165 category,
// 164/165 outcome. Its misses' kinds were then fixed (kinds_x_test.go),
// one label and one transcription corrected (testdata/README.md), and the
// model trains on it: 165/165. This keeps that.
func TestFreshBatchX(t *testing.T) {
	cases := loadLabelled(t, "blind_x.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 165-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 165/165", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 165-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 165/165", 100*a)
	}
}

// TestFreshBatchY measures testdata/blind_y.jsonl, 48 replies from sources
// no set used (spamilter, policyd-weight, rmilter, milter-limit, Zimbra and
// Cyrus LMTP, dma, GitHub issues, help pages), labelled and committed
// (068e59f) before scoring, then scored once with the rules and model of
// 37bae6c (after batch X's fixes): rules alone 37/48, rules+model 43/48
// category, 47/48 outcome. Its misses' kinds were then fixed
// (kinds_y_test.go) and the model trains on it: 48/48 category; the outcome
// miss (a Postfix virtual "please try again later" quota text labelled
// bounced) is left as a judgement call. This keeps that.
func TestFreshBatchY(t *testing.T) {
	cases := loadLabelled(t, "blind_y.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 48-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 48/48", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 47-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 47/48", 100*a)
	}
}

// TestFreshBatchZ measures testdata/blind_z.jsonl, 31 replies (Alibaba
// Mail, GreenMail, mailpit, smtprelay, chrj/smtpd), committed unscored
// (05b58b0) and scored once with the rules and model of 42f9796: rules alone
// 20/31, rules+model 23/31 category, 31/31 outcome. Its misses' kinds were
// then fixed (kinds_z_test.go) and the model trains on it: 31/31. This
// keeps that.
func TestFreshBatchZ(t *testing.T) {
	cases := loadLabelled(t, "blind_z.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 31-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 31/31", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 31-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 31/31", 100*a)
	}
}

// TestFreshBatchAA measures testdata/blind_aa.jsonl, 5 replies committed
// unscored (268d805) and scored once with the rules and model of 84072c5:
// 4/5 category, 4/5 outcome (Postfix's "non DNSSEC destination", a DANE
// policy deferral, read as a bounced unknown domain). It was not tuned on:
// it stays held out for the next rotation. This keeps the figure.
func TestFreshBatchAA(t *testing.T) {
	cases := loadLabelled(t, "blind_aa.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 4-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 4/5", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 4-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 4/5", 100*a)
	}
}

// TestTuneSet keeps the tuning set honest too (it is what the rules were
// adjusted on, so it must stay high), and logs its misses. It holds every
// blind miss that was read, including the ones left alone because their
// meaning is ambiguous or provider-private (testdata/README.md), hence a
// floor below the held-out sets'.
func TestTuneSet(t *testing.T) {
	rep := testClassifier.Evaluate(loadLabelled(t, "tune.jsonl"))
	for _, m := range rep.Misses {
		t.Logf("tune miss %s: want %s/%s got %s/%s %.120q", m.ID, m.WantOutcome, m.WantCategory, m.GotOutcome, m.GotCategory, m.Response)
	}
	if a := rep.CategoryAccuracy(); a < 0.94 {
		t.Errorf("tune category accuracy %.1f%% < 94%%", 100*a)
	}
}

// TestEvalSetsApart: the held-out set shares no response with the tuning
// set or the shared corpus, ids are unique and every case names its source.
func TestEvalSetsApart(t *testing.T) {
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	seen := map[string]string{}
	for _, c := range loadLabelled(t, "tune.jsonl") {
		seen[norm(c.Response)] = c.ID
	}
	for _, c := range loadCorpus(t) {
		seen[norm(c.Response)] = c.ID
	}
	ids := map[string]bool{}
	for _, name := range []string{"eval.jsonl", "blind.jsonl", "blind_o.jsonl", "blind_p.jsonl", "blind_q.jsonl", "blind_r.jsonl", "blind_s.jsonl", "blind_t.jsonl", "blind_u.jsonl", "blind_v.jsonl", "blind_w.jsonl", "blind_x.jsonl", "blind_y.jsonl", "blind_z.jsonl", "blind_aa.jsonl", "blind_ab.jsonl", "blind_ac.jsonl", "blind_ad.jsonl", "blind_ae.jsonl", "blind_af.jsonl", "blind_ag.jsonl", "blind_ah.jsonl", "blind_ai.jsonl", "blind_aj.jsonl", "blind_ak.jsonl", "blind_al.jsonl", "blind_am.jsonl", "blind_an.jsonl", "blind_ao.jsonl", "blind_ap.jsonl", "blind_aq.jsonl", "blind_ar.jsonl", "blind_as.jsonl", "blind_at.jsonl", "blind_au.jsonl"} {
		for _, c := range loadLabelled(t, name) {
			if other, ok := seen[norm(c.Response)]; ok {
				t.Errorf("%s: %s repeats %s", name, c.ID, other)
			}
			if ids[c.ID] {
				t.Errorf("duplicate id %s", c.ID)
			}
			ids[c.ID] = true
			if strings.TrimSpace(c.Source) == "" {
				t.Errorf("%s has no source", c.ID)
			}
		}
		// blind.jsonl is kept apart from the older held-out set too.
		for _, c := range loadLabelled(t, name) {
			seen[norm(c.Response)] = c.ID
		}
	}
}

func TestReadLabelledErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"response":"x","outcome":"bounced","category":"nope"}`, `line 1: unknown category "nope"`},
		{`{"response":"x","outcome":"gone","category":"other"}`, `line 1: unknown outcome "gone"`},
		{"\n\n{\"outcome\":\"bounced\",\"category\":\"other\"}", `line 3: missing "response"`},
		{`[1]`, `line 1: not a JSON object`},
		{`{"response":1,"outcome":"bounced","category":"other"}`, `line 1: json`},
		{`{"response":"x","outcome":"bounced","category":"other","code":"abc"}`, `line 1: json`},
		{strings.Repeat("x", maxLabelledLine+10), "line 1: line longer than"},
	}
	for _, tt := range tests {
		_, err := ReadLabelled(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadLabelled(%.40q) = %v, want error containing %q", tt.in, err, tt.want)
		}
	}
	got, err := ReadLabelled(strings.NewReader("{\"response\":\"550 x\",\"outcome\":\"bounced\",\"category\":\"other\"}\r\n\n"))
	if err != nil || len(got) != 1 || got[0].ID != "line-1" {
		t.Errorf("ReadLabelled = %+v, %v", got, err)
	}
}

// TestFreshBatchAB measures testdata/blind_ab.jsonl, 20 replies committed
// unscored (9d5b836) and scored once with the classifier of a137666 (before
// the ninth session) and of 2c44065 (after it): 18/20 category, 20/20
// outcome both times. It was not tuned on; batch AJ's kind of non-conforming
// messages (kinds_aj_test.go) now reads blindab-0020 ("554 Message does not
// conform to standards") as its label says: 19/20. This keeps the figure.
func TestFreshBatchAB(t *testing.T) {
	cases := loadLabelled(t, "blind_ab.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 19-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 19/20", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 20-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 20/20", 100*a)
	}
}

// TestFreshBatchAC measures testdata/blind_ac.jsonl, 93 replies from sources
// testdata/README.md did not list, committed unscored (d6defbd) and scored
// once with the classifier of that commit: 80/93 category, 86/93 outcome —
// the blind figure. The kinds behind its misses were fixed afterwards
// (kinds_ac_test.go, 9bdf7c6..857fc2c), so the batch is no longer blind;
// this keeps the figure after the fixes: 93/93 category (91 before batch
// AD's session settled blindac-0086's rule and named blindac-0022's
// bounce rule), 91/93 outcome (89 before REQUIRETLS refusals were read
// as final).
func TestFreshBatchAC(t *testing.T) {
	cases := loadLabelled(t, "blind_ac.jsonl")
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 93-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 93/93", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 91-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 91/93", 100*a)
	}
}

// TestFreshBatchAD keeps testdata/blind_ad.jsonl, 101 replies from sources
// no earlier set cites (lavabit/magma's SMTP server, b1gMailServer,
// gen_smtp, vSMTP, samotop, midi-smtp-server, cosullivan/SmtpServer,
// E-MailRelay, courier-pythonfilter, hosters' pages), labelled before any
// classifier saw them and committed unscored (a827287), then scored once
// with the classifier of that commit: 77/101 category, 101/101 outcome —
// the blind figure. The kinds behind its misses were fixed afterwards
// (kinds_ad_test.go), so the batch is no longer blind; this keeps the
// figure after the fixes: 96/101 category, 101/101 outcome.
func TestFreshBatchAD(t *testing.T) {
	cases := loadLabelled(t, "blind_ad.jsonl")
	if len(cases) != 101 {
		t.Fatalf("blind_ad.jsonl has %d cases, want 101", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 97-0.5 { // 96 before the retrained model of the sixteenth session (blindad-0072)
		t.Errorf("category accuracy %.1f%% fell below 97/101", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 101-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 101/101", 100*a)
	}
}

// TestFreshBatchAE measures testdata/blind_ae.jsonl, 96 replies from
// sources no earlier set cites (ZMailer's smtpserver and smtp transport,
// OpenDKIM's milter replies, the smtp-gated proxy, Postfix's smtpd(8) and
// postscreen(8) protocol replies, Twisted's SMTP server), committed
// unscored (9cb2d3a) and scored once with the classifier of that commit:
// 79/96 category, 96/96 outcome — the blind figure (testdata/README.md).
// The kinds behind its misses were fixed afterwards (kinds_ae_test.go) and
// three labels corrected to the project's earlier conventions, so the
// batch is no longer blind; this keeps the figure after the fixes: 95/96
// category, 96/96 outcome (blindae-0034 relabelled syntax by the SMTP AUTH
// convention of the fourteenth session and read so since; blindae-0081
// left).
func TestFreshBatchAE(t *testing.T) {
	cases := loadLabelled(t, "blind_ae.jsonl")
	if len(cases) != 96 {
		t.Fatalf("blind_ae.jsonl has %d cases, want 96", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 95-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 95/96", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 96-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 96/96", 100*a)
	}
}

// TestFreshBatchAF measures testdata/blind_af.jsonl, 27 replies from
// sources no earlier set cites (infodancer/smtpd, siebenmann/smtpd,
// NaviServer's nssmtpd, vodolaz095/msmtpd), written after batch AE's fixes,
// committed unscored (928733f) and scored once: 22/27 category, 27/27
// outcome — the blind figure. It was held out for one session, then its
// kinds were fixed with batch AG's (kinds_ag_test.go), so it is no longer
// blind; this keeps the figure after the fixes: 27/27, 27/27.
func TestFreshBatchAF(t *testing.T) {
	cases := loadLabelled(t, "blind_af.jsonl")
	if len(cases) != 27 {
		t.Fatalf("blind_af.jsonl has %d cases, want 27", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 27-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 27/27", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 27-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 27/27", 100*a)
	}
}

// TestFreshBatchAG keeps testdata/blind_ag.jsonl, 63 replies from sources
// no earlier set cites (Sendmail's srvrsmtp.c and cf/ rulesets, Exim's
// smtp_in.c, acl.c, receive.c and delivery texts, Courier's courieresmtpd,
// Apache James's SMTP and LMTP handlers), labelled before any classifier
// saw them and committed unscored (293a4af), then scored once with the
// classifier of that commit: 49/63 category, 62/63 outcome — the blind
// figure (testdata/README.md). The kinds behind its misses were fixed
// afterwards (kinds_ag_test.go), so the batch is no longer blind; this
// keeps the figure after the fixes: 62/63 category, 63/63 outcome.
func TestFreshBatchAG(t *testing.T) {
	cases := loadLabelled(t, "blind_ag.jsonl")
	if len(cases) != 63 {
		t.Fatalf("blind_ag.jsonl has %d cases, want 63", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 62-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 62/63", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 63-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 63/63", 100*a)
	}
}

// TestFreshBatchAH keeps testdata/blind_ah.jsonl, 15 replies from sources
// no earlier set cites (XMail's SMTP server, OpenSMTPD's smtp_session.c,
// mta_session.c, mta.c and mda.c), written after AF's and AG's fixes,
// labelled before any classifier saw them and committed unscored (35a6c62),
// then scored once: 10/15 category, 12/15 outcome — the blind figure. Held
// out for one session, then tuned on with AI and AJ (kinds_aj_test.go), so
// it is no longer blind; this keeps the figure after the fixes: 15/15,
// 15/15.
func TestFreshBatchAH(t *testing.T) {
	cases := loadLabelled(t, "blind_ah.jsonl")
	if len(cases) != 15 {
		t.Fatalf("blind_ah.jsonl has %d cases, want 15", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 15-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 15/15", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 15-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 15/15", 100*a)
	}
}

// TestFreshBatchAI keeps testdata/blind_ai.jsonl, 21 replies of
// hMailServer's SMTP server (SMTPConnection.cpp, RecipientParser.cpp and its
// anti-spam tests), a source no earlier set cites but in a mixed line and
// two issues, written after AF's and AG's fixes, labelled before any
// classifier saw them and committed unscored (ee41b39), then scored once:
// 17/21 category, 21/21 outcome — the blind figure. Held out like AH, then
// tuned on (kinds_aj_test.go); this keeps the figure after the fixes: 21/21,
// 21/21.
func TestFreshBatchAI(t *testing.T) {
	cases := loadLabelled(t, "blind_ai.jsonl")
	if len(cases) != 21 {
		t.Fatalf("blind_ai.jsonl has %d cases, want 21", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 21-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 21/21", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 21-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 21/21", 100*a)
	}
}

// TestFreshBatchAJ keeps testdata/blind_aj.jsonl, 83 replies from sources
// no earlier set cites (grommunio/gromox's SMTP server and LDA replies, the
// herculiz anti-spam plugins in gromox's history and its delivery notices
// in English, Chinese and Japanese; Korean portals' return-mail lists;
// LoneStarInternet/mail_manager's test bounces), labelled before any
// classifier saw them and committed unscored (ba3ddc0), then scored once:
// 53/83 category, 82/83 outcome — the blind figure (testdata/README.md).
// The kinds behind its misses were fixed afterwards (kinds_aj_test.go), so
// the batch is no longer blind; this keeps the figure after the fixes:
// 76/83 category, 82/83 outcome.
func TestFreshBatchAJ(t *testing.T) {
	cases := loadLabelled(t, "blind_aj.jsonl")
	if len(cases) != 83 {
		t.Fatalf("blind_aj.jsonl has %d cases, want 83", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 78-0.5 { // 76 before the retrained model of the sixteenth session (0033, 0039)
		t.Errorf("category accuracy %.1f%% fell below 78/83", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 82-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 82/83", 100*a)
	}
}

// TestFreshBatchAK keeps testdata/blind_ak.jsonl, 48 replies quoted by
// mailbox providers' and hosters' help pages no earlier set cites (Alibaba
// Mail's anti-spam replies as its resellers document them, BT, Microsoft's
// localized help quoting relay refusals in seven languages, Japanese,
// Russian, Italian, Dutch, Czech, Uruguayan, Catalan and Polish hosters'
// and ISPs' error lists, Fastmail's help, bounces quoted in issues),
// labelled before any classifier saw them and committed unscored
// (testdata/README.md).
func TestFreshBatchAK(t *testing.T) {
	cases := loadLabelled(t, "blind_ak.jsonl")
	if len(cases) != 48 {
		t.Fatalf("blind_ak.jsonl has %d cases, want 48", len(cases))
	}
	// Scored once at 021ff75: 37/48 category, 46/48 outcome (the blind
	// figure); its kinds fixed afterwards (kinds_ak_test.go).
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 45-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 45/48", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 48-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 48/48", 100*a)
	}
}

// TestFreshBatchAL keeps testdata/blind_al.jsonl, 85 replies from sources
// no earlier set cites (qpsmtpd plugins the sets had not used, the chkuser
// and other qmail-smtpd patches of sagredo-dev/qmail, Haraka's outbound
// and access plugin, Postal's SMTP server, ZoneMTA's plugins, the
// postomaat policy daemon and the fuglu filter, OpenSMTPD filters, rspamd
// plugins, hosters' and filtering services' help pages), labelled before
// any classifier saw them and committed unscored (6189d36), then scored
// once: 64/85 category, 84/85 outcome — the blind figure (testdata/README.md;
// 65/85 under blindal-0058's corrected label). The kinds behind its misses
// were fixed afterwards (kinds_al_test.go), so the batch is no longer
// blind; this keeps the figure after the fixes: 80/85 category, 85/85
// outcome (the five left are provider-private meanings of generic words).
func TestFreshBatchAL(t *testing.T) {
	cases := loadLabelled(t, "blind_al.jsonl")
	if len(cases) != 85 {
		t.Fatalf("blind_al.jsonl has %d cases, want 85", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 80-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 80/85", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 85-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 85/85", 100*a)
	}
}

// TestFreshBatchAM keeps testdata/blind_am.jsonl, 80 replies from sources
// no earlier set cites (SnertSoft's milters other than smtpf, smf-sav and
// smf-grey, j-chkmail, Qsmtp, dmarcator, MailHog, Advanced Filtering's
// Exim ACLs, Haraka plugins not used before, ESPs' and portals' help
// pages), labelled before any classifier saw them and committed unscored
// (fd0f91e), then scored once: 59/80 category, 80/80 outcome — the blind
// figure (testdata/README.md). Held out for one session, then tuned on
// with AN (kinds_an_test.go), so it is no longer blind; this keeps the
// figure after the fixes: 77/80 category, 80/80 outcome.
func TestFreshBatchAM(t *testing.T) {
	cases := loadLabelled(t, "blind_am.jsonl")
	if len(cases) != 80 {
		t.Fatalf("blind_am.jsonl has %d cases, want 80", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 77-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 77/80", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 80-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 80/80", 100*a)
	}
}

// TestFreshBatchAN keeps testdata/blind_an.jsonl, 80 replies from sources
// no earlier set cites (sdgathman/milter's bms.py, spfmilter and
// dkim-milter, the mtpolicyd policy daemon, fastmail's
// authentication_milter, SimpleLogin's forwarder, MacroMilter,
// geoip-policyd, Haraka's karma, uribl and esets plugins, z/OS SMTP, Trend
// Micro DDEI, bounces quoted on pastebin and a Turkish hoster's page),
// labelled before any classifier saw them and committed unscored
// (c02bad2), then scored once: 59/80 category, 80/80 outcome — the blind
// figure (testdata/README.md). The kinds behind its misses were fixed
// afterwards with AM's (kinds_an_test.go), so it is no longer blind; this
// keeps the figure after the fixes: 79/80 category, 80/80 outcome.
func TestFreshBatchAN(t *testing.T) {
	cases := loadLabelled(t, "blind_an.jsonl")
	if len(cases) != 80 {
		t.Fatalf("blind_an.jsonl has %d cases, want 80", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 79-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 79/80", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 80-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 80/80", 100*a)
	}
}

// TestFreshBatchAO keeps testdata/blind_ao.jsonl, 18 replies from sources
// no earlier set cites (PolicyD v2's checkhelo, SPF and greylisting
// modules, milter-regex's sample rules, Oracle Cloud's Email Delivery
// replies), written after AM's and AN's kinds were fixed, labelled before
// any classifier saw them and committed unscored (d96ab49), then scored
// once: 12/18 category, 18/18 outcome — the blind figure
// (testdata/README.md). Held out for one session, then tuned on with AP
// (nineteenth session, kinds_ap_test.go): this keeps the figure after the
// fixes, 16/18 category, 18/18 outcome.
func TestFreshBatchAO(t *testing.T) {
	cases := loadLabelled(t, "blind_ao.jsonl")
	if len(cases) != 18 {
		t.Fatalf("blind_ao.jsonl has %d cases, want 18", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 16-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 16/18", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 18-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 18/18", 100*a)
	}
}

// TestFreshBatchAP keeps testdata/blind_ap.jsonl, 75 replies from sources
// no earlier set cites (Mail::Milter's modules, the Exim wiki's ACL
// recipes, iridis mailRelay's table, the ASF, MailEnable, DreamHost,
// Bluehost, Broadcom, ResponseMaster, SEKOIA's Postfix samples), labelled
// before any classifier saw them and committed unscored (77d995e), then
// scored once: 52/75 category, 75/75 outcome — the blind figure
// (testdata/README.md). The kinds behind its misses were fixed afterwards
// with AO's (kinds_ap_test.go), so it is no longer blind; this keeps the
// figure after the fixes: 64/75 category, 75/75 outcome.
func TestFreshBatchAP(t *testing.T) {
	cases := loadLabelled(t, "blind_ap.jsonl")
	if len(cases) != 75 {
		t.Fatalf("blind_ap.jsonl has %d cases, want 75", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 64-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 64/75", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 75-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 75/75", 100*a)
	}
}

// TestFreshBatchAQ keeps testdata/blind_aq.jsonl, 60 replies from sources
// no earlier set cites (milter-greylist's ACL examples, spamass-milter,
// amavisd-milter, indimail-mta, BlackJumboDog, postfwd's sample rules, a
// few providers' pages), labelled before any classifier saw them and
// committed unscored (aa0e8f5), then scored once: 42/60 category, 60/60
// outcome — the blind figure (testdata/README.md). The kinds behind its
// misses were fixed afterwards (kinds_aq_test.go), so it is no longer
// blind; this keeps the figure after the fixes: 52/60 category, 60/60
// outcome.
func TestFreshBatchAQ(t *testing.T) {
	cases := loadLabelled(t, "blind_aq.jsonl")
	if len(cases) != 60 {
		t.Fatalf("blind_aq.jsonl has %d cases, want 60", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 52-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 52/60", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 60-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 60/60", 100*a)
	}
}

// TestFreshBatchAR keeps testdata/blind_ar.jsonl, 56 replies from sources
// no earlier set cites (LumiSoft Mail Server, OpenEMM's and bouncefetch's
// bounce rules, tumgreyspf, Kopano's dagent, nullmailer, spampd, GitHub
// issues, pastebin pastes), written by a helper that read neither the
// rules nor the model and committed unscored (4656c72; 80 candidates, of
// which the folding repeat rule dropped 24), then scored once: 49/56
// category, 55/56 outcome — the blind figure (testdata/README.md). The
// kinds behind its misses were fixed afterwards (kinds_ar_test.go), so it
// is no longer blind; this keeps the figure after the fixes: 55/56
// category, 56/56 outcome.
func TestFreshBatchAR(t *testing.T) {
	cases := loadLabelled(t, "blind_ar.jsonl")
	if len(cases) != 56 {
		t.Fatalf("blind_ar.jsonl has %d cases, want 56", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 55-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 55/56", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 56-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 56/56", 100*a)
	}
}

// TestFreshBatchAS keeps testdata/blind_as.jsonl, 58 replies written after
// batch AR's fixes from sources no earlier set cites (GitHub issues of mail
// libraries and applications, bounce fixtures, the LBBS, kannader, mailrs
// and remails SMTP servers, Japanese, Russian, Chinese and Korean help
// pages), by a helper that read neither the rules nor the model, committed
// unscored (307a7af; 70 candidates, 12 dropped by the repeat rule), then
// scored once: 52/58 category, 56/58 outcome — the blind figure
// (testdata/README.md). The kinds behind its misses were fixed afterwards
// (kinds_as_test.go), so it is no longer blind; this keeps the figure
// after the fixes: 58/58 category, 58/58 outcome.
func TestFreshBatchAS(t *testing.T) {
	cases := loadLabelled(t, "blind_as.jsonl")
	if len(cases) != 58 {
		t.Fatalf("blind_as.jsonl has %d cases, want 58", len(cases))
	}
	rep := testClassifier.Evaluate(cases)
	n := float64(len(cases))
	if a := rep.CategoryAccuracy(); a*n < 58-0.5 {
		t.Errorf("category accuracy %.1f%% fell below 58/58", 100*a)
	}
	if a := rep.OutcomeAccuracy(); a*n < 58-0.5 {
		t.Errorf("outcome accuracy %.1f%% fell below 58/58", 100*a)
	}
}

// TestFreshBatchAT keeps testdata/blind_at.jsonl, 22 replies written after
// AS's fixes, at its figure after its own kinds were fixed (22/22 and
// 22/22; scored once blind before them: 19/22 and 22/22, testdata/README.md).
func TestFreshBatchAT(t *testing.T) { holdsFreshBatch(t, "blind_at.jsonl", 22, 22, 22) }

// TestFreshBatchAU keeps testdata/blind_au.jsonl, 11 replies written after
// AT's fixes, at its figure after its own kinds were fixed (11/11 and
// 11/11; scored once blind before them: 7/11 and 8/11, testdata/README.md).
func TestFreshBatchAU(t *testing.T) { holdsFreshBatch(t, "blind_au.jsonl", 11, 11, 11) }

// TestFreshBatchBA keeps testdata/blind_ba.jsonl, 30 replies (of 100
// written; 70 repeated earlier sets) written blind in the twenty-fourth
// session, at its figure after its kinds were fixed (29/30 and 30/30;
// scored once blind before them: 21/30 and 28/30, testdata/README.md).
func TestFreshBatchBA(t *testing.T) { holdsFreshBatch(t, "blind_ba.jsonl", 30, 29, 30) }

// TestFreshBatchBB keeps testdata/blind_bb.jsonl, 13 replies (of 60
// written; 47 repeated earlier sets) written blind after BA's fixes, at
// its figure after its kinds were fixed (11/13 and 12/13; scored once
// blind before them: 9/13 and 12/13, testdata/README.md).
func TestFreshBatchBB(t *testing.T) { holdsFreshBatch(t, "blind_bb.jsonl", 13, 11, 12) }

// TestFreshBatchBC guards batch BC (twenty-fifth session) after its kinds
// were fixed: 24/25 and 25/25 (blind, before: 20/25 and 25/25). The one
// left is a label call: Forpsi's "550 5.1.0 Naruszenie zasad" reads as a
// policy violation, which its help page documents as a sending limit.
func TestFreshBatchBC(t *testing.T) { holdsFreshBatch(t, "blind_bc.jsonl", 25, 24, 25) }

// TestFreshBatchBD guards batch BD (twenty-fifth session, after BC's
// fixes) after its kinds were fixed: 40/41 and 41/41 (blind, before:
// 31/41 and 37/41). Left, two label calls: Haraka's "450 Split
// transaction, retry soon", labelled other, read as the server's; and
// since session 38 (batch CA's first kind: a code-less text takes the
// outcome of the model's category) bd-007, Thunderbird's Thai report
// that the server does not advertise STARTTLS, labelled returned where
// CA's ca-012 and ca-025 and BS's client texts for the same condition
// are retried.
func TestFreshBatchBD(t *testing.T) { holdsFreshBatch(t, "blind_bd.jsonl", 41, 40, 40) }

// TestFreshBatchBE guards batch BE (twenty-fifth session, after BD's
// fixes) after its kinds were fixed: 13/13 and 13/13 (blind, before:
// 9/13 and 12/13).
func TestFreshBatchBE(t *testing.T) { holdsFreshBatch(t, "blind_be.jsonl", 13, 13, 13) }

// TestFreshBatchBF: batch BF (servers', filters' and clients' source code and
// translations, 36 kept of 80) after its kinds were fixed; scored blind 23/36
// and 28/36 (32/36 with its expiry reports labelled as every set labels them).
func TestFreshBatchBF(t *testing.T) { holdsFreshBatch(t, "blind_bf.jsonl", 36, 35, 36) }

// holdsFreshBatch checks that the fresh batch in file has n cases and
// that at least cat of them are classified right by category and out by
// outcome: the batch's figure after its kinds were fixed.
func holdsFreshBatch(t *testing.T, file string, n, cat, out int) {
	t.Helper()
	cases := loadLabelled(t, file)
	if len(cases) != n {
		t.Fatalf("%s has %d cases, want %d", file, len(cases), n)
	}
	rep := testClassifier.Evaluate(cases)
	if got := rep.CategoryAccuracy() * float64(n); got < float64(cat)-0.5 {
		t.Errorf("%s: category accuracy %.1f%% fell below %d/%d", file, 100*rep.CategoryAccuracy(), cat, n)
	}
	if got := rep.OutcomeAccuracy() * float64(n); got < float64(out)-0.5 {
		t.Errorf("%s: outcome accuracy %.1f%% fell below %d/%d", file, 100*rep.OutcomeAccuracy(), out, n)
	}
}

// TestFreshBatchBG: batch BG (bounce parsers' fixtures, 24 kept of 80)
// after its kinds were fixed; scored blind 20/24 and 22/24. The two left
// are notices that name no cause (one of them flips with each retraining).
func TestFreshBatchBG(t *testing.T) { holdsFreshBatch(t, "blind_bg.jsonl", 24, 22, 24) }

// TestFreshBatchBH: batch BH (issue threads of projects that send mail,
// 26 kept of 60) after its kinds were fixed; scored blind 20/26 and 22/26.
// Left: label calls (4.7.650 'rate limited due to IP reputation', which
// every set here labels blocklisted; a DNS lookup's i/o timeout labelled
// domain_not_found; an event code of 250 given to a client's protocol
// complaint) and two notices that name no cause.
func TestFreshBatchBH(t *testing.T) { holdsFreshBatch(t, "blind_bh.jsonl", 26, 21, 23) }

// TestFreshBatchBI guards batch BI's 18 fresh replies (admins' pages,
// wikis and forums; blind: 10/18 category, 16/18 outcome) after its kinds
// were fixed; the one left is a label call (bi-059, Exchange's Japanese
// "無効な受信者", labelled syntax_error from its KB's context).
func TestFreshBatchBI(t *testing.T) { holdsFreshBatch(t, "blind_bi.jsonl", 18, 17, 18) }

// TestFreshBatchBJ guards batch BJ's 22 fresh replies (gateways' and
// business mail services' NDR pages; blind: 15/22 category, 20/22
// outcome) after its kinds were fixed; left: bj-030 (a gateway's "Message
// not delivered" around a 450 greylisting, labelled deferred), bj-067 and
// bj-068 (Gmail's Japanese notices that name no cause, labelled other).
func TestFreshBatchBJ(t *testing.T) { holdsFreshBatch(t, "blind_bj.jsonl", 22, 20, 21) }

// TestFreshBatchBK guards batch BK's 46 fresh replies (mail clients' and
// webmails' translated error strings, providers' NDR pages; blind: 33/46
// category, 39/46 outcome) after its kinds were fixed; left: two label
// calls (bk-017, Exchange's 5.4.300 expiry labelled domain_not_found where
// blind-0043/0045 label the same template expired; bk-032, a restricted
// sender labelled blocklisted where the sets here say policy_rejected);
// and since session 38 (batch CA's first kind) bk-021, Zing Mail's
// Vietnamese "Mất kết nối với example.com [192.0.2.123]" (lost connection
// with …), labelled returned where the sets' twenty English "lost
// connection with …" are all retried.
func TestFreshBatchBK(t *testing.T) { holdsFreshBatch(t, "blind_bk.jsonl", 46, 44, 45) }

// TestFreshBatchBL guards batch BL's 7 fresh replies (mail servers' and
// filters' own reply strings; 63 of its 70 repeated earlier sets; blind:
// 6/7 category, 7/7 outcome) after its one kind (a sending service's
// suppression list) was fixed.
func TestFreshBatchBL(t *testing.T) { holdsFreshBatch(t, "blind_bl.jsonl", 7, 7, 7) }

// TestFreshBatchBM guards batch BM's 12 fresh replies (ESPs' webhooks,
// MTA log lines in bug trackers, ticketing systems' pages; 58 of its 70
// repeated earlier sets; blind: 9/12 category, 12/12 outcome) after its
// kinds were fixed; left: bm-052 (a Japanese notice naming no cause,
// labelled other) and bm-069 (Exchange Online's "550 5.4.1 All recipient
// addresses rejected : Access denied" inside m-FILTER's report, labelled
// policy_rejected, where eval-0108 labels the same reply user_unknown).
func TestFreshBatchBM(t *testing.T) { holdsFreshBatch(t, "blind_bm.jsonl", 12, 10, 12) }

// TestFreshBatchBN guards batch BN's 12 fresh replies (national and
// regional providers' and ISPs' bounces; 58 of its 70 repeated earlier
// sets; blind: 6/12 category, 11/12 outcome) after its kinds were fixed;
// left: bn-039 (a Chinese "服务器拒绝 - server rejected (#4.4.4)" naming no
// cause, labelled other, read as a server error).
func TestFreshBatchBN(t *testing.T) { holdsFreshBatch(t, "blind_bn.jsonl", 12, 11, 12) }

// TestFreshBatchBP guards batch BP (session 34): 37 replies kept of a
// blind helper's 72 (mailing-list archives, regional providers' and
// hosters' pages, issue threads, and Gmail's SMTP error page of February
// 2026, whose older entries the sets already held). Scored once, blind:
// 28/37 category, 35/37 outcome. Held out for one session, then tuned on
// in session 35 (kinds_bp_test.go), before batch BQ was scored: 36/37,
// 37/37. Left: bp-048, 263's "This target address is not our MX service
// client.", labelled user_unknown from the provider's table, which the
// words leave between an unknown user and a domain it does not host.
func TestFreshBatchBP(t *testing.T) { holdsFreshBatch(t, "blind_bp.jsonl", 37, 36, 37) }

// TestFreshBatchBQ guards batch BQ (session 35): 39 replies kept of a
// blind helper's 66 (issue threads of 2020–2026, AOL's postmaster codes,
// Microsoft 365's tenant block-list NDRs, hosters' and helpdesks' pages,
// OverbyteICS's SMTP server). Scored once, blind, after batch BP's fixes:
// 30/39 category, 38/39 outcome; then tuned on (kinds_bq_test.go): 37/39,
// 39/39. Left, as label calls: bq-036 (OverbyteICS's "550 5.1.6 That
// account is no longer valid", labelled mailbox_disabled from the
// source's comment, where the sets label 5.1.6 and "no longer valid"
// user_unknown) and bq-042 (SPFBL's "you are permanently blocked on this
// server", labelled policy_rejected from its maintainer's explanation; the
// words are those of a block list).
func TestFreshBatchBQ(t *testing.T) { holdsFreshBatch(t, "blind_bq.jsonl", 39, 37, 39) }

// TestFreshBatchBR guards batch BR (session 35): 62 replies kept of a
// blind helper's 70, from the reply strings of servers and tools no set
// cites (smtp4dev, dma, Alfresco's inbound SMTP server in its languages,
// a Postfix log reporter's reason table, a PHP bounce classifier's rules,
// go-guerrilla, Mailman 3, salmon). Scored once, blind, after batch BQ's
// fixes: 46/62 category, 61/62 outcome; then tuned on (kinds_br_test.go):
// 62/62, 62/62.
func TestFreshBatchBR(t *testing.T) { holdsFreshBatch(t, "blind_br.jsonl", 62, 62, 62) }

// TestFreshBatchBS guards batch BS (session 35): 59 replies kept of a
// blind helper's 68, mostly what sending libraries write themselves
// (PHPMailer's translations, MailKit, lettre, Go, JavaMail, .NET, Ruby,
// Python, Symfony) and ASSP's replies. Scored once, blind, after batch
// BR's fixes and the review's: 40/59 category, 46/59 outcome; then tuned
// on (kinds_bs_test.go): 55/59, 55/59. Left, as label calls: bs-017, 023,
// 028, 040 (a client's failed lookup of its SMTP host, labelled deferred,
// where the sets return code-less lookup failures, blindg-0073,
// blindr-0188), bs-041 (Zimbra's "450 4.2.0 Mailbox is not on this
// server", labelled server_error, read by its X.2.0 code), and ASSP's
// bs-044, bs-045, bs-047 (labelled rate, content and syntax, read as the
// policy their 5.7.1 and 553 say).
func TestFreshBatchBS(t *testing.T) { holdsFreshBatch(t, "blind_bs.jsonl", 59, 55, 55) }

// TestFreshBatchBT guards batch BT (session 35): 66 texts kept of a
// blind helper's 69, all written by mail clients and webmails themselves
// (Mailspring, Claws Mail, Sylpheed, Horde, SOGo, Postfix's sendmail(1),
// KDE KSMTP, NeoMutt, OX App Suite, Balsa; 27 in 15 languages). Scored
// once, blind, after batch BS's fixes: 43/66 category, 53/66 outcome;
// then tuned on (kinds_bt_test.go): 65/66, 64/66. Left: bt-067 (Balsa's
// Polish wrapper around "451 4.7.1 Try again later", labelled greylisted,
// which the bare reply reads; the wrapper hides it), bt-047 (a Java
// UnknownHostException beside "timeout -1", labelled bounced, read as
// deferred by the timeout word) and bt-034 (Horde's "Server is not
// accepting SMTP connections", labelled bounced from the 554 behind it).
func TestFreshBatchBT(t *testing.T) { holdsFreshBatch(t, "blind_bt.jsonl", 66, 65, 64) }

// TestFreshBatchBU guards batch BU (session 35): 50 replies kept of a
// blind helper's 61, from regional providers' postmaster pages (Cox, Road
// Runner, the Vade-run OX and EarthLink postmasters, Gandi, mail.com,
// AAISP, Proximus, BT Internet, …), forums and issue threads. Scored once,
// blind, after the session's other fixes and both reviews': 28/50
// category, 47/50 outcome. Held out through session 35, its kinds fixed
// in session 36 (kinds_bu_test.go): 47/50, 49/50. Left, label calls the
// words do not settle: bu-016 ("550 5.7.1 Sender blocked error", a
// listing by EarthLink's page, a refusal by its words), bu-022 ("Bulk
// Policy Violation", a volume block by the provider's page) and bu-044
// ("Administrative reject", an overload by mail.com's page).
func TestFreshBatchBU(t *testing.T) { holdsFreshBatch(t, "blind_bu.jsonl", 50, 47, 49) }

// TestFreshBatchBV guards batch BV (session 36): 55 replies by a blind
// helper from sources no set cites (KumoMTA's own texts, fetchmail's
// translations, pastebin bounces, issue threads, vendors' manuals),
// committed unscored (e61217f) and scored once after BU's fixes: 45/55
// category, 51/55 outcome. Then tuned on (kinds_bv_test.go): 53/55,
// 54/55. Left, label calls: bv-029 (AOL's DYN:T1, which blinde-0016
// labels rate_limited), bv-020 (a dial timeout Mailgun's event marks
// permanent; the text alone is retried) and bv-015 ("Sorry, you are
// blacklisted on this server", a user's own block list by the
// provider's page).
func TestFreshBatchBV(t *testing.T) { holdsFreshBatch(t, "blind_bv.jsonl", 55, 53, 54) }

// TestFreshBatchBW guards batch BW (session 36): 59 non-English texts in
// 22 languages by a blind helper (Thunderbird's and Zimbra's
// translations, Gmail's localized replies and limits, Google's relay
// errors, Italian PEC notices), committed unscored (3912f1d) and scored
// once after BV's fixes: 27/59 category, 50/59 outcome. Then tuned on
// (kinds_bw_test.go): 57/59, 56/59. Left, label calls: bw-046 and bw-055
// (Thunderbird's startTlsFailed, labelled connection_failed and bounced;
// the sets read a client's missing STARTTLS as tls_required, retried,
// kinds of batch BS) and bw-027's outcome (Gmail's Italian "the
// recipient's server did not accept our requests", which Gmail returns;
// a code-less connection failure is retried).
func TestFreshBatchBW(t *testing.T) { holdsFreshBatch(t, "blind_bw.jsonl", 59, 57, 56) }

// TestFreshBatchBX guards batch BX (session 36): 17 replies by a blind
// helper from issue threads and pages no set cites, committed unscored
// (eeb0588) and scored once after BW's fixes and review S36B's: 15/17
// category, 11/17 outcome. Held out for a session, then tuned on in
// session 37 (kinds_bx_test.go): 17/17, 13/17. Left, label calls of
// outcome: bx-007 (a 451 that Stalwart's queue turned into a permanent
// DSN; the reply alone is retried), bx-005, bx-006 and bx-015 (a
// code-less full mailbox and a code-less sending allowance, which the
// sets read as returned: 104 of 122 code-less full mailboxes are).
func TestFreshBatchBX(t *testing.T) { holdsFreshBatch(t, "blind_bx.jsonl", 17, 17, 13) }

// TestFreshBatchBY guards batch BY (session 37): 57 replies by a blind
// helper from mail software's source code, client libraries, policy
// daemons and Microsoft's archived knowledge base, committed unscored
// (52cb6cc) and scored once after BX's fixes and review S37's: 36/57
// category, 51/57 outcome. Then tuned on (kinds_by_test.go): 52/57,
// 56/57. Left: by-023 and by-024 (a client's failed TLS setup, labelled
// tls_required; the sets read "Could not establish TLS session" as the
// connection's), by-053 (cc:Mail's "Header Buffer Full.", a label call
// between size and rate), by-052 and by-054 (MS Mail's and Exchange
// 5.5's code-less NDR reasons, returned: a server error without a code is
// retried by the convention) and by-020's outcome (a client's report of a
// 403).
func TestFreshBatchBY(t *testing.T) { holdsFreshBatch(t, "blind_by.jsonl", 57, 52, 56) }

// TestFreshBatchBZ guards batch BZ (session 37): 60 replies by a blind
// helper from mail servers' source code (mailfront, Mireka,
// Net::Server::Mail, AmiSMTPd, …), the ppolicy daemon's configuration and
// two Exchange bounces, committed unscored (3589358) and scored once
// after BY's fixes: 43/60 category, 59/60 outcome. Then tuned on
// (kinds_bz_test.go): 56/60, 60/60. Left, label calls: bz-048 (ppolicy's
// "suspicious address", labelled a listing), bz-018 (an SRS timestamp
// expired, labelled policy), bz-019 (attachments a mailing list does not
// allow: the sets read a part of the content refused as content) and
// bz-044 (a policy daemon's own connection limit, labelled the server's).
func TestFreshBatchBZ(t *testing.T) { holdsFreshBatch(t, "blind_bz.jsonl", 60, 56, 60) }

// TestFreshBatchCA guards batch CA (session 37): 30 replies by a blind
// helper from mail software no set cites (c-client and tmail/dmail,
// vmailmgr, SquirrelMail, Mailpile, swaks, …), committed unscored
// (1c9d874) and scored once after BZ's fixes and review S37B's: 23/30
// category, 17/30 outcome. Held out for a session, then its kinds fixed
// (session 38, kinds_ca_test.go): 30/30 and 27/30. Left, three label
// calls: tmail's "no such user as user" and "mail to root prohibited"
// and dmail's "can't deliver to other user", labelled deferred because
// the programs turn every failure into EX_TEMPFAIL, which their words do
// not say (testdata/README.md, "Batch CA").
func TestFreshBatchCA(t *testing.T) { holdsFreshBatch(t, "blind_ca.jsonl", 30, 30, 27) }

// TestFreshBatchCB guards batch CB (session 38): 56 replies by a blind
// helper from mail software no set cites (Bongo, qmail-ldap, SpamControl,
// Post SMTP, GNU Mailutils' translations, …), committed unscored
// (ddf2d10) and scored once after CA's fixes: 37/56 category, 45/56
// outcome; then its kinds fixed (kinds_cb_test.go): 50/56 and 54/56.
// Left, label calls (testdata/README.md, "Batch CB"): relaydelay's joke
// greylisting texts (cb-039, cb-040), SpamControl's 450 "mailbox
// currently unavailable" documented as an unknown user (cb-028), Bongo's
// bounce block as a rate (cb-044), "invalid sender address" with 5.7.1 as
// policy (cb-032), quotapolicy's DEFER_IF_PERMIT text as deferred (cb-025)
// and Mail::Sendmail's "no (more) retries!" as a deferred DNS failure
// (cb-047).
func TestFreshBatchCB(t *testing.T) { holdsFreshBatch(t, "blind_cb.jsonl", 56, 50, 54) }

// TestFreshBatchCC guards batch CC (session 38): 49 replies by a blind
// helper from mail software no set cites (Trojita, Mutt, Redmine, Odoo,
// dkimproxy, DBMail, …), committed unscored (e695ac4) and scored once
// after CB's fixes and review S38B's: 30/49 category, 32/49 outcome.
// Then tuned on in the same session (kinds_cc_test.go): 48/49 and 44/49.
// Left, label calls (testdata/README.md, "Batch CC"): three code-less
// DNS failures of clients labelled deferred where the sets return them
// (cc-003, cc-024, cc-033); a server's "504 User Account has been
// disabled by the mail administrator", its AUTH reply, labelled policy
// (cc-022); and two webmail texts whose "try again" follows an
// instruction to check the credentials or the addresses, labelled
// returned (cc-020, cc-021: bounce words for that instruction overrode
// real deferrals, review S38C).
func TestFreshBatchCC(t *testing.T) { holdsFreshBatch(t, "blind_cc.jsonl", 49, 48, 44) }

// TestFreshBatchCD guards batch CD (session 38): 51 replies by a blind
// helper from mail software no set cites (BlitzMail, MMDF, nginx's mail
// proxy, NOCC's and AOSP Email's translations, …), committed unscored
// (7019103) and scored once after CC's fixes and review S38C's: 31/51
// category, 40/51 outcome. Held out for a session, then tuned on in
// session 39 (kinds_cd_test.go): 49/51 and 49/51. Left, label calls
// (testdata/README.md, "Batch CD"): nginx's "421 4.7.1 SSL certificate
// error" labelled connection_failed where the sets read certificate
// failures as the TLS demand's (38 rows, cd-012); a HELO name with a TLD
// that does not exist labelled syntax where the sets read a HELO name
// DNS does not know as authentication (cd-038); sSMTP's code-less
// "Unable to locate <relay>" and a daily sending limit labelled deferred
// where the sets return code-less DNS failures and rates (cd-015,
// cd-045).
func TestFreshBatchCD(t *testing.T) { holdsFreshBatch(t, "blind_cd.jsonl", 51, 49, 49) }

// TestFreshBatchCE guards batch CE (session 39): 45 replies by a blind
// helper from mail software no set cites (mlmmj's list texts, curl,
// Geary's translations, Eudora, LISTSERV, CakePHP, small servers, …),
// committed unscored (96321f0) and scored once after CD's fixes: 20/45
// category, 37/45 outcome. Tuned on in the same session
// (kinds_ce_test.go): 45/45 and 45/45; batch CF was written blind in its
// place and held out.
func TestFreshBatchCE(t *testing.T) { holdsFreshBatch(t, "blind_ce.jsonl", 45, 45, 45) }

// TestFreshBatchCF guards batch CF (session 39): 45 replies, 33 with a
// reply code, by a blind helper from mail software no set cites (Indy's
// SMTP server, elemta, Franz's maild, tcllib's smtpd, Schleuder,
// Majordomo 2, …), committed unscored (090af28) and scored once after
// CE's fixes: 35/45 category, 44/45 outcome. Committed as held out, then
// tuned on in the same session (kinds_cf_test.go), batch CG written
// blind in its place: 44/45 and 45/45. Left, a label call: "551 Sender
// domain (…) must resolve" labelled the domain's DNS, where the sets
// read a sender domain that does not resolve as the sender's policy
// (cf-025; 9 rows).
func TestFreshBatchCF(t *testing.T) { holdsFreshBatch(t, "blind_cf.jsonl", 45, 44, 45) }

// TestFreshBatchCG guards batch CG (session 39): 45 replies, 34 with a
// reply code, by a blind helper from mail software no set cites (RedMao
// Mail, Tencent Cloud SES, Japanese help pages, Carbonio's translations,
// small Go and Rust servers, …), committed unscored (773bc7d) and scored
// once after CF's fixes: 30/45 category, 45/45 outcome. Committed as
// held out, then tuned on in the same session (kinds_cg_test.go), batch
// CH written blind in its place: 43/45 and 45/45. Left, a label call
// (testdata/README.md, "Batch CG"): "550 5.1.1 The campaign does not
// exist" (cg-005). "account suspended: recipient burst exceeds limit"
// (cg-032) was relabelled a rate in session 40 and is read so: 44/45.
func TestFreshBatchCG(t *testing.T) { holdsFreshBatch(t, "blind_cg.jsonl", 45, 44, 45) }

// TestFreshBatchCH guards batch CH (session 39): 45 replies, 35 with a
// reply code, by a blind helper from mail software and bug reports no
// set cites (DCC, five milters, BouncedMailManager's translations, small
// servers, bounces quoted in projects' issues), committed unscored
// (7a48334) and scored once after CG's fixes: 35/45 category, 43/45
// outcome. Committed as held out, then tuned on in the same session
// (kinds_ch_test.go), batch CI written blind in its place: 45/45 and
// 44/45; 45/45 since ch-019 (GC Notify's "Inbox not accepting messages
// right now", read as an expiry returned to the sender) was relabelled
// with the sets' outcome for it, bounced, in session 40.
func TestFreshBatchCH(t *testing.T) { holdsFreshBatch(t, "blind_ch.jsonl", 45, 45, 45) }

// TestFreshBatchCI guards batch CI (session 39): 45 replies, 40 with a
// reply code, by a blind helper from mail software no set cites (small
// relays and proxies, Kazoo's fax-to-mail server, Postfix policy
// daemons, Hitachi Groupmax, …), committed unscored (b208a1f) and scored
// once after CH's fixes and the newcomer review's: 32/45 category, 42/45
// outcome. Held out at the session's end, tuned on in session 40
// (kinds_ci_test.go): 41/45, 45/45; 44/45 after ci-029 and ci-010 were
// relabelled with the sets' conventions and the model was regenerated.
// Left, a label call (testdata/README.md, "Batch CI"): ci-038.
func TestFreshBatchCI(t *testing.T) { holdsFreshBatch(t, "blind_ci.jsonl", 45, 44, 45) }

// TestFreshBatchCJ guards batch CJ (session 40): 47 replies, 34 with a
// reply code, by a blind helper from the source code of mail software no
// set cites (piler, qmail forks, milters, Archiveopteryx, list managers,
// Zarafa), committed unscored (ea01716) and scored once after CI's fixes:
// 35/47 category, 46/47 outcome. Tuned on in the same session
// (kinds_cj_test.go), batches CL and CM written blind in its place:
// 46/47, 47/47. Left, a label call (testdata/README.md, "Batch CJ"):
// cj-006.
func TestFreshBatchCJ(t *testing.T) { holdsFreshBatch(t, "blind_cj.jsonl", 47, 46, 47) }

// TestFreshBatchCK guards batch CK (session 40): 45 replies, 33 with a
// reply code, by a blind helper from pages and issue threads no set
// cites (submission servers' refusals quoted in issues, hosters' and
// universities' pages, NetEase's code list), committed unscored
// (c7238df) and scored once after CI's fixes: 29/45 category, 45/45
// outcome. Tuned on in the same session (kinds_ck_test.go), batches CL
// and CM written blind in its place: 40/45, 45/45. Left, label calls
// (testdata/README.md, "Batch CK").
func TestFreshBatchCK(t *testing.T) { holdsFreshBatch(t, "blind_ck.jsonl", 45, 40, 45) }

// TestFreshBatchCM guards batch CM (session 40): 16 replies, 14 with a
// reply code, by a blind helper from list archives and issue threads no
// set cites (delivery reports in SourceForge's and vger.kernel.org's
// lists, Lotus Domino, QQ), committed unscored (12482d2) and scored once
// after CJ's and CK's fixes: 11/16 category, 16/16 outcome. Tuned on in
// the same session (kinds_cl_test.go): 15/16, 16/16.
func TestFreshBatchCM(t *testing.T) { holdsFreshBatch(t, "blind_cm.jsonl", 16, 15, 16) }

// TestFreshBatchCL guards batch CL (session 40): 47 replies, 33 with a
// reply code, by a blind helper from the source code of mail software no
// set cites (DavMail, MailDemon, Vexim, DSPAM, a Mailman 2 fork, gen_smtp
// servers, the Direct Project, empath, Haraka plugins), committed
// unscored (457f957) and scored once after CJ's and CK's fixes: 32/47
// category, 47/47 outcome. **Not tuned on** yet. Its misses are listed in
// testdata/README.md ("Batch CL"). Tuned on in the same session
// (kinds_cl_test.go, Mailman 2's catalogue): 43/47, 47/47.
func TestFreshBatchCL(t *testing.T) { holdsFreshBatch(t, "blind_cl.jsonl", 47, 43, 47) }

// TestFreshBatchCO guards batch CO (session 40): 56 code-less messages
// of mail clients, sending libraries and applications no set cites
// (YAM, SimpleMail, Nylas, Gogs, Vert.x, Nette, WP Mail SMTP), by a
// blind helper, committed unscored (c3b1d7a) and scored once after CL's
// and CM's fixes: 45/56 category, 49/56 outcome. Tuned on in the same
// session (kinds_co_test.go, kinds_yam_test.go: YAM's and SimpleMail's
// catalogues, YAM's quoted reply read alone): 55/56, 53/56. Left: the
// client lookup convention (testdata/README.md, "Batch CO").
func TestFreshBatchCO(t *testing.T) { holdsFreshBatch(t, "blind_co.jsonl", 56, 55, 53) }

// TestFreshBatchCN guards batch CN (session 40): 48 replies, 32 with a
// reply code, by a blind helper from mail servers', gateways' and
// filters' source no set cites (ASSP 2.4.5, Roundup, ptt, rest-mail,
// GitLab's incoming email, …), committed unscored (66fa62d) and scored
// once after CL's and CM's fixes and Mailman's catalogue: 33/48
// category, 45/48 outcome. Tuned on in the same session once batch CP
// was being written (kinds_cn_test.go, kinds_roundup_test.go): 46/48,
// 46/48 (cn-017 relabelled syntax, the sets' X.6.1 convention). Left,
// label calls (testdata/README.md, "Batch CN").
func TestFreshBatchCN(t *testing.T) { holdsFreshBatch(t, "blind_cn.jsonl", 48, 46, 46) }

// TestFreshBatchCP guards batch CP (session 40): 47 code-less messages
// that applications show when sending failed (MailPoet, Firefox OS
// Email, ZITADEL, EspoCRM, Keila, Tine 2.0, Metabase), by a blind helper,
// committed unscored (836d101) and scored once after CN's first fixes:
// 15/47 category, 32/47 outcome. Held out, tuned on in session 41
// (kinds_cp_test.go; the ZITADEL, EspoCRM, Metabase, Gaia, Keila, Tine
// and MailPoet catalogues): 47/47, 47/47.
func TestFreshBatchCP(t *testing.T) { holdsFreshBatch(t, "blind_cp.jsonl", 47, 47, 47) }

// TestFreshBatchCQ guards batch CQ (session 41): 49 replies from mail
// servers', gateways' and filters' source (small go-smtp servers and
// gateways, Postmark's simulator), by a blind helper, committed unscored
// (49b8cec) and scored once with the classifier of 449becd (after CP's
// first fixes and the client-lookup convention): 40/49 category, 46/49
// outcome. Its misses are listed in testdata/README.md ("Batch CQ").
// Tuned on in the same session (kinds_cq_test.go; cq-037's outcome
// relabelled): 48/49, 47/49; left, label calls: cq-036 (a server's MX
// lookup it retries), cq-033 (stored credentials refused, the message
// kept), cq-043 (a forwarding target not available, policy).
func TestFreshBatchCQ(t *testing.T) { holdsFreshBatch(t, "blind_cq.jsonl", 49, 48, 47) }

// TestFreshBatchCR guards batch CR (session 41): 45 messages from
// applications that report a send failure around the server's reply
// (Invoice Ninja, pretalx, git send-email, Jenkins' mail plugins,
// osTicket, phpList, BookStack, OTOBO), by a blind helper, committed
// unscored (49b8cec) and scored once with the classifier of 449becd:
// 31/45 category, 37/45 outcome. Its misses are listed in
// testdata/README.md ("Batch CR"). Tuned on in the same session
// (kinds_cr_test.go; the Invoice Ninja, git send-email, Jenkins and
// phpList catalogues; cr-023 and cr-040 relabelled): 45/45, 45/45.
func TestFreshBatchCR(t *testing.T) { holdsFreshBatch(t, "blind_cr.jsonl", 45, 45, 45) }

// TestFreshBatchCS guards batch CS (session 41): 18 replies from code
// repositories' test fixtures, by a blind helper, committed unscored
// (956c031) and scored once with the classifier of 7fbfaa4 (after CQ's
// and CR's fixes): 15/18 category, 18/18 outcome. Its misses are listed
// in testdata/README.md ("Batch CS"). Tuned on in the same session
// (kinds_cs_test.go): 17/18, 18/18; left, a label call: cs-007 ("too many
// equal X-headers", other, read as policy).
func TestFreshBatchCS(t *testing.T) { holdsFreshBatch(t, "blind_cs.jsonl", 18, 17, 18) }

// TestFreshBatchCT guards batch CT (session 41): 46 localized send
// errors and return notices (Opie, Twake Mail, Ltt.rs, imail, Maily), by
// a blind helper, committed unscored (956c031) and scored once with the
// classifier of 7fbfaa4: 19/46 category, 32/46 outcome. Its misses are
// listed in testdata/README.md ("Batch CT"). Tuned on in the same session
// (kinds_ct_test.go; the Opie, Twake Mail, Ltt.rs, Maily and imail
// catalogues): 46/46, 46/46.
func TestFreshBatchCT(t *testing.T) { holdsFreshBatch(t, "blind_ct.jsonl", 46, 46, 46) }

// TestFreshBatchCU guards batch CU (session 41): 20 replies from SMTP
// servers', proxies' and filters' source in languages other than Go, by
// a blind helper, committed unscored (e0f2ec2) and scored once with the
// classifier of 1833907 (after CS's and CT's kinds): 17/20 category, 18/20
// outcome. Its misses are listed in testdata/README.md ("Batch CU"). Tuned
// on in the same session (kinds_cu_test.go): 18/20, 19/20; left, label
// calls: cu-016 (slockd's local list, policy), cu-013 (LEAP's user lookup).
func TestFreshBatchCU(t *testing.T) { holdsFreshBatch(t, "blind_cu.jsonl", 20, 18, 19) }

// TestFreshBatchCV guards batch CV (session 41): 26 messages from CMS
// and website platforms' mail settings (Joomla, GLPI, ownCloud, two
// plugins), by a blind helper, committed unscored (e0f2ec2) and scored
// once with the classifier of 1833907: 22/26 category, 26/26 outcome.
// Its misses are listed in testdata/README.md ("Batch CV"). Tuned on in
// the same session (GLPI's give-up line; the PHPMailer and Joomla
// catalogues): 26/26, 26/26.
func TestFreshBatchCV(t *testing.T) { holdsFreshBatch(t, "blind_cv.jsonl", 26, 26, 26) }

// TestFreshBatchCW guards batch CW (session 41): 45 messages from apps'
// string resources (qBittorrent, Deluge, Duplicati, TrueNAS, an SMS
// forwarder), by a blind helper, committed unscored (92c3583) and scored
// once with the classifier of bd72c76 (after CU's first fixes): 44/45
// category, 41/45 outcome. Held out in session 41. Its misses are listed in testdata/README.md ("Batch CW").
// Tuned on in session 42 (kinds_cw_test.go): 45/45, 44/45; left,
// cw-043 (Duplicati's Japanese retry on the next server, whose "could
// not be sent" outranks its retry word).
func TestFreshBatchCW(t *testing.T) { holdsFreshBatch(t, "blind_cw.jsonl", 45, 45, 44) }

// TestFreshBatchCX guards batch CX (session 41): 12 replies from
// non-English threads, blogs and wikis, by a blind helper, committed
// unscored (92c3583) and scored once with the classifier of bd72c76:
// 10/12 category, 12/12 outcome. Its misses are listed in
// testdata/README.md ("Batch CX"). Tuned on in the same session (QQ's
// "Invalid input", kinds_cu_test.go): 11/12, 12/12; left, a label call:
// cx-012 (a refused certificate labelled connection, where the sets say
// TLS).
func TestFreshBatchCX(t *testing.T) { holdsFreshBatch(t, "blind_cx.jsonl", 12, 11, 12) }

// TestFreshBatchCY guards batch CY (session 42): 36 replies from sending
// services' and gateways' own published texts, by a blind helper,
// committed unscored (b8a9151) and scored once with the classifier of
// b8a9151: 26/36 category, 36/36 outcome. Its misses are listed in
// testdata/README.md ("Batch CY").
// Tuned on in the same session (kinds_cy_test.go): 36/36, 36/36.
func TestFreshBatchCY(t *testing.T) { holdsFreshBatch(t, "blind_cy.jsonl", 36, 36, 36) }

// TestFreshBatchCZ guards batch CZ (session 42): 29 replies from log
// parsers' test data and real mail logs, by a blind helper, committed
// unscored (b8a9151) and scored once with the classifier of b8a9151:
// 24/29 category, 27/29 outcome. Its misses are listed in
// testdata/README.md ("Batch CZ"). cz-028 relabelled deferred (Postfix
// pipe(8) defers a command killed by a signal): 24/29, 28/29.
// Tuned on in the same session (kinds_cy_test.go): 29/29, 29/29.
func TestFreshBatchCZ(t *testing.T) { holdsFreshBatch(t, "blind_cz.jsonl", 29, 29, 29) }

// TestFreshBatchDA guards batch DA (session 42): 45 messages from SMTP
// client libraries in languages the sets have little of and programs
// built on them, by a blind helper, committed unscored (da5ee1f) and
// scored once with the classifier of da5ee1f: 32/45 category, 36/45
// outcome. Its misses are listed in testdata/README.md ("Batch DA").
// Tuned on in the same session (kinds_da_test.go): 45/45, 45/45.
func TestFreshBatchDA(t *testing.T) { holdsFreshBatch(t, "blind_da.jsonl", 45, 45, 45) }

// TestFreshBatchDB guards batch DB (session 42): 32 messages from
// helpdesk, CRM, forum and fediverse software, by a blind helper,
// committed unscored (da5ee1f) and scored once with the classifier of
// da5ee1f: 27/32 category, 30/32 outcome. Its misses are listed in
// testdata/README.md ("Batch DB").
// Tuned on in the same session (kinds_da_test.go): 32/32, 32/32.
func TestFreshBatchDB(t *testing.T) { holdsFreshBatch(t, "blind_db.jsonl", 32, 32, 32) }

// TestFreshBatchDC guards batch DC (session 42): 17 replies from
// commercial and self-hosted mail servers' own texts, by a blind helper,
// committed unscored (e4ecba2) and scored once with the classifier of
// e4ecba2: 13/17 category, 17/17 outcome. Its misses are listed in
// testdata/README.md ("Batch DC").
// Tuned on in the same session (kinds_dc_test.go): 17/17, 17/17.
func TestFreshBatchDC(t *testing.T) { holdsFreshBatch(t, "blind_dc.jsonl", 17, 17, 17) }

// TestFreshBatchDD guards batch DD (session 42): 13 replies from
// regional mail services' published error codes, by a blind helper,
// committed unscored (e4ecba2) and scored once with the classifier of
// e4ecba2: 8/13 category, 13/13 outcome. Its misses are listed in
// testdata/README.md ("Batch DD").
// Tuned on in the same session (kinds_dc_test.go): 12/13, 13/13; left,
// QQ's bare "550 Connection denied" (dd-006, a rate by QQ's
// documentation, read as policy by its words).
func TestFreshBatchDD(t *testing.T) { holdsFreshBatch(t, "blind_dd.jsonl", 13, 12, 13) }

// TestFreshBatchDE guards batch DE (session 43): 11 replies from hosting
// control panels', appliances' and filtering services' pages, by a blind
// helper, committed unscored (bc56097) and scored once with the classifier
// of bc56097: 7/11 category, 11/11 outcome. Its misses are listed in
// testdata/README.md ("Batch DE").
// Tuned on in the same session (kinds_de_test.go): 11/11, 11/11.
func TestFreshBatchDE(t *testing.T) { holdsFreshBatch(t, "blind_de.jsonl", 11, 11, 11) }

// TestFreshBatchDF guards batch DF (session 43): 6 replies from bounce
// parsers' fixtures and marketing platforms' community threads, by a blind
// helper, committed unscored (bc56097) and scored once with the classifier
// of bc56097: 4/6 category, 6/6 outcome. Its misses are listed in
// testdata/README.md ("Batch DF").
// Tuned on in the same session (kinds_de_test.go): 6/6, 6/6.
func TestFreshBatchDF(t *testing.T) { holdsFreshBatch(t, "blind_df.jsonl", 6, 6, 6) }

// TestFreshBatchDG guards batch DG (session 43): 17 replies from English
// web pages on hosts no set cites, by a blind helper, committed unscored
// (9fb6118) and scored once with the classifier of 9fb6118: 12/17
// category, 17/17 outcome. Its misses are listed in testdata/README.md
// ("Batch DG").
// Tuned on in the same session (kinds_dg_test.go): 16/17, 17/17; left,
// a school's "You are not permitted to send mail to this host … (L1)"
// (dg-008), blocklisted only by its page's explanation of its list L1.
func TestFreshBatchDG(t *testing.T) { holdsFreshBatch(t, "blind_dg.jsonl", 17, 16, 17) }

// TestFreshBatchDH guards batch DH (session 43): 10 replies from
// non-English web pages on hosts no set cites, by a blind helper,
// committed unscored (9fb6118) and scored once with the classifier of
// 9fb6118: 6/10 category, 10/10 outcome. Its misses are listed in
// testdata/README.md ("Batch DH").
// Tuned on in the same session (kinds_dg_test.go): 10/10, 10/10.
func TestFreshBatchDH(t *testing.T) { holdsFreshBatch(t, "blind_dh.jsonl", 10, 10, 10) }

// TestFreshBatchDI guards batch DI (session 43): 18 replies from GitHub
// issue threads of projects no set cites, by a blind helper, committed
// unscored (3a54f75) and scored once with the classifier of 3a54f75:
// 16/18 category, 18/18 outcome. Its misses are listed in
// testdata/README.md ("Batch DI").
// Tuned on in the same session (kinds_di_test.go): 18/18, 18/18.
func TestFreshBatchDI(t *testing.T) { holdsFreshBatch(t, "blind_di.jsonl", 18, 18, 18) }

// TestFreshBatchDJ guards batch DJ (session 43): 20 messages from GitHub
// issue threads of projects of non-English-speaking communities, by a
// blind helper, committed unscored (3a54f75) and scored once with the
// classifier of 3a54f75: 14/20 category, 20/20 outcome. Its misses are
// listed in testdata/README.md ("Batch DJ").
// Tuned on in the same session (kinds_di_test.go): 20/20, 20/20.
func TestFreshBatchDJ(t *testing.T) { holdsFreshBatch(t, "blind_dj.jsonl", 20, 20, 20) }

// TestFreshBatchDK guards batch DK (session 43): 2 replies from a list
// archive and a support handbook, by a blind helper, committed unscored
// (15d11e7) and scored once with the classifier of 15d11e7: 2/2 category,
// 2/2 outcome ("Batch DK" in testdata/README.md).
func TestFreshBatchDK(t *testing.T) { holdsFreshBatch(t, "blind_dk.jsonl", 2, 2, 2) }

// TestFreshBatchDL guards batch DL (session 43): 45 reply strings of mail
// software no set cites, by a blind helper, committed unscored (15d11e7)
// and scored once with the classifier of 15d11e7: 35/45 category, 45/45
// outcome. Its misses are listed in testdata/README.md ("Batch DL").
// Tuned on in the same session (kinds_dl_test.go): 45/45, 45/45.
func TestFreshBatchDL(t *testing.T) { holdsFreshBatch(t, "blind_dl.jsonl", 45, 45, 45) }

// TestFreshBatchDM guards batch DM (session 43): 46 reply strings of small
// mail servers, relays and gateways no set cites, by a blind helper,
// committed unscored (e2e5988) and scored once with the classifier of
// e2e5988: 42/46 category, 46/46 outcome. Its misses are listed in
// testdata/README.md ("Batch DM").
// Tuned on in the same session (kinds_dm_test.go): 46/46, 46/46.
func TestFreshBatchDM(t *testing.T) { holdsFreshBatch(t, "blind_dm.jsonl", 46, 46, 46) }

// TestFreshBatchDN guards batch DN (session 43): 45 refusal texts of mail
// configuration files no set cites, by a blind helper, committed unscored
// (a917992) and scored once with the classifier of a917992: 33/45
// category, 45/45 outcome. Its misses are listed in testdata/README.md
// ("Batch DN").
// Tuned on in the same session (kinds_dn_test.go): 43/45, 45/45; left,
// dn-012 and dn-037, blocklisted only by their files' being the site's
// own list.
func TestFreshBatchDN(t *testing.T) { holdsFreshBatch(t, "blind_dn.jsonl", 45, 43, 45) }

// TestFreshBatchDO holds batch DO (session 44): configuration files'
// refusal texts of 15 repositories no set cites, scored once with the
// classifier of d658caf: 23/30 category, 30/30 outcome; tuned on
// (kinds_do_test.go): 27/30. Left: do-002, do-003, do-017, spam only by
// the filter rule behind their words.
func TestFreshBatchDO(t *testing.T) { holdsFreshBatch(t, "blind_do.jsonl", 30, 27, 30) }

// TestFreshBatchDP holds batch DP (session 44): reply strings of 29 mail
// servers', relays', milters' and policy daemons' source code, scored
// once with the classifier of d658caf: 31/40 category, 40/40 outcome;
// tuned on (kinds_do_test.go): 38/40. Left: dp-003 ("562 Not a valid
// sender") and dp-017 ("514 Error while sending e-mail!").
func TestFreshBatchDP(t *testing.T) { holdsFreshBatch(t, "blind_dp.jsonl", 40, 38, 40) }

// TestFreshBatchDQ holds batch DQ (session 44): three French replies of
// one Rust mail stack, scored once with the classifier of 0790ac7: 2/3
// category, 3/3 outcome.
func TestFreshBatchDQ(t *testing.T) { holdsFreshBatch(t, "blind_dq.jsonl", 3, 2, 3) }

// TestFreshBatchDR holds batch DR (session 44): replies and bounce texts
// of groupware forks, plugins and packaging, scored once with the
// classifier of 0790ac7: 15/18 category, 18/18 outcome; tuned on
// (kinds_dr_test.go): 18/18.
func TestFreshBatchDR(t *testing.T) { holdsFreshBatch(t, "blind_dr.jsonl", 18, 18, 18) }

// TestFreshBatchDS holds batch DS (session 44): block-list and rate
// replies, scored once with the classifier of 5c3d040: 5/6 category, 6/6
// outcome; tuned on (kinds_ds_test.go): 6/6.
func TestFreshBatchDS(t *testing.T) { holdsFreshBatch(t, "blind_ds.jsonl", 6, 6, 6) }

// TestFreshBatchDT holds batch DT (session 45): replies an e-mail
// verifier captured from four providers and a sending platform's
// documented texts, scored once with the classifier of a6e5c5b: 3/6
// category, 5/6 outcome; tuned on (kinds_dt_test.go): 6/6.
func TestFreshBatchDT(t *testing.T) { holdsFreshBatch(t, "blind_dt.jsonl", 6, 6, 6) }
