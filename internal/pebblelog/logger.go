// Package pebblelog sends Pebble's own messages to log/slog: its
// information at debug, its errors at error, at most errorBurst of them
// within errorWindow, so that a background error Pebble retries in a loop
// (a data directory removed under a running store, a full or failing disk:
// every flush fails at once and is tried again) neither floods the log nor
// fills the disk that already failed (review S26A-5: 3 GB of one line in
// ten minutes).
package pebblelog

import (
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Errors beyond errorBurst within errorWindow are counted, not logged; the
// next error logged after the window says how many were left out.
const (
	errorBurst  = 10
	errorWindow = 10 * time.Second
)

// Logger implements Pebble's Logger (pebble.Options.Logger). It is safe
// for concurrent use: Pebble logs from its background goroutines.
type Logger struct {
	log    *slog.Logger
	prefix string
	now    func() time.Time

	mu         sync.Mutex
	windowFrom time.Time
	inWindow   int
	left       int
}

// New returns a Logger writing to log, each message after prefix (such as
// "pebble: ", or "" when log's attributes already name the component).
func New(log *slog.Logger, prefix string) *Logger {
	return &Logger{log: log, prefix: prefix, now: time.Now}
}

// Infof logs Pebble's information (flushes, compactions, table sizes) at
// debug level.
func (l *Logger) Infof(format string, args ...any) {
	l.log.Debug(l.prefix + fmt.Sprintf(format, args...))
}

// Errorf logs Pebble's errors at error level, errorBurst at most within
// errorWindow.
func (l *Logger) Errorf(format string, args ...any) {
	l.mu.Lock()
	now := l.now()
	left := 0
	if now.Sub(l.windowFrom) >= errorWindow {
		left = l.left
		l.windowFrom, l.inWindow, l.left = now, 0, 0
	}
	l.inWindow++
	if l.inWindow > errorBurst {
		l.left++
		l.mu.Unlock()
		return
	}
	l.mu.Unlock()
	if left > 0 {
		l.log.Error(l.prefix+fmt.Sprintf(format, args...), "errors_not_logged", left, "within", errorWindow)
		return
	}
	l.log.Error(l.prefix + fmt.Sprintf(format, args...))
}

// Fatalf is called by Pebble on unrecoverable corruption, after which it
// must not continue; Pebble's default logger exits the process, this one
// logs and panics so that the callers' deferred cleanups still run.
func (l *Logger) Fatalf(format string, args ...any) {
	msg := l.prefix + fmt.Sprintf(format, args...)
	l.log.Error(msg)
	panic(msg)
}
