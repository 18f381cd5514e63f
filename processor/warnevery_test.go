package processor

import (
	"log/slog"
	"testing"
	"time"
)

func TestWarnLimiter(t *testing.T) {
	t.Parallel()
	var w warnLimiter
	if l := w.level(); l != slog.LevelWarn {
		t.Fatalf("first: %v, want warn", l)
	}
	if l := w.level(); l != slog.LevelDebug {
		t.Fatalf("again at once: %v, want debug", l)
	}
	w.last = w.last.Add(-warnEvery - time.Second)
	if l := w.level(); l != slog.LevelWarn {
		t.Fatalf("after warnEvery: %v, want warn", l)
	}
}
