package main

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// misspeltVariables finds MAILFLOW_ variables in the environment that are
// not a variable of this command but are plainly a misspelling of one whose
// flag was not set otherwise: the same letters but for underscores
// (MAILFLOW_APITOKEN), a plural's S added or dropped (MAILFLOW_BROKER), a
// doubled letter written once or a letter doubled (MAILFLOW_FOLOW), or,
// in a name of at least eight letters, one letter added, dropped, changed
// or two swapped. Such a variable would be
// ignored in silence, and a misspelt MAILFLOW_API_TOKEN leaves the API
// open; so it is a usage error, naming the variable meant. A variable that
// is like no variable of this command is left alone: it may be another
// command's (a shared environment file), or another program's.
func (fs *flagSet) misspeltVariables(given map[string]bool) []error {
	if fs.env.environ == nil {
		return nil
	}
	twins := map[string]string{} // variable → flag
	fs.VisitAll(func(f *flag.Flag) { twins[envName(f.Name)] = f.Name })
	var errs []error
	for _, kv := range fs.env.environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "MAILFLOW_") || strings.HasPrefix(name, "MAILFLOW_TEST_") {
			continue
		}
		if _, ok := twins[name]; ok {
			continue
		}
		for _, twin := range slices.Sorted(maps.Keys(twins)) {
			flagName := twins[twin]
			if given[flagName] || fs.env.getenv(twin) != "" {
				continue
			}
			if likeVariable(name, twin) {
				errs = append(errs, fmt.Errorf("%s is not a variable of mailflow %s, and is ignored: did you mean %s (--%s)?", name, fs.name, twin, flagName))
				break
			}
		}
	}
	return errs
}

// likeVariable reports whether a looks like a misspelling of b.
func likeVariable(a, b string) bool {
	ua, ub := strings.ReplaceAll(a, "_", ""), strings.ReplaceAll(b, "_", "")
	if ua == ub || ua+"S" == ub || ua == ub+"S" || doubledLetter(ua, ub) || doubledLetter(ub, ua) {
		return true
	}
	const minLen = len("MAILFLOW_") + 8
	return len(a) >= minLen && len(b) >= minLen && editDistanceOne(a, b)
}

// doubledLetter reports whether long is short with one of its letters
// written twice (FOLLOW and FOLOW).
func doubledLetter(long, short string) bool {
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return i > 0 && long[i] == long[i-1] && long[i+1:] == short[i:]
}

// editDistanceOne reports whether a becomes b by one insertion, deletion,
// substitution, or swap of two neighbouring letters.
func editDistanceOne(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
