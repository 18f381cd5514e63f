package catcher

import (
	"fmt"
	"io"
	"time"

	"github.com/emersion/go-smtp"
)

// session is one SMTP conversation with the catcher: every message is
// accepted and kept.
type session struct {
	c    *Catcher
	from string
	to   []string
}

func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(io.LimitReader(r, MaxMessageBytes+1))
	if err != nil {
		return fmt.Errorf("catcher: read message: %w", err)
	}
	if len(raw) > MaxMessageBytes {
		return smtp.ErrDataTooLarge
	}
	// A message that does not parse is still kept, with the reason, so
	// that a broken notification is seen rather than lost.
	mail, _ := ParseMail(raw)
	m := s.c.caught.add(Message{Kind: KindEmail, ReceivedAt: time.Now().UTC(), Size: len(raw),
		EnvelopeFrom: s.from, EnvelopeTo: append([]string(nil), s.to...), Mail: mail})
	s.c.log.Info("catcher: e-mail notification received", "id", m.ID, "to", m.EnvelopeTo, "subject", mail.Subject)
	return nil
}
