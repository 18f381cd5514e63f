//go:build unix

package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDataFilesArePrivate runs `mailflow dev --demo` as its own process,
// as an operator would, and checks that nothing it writes under the data
// dir (state store, embedded broker logs holding the config topic, sink
// store, instance identity) is readable or writable by group or others
// (issue 10, finding 8). The child starts with the common umask 022, so
// without restrictFileModes the test fails.
func TestDataFilesArePrivate(t *testing.T) {
	if testing.Short() {
		t.Skip("starts mailflow dev")
	}
	dir := filepath.Join(t.TempDir(), "data")
	old := syscall.Umask(0o022)
	cmd := exec.Command(os.Args[0], "-test.run=^TestMailflowMainProcess$")
	cmd.Env = append(os.Environ(), "MAILFLOW_TEST_MAIN_ARGS="+strings.Join([]string{
		"dev", "--demo", "--data-dir", dir, "--kafka", "127.0.0.1:0", "--http", "127.0.0.1:0", "--log-level", "warn",
	}, "\n"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Start()
	syscall.Umask(old)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-done
		}
	}()

	// Wait until the state store, the broker and the sink have written
	// something, and the demo has had a moment to produce traffic.
	deadline := time.Now().Add(60 * time.Second)
	for !(hasFiles(filepath.Join(dir, "state")) && hasFiles(filepath.Join(dir, "kafka")) && hasFiles(filepath.Join(dir, "sink"))) {
		if time.Now().After(deadline) {
			t.Fatalf("mailflow dev wrote no state, broker and sink files in 60s; output:\n%s", out.String())
		}
		select {
		case err := <-done:
			t.Fatalf("mailflow dev exited early: %v\n%s", err, out.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	time.Sleep(3 * time.Second)
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Errorf("mailflow dev did not stop within 30s of SIGTERM")
	}

	var n int
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		n++
		if perm := info.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s is %v: group or others can reach it", "data-dir"+strings.TrimPrefix(path, dir), info.Mode())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Fatalf("only %d entries under the data dir", n)
	}
}

func hasFiles(dir string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// TestMailflowMainProcess is not a test: TestDataFilesArePrivate runs the
// test binary with it to get a real mailflow process, through main().
func TestMailflowMainProcess(t *testing.T) {
	args := os.Getenv("MAILFLOW_TEST_MAIN_ARGS")
	if args == "" {
		t.Skip("run by TestDataFilesArePrivate")
	}
	os.Args = append([]string{"mailflow"}, strings.Split(args, "\n")...)
	main()
}
