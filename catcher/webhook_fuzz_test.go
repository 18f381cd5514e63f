package catcher

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzCatchWebhook: a request to the catcher's webhook receiver (mailflow
// dev's), whatever its method, path, signature header and body. A POST
// within MaxWebhookBytes is answered 204 and kept as received: the body
// byte for byte (Size its length), the path, every header value in name
// order, the signature check's outcome for exactly that body (the check
// called once), a payload exactly when the body is a JSON object, and an
// indented form that is the same JSON. Another method is a 405 and keeps
// nothing. The list shows the kept webhook with its body unchanged (for a
// UTF-8 body: JSON strings cannot carry other bytes).
func FuzzCatchWebhook(f *testing.F) {
	for _, s := range []struct{ method, path, sig, body string }{
		{"POST", WebhookPath + "/mRA", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", `{"type":"domain.status_changed","data":{"domain":"a1.example","status":"bad"}}`},
		{"POST", WebhookPath, "", `[1,2]`},
		{"POST", WebhookPath + "/x", "", `{"a":1}{"b":2}`},
		{"POST", WebhookPath + "/x", "", `{"a":"\ud800","a":2}`},
		{"POST", WebhookPath + "/x", "v1,x v1,y", "not json \xff"},
		{"POST", WebhookPath + "/%2F..%2F", "", ``},
		{"GET", WebhookPath, "", ``},
		{"PUT", WebhookPath + "/x", "", `{}`},
	} {
		f.Add(s.method, s.path, s.sig, []byte(s.body))
	}
	var calls int
	var checked []byte
	c := &Catcher{caught: &Caught{limit: 1000, maxBytes: DefaultMaxBytes}, log: slog.New(slog.DiscardHandler),
		check: func(r *http.Request, body []byte) Signature {
			calls++
			checked = bytes.Clone(body)
			return Signature{State: SignatureFailed, Detail: "checked " + r.Header.Get("webhook-signature")}
		}}
	h := c.Handler()
	f.Fuzz(func(t *testing.T, method, path, sig string, body []byte) {
		// The mux matches the path as sent, escapes and all: for
		// /catcher/webhook%2FF it is not under WebhookPath/ (a 404),
		// though its decoded Path is (found by the CI run's fuzzing).
		u, err := url.ParseRequestURI(path)
		if err != nil || len(body) > MaxWebhookBytes || (u.EscapedPath() != WebhookPath && !bytes.HasPrefix([]byte(u.EscapedPath()), []byte(WebhookPath+"/"))) {
			return
		}
		if !validMethod(method) {
			return
		}
		r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		r.Method = method
		r.Header.Set("Webhook-Id", "msg_1")
		if sig != "" {
			r.Header.Set("Webhook-Signature", sig)
		}
		calls, checked = 0, nil
		before := len(c.caught.List())
		seqBefore := c.caught.seq
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code == http.StatusMovedPermanently || w.Code == http.StatusTemporaryRedirect || w.Code == http.StatusPermanentRedirect {
			return // the mux cleaning the path (/x/../y)
		}
		if method != http.MethodPost {
			if w.Code != http.StatusMethodNotAllowed || c.caught.seq != seqBefore {
				t.Fatalf("%s %s: %d, kept %d", method, path, w.Code, c.caught.seq-seqBefore)
			}
			return
		}
		if w.Code != http.StatusNoContent || c.caught.seq != seqBefore+1 || calls != 1 || !bytes.Equal(checked, body) {
			t.Fatalf("POST %s (%d bytes): %d, kept %d (of %d), check called %d times on %q", path, len(body), w.Code, c.caught.seq-seqBefore, before, calls, checked)
		}
		m := c.caught.List()[0]
		wh := m.Webhook
		if m.Kind != KindWebhook || wh == nil || m.Size != len(body) || wh.Body != string(body) || wh.Method != http.MethodPost || wh.Path != r.URL.Path {
			t.Fatalf("kept %+v for POST %s %q", m, path, body)
		}
		if wh.Signature == nil || wh.Signature.Detail != "checked "+sig {
			t.Fatalf("kept signature %+v, the check said %q", wh.Signature, "checked "+sig)
		}
		if !slices.IsSortedFunc(wh.Headers, func(a, b Header) int { return bytes.Compare([]byte(a.Name), []byte(b.Name)) }) {
			t.Fatalf("headers not in name order: %+v", wh.Headers)
		}
		if sig != "" && !slices.Contains(wh.Headers, Header{Name: "Webhook-Signature", Value: sig}) {
			t.Fatalf("the signature header %q is not kept: %+v", sig, wh.Headers)
		}
		var obj map[string]any
		readable := len(body) <= maxReadableBytes && jsonValues(body) <= maxReadableValues
		if isObject := json.Unmarshal(body, &obj) == nil && readable; isObject != (wh.Payload != nil) {
			t.Fatalf("body %q: payload %v", body, wh.Payload)
		}
		if wh.Pretty != "" {
			var a, b bytes.Buffer
			if json.Compact(&a, []byte(wh.Pretty)) != nil || json.Compact(&b, body) != nil || a.String() != b.String() {
				t.Fatalf("body %q is shown indented as %q", body, wh.Pretty)
			}
		}

		lw := httptest.NewRecorder()
		h.ServeHTTP(lw, httptest.NewRequest(http.MethodGet, MessagesPath, nil))
		var list struct {
			Messages []Message `json:"messages"`
		}
		if err := json.Unmarshal(lw.Body.Bytes(), &list); err != nil || len(list.Messages) == 0 || list.Messages[0].ID != m.ID || list.Messages[0].Webhook == nil {
			t.Fatalf("list: %v %.200s", err, lw.Body)
		}
		if utf8.Valid(body) && list.Messages[0].Webhook.Body != string(body) {
			t.Fatalf("the list shows the body %q as %q", body, list.Messages[0].Webhook.Body)
		}
	})
}

// validMethod says whether m is a token an HTTP request line can carry.
func validMethod(m string) bool {
	if m == "" {
		return false
	}
	for _, c := range []byte(m) {
		if c <= ' ' || c >= 0x7f || bytes.IndexByte([]byte(`()<>@,;:\"/[]?={}`), c) >= 0 {
			return false
		}
	}
	return true
}
