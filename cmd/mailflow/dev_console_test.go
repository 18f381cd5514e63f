package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
)

// TestConsoleStartPageLinksAccount: the console's start page links the
// managers' sign-in at /account from its header, where a manager turns on
// their own notifications (issue 17: a newcomer could not find it). The
// help article the console follows says notifications are turned on per
// manager, each signed in to the console.
func TestConsoleStartPageLinksAccount(t *testing.T) {
	srv := httptest.NewServer(consoleHandler())
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	nav := regexp.MustCompile(`(?s)<nav class="links"[^>]*>(.*?)</nav>`).FindSubmatch(body)
	if resp.StatusCode != http.StatusOK || nav == nil {
		t.Fatalf("GET /: %d, no header links in %.300q", resp.StatusCode, body)
	}
	if !regexp.MustCompile(`<a href="/account">[^<]*notifications[^<]*</a>`).Match(nav[1]) {
		t.Errorf("the header links %q have no link to /account naming notifications", nav[1])
	}
}
