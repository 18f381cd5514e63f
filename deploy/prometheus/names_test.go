package prometheus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var (
	// ruleMetricRe finds mailflow's metric names in rules.yml.
	ruleMetricRe = regexp.MustCompile(`\bmailflow_[a-z_]+\b`)
	// goMetricRe finds metric names in Go string literals.
	goMetricRe = regexp.MustCompile(`"(mailflow_[a-z_]+)"`)
)

// TestRulesUseExportedMetrics checks that every metric rules.yml and
// rules_test.yml read is one mailflow exports (a string literal in the Go
// sources, tests excluded), so that a renamed metric fails here rather
// than leaving a rule that never matches.
func TestRulesUseExportedMetrics(t *testing.T) {
	exported := map[string]bool{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
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
				exported[m[1]+suffix] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"rules.yml", "rules_test.yml"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, m := range ruleMetricRe.FindAllString(string(b), -1) {
			// Recording rules are named level:mailflow_…:operation.
			if seen[m] || strings.Contains(string(b), ":"+m+":") && !exported[m] {
				continue
			}
			seen[m] = true
			if !exported[m] {
				t.Errorf("%s reads %s, which mailflow does not export", f, m)
			}
		}
	}
}
