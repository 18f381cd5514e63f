package processor

import (
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// putDomain writes a domain's window (failures of n attempts) and its
// status index entry to the store, as the processor's batches do.
func putDomain(t *testing.T, st *state.Store, p int32, domain string, status schemas.Status, failures, n int) {
	t.Helper()
	w := &state.Window{Status: status, Seq: uint64(n), Since: time.Unix(1700000000, 0), LastAt: time.Unix(1700000000, 0)}
	for i := range n {
		o := schemas.OutcomeDelivered
		if i < failures {
			o = schemas.OutcomeBounced
		}
		w.Entries = append(w.Entries, state.Entry{Outcome: o})
	}
	b := st.NewBatch()
	defer b.Close()
	if err := b.Put(state.WindowKey(domain), state.AppendWindow(nil, w)); err != nil {
		t.Fatal(err)
	}
	for _, s := range []schemas.Status{schemas.StatusGood, schemas.StatusBad} {
		var v []byte
		if s == status {
			v = []byte{}
		}
		if err := b.Put(state.AppendIndexKey(nil, p, s, domain), v); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

// gather returns the collector's series as "name{label} value" lines.
func gather(t *testing.T, c prometheus.Collector) []string {
	t.Helper()
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(c)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var ls []string
			for _, l := range m.GetLabel() {
				ls = append(ls, l.GetValue())
			}
			out = append(out, fmt.Sprintf("%s{%s} %g", mf.GetName(), strings.Join(ls, ","), m.GetGauge().GetValue()))
		}
	}
	return out
}

func countPrefix(lines []string, prefix string) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

func TestWorstDomains(t *testing.T) {
	t.Parallel()
	st, err := state.Open(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// 300 Bad domains over partitions 0-2 with 3..27 failures of 30, and
	// 1000 Good ones; partition 3 is not owned.
	for i := range 300 {
		putDomain(t, st, int32(i%3), fmt.Sprintf("bad%03d.example", i), schemas.StatusBad, 3+i%25, 30)
	}
	for i := range 1000 {
		putDomain(t, st, int32(i%3), fmt.Sprintf("good%04d.example", i), schemas.StatusGood, 1, 30)
	}
	putDomain(t, st, 3, "elsewhere.example", schemas.StatusBad, 30, 30)
	owned := func() []int32 { return []int32{0, 1, 2} }
	owners := func(d string) (string, string) {
		var n int
		fmt.Sscanf(d, "bad%03d.example", &n)
		return fmt.Sprintf("cust%d", n%7), "resellerA"
	}

	for _, tc := range []struct {
		name      string
		k         int
		opts      []WorstOption
		wantWorst []string // the first domains, worst first
		wantLines []string // lines that must be there
		series    int      // series of each per-domain metric
	}{
		{name: "default K", k: 0, series: 50, wantWorst: []string{"bad024.example", "bad049.example", "bad074.example"},
			wantLines: []string{"mailflow_worst_domain_failures{bad024.example} 27", "mailflow_worst_domains_scanned{} 300", "mailflow_worst_domains_truncated{} 0"}},
		{name: "K=5", k: 5, series: 5, wantWorst: []string{"bad024.example", "bad049.example", "bad074.example", "bad099.example", "bad124.example"}},
		{name: "owners", k: 3, opts: []WorstOption{WithOwners(owners)}, series: 3,
			wantLines: []string{"mailflow_worst_reseller_bad_domains{resellerA} 300", "mailflow_worst_customer_bad_domains{cust0} 43"}},
		{name: "scan limit", k: 5, opts: []WorstOption{WithScanLimit(10)}, series: 5,
			wantLines: []string{"mailflow_worst_domains_scanned{} 10", "mailflow_worst_domains_truncated{} 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := gather(t, NewWorstDomains(st, owned, tc.k, tc.opts...))
			if n := countPrefix(lines, "mailflow_worst_domain_success_ratio{"); n != tc.series {
				t.Errorf("%d ratio series, want %d", n, tc.series)
			}
			if n := countPrefix(lines, "mailflow_worst_domain_failures{"); n != tc.series {
				t.Errorf("%d failure series, want %d", n, tc.series)
			}
			if n := countPrefix(lines, "mailflow_worst_customer_bad_domains{"); tc.opts != nil && n > max(tc.k, 0) {
				t.Errorf("%d customer series, more than K", n)
			}
			var ratios []string
			for _, l := range lines {
				if d, ok := strings.CutPrefix(l, "mailflow_worst_domain_success_ratio{"); ok {
					ratios = append(ratios, d)
					if strings.HasPrefix(d, "good") || strings.HasPrefix(d, "elsewhere") {
						t.Errorf("reported %s", l)
					}
				}
			}
			// The registry sorts by label value; check the worst are in.
			for _, d := range tc.wantWorst {
				if !slices.ContainsFunc(ratios, func(r string) bool { return strings.HasPrefix(r, d+"}") }) {
					t.Errorf("worst domain %s missing from %v", d, ratios)
				}
			}
			for _, want := range tc.wantLines {
				if !slices.Contains(lines, want) {
					t.Errorf("missing %q in\n%s", want, strings.Join(lines, "\n"))
				}
			}
		})
	}

	t.Run("recovered domains leave", func(t *testing.T) {
		w := NewWorstDomains(st, owned, 3, WithCacheFor(0))
		before := gather(t, w)
		if !slices.Contains(before, "mailflow_worst_domain_success_ratio{bad024.example} 0.1") {
			t.Fatalf("bad024 not reported first: %v", before)
		}
		putDomain(t, st, 0, "bad024.example", schemas.StatusGood, 0, 30) // 24 % 3
		after := gather(t, w)
		if slices.ContainsFunc(after, func(l string) bool { return strings.Contains(l, "bad024") }) {
			t.Errorf("recovered domain still reported: %v", after)
		}
		if n := countPrefix(after, "mailflow_worst_domain_success_ratio{"); n != 3 {
			t.Errorf("%d series after the recovery, want 3", n)
		}
	})
}
