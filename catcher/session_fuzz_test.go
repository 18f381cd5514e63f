package catcher

import (
	"bufio"
	"bytes"
	"io"
	"log/slog"
	"net"
	"regexp"
	"testing"
	"time"
)

// smtpReply is one line of an SMTP reply (RFC 5321 4.2): a code, a
// separator (a hyphen on every line but the last) and text.
var smtpReply = regexp.MustCompile(`^[2-5][0-9][0-9]([ -].*)?\r\n$`)

// FuzzSMTPSession: whatever a client sends on one connection to the
// catcher's SMTP server (mailflow dev's catcher, as Start configures it:
// the real go-smtp server and this package's session), the server answers
// with a 220 greeting and well-formed reply lines, and closes the
// connection when the client is done: no panic, no hang. What it keeps
// is what the client sent: at most one message per DATA or BDAT command,
// each within MaxMessageBytes, with one to 100 recipients, every envelope
// address found in the client's bytes (a quoted local part comes out
// unquoted), and a raw message that is part of
// them once the DATA dot-stuffing is undone.
func FuzzSMTPSession(f *testing.F) {
	for _, s := range []string{
		"EHLO sink.example\r\nMAIL FROM:<alerts@mailflow.example>\r\nRCPT TO:<ops@example.org>\r\nDATA\r\nFrom: alerts@mailflow.example\r\nSubject: hi\r\n\r\nbody\r\n..dot\r\n.\r\nQUIT\r\n",
		"HELO x\r\nMAIL FROM:<>\r\nRCPT TO:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\n\r\nx\r\n.\r\nRSET\r\nMAIL FROM:<a@b> SIZE=10 BODY=8BITMIME\r\nRCPT TO:<\"quoted local\"@b>\r\nDATA\r\n\r\n.\r\n",
		"EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nBDAT 5 LAST\r\nhello",
		"EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nBDAT 3\r\nabcBDAT 0 LAST\r\n",
		"EHLO x\r\nMAIL FROM:<a@b>\r\nDATA\r\n",
		"EHLO x\r\nRCPT TO:<a@b>\r\n",
		"EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nno end",
		"EHLO x\r\nAUTH PLAIN AGEAYg==\r\nSTARTTLS\r\nVRFY a\r\nNOOP\r\nHELP\r\n",
		"mail from:<a@b>\nrcpt to:<c@d>\ndata\nx\n.\n",
		"\r\n\r\n\x00\xff\r\nEHLO " + string(bytes.Repeat([]byte("a"), 2000)) + "\r\n",
		"EHLO x\r\nMAIL FROM:<a@b>\r\n" + string(bytes.Repeat([]byte("RCPT TO:<c@d>\r\n"), 101)) + "DATA\r\nx\r\n.\r\n",
	} {
		f.Add([]byte(s))
	}
	c, err := Start(WithLogger(slog.New(slog.DiscardHandler)), WithLimit(1000))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = c.Close(f.Context()) })
	addr := c.SMTPAddr()

	f.Fuzz(func(t *testing.T, in []byte) {
		c.caught.mu.Lock()
		before := c.caught.seq
		c.caught.mu.Unlock()

		conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
		replies := make(chan []byte, 1)
		go func() {
			b, _ := io.ReadAll(conn)
			replies <- b
		}()
		_, _ = conn.Write(in)
		_ = conn.(*net.TCPConn).CloseWrite()
		out := <-replies
		if ne, ok := conn.SetDeadline(time.Time{}).(net.Error); ok && ne.Timeout() {
			t.Fatal(ne)
		}

		br := bufio.NewReader(bytes.NewReader(out))
		for i := 0; ; i++ {
			line, err := br.ReadString('\n')
			if err == io.EOF && line == "" {
				break
			}
			if !smtpReply.MatchString(line) {
				t.Fatalf("reply line %d %q is not an SMTP reply (all: %q)", i, line, out)
			}
			if i == 0 && line[:3] != "220" {
				t.Fatalf("greeting %q", line)
			}
		}

		c.caught.mu.Lock()
		n := c.caught.seq - before
		c.caught.mu.Unlock()
		if n == 0 {
			return
		}
		commands := bytes.Count(bytes.ToUpper(in), []byte("DATA")) + bytes.Count(bytes.ToUpper(in), []byte("BDAT"))
		if n > commands {
			t.Fatalf("%d messages kept from %d DATA and BDAT commands: %q", n, commands, in)
		}
		// Dot-stuffing is undone at the start of a line (RFC 5321
		// §4.5.2). Whether a bare LF ends a line is the reader's choice:
		// RFC 5321 says only CRLF does, so a "." after a bare LF may be
		// kept ("\n.\r\n" inside DATA is content, the fuzzer's
		// a28e2f5a7ce02368). Both readings are allowed.
		undot := func(sep string) []byte {
			var out []byte
			for _, line := range bytes.SplitAfter(in, []byte(sep)) {
				out = append(out, bytes.TrimPrefix(line, []byte("."))...)
			}
			return out
		}
		undotted, undottedCRLF := undot("\n"), undot("\r\n")
		// A quoted local part comes out unquoted ("a b"@c is a b@c).
		unquote := func(b []byte) []byte {
			return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte(`"`), nil), []byte(`\`), nil)
		}
		for _, m := range c.caught.List()[:n] {
			if m.Size > MaxMessageBytes || m.Mail == nil || len(m.Raw) != m.Size {
				t.Fatalf("message %s: size %d, raw %d bytes", m.ID, m.Size, len(m.Mail.Raw))
			}
			if len(m.EnvelopeTo) < 1 || len(m.EnvelopeTo) > 100 {
				t.Fatalf("message %s has %d recipients", m.ID, len(m.EnvelopeTo))
			}
			for _, a := range append([]string{m.EnvelopeFrom}, m.EnvelopeTo...) {
				if !bytes.Contains(unquote(in), unquote([]byte(a))) {
					t.Fatalf("message %s: envelope address %q is not in what the client sent: %q", m.ID, a, in)
				}
			}
			// The DATA reader turns each line's ending into CRLF
			// (net/textproto's DotReader reads "\r\r\r\n" as a line
			// ending in "\r\r\n"): compare without carriage returns.
			noCR := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r"), nil) }
			if !bytes.Contains(noCR(undotted), noCR([]byte(m.Raw))) && !bytes.Contains(noCR(undottedCRLF), noCR([]byte(m.Raw))) &&
				!bytes.Contains(noCR(in), noCR([]byte(m.Raw))) {
				t.Fatalf("message %s: raw %q is not in what the client sent: %q", m.ID, m.Raw, in)
			}
		}
	})
}
