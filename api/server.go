package api

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/queryparams"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// Backend is what the API reads: the processor of this instance.
type Backend interface {
	Store() *state.Store
	Directory() *directory.Directory
	Ownership() *processor.Ownership
	Advice(schemas.Category) string
	// Owner says which instance owns a domain's state.
	Owner(ctx context.Context, domain string) (processor.Owner, error)
	// Partitions is the number of partitions of the deliveries topic.
	Partitions() int32
	// PartitionOf returns the partition of the deliveries topic that
	// holds domain.
	PartitionOf(domain string) int32
	// OwnerOf says which instance owns a partition of the deliveries topic.
	OwnerOf(ctx context.Context, partition int32) (processor.Owner, error)
}

// Config configures the API handler.
type Config struct {
	Backend Backend
	// Gatherer serves /metrics; nothing is served there when nil.
	Gatherer prometheus.Gatherer
	// Log receives request errors.
	Log *slog.Logger
	// StreamInterval is how often a live-log stream looks for new
	// attempts; one second when zero.
	StreamInterval time.Duration
	// KeepAlive is how often a quiet stream sends a comment, so that
	// proxies keep it open and a vanished client is noticed; 15 seconds
	// when zero.
	KeepAlive time.Duration
	// Extra, when set, serves paths the API does not know (the console).
	Extra http.Handler
	// Self names this instance in forwarded requests (its advertised
	// address).
	Self string
	// AdminToken is the operator's bearer token: it sees every domain.
	// When it is empty and no manager has a token, the API is open (for
	// development); see auth.go. Every instance needs the same one.
	AdminToken string
	// InternalToken, when set, is a bearer token with the operator's
	// scope for callers inside this process (the console's status reads,
	// consoleapi.APIStatuses). Unlike AdminToken it does not end the open
	// mode, so an instance without --api-token can still read every
	// status for the console once managers have credentials. It must
	// never leave the process: make it random at start.
	InternalToken string
	// ClusterSecret authenticates the instances of a cluster to each
	// other (cluster.go): every instance needs the same one, at least
	// MinClusterSecret bytes. Without it this instance neither forwards
	// requests for domains another instance owns (503) nor accepts
	// forwarded ones (403): a single instance needs none.
	ClusterSecret []byte
	// Cluster names the cluster the instances form (mailflow run: its
	// consumer group and deliveries topic). The keys of ClusterSecret are
	// derived with it, so every instance of a cluster needs the same, and
	// an instance of another cluster is refused even with the same secret.
	Cluster string
	// OpenHosts are the host names, besides IP addresses, localhost and
	// Self's, that an open API (no token) answers requests for (auth.go,
	// openHostAllowed); a request for another name gets 421.
	OpenHosts []string
	// Limits bounds what one caller can take (limits.go); the zero value
	// takes the defaults. Ignored when Guard is set.
	Limits Limits
	// Guard, when set, holds the rate limits and the wrong-token throttle
	// (guard.go), shared with the console's API; without it the handler
	// makes its own from Limits.
	Guard *Guard
	// Session, when set, authenticates a request that no bearer token of
	// the API's own authenticates: the console's session cookie or a
	// token a manager made in the console (consoleapi.Handler.Caller). It
	// returns the manager, or operator true for the admin token, and ok
	// false when the request carries neither.
	Session func(*http.Request) (m directory.Manager, operator, ok bool)
	// Credentials, when set, reports whether credentials exist outside the
	// directory (console passwords or tokens); the API is open (no token
	// needed) only while there is no admin token, no directory token and
	// no such credential.
	Credentials func() bool
	// NeverOpen keeps the API closed whatever credentials exist: a
	// request needs a token or a session even while there is none. mailflow
	// run sets it on an address other than loopback (without --open-api),
	// so that removing the last manager credential does not open the API
	// to the network it listens on.
	NeverOpen bool
	// RefuseForwarded makes an open API refuse (403) a request a reverse
	// proxy forwarded (a Forwarded, X-Forwarded-For, X-Real-IP or Via
	// header): such a request may come from any network, which an open
	// API must not answer. mailflow run sets it (unless --open-api); a
	// proxy that adds none of these headers is not seen.
	RefuseForwarded bool
	// Logs is this instance's log store (package logstore): it serves the
	// logs, a message's timeline and the live log (logs.go, live.go);
	// without it the log endpoints answer 404 and the live log is empty.
	Logs *logstore.Store
	// Incidents, when set, says which open provider-wide incident a Bad
	// domain is part of (Status.Incident): an *incidents.Table following
	// the incidents stage's topic. Without it no status names one.
	Incidents IncidentLookup
	// scanMax overrides scopeScanMax in tests (negative: never look up
	// a scope's domains one by one).
	scanMax int
}

// Handler returns the API's HTTP handler.
//
// Every path the API owns (/api/..., /healthz, /readyz, /metrics) is
// answered with JSON, errors included: an unknown /api/ path is a 404 and
// a known path asked with another method than GET a 405, and neither ever
// reaches Extra.
func Handler(cfg Config) http.Handler {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.StreamInterval <= 0 {
		cfg.StreamInterval = time.Second
	}
	if cfg.scanMax == 0 {
		cfg.scanMax = scopeScanMax
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = defaultKeepAlive
	}
	if cfg.Guard == nil {
		cfg.Guard = NewGuard(cfg.Limits)
	}
	s := &server{cfg: cfg, b: cfg.Backend, exports: logstore.NewExportLimit(logstore.DefaultExports, logstore.DefaultExportsPerCaller), cluster: newClusterAuth(cfg.ClusterSecret, cfg.Cluster), limits: cfg.Guard.limits, authFailures: cfg.Guard.failures}
	// Without a secret nothing is forwarded (route.go), so the client
	// never dials; it still refuses any peer that cannot prove itself.
	s.client = newPeerClient(s.cluster, cfg.Self, func(addr string, err error) {
		cfg.Log.Warn("an instance in the consumer group did not prove that it holds the cluster secret: no request goes to it for a while; is the cluster secret the same on every instance, or did a stranger join the group?", "addr", addr, "err", err)
	})
	if cfg.AdminToken != "" {
		sum := sha256.Sum256([]byte(cfg.AdminToken))
		s.adminHash = sum[:]
	}
	if cfg.InternalToken != "" {
		sum := sha256.Sum256([]byte(cfg.InternalToken))
		s.internalHash = sum[:]
	}
	mux := http.NewServeMux()
	// Each endpoint names the query parameters it reads; any other is
	// refused (queryparams), not ignored.
	mux.HandleFunc("GET /api/v1/domains/{domain}/status", s.onlyParams("the status", s.status))
	mux.HandleFunc("GET /api/v1/domains/{domain}/live", s.onlyParams("the live log", s.live))
	mux.HandleFunc("GET /api/v1/domains/{domain}/live/stream", s.onlyParams("the live stream", s.liveStream))
	mux.HandleFunc("GET /api/v1/domains", s.onlyParams("the domain list", s.domains, "status", "limit", "partition", "cursor"))
	mux.HandleFunc("GET /api/v1/incidents", s.onlyParams("the incident list", s.incidentList))
	s.registerLogs(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	if cfg.Gatherer != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(cfg.Gatherer, promhttp.HandlerOpts{}))
	}
	s.mux = mux
	return s
}

type server struct {
	cfg Config
	b   Backend
	// exports bounds the log exports that run at once (logstore.ExportLimit),
	// of this instance's domains and of others' (exportRemote) alike.
	exports *logstore.ExportLimit
	// mux routes the API's own endpoints (all GET).
	mux *http.ServeMux
	// client sends requests to other instances, each over a connection
	// whose peer has proven that it holds the cluster secret.
	client *http.Client
	// adminHash is the SHA-256 of Config.AdminToken; nil when unset.
	adminHash []byte
	// internalHash is the SHA-256 of Config.InternalToken; nil when unset.
	internalHash []byte
	// cluster signs and checks forwarded requests; nil without a secret.
	cluster *clusterAuth
	// limits holds every caller's rate and stream limits.
	limits *limiter
	// authFailures counts wrong bearer tokens per client address.
	authFailures *authFailures
	// index lists the directory's domains by scope and partition.
	index indexCache
	// live shares live-log reads among the streams of a domain.
	liveReads liveCache
	// noSecretLogged rate-limits the error that forwarding is off.
	noSecretLogged atomicTime
	// peerRefusedLogged rate-limits the warning of a refused forwarded
	// request, and peerRefusals counts those not logged since the last.
	peerRefusedLogged atomicTime
	peerRefusals      atomic.Int64
	// proofRefusedLogged and proofRefusals do the same for challenges
	// addressed to another instance (prove).
	proofRefusedLogged atomicTime
	proofRefusals      atomic.Int64
	// openState is 0 before the first request, then 1 while the API is
	// open and 2 while it is closed (noteOpen).
	openState atomic.Int32
}

// ServeHTTP serves the API's endpoints, answers unknown /api/ paths and
// wrong methods with JSON errors, and hands everything else to Extra. A
// panic of a handler is answered 500 with a JSON error (recover.go).
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w}
	defer s.recoverPanic(rec, r)
	s.serve(rec, r)
}

func (s *server) serve(w *recorder, r *http.Request) {
	if r.URL.Path == ProofPath {
		// Before authentication: instances prove themselves to each
		// other here before anything else is sent (peerproof.go).
		s.prove(w, r)
		return
	}
	if r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/") {
		// A query that cannot be read whole is refused before anything
		// else: read in part (r.URL.Query() drops the pairs it cannot
		// decode), a filter would vanish and widen the answer, and the
		// token of the live stream's access_token could vanish into a
		// puzzling 401 (review S26A-6). The error echoes only the
		// caller's own query. Behind this, every handler's r.URL.Query()
		// is the whole query, and a forwarded query is too.
		if _, err := queryparams.Parse(r.URL.RawQuery); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		var ok bool
		if r, ok = s.authenticate(w, r); !ok {
			return
		}
		c := callerOf(r)
		// Open mode (development) has no tokens to limit.
		if !c.open && !s.limits.allow(w, c.key) {
			return
		}
		if c.peer {
			sa := &signedAnswer{ResponseWriter: w, auth: s.cluster, nonce: c.nonce}
			w.signer = sa
			s.dispatch(sa, r)
			sa.finish()
			return
		}
	}
	s.dispatch(w, r)
}

// dispatch routes a request to the API's own endpoints, Extra or a 404.
func (s *server) dispatch(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	// A path the API knows, asked with another method?
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		get := r.WithContext(r.Context())
		get.Method = http.MethodGet
		if _, pattern := s.mux.Handler(get); pattern != "" {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": fmt.Sprintf("method %s is not allowed on %s; use GET", r.Method, r.URL.Path)})
			return
		}
	}
	if s.cfg.Extra != nil && !isAPIPath(r.URL.Path) {
		s.cfg.Extra.ServeHTTP(w, r)
		return
	}
	writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such endpoint: " + r.Method + " " + r.URL.Path})
}

// isAPIPath says whether path belongs to the API rather than to Extra.
func isAPIPath(path string) bool {
	switch path {
	case "/api", "/healthz", "/readyz", "/metrics":
		return true
	}
	return strings.HasPrefix(path, "/api/")
}

// readyz is ready once the instance has its assignment and every owned
// partition is restored; until then it lists what it waits for.
func (s *server) readyz(w http.ResponseWriter, r *http.Request) {
	o := s.b.Ownership()
	switch {
	case !o.Joined:
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "joining", "reason": "waiting for a partition assignment from the consumer group"})
	case o.BrokerDown:
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "broker_unreachable",
			"reason":           "no Kafka broker has answered since " + o.BrokerReadAt.UTC().Format(time.RFC3339) + ": nothing is read, evaluated or committed",
			"last_broker_read": o.BrokerReadAt.UTC()})
	case len(o.Restoring) > 0:
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "restoring", "restoring_partitions": o.Restoring})
	default:
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "partitions": o.Partitions})
	}
}

// apiError is an error with the status code it is answered with.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

// unavailable is a temporary failure: 503 with Retry-After, retryable.
func unavailable(msg string) error {
	return &apiError{http.StatusServiceUnavailable, msg}
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	if errors.As(err, &ae) {
		if ae.code == http.StatusServiceUnavailable {
			s.retryLater(w, ae.msg)
			return
		}
		writeJSON(w, ae.code, map[string]string{"error": ae.msg})
		return
	}
	if errors.Is(err, context.Canceled) {
		return
	}
	s.cfg.Log.Error("api request failed", "path", r.URL.Path, "err", err)
	writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error; the server's log has the details"})
}

// onlyParams wraps h so that a request with a query parameter h does not
// read (names, and those every endpoint lets through: queryparams.Always)
// is refused with 400 naming it and the accepted ones, and so is a query
// that cannot be read whole (queryparams.Parse; serve refuses it first).
func (s *server) onlyParams(endpoint string, h http.HandlerFunc, names ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q, err := queryparams.Parse(r.URL.RawQuery)
		if err == nil {
			err = queryparams.Check(q, endpoint, names...)
		}
		if err != nil {
			s.fail(w, r, &apiError{http.StatusBadRequest, err.Error()})
			return
		}
		h(w, r)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":"encoding the response failed"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(append(b, '\n'))
}
