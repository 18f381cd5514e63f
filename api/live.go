package api

import (
	"bufio"
	"bytes"
	"context"
	"crypto/hmac"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/durations"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// Attempt is one entry of a live log.
type Attempt struct {
	Seq          uint64    `json:"seq"`
	At           time.Time `json:"at"`
	Recipient    string    `json:"recipient"`
	Sender       string    `json:"sender,omitempty"`
	Outcome      string    `json:"outcome"`
	Category     string    `json:"category,omitempty"`
	SMTPCode     int       `json:"smtp_code,omitempty"`
	EnhancedCode string    `json:"enhanced_code,omitempty"`
	Response     string    `json:"response"`
	RemoteHost   string    `json:"remote_host,omitempty"`
	RemoteIP     string    `json:"remote_ip,omitempty"`
	DelaySeconds float64   `json:"delay_seconds,omitempty"`
	EventID      string    `json:"event_id"`
	MessageID    string    `json:"message_id,omitempty"`
}

// LiveLog is the most recent attempts of a domain, newest first in
// arrival order.
type LiveLog struct {
	Domain   string    `json:"domain"`
	Attempts []Attempt `json:"attempts"`
}

// Closed is the data of the "closed" event that ends a live-log stream
// when the caller's access ends, or the stream cannot go on.
type Closed struct {
	// Reason is "revoked" (the token or its manager is gone),
	// "out_of_scope" (the domain left the manager's reseller, customer or
	// domain), "unauthenticated" (the API needs a token now), or
	// "unavailable" (the instance that owns the domain cannot be read
	// from; reconnecting later may help), or "internal_error" (a bug; the
	// server's log has it).
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

const (
	// defaultKeepAlive is Config.KeepAlive's default.
	defaultKeepAlive = 15 * time.Second
	// streamWriteTimeout bounds each write of a stream: a client that
	// stops reading is cut off.
	streamWriteTimeout = 30 * time.Second
	// maxEventBytes bounds one event read from another instance's stream.
	maxEventBytes = 1 << 20
)

// liveLogSize is how many attempts the live log shows (DESIGN.md: "the
// most recent 25 attempts of a domain").
const liveLogSize = 25

// recentOf renders an attempt of the log store for the live log.
func recentOf(a *logstore.Recent) Attempt {
	e := &a.Event
	out := Attempt{
		Seq: a.Seq, At: e.CompletedAt, Recipient: e.Recipient, Sender: e.Sender, Outcome: e.Outcome.String(),
		Category: a.Category.String(), SMTPCode: e.SMTPCode, EnhancedCode: e.EnhancedCode, Response: e.Response,
		RemoteHost: e.RemoteHost, RemoteIP: e.RemoteIP, EventID: e.ID, MessageID: e.MessageID,
	}
	if e.Outcome == schemas.OutcomeDelivered {
		out.DelaySeconds = durations.Seconds(e.DeliveryDelay())
	}
	return out
}

// liveAttempts reads domain's live log, newest first: the last attempts
// of the log store (the live log is a view of it, not a second copy). An
// instance without a log store has no live log.
func (s *server) liveAttempts(ctx context.Context, domain string) ([]Attempt, error) {
	if s.cfg.Logs == nil {
		return []Attempt{}, nil
	}
	recent, err := s.cfg.Logs.Last(ctx, domain, liveLogSize)
	if err != nil {
		return nil, err
	}
	out := make([]Attempt, len(recent))
	for i := range recent {
		out[i] = recentOf(&recent[i])
	}
	return out, nil
}

func (s *server) live(w http.ResponseWriter, r *http.Request) {
	domain, ok := s.localDomain(w, r)
	if !ok {
		return
	}
	attempts, err := s.liveAttempts(r.Context(), domain)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, LiveLog{Domain: domain, Attempts: attempts})
}

// liveStream sends the live log as server-sent events: first the current
// attempts oldest first, then each new attempt as it is committed. Every
// event carries the attempt's seq as its id, so a reconnecting browser
// (Last-Event-ID) resumes without gaps or repeats.
//
// The caller's access is checked again whenever the directory changes
// (and on every tick for a console session, which ends without it); when
// it ends, a "closed" event says why (Closed) and the stream ends.
// Streams are counted per caller and per instance (Limits).
func (s *server) liveStream(w http.ResponseWriter, r *http.Request) {
	c := callerOf(r)
	domain, err := s.domainParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !c.sees(s.b.Directory(), domain) {
		s.fail(w, r, errOutOfScope)
		return
	}
	done, ok := s.limits.openStream(w, c.key)
	if !ok {
		return
	}
	defer done()
	if s.route(w, r, domain) {
		return
	}
	// Arrival times come from the records' timestamps, which several
	// producers with their own clocks set: an attempt may arrive with an
	// older seq than one already sent (a transport server's clock a little
	// behind, a record moved through the repartition topic) or a far newer
	// one (a clock ahead). So the stream remembers which attempts of the
	// view it sent, by event id (unique per domain: duplicates are dropped
	// before the log), rather than sending only seqs above the last one,
	// which would hide every attempt after one from the future. The seq
	// bound is only for the first view of a reconnect (Last-Event-ID).
	var last uint64
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		last, _ = strconv.ParseUint(id, 10, 64)
	}
	// sent and view swap each tick, so a stream keeps two small sets
	// rather than making one every tick.
	var sent map[string]struct{}
	view := make(map[string]struct{}, liveLogSize)
	sse := s.startStream(w, r)
	tick := time.NewTicker(s.cfg.StreamInterval)
	defer tick.Stop()
	dir := s.b.Directory()
	for {
		// A console session or console-made token can end without the
		// directory changing (sign-out, a revoked token): those are
		// checked on every tick, the rest when the directory changes.
		if d := s.b.Directory(); d != dir || c.session {
			dir = d
			if reason, msg, ok := s.access(c, d, domain); !ok {
				_ = sse.closed(reason, msg)
				return
			}
		}
		entries, err := s.liveReads.read(domain, s.cfg.StreamInterval/2, func() ([]Attempt, error) { return s.liveAttempts(r.Context(), domain) })
		if err != nil {
			s.cfg.Log.Error("live stream", "domain", domain, "err", err)
			_ = sse.closed("unavailable", "the live log cannot be read right now")
			return
		}
		clear(view)
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			view[e.EventID] = struct{}{}
			if sent == nil {
				if e.Seq <= last {
					continue
				}
			} else if _, ok := sent[e.EventID]; ok {
				continue
			}
			b, _ := json.Marshal(e)
			// The id is the highest seq sent so far, so that a reconnect
			// resumes after everything shown (the console places an
			// attempt by its own seq, and ignores one it shows already).
			last = max(last, e.Seq)
			if sse.event(strconv.FormatUint(last, 10), "attempt", b) != nil {
				return
			}
		}
		if sent == nil {
			sent = make(map[string]struct{}, liveLogSize)
		}
		sent, view = view, sent
		if sse.flushIfQuiet() != nil {
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-stoppingOf(r):
			_ = sse.closed("unavailable", "the server is shutting down; reconnect")
			return
		case <-tick.C:
		}
	}
}

// sseWriter writes server-sent events, each write under its own deadline.
// For a forwarded request it signs every event (cluster.go).
type sseWriter struct {
	w         http.ResponseWriter
	rc        *http.ResponseController
	auth      *clusterAuth
	nonce     string
	n         uint64
	pending   bool
	lastSent  time.Time
	keepAlive time.Duration
	buf       bytes.Buffer
}

// startStream answers 200 with an event stream. The server's read and
// write timeouts, which bound ordinary requests, give way to a deadline
// per write.
func (s *server) startStream(w http.ResponseWriter, r *http.Request) *sseWriter {
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Time{})
	sse := &sseWriter{w: w, rc: rc, lastSent: time.Now(), keepAlive: s.cfg.KeepAlive}
	if c := callerOf(r); c.peer {
		sse.auth, sse.nonce = s.cluster, c.nonce
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_ = sse.flush()
	return sse
}

// event queues one event; flushIfQuiet or flush sends it.
func (e *sseWriter) event(id, name string, data []byte) error {
	e.buf.Reset()
	if id != "" {
		fmt.Fprintf(&e.buf, "id: %s\n", id)
	}
	fmt.Fprintf(&e.buf, "event: %s\ndata: %s\n", name, data)
	return e.raw(e.buf.Bytes())
}

// raw queues one event's lines (without the blank line that ends it),
// signed when the stream is.
func (e *sseWriter) raw(ev []byte) error {
	if e.auth != nil {
		mac := e.auth.eventMAC(e.nonce, e.n, ev)
		e.n++
		ev = append(append(ev[:len(ev):len(ev)], "mac: "...), mac+"\n"...)
	}
	if err := e.rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	if _, err := e.w.Write(append(ev, '\n')); err != nil {
		return err
	}
	e.pending = true
	return nil
}

// flushIfQuiet sends what is queued, or a keep-alive comment when nothing
// was sent for the keep-alive interval.
func (e *sseWriter) flushIfQuiet() error {
	if !e.pending && time.Since(e.lastSent) >= e.keepAlive {
		if err := e.rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return err
		}
		if _, err := io.WriteString(e.w, ": keep-alive\n\n"); err != nil {
			return err
		}
		e.pending = true
	}
	if !e.pending {
		return nil
	}
	return e.flush()
}

func (e *sseWriter) flush() error {
	if err := e.rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	e.pending, e.lastSent = false, time.Now()
	return e.rc.Flush()
}

// closed sends the "closed" event and flushes.
func (e *sseWriter) closed(reason, msg string) error {
	b, _ := json.Marshal(Closed{Reason: reason, Message: msg})
	if err := e.event("", "closed", b); err != nil {
		return err
	}
	return e.flush()
}

// forwardStream relays the live-log stream of domain from its owner at
// addr: the request is signed and carries the caller's scope, every event
// of the answer is checked against the cluster secret and passed on
// without its signature, and the caller's access is checked here too
// whenever the directory changes (only this instance knows the caller's
// token).
func (s *server) forwardStream(w http.ResponseWriter, r *http.Request, addr, domain string) {
	c := callerOf(r)
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	u := "http://" + addr + r.URL.Path
	if q := forwardQuery(r.URL.Query()).Encode(); q != "" {
		u += "?" + q
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	req.Header.Set("Accept", "text/event-stream")
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		req.Header.Set("Last-Event-ID", id)
	}
	nonce := s.cluster.sign(req, s.cfg.Self, addr, scopeOf(c))
	what := "the instance that owns " + domain
	resp, err := s.client.Do(req)
	if err != nil {
		s.fail(w, r, s.ownerFailed(r, err, addr, what))
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxForwardedBody))
		if err == nil {
			err = s.cluster.checkAnswer(resp, nonce, bodySum(body))
		}
		if err != nil {
			s.fail(w, r, s.ownerFailed(r, &forgedAnswer{err: err, code: resp.StatusCode, body: clipBody(body)}, addr, what))
			return
		}
		for _, h := range []string{"Content-Type", "Retry-After"} {
			if v := resp.Header.Get(h); v != "" {
				w.Header().Set(h, v)
			}
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(body)
		return
	}
	if err := s.cluster.checkAnswer(resp, nonce, streamBody); err != nil {
		s.fail(w, r, s.ownerFailed(r, &forgedAnswer{err: err, code: resp.StatusCode}, addr, what))
		return
	}

	events := make(chan []byte)
	readErr := make(chan error, 1)
	go func() { readErr <- s.readSignedEvents(ctx, resp.Body, nonce, events) }()

	sse := s.startStream(w, r)
	tick := time.NewTicker(s.cfg.StreamInterval)
	defer tick.Stop()
	dir := s.b.Directory()
	for {
		select {
		case <-ctx.Done():
			return
		case <-stoppingOf(r):
			_ = sse.closed("unavailable", "the server is shutting down; reconnect")
			return
		case err := <-readErr:
			if ctx.Err() == nil {
				if _, forged := err.(*forgedAnswer); forged {
					s.cfg.Log.Error("an instance's stream failed the cluster signature check", "owner", addr, "domain", domain, "err", err)
				} else {
					s.cfg.Log.Info("a forwarded live-log stream ended", "owner", addr, "domain", domain, "err", err)
				}
				_ = sse.closed("unavailable", "the stream from the instance that owns "+domain+" ended; reconnect to resume")
			}
			return
		case ev := <-events:
			if sse.raw(ev) != nil || sse.flush() != nil {
				return
			}
			// The owner ended the stream and said why: that is the
			// last event.
			if bytes.HasPrefix(ev, []byte("event: closed\n")) || bytes.Contains(ev, []byte("\nevent: closed\n")) {
				return
			}
		case <-tick.C:
			if d := s.b.Directory(); d != dir || c.session {
				dir = d
				if reason, msg, ok := s.access(c, d, domain); !ok {
					_ = sse.closed(reason, msg)
					return
				}
			}
			if sse.flushIfQuiet() != nil {
				return
			}
		}
	}
}

// readSignedEvents reads events from another instance's stream, checks
// each one's signature and sends it on, without the signature, to out.
// Comments (keep-alives) are dropped: this instance sends its own. It
// returns when the stream ends, or with a *forgedAnswer at the first event
// that fails the check.
func (s *server) readSignedEvents(ctx context.Context, body io.Reader, nonce string, out chan<- []byte) error {
	br := bufio.NewReaderSize(body, 64<<10)
	var ev []byte
	var mac string
	var n uint64
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) || len(ev)+len(line) > maxEventBytes {
			return &forgedAnswer{err: errors.New("an event is too large"), code: http.StatusOK}
		}
		if err != nil {
			return err
		}
		switch {
		case len(line) == 1: // the blank line that ends an event
			if len(ev) == 0 && mac == "" {
				continue
			}
			want := s.cluster.eventMAC(nonce, n, ev)
			if !hmac.Equal([]byte(mac), []byte(want)) {
				return &forgedAnswer{err: fmt.Errorf("event %d is not signed with the cluster secret", n), code: http.StatusOK}
			}
			n++
			select {
			case out <- ev:
			case <-ctx.Done():
				return ctx.Err()
			}
			ev, mac = nil, ""
		case line[0] == ':':
		case bytes.HasPrefix(line, []byte("mac: ")):
			mac = string(bytes.TrimSuffix(line[len("mac: "):], []byte("\n")))
		default:
			ev = append(ev, line...)
		}
	}
}
