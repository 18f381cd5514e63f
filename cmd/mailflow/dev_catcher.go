package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"time"

	"github.com/mailflow/mailflow/catcher"
)

// devCatcher is dev's built-in notification catcher and the HTTP front
// that serves it beside the instance's API and console on one address:
// /catcher/ goes to the catcher, everything else to the instance.
type devCatcher struct {
	c     *catcher.Catcher
	ln    net.Listener
	srv   *http.Server
	log   *slog.Logger
	errCh chan error
	// token, when set, is the API's admin token (--api-token): the list of
	// caught notifications then asks for it as the API does.
	token string
}

// startDevCatcher starts the catcher's SMTP server and listens for HTTP on
// httpAddr; serve starts answering once the instance's own address is
// known.
func startDevCatcher(httpAddr, token string, log *slog.Logger) (*devCatcher, error) {
	c, err := catcher.Start(catcher.WithLogger(log))
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", httpAddr)
	if err != nil {
		_ = c.Close(context.Background())
		return nil, fmt.Errorf("listen on %s (another mailflow dev? --http sets another address): %w", httpAddr, err)
	}
	return &devCatcher{c: c, ln: ln, log: log, errCh: make(chan error, 1), token: token}, nil
}

// addr is the address the console, API and catcher are served on.
func (d *devCatcher) addr() string { return d.ln.Addr().String() }

// smtp returns the host and port of the catcher's SMTP server.
func (d *devCatcher) smtp() (string, int) {
	host, port, _ := net.SplitHostPort(d.c.SMTPAddr())
	p, _ := strconv.Atoi(port)
	return host, p
}

// webhookURL returns the URL a demo manager's webhook posts to.
func (d *devCatcher) webhookURL(name string) string {
	_, port, _ := net.SplitHostPort(d.addr())
	return "http://" + net.JoinHostPort(loopbackHost(d.addr()), port) + catcher.WebhookPath + "/" + url.PathEscape(name)
}

// loopbackHost returns the host of addr a local client dials: the host
// itself, or 127.0.0.1 for an unspecified one (":8080", "0.0.0.0:8080").
func loopbackHost(addr string) string {
	host, _, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		return "127.0.0.1"
	}
	return host
}

// serve answers on the front address: the catcher's paths itself, the
// rest through a reverse proxy to the instance at backend (the live log's
// server-sent events are flushed as they come).
func (d *devCatcher) serve(backend string) {
	proxy := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: "http", Host: backend})
	proxy.FlushInterval = -1
	proxy.ErrorLog = slog.NewLogLogger(d.log.Handler(), slog.LevelDebug)
	mux := http.NewServeMux()
	mux.Handle("/catcher/", d.guard(d.c.Handler()))
	mux.Handle("/", proxy)
	d.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { d.errCh <- d.srv.Serve(d.ln) }()
	d.log.Info("dev: console, API, metrics and Sent notifications served on one address (the instance behind it has a loopback port of its own)",
		"addr", "http://"+d.addr(), "instance", "http://"+backend)
}

// guard keeps the caught notifications behind the API's admin token when
// there is one; the webhook receiver stays open, as a receiver is.
func (d *devCatcher) guard(h http.Handler) http.Handler {
	if d.token == "" {
		return h
	}
	want := []byte("Bearer " + d.token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != catcher.MessagesPath || subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) == 1 {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="mailflow"`)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"the sent notifications need the API token (--api-token)"}` + "\n"))
	})
}

// close stops the front and the catcher.
func (d *devCatcher) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if d.srv != nil {
		if err := d.srv.Shutdown(ctx); err != nil {
			_ = d.srv.Close()
		}
		if err := <-d.errCh; err != nil && !errors.Is(err, http.ErrServerClosed) {
			d.log.Warn("dev: HTTP front stopped", "err", err)
		}
	} else {
		_ = d.ln.Close()
	}
	_ = d.c.Close(ctx)
}
