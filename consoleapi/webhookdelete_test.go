package consoleapi

import (
	"strings"
	"testing"
)

// TestWebhookDeleteInUse: a webhook that one of the manager's
// subscriptions names as a channel is not removed (409 naming the
// subscription), since the subscription would route nothing and the
// directory would not validate (review S24A-2); once the subscription
// uses e-mail only, it is.
func TestWebhookDeleteInUse(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	c := f.signIn("da1@a.example")
	if code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example/hook"}); code != 200 {
		t.Fatalf("webhook: %d %s", code, body)
	}
	for _, channels := range [][]string{{"webhook"}, {"email", "webhook"}} {
		if code, body := c.do("PUT", "/api/v1/me/notifications/domain/a1.example", map[string]any{"channels": channels, "transitions": []string{"bad"}}); code != 200 {
			t.Fatalf("subscribe %v: %d %s", channels, code, body)
		}
		code, body := c.do("DELETE", "/api/v1/me/webhook", nil)
		if code != 409 || !strings.Contains(body, "subscriptions") {
			t.Fatalf("delete the webhook a subscription (%v) uses: %d %s, want 409", channels, code, body)
		}
		if f.table.Current().Managers["mDA1"].WebhookURL == "" {
			t.Fatalf("the webhook was removed although a subscription (%v) uses it", channels)
		}
	}
	if code, body := c.do("PUT", "/api/v1/me/notifications/domain/a1.example", map[string]any{"channels": []string{"email"}, "transitions": []string{"bad"}}); code != 200 {
		t.Fatalf("subscribe by e-mail: %d %s", code, body)
	}
	if code, body := c.do("DELETE", "/api/v1/me/webhook", nil); code != 200 {
		t.Fatalf("delete an unused webhook: %d %s", code, body)
	}
	if f.table.Current().Managers["mDA1"].WebhookURL != "" {
		t.Fatal("the unused webhook was not removed")
	}
}

// TestWebhookURLPortAndSpace: a port outside 1–65535 or not a number, and
// a space or control character, are refused when the URL is written
// (review S24A-8: accepted, then retried for an hour as a temporary fault).
func TestWebhookURLPortAndSpace(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	c := f.signIn("da1@a.example")
	for _, u := range []string{"https://tickets.a.example:99999/hook", "https://tickets.a.example:0/hook", "https://tickets.a.example:https/hook",
		"https://tickets.a.example/a b", "https://tickets.a.example/a\tb", "https://tickets.a.example:65536/"} {
		if code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": u}); code != 400 {
			t.Errorf("webhook %q: %d %s, want 400", u, code, body)
		}
	}
	if code, body := c.do("PUT", "/api/v1/me/webhook", map[string]string{"url": "https://tickets.a.example:8443/a%20b"}); code != 200 {
		t.Fatalf("a port in range and an encoded space: %d %s", code, body)
	}
}
