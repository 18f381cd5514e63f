package pebblelog

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// TestErrorsBounded: a background error repeated in a loop is logged
// errorBurst times a window, and the first error logged after it says how
// many were left out; information goes to debug; Fatalf panics.
func TestErrorsBounded(t *testing.T) {
	var buf bytes.Buffer
	l := New(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), "pebble: ")
	now := time.Date(2026, 12, 3, 17, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return now }
	for range 1000 {
		l.Errorf("background error: creating object %d: no such file or directory", 42)
	}
	if n := strings.Count(buf.String(), "level=ERROR"); n != errorBurst {
		t.Fatalf("%d errors logged of 1000 within the window, want %d", n, errorBurst)
	}
	buf.Reset()
	now = now.Add(errorWindow)
	l.Errorf("background error: again")
	if got := buf.String(); !strings.Contains(got, "errors_not_logged=990") || !strings.Contains(got, `msg="pebble: background error: again"`) {
		t.Errorf("after the window: %q, want the error with errors_not_logged=990", got)
	}
	buf.Reset()
	l.Infof("flushed %d tables", 3)
	if got := buf.String(); !strings.Contains(got, "level=DEBUG") || !strings.Contains(got, "flushed 3 tables") {
		t.Errorf("Infof wrote %q, want a debug line", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("Fatalf returned")
		}
	}()
	l.Fatalf("corrupt %s", "table")
}
