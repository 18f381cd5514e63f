// Package grafana holds mailflow's Grafana dashboard and its provisioning
// files; its test lints the dashboard.
package grafana

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"
)

// The lint applies the rules of Grafana's dashboard linter
// (github.com/grafana/dashboard-linter, not on the module proxy this
// project builds from) that fit a Prometheus dashboard:
//
//   - template-datasource-rule: a "datasource" variable of type datasource
//     for Prometheus, and panel-datasource-rule / target-datasource: every
//     panel and target uses it;
//   - template-job-rule and target-job-rule: a "job" variable, and every
//     selector filters on job=~"$job";
//   - target-promql-rule: every expression parses, checked by Prometheus's
//     own parser (promtool check rules on the expressions as recording
//     rules);
//   - target-rate-interval-rule: rate/irate/increase use $__rate_interval;
//   - panel-title-description-rule and panel-units-rule: every panel has a
//     title, a description and a unit;
//
// and adds checks of its own: unique panel ids, panels that do not
// overlap, and every metric the dashboard reads is one mailflow exports
// (a string literal in the Go sources) or records (deploy/prometheus/
// rules.yml), so that a renamed metric breaks CI instead of a panel.

type dashboard struct {
	UID        string `json:"uid"`
	Title      string `json:"title"`
	Editable   bool   `json:"editable"`
	Templating struct {
		List []struct {
			Name  string `json:"name"`
			Type  string `json:"type"`
			Query any    `json:"query"`
		} `json:"list"`
	} `json:"templating"`
	Panels []panel `json:"panels"`
}

type datasource struct {
	Type string `json:"type"`
	UID  string `json:"uid"`
}

type panel struct {
	ID          int         `json:"id"`
	Type        string      `json:"type"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Datasource  *datasource `json:"datasource"`
	GridPos     struct {
		X, Y, W, H int
	} `json:"gridPos"`
	FieldConfig struct {
		Defaults struct {
			Unit string `json:"unit"`
		} `json:"defaults"`
	} `json:"fieldConfig"`
	Targets []struct {
		RefID      string      `json:"refId"`
		Expr       string      `json:"expr"`
		Datasource *datasource `json:"datasource"`
	} `json:"targets"`
}

// toolPath returns the path of a Debian-packaged tool; the test skips
// without it on a developer's machine and fails without it in CI.
func toolPath(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (apt-get install %s); CI must run this test", name, pkg)
		}
		t.Skipf("%s is not installed (apt-get install %s); skipping", name, pkg)
	}
	return p
}

var (
	// selectorRe finds a metric selector: a name and its matchers.
	selectorRe = regexp.MustCompile(`([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\}`)
	// rangeRe finds the range of a rate-like function's argument.
	rateRe = regexp.MustCompile(`\b(rate|irate|increase)\((?:[^()\[]|\([^()]*\))*\[([^\]]+)\]`)
	// metricNameRe finds mailflow's metric names and recording rules.
	metricNameRe = regexp.MustCompile(`\b(mailflow_[a-z_]+|[a-z_]+:mailflow_[a-z_:0-9]+)\b`)
	// goMetricRe finds metric names in Go string literals.
	goMetricRe = regexp.MustCompile(`"(mailflow_[a-z_]+)"`)
	// recordRe finds recording rule names.
	recordRe = regexp.MustCompile(`(?m)^\s*- record: (\S+)`)
)

// exportedMetrics returns the metric names in the Go sources of the
// module's packages (tests excluded), with the series names of histograms.
func exportedMetrics(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range goMetricRe.FindAllStringSubmatch(string(b), -1) {
			for _, suffix := range []string{"", "_bucket", "_sum", "_count"} {
				names[m[1]+suffix] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestDashboardLint(t *testing.T) {
	promtool := toolPath(t, "promtool", "prometheus")
	raw, err := os.ReadFile(filepath.Join("dashboards", "mailflow.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d dashboard
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("dashboard JSON: %v", err)
	}
	if d.UID == "" || d.Title == "" {
		t.Error("dashboard without uid or title")
	}
	if d.Editable {
		t.Error("a provisioned dashboard should not be editable (changes would be lost)")
	}
	var vars []string
	for _, v := range d.Templating.List {
		vars = append(vars, v.Name+":"+v.Type)
		if v.Type == "datasource" && v.Query != "prometheus" {
			t.Errorf("datasource variable %s queries %v, want prometheus", v.Name, v.Query)
		}
	}
	for _, want := range []string{"datasource:datasource", "job:query"} {
		if !slices.Contains(vars, want) {
			t.Errorf("no template variable %s (have %v)", want, vars)
		}
	}

	rulesYAML, err := os.ReadFile(filepath.Join("..", "prometheus", "rules.yml"))
	if err != nil {
		t.Fatal(err)
	}
	known := exportedMetrics(t)
	for _, m := range recordRe.FindAllStringSubmatch(string(rulesYAML), -1) {
		known[m[1]] = true
	}

	ids := map[int]bool{}
	type cell struct{ x, y int }
	used := map[cell]int{}
	var rules strings.Builder
	rules.WriteString("groups:\n  - name: dashboard\n    rules:\n")
	for _, p := range d.Panels {
		if ids[p.ID] {
			t.Errorf("panel id %d used twice", p.ID)
		}
		ids[p.ID] = true
		for x := p.GridPos.X; x < p.GridPos.X+p.GridPos.W; x++ {
			for y := p.GridPos.Y; y < p.GridPos.Y+p.GridPos.H; y++ {
				if other, ok := used[cell{x, y}]; ok {
					t.Errorf("panel %d overlaps panel %d at %d,%d", p.ID, other, x, y)
				}
				used[cell{x, y}] = p.ID
			}
		}
		if p.GridPos.X+p.GridPos.W > 24 {
			t.Errorf("panel %d is wider than the 24-column grid", p.ID)
		}
		if p.Type == "row" {
			continue
		}
		name := fmt.Sprintf("panel %d %q", p.ID, p.Title)
		if p.Title == "" || p.Description == "" {
			t.Errorf("%s: a panel needs a title and a description", name)
		}
		if p.FieldConfig.Defaults.Unit == "" {
			t.Errorf("%s: no unit", name)
		}
		if p.Datasource == nil || p.Datasource.UID != "${datasource}" {
			t.Errorf("%s: datasource %+v, want the ${datasource} variable", name, p.Datasource)
		}
		if len(p.Targets) == 0 {
			t.Errorf("%s: no query", name)
		}
		for _, tg := range p.Targets {
			where := name + " query " + tg.RefID
			if tg.Datasource == nil || tg.Datasource.UID != "${datasource}" {
				t.Errorf("%s: datasource %+v, want the ${datasource} variable", where, tg.Datasource)
			}
			sels := selectorRe.FindAllStringSubmatch(tg.Expr, -1)
			if len(sels) == 0 {
				t.Errorf("%s: no selector in %q", where, tg.Expr)
			}
			for _, s := range sels {
				if !strings.Contains(s[2], `job=~"$job"`) {
					t.Errorf("%s: selector %s does not filter on job=~\"$job\"", where, s[0])
				}
			}
			for _, r := range rateRe.FindAllStringSubmatch(tg.Expr, -1) {
				if r[2] != "$__rate_interval" {
					t.Errorf("%s: %s over [%s], want [$__rate_interval]", where, r[1], r[2])
				}
			}
			for _, m := range metricNameRe.FindAllString(tg.Expr, -1) {
				if !known[m] {
					t.Errorf("%s: metric %s is neither exported by mailflow nor recorded in rules.yml", where, m)
				}
			}
			expr := strings.NewReplacer("$__rate_interval", "1m", "$job", "mailflow.*").Replace(tg.Expr)
			fmt.Fprintf(&rules, "      - record: dashboard:panel_%d_%s\n        expr: %q\n", p.ID, tg.RefID, expr)
		}
	}

	// Prometheus's own parser on every expression.
	f := filepath.Join(t.TempDir(), "dashboard_rules.yml")
	if err := os.WriteFile(f, []byte(rules.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(promtool, "check", "rules", f).CombinedOutput()
	if err != nil {
		t.Errorf("promtool check rules on the dashboard's expressions: %v\n%s", err, out)
	}
}
