package postfix

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/mailflow/mailflow/internal/corpus"
)

// corpusCase is one record of shared/corpus/postfix_lines.jsonl.
type corpusCase struct {
	ID       string `json:"id"`
	Line     string `json:"line"`
	Expected struct {
		Kind            string   `json:"kind"`
		QueueID         *string  `json:"queue_id"`
		Recipient       *string  `json:"recipient"`
		RecipientDomain *string  `json:"recipient_domain"`
		RelayHost       *string  `json:"relay_host"`
		RelayIP         *string  `json:"relay_ip"`
		DelaySeconds    *float64 `json:"delay_seconds"`
		DSN             *string  `json:"dsn"`
		Status          *string  `json:"status"`
		SMTPResponse    *string  `json:"smtp_response"`
		Hostname        *string  `json:"hostname"`
	} `json:"expected"`
}

// corpusPath finds postfix_lines.jsonl (internal/corpus: MAILFLOW_CORPUS_DIR,
// ../shared/corpus beside the repository, or the repository's copy). A
// corpus that cannot be found fails the test: skipping it let CI pass in
// clones without ../shared having read none of it (review).
func corpusPath(t testing.TB) string {
	p := filepath.Join(corpus.Dir(), "postfix_lines.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("corpus not available (set MAILFLOW_CORPUS_DIR): %v", err)
	}
	return p
}

func loadCorpus(t testing.TB) []corpusCase {
	p := corpusPath(t)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c corpusCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", p, n, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// corpusParser is set up for the corpus: its BSD lines are from March 2025
// (and one from June of an earlier year), its clock zone is UTC.
func corpusParser() *Parser {
	ref := time.Date(2025, time.March, 10, 0, 0, 0, 0, time.UTC)
	return NewParser(WithLocation(time.UTC), WithNow(func() time.Time { return ref }))
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestCorpus runs every corpus line, in file order, through one parser (so
// that the qmgr and expiry joins see the lines before them) and requires
// every kind and every expected field to match.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	p := corpusParser()

	type rcptKey struct{ host, qid string }
	deferred := map[rcptKey][]string{} // recipients deferred so far, from the expectations

	var kindOK, fieldsOK, fieldsTotal int
	kinds := map[string]int{}
	for _, c := range cases {
		exp := c.Expected
		kinds[exp.Kind]++
		res := p.Parse(c.Line)
		if res.Kind.String() != exp.Kind {
			t.Errorf("%s: kind %s (err %v), want %s\n\t%s", c.ID, res.Kind, res.Err, exp.Kind, c.Line)
			continue
		}
		kindOK++
		if res.Kind == KindMalformed {
			t.Logf("%s: malformed: %v", c.ID, res.Err)
		}
		if exp.Kind == "skip" {
			fieldsTotal++
			if res.QueueID != str(exp.QueueID) || res.Hostname != str(exp.Hostname) {
				t.Errorf("%s: skip queue_id %q hostname %q, want %q %q", c.ID, res.QueueID, res.Hostname, str(exp.QueueID), str(exp.Hostname))
				continue
			}
			fieldsOK++
			continue
		}
		if exp.Kind != "delivery" {
			continue
		}
		key := rcptKey{str(exp.Hostname), str(exp.QueueID)}
		if str(exp.Status) == "expired" {
			// The line names no recipient: it must expand to the
			// recipients deferred earlier under the same queue id and host.
			want := deferred[key]
			slices.Sort(want)
			var got []string
			for _, d := range res.Deliveries {
				got = append(got, d.Recipient)
			}
			fieldsTotal++
			bad := !slices.Equal(got, want) || len(want) == 0
			for _, d := range res.Deliveries {
				if d.QueueID != key.qid || d.Hostname != key.host || d.Status != "expired" || d.RelayHost != "" || d.RelayIP != "" || d.HasDelay || d.DSN != "" || d.Response != "" || !d.SenderKnown {
					bad = true
				}
			}
			if bad {
				t.Errorf("%s: expired deliveries %+v, want recipients %v of %v", c.ID, res.Deliveries, want, key)
				continue
			}
			delete(deferred, key)
			fieldsOK++
			continue
		}
		if len(res.Deliveries) != 1 {
			t.Errorf("%s: %d deliveries, want 1", c.ID, len(res.Deliveries))
			continue
		}
		d := res.Deliveries[0]
		checks := []struct {
			name      string
			got, want any
		}{
			{"queue_id", d.QueueID, str(exp.QueueID)},
			{"recipient", d.Recipient, str(exp.Recipient)},
			{"recipient_domain", d.Domain, str(exp.RecipientDomain)},
			{"relay_host", d.RelayHost, str(exp.RelayHost)},
			{"relay_ip", d.RelayIP, str(exp.RelayIP)},
			{"delay_seconds", d.HasDelay, exp.DelaySeconds != nil},
			{"dsn", d.DSN, str(exp.DSN)},
			{"status", d.Status, str(exp.Status)},
			{"smtp_response", d.Response, str(exp.SMTPResponse)},
			{"hostname", d.Hostname, str(exp.Hostname)},
		}
		if exp.DelaySeconds != nil {
			checks = append(checks, struct {
				name      string
				got, want any
			}{"delay_seconds", d.DelaySeconds, *exp.DelaySeconds})
		}
		for _, ch := range checks {
			fieldsTotal++
			if ch.got != ch.want {
				t.Errorf("%s: %s = %#v, want %#v", c.ID, ch.name, ch.got, ch.want)
				continue
			}
			fieldsOK++
		}
		if _, err := d.Event(); err != nil {
			t.Errorf("%s: event: %v", c.ID, err)
		}
		if d.Status == "deferred" {
			deferred[key] = append(deferred[key], d.Recipient)
		}
	}
	t.Logf("corpus: %d lines %v; kind %d/%d (%.1f%%), fields %d/%d (%.1f%%)",
		len(cases), kinds, kindOK, len(cases), 100*float64(kindOK)/float64(len(cases)),
		fieldsOK, fieldsTotal, 100*float64(fieldsOK)/float64(fieldsTotal))
}
