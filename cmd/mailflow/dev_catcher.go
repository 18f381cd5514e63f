package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/catcher"
	"github.com/mailflow/mailflow/clientaddr"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/sinks"
)

// devCatcher is dev's built-in notification catcher and the HTTP front
// that serves it beside the instance's API and console on one address:
// /catcher/ goes to the catcher, everything else to the instance.
//
// The caught notifications follow the API's access rules (api/auth.go):
// while the API is open (no operator token, no manager credential) anyone
// may read them; once it is closed, the operator (the --api-token token)
// reads all of them and a manager (its directory token, a token made in
// the console, or its console session cookie) only those sent to it: the
// e-mails to its address and the webhooks to its webhook URL. The front
// asks the instance who the caller is (GET /api/v1/session with the
// caller's credentials), so it follows whatever the instance accepts.
//
// The instance sees every request come from the front's loopback
// address; the front vouches for the real client's address with a key
// made per process (package clientaddr), which the instance is given
// (instanceOption), so that the audit log and the sign-in throttle see
// each client. What a client sends as X-Forwarded-For or as the front's
// own headers is not believed.
//
// Each caught webhook's signature is checked against the secret of the
// manager whose webhook URL it was posted to (checkWebhook), read from
// the directory the front follows.
type devCatcher struct {
	c     *catcher.Catcher
	ln    net.Listener
	srv   *api.Server
	log   *slog.Logger
	errCh chan error
	// backend is the instance's own address, set by serve; client asks
	// it who a caller is.
	backend string
	client  *http.Client
	// key vouches for clients' addresses to the instance.
	key clientaddr.Key
	// table follows the directory, for the webhooks' secrets; nil until
	// serve.
	table atomic.Pointer[directory.Table]
	// maxConns bounds the front's connections (--max-conns), as the
	// instance's own server does.
	maxConns int
}

// startDevCatcher starts the catcher's SMTP server and listens for HTTP on
// httpAddr; serve starts answering once the instance's own address is
// known.
func startDevCatcher(httpAddr string, maxConns int, log *slog.Logger) (*devCatcher, error) {
	key, err := clientaddr.NewKey()
	if err != nil {
		return nil, err
	}
	d := &devCatcher{log: log, errCh: make(chan error, 1), key: key, maxConns: maxConns,
		client: &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	if d.c, err = catcher.Start(catcher.WithLogger(log), catcher.WithWebhookCheck(d.checkWebhook)); err != nil {
		return nil, err
	}
	if d.ln, err = net.Listen("tcp", httpAddr); err != nil {
		_ = d.c.Close(context.Background())
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("listen on %s (another mailflow dev? --http sets another address): %w", httpAddr, err)
		}
		return nil, usageErr("--http %s: %v", httpAddr, err)
	}
	return d, nil
}

// instanceOption gives the instance the front's key (none for a nil
// front: dev without its catcher serves the instance directly).
func (d *devCatcher) instanceOption() instanceOption {
	return func(o *instanceOptions) {
		if d != nil {
			o.frontKey = d.key
		}
	}
}

// webhookTolerance is how far a webhook's timestamp may be from now, as
// the Standard Webhooks reference receivers allow (5 minutes).
const webhookTolerance = 5 * time.Minute

// checkWebhook is the catcher's catcher.WebhookCheck: the request's
// Standard Webhooks signature verified (sinks.VerifyWebhook) against the
// secret of each manager whose webhook URL is the request's, this
// catcher's host and the request's path.
func (d *devCatcher) checkWebhook(r *http.Request, body []byte) catcher.Signature {
	sig := r.Header.Get(sinks.HeaderWebhookSignature)
	if sig == "" {
		return catcher.Signature{State: catcher.SignatureMissing, Detail: "no webhook-signature header: a receiver must refuse it"}
	}
	var managers []directory.Manager
	if t := d.table.Load(); t != nil {
		for _, m := range t.Current().Managers {
			if u, err := url.Parse(m.WebhookURL); err == nil && m.WebhookURL != "" && m.WebhookSecret != "" && u.Host == d.webhookHost() && u.Path == r.URL.Path {
				managers = append(managers, m)
			}
		}
	}
	if len(managers) == 0 {
		return catcher.Signature{State: catcher.SignatureNoSecret, Detail: "no manager's webhook URL is " + r.URL.Path + ": there is no secret to check the signature against"}
	}
	slices.SortFunc(managers, func(a, b directory.Manager) int { return strings.Compare(a.ID, b.ID) })
	var why error
	for _, m := range managers {
		err := sinks.VerifyWebhook(m.WebhookSecret, r.Header.Get(sinks.HeaderWebhookID), r.Header.Get(sinks.HeaderWebhookTimestamp), sig, body, time.Now(), webhookTolerance)
		if err == nil {
			return catcher.Signature{State: catcher.SignatureVerified, Detail: "signed with manager " + m.ID + "'s webhook secret (Standard Webhooks, HMAC-SHA256)", Manager: m.ID}
		}
		why = err
	}
	return catcher.Signature{State: catcher.SignatureFailed, Detail: fmt.Sprintf("%v (checked against the secret of %s): a receiver must refuse it", why, names(managers))}
}

// names lists the managers' ids for a sentence.
func names(ms []directory.Manager) string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = "manager " + m.ID
	}
	return strings.Join(ids, ", ")
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
	return "http://" + d.webhookHost() + catcher.WebhookPath + "/" + url.PathEscape(name)
}

// webhookHost is the host:port webhooks reach the catcher at.
func (d *devCatcher) webhookHost() string {
	_, port, _ := net.SplitHostPort(d.addr())
	return net.JoinHostPort(loopbackHost(d.addr()), port)
}

// webhookAddrs returns the addresses the sink dials to reach the
// catcher's webhook receiver at webhookHost: the host's IP, or each
// address a name ("localhost") resolves to, with the front's port. dev
// lets the sink's webhooks reach exactly these (sinks.Config.WebhookAllow).
func (d *devCatcher) webhookAddrs(ctx context.Context) ([]netip.AddrPort, error) {
	host, portStr, err := net.SplitHostPort(d.webhookHost())
	if err != nil {
		return nil, err
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("catcher port %q: %w", portStr, err)
	}
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, fmt.Errorf("resolve the catcher's host %s: %w", host, err)
	}
	out := make([]netip.AddrPort, 0, len(ips))
	for _, ip := range ips {
		out = append(out, netip.AddrPortFrom(ip.Unmap(), uint16(port)))
	}
	return out, nil
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
// server-sent events are flushed as they come), vouching for each
// client's address. It follows the directory on configTopic for the
// webhooks' secrets.
func (d *devCatcher) serve(ctx context.Context, backend string, brokers []string, configTopic string) error {
	t, err := directory.NewTable(ctx, configTopic, d.log, kgo.SeedBrokers(brokers...))
	if err != nil {
		return fmt.Errorf("dev front: follow the directory: %w", err)
	}
	d.table.Store(t)
	d.backend = backend
	target := &url.URL{Scheme: "http", Host: backend}
	proxy := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(target)
		// The query as the client wrote it: ReverseProxy drops the
		// parameters it cannot parse (a stray '%', a ';') before
		// Rewrite, and the instance would answer with the filter left
		// out rather than refuse it with 400 naming it (review S29B-1).
		pr.Out.URL.RawQuery = pr.In.URL.RawQuery
		// The instance sees the Host the client asked for, as it
		// would without the front.
		pr.Out.Host = pr.In.Host
		// Rewrite already drops the client's X-Forwarded-* and
		// Forwarded headers; Vouch replaces any of the front's own a
		// client sent.
		d.key.Vouch(pr.Out, pr.In.RemoteAddr)
	}}
	proxy.FlushInterval = -1
	proxy.ErrorLog = slog.NewLogLogger(d.log.Handler(), slog.LevelDebug)
	proxy.ErrorHandler = d.proxyError
	mux := http.NewServeMux()
	mux.Handle("/catcher/", d.c.Handler(catcher.WithAccess(d.access)))
	mux.Handle("/", limitBody(renewWrites(proxy)))
	// The front is the address users reach: it is served as the
	// instance's own server is (read, write and idle timeouts, a bound
	// of connections shedding the idlest; review L1: a plain server kept
	// idle and stalled connections open without bound).
	d.srv = api.NewServer(mux, api.ServerConfig{MaxConns: d.maxConns, Log: d.log})
	go func() { d.errCh <- d.srv.Serve(d.ln) }()
	d.log.Info("dev: console, API, metrics and Sent notifications served on one address (the instance behind it has a loopback port of its own)",
		"addr", "http://"+d.addr(), "instance", "http://"+backend)
	return nil
}

// proxyError answers a request the instance could not be asked: 413 for a
// body over maxProxiedBody that declared no length, else 502 naming the
// cause (logged at warn: the instance behind dev should always answer).
func (d *devCatcher) proxyError(w http.ResponseWriter, r *http.Request, err error) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		bodyTooLarge(w, -1)
		return
	}
	if r.Context().Err() == nil {
		d.log.Warn("dev: the instance behind the front did not answer", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeFrontError(w, http.StatusBadGateway, "the mailflow instance behind this address did not answer: "+err.Error())
}

// who is a caller of the catcher's list as the instance sees it: the
// answer of GET /api/v1/session (consoleapi's whoAmI), or open when the
// API needs no credentials.
type who struct {
	open     bool
	Operator bool `json:"operator"`
	Manager  *struct {
		ID         string `json:"id"`
		Email      string `json:"email"`
		WebhookURL string `json:"webhook_url"`
	} `json:"manager"`
}

// errNoCaller is a caller the instance does not know, in closed mode.
var errNoCaller = errors.New("no valid credentials")

// errMisdirected is the instance refusing the caller's Host (421): an open
// API answers only names a DNS-rebinding page cannot hold (api/auth.go).
var errMisdirected = errors.New("the open API does not answer this host name")

// whoIs asks the instance who the request's caller is, with the request's
// own credentials (its Authorization header and cookies, nothing else).
func (d *devCatcher) whoIs(r *http.Request) (who, error) {
	var w who
	code, err := d.ask(r, "/api/v1/session", true, &w)
	if err != nil || code == http.StatusOK {
		return w, err
	}
	if code == http.StatusMisdirectedRequest {
		return w, errMisdirected
	}
	if code != http.StatusUnauthorized {
		return w, fmt.Errorf("GET /api/v1/session answered %d", code)
	}
	// No caller the console API knows: is the API open? Its list answers
	// a client without credentials only then.
	if code, err = d.ask(r, "/api/v1/domains?limit=1", false, nil); err != nil {
		return w, err
	}
	if code == http.StatusMisdirectedRequest {
		return w, errMisdirected
	}
	if code == http.StatusOK {
		return who{open: true}, nil
	}
	return w, errNoCaller
}

// ask GETs path from the instance, with the caller's credentials when
// creds, and decodes a 200's JSON into v when v is not nil.
func (d *devCatcher) ask(r *http.Request, path string, creds bool, v any) (int, error) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "http://"+d.backend+path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept", "application/json")
	// The caller's Host, so that the instance judges the name the
	// caller used (an open API refuses names a DNS-rebinding page could
	// hold), not the front's own address.
	req.Host = r.Host
	d.key.Vouch(req, r.RemoteAddr)
	if creds {
		for _, h := range []string{"Authorization", "Cookie"} {
			if vs := r.Header.Values(h); len(vs) > 0 {
				req.Header[h] = vs
			}
		}
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK && v != nil {
		if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(v); err != nil {
			return 0, fmt.Errorf("GET %s: %w", path, err)
		}
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, nil
}

// access is the catcher's catcher.Access: see devCatcher.
func (d *devCatcher) access(w http.ResponseWriter, r *http.Request) (func(catcher.Message) bool, bool) {
	c, err := d.whoIs(r)
	switch {
	case errors.Is(err, errMisdirected):
		writeFrontError(w, http.StatusMisdirectedRequest, fmt.Sprintf("mailflow dev answers only requests addressed to an IP address, localhost or a name it was told of (--allowed-hosts), and not %q: a web page could otherwise read the sent notifications through DNS rebinding", r.Host))
		return nil, false
	case errors.Is(err, errNoCaller):
		w.Header().Set("WWW-Authenticate", `Bearer realm="mailflow"`)
		writeFrontError(w, http.StatusUnauthorized, "the sent notifications are shown to the operator (the API token) and to each manager for their own: sign in at /account, or send Authorization: Bearer TOKEN")
		return nil, false
	case err != nil:
		if r.Context().Err() == nil {
			d.log.Warn("dev: could not ask the instance who reads the sent notifications", "err", err)
		}
		writeFrontError(w, http.StatusServiceUnavailable, "cannot check your access with the mailflow instance; try again in a moment")
		return nil, false
	case c.open || c.Operator:
		return nil, true
	case c.Manager == nil:
		writeFrontError(w, http.StatusForbidden, "these credentials belong to no manager")
		return nil, false
	}
	return sentTo(c.Manager.ID, c.Manager.Email, c.Manager.WebhookURL, d.webhookHost()), true
}

// sentTo accepts the caught notifications sent to a manager: e-mails with
// its address among the envelope recipients (compared without case: the
// sink writes the directory's spelling), and webhooks posted to its
// webhook URL when that URL is this catcher's (host:port hookHost) and
// their signature verified with the manager's own secret. The URL alone
// is not enough: a manager may set any URL, another manager's included,
// and must not read what was sent to that one (review finding); webhooks
// that verified for nobody are the operator's to see.
func sentTo(managerID, email, webhookURL, hookHost string) func(catcher.Message) bool {
	hookPath := ""
	if u, err := url.Parse(webhookURL); err == nil && webhookURL != "" && u.Host == hookHost {
		hookPath = u.Path
	}
	return func(m catcher.Message) bool {
		switch m.Kind {
		case catcher.KindEmail:
			for _, to := range m.EnvelopeTo {
				if email != "" && strings.EqualFold(to, email) {
					return true
				}
			}
		case catcher.KindWebhook:
			return hookPath != "" && m.Webhook != nil && m.Webhook.Path == hookPath &&
				m.Webhook.Signature != nil && m.Webhook.Signature.State == catcher.SignatureVerified && m.Webhook.Signature.Manager == managerID
		}
		return false
	}
}

// maxProxiedBody bounds a request body the front passes to the instance.
// Every body the instance takes is a small JSON object (the console API
// refuses more than 16 KiB), and the instance's HTTP server drains at
// most 256 KiB of a body its handler left unread before it closes the
// connection: a larger body, answered early by the instance, had the
// proxy still writing into a closed connection, and the client got a 502
// (or a reset) instead of the 413. Within this bound the instance always
// reads the whole body and its own answer reaches the client.
const maxProxiedBody = 64 << 10

// limitBody refuses a body over maxProxiedBody with 413 before reading
// it when its length is declared, and cuts an undeclared (chunked) one
// off at the bound, which the proxy's ErrorHandler answers 413.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > maxProxiedBody {
			bodyTooLarge(w, r.ContentLength)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = http.MaxBytesReader(w, r.Body, maxProxiedBody)
		}
		next.ServeHTTP(w, r)
	})
}

// bodyTooLarge answers 413 for a body over maxProxiedBody; size is the
// declared length, or -1 when it was cut off while read.
func bodyTooLarge(w http.ResponseWriter, size int64) {
	msg := fmt.Sprintf("the request body is larger than the %d bytes mailflow's console and API take", maxProxiedBody)
	if size >= 0 {
		msg = fmt.Sprintf("the request body of %d bytes is larger than the %d bytes mailflow's console and API take", size, maxProxiedBody)
	}
	// The body is not read: the connection ends with this answer.
	w.Header().Set("Connection", "close")
	writeFrontError(w, http.StatusRequestEntityTooLarge, msg)
}

// writeFrontError answers with the API's error shape, {"error": msg}.
func writeFrontError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// close stops the front and the catcher.
func (d *devCatcher) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if d.srv != nil {
		_ = d.srv.Shutdown(ctx) // closes what is left when ctx ends
		if err := <-d.errCh; err != nil && !errors.Is(err, http.ErrServerClosed) {
			d.log.Warn("dev: HTTP front stopped", "err", err)
		}
	} else {
		_ = d.ln.Close()
	}
	_ = d.c.Close(ctx)
	if t := d.table.Load(); t != nil {
		t.Close()
	}
}

// renewWrites gives each write of a proxied answer the server's write
// timeout anew, so that a live-log stream or an export, which the
// instance behind keeps open as long as it is read, outlives the front's
// write timeout, while a reader that stops reading is still cut that
// long into the write it holds up.
func renewWrites(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&renewingWriter{ResponseWriter: w, rc: http.NewResponseController(w)}, r)
	})
}

type renewingWriter struct {
	http.ResponseWriter
	rc *http.ResponseController
}

func (w *renewingWriter) renew() {
	_ = w.rc.SetWriteDeadline(time.Now().Add(api.DefaultWriteTimeout))
}

func (w *renewingWriter) WriteHeader(code int) { w.renew(); w.ResponseWriter.WriteHeader(code) }

func (w *renewingWriter) Write(p []byte) (int, error) { w.renew(); return w.ResponseWriter.Write(p) }

// FlushError flushes what is buffered; the reverse proxy flushes each
// stream event through it.
func (w *renewingWriter) FlushError() error { w.renew(); return w.rc.Flush() }

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *renewingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
