package consoleapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/clientaddr"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/queryparams"
	"github.com/mailflow/mailflow/schemas"
)

// StatusSource says what status domains have. The processor's API is one
// (APIStatuses); a source may leave out domains it knows nothing of, which
// count as Unknown.
type StatusSource interface {
	Statuses(ctx context.Context, domains []string) (map[string]schemas.Status, error)
}

// Config configures the handler.
type Config struct {
	// Directory returns the current directory (the instance's
	// directory.Table).
	Directory func() *directory.Directory
	// CatchUp, when set, waits until Directory reflects every config
	// record written before the call (directory.Table.CatchUp). A write
	// is authorized and built on the directory after it, so that a
	// manager an operator has removed, or moved out of a tree, cannot
	// write from an instance that has not read the change yet.
	CatchUp func(ctx context.Context) error
	// Client writes config records and audit entries; ConfigTopic and
	// AuditTopic name the topics.
	Client      *kgo.Client
	ConfigTopic string
	AuditTopic  string
	// Accounts holds passwords, sessions and tokens.
	Accounts *accounts.Store
	// Statuses gives the tree its rollups; without it every domain is
	// Unknown.
	Statuses StatusSource
	// AdminToken is the operator's bearer token (the API's): it reads and
	// changes anything. Empty: no operator access through this handler.
	AdminToken string
	// MaxSilences bounds the silences in force or to come one manager may
	// have set (409 beyond); MaxSilencesPerManager when zero.
	MaxSilences int
	// Secure marks the session cookie Secure (the console is served over
	// TLS, or behind a TLS-terminating proxy).
	Secure bool
	// Log receives errors and the changes made (info).
	Log *slog.Logger
	// Throttle slows password guessing; NewThrottle's defaults when nil.
	Throttle *accounts.Throttle
	// Registerer receives the console's metrics (metrics.go); none when
	// nil.
	Registerer prometheus.Registerer
	// AllowPrivateWebhooks accepts webhook URLs whose host is a
	// loopback, private or other non-public address (the sinks must then
	// allow them too: --allow-private-webhooks; mailflow dev's catcher).
	AllowPrivateWebhooks bool
	// RefuseLinkLocalWebhooks, with AllowPrivateWebhooks, still refuses
	// every non-public host but loopback and private ones (RFC 1918,
	// RFC 4193): link-local (169.254.0.0/16, fe80::/10, where cloud
	// metadata services answer, in any spelling), shared, reserved and
	// multicast addresses. mailflow dev's catcher lets managers point a
	// webhook at it on loopback or the private network, nothing else.
	RefuseLinkLocalWebhooks bool
	// ApplyWait bounds how long a write waits for the directory to show
	// it before answering (read-your-writes); 5 seconds when zero.
	ApplyWait time.Duration
	// FrontKey, when set, is the key of a front that forwards to this
	// instance (mailflow dev's): a request it vouches for (package
	// clientaddr) is taken to come from the client address it names,
	// for the audit log, the sign-in throttle and the read API. Without
	// it, and for any request whose proof does not verify, the client is
	// the TCP peer (or, before the request gets here, the client a
	// trusted proxy named: clientaddr.Proxies, run --trusted-proxies).
	FrontKey clientaddr.Key
	// Guard holds the per-token rate limit and the wrong-token throttle
	// per client address; give it the read API's (api.Config.Guard) so
	// that both count against the same buckets. Without it the handler
	// has its own with the default limits.
	Guard *api.Guard
}

// Handler serves the console's write API and tree.
type Handler struct {
	cfg   Config
	sm    *scs.SessionManager
	mux   *http.ServeMux
	audit *audit.Log
	h     http.Handler
	index indexCache
	m     *metrics
}

// New returns the handler, creating the audit topic when it does not
// exist. Wrap mounts it in front of the read API.
func New(ctx context.Context, cfg Config) (*Handler, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Throttle == nil {
		cfg.Throttle = accounts.NewThrottle()
	}
	if cfg.Guard == nil {
		cfg.Guard = api.NewGuard(api.Limits{})
	}
	if cfg.ApplyWait <= 0 {
		cfg.ApplyWait = 5 * time.Second
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	h := &Handler{cfg: cfg, sm: cfg.Accounts.NewSessionManager(cfg.Secure), audit: audit.NewLog(cfg.Client, cfg.AuditTopic), m: m}
	h.sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		cfg.Log.Error("console session store", "err", err)
		writeError(w, &apiError{http.StatusServiceUnavailable, "the session store is not reachable; try again in a moment"})
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v1/session", h.signIn)
	mux.HandleFunc("GET /api/v1/session", h.authed(h.whoAmI))
	mux.HandleFunc("DELETE /api/v1/session", h.authed(h.signOut))
	mux.HandleFunc("POST /api/v1/password", h.setPassword)
	mux.HandleFunc("GET /api/v1/tree", h.authed(h.treeRoot))
	mux.HandleFunc("GET /api/v1/tree/{level}/{id}", h.authed(h.tree))
	mux.HandleFunc("GET /api/v1/settings/{level}/{id}", h.authed(h.getSettings))
	mux.HandleFunc("PUT /api/v1/settings/{level}/{id}", h.authed(h.putSettings))
	mux.HandleFunc("GET /api/v1/me/notifications", h.authed(h.myNotifications))
	mux.HandleFunc("PUT /api/v1/me/notifications/{level}/{id}", h.authed(h.putNotification))
	mux.HandleFunc("DELETE /api/v1/me/notifications/{level}/{id}", h.authed(h.deleteNotification))
	mux.HandleFunc("PUT /api/v1/me/webhook", h.authed(h.putWebhook))
	mux.HandleFunc("DELETE /api/v1/me/webhook", h.authed(h.deleteWebhook))
	mux.HandleFunc("GET /api/v1/me/tokens", h.authed(h.listTokens))
	mux.HandleFunc("POST /api/v1/me/tokens", h.authed(h.createToken))
	mux.HandleFunc("DELETE /api/v1/me/tokens/{id}", h.authed(h.revokeToken))
	mux.HandleFunc("GET /api/v1/me/sessions", h.authed(h.listMySessions))
	mux.HandleFunc("DELETE /api/v1/me/sessions", h.authed(h.endOtherSessions))
	mux.HandleFunc("DELETE /api/v1/me/sessions/{id}", h.authed(h.endMySession))
	h.registerSilences(mux)
	mux.HandleFunc("GET /account", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/account.html", http.StatusFound)
	})
	h.mux = mux
	h.h = accounts.CSRFProtection(h.sm.LoadAndSave(http.HandlerFunc(h.route)))
	if err := audit.EnsureTopic(ctx, cfg.Client, cfg.AuditTopic); err != nil {
		return nil, err
	}
	return h, nil
}

// Owns reports whether the handler serves the request's path (any method:
// a wrong method is answered 405 here, not by the read API).
func (h *Handler) Owns(r *http.Request) bool {
	p := r.URL.Path
	for _, pre := range []string{"/api/v1/session", "/api/v1/password", "/api/v1/tree", "/api/v1/settings/", "/api/v1/me/", "/api/v1/silences"} {
		if p == pre || strings.HasPrefix(p, strings.TrimSuffix(pre, "/")+"/") {
			return true
		}
	}
	return p == "/account"
}

// route answers an unknown path or method with a JSON error, as the read
// API does, instead of ServeMux's plain text.
func (h *Handler) route(w http.ResponseWriter, r *http.Request) {
	if _, pattern := h.mux.Handler(r); pattern == "" {
		// A known path asked with another method is 405 with Allow
		// (RFC 9110 section 15.5.6), not "no such endpoint".
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, p := h.mux.Handler(probe); p != "" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeError(w, errf(http.StatusMethodNotAllowed, "%s is not allowed on %s (allowed: %s)", r.Method, clip(r.URL.Path), strings.Join(allow, ", ")))
			return
		}
		writeError(w, errf(http.StatusNotFound, "no such endpoint: %s %s (the README lists the console API)", r.Method, clip(r.URL.Path)))
		return
	}
	h.mux.ServeHTTP(w, r)
}

// ServeHTTP serves the handler's own paths.
//
// A request of the console API whose query cannot be read whole (a
// malformed %-escape, a ";" separator: queryparams.Parse) is refused with
// 400 before anything else, as the read API refuses it: r.URL.Query()
// would drop the pair without a word, so that "?q=Customer%" listed every
// child and "DELETE /api/v1/me/sessions?others=1&x=%zz" ended the other
// sessions (review S26A-6). Behind this, every handler's r.URL.Query() is
// the whole query.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		if _, err := queryparams.Parse(r.URL.RawQuery); err != nil {
			writeError(w, &apiError{http.StatusBadRequest, err.Error()})
			return
		}
	}
	h.h.ServeHTTP(w, r)
}

// Wrap returns a handler that serves the console API's paths and hands
// every other request to next (the read API with the console's files).
// Either sees the client address a trusted front vouched for
// (Config.FrontKey), and neither sees the front's headers.
func (h *Handler) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r, _ = h.cfg.FrontKey.Resolve(r)
		if h.Owns(r) {
			h.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// apiError is an error with the status code to answer it with.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func errf(code int, format string, args ...any) error {
	return &apiError{code, fmt.Sprintf(format, args...)}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if v != nil {
		_ = json.NewEncoder(w).Encode(v)
	}
}

func writeError(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{http.StatusInternalServerError, "internal error; the server log has the details"}
	}
	writeJSON(w, ae.code, map[string]string{"error": ae.msg})
}

// maxBody bounds a request body: every body here is a small JSON object.
const maxBody = 16 << 10

// readJSON decodes a JSON object body into v, refusing unknown fields so
// that a typo ("treshold") is an error rather than silently ignored.
func readJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return errf(http.StatusUnsupportedMediaType, "send the body as application/json")
	}
	// A declared length over the limit is refused before a byte is read:
	// a client that sent Expect: 100-continue is answered without being
	// told to send, rather than reset halfway through a large body.
	if r.ContentLength > maxBody {
		return errf(http.StatusRequestEntityTooLarge, "the body is larger than %d bytes", maxBody)
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return errf(http.StatusBadRequest, "reading the body: %v", err)
	}
	if len(b) > maxBody {
		return errf(http.StatusRequestEntityTooLarge, "the body is larger than %d bytes", maxBody)
	}
	// One JSON object and nothing after it: the decoder reads one value,
	// so "{}0" was taken, and so was a second object after the first,
	// whose misspelt field DisallowUnknownFields exists to catch
	// ({"window":40}{"treshold":1}); and null, which is no object (found
	// by FuzzRequestBodies).
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return errf(http.StatusBadRequest, "the body is not the JSON object expected: it does not start with {")
	}
	if err := checkJSONText(b); err != nil {
		return errf(http.StatusBadRequest, "the body is not the JSON object expected: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return errf(http.StatusBadRequest, "the body is not the JSON object expected: %v", err)
	}
	if err := dec.Decode(&json.RawMessage{}); err != io.EOF {
		return errf(http.StatusBadRequest, "the body is not the JSON object expected: something follows the object")
	}
	return nil
}

// remoteAddr is the client's IP address: the TCP peer, the client a
// trusted front vouched for (Config.FrontKey; Wrap has put it in
// RemoteAddr), or the one a trusted proxy named (clientaddr.Proxies put
// it there). Any other X-Forwarded-For is ignored, since anyone can send
// one.
func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
