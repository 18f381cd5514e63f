// Package corpus locates the project's shared corpus of labelled SMTP
// responses (smtp_responses.jsonl) and Postfix log lines
// (postfix_lines.jsonl) for the tests and the model trainer that read it.
//
// The corpus lives beside the repository, in ../shared/corpus from the
// project root, and the repository carries a byte-for-byte copy in this
// package's testdata directory, so that a clone checked out anywhere (a
// CI runner's workspace has no ../shared) still runs every test that
// reads it instead of skipping them; TestCopyMatchesShared keeps the copy
// equal to the original wherever the original is present.
package corpus

import (
	"os"
	"path/filepath"
	"runtime"
)

// Files are the corpus's files, as Dir holds them.
var Files = []string{"smtp_responses.jsonl", "postfix_lines.jsonl", "README.md"}

// Dir returns the directory of the corpus: $MAILFLOW_CORPUS_DIR when set,
// else ../shared/corpus beside the repository when it holds the corpus,
// else the repository's copy (internal/corpus/testdata). It returns ""
// when none can be found (a binary built with -trimpath, away from its
// source).
func Dir() string {
	if d := os.Getenv("MAILFLOW_CORPUS_DIR"); d != "" {
		return d
	}
	if d := Shared(); d != "" {
		return d
	}
	return Copy()
}

// Shared returns ../shared/corpus beside the repository when it holds
// the corpus, else "".
func Shared() string {
	here := sourceDir()
	if here == "" {
		return ""
	}
	d := filepath.Join(here, "..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(d, Files[0])); err != nil {
		return ""
	}
	return filepath.Clean(d)
}

// Copy returns the repository's copy of the corpus, or "" when the
// source tree is not where this package was compiled from.
func Copy() string {
	here := sourceDir()
	if here == "" {
		return ""
	}
	d := filepath.Join(here, "testdata")
	if _, err := os.Stat(filepath.Join(d, Files[0])); err != nil {
		return ""
	}
	return d
}

// sourceDir is the directory of this file in the source tree the package
// was compiled from.
func sourceDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return ""
	}
	return filepath.Dir(file)
}
