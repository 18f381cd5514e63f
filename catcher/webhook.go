package catcher

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"time"
)

// Webhook is one caught webhook request.
type Webhook struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	// Headers are the request's headers, sorted by name.
	Headers []Header `json:"headers"`
	// Body is the request body; indented when it is JSON.
	Body string `json:"body"`
	// Payload is the body when it is a JSON object, for the console to
	// show its fields.
	Payload map[string]any `json:"payload,omitempty"`
}

// MaxWebhookBytes bounds one caught webhook body.
const MaxWebhookBytes = 1 << 20

// WebhookHandler returns the handler that catches webhook requests: every
// POST is kept and answered 204 No Content; a body over MaxWebhookBytes
// is refused with 413.
func (c *Catcher) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST a webhook here", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, MaxWebhookBytes+1))
		if err != nil {
			http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
			return
		}
		if len(body) > MaxWebhookBytes {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		wh := &Webhook{Method: r.Method, Path: r.URL.Path, Body: string(body), Headers: []Header{}}
		names := make([]string, 0, len(r.Header))
		for k := range r.Header {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			for _, v := range r.Header[k] {
				wh.Headers = append(wh.Headers, Header{Name: k, Value: v})
			}
		}
		var payload map[string]any
		if json.Unmarshal(body, &payload) == nil {
			wh.Payload = payload
			var buf bytes.Buffer
			if json.Indent(&buf, body, "", "  ") == nil {
				wh.Body = buf.String()
			}
		}
		m := c.caught.add(Message{Kind: KindWebhook, ReceivedAt: time.Now().UTC(), Size: len(body), Webhook: wh})
		c.log.Info("catcher: webhook notification received", "id", m.ID, "path", r.URL.Path)
		w.WriteHeader(http.StatusNoContent)
	})
}

// ListHandler returns the handler of GET requests for the kept messages
// as JSON, newest first: {"messages": [Message, ...]}.
func (c *Catcher) ListHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "GET the list", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(struct {
			Messages []Message `json:"messages"`
		}{c.caught.List()})
	})
}

// Paths under which Handler serves the catcher.
const (
	WebhookPath  = "/catcher/webhook"
	MessagesPath = "/catcher/messages"
)

// Handler serves the webhook receiver at WebhookPath (and below it, so
// that each manager can have its own URL) and the list at MessagesPath.
func (c *Catcher) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle(WebhookPath, c.WebhookHandler())
	mux.Handle(WebhookPath+"/", c.WebhookHandler())
	mux.Handle(MessagesPath, c.ListHandler())
	return mux
}
