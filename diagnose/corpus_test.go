package diagnose

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/mailflow/mailflow/internal/corpus"
	"github.com/mailflow/mailflow/schemas"
)

// corpusCase is one labelled response of shared/corpus/smtp_responses.jsonl.
type corpusCase struct {
	ID       string  `json:"id"`
	Response string  `json:"response"`
	Code     *int    `json:"code"`
	Enhanced *string `json:"enhanced"`
	Outcome  string  `json:"outcome"`
	Category string  `json:"category"`
}

// corpusPath locates the shared corpus (internal/corpus: MAILFLOW_CORPUS_DIR,
// ../shared/corpus beside the repository, or the repository's copy).
func corpusPath() string {
	return filepath.Join(corpus.Dir(), "smtp_responses.jsonl")
}

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	path := corpusPath()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestCorpusAccuracy(t *testing.T) {
	cases := loadCorpus(t)
	c := New()
	var catOK, outOK int
	for _, tc := range cases {
		in := Input{Response: tc.Response}
		if tc.Code != nil {
			in.Code = *tc.Code
		}
		if tc.Enhanced != nil {
			in.Enhanced = *tc.Enhanced
		}
		got := c.Classify(in)
		// The processor's path (Event) skips the provider and advice but
		// must agree on the category.
		if o, ok := schemas.ParseOutcome(got.Outcome); ok && o != schemas.OutcomeDelivered {
			ev := schemas.DeliveryEvent{SMTPCode: in.Code, EnhancedCode: in.Enhanced, Response: in.Response, Outcome: o}
			withOutcome := in
			withOutcome.Outcome = got.Outcome
			if cat, want := c.Event(&ev).String(), c.Classify(withOutcome).Category; cat != want {
				t.Errorf("%s: Event category %s, Classify %s", tc.ID, cat, want)
			}
		}
		if got.Category == tc.Category {
			catOK++
		} else {
			t.Logf("%s category: got %s want %s | %.160q", tc.ID, got.Category, tc.Category, tc.Response)
		}
		if got.Outcome == tc.Outcome {
			outOK++
		} else {
			t.Logf("%s outcome: got %s want %s | %.160q", tc.ID, got.Outcome, tc.Outcome, tc.Response)
		}
		// The parsed codes must agree with the labels when the input omits them.
		code, enh := ParseReply(tc.Response)
		wantCode, wantEnh := 0, ""
		if tc.Code != nil {
			wantCode = *tc.Code
		}
		if tc.Enhanced != nil {
			wantEnh = *tc.Enhanced
		}
		if code != wantCode || enh != wantEnh {
			t.Errorf("%s ParseReply = %d %q, want %d %q", tc.ID, code, enh, wantCode, wantEnh)
		}
		bare := c.Classify(Input{Response: tc.Response})
		if bare.Category != got.Category || bare.Outcome != got.Outcome {
			t.Errorf("%s: result differs without explicit codes: %+v vs %+v", tc.ID, bare, got)
		}
	}
	n := len(cases)
	catAcc := float64(catOK) / float64(n)
	outAcc := float64(outOK) / float64(n)
	t.Logf("corpus: %d responses, category accuracy %.1f%% (%d), outcome accuracy %.1f%% (%d)",
		n, 100*catAcc, catOK, 100*outAcc, outOK)
	if catAcc < 0.95 {
		t.Errorf("category accuracy %.1f%% below the 95%% floor", 100*catAcc)
	}
	if outAcc < 0.98 {
		t.Errorf("outcome accuracy %.1f%% below the 98%% floor", 100*outAcc)
	}
}
