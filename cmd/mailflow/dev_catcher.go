package main

import (
	"context"
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
}

// startDevCatcher starts the catcher's SMTP server and listens for HTTP on
// httpAddr; serve starts answering once the instance's own address is
// known.
func startDevCatcher(httpAddr string, log *slog.Logger) (*devCatcher, error) {
	c, err := catcher.Start(catcher.WithLogger(log))
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", httpAddr)
	if err != nil {
		_ = c.Close(context.Background())
		return nil, fmt.Errorf("listen on %s: %w", httpAddr, err)
	}
	return &devCatcher{c: c, ln: ln, log: log, errCh: make(chan error, 1)}, nil
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
	mux.Handle("/catcher/", d.c.Handler())
	mux.Handle("/", proxy)
	d.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { d.errCh <- d.srv.Serve(d.ln) }()
	d.log.Info("dev: console, API, metrics and Sent notifications served on one address (the instance behind it has a loopback port of its own)",
		"addr", "http://"+d.addr(), "instance", "http://"+backend)
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
