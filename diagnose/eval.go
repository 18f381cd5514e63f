package diagnose

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Labelled is one hand-labelled response of an evaluation set: the format of
// shared/corpus/smtp_responses.jsonl and diagnose/testdata/{eval,tune}.jsonl.
type Labelled struct {
	// ID names the case in reports ("eval-0042"); optional.
	ID string `json:"id"`
	// Response is the text as the server (or the sending MTA) wrote it.
	Response string `json:"response"`
	// Code is the reply code, or nil for an MTA-generated text.
	Code *int `json:"code"`
	// Enhanced is the RFC 3463 code directly following the reply code, or nil.
	Enhanced *string `json:"enhanced"`
	// Outcome and Category are the expected answers.
	Outcome  string `json:"outcome"`
	Category string `json:"category"`
	// Source says where the wording was learned.
	Source string `json:"source"`
}

// maxLabelledLine bounds one JSON line of an evaluation set (1 MiB).
const maxLabelledLine = 1 << 20

// ReadLabelled reads an evaluation set: JSON Lines, one Labelled object per
// line, blank lines ignored. It rejects, with the line number, a line that is
// not a JSON object, lacks "response", names an unknown category or outcome,
// or is longer than 1 MiB. It never panics on input.
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	cats := map[string]bool{}
	for _, c := range AllCategories() {
		cats[c] = true
	}
	outs := map[string]bool{}
	for _, o := range AllOutcomes() {
		outs[o] = true
	}
	var out []Labelled
	for lineNo := 1; ; lineNo++ {
		line, err := readLine(br, maxLabelledLine)
		if err != nil && !errors.Is(err, io.EOF) {
			return out, fmt.Errorf("line %d: %w", lineNo, err)
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			var l Labelled
			var raw map[string]json.RawMessage
			if jerr := json.Unmarshal(t, &raw); jerr != nil {
				return out, fmt.Errorf("line %d: not a JSON object: %w", lineNo, jerr)
			}
			if _, ok := raw["response"]; !ok {
				return out, fmt.Errorf("line %d: missing \"response\"", lineNo)
			}
			if jerr := json.Unmarshal(t, &l); jerr != nil {
				return out, fmt.Errorf("line %d: %w", lineNo, jerr)
			}
			if !cats[l.Category] {
				return out, fmt.Errorf("line %d: unknown category %q", lineNo, l.Category)
			}
			if !outs[l.Outcome] {
				return out, fmt.Errorf("line %d: unknown outcome %q", lineNo, l.Outcome)
			}
			if l.ID == "" {
				l.ID = fmt.Sprintf("line-%d", lineNo)
			}
			out = append(out, l)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

// readLine reads one '\n'-terminated line of at most max bytes (the newline
// and a preceding '\r' dropped), as RunCLI does (readBoundedLine); a
// longer line is an error here. It returns io.EOF with the last line.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	line, tooLong, err := readBoundedLine(br, max)
	if tooLong {
		return nil, fmt.Errorf("line longer than %d bytes", max)
	}
	return bytes.TrimRight(line, "\r\n"), err
}

// Miss is one case the classifier got wrong.
type Miss struct {
	ID            string `json:"id"`
	Response      string `json:"response"`
	WantCategory  string `json:"want_category"`
	GotCategory   string `json:"got_category"`
	WantOutcome   string `json:"want_outcome"`
	GotOutcome    string `json:"got_outcome"`
	CategoryWrong bool   `json:"category_wrong"`
	OutcomeWrong  bool   `json:"outcome_wrong"`
}

// EvalReport is the result of Evaluate: accuracy overall and per category,
// the confusion matrix over AllCategories (rows: expected, columns: got) and
// every miss.
type EvalReport struct {
	N               int
	CategoryCorrect int
	OutcomeCorrect  int
	// Categories lists AllCategories; Confusion[i][j] counts cases labelled
	// Categories[i] and classified Categories[j].
	Categories []string
	Confusion  [][]int
	Misses     []Miss
}

// CategoryAccuracy is the share of cases whose category is right (0..1).
func (r *EvalReport) CategoryAccuracy() float64 { return ratio(r.CategoryCorrect, r.N) }

// OutcomeAccuracy is the share of cases whose outcome is right (0..1).
func (r *EvalReport) OutcomeAccuracy() float64 { return ratio(r.OutcomeCorrect, r.N) }

// PerCategory returns, for each category with at least one labelled case,
// the number of such cases and the share classified correctly (recall).
func (r *EvalReport) PerCategory() map[string][2]float64 {
	m := map[string][2]float64{}
	for i, cat := range r.Categories {
		n := 0
		for _, v := range r.Confusion[i] {
			n += v
		}
		if n > 0 {
			m[cat] = [2]float64{float64(n), ratio(r.Confusion[i][i], n)}
		}
	}
	return m
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate classifies every case (with the reply code and enhanced code the
// case gives, as an MTA event would carry them) and compares the answers.
func (c *Classifier) Evaluate(cases []Labelled) EvalReport {
	cats := AllCategories()
	idx := map[string]int{}
	for i, cat := range cats {
		idx[cat] = i
	}
	rep := EvalReport{N: len(cases), Categories: cats, Confusion: make([][]int, len(cats))}
	for i := range rep.Confusion {
		rep.Confusion[i] = make([]int, len(cats))
	}
	for _, tc := range cases {
		in := Input{Response: tc.Response}
		if tc.Code != nil {
			in.Code = *tc.Code
		}
		if tc.Enhanced != nil {
			in.Enhanced = *tc.Enhanced
		}
		got := c.Classify(in)
		catOK, outOK := got.Category == tc.Category, got.Outcome == tc.Outcome
		if catOK {
			rep.CategoryCorrect++
		}
		if outOK {
			rep.OutcomeCorrect++
		}
		if wi, ok := idx[tc.Category]; ok {
			rep.Confusion[wi][idx[got.Category]]++
		}
		if !catOK || !outOK {
			rep.Misses = append(rep.Misses, Miss{
				ID: tc.ID, Response: tc.Response,
				WantCategory: tc.Category, GotCategory: got.Category,
				WantOutcome: tc.Outcome, GotOutcome: got.Outcome,
				CategoryWrong: !catOK, OutcomeWrong: !outOK,
			})
		}
	}
	return rep
}

// WriteText prints the report for people: overall accuracy, a table per
// category, the confusion matrix (only categories that occur) and the misses.
func (r *EvalReport) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "cases %d   category accuracy %.1f%% (%d)   outcome accuracy %.1f%% (%d)\n\n",
		r.N, 100*r.CategoryAccuracy(), r.CategoryCorrect, 100*r.OutcomeAccuracy(), r.OutcomeCorrect)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "category\tcases\tcorrect\taccuracy\t")
	per := r.PerCategory()
	var used []int
	for i, cat := range r.Categories {
		col := 0
		for j := range r.Categories {
			col += r.Confusion[j][i]
		}
		if p, ok := per[cat]; ok {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f%%\t\n", cat, int(p[0]), r.Confusion[i][i], 100*p[1])
		}
		if _, ok := per[cat]; ok || col > 0 {
			used = append(used, i)
		}
	}
	tw.Flush()
	b.WriteString("\nconfusion (rows: labelled, columns: classified)\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, j := range used {
		fmt.Fprintf(tw, "%s\t", abbrev(r.Categories[j]))
	}
	fmt.Fprintln(tw)
	for _, i := range used {
		fmt.Fprintf(tw, "%s\t", abbrev(r.Categories[i]))
		for _, j := range used {
			if v := r.Confusion[i][j]; v > 0 {
				fmt.Fprintf(tw, "%d\t", v)
			} else {
				fmt.Fprint(tw, ".\t")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	misses := append([]Miss(nil), r.Misses...)
	sort.SliceStable(misses, func(i, j int) bool { return misses[i].WantCategory < misses[j].WantCategory })
	fmt.Fprintf(&b, "\nmisses (%d)\n", len(misses))
	for _, m := range misses {
		// The id comes from the file as it is (a shared or contributed
		// set): shown on one line, without what a terminal would act on
		// (review S36C-N2); %q escapes the response.
		fmt.Fprintf(&b, "%s  want %s/%s  got %s/%s  %.160q\n", oneLine(m.ID), m.WantOutcome, m.WantCategory, m.GotOutcome, m.GotCategory, m.Response)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// abbrev shortens a category name for the confusion matrix header.
func abbrev(cat string) string {
	parts := strings.Split(cat, "_")
	if len(parts) == 1 {
		if len(cat) > 6 {
			return cat[:6]
		}
		return cat
	}
	s := ""
	for _, p := range parts {
		if len(p) > 3 {
			p = p[:3]
		}
		s += p
	}
	return s
}
