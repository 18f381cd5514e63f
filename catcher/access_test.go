package catcher

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHandlerAccess: with WithAccess the list and every other path but the
// webhook receiver ask the Access first; a refused caller learns nothing
// (not even which paths exist), and an accepted one sees only the messages
// the Access lets through.
func TestHandlerAccess(t *testing.T) {
	c, err := Start(WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	access := func(w http.ResponseWriter, r *http.Request) (func(Message) bool, bool) {
		switch r.Header.Get("Authorization") {
		case "Bearer all":
			return nil, true
		case "Bearer noc":
			return func(m Message) bool { return m.Webhook != nil && m.Webhook.Path == WebhookPath+"/noc" }, true
		}
		http.Error(w, "who are you?", http.StatusUnauthorized)
		return nil, false
	}
	srv := httptest.NewServer(c.Handler(WithAccess(access)))
	defer srv.Close()

	tests := []struct {
		method, path, auth string
		want               int
		ids                []string // of the messages listed, newest first
	}{
		{http.MethodPost, WebhookPath + "/noc", "", http.StatusNoContent, nil},
		{http.MethodPost, WebhookPath + "/it", "", http.StatusNoContent, nil},
		{http.MethodPost, WebhookPath, "", http.StatusNoContent, nil},
		{http.MethodGet, MessagesPath, "", http.StatusUnauthorized, nil},
		{http.MethodGet, MessagesPath, "Bearer wrong", http.StatusUnauthorized, nil},
		{http.MethodHead, MessagesPath, "", http.StatusUnauthorized, nil},
		{http.MethodGet, "/catcher/nothing", "", http.StatusUnauthorized, nil},
		{http.MethodGet, "/catcher/nothing", "Bearer all", http.StatusNotFound, nil},
		{http.MethodGet, MessagesPath, "Bearer all", http.StatusOK, []string{"3", "2", "1"}},
		{http.MethodGet, MessagesPath, "Bearer noc", http.StatusOK, []string{"1"}},
	}
	for _, tc := range tests {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(`{"type":"domain.bad","secret":"contents"}`))
		if tc.auth != "" {
			req.Header.Set("Authorization", tc.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s %s (%q): %d %q, want %d", tc.method, tc.path, tc.auth, resp.StatusCode, body, tc.want)
			continue
		}
		if tc.want != http.StatusOK && bytes.Contains(body, []byte("contents")) {
			t.Errorf("%s %s (%q) answered %d with a caught body: %q", tc.method, tc.path, tc.auth, resp.StatusCode, body)
		}
		if tc.ids == nil {
			continue
		}
		var list struct{ Messages []Message }
		if err := json.Unmarshal(body, &list); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range list.Messages {
			ids = append(ids, m.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tc.ids, ",") {
			t.Errorf("%s %s (%q) listed %v, want %v", tc.method, tc.path, tc.auth, ids, tc.ids)
		}
	}
}

// TestWebhookTooLarge: a webhook whose declared length is over the limit
// is refused 413 with the sizes named, before its body is read (a client
// that asked Expect: 100-continue is not told to send it); a chunked one
// is cut off at the limit.
func TestWebhookTooLarge(t *testing.T) {
	c, err := Start(WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	big := bytes.Repeat([]byte("a"), 20<<20)
	for _, tc := range []struct {
		name    string
		body    io.Reader
		expect  bool
		message string
	}{
		{"declared", bytes.NewReader(big), false, "webhook body of 20971520 bytes is larger than the catcher keeps (1048576 bytes)"},
		{"100-continue", bytes.NewReader(big), true, "webhook body of 20971520 bytes"},
		{"chunked", io.MultiReader(bytes.NewReader(big)), false, "larger than the catcher keeps (1048576 bytes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+WebhookPath+"/noc", tc.body)
			if tc.expect {
				req.Header.Set("Expect", "100-continue")
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), tc.message) {
				t.Errorf("%d %q, want 413 with %q", resp.StatusCode, b, tc.message)
			}
		})
	}
	if n := len(c.Caught().List()); n != 0 {
		t.Errorf("kept %d messages, want none", n)
	}
}
