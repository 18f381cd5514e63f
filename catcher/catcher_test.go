package catcher

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// TestCatchEmail sends a real multipart/alternative message over SMTP
// (the sink's own client library) and reads it back parsed.
func TestCatchEmail(t *testing.T) {
	c, err := Start(WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	host, port, _ := net.SplitHostPort(c.SMTPAddr())
	p, _ := strconv.Atoi(port)

	msg := gomail.NewMsg()
	if err := msg.From("mailflow <mailflow@localhost>"); err != nil {
		t.Fatal(err)
	}
	if err := msg.To("Wöodgrove IT <it@woodgrove.example>"); err != nil {
		t.Fatal(err)
	}
	msg.Subject("[mailflow] RECOVERED: woodgrove.example — back to normal")
	msg.SetMessageIDWithValue("mailflow.recovered.1@localhost")
	msg.SetGenHeader(gomail.HeaderInReplyTo, "<mailflow.bad.1@localhost>")
	msg.SetGenHeader(gomail.HeaderReferences, "<mailflow.bad.1@localhost>")
	msg.SetDate()
	text := "woodgrove.example is Good again: 24 of 25 delivered.\nSee http://127.0.0.1:8080/domains/woodgrove.example\n" + strings.Repeat("long line ", 20)
	msg.SetBodyString(gomail.TypeTextPlain, text)
	msg.AddAlternativeString(gomail.TypeTextHTML, "<p>Good again</p>")
	cl, err := gomail.NewClient(host, gomail.WithPort(p), gomail.WithTLSPolicy(gomail.NoTLS))
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.DialAndSend(msg); err != nil {
		t.Fatal(err)
	}

	got := c.Caught().List()
	if len(got) != 1 {
		t.Fatalf("caught %d messages, want 1", len(got))
	}
	m := got[0]
	if m.Kind != KindEmail || m.EnvelopeFrom != "mailflow@localhost" || len(m.EnvelopeTo) != 1 || m.EnvelopeTo[0] != "it@woodgrove.example" {
		t.Errorf("envelope %+v", m)
	}
	if m.Error != "" {
		t.Errorf("parse error: %s", m.Error)
	}
	for _, tc := range []struct{ name, got, want string }{
		{"subject", m.Subject, "[mailflow] RECOVERED: woodgrove.example — back to normal"},
		{"from", m.From, `mailflow <mailflow@localhost>`},
		{"to", strings.Join(m.To, ","), `Wöodgrove IT <it@woodgrove.example>`},
		{"message-id", m.MessageID, "<mailflow.recovered.1@localhost>"},
		{"in-reply-to", m.InReplyTo, "<mailflow.bad.1@localhost>"},
		{"references", strings.Join(m.References, " "), "<mailflow.bad.1@localhost>"},
		{"text", strings.TrimRight(m.Text, "\n"), text},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if !m.HasHTML || m.Date == nil || !strings.Contains(m.Raw, "multipart/alternative") {
		t.Errorf("html %v date %v raw:\n%s", m.HasHTML, m.Date, m.Raw)
	}
}

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestCatchWebhookAndList(t *testing.T) {
	c, err := Start(WithLimit(2), WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()

	for i, tc := range []struct {
		method, path, body string
		want               int
	}{
		{http.MethodPost, WebhookPath, `{"domain":"a.example","to":"bad"}`, http.StatusNoContent},
		{http.MethodPost, WebhookPath + "/noc", `not json`, http.StatusNoContent},
		{http.MethodGet, WebhookPath, "", http.StatusMethodNotAllowed},
		{http.MethodPost, WebhookPath, `{"domain":"c.example","note":"\u003cb\u003e"}`, http.StatusNoContent},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
		req.Header.Set("Webhook-Id", "msg_"+strconv.Itoa(i))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s %s: %d, want %d", tc.method, tc.path, resp.StatusCode, tc.want)
		}
	}
	resp, err := http.Get(srv.URL + MessagesPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list struct{ Messages []Message }
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	// The limit of 2 keeps the newest two, newest first.
	if len(list.Messages) != 2 || list.Messages[0].ID != "3" || list.Messages[1].ID != "2" {
		t.Fatalf("list %+v", list.Messages)
	}
	newest := list.Messages[0].Webhook
	if newest.Payload["domain"] != "c.example" || !strings.Contains(newest.Pretty, "\n  \"domain\"") {
		t.Errorf("newest webhook %+v", newest)
	}
	// The body is kept byte for byte, escapes and all: a developer checks
	// the signature over it (review finding: it was re-indented, 1723
	// bytes for a Content-Length of 1429).
	if want := `{"domain":"c.example","note":"\u003cb\u003e"}`; newest.Body != want {
		t.Errorf("newest webhook body %q, want the bytes sent, %q", newest.Body, want)
	}
	if list.Messages[1].Webhook.Payload != nil || list.Messages[1].Webhook.Path != WebhookPath+"/noc" {
		t.Errorf("non-JSON webhook %+v", list.Messages[1].Webhook)
	}
	var id string
	for _, h := range newest.Headers {
		if h.Name == "Webhook-Id" {
			id = h.Value
		}
	}
	if id != "msg_3" {
		t.Errorf("webhook-id header %q", id)
	}
}

func TestParseMail(t *testing.T) {
	tests := []struct {
		name, raw   string
		wantSubject string
		wantText    string
		wantErr     bool
	}{
		{"plain", "From: a@b\r\nSubject: hi\r\n\r\nbody\r\n", "hi", "body\n", false},
		{"encoded word and qp", "Subject: =?utf-8?q?caf=C3=A9?=\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9 =\r\nau lait\r\n", "café", "café au lait\n", false},
		{"base64", "Subject: b\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8g\r\nd29ybGQ=\r\n", "b", "hello world", false},
		{"no header end", "Subject x", "", "", true},
		{"bad content type", "Subject: c\r\nContent-Type: ;;\r\n\r\nx", "c", "", true},
		{"multipart without end", "Subject: d\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nfirst\r\n", "d", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseMail([]byte(tc.raw))
			if (err != nil) != tc.wantErr || (err != nil) != (m.Error != "") {
				t.Errorf("err %v (Mail.Error %q), want error %v", err, m.Error, tc.wantErr)
			}
			if m.Subject != tc.wantSubject || (tc.wantText != "" && m.Text != tc.wantText) || m.Raw != tc.raw {
				t.Errorf("subject %q text %q", m.Subject, m.Text)
			}
		})
	}
}

func FuzzParseMail(f *testing.F) {
	f.Add([]byte("From: a@b\r\nSubject: hi\r\n\r\nbody\r\n"))
	f.Add([]byte("Subject: =?utf-8?q?caf=C3=A9?=\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n--zz--\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		deadline := time.Now().Add(time.Second)
		m, err := ParseMail(raw)
		if m == nil || m.Raw != string(raw) || (err != nil) != (m.Error != "") {
			t.Fatalf("ParseMail(%q) = %+v, %v", raw, m, err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("ParseMail took over a second on %d bytes", len(raw))
		}
	})
}

// TestCloseRightAfterStart: a catcher closed at once (mailflow dev does so
// when its HTTP address is taken) stops instead of serving on forever.
func TestCloseRightAfterStart(t *testing.T) {
	for i := range 50 {
		c, err := Start(WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		addr := c.SMTPAddr()
		closed := make(chan error, 1)
		go func() { closed <- c.Close(context.Background()) }()
		select {
		case err := <-closed:
			if err != nil {
				t.Fatalf("close %d: %v", i, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("close %d right after Start did not return within 5 s", i)
		}
		if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			conn.Close()
			t.Fatalf("after close %d, %s still accepts connections", i, addr)
		}
	}
}
