package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mailflow/mailflow/diagnose"
)

// trainingSets are the labelled sets in testdata/ the model learns from.
// A fresh batch joins only after it has been scored once blind.
var trainingSets = []string{
	"tune.jsonl", "eval.jsonl", "blind.jsonl",
	"blind_o.jsonl", "blind_p.jsonl", "blind_q.jsonl", "blind_r.jsonl",
	"blind_s.jsonl", "blind_t.jsonl", "blind_u.jsonl", "blind_v.jsonl",
	"blind_w.jsonl", "blind_x.jsonl", "blind_y.jsonl", "blind_z.jsonl", // each scored once blind (testdata/README.md), then tuned on
	"kinds.jsonl", // the kinds tests' phrasings: the project's conventions, written for the rules
}

// kindsSet is the kinds tests' phrasings (see validate's caller).
const kindsSet = "kinds.jsonl"

// rulesBlindFile holds, per case of the blind-scored batches, the rules'
// category at the commit the batch was scored with (see testdata/README.md).
const rulesBlindFile = "rules_blind.jsonl"

func load(dir, corpus string) (*dataset, error) {
	rules := diagnose.New(diagnose.RulesOnly())
	blind, err := readBlindRules(filepath.Join(dir, "testdata", rulesBlindFile))
	if err != nil {
		return nil, err
	}
	d := &dataset{}
	groups := map[string]bool{}
	files := []string{}
	for _, s := range trainingSets {
		files = append(files, filepath.Join(dir, "testdata", s))
	}
	files = append(files, corpus)
	for _, f := range files {
		cases, err := readSet(f)
		if err != nil {
			return nil, err
		}
		for _, l := range cases {
			in := inputOf(l)
			s := &sample{l: l, set: filepath.Base(f), group: sourceGroup(l.Source), f: rules.Features(in),
				blindRule: blind[l.ID], class: classIndex(l.Category)}
			if s.blindRule != "" {
				d.blindN++
			}
			groups[s.group] = true
			d.samples = append(d.samples, s)
		}
	}
	for g := range groups {
		d.groups = append(d.groups, g)
	}
	sort.Strings(d.groups)
	return d, nil
}

// inputOf is the classifier's input for a labelled reply: its response,
// and its codes where the set gives them.
func inputOf(l diagnose.Labelled) diagnose.Input {
	in := diagnose.Input{Response: l.Response}
	if l.Code != nil {
		in.Code = *l.Code
	}
	if l.Enhanced != nil {
		in.Enhanced = *l.Enhanced
	}
	return in
}

func readSet(path string) ([]diagnose.Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open set: %w", err)
	}
	defer f.Close()
	cases, err := diagnose.ReadLabelled(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cases, nil
}

func readBlindRules(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open blind rule answers: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var r struct {
			ID       string `json:"id"`
			Category string `json:"category"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		if classIndex(r.Category) < 0 {
			return nil, fmt.Errorf("%s line %d: unknown category %q", path, n, r.Category)
		}
		out[r.ID] = r.Category
	}
	return out, sc.Err()
}

// sourceGroup reduces a case's source to what validation holds out
// together: a GitHub repository ("github.com/owner/repo" or
// "owner/repo:path"), a web host ("support.google.com"), or the
// description up to its first parenthesis. Pages of one host and files of
// one repository share their wording, so they are one source.
func sourceGroup(src string) string {
	t := strings.ToLower(strings.TrimSpace(src))
	t = strings.TrimPrefix(strings.TrimPrefix(t, "https://"), "http://")
	t = strings.TrimPrefix(t, "www.")
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimRight(first, ",;")
	if strings.HasPrefix(first, "github.com/") {
		seg := strings.Split(first, "/")
		return strings.Join(seg[:min(3, len(seg))], "/")
	}
	if strings.Contains(first, "/") || hostLike(first) {
		head, _, _ := strings.Cut(first, ":")
		seg := strings.Split(head, "/")
		if strings.Contains(seg[0], ".") {
			return seg[0]
		}
		return strings.Join(seg[:min(2, len(seg))], "/")
	}
	head, _, _ := strings.Cut(t, "(")
	head = strings.TrimSpace(head)
	if len(head) > 80 {
		head = head[:80]
	}
	return head
}

func hostLike(s string) bool {
	if !strings.Contains(s, ".") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
			return false
		}
	}
	return true
}
