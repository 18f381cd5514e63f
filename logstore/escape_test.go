package logstore

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestEscapeMessageID sends message ids through a real ServeMux pattern as the
// API's, and checks that each arrives as it was given: dots, slashes,
// percent signs and angle brackets (review S23A-5: "." and ".." went to
// another endpoint).
func TestEscapeMessageID(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/domains/{domain}/messages/{message_id}", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, r.PathValue("message_id"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cl := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, id := range []string{".", "..", "...", "a/../b", "<m1@x.example>", "50%@x", "a b", "./x", "x/."} {
		resp, err := cl.Get(srv.URL + "/api/v1/domains/example.org/messages/" + EscapeMessageID(id))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || string(b) != id {
			t.Errorf("%q: %d %q", id, resp.StatusCode, b)
		}
	}
}
