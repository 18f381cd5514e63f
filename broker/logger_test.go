package broker

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kfake"
)

// TestLoggerLevels checks what of kfake's logs reaches an operator: errors
// and warnings, but not kfake's timing notes, and no request chatter.
func TestLoggerLevels(t *testing.T) {
	for _, tc := range []struct {
		level kfake.LogLevel
		msg   string
		want  string // the slog level it is logged at, "" for none at info
	}{
		{kfake.LogLevelWarn, "txn: EndTxn slow pid=%d epoch=%d elapsed=%dms batches=%d groups=%d", ""},
		{kfake.LogLevelWarn, "group %s: member %s slow to rejoin", ""},
		{kfake.LogLevelWarn, "unable to persist %s", "WARN"},
		{kfake.LogLevelError, "txn: EndTxn slow but failed %d", "ERROR"},
		{kfake.LogLevelInfo, "request %d", ""},
		{kfake.LogLevelDebug, "fetch %d", ""},
	} {
		var buf bytes.Buffer
		l := logger{slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))}
		l.Logf(tc.level, tc.msg, 1, 2, 3, 4, 5)
		got := buf.String()
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, "level="+tc.want) {
			t.Errorf("Logf(%v, %q) logged %q, want level %q", tc.level, tc.msg, got, tc.want)
		}
	}
}
