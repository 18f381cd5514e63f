// Package catcher is mailflow dev's built-in notification catcher: an
// in-process SMTP server and webhook receiver that keep what the sink
// delivers, so that a newcomer sees the product's notifications without a
// mail server (as MailHog and Mailpit do for developers). E-mail is kept
// with its real MIME and parsed (RFC 5322 headers, RFC 2047 encoded words,
// RFC 2046 multipart/alternative) for the console's "Sent notifications"
// page; webhook requests are kept with their headers and JSON body.
//
// What the catcher keeps lives in memory only and is bounded in count and
// bytes (WithLimit, WithMaxBytes): it is a demo and development aid, not a
// mail store.
package catcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// Kind says how a notification arrived.
type Kind string

// The kinds of caught notifications.
const (
	KindEmail   Kind = "email"
	KindWebhook Kind = "webhook"
)

// Message is one caught notification: an e-mail as the SMTP server
// received it, or one webhook request.
type Message struct {
	// ID numbers the messages in arrival order, from "1".
	ID         string    `json:"id"`
	Kind       Kind      `json:"kind"`
	ReceivedAt time.Time `json:"received_at"`
	// Size is the length of the raw message or request body in bytes.
	Size int `json:"size"`

	// E-mail: the SMTP envelope, then the parsed message.
	EnvelopeFrom string   `json:"envelope_from,omitempty"`
	EnvelopeTo   []string `json:"envelope_to,omitempty"`
	*Mail

	// Webhook: the request.
	Webhook *Webhook `json:"webhook,omitempty"`

	// held is what the message holds in memory, which the byte bound
	// counts: Size, plus what is kept decoded for reading (webhook.go);
	// Size alone when zero.
	held int
}

func (m *Message) weight() int { return max(m.held, m.Size) }

// Caught keeps the most recent messages, newest first. It is safe for
// concurrent use.
type Caught struct {
	mu    sync.Mutex
	limit int
	// maxBytes bounds the sum of what the kept messages hold
	// (Message.weight); bytes is that sum. The receivers take anyone's posts and mails: without it 500
	// messages of 1 MiB would hold half a gigabyte.
	maxBytes, bytes int
	seq             int
	msgs            []Message // oldest first
}

func (c *Caught) add(m Message) Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	m.ID = strconv.Itoa(c.seq)
	c.msgs = append(c.msgs, m)
	c.bytes += m.weight()
	// Oldest first, down to the count and byte bounds; the newest message
	// is always kept.
	drop := 0
	for len(c.msgs)-drop > 1 && (len(c.msgs)-drop > c.limit || (c.maxBytes > 0 && c.bytes > c.maxBytes)) {
		c.bytes -= c.msgs[drop].weight()
		drop++
	}
	if drop > 0 {
		c.msgs = append(c.msgs[:0:0], c.msgs[drop:]...)
	}
	return m
}

// List returns the kept messages, newest first.
func (c *Caught) List() []Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Message, len(c.msgs))
	for i, m := range c.msgs {
		out[len(c.msgs)-1-i] = m
	}
	return out
}

// Catcher is a running catcher: an SMTP listener and the HTTP handler of
// the webhook receiver and the message list.
type Catcher struct {
	caught *Caught
	smtp   *smtp.Server
	ln     net.Listener
	log    *slog.Logger
	done   chan struct{}
	check  WebhookCheck
}

type options struct {
	smtpAddr string
	limit    int
	maxBytes int
	log      *slog.Logger
	check    WebhookCheck
}

// Option configures Start.
type Option func(*options)

// WithSMTPAddr sets the address the SMTP server listens on; default
// "127.0.0.1:0" (a free port on the loopback interface).
func WithSMTPAddr(addr string) Option { return func(o *options) { o.smtpAddr = addr } }

// WithLimit sets how many messages are kept (the oldest go first); default
// 500.
func WithLimit(n int) Option { return func(o *options) { o.limit = n } }

// WithMaxBytes bounds the total size of the kept messages (raw e-mails
// and webhook bodies) in bytes; the oldest go first, the newest is always
// kept. Default 32 MiB: the sink's notifications are a few kilobytes, and
// the receivers take posts and mails from anyone who reaches them.
func WithMaxBytes(n int) Option { return func(o *options) { o.maxBytes = n } }

// WithLogger sets the logger; default slog.Default(). Each caught message
// is logged at info (a notification was sent), its body never.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// DefaultMaxBytes is the default of WithMaxBytes.
const DefaultMaxBytes = 32 << 20

// MaxMessageBytes bounds one caught e-mail; the sink's notifications are a
// few kilobytes.
const MaxMessageBytes = 1 << 20

// Start listens for SMTP and returns the running catcher; Close stops it.
func Start(opts ...Option) (*Catcher, error) {
	o := options{smtpAddr: "127.0.0.1:0", limit: 500, maxBytes: DefaultMaxBytes, log: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	if o.limit <= 0 {
		return nil, fmt.Errorf("catcher: limit %d is not positive", o.limit)
	}
	if o.maxBytes <= 0 {
		return nil, fmt.Errorf("catcher: byte bound %d is not positive", o.maxBytes)
	}
	ln, err := net.Listen("tcp", o.smtpAddr)
	if err != nil {
		return nil, fmt.Errorf("catcher: listen for SMTP on %s: %w", o.smtpAddr, err)
	}
	c := &Catcher{caught: &Caught{limit: o.limit, maxBytes: o.maxBytes}, ln: ln, log: o.log, done: make(chan struct{}), check: o.check}
	s := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &session{c: c}, nil }))
	s.Domain = "catcher.mailflow.localhost"
	s.MaxMessageBytes = MaxMessageBytes
	s.MaxRecipients = 100
	s.ReadTimeout = 30 * time.Second
	s.WriteTimeout = 30 * time.Second
	c.smtp = s
	go func() {
		defer close(c.done)
		if err := s.Serve(ln); err != nil && !errors.Is(err, smtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			c.log.Warn("catcher: SMTP server stopped", "err", err)
		}
	}()
	return c, nil
}

// SMTPAddr returns the host:port the SMTP server listens on.
func (c *Catcher) SMTPAddr() string { return c.ln.Addr().String() }

// Caught returns the kept messages.
func (c *Catcher) Caught() *Caught { return c.caught }

// Close stops the SMTP server, waiting up to ctx for open sessions.
func (c *Catcher) Close(ctx context.Context) error {
	err := c.smtp.Shutdown(ctx)
	if err != nil {
		err = c.smtp.Close()
	}
	// go-smtp closes only the listeners its Serve registered: a Close
	// right after Start, before the serving goroutine got that far, would
	// leave Serve accepting forever (and Close waiting for it).
	if lerr := c.ln.Close(); lerr != nil && !errors.Is(lerr, net.ErrClosed) && err == nil {
		err = lerr
	}
	<-c.done
	return err
}
