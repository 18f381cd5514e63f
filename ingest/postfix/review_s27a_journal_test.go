package postfix

import (
	"encoding/json"
	"testing"
	"time"
)

// Review S27A-1: a journald entry exported by a log shipper that renames
// journald's fields (Fluent Bit's systemd input with Lowercase On, and
// with Strip_Underscores On) carries _uid/_exe/_comm (or uid/exe/comm)
// that say a local user's logger wrote it, yet it is read as a shipper
// record (shipperLine's formatKeys are matched case-sensitively) and the
// trust check never runs: the forged delivery counts.
func TestReviewS27AShipperJournalFieldsIgnored(t *testing.T) {
	for _, tc := range []struct {
		name string
		rec  map[string]any
	}{
		{"fluent-bit Lowercase On", map[string]any{
			"date": 1707922044.705153, "_transport": "syslog", "_uid": "1000", "_gid": "1000",
			"_comm": "logger", "_exe": "/usr/bin/logger", "_pid": "4242", "_hostname": "mailer",
			"syslog_identifier": "postfix/smtp", "message": deliveryMsg,
		}},
		{"fluent-bit Lowercase On, Strip_Underscores On", map[string]any{
			"date": 1707922044.705153, "transport": "syslog", "uid": "1000", "comm": "logger",
			"exe": "/usr/bin/logger", "pid": "4242", "hostname": "mailer",
			"syslog_identifier": "postfix/smtp", "message": deliveryMsg,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := json.Marshal(tc.rec)
			p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107))
			if res := p.Parse(string(b)); res.Kind == KindDelivery {
				t.Fatalf("a journald record whose own fields say uid 1000's /usr/bin/logger wrote it was read as a delivery: %+v", res.Deliveries[0])
			}
		})
	}
}
