package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/mailflow/mailflow/diagnose"
)

func runDiagnose(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "diagnose", "[--text] [--json] < responses | [--json] RESPONSE... | --eval FILE.jsonl")
	text := fs.Bool("text", false, "read one plain SMTP response per line (without it, input whose first line is not JSON is read so too)")
	asJSON := fs.Bool("json", false, "write JSON Lines even when stdout is a terminal, where a table is printed otherwise")
	eval := fs.String("eval", "", "measure the classifier on a labelled JSON Lines file (the format of diagnose/testdata/eval.jsonl): accuracy per category, confusion matrix, misses")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *eval != "" {
		if err := fs.noArgs(); err != nil {
			return err
		}
		return runDiagnoseEval(env, *eval, *asJSON)
	}
	in := env.stdin
	if fs.NArg() > 0 {
		// Responses on the command line, one per argument, as a
		// newcomer first tries it (review S35-D1): read as --text reads
		// its lines, a line break inside one joining its lines.
		// A single word that looks like a file name is more likely a
		// file meant for stdin; a reply in a script written without
		// spaces (Chinese, Japanese) is a single word too (newcomer
		// review N5 of session 37).
		var b strings.Builder
		for _, a := range fs.Args() {
			if len(strings.Fields(a)) < 2 && looksLikeFileName(a) {
				return fmt.Errorf("%w: unexpected argument %q: give a response in quotes (mailflow diagnose '550 5.1.1 user unknown') or pipe responses to stdin (mailflow diagnose --text < FILE)", errUsage, a)
			}
			b.WriteString(strings.Join(strings.Fields(a), " "))
			b.WriteByte('\n')
		}
		in, *text = strings.NewReader(b.String()), true
	}
	if fs.NArg() == 0 && isTerminal(env.stdin) {
		// A person who typed "mailflow diagnose" alone would otherwise
		// wait on a silent terminal (review S36C-N7).
		fmt.Fprintln(env.stderr, "mailflow diagnose: reading responses from the terminal, one per line (or JSON Lines); Ctrl-D ends")
	}
	opts := diagnose.CLIOptions{Text: *text, Detect: !*text, Table: !*asJSON && isTerminal(env.stdout)}
	res, err := diagnose.RunCLI(ctx, in, env.stdout, env.stderr, opts)
	if err != nil {
		return err
	}
	switch {
	case res.Bad > 0 && res.PlainText == res.Bad:
		return &exitError{code: 3, err: fmt.Errorf("%s not JSON but plain responses among JSON Lines: run 'mailflow diagnose --text' to classify one response per line", linesCount(res.Bad, "input"))}
	case res.Bad > 0:
		return &exitError{code: 3, err: fmt.Errorf("%s skipped", linesCount(res.Bad, "unparsable input"))}
	}
	return nil
}

// runDiagnoseEval prints the evaluation of the classifier on a labelled set.
func runDiagnoseEval(env *environment, path string, asJSON bool) error {
	f, err := os.Open(path)
	if err != nil {
		return usageErr("--eval: %v", err)
	}
	defer f.Close()
	cases, err := diagnose.ReadLabelled(f)
	if err != nil {
		return &exitError{code: 3, err: fmt.Errorf("--eval %s: %w", path, err)}
	}
	if len(cases) == 0 {
		return &exitError{code: 3, err: fmt.Errorf("--eval %s: no labelled responses", path)}
	}
	rep := diagnose.New().Evaluate(cases)
	if asJSON {
		return writeEvalJSON(env.stdout, &rep)
	}
	return rep.WriteText(env.stdout)
}

func writeEvalJSON(w io.Writer, rep *diagnose.EvalReport) error {
	type perCat struct {
		Cases    int     `json:"cases"`
		Accuracy float64 `json:"accuracy"`
	}
	per := map[string]perCat{}
	for cat, p := range rep.PerCategory() {
		per[cat] = perCat{Cases: int(p[0]), Accuracy: p[1]}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Cases            int               `json:"cases"`
		CategoryAccuracy float64           `json:"category_accuracy"`
		OutcomeAccuracy  float64           `json:"outcome_accuracy"`
		PerCategory      map[string]perCat `json:"per_category"`
		Categories       []string          `json:"categories"`
		Confusion        [][]int           `json:"confusion"`
		Misses           []diagnose.Miss   `json:"misses"`
	}{rep.N, rep.CategoryAccuracy(), rep.OutcomeAccuracy(), per, rep.Categories, rep.Confusion, rep.Misses})
}

// linesCount says how many lines of a kind, for a message: "1 input
// line", "3 unparsable input lines".
func linesCount(n int, kind string) string {
	if n == 1 {
		return "1 " + kind + " line"
	}
	return fmt.Sprintf("%d %s lines", n, kind)
}

// isTerminal reports whether f, an input or an output, is a terminal,
// where people rather than programs read and type. A character device
// is not enough: /dev/null is one (newcomer review S47 N1: `diagnose
// </dev/null` printed the hint for a terminal).
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// looksLikeFileName reports whether a one-word argument of diagnose names a
// file rather than a response: an existing path, a path with a slash, or
// an ASCII name with a short extension ("replies.txt", "bounces.jsonl").
func looksLikeFileName(a string) bool {
	if _, err := os.Stat(a); err == nil {
		return true
	}
	if strings.ContainsRune(a, '/') {
		return true
	}
	for i := 0; i < len(a); i++ {
		if a[i] >= 0x80 {
			return false
		}
	}
	ext := filepath.Ext(a)
	return len(ext) > 1 && len(ext) <= 6 && strings.Trim(ext[1:], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}
