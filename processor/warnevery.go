package processor

import (
	"log/slog"
	"time"
)

// warnEvery is how often a condition that recurs with every transaction
// (a replay of old records, a producer's clock ahead) is logged at warn
// level; in between it goes to debug, and its counter has every case.
const warnEvery = time.Minute

// warnLimiter picks the level of a recurring condition's log line: warn
// at most once per warnEvery, debug otherwise. Its zero value warns at
// once. It is not safe for concurrent use; its owner's goroutine logs.
type warnLimiter struct{ last time.Time }

// level returns slog.LevelWarn when warnEvery has passed since the last
// warning (and counts this one as it), else slog.LevelDebug.
func (w *warnLimiter) level() slog.Level {
	if now := time.Now(); now.Sub(w.last) >= warnEvery {
		w.last = now
		return slog.LevelWarn
	}
	return slog.LevelDebug
}
