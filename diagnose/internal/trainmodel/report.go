package main

import (
	"fmt"
	"io"
	"text/tabwriter"
)

type tally struct{ n, right int }

func (t tally) String() string {
	if t.n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %.1f%%", t.right, t.n, 100*float64(t.right)/float64(t.n))
}

// column is one way of answering, scored per category and overall.
type column struct {
	name   string
	answer func(p *prediction) string
}

func table(w io.Writer, title string, preds []prediction, cols []column) {
	fmt.Fprintf(w, "\n%s\n\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "category\tcases")
	for _, c := range cols {
		fmt.Fprintf(tw, "\t%s", c.name)
	}
	fmt.Fprintln(tw)
	per := make([]map[string]tally, len(cols))
	all := make([]tally, len(cols))
	n := map[string]int{}
	for i := range cols {
		per[i] = map[string]tally{}
	}
	for pi := range preds {
		p := &preds[pi]
		want := p.s.l.Category
		n[want]++
		for i, c := range cols {
			t := per[i][want]
			t.n++
			all[i].n++
			if c.answer(p) == want {
				t.right++
				all[i].right++
			}
			per[i][want] = t
		}
	}
	for _, cat := range classes {
		if n[cat] == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d", cat, n[cat])
		for i := range cols {
			fmt.Fprintf(tw, "\t%s", per[i][cat])
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprintf(tw, "all\t%d", len(preds))
	for i := range cols {
		fmt.Fprintf(tw, "\t%s", all[i])
	}
	fmt.Fprintln(tw)
	tw.Flush()
}

// minPerCategory is the lowest per-category accuracy of an answer.
func minPerCategory(preds []prediction, answer func(p *prediction) string) (float64, string) {
	per := map[string]tally{}
	for pi := range preds {
		p := &preds[pi]
		t := per[p.s.l.Category]
		t.n++
		if answer(p) == p.s.l.Category {
			t.right++
		}
		per[p.s.l.Category] = t
	}
	low, at := 1.0, ""
	for _, cat := range classes {
		if t := per[cat]; t.n > 0 && float64(t.right)/float64(t.n) < low {
			low, at = float64(t.right)/float64(t.n), cat
		}
	}
	return low, at
}

func accuracy(preds []prediction, answer func(p *prediction) string) tally {
	var t tally
	for pi := range preds {
		t.n++
		if answer(&preds[pi]) == preds[pi].s.l.Category {
			t.right++
		}
	}
	return t
}

// report prints the validation tables and returns the variant and margin
// that do best on the blind-scored batches (ties: the larger, more
// cautious margin).
func report(w, misses io.Writer, d *dataset, preds []prediction, variants []variant, folds int, want string, wantMargin float64) (string, float64) {
	var blind []prediction
	for _, p := range preds {
		if p.s.blindRule != "" {
			blind = append(blind, p)
		}
	}
	fmt.Fprintf(w, "leave-sources-out validation: %d cases, %d sources held out whole in %d folds; %d cases of the blind-scored batches (testdata/rules_blind.jsonl)\n",
		len(preds), len(d.groups), folds, len(blind))
	fmt.Fprintln(w, "\nmargin sweep (combination; category accuracy, lowest category):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "variant\tmargin\tall, current rules\tlowest\tblind batches, rules as scored blind\tlowest")
	bestV, bestI, bestAcc := 0, 0, -1
	for vi, v := range variants {
		for i, m := range margins {
			a := func(p *prediction) string { return p.comb[vi][i] }
			b := func(p *prediction) string { return p.combBlind[vi][i] }
			la, ca := minPerCategory(preds, a)
			lb, cb := minPerCategory(blind, b)
			tb := accuracy(blind, b)
			fmt.Fprintf(tw, "%s\t%.1f\t%s\t%.1f%% %s\t%s\t%.1f%% %s\n", v.name, m, accuracy(preds, a), 100*la, ca, tb, 100*lb, cb)
			if tb.right > bestAcc || tb.right == bestAcc && vi == bestV {
				bestV, bestI, bestAcc = vi, i, tb.right
			}
		}
	}
	tw.Flush()
	fmt.Fprintf(w, "picked %s at margin %.1f\n", variants[bestV].name, margins[bestI])
	bv, bi := bestV, bestI
	// The tables show the configuration asked for (-variant, -margin)
	// when there is one, else the one picked.
	for vi, v := range variants {
		for i, m := range margins {
			if v.name == want && m == wantMargin {
				bv, bi = vi, i
			}
		}
	}
	fmt.Fprintf(w, "tables for %s at margin %.1f\n", variants[bv].name, margins[bi])
	table(w, "all cases (the current rules were written from all of them: their column is not a blind figure)", preds, []column{
		{"rules (current)", func(p *prediction) string { return p.s.f.Rule }},
		{"model alone", func(p *prediction) string { return p.model }},
		{"combination", func(p *prediction) string { return p.comb[bv][bi] }},
	})
	table(w, "blind-scored batches (rules_blind.jsonl) (rules as they answered before each batch was read)", blind, []column{
		{"rules (blind)", func(p *prediction) string { return p.s.blindRule }},
		{"model alone", func(p *prediction) string { return p.model }},
		{"combination", func(p *prediction) string { return p.combBlind[bv][bi] }},
		{"rules (current)", func(p *prediction) string { return p.s.f.Rule }},
	})
	if misses != nil {
		// One line per blind-scored case the combination gets wrong:
		// id, wanted, rules (blind), combination, rules (current), reply.
		for _, p := range blind {
			if got := p.combBlind[bv][bi]; got != p.s.l.Category {
				fmt.Fprintf(misses, "%s\t%s\t%s\t%s\t%s\t%q\n", p.s.l.ID, p.s.l.Category, p.s.blindRule, got, p.s.f.Rule, p.s.l.Response)
			}
		}
	}
	return variants[bv].name, margins[bi]
}
