package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	json2 "encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/smtp"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/sinks"
)

// devRequest makes one request to dev and returns the status and body.
func devRequest(t *testing.T, ctx context.Context, method, url string, header http.Header, body string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// caughtSubjects lists the subjects (e-mails) and paths (webhooks) of the
// caught notifications a caller reads, sorted.
func caughtSubjects(t *testing.T, body string) []string {
	t.Helper()
	var list struct {
		Messages []struct {
			Subject string
			Webhook *struct{ Path string }
		}
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatalf("list %q: %v", body, err)
	}
	var out []string
	for _, m := range list.Messages {
		if m.Webhook != nil {
			out = append(out, m.Webhook.Path)
		} else {
			out = append(out, m.Subject)
		}
	}
	slices.Sort(out)
	return out
}

func bearer(tok string) http.Header { return http.Header{"Authorization": {"Bearer " + tok}} }

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// TestDevCatcherAccess: the caught notifications follow the API's access
// rules. While the API is open anyone reads them; once a manager's token
// closes it, a client without credentials gets 401 and none of their
// contents, and each manager (by directory token or by console session)
// reads only what was sent to it. Issue 17: the catcher stayed readable
// by anyone when the API was closed by a manager credential.
func TestDevCatcherAccess(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := t.TempDir()
	dev := startDev(t, ctx, dir, nil)
	base := "http://" + dev.front
	list := base + "/catcher/messages"

	// One mail to each manager, and a webhook to the NOC's URL.
	for _, to := range []string{"noc@r.example", "pm@d.example"} {
		msg := fmt.Sprintf("From: mailflow@localhost\r\nTo: %s\r\nSubject: secret for %s\r\n\r\nsecret body\r\n", to, to)
		if err := smtp.SendMail(dev.smtp, nil, "mailflow@localhost", []string{to}, []byte(msg)); err != nil {
			t.Fatal(err)
		}
	}
	if code, body := devRequest(t, ctx, http.MethodPost, base+"/catcher/webhook/noc", nil, `{"type":"domain.bad","data":{"secret":"x"}}`); code != http.StatusNoContent {
		t.Fatalf("webhook: %d %s", code, body)
	}
	all := []string{"/catcher/webhook/noc", "secret for noc@r.example", "secret for pm@d.example"}
	if code, body := devRequest(t, ctx, http.MethodGet, list, nil, ""); code != http.StatusOK || !slices.Equal(caughtSubjects(t, body), all) {
		t.Fatalf("open API: %d %s, want all three", code, body)
	}
	// A name a DNS-rebinding page could hold gets none of them, from the
	// front as from the instance (review finding: the API refused it,
	// the catcher answered).
	for _, path := range []string{"/catcher/messages", "/api/v1/domains"} {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
		req.Host = "rebind.evil.test:" + dev.front[strings.LastIndexByte(dev.front, ':')+1:]
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusMisdirectedRequest || strings.Contains(string(b), "secret") {
			t.Fatalf("open API, Host %s, %s: %d %s, want 421 and nothing caught", req.Host, path, resp.StatusCode, b)
		}
	}

	// Managers with tokens close the API.
	const nocToken, pmToken = "dev-access-noc-token-0123456789", "dev-access-pm-token-0123456789"
	file := filepath.Join(dir, "directory.yaml")
	yaml := fmt.Sprintf(`resellers:
  - id: r
customers:
  - id: c
    reseller: r
domains:
  - name: d.example
    customer: c
managers:
  - id: noc
    level: reseller
    of: r
    email: NOC@r.example
    webhook_url: %s/catcher/webhook/noc
    webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz
    api_token_sha256: %s
  - id: pm
    level: domain
    of: d.example
    email: pm@d.example
    api_token_sha256: %s
`, base, sha256Hex(nocToken), sha256Hex(pmToken))
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runMailflowCtx(ctx, nil, "", "config", "apply", "-f", file, "--brokers", dev.kafka); r.code != 0 {
		t.Fatalf("config apply: %d %s", r.code, r.stderr)
	}
	waitFor(t, ctx, "the API closes", func() bool {
		code, _ := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains", nil, "")
		return code == http.StatusUnauthorized
	})
	// A webhook signed with the NOC's secret, as the sink signs them: the
	// NOC sees it, but not the unsigned one posted to its URL before.
	signed := `{"type":"domain.bad","data":{"signed":true}}`
	now := time.Now()
	sig, err := sinks.SignWebhook("whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz", "msg_dev_access_1", now, []byte(signed))
	if err != nil {
		t.Fatal(err)
	}
	if code, body := devRequest(t, ctx, http.MethodPost, base+"/catcher/webhook/noc", http.Header{
		sinks.HeaderWebhookID: {"msg_dev_access_1"}, sinks.HeaderWebhookTimestamp: {strconv.FormatInt(now.Unix(), 10)}, sinks.HeaderWebhookSignature: {sig},
	}, signed); code != http.StatusNoContent {
		t.Fatalf("signed webhook: %d %s", code, body)
	}

	tests := []struct {
		name   string
		header http.Header
		want   int
		see    []string
	}{
		{"no credentials", nil, http.StatusUnauthorized, nil},
		{"wrong token", bearer("not-a-token"), http.StatusUnauthorized, nil},
		{"not bearer", http.Header{"Authorization": {"Basic bm9jOng="}}, http.StatusUnauthorized, nil},
		{"noc token", bearer(nocToken), http.StatusOK, []string{"/catcher/webhook/noc", "secret for noc@r.example"}},
		{"pm token", bearer(pmToken), http.StatusOK, []string{"secret for pm@d.example"}},
	}
	for _, tc := range tests {
		for _, path := range []string{list, base + "/catcher/other"} {
			code, body := devRequest(t, ctx, http.MethodGet, path, tc.header, "")
			if path != list {
				if tc.want == http.StatusUnauthorized && code != http.StatusUnauthorized {
					t.Errorf("%s: GET %s: %d, want 401", tc.name, path, code)
				}
				continue
			}
			if code != tc.want {
				t.Errorf("%s: %d %s, want %d", tc.name, code, body, tc.want)
				continue
			}
			if code != http.StatusOK {
				if strings.Contains(body, "secret") {
					t.Errorf("%s: %d answer shows caught contents: %s", tc.name, code, body)
				}
				continue
			}
			if got := caughtSubjects(t, body); !slices.Equal(got, tc.see) {
				t.Errorf("%s sees %q, want %q", tc.name, got, tc.see)
			}
		}
	}

	// A manager signed in to the console (the Sent notifications page
	// sends the session cookie) sees its own notifications only.
	setManagerPassword(t, ctx, dev, "pm", "a good long password for pm")
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/session", strings.NewReader(`{"email":"pm@d.example","password":"a good long password for pm"}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var session struct {
		CSRF string `json:"csrf_token"`
	}
	_ = json2.NewDecoder(resp.Body).Decode(&session)
	resp.Body.Close()
	var cookies []string
	for _, c := range resp.Cookies() {
		cookies = append(cookies, c.Name+"="+c.Value)
	}
	if resp.StatusCode != http.StatusOK || len(cookies) == 0 {
		t.Fatalf("sign in: %d, cookies %v", resp.StatusCode, cookies)
	}
	code, body := devRequest(t, ctx, http.MethodGet, list, http.Header{"Cookie": {strings.Join(cookies, "; ")}}, "")
	if got := caughtSubjects(t, body); code != http.StatusOK || !slices.Equal(got, []string{"secret for pm@d.example"}) {
		t.Errorf("pm's console session: %d, sees %q", code, got)
	}

	// The manager can point its own webhook at the catcher (a loopback
	// URL, which the console refuses outside dev unless
	// --allow-private-webhooks): the demo's notifications can be tried.
	hdr := http.Header{"Cookie": {strings.Join(cookies, "; ")}, "Content-Type": {"application/json"}, "X-CSRF-Token": {session.CSRF}}
	if code, body := devRequest(t, ctx, http.MethodPut, base+"/api/v1/me/webhook", hdr, `{"url":"`+base+`/catcher/webhook/pm"}`); code != http.StatusOK {
		t.Errorf("pm's webhook to the catcher: %d %s", code, body)
	}
	// Setting the NOC's URL as its own does not show pm what was sent to
	// the NOC (review finding: webhooks were shown by URL alone).
	if code, body := devRequest(t, ctx, http.MethodPut, base+"/api/v1/me/webhook", hdr, `{"url":"`+base+`/catcher/webhook/noc"}`); code != http.StatusOK {
		t.Fatalf("pm's webhook to the NOC's URL: %d %s", code, body)
	}
	waitFor(t, ctx, "pm's webhook URL in the directory", func() bool {
		code, body := devRequest(t, ctx, http.MethodGet, base+"/api/v1/session", http.Header{"Cookie": {strings.Join(cookies, "; ")}}, "")
		return code == http.StatusOK && strings.Contains(body, "/catcher/webhook/noc")
	})
	code, body = devRequest(t, ctx, http.MethodGet, list, http.Header{"Cookie": {strings.Join(cookies, "; ")}}, "")
	if got := caughtSubjects(t, body); code != http.StatusOK || !slices.Equal(got, []string{"secret for pm@d.example"}) {
		t.Errorf("pm with the NOC's webhook URL: %d, sees %q, want only its own mail", code, got)
	}
}

// TestDevCatcherOperator: with --api-token (MAILFLOW_API_TOKEN) the API is
// closed from the start: the operator's token reads every caught
// notification, a client without it none, and the webhook receiver stays
// open (a receiver takes posts from anyone and shows nothing back).
func TestDevCatcherOperator(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const op = "dev-operator-token-0123456789"
	dev := startDev(t, ctx, t.TempDir(), map[string]string{"MAILFLOW_API_TOKEN": op})
	base := "http://" + dev.front
	if code, body := devRequest(t, ctx, http.MethodPost, base+"/catcher/webhook/noc", nil, `{"type":"domain.bad","data":{"secret":"x"}}`); code != http.StatusNoContent {
		t.Fatalf("webhook: %d %s", code, body)
	}
	if code, body := devRequest(t, ctx, http.MethodGet, base+"/catcher/messages", nil, ""); code != http.StatusUnauthorized || strings.Contains(body, "secret") {
		t.Errorf("without the token: %d %s, want 401 without contents", code, body)
	}
	if code, body := devRequest(t, ctx, http.MethodGet, base+"/catcher/messages", bearer("wrong"), ""); code != http.StatusUnauthorized {
		t.Errorf("a wrong token: %d %s, want 401", code, body)
	}
	if code, body := devRequest(t, ctx, http.MethodGet, base+"/catcher/messages", bearer(op), ""); code != http.StatusOK || !slices.Equal(caughtSubjects(t, body), []string{"/catcher/webhook/noc"}) {
		t.Errorf("the operator: %d %s, want the webhook", code, body)
	}
	// The front still serves the console and the API behind it.
	if code, _ := devRequest(t, ctx, http.MethodGet, base+"/sent", nil, ""); code != http.StatusOK {
		t.Errorf("/sent: %d", code)
	}
	if code, _ := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains", bearer(op), ""); code != http.StatusOK {
		t.Errorf("/api/v1/domains with the token: %d", code)
	}
}
