package diagnose

import (
	"regexp"
	"strings"
	"testing"
)

// The repeat check for new blind batches (testdata/README.md, "Repeats").
//
// TestEvalSetsApart compares replies after folding case and white space
// only, so a reply that differs from an earlier one by its host name, IP
// address, e-mail address, URL or a number passed it: batch AE's
// blindae-0089 repeated blindac-0001 with another HELO host name. The
// batches from AG on are written with the rule below and checked with it
// here, against every earlier set, kinds.jsonl and the shared corpus.

var (
	repeatURL  = regexp.MustCompile(`https?://\S+`)
	repeatAddr = regexp.MustCompile(`[\w.+=-]*@[\w.-]+`)
	repeatIPv6 = regexp.MustCompile(`\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}`)
	repeatIPv4 = regexp.MustCompile(`\b\d{1,3}(?:\.\d{1,3}){3}\b`)
	// A dotted name whose last label is alphabetic: mail.example.net,
	// example.org (not "e.g", not an enhanced code).
	repeatHost  = regexp.MustCompile(`\b[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.[a-z]{2,}\b`)
	repeatDigit = regexp.MustCompile(`\d+`)
	repeatPunct = regexp.MustCompile(`[^\p{L}\p{N}_]+`)
)

// repeatFold lowercases a reply and folds what varies between two sends
// of the same reply: URLs, addresses, IPv6 and IPv4 addresses, host names
// and numbers, then punctuation.
func repeatFold(s string) string {
	s = strings.ToLower(s)
	s = repeatURL.ReplaceAllString(s, " url ")
	s = repeatAddr.ReplaceAllString(s, " addr ")
	s = repeatIPv6.ReplaceAllStringFunc(s, func(m string) string {
		if strings.Count(m, ":") >= 2 {
			return " ip "
		}
		return m
	})
	s = repeatIPv4.ReplaceAllString(s, " ip ")
	s = repeatHost.ReplaceAllString(s, " host ")
	s = repeatDigit.ReplaceAllString(s, " 0 ")
	s = repeatPunct.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

type foldedReply struct {
	id, folded string
	words      map[string]bool
}

func foldReply(id, response string) foldedReply {
	f := foldedReply{id: id, folded: repeatFold(response), words: map[string]bool{}}
	for _, w := range strings.Fields(f.folded) {
		f.words[w] = true
	}
	return f
}

// repeats reports why c repeats e, or "": word sets at least 70 % alike
// (Jaccard), c contained in e word for word, or e contained in c and
// covering at least half of c's words.
func repeats(c, e foldedReply) string {
	if len(e.words) == 0 || len(c.words) == 0 {
		return ""
	}
	inter := 0
	for w := range c.words {
		if e.words[w] {
			inter++
		}
	}
	if union := len(c.words) + len(e.words) - inter; float64(inter) >= 0.7*float64(union) {
		return "word sets alike"
	}
	if strings.Contains(" "+e.folded+" ", " "+c.folded+" ") {
		return "contained in the earlier reply"
	}
	if strings.Contains(" "+c.folded+" ", " "+e.folded+" ") && 2*len(e.words) >= len(c.words) {
		return "contains the earlier reply"
	}
	return ""
}

func TestRepeatFold(t *testing.T) {
	same := [][2]string{
		{"450 4.7.1 <mail.example.org>: Helo command rejected: Host not found",
			"450 4.7.1 <relay.example.net>: Helo command rejected: Host not found"},
		{"550 5.7.1 Fix reverse DNS for 192.0.2.10", "550 5.7.1 Fix reverse DNS for 2001:db8::25"},
		{"550 5.1.1 <jo@example.com>: Recipient address rejected", "550 5.1.1 <ann@example.net>: Recipient address rejected"},
		{"421 mx1.example.com too busy, see https://example.com/why?id=1", "421 MX2.EXAMPLE.NET too busy, see http://example.net/x"},
	}
	for _, p := range same {
		if a, b := repeatFold(p[0]), repeatFold(p[1]); a != b {
			t.Errorf("fold(%q) = %q, fold(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"550 5.1.1 Addressee unknown", "550 5.1.1 <a@example.com>"},         // "addr" is not a prefix match
		{"553 5.6.7 Address requires SMTPUTF8", "550 5.1.1 <a@example.com>"}, // idem
		{"ご指定のメールアドレスは存在しません", "Адрес получателя не существует"},             // letters survive the fold
	}
	for _, p := range differ {
		if why := repeats(foldReply("c", p[0]), foldReply("e", p[1])); why != "" {
			t.Errorf("%q repeats %q (%s): want apart", p[0], p[1], why)
		}
	}
}

// freshBatches are the blind batches written with the folding repeat rule,
// oldest first; each must not repeat any reply of an earlier set, of
// kinds.jsonl or of the shared corpus, nor one of its own.
var freshBatches = []string{"blind_ag.jsonl", "blind_ah.jsonl", "blind_ai.jsonl", "blind_aj.jsonl", "blind_ak.jsonl", "blind_al.jsonl", "blind_am.jsonl", "blind_an.jsonl", "blind_ao.jsonl", "blind_ap.jsonl", "blind_aq.jsonl", "blind_ar.jsonl", "blind_as.jsonl", "blind_at.jsonl", "blind_au.jsonl", "blind_ba.jsonl", "blind_bb.jsonl", "blind_bc.jsonl", "blind_bd.jsonl", "blind_be.jsonl", "blind_bf.jsonl", "blind_bg.jsonl", "blind_bh.jsonl", "blind_bi.jsonl", "blind_bj.jsonl", "blind_bk.jsonl", "blind_bl.jsonl", "blind_bm.jsonl", "blind_bn.jsonl", "blind_bo.jsonl", "blind_bp.jsonl", "blind_bq.jsonl", "blind_br.jsonl", "blind_bs.jsonl", "blind_bt.jsonl", "blind_bu.jsonl", "blind_bv.jsonl", "blind_bw.jsonl", "blind_bx.jsonl", "blind_by.jsonl", "blind_bz.jsonl", "blind_ca.jsonl", "blind_cb.jsonl", "blind_cc.jsonl", "blind_cd.jsonl", "blind_ce.jsonl", "blind_cf.jsonl", "blind_cg.jsonl", "blind_ch.jsonl", "blind_ci.jsonl", "blind_cj.jsonl", "blind_ck.jsonl", "blind_cl.jsonl", "blind_cm.jsonl", "blind_cn.jsonl", "blind_co.jsonl", "blind_cp.jsonl", "blind_cq.jsonl", "blind_cr.jsonl", "blind_cs.jsonl", "blind_ct.jsonl", "blind_cu.jsonl", "blind_cv.jsonl", "blind_cw.jsonl", "blind_cx.jsonl", "blind_cy.jsonl", "blind_cz.jsonl", "blind_da.jsonl", "blind_db.jsonl", "blind_dc.jsonl", "blind_dd.jsonl", "blind_de.jsonl", "blind_df.jsonl", "blind_dg.jsonl", "blind_dh.jsonl", "blind_di.jsonl", "blind_dj.jsonl", "blind_dk.jsonl", "blind_dl.jsonl", "blind_dm.jsonl", "blind_dn.jsonl", "blind_do.jsonl", "blind_dp.jsonl", "blind_dq.jsonl", "blind_dr.jsonl", "blind_ds.jsonl", "blind_dt.jsonl"}

// kindsWhenWritten is how many kinds.jsonl lines (kind-0001 …) there were
// when each fresh batch was written: a batch is checked against those
// only, since the kinds tests written after it quote its replies.
var kindsWhenWritten = map[string]int{"blind_ag.jsonl": 676, "blind_ah.jsonl": 676, "blind_ai.jsonl": 676, "blind_aj.jsonl": 676, "blind_ak.jsonl": 1153, "blind_al.jsonl": 1200, "blind_am.jsonl": 1248, "blind_an.jsonl": 1248, "blind_ao.jsonl": 1310, "blind_ap.jsonl": 1310, "blind_aq.jsonl": 1353, "blind_ar.jsonl": 1407, "blind_as.jsonl": 1454, "blind_at.jsonl": 1496, "blind_au.jsonl": 1520, "blind_ba.jsonl": 1707, "blind_bb.jsonl": 1741, "blind_bc.jsonl": 1762, "blind_bd.jsonl": 1788, "blind_be.jsonl": 1845, "blind_bf.jsonl": 1865, "blind_bg.jsonl": 1916, "blind_bh.jsonl": 1930, "blind_bi.jsonl": 1941, "blind_bj.jsonl": 1941, "blind_bk.jsonl": 1976, "blind_bl.jsonl": 1976, "blind_bm.jsonl": 1992, "blind_bn.jsonl": 2002, "blind_bo.jsonl": 2002, "blind_bp.jsonl": 2002, "blind_bq.jsonl": 2002, "blind_br.jsonl": 2002, "blind_bs.jsonl": 2002, "blind_bt.jsonl": 2002, "blind_bu.jsonl": 2002, "blind_bv.jsonl": 2002, "blind_bw.jsonl": 2002, "blind_bx.jsonl": 2002, "blind_by.jsonl": 2002, "blind_bz.jsonl": 2002, "blind_ca.jsonl": 2002, "blind_cb.jsonl": 2002, "blind_cc.jsonl": 2002, "blind_cd.jsonl": 2002, "blind_ce.jsonl": 2002, "blind_cf.jsonl": 2002, "blind_cg.jsonl": 2002, "blind_ch.jsonl": 2002, "blind_ci.jsonl": 2002, "blind_cj.jsonl": 2002, "blind_ck.jsonl": 2002, "blind_cm.jsonl": 2002, "blind_cl.jsonl": 2002, "blind_co.jsonl": 2002, "blind_cn.jsonl": 2002, "blind_cp.jsonl": 2002, "blind_cq.jsonl": 2002, "blind_cr.jsonl": 2002, "blind_cs.jsonl": 2002, "blind_ct.jsonl": 2002, "blind_cu.jsonl": 2002, "blind_cv.jsonl": 2002, "blind_cw.jsonl": 2002, "blind_cx.jsonl": 2002, "blind_cy.jsonl": 2002, "blind_cz.jsonl": 2002, "blind_da.jsonl": 2002, "blind_db.jsonl": 2002, "blind_dc.jsonl": 2002, "blind_dd.jsonl": 2002, "blind_de.jsonl": 2002, "blind_df.jsonl": 2002, "blind_dg.jsonl": 2002, "blind_dh.jsonl": 2002, "blind_di.jsonl": 2002, "blind_dj.jsonl": 2002, "blind_dk.jsonl": 2002, "blind_dl.jsonl": 2002, "blind_dm.jsonl": 2002, "blind_dn.jsonl": 2002, "blind_do.jsonl": 2002, "blind_dp.jsonl": 2002, "blind_dq.jsonl": 2002, "blind_dr.jsonl": 2002, "blind_ds.jsonl": 2002, "blind_dt.jsonl": 2002}

func TestFreshBatchesRepeatNothing(t *testing.T) {
	var earlier []foldedReply
	for _, name := range []string{"tune.jsonl", "eval.jsonl", "blind.jsonl", "blind_o.jsonl", "blind_p.jsonl",
		"blind_q.jsonl", "blind_r.jsonl", "blind_s.jsonl", "blind_t.jsonl", "blind_u.jsonl", "blind_v.jsonl", "blind_w.jsonl",
		"blind_x.jsonl", "blind_y.jsonl", "blind_z.jsonl", "blind_aa.jsonl", "blind_ab.jsonl", "blind_ac.jsonl",
		"blind_ad.jsonl", "blind_ae.jsonl", "blind_af.jsonl"} {
		for _, c := range loadLabelled(t, name) {
			earlier = append(earlier, foldReply(c.ID, c.Response))
		}
	}
	for _, c := range loadCorpus(t) {
		earlier = append(earlier, foldReply(c.ID, c.Response))
	}
	kinds := loadLabelled(t, "kinds.jsonl")
	kindsIn := 0
	for _, name := range freshBatches {
		limit, ok := kindsWhenWritten[name]
		if !ok {
			t.Fatalf("%s: kindsWhenWritten does not say how many kinds phrasings it was written after", name)
		}
		for ; kindsIn < limit && kindsIn < len(kinds); kindsIn++ {
			earlier = append(earlier, foldReply(kinds[kindsIn].ID, kinds[kindsIn].Response))
		}
		for _, c := range loadLabelled(t, name) {
			f := foldReply(c.ID, c.Response)
			for _, e := range earlier {
				if why := repeats(f, e); why != "" {
					t.Errorf("%s: %s repeats %s (%s): %q", name, c.ID, e.id, why, c.Response)
					break
				}
			}
			earlier = append(earlier, f)
		}
	}
}
