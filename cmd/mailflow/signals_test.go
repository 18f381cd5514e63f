//go:build unix

package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// TestSecondSignalStops: the first SIGTERM cancels the context (a graceful
// shutdown begins); a second one ends a process whose shutdown hangs, at
// once, by the signal's default action (review S26A-5: a dev instance
// whose data directory was removed could only be killed with SIGKILL).
func TestSecondSignalStops(t *testing.T) {
	if os.Getenv("MAILFLOW_TEST_SIGNAL_CHILD") == "1" {
		ctx, stop := shutdownSignals()
		defer stop()
		fmt.Println("ready")
		<-ctx.Done()
		fmt.Println("shutting down")
		select {} // a shutdown that never ends
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondSignalStops$")
	cmd.Env = append(os.Environ(), "MAILFLOW_TEST_SIGNAL_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 4)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	expect := func(want string) {
		t.Helper()
		select {
		case l := <-lines:
			if l != want {
				t.Fatalf("child printed %q, want %q", l, want)
			}
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("child did not print %q", want)
		}
	}
	expect("ready")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	expect("shutting down")
	// The goroutine that restores the default runs right after the
	// cancellation; give it a moment.
	time.Sleep(200 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("child ended with %v, want the signal", err)
		}
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
			t.Errorf("child ended with %v, want killed by SIGTERM", err)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the second SIGTERM did not end the child")
	}
}
