package catcher

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestWebhookCheck: each caught webhook is checked once, with the body as
// received, and the outcome is listed with it; without a check there is
// none to list.
func TestWebhookCheck(t *testing.T) {
	var bodies []string
	check := func(r *http.Request, body []byte) Signature {
		bodies = append(bodies, string(body))
		if r.Header.Get("webhook-signature") == "" {
			return Signature{State: SignatureMissing, Detail: "no webhook-signature header"}
		}
		return Signature{State: SignatureFailed, Detail: "no signature matches"}
	}
	for _, tc := range []struct {
		name  string
		opts  []Option
		sig   string
		state SignatureState // "" for no check
	}{
		{"unsigned", []Option{WithWebhookCheck(check)}, "", SignatureMissing},
		{"forged", []Option{WithWebhookCheck(check)}, "v1,Zm9yZ2Vk", SignatureFailed},
		{"not checked", nil, "v1,Zm9yZ2Vk", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Start(append(tc.opts, WithLogger(quiet()))...)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close(context.Background())
			srv := httptest.NewServer(c.Handler())
			defer srv.Close()
			bodies = nil
			req, _ := http.NewRequest(http.MethodPost, srv.URL+WebhookPath+"/noc", strings.NewReader(`{"domain":"a.example"}`))
			if tc.sig != "" {
				req.Header.Set("webhook-signature", tc.sig)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			resp, err = http.Get(srv.URL + MessagesPath)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var list struct{ Messages []Message }
			if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
				t.Fatal(err)
			}
			got := list.Messages[0].Webhook.Signature
			switch {
			case tc.state == "" && got != nil:
				t.Fatalf("signature %+v without a check", got)
			case tc.state == "":
			case got == nil || got.State != tc.state:
				t.Fatalf("signature %+v, want %s", got, tc.state)
			case len(bodies) != 1 || bodies[0] != `{"domain":"a.example"}`:
				t.Fatalf("the check saw %q", bodies)
			}
		})
	}
}
