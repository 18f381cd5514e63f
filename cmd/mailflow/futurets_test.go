package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
)

// TestCheckFutureTimestamps: the deliveries topic is warned about when it
// takes producer-stamped records far ahead of the broker's clock (review
// finding: one record stamped 2027 froze a domain's live log and silence
// detection), and only then.
func TestCheckFutureTimestamps(t *testing.T) {
	for _, tc := range []struct {
		name    string
		configs map[string]string
		warn    string
	}{
		{"Kafka 3.6-3.9 default: no limit", map[string]string{"message.timestamp.type": "CreateTime", "message.timestamp.after.max.ms": "9223372036854775807"}, "accepts_ahead=\"without limit\""},
		{"a day ahead", map[string]string{"message.timestamp.type": "CreateTime", "message.timestamp.after.max.ms": "86400000"}, "accepts_ahead=24h0m0s"},
		{"Kafka 4 default", map[string]string{"message.timestamp.type": "CreateTime", "message.timestamp.after.max.ms": "3600000"}, ""},
		{"tighter", map[string]string{"message.timestamp.type": "CreateTime", "message.timestamp.after.max.ms": "60000"}, ""},
		{"broker's clock", map[string]string{"message.timestamp.type": "LogAppendTime", "message.timestamp.after.max.ms": "9223372036854775807"}, ""},
		{"not reported (embedded broker, Kafka before 3.6)", map[string]string{"message.timestamp.type": "CreateTime"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rc kadm.ResourceConfig
			rc.Name = "mailflow.deliveries"
			for k, v := range tc.configs {
				rc.Configs = append(rc.Configs, kadm.Config{Key: k, Value: &v})
			}
			var buf bytes.Buffer
			checkFutureTimestamps(rc, slog.New(slog.NewTextHandler(&buf, nil)))
			switch {
			case tc.warn == "" && buf.Len() > 0:
				t.Errorf("warned: %s", buf.String())
			case tc.warn != "" && (!strings.Contains(buf.String(), tc.warn) || !strings.Contains(buf.String(), "message.timestamp.after.max.ms to 3600000")):
				t.Errorf("log %q, want a warning with %q", buf.String(), tc.warn)
			}
		})
	}
}
