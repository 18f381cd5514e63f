package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCopyMatchesShared checks that the repository's copy of the corpus is
// byte for byte the shared one, where the shared one is present (the
// project's layout, ../shared/corpus): a change there must be copied here
// (cp ../shared/corpus/* internal/corpus/testdata/) and the model
// retrained (go generate ./diagnose).
func TestCopyMatchesShared(t *testing.T) {
	shared := Shared()
	if shared == "" {
		t.Skip("no ../shared/corpus beside this clone: nothing to compare the copy with")
	}
	for _, name := range Files {
		want, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(Copy(), name))
		if err != nil {
			t.Fatalf("the repository's copy lacks %s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("internal/corpus/testdata/%s differs from %s: copy it (cp %s internal/corpus/testdata/) and run go generate ./diagnose", name, filepath.Join(shared, name), filepath.Join(shared, name))
		}
	}
}

// TestDirFindsTheCorpus: whatever the checkout, Dir names a directory
// holding every file of the corpus, and MAILFLOW_CORPUS_DIR overrides it.
func TestDirFindsTheCorpus(t *testing.T) {
	d := Dir()
	if d == "" {
		t.Fatal("no corpus found: neither ../shared/corpus nor the repository's copy")
	}
	for _, name := range Files {
		if _, err := os.Stat(filepath.Join(d, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	t.Setenv("MAILFLOW_CORPUS_DIR", "/elsewhere")
	if got := Dir(); got != "/elsewhere" {
		t.Errorf("with MAILFLOW_CORPUS_DIR set, Dir() = %q", got)
	}
}
