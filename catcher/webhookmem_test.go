package catcher

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestWebhookMemoryWithinBound: what the catcher keeps of webhooks —
// bodies, the decoded payloads and indented copies it shows — stays
// within its byte bound, for bodies that decode to many small values
// (review M2: 40 posts of 1 MiB of empty objects held 800 MiB of heap
// against a 32 MiB bound that counted the bodies alone), and a small
// webhook is still kept readable.
func TestWebhookMemoryWithinBound(t *testing.T) {
	c, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	h := c.WebhookHandler()
	post := func(body, origin string) int {
		r := httptest.NewRequest(http.MethodPost, WebhookPath+"/x", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		if origin != "" {
			r.Header.Set("Origin", origin)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for _, body := range []string{
		`{"a":[` + strings.TrimSuffix(strings.Repeat("{},", (MaxWebhookBytes-20)/3), ",") + `]}`,  // a value every 3 bytes
		`{"a":[` + strings.TrimSuffix(strings.Repeat("{},", (maxReadableBytes-20)/3), ",") + `]}`, // under the readable size, over its values
		`{"a":[` + strings.TrimSuffix(strings.Repeat("0,", (maxReadableBytes-20)/2), ",") + `]}`,
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for range 40 {
			if code := post(body, ""); code != http.StatusNoContent {
				t.Fatalf("a server's webhook: %d", code)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		if kept := int64(after.HeapInuse) - int64(before.HeapInuse); kept > 2*DefaultMaxBytes {
			t.Errorf("40 webhooks of %d bytes keep %d MiB of heap, over twice the %d MiB bound", len(body), kept>>20, DefaultMaxBytes>>20)
		}
	}
	if code := post(`{"domain":"example.com","status":"bad"}`, ""); code != http.StatusNoContent {
		t.Fatalf("a small webhook: %d", code)
	}
	ms := c.Caught().List()
	if last := ms[0]; last.Webhook == nil || last.Webhook.Payload["domain"] != "example.com" || !strings.Contains(last.Webhook.Pretty, "\n") {
		t.Errorf("a small webhook is not kept readable: %+v", last.Webhook)
	}
	if code := post(`{"a":1}`, "https://evil.example"); code != http.StatusForbidden {
		t.Errorf("a web page's POST (Origin set): %d, want 403", code)
	}
}

// TestWebhookHeadersAndNestingBounded: thousands of empty header fields
// (review C1: 500 posts kept 281 MiB) and a body nested thousands deep,
// whose indented copy grew quadratically (review C2: 8 KiB became 33 MB),
// stay within the catcher's bound.
func TestWebhookHeadersAndNestingBounded(t *testing.T) {
	c, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	h := c.WebhookHandler()
	deep := `{"a":` + strings.Repeat("[", 4094) + strings.Repeat("]", 4094) + `}`
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range 500 {
		r := httptest.NewRequest(http.MethodPost, WebhookPath+"/x", strings.NewReader(deep))
		for j := range 16000 {
			r.Header["A"+strconv.Itoa(j)] = []string{""}
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusNoContent {
			t.Fatalf("post %d: %d", i, w.Code)
		}
		if i == 0 {
			m := c.Caught().List()[0]
			if len(m.Webhook.Headers) > maxKeptHeaders+1 || m.Webhook.Pretty != "" {
				t.Fatalf("kept %d headers and %d bytes of indented body", len(m.Webhook.Headers), len(m.Webhook.Pretty))
			}
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if kept := int64(after.HeapInuse) - int64(before.HeapInuse); kept > 2*DefaultMaxBytes {
		t.Errorf("500 webhooks keep %d MiB of heap, over twice the %d MiB bound", kept>>20, DefaultMaxBytes>>20)
	}
}
