package api

import (
	"fmt"
	"net/http"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/state"
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

func attemptOf(e state.LiveEntry) Attempt {
	return Attempt{
		Seq: e.Seq, At: e.CompletedAt, Recipient: e.Recipient, Sender: e.Sender, Outcome: e.Outcome.String(),
		Category: e.Category.String(), SMTPCode: e.SMTPCode, EnhancedCode: e.Enhanced, Response: e.Response,
		RemoteHost: e.RemoteHost, RemoteIP: e.RemoteIP, DelaySeconds: float64(e.DelayMillis) / 1000,
		EventID: e.EventID, MessageID: e.MessageID,
	}
}

func (s *server) live(w http.ResponseWriter, r *http.Request) {
	domain, ok := s.localDomain(w, r)
	if !ok {
		return
	}
	entries, err := s.b.Store().LiveLog(domain)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := LiveLog{Domain: domain, Attempts: make([]Attempt, 0, len(entries))}
	for _, e := range entries {
		out.Attempts = append(out.Attempts, attemptOf(e))
	}
	writeJSON(w, http.StatusOK, out)
}

// liveStream sends the live log as server-sent events: first the current
// attempts oldest first, then each new attempt as it is committed. Every
// event carries the attempt's seq as its id, so a reconnecting browser
// (Last-Event-ID) resumes without gaps or repeats.
func (s *server) liveStream(w http.ResponseWriter, r *http.Request) {
	domain, ok := s.localDomain(w, r)
	if !ok {
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		s.fail(w, r, &apiError{http.StatusNotImplemented, "streaming is not supported by this connection"})
		return
	}
	var last uint64
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		fmt.Sscan(id, &last)
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	flusher.Flush()

	tick := time.NewTicker(s.cfg.StreamInterval)
	defer tick.Stop()
	for {
		entries, err := s.b.Store().LiveLog(domain)
		if err != nil {
			s.cfg.Log.Error("live stream", "domain", domain, "err", err)
			return
		}
		sent := false
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			if e.Seq <= last {
				continue
			}
			b, _ := json.Marshal(attemptOf(e))
			if _, err := fmt.Fprintf(w, "id: %d\nevent: attempt\ndata: %s\n\n", e.Seq, b); err != nil {
				return
			}
			last, sent = e.Seq, true
		}
		if sent {
			flusher.Flush()
		}
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
		}
	}
}
