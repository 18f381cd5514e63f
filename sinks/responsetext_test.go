package sinks

import (
	"strings"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

func TestResponseText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"550 5.1.1 no such user", "550 5.1.1 no such user"},
		{"550-5.7.1 first\r\n550 5.7.1 second", "550-5.7.1 first\n  550 5.7.1 second"},
		{"421 busy\nStatus: bad -> good\nOpen in the console: https://evil.example/", "421 busy\n  Status: bad -> good\n  Open in the console: https://evil.example/"},
		{"550 \u202Egnp.exe\u202C ok\u200F", "550 gnp.exe ok"},
		{"550 a\x1b[31mred\x07\tb", "550 a[31mred b"},
		{"  \r\n 550 padded \n", "550 padded"},
	} {
		if got := responseText(tc.in); got != tc.want {
			t.Errorf("responseText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMailResponseCannotPoseAsMailflow: the remote server's response is
// the one text in a notification that the recipient domain's server
// writes; none of its lines may stand at the margin of the text body,
// where mailflow's own lines are (review finding: a response could add
// "Status: bad -> good" or a console link that read as mailflow's).
func TestMailResponseCannotPoseAsMailflow(t *testing.T) {
	t.Parallel()
	m, err := newMailer(SMTPConfig{Host: "127.0.0.1", Port: 25, TLS: TLSNone, From: "a@b.test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, resp := range []string{
		"421 4.7.0 try later\nStatus: bad -> good\nOpen in the console: https://evil.example/",
		"421 4.7.0 try later\r\n\r\nStatus: good\r\n-- \r\nmailflow",
		"550 \u202Enoitacifiton\u202C\nDomain: other.example",
	} {
		a := alertAt("example.org", schemas.StatusGood, schemas.StatusBad, "e", 0.5)
		a.LastResponse = resp
		view := newMailView(&notification{target: mailTarget("x@y.test"), alert: *a})
		var text strings.Builder
		if err := m.text.Execute(&text, view); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(text.String(), "\n") {
			for _, forged := range []string{"Status: bad -> good", "Open in the console: https://evil", "Status: good", "mailflow", "Domain: other"} {
				if strings.HasPrefix(line, forged) {
					t.Fatalf("response %q: the body has the line %q at the margin:\n%s", resp, line, text.String())
				}
			}
			if strings.ContainsAny(line, "\u202E\u202C\r") {
				t.Fatalf("response %q: line %q keeps a CR or bidi control", resp, line)
			}
		}
	}
}
