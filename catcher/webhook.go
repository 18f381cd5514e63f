package catcher

import (
	"bytes"
	"encoding/json"
	"fmt"
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
	// Body is the request body exactly as received: the bytes a receiver
	// checks the signature over (Standard Webhooks signs the raw body), so
	// that a developer can try their own check on it.
	Body string `json:"body"`
	// Pretty is Body indented when it is JSON, for reading.
	Pretty string `json:"pretty,omitempty"`
	// Payload is the body when it is a JSON object, for the console to
	// show its fields.
	Payload map[string]any `json:"payload,omitempty"`
	// Signature is what checking the signature found (WithWebhookCheck);
	// nil when the catcher does not check.
	Signature *Signature `json:"signature,omitempty"`
}

// MaxWebhookBytes bounds one caught webhook body.
const MaxWebhookBytes = 1 << 20

// A body is also kept decoded (Payload) and indented (Pretty) for reading
// when it is at most maxReadableBytes and holds at most maxReadableValues
// JSON values (mailflow's own webhooks are a few KiB and a few dozen
// values); a larger one is kept as received. valueBytes is what one
// decoded value costs the heap, about: the catcher's bound counts it.
const (
	maxReadableBytes  = 64 << 10
	maxReadableValues = 4096
	maxReadableDepth  = 32
	valueBytes        = 64
)

// maxKeptHeaders bounds the header fields kept of one webhook, and
// headerBytes is what one costs the heap beside its text.
const (
	maxKeptHeaders = 100
	headerBytes    = 48
)

// readableValues returns the JSON values of body when it is small and
// shallow enough to keep decoded for reading, else 0.
func readableValues(body []byte) int {
	if len(body) > maxReadableBytes {
		return 0
	}
	if n := jsonValues(body); n <= maxReadableValues {
		return n
	}
	return 0
}

// jsonValues counts the values of a JSON text (objects, arrays, strings,
// numbers, literals) by its tokens, without decoding it; a text that is
// not JSON counts what was read before the error.
//
// A text nested deeper than maxReadableDepth counts as over the bound:
// its indented copy grows with the depth at every value (review C2: 8 KiB
// nested 4,094 deep indented to 33 MB).
func jsonValues(b []byte) int {
	dec := json.NewDecoder(bytes.NewReader(b))
	n, depth := 0, 0
	for {
		t, err := dec.Token()
		if err != nil {
			return n
		}
		if d, ok := t.(json.Delim); ok {
			if d == '}' || d == ']' {
				depth--
				continue
			}
			if depth++; depth > maxReadableDepth {
				return maxReadableValues + 1
			}
		}
		n++
		if n > maxReadableValues {
			return n
		}
	}
}

// WebhookHandler returns the handler that catches webhook requests: every
// POST from a server is kept and answered 204 No Content; a body over
// MaxWebhookBytes is refused with 413, and a request a browser sends for a
// web page (an Origin header) with 403.
func (c *Catcher) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST a webhook here", http.StatusMethodNotAllowed)
			return
		}
		if r.Header.Get("Origin") != "" || r.Header.Get("Sec-Fetch-Site") == "cross-site" {
			// Webhook senders (mailflow's sink, any server) send no
			// Origin; a browser does, on every cross-origin POST. A web
			// page the developer opens must not fill the catcher, which
			// answers a text/plain POST without a preflight.
			http.Error(w, "webhooks come from servers: a request from a web page (Origin set) is refused", http.StatusForbidden)
			return
		}
		// A declared length over the limit is refused before a byte of
		// the body is read (and before a client that sent Expect:
		// 100-continue is told to send it).
		if r.ContentLength > MaxWebhookBytes {
			tooLarge(w, r.ContentLength)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, MaxWebhookBytes+1))
		if err != nil {
			http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
			return
		}
		if len(body) > MaxWebhookBytes {
			tooLarge(w, -1)
			return
		}
		wh := &Webhook{Method: r.Method, Path: r.URL.Path, Body: string(body), Headers: []Header{}}
		if c.check != nil {
			sig := c.check(r, body)
			wh.Signature = &sig
		}
		names := make([]string, 0, len(r.Header))
		for k := range r.Header {
			names = append(names, k)
		}
		sort.Strings(names)
		held := len(body)
	headers:
		for _, k := range names {
			for _, v := range r.Header[k] {
				if len(wh.Headers) == maxKeptHeaders {
					// A request of thousands of empty header fields
					// (review C1) is kept with its first ones.
					wh.Headers = append(wh.Headers, Header{Name: "Mailflow-Catcher-Note", Value: "more header fields were received than the catcher keeps"})
					break headers
				}
				wh.Headers = append(wh.Headers, Header{Name: k, Value: v})
				held += headerBytes + len(k) + len(v)
			}
		}
		if values := readableValues(body); values > 0 {
			var payload map[string]any
			if json.Unmarshal(body, &payload) == nil {
				wh.Payload = payload
				var buf bytes.Buffer
				if json.Indent(&buf, body, "", "  ") == nil {
					wh.Pretty = buf.String()
				}
				// What the decoded object and the indented copy hold
				// count in the catcher's bound too (review M2: 40 posts
				// of 1 MiB of "{}" elements held 800 MiB of heap against
				// a 32 MiB bound that counted the bodies alone).
				held += len(wh.Pretty) + valueBytes*values
			}
		}
		m := c.caught.add(Message{Kind: KindWebhook, ReceivedAt: time.Now().UTC(), Size: len(body), Webhook: wh, held: held})
		if wh.Signature != nil && wh.Signature.State != SignatureVerified {
			c.log.Warn("catcher: webhook received whose signature did not verify", "id", m.ID, "path", r.URL.Path, "signature", wh.Signature.State, "detail", wh.Signature.Detail)
		} else {
			c.log.Info("catcher: webhook notification received", "id", m.ID, "path", r.URL.Path)
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// tooLarge answers 413 for a webhook body over MaxWebhookBytes; size is
// the declared length, or -1 when the body was cut off while read.
func tooLarge(w http.ResponseWriter, size int64) {
	msg := fmt.Sprintf("the webhook body is larger than the catcher keeps (%d bytes)", MaxWebhookBytes)
	if size >= 0 {
		msg = fmt.Sprintf("the webhook body of %d bytes is larger than the catcher keeps (%d bytes)", size, MaxWebhookBytes)
	}
	// The rest of the body is not read: the connection ends with this
	// answer.
	w.Header().Set("Connection", "close")
	http.Error(w, msg, http.StatusRequestEntityTooLarge)
}

// ListHandler returns the handler of GET requests for the kept messages
// as JSON, newest first: {"messages": [Message, ...]}. It shows every
// message to everyone: see Handler and WithAccess for a guarded list.
func (c *Catcher) ListHandler() http.Handler { return c.listHandler(nil) }

// listHandler is ListHandler showing only the messages see accepts (all
// when see is nil).
func (c *Catcher) listHandler(see func(Message) bool) http.Handler {
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
		}{c.caught.Filter(see)})
	})
}

// Paths under which Handler serves the catcher.
const (
	WebhookPath  = "/catcher/webhook"
	MessagesPath = "/catcher/messages"
)

// Handler serves the webhook receiver at WebhookPath (and below it, so
// that each manager can have its own URL) and the list at MessagesPath.
// With WithAccess every path but the receiver's asks the Access first,
// and the list holds only the messages it lets the caller see.
func (c *Catcher) Handler(opts ...HandlerOption) http.Handler {
	var o handlerOptions
	for _, opt := range opts {
		opt(&o)
	}
	hook := c.WebhookHandler()
	mux := http.NewServeMux()
	mux.Handle(WebhookPath, hook)
	mux.Handle(WebhookPath+"/", hook)
	if o.access == nil {
		mux.Handle(MessagesPath, c.ListHandler())
		return mux
	}
	// Everything that is not the receiver goes through the access check,
	// a path the catcher does not serve too: what it answers (404) must
	// not tell an unauthenticated client more than a 401 does.
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		see, ok := o.access(w, r)
		if !ok {
			return
		}
		if r.URL.Path != MessagesPath {
			http.NotFound(w, r)
			return
		}
		c.listHandler(see).ServeHTTP(w, r)
	}))
	return mux
}
