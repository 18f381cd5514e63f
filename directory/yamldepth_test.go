package directory

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseFileRefusesDeepYAML: the YAML parser's memory grows with the
// square of the nesting depth, and "a: " followed by 100,000 '[' was
// killed for want of memory (review S24A-9). Files nested deeper than
// maxYAMLDepth are refused before the parser sees them, naming the line,
// at once whatever the depth; brackets in quoted or plain scalars and in
// comments, and the shallow nesting of real files, are not counted.
func TestParseFileRefusesDeepYAML(t *testing.T) {
	flow := func(open, close string, n int) string {
		return "resellers: [{id: r}]\n# a comment\na: " + strings.Repeat(open, n) + strings.Repeat(close, n) + "\n"
	}
	compact := func(n int) string { return "resellers: [{id: r}]\n\na: " + strings.Repeat("- ", n) + "x\n" }
	indented := func(n int) string {
		var b strings.Builder
		b.WriteString("resellers: [{id: r}]\na:\n")
		for i := 1; i <= n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "b:\n")
		}
		return b.String()
	}
	type tc struct {
		name, file, problem string // problem "" means the depth passes
	}
	var cases []tc
	for _, n := range []int{100, 1000, 100000} {
		cases = append(cases,
			tc{"[ " + strconv.Itoa(n), flow("[", "]", n), "line 3: '[' and '{' nested deeper than 64 levels"},
			tc{"{a: " + strconv.Itoa(n), flow("{a: ", "}", n), "line 3: '[' and '{' nested deeper than 64 levels"},
			tc{"[ on lines " + strconv.Itoa(n), "a:\n" + strings.Repeat("[\n", n) + strings.Repeat("]\n", n), "line 66: '[' and '{' nested deeper than 64 levels"},
			tc{"- " + strconv.Itoa(n), compact(n), "line 3: block collections nested deeper than 64 levels"},
		)
		if n <= 1000 {
			cases = append(cases, tc{"indented " + strconv.Itoa(n), indented(n), "line 66: block collections nested deeper than 64 levels"})
		}
	}
	cases = append(cases,
		tc{"[ 60", flow("[", "]", 60), ""},
		tc{"brackets in a quoted scalar", "a: '" + strings.Repeat("[", 1000) + "'\nb: \"" + strings.Repeat("{", 1000) + "\\\"\"\n", ""},
		tc{"brackets in a plain scalar", "a: x" + strings.Repeat("[", 200) + "\n", ""},
		tc{"many brackets in a plain scalar", "a: x" + strings.Repeat("[", 1000) + "\n", "line 1: '[' and '{' nested deeper than 256 levels"},
		// review S24B-1: a node's anchor or tag, or a document marker,
		// before the brackets
		tc{"anchor", "a: &x " + strings.Repeat("[", 40000) + "\n", "line 1: '[' and '{' nested deeper than 64 levels"},
		tc{"tag", "a: " + strings.Repeat("!t [", 40000) + "\n", "line 1: '[' and '{' nested deeper than 64 levels"},
		tc{"document marker", "--- " + strings.Repeat("[", 20000) + "\n", "line 1: '[' and '{' nested deeper than 64 levels"},
		tc{"second document", "a: 1\n--- " + strings.Repeat("{a: ", 20000) + "\n", "line 2: '[' and '{' nested deeper than 64 levels"},
		tc{"anchor and tag", "a: &x !!seq " + strings.Repeat("[", 1000) + "\n", "line 1: '[' and '{' nested deeper than 64 levels"},
		tc{"an alias before brackets", "a: *x" + strings.Repeat("[", 300) + "\n", "line 1: '[' and '{' nested deeper than 256 levels"},
		tc{"brackets in a comment", "# " + strings.Repeat("[", 1000) + "\na: 1 # " + strings.Repeat("{", 1000) + "\n", ""},
		tc{"an IPv6 webhook", "a: https://[2001:db8::1]:8443/in\n", ""},
		tc{"an apostrophe in a plain scalar", "a: O'Brien\nb: " + strings.Repeat("[", 100) + "\n", "line 2: '[' and '{' nested deeper"},
	)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			began := time.Now()
			err := checkYAMLDepth([]byte(c.file))
			if took := time.Since(began); took > time.Second {
				t.Errorf("took %v", took)
			}
			if (err == nil) != (c.problem == "") || err != nil && !strings.Contains(err.Error(), c.problem) {
				t.Fatalf("checkYAMLDepth = %v, want %q", err, c.problem)
			}
			if c.problem == "" {
				return
			}
			// ParseFile refuses the file the same way, and quickly.
			_, err = ParseFile([]byte(c.file))
			if err == nil || !strings.Contains(err.Error(), "not valid YAML: "+c.problem) {
				t.Fatalf("ParseFile = %v", err)
			}
			if took := time.Since(began); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}
