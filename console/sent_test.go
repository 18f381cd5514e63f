package console_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/catcher"
)

// TestSentPageSignedOut: signed out (no session, no token, or a token
// the list refuses), the Sent notifications page offers the same sign-in
// route as the domain pages (the header's "Sign in: your notifications"
// and a sign-in link in the alert) instead of "Loading…" under a warning
// (review); with the operator's token it lists what the catcher caught.
// The page runs in headless Chromium against a token-protected instance
// with a real catcher in front, its list refused with 401 as mailflow
// dev's front refuses it to a caller the instance does not know.
func TestSentPageSignedOut(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const token = "sent-page-admin-token-5c1d"
	in := startInstanceToken(t, ctx, token)
	c, err := catcher.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	access := func(w http.ResponseWriter, r *http.Request) (func(catcher.Message) bool, bool) {
		if r.Header.Get("Authorization") == "Bearer "+token {
			return nil, true
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="mailflow"`)
		http.Error(w, `{"error":"sign in at /account, or send Authorization: Bearer TOKEN"}`, http.StatusUnauthorized)
		return nil, false
	}
	mux := http.NewServeMux()
	mux.Handle("/catcher/", c.Handler(catcher.WithAccess(access)))
	mux.Handle("/", in.srv.Config.Handler)
	front := httptest.NewServer(mux)
	t.Cleanup(front.Close)

	tab, _ := browser(t, ctx, exe)
	signInRoute := `!document.querySelector("#sent-error").hidden` +
		` && [...document.querySelectorAll("#sent-error a[href='/account']")].some((a) => /sign in/i.test(a.textContent) && a.offsetParent !== null)` +
		` && [...document.querySelectorAll("header nav a[href='/account']")].some((a) => a.textContent === "Sign in: your notifications")` +
		` && !document.querySelector("#sent-note").textContent.includes("Loading")` +
		` && document.querySelectorAll("#sent li").length === 0`
	for _, tc := range []struct{ what, tabToken string }{
		{"signed out", ""},
		{"a refused token", "not-the-token"},
	} {
		do(t, tab, chromedp.Navigate(front.URL+"/sent"))
		eval[bool](t, tab, `(sessionStorage.setItem("mailflow.apiToken", "`+tc.tabToken+`"), true)`)
		do(t, tab, chromedp.Navigate(front.URL+"/sent"))
		waitJS(t, tab, 10*time.Second, "the sign-in route on the Sent page, "+tc.what, signInRoute)
	}
	eval[bool](t, tab, `(sessionStorage.setItem("mailflow.apiToken", "`+token+`"), true)`)
	do(t, tab, chromedp.Navigate(front.URL+"/sent"))
	waitJS(t, tab, 10*time.Second, "the Sent page with the operator's token",
		`document.querySelector("#sent-error").hidden && !document.querySelector("#sent-empty").hidden && document.querySelector("#sent-note").textContent.includes("caught")`)
}
