package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestLogsCommand runs `mailflow logs` against the real log handlers over
// a real store: a table by default, flags after the domain, the timeline
// with the full multi-line response and advice, and --json.
func TestLogsCommand(t *testing.T) {
	s, err := logstore.Open(t.TempDir(), func(string) int32 { return 0 })
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Now().UTC()
	var in []logstore.Attempt
	for i, resp := range []string{"250 2.0.0 OK", "550-5.1.1 No such user here\n550 5.1.1 see https://support.example/nouser", "451 4.7.1 greylisted"} {
		out := schemas.OutcomeFromCode(int(resp[0]-'0') * 100)
		in = append(in, logstore.Attempt{Event: schemas.DeliveryEvent{ID: "e" + string(rune('a'+i)), MessageID: "<q" + string(rune('a'+i)) + "@x>",
			Domain: "bad.example", Recipient: "bob@bad.example", Sender: "shop@corp.example", SMTPCode: int(resp[0]-'0') * 100,
			Response: resp, RemoteHost: "mx.bad.example", Outcome: out, QueuedAt: now.Add(-time.Minute), CompletedAt: now},
			Category: []schemas.Category{schemas.CategoryDelivered, schemas.CategoryUserUnknown, schemas.CategoryGreylisted}[i],
			Arrival:  now.Add(time.Duration(i) * time.Second), Pos: logstore.Pos{Offset: int64(i)}})
	}
	if _, err := s.Append(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(logstore.NewHandler(logstore.HTTPConfig{Store: s, CanSee: func(*http.Request, string) bool { return true }}))
	defer srv.Close()

	r := runMailflow(t, nil, "", "logs", "bad.example", "--api", srv.URL, "--outcome", "bounced")
	if r.code != 0 || !strings.Contains(r.stdout, "ARRIVED") || !strings.Contains(r.stdout, "user_unknown") || strings.Contains(r.stdout, "greylisted") {
		t.Fatalf("logs: %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	// The message id as stored, and without its angle brackets as people
	// paste it (review finding: only the stored form was found).
	for _, id := range []string{"<qb@x>", "qb@x"} {
		r = runMailflow(t, map[string]string{"MAILFLOW_API": srv.URL}, "", "logs", "--timeline", id, "bad.example")
		for _, want := range []string{"550-5.1.1 No such user here", "    550 5.1.1 see https://support.example/nouser", "advice", "user_unknown", "queued"} {
			if r.code != 0 || !strings.Contains(r.stdout, want) {
				t.Fatalf("timeline of %s lacks %q: %d\n%s\n%s", id, want, r.code, r.stdout, r.stderr)
			}
		}
	}
	// A message the store does not hold: said on stderr, exit status 1
	// (like grep), with --json too, where the empty timeline is printed.
	for _, id := range []string{"<nosuch@x>", "nosuch@x", "\x1b[2Jqz"} {
		r = runMailflow(t, map[string]string{"MAILFLOW_API": srv.URL}, "", "logs", "--timeline", id, "bad.example")
		if r.code != 1 || !strings.Contains(r.stderr, "no attempts of message") || strings.ContainsRune(r.stderr, 0x1b) {
			t.Fatalf("timeline of unknown %q: %d\n%s\n%s", id, r.code, r.stdout, r.stderr)
		}
		r = runMailflow(t, map[string]string{"MAILFLOW_API": srv.URL}, "", "logs", "--json", "--timeline", id, "bad.example")
		if r.code != 1 || !strings.HasPrefix(r.stdout, "{") || !strings.Contains(r.stdout, `"attempts":[]`) {
			t.Fatalf("json timeline of unknown %q: %d\n%s\n%s", id, r.code, r.stdout, r.stderr)
		}
	}
	r = runMailflow(t, nil, "", "logs", "--json", "bad.example", "--api="+srv.URL, "-q", "GREYLISTED")
	if r.code != 0 || !strings.HasPrefix(r.stdout, `{"domain":"bad.example"`) || !strings.Contains(r.stdout, `"index":"time"`) {
		t.Fatalf("json: %d %s %s", r.code, r.stdout, r.stderr)
	}
	r = runMailflow(t, nil, "", "logs", "bad.example", "--api", srv.URL, "--outcome", "lost")
	if r.code == 0 || !strings.Contains(r.stderr, "outcome") {
		t.Fatalf("bad outcome: %d %s", r.code, r.stderr)
	}
	if r = runMailflow(t, nil, "", "logs"); r.code == 0 {
		t.Fatal("logs without a domain succeeded")
	}
}

// TestLogsTableCells: line breaks in a recipient, remote host or message
// id (outside bytes) are shown escaped, so one attempt is one row.
func TestLogsTableCells(t *testing.T) {
	var out strings.Builder
	l := &logstore.Logs{Domain: "a.example", Attempts: []logstore.Entry{{
		Recipient: "a@a.example\r\nBcc: x@a.example", RemoteHost: "mx\n.a.example", MessageID: "id\t1",
		Outcome: "bounced", Response: "550 5.1.1 no\nsuch user",
	}}}
	printLogs(printable(&out), l)
	var rows []string
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "Bcc") || strings.HasPrefix(line, ".a.example") {
			t.Errorf("a cell's line break forged a line: %q", line)
		}
		if strings.Contains(line, "bounced") {
			rows = append(rows, line)
		}
	}
	if len(rows) != 1 {
		t.Fatalf("%d rows, want one:\n%s", len(rows), out.String())
	}
	for _, want := range []string{`a@a.example\r\nBcc: x@a.example`, `mx\n.a.example`, `id\t1`} {
		if !strings.Contains(rows[0], want) {
			t.Errorf("row %q does not show %q", rows[0], want)
		}
	}
}
