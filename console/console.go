// Package console serves mailflow's web console: a single page for live
// troubleshooting that reads the instance's own API — the Bad domains, a
// domain's Mail Flow Status with the advice for its failures, and its live
// log, which updates as attempts arrive (server-sent events).
package console

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the console at / and /domains/{domain} (the page reads the
// domain from its path, so links in notifications open it directly), the
// search box's results at /search?q=, the
// notifications mailflow dev's built-in catcher received at /sent, and the
// silences of the signed-in manager's tree at /silences.
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		// The embedded tree is fixed at build time; this cannot fail.
		panic(err)
	}
	files := http.FileServerFS(sub)
	mux := http.NewServeMux()
	// The static files get the pages' headers too: account.html, the
	// managers' sign-in and password page, is opened at /static/ (review
	// finding: it could be framed).
	mux.Handle("GET /static/", withPageHeaders(http.StripPrefix("/static/", files)))
	index := page(sub, "index.html")
	mux.HandleFunc("GET /{$}", index)
	mux.HandleFunc("GET /domains/{domain}", index)
	// Search results: a recipient's attempts and a message's parts in
	// every domain the caller may see (the page reads the Logs API).
	mux.HandleFunc("GET /search", index)
	// Sent notifications: what mailflow dev's built-in catcher received
	// (the page reads /catcher/messages and says when there is none).
	mux.HandleFunc("GET /sent", page(sub, "sent.html"))
	// Silences: the signed-in manager's silences and maintenance windows
	// (the page reads and writes /api/v1/silences, package consoleapi).
	mux.HandleFunc("GET /silences", page(sub, "silences.html"))
	return mux
}

// page serves one of the console's pages with the headers every page has:
// scripts and styles only from the console itself, no framing.
func page(sub fs.FS, name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		setPageHeaders(w.Header())
		http.ServeFileFS(w, r, sub, name)
	}
}

// withPageHeaders serves next with the headers every page has.
func withPageHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setPageHeaders(w.Header())
		next.ServeHTTP(w, r)
	})
}

// setPageHeaders sets the console's security headers: scripts and styles
// only from the console itself (Content Security Policy Level 3), no
// framing (frame-ancestors, against clickjacking), no MIME sniffing, and
// no full URL (a set-password link's fragment is never sent anyway) in
// the Referer of other sites.
func setPageHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
}
