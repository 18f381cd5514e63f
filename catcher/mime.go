package catcher

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
)

// Mail is a parsed e-mail: the headers a person reads and a ticketing
// system threads by, and the text of its body.
type Mail struct {
	From    string   `json:"from,omitempty"`
	To      []string `json:"to,omitempty"`
	Subject string   `json:"subject,omitempty"`
	// Date is the Date header, when it parses (RFC 5322 section 3.3).
	Date *time.Time `json:"date,omitempty"`
	// MessageID, InReplyTo and References are the threading headers
	// (RFC 5322 section 3.6.4), with their angle brackets.
	MessageID  string   `json:"message_id,omitempty"`
	InReplyTo  string   `json:"in_reply_to,omitempty"`
	References []string `json:"references,omitempty"`
	// Headers are every header field in order, decoded.
	Headers []Header `json:"headers"`
	// Text is the text/plain body (of a multipart/alternative, its plain
	// part); HasHTML says whether an HTML alternative came with it.
	Text    string `json:"text"`
	HasHTML bool   `json:"has_html"`
	// Raw is the message as received.
	Raw string `json:"raw"`
	// Error says why the message could not be parsed in full; what could
	// be read is kept.
	Error string `json:"error,omitempty"`
}

// Header is one header field.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// maxParts bounds the MIME parts read from one message, against a message
// built to make the parser work.
const maxParts = 50

// ParseMail parses an RFC 5322 message. It never fails outright: the
// returned Mail holds the raw message and what could be read, and the
// error (also in Mail.Error) says what could not.
func ParseMail(raw []byte) (*Mail, error) {
	m := &Mail{Raw: string(raw), Headers: []Header{}}
	err := m.parse(raw)
	if err != nil {
		m.Error = err.Error()
	}
	return m, err
}

func (m *Mail) parse(raw []byte) error {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("read message headers: %w", err)
	}
	dec := &mime.WordDecoder{}
	decode := func(v string) string {
		if d, err := dec.DecodeHeader(v); err == nil {
			return d
		}
		return v
	}
	// net/mail keeps the header as a map; the order of the raw header is
	// what a person expects to see, so it is read from the raw bytes.
	for _, h := range headerOrder(raw) {
		for _, v := range msg.Header[h] {
			m.Headers = append(m.Headers, Header{Name: h, Value: decode(v)})
		}
	}
	h := msg.Header
	m.Subject = decode(h.Get("Subject"))
	m.From = strings.Join(addresses(h, "From", decode), ", ")
	m.To = addresses(h, "To", decode)
	if d, err := h.Date(); err == nil {
		d = d.UTC()
		m.Date = &d
	}
	m.MessageID = strings.TrimSpace(h.Get("Message-ID"))
	m.InReplyTo = strings.TrimSpace(h.Get("In-Reply-To"))
	m.References = strings.Fields(h.Get("References"))
	return m.body(h.Get("Content-Type"), h.Get("Content-Transfer-Encoding"), msg.Body, 0)
}

// body reads the text of a part: text/plain directly, multiparts by
// walking their parts (the first text/plain wins).
func (m *Mail) body(contentType, cte string, r io.Reader, depth int) error {
	if contentType == "" {
		contentType = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Errorf("content type %q: %w", contentType, err)
	}
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		if depth > 5 {
			return errors.New("multipart nested more than 5 deep")
		}
		mr := multipart.NewReader(r, params["boundary"])
		for i := 0; ; i++ {
			if i == maxParts {
				return fmt.Errorf("more than %d MIME parts", maxParts)
			}
			p, err := mr.NextRawPart()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return fmt.Errorf("MIME part %d: %w", i+1, err)
			}
			if err := m.body(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, depth+1); err != nil {
				return err
			}
		}
	case mt == "text/html":
		m.HasHTML = true
		return nil
	case mt == "text/plain":
		if m.Text != "" {
			return nil
		}
		b, err := io.ReadAll(transferDecoder(cte, r))
		if err != nil {
			return fmt.Errorf("text body (%s): %w", cte, err)
		}
		m.Text = strings.ReplaceAll(string(b), "\r\n", "\n")
	}
	return nil
}

// addresses returns the addresses of a header field as a person reads
// them ("Name <addr>", the name decoded), or the decoded field when it is
// not an address list.
func addresses(h mail.Header, field string, decode func(string) string) []string {
	list, err := h.AddressList(field)
	if err != nil {
		if v := h.Get(field); v != "" {
			return []string{decode(v)}
		}
		return nil
	}
	out := make([]string, 0, len(list))
	for _, a := range list {
		if a.Name == "" {
			out = append(out, a.Address)
			continue
		}
		out = append(out, a.Name+" <"+a.Address+">")
	}
	return out
}

// transferDecoder undoes a Content-Transfer-Encoding (RFC 2045 section 6).
func transferDecoder(cte string, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &lineJoiner{r: r})
	}
	return r
}

// lineJoiner drops the line breaks of base64 text, which the decoder does
// not skip on its own when they are CR LF inside a quantum.
type lineJoiner struct{ r io.Reader }

func (l *lineJoiner) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	j := 0
	for _, c := range p[:n] {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			p[j] = c
			j++
		}
	}
	return j, err
}

// headerOrder returns the canonical names of the header fields of raw in
// their first order of appearance.
func headerOrder(raw []byte) []string {
	var names []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names
}
