package logstore

import (
	"cmp"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/durations"
	"github.com/mailflow/mailflow/internal/queryparams"
	"github.com/mailflow/mailflow/schemas"
)

// HTTPConfig configures NewHandler.
type HTTPConfig struct {
	// Store is this instance's log store.
	Store *Store
	// CanSee reports whether the caller of r may see domain (the status
	// API's scope rule: a manager sees the domains of their tree).
	CanSee func(r *http.Request, domain string) bool
	// Route forwards r to the instance that owns domain when it is not
	// this one, and reports whether it answered r (forwarded, or refused
	// while the partition moves); false means "serve it here".
	Route func(w http.ResponseWriter, r *http.Request, domain string) bool
	// Gather returns every domain's part of message messageID under each
	// of its forms (MessageIDForms), asking every instance of the cluster
	// for its local part (the same path with local=1, which each answers
	// from its own store, for the one form asked). A domain may come in
	// several parts and an attempt more than once: the handler merges them
	// (MergeTimelines), and then drops the domains outside the caller's
	// scope, so that a caller's answer depends only on its own domains.
	// When nil, the message endpoint answers from this instance alone.
	Gather func(ctx context.Context, r *http.Request, messageID string) ([]Timeline, error)
	// Peer reports whether r comes from another instance of the cluster
	// (a request signed with the cluster secret). Only such a request may
	// ask for this instance's part of a message alone (local=1): for
	// anyone else that part is a silently partial answer, and local=1 is
	// refused (400). nil: no request is a peer's.
	Peer func(r *http.Request) bool
	// Owns reports whether this instance owns domain's partition now, so
	// that a local answer leaves out stale attempts of partitions that
	// moved away; nil keeps every domain.
	Owns func(domain string) bool
	// Exports bounds the streamed exports (CSV, NDJSON) that run at once;
	// NewExportLimit(DefaultExports, DefaultExportsPerCaller) when nil.
	// The API passes one limit to every path that exports.
	Exports *ExportLimit
	// Caller names who asks, for the per-caller bound of Exports (the
	// API's token, session or account); nil: the client's address, an
	// IPv6 client by its /64.
	Caller func(r *http.Request) string
	// Now is the clock relative times ("24h") go by; time.Now when nil.
	Now func() time.Time
	// Log receives failures; slog.Default() when nil.
	Log *slog.Logger
}

// Entry is one attempt as the API shows it.
type Entry struct {
	Arrival      time.Time  `json:"arrival"`
	EventID      string     `json:"event_id"`
	MessageID    string     `json:"message_id,omitempty"`
	Recipient    string     `json:"recipient"`
	Sender       string     `json:"sender"`
	Attempt      int        `json:"attempt,omitempty"`
	QueuedAt     *time.Time `json:"queued_at,omitempty"`
	CompletedAt  *time.Time `json:"completed_at,omitempty"`
	Outcome      string     `json:"outcome"`
	Category     string     `json:"category,omitempty"`
	SMTPCode     int        `json:"smtp_code,omitempty"`
	EnhancedCode string     `json:"enhanced_code,omitempty"`
	Response     string     `json:"response"`
	RemoteHost   string     `json:"remote_host,omitempty"`
	RemoteIP     string     `json:"remote_ip,omitempty"`
	Transport    string     `json:"transport,omitempty"`
	Size         int64      `json:"size,omitempty"`
	Provider     string     `json:"provider,omitempty"`
	DelaySeconds float64    `json:"delay_seconds,omitempty"`
	// Source, Partition and Offset say where the attempt was read.
	Source    string `json:"source"`
	Partition int32  `json:"partition"`
	Offset    int64  `json:"offset"`
}

// Logs is the answer of GET /api/v1/domains/{domain}/logs.
type Logs struct {
	Domain   string  `json:"domain"`
	Attempts []Entry `json:"attempts"`
	// NextCursor continues the query (the cursor parameter); absent on
	// the last page.
	NextCursor string `json:"next_cursor,omitempty"`
	// Index names what served the query ("time", "recipient", ...) and
	// Scanned how many attempts it examined.
	Index   string `json:"index"`
	Scanned int    `json:"scanned"`
}

// TimelineAttempt is one attempt of a message's timeline.
type TimelineAttempt struct {
	Entry
	// Advice is what to do about the attempt's category.
	Advice string `json:"advice,omitempty"`
	// SincePreviousSeconds is the time since the previous attempt's
	// arrival.
	SincePreviousSeconds float64 `json:"since_previous_seconds,omitempty"`
}

// Timeline is the answer of GET /api/v1/domains/{domain}/messages/{id}.
type Timeline struct {
	Domain string `json:"domain"`
	// MessageID is the form of the id the attempts are stored under (the
	// earliest attempt's when they differ, see MergeTimelines); the id
	// asked for when there are none.
	MessageID string            `json:"message_id"`
	Attempts  []TimelineAttempt `json:"attempts"`
	Truncated bool              `json:"truncated,omitempty"`
}

// MessageTimelines is the answer of GET /api/v1/messages/{id}.
type MessageTimelines struct {
	MessageID string     `json:"message_id"`
	Domains   []Timeline `json:"domains"`
}

// EntryOf renders an attempt for the API.
func EntryOf(a *Attempt) Entry {
	e := &a.Event
	out := Entry{
		Arrival: a.Arrival.UTC(), EventID: e.ID, MessageID: e.MessageID, Recipient: e.Recipient, Sender: e.Sender,
		Attempt: e.Attempt, Outcome: e.Outcome.String(), Category: a.Category.String(), SMTPCode: e.SMTPCode,
		EnhancedCode: e.EnhancedCode, Response: e.Response, RemoteHost: e.RemoteHost, RemoteIP: e.RemoteIP,
		Transport: e.Transport, Size: e.Size, Provider: a.Provider, DelaySeconds: durations.Seconds(e.DeliveryDelay()),
		Source: a.Pos.Source.String(), Partition: a.Pos.Partition, Offset: a.Pos.Offset,
	}
	if !e.QueuedAt.IsZero() {
		t := e.QueuedAt.UTC()
		out.QueuedAt = &t
	}
	if !e.CompletedAt.IsZero() {
		t := e.CompletedAt.UTC()
		out.CompletedAt = &t
	}
	return out
}

// TimelineOf renders a domain's part of a message for the API.
func TimelineOf(domain, messageID string, entries []TimelineEntry, truncated bool) Timeline {
	out := Timeline{Domain: domain, MessageID: messageID, Attempts: make([]TimelineAttempt, 0, len(entries)), Truncated: truncated}
	for i := range entries {
		te := &entries[i]
		out.Attempts = append(out.Attempts, TimelineAttempt{Entry: EntryOf(&te.Attempt),
			Advice: diagnose.CategoryAdvice(te.Category), SincePreviousSeconds: durations.Seconds(te.SincePrevious)})
	}
	return out
}

type handler struct {
	stall time.Duration // the exports' ExportStall (tests shorten it); 0: ExportStall
	// each, when set, replaces Store.Each for exports (tests make it
	// fail part way).
	each func(ctx context.Context, domain string, f Filter, fn func(*Attempt) error) error
	cfg  HTTPConfig
	mux  *http.ServeMux
}

// NewHandler serves the log API:
//
//	GET /api/v1/domains/{domain}/logs?since=&until=&recipient=&sender=&outcome=&category=&remote=&message_id=&q=&limit=&cursor=&format=
//	GET /api/v1/domains/{domain}/messages/{message_id}
//	GET /api/v1/messages/{message_id}[?local=1]
//
// since and until take RFC 3339 times or a duration back from now ("24h",
// "7d"); until is exclusive. Any other parameter of the logs is refused
// (ParseFilter). The logs answer JSON (Logs) a page at a time; with
// Accept: text/csv or application/x-ndjson (the one of highest q-value;
// q=0 is "not acceptable"), or format=csv or format=ndjson (in any letter
// case), they stream every matching attempt from the cursor on for
// export, at most limit when limit is given. A message is looked up under
// every form of its id (MessageIDForms), merged (MergeTimelines); local=1
// is for instances of the cluster only (HTTPConfig.Peer). A domain
// outside the caller's scope is "not found", like the status API's.
func NewHandler(cfg HTTPConfig) http.Handler {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Exports == nil {
		cfg.Exports = NewExportLimit(DefaultExports, DefaultExportsPerCaller)
	}
	if cfg.Caller == nil {
		cfg.Caller = callerOf
	}
	h := &handler{cfg: cfg, mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /api/v1/domains/{domain}/logs", h.logs)
	h.mux.HandleFunc("GET /api/v1/domains/{domain}/messages/{message_id}", h.onlyParams("the timeline", h.timeline))
	h.mux.HandleFunc("GET /api/v1/messages/{message_id}", h.onlyParams("the message", h.message, "local"))
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

// statusError is an error of HTTPConfig's functions (Gather) that says
// how to answer it: its message is shown to the caller, so it must not
// hold internal details. A 503 is answered retryable with Retry-After.
type statusError interface {
	error
	HTTPStatus() int
}

// onlyParams wraps next so that a request with a query parameter next
// does not read (names, and queryparams.Always) is refused with 400
// naming it and the accepted ones.
func (h *handler) onlyParams(endpoint string, next http.HandlerFunc, names ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := queryparams.Check(r.URL.Query(), endpoint, names...); err != nil {
			h.fail(w, r, badRequest("%s", err))
			return
		}
		next(w, r)
	}
}

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	var se statusError
	switch {
	case errors.As(err, &he):
		writeJSON(w, he.code, map[string]string{"error": he.msg})
	case errors.As(err, &se) && se.HTTPStatus() == http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "1")
		writeJSON(w, se.HTTPStatus(), map[string]any{"error": se.Error(), "retryable": true})
	case errors.As(err, &se):
		writeJSON(w, se.HTTPStatus(), map[string]string{"error": se.Error()})
	case errors.Is(err, ErrBadCursor):
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "cursor: not one this API gave out"})
	case errors.Is(err, context.Canceled):
	default:
		h.cfg.Log.Error("log api request failed", "path", r.URL.Path, "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error; the server's log has the details"})
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

// domain checks the path's domain and the caller's scope, and forwards to
// the owner; false when it answered the request.
func (h *handler) domain(w http.ResponseWriter, r *http.Request) (string, bool) {
	d, err := schemas.CanonicalDomain(r.PathValue("domain"))
	if err != nil {
		h.fail(w, r, badRequest("domain: %v", err))
		return "", false
	}
	if !h.cfg.CanSee(r, d) {
		h.fail(w, r, &httpError{http.StatusNotFound, "no such domain in your scope"})
		return "", false
	}
	if h.cfg.Route != nil && h.cfg.Route(w, r, d) {
		return "", false
	}
	return d, true
}

// The times a query may name: those Unix nanoseconds can hold, as the
// store compares them.
var (
	minQueryTime = time.Date(1678, 1, 1, 0, 0, 0, 0, time.UTC)
	maxQueryTime = time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)
)

// durationShaped reports whether v is written as a duration is (numbers,
// each followed by a unit: ns, us, µs, ms, s, m or h; or one number of
// days, d), whether or not its value fits one: "99999999h" is a duration
// too long, not a word.
func durationShaped(v string) bool {
	if days, ok := strings.CutSuffix(v, "d"); ok {
		return days != "" && strings.Trim(days, "0123456789.") == "" && strings.Count(days, ".") <= 1
	}
	if v == "" {
		return false
	}
	for v != "" {
		i := 0
		for i < len(v) && (v[i] >= '0' && v[i] <= '9' || v[i] == '.') {
			i++
		}
		if i == 0 {
			return false
		}
		v = v[i:]
		j := 0
		for j < len(v) && !(v[j] >= '0' && v[j] <= '9' || v[j] == '.') {
			j++
		}
		switch v[:j] {
		case "ns", "us", "µs", "ms", "s", "m", "h":
		default:
			return false
		}
		v = v[j:]
	}
	return true
}

// parseTime reads an RFC 3339 time, an RFC 3339 full-date (that day from
// 00:00 UTC) or a duration back from now ("90m", "24h", "7d").
func parseTime(now time.Time, name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		// Times are compared as Unix nanoseconds, which hold 1678 to
		// 2262: a time outside was taken for no bound at all.
		if t.Before(minQueryTime) || !t.Before(maxQueryTime) {
			return time.Time{}, badRequest("%s: %s is outside the times the log can hold (%d-%d)", name, v, minQueryTime.Year(), maxQueryTime.Year()-1)
		}
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		// RFC 3339's full-date alone ("2026-12-01", as journalctl
		// --since takes it): that day's start, in UTC, the log's zone.
		if t.Before(minQueryTime) || !t.Before(maxQueryTime) {
			return time.Time{}, badRequest("%s: %s is outside the times the log can hold (%d-%d)", name, v, minQueryTime.Year(), maxQueryTime.Year()-1)
		}
		return t, nil
	}
	d, err := time.ParseDuration(v)
	if days, ok := strings.CutSuffix(v, "d"); ok && err != nil {
		var n float64
		if n, err = strconv.ParseFloat(days, 64); err == nil {
			// Not n <= 36500 is also NaN, whose conversion to a
			// Duration the platform decides (the smallest int64 on
			// amd64, 0 on arm64: "NaNd" meant now there).
			if !(n >= 0 && n <= 36500) {
				err = fmt.Errorf("not 0 to 36500 days")
			}
			d = time.Duration(n * float64(24*time.Hour))
		}
	}
	switch {
	case err == nil && d < 0, err != nil && strings.HasPrefix(v, "-") && durationShaped(v[1:]):
		return time.Time{}, badRequest("%s: %q is a negative duration: a duration counts back from now (24h, 7d)", name, v)
	case err != nil && durationShaped(v):
		return time.Time{}, badRequest("%s: %q is a duration too long: at most 36500 days back from now (24h, 7d)", name, v)
	case err != nil:
		return time.Time{}, badRequest("%s: %q is neither an RFC 3339 time (2026-12-01T08:00:00Z), a date (2026-12-01, from 00:00 UTC) nor a duration back from now (24h, 7d)", name, v)
	}
	if d == 0 && name == "since" {
		// "since=0" reads as "from the beginning" and meant "from now",
		// which nothing arrived after: an empty answer that looked like
		// an empty log (review S26A, N-6).
		return time.Time{}, badRequest("since: %q is now, after which nothing has arrived; leave since out for everything the log keeps, or give a duration back from now (24h, 7d) or a date", v)
	}
	return now.Add(-d), nil
}

// logsParams are the query parameters of the logs endpoint: the filters,
// the paging (limit, cursor), the export's format, and access_token, the
// API's token parameter (read for its live stream only, and let through
// here so that a client that sends it everywhere is not refused).
// (queryparams.Always also lets through "_", the cache-buster HTTP tools
// add, which asks nothing: review L2.)
var logsParams = []string{"since", "until", "recipient", "sender", "outcome", "category", "remote", "message_id", "q",
	"limit", "cursor", "format"}

// ParseFilter reads a Filter from the logs endpoint's query parameters.
// Errors name the parameter. A parameter that is not one of since,
// until, recipient, sender, outcome, category, remote, message_id, q,
// limit, cursor, format or those every endpoint lets through
// (queryparams.Always) is refused, listing them (names are case-sensitive): a
// misspelt filter (outcom=, Outcome=) silently left out would answer
// with the attempts it was meant to exclude. So is a parameter given
// twice: the filters combine with AND, one value each, and silently
// keeping the first (outcome=bounced&outcome=delivered) would answer a
// question not asked.
// Outcomes and categories are read in any letter case.
func ParseFilter(now time.Time, q map[string][]string) (Filter, error) {
	var f Filter
	if err := queryparams.Check(q, "the logs", logsParams...); err != nil {
		return f, badRequest("%s", err)
	}
	for _, k := range slices.Sorted(maps.Keys(q)) {
		if len(q[k]) > 1 {
			return f, badRequest("%s: given %d times; each filter takes one value (filters combine with AND)", k, len(q[k]))
		}
	}
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	var err error
	if f.Since, err = parseTime(now, "since", get("since")); err != nil {
		return f, err
	}
	if f.Until, err = parseTime(now, "until", get("until")); err != nil {
		return f, err
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since) {
		// An empty range answered as an empty page reads as "no
		// attempts": say which bounds are the wrong way round.
		return f, badRequest("until (%s, %s) is not after since (%s, %s): no attempt can fall in that range; until is the later, exclusive end (swap them?)",
			get("until"), f.Until.UTC().Format(time.RFC3339), get("since"), f.Since.UTC().Format(time.RFC3339))
	}
	f.Recipient, f.Sender, f.Remote = get("recipient"), get("sender"), get("remote")
	f.MessageID, f.Text = get("message_id"), get("q")
	// The cursor is read as given, spaces included: it is this server's
	// own text, with one spelling (decodeCursor), and a trimmed one would
	// give a position two spellings.
	if v := q["cursor"]; len(v) > 0 {
		f.Cursor = v[0]
	}
	if v := get("outcome"); v != "" {
		o, ok := schemas.ParseOutcome(strings.ToLower(v))
		if !ok {
			return f, badRequest("outcome: %q is not delivered, deferred, bounced or expired", v)
		}
		f.Outcome = o
	}
	if v := get("category"); v != "" {
		c, ok := schemas.ParseCategory(strings.ToLower(v))
		if !ok {
			names := make([]string, 0, schemas.NumCategories-1)
			for c := schemas.CategoryDelivered; int(c) < schemas.NumCategories; c++ {
				names = append(names, c.String())
			}
			return f, badRequest("category: %q is not a category; they are %s", clipParam(v), strings.Join(names, ", "))
		}
		f.Category = c
	}
	if v := get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return f, badRequest("limit: %q is not a number from 1 to %d", v, MaxLimit)
		}
		f.Limit = n
	}
	return f, nil
}

// csvHeader names the CSV export's columns.
var csvHeader = []string{"arrival", "event_id", "message_id", "recipient", "sender", "attempt", "queued_at", "completed_at",
	"outcome", "category", "smtp_code", "enhanced_code", "response", "remote_host", "remote_ip", "transport", "size",
	"provider", "delay_seconds"}

func csvRecord(e *Entry) []string {
	ts := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.Format(time.RFC3339Nano)
	}
	code := ""
	if e.SMTPCode != 0 {
		code = strconv.Itoa(e.SMTPCode)
	}
	c := csvCell
	return []string{e.Arrival.Format(time.RFC3339Nano), c(e.EventID), c(e.MessageID), c(e.Recipient), c(e.Sender), strconv.Itoa(e.Attempt),
		ts(e.QueuedAt), ts(e.CompletedAt), e.Outcome, e.Category, code, c(e.EnhancedCode), c(e.Response), c(e.RemoteHost), c(e.RemoteIP),
		c(e.Transport), strconv.FormatInt(e.Size, 10), c(e.Provider), strconv.FormatFloat(e.DelaySeconds, 'f', -1, 64)}
}

// csvCell neutralises a text that a spreadsheet would run as a formula:
// one starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (OWASP, "CSV Injection"). Recipients, senders and responses
// come from outside: a remote server writes the response.
func csvCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// clipParam shortens a query value for an error message.
func clipParam(v string) string {
	if len(v) > 32 {
		return v[:32] + "…"
	}
	return v
}

// exportFormat is the streamed format asked for, or "" for a JSON page:
// the format parameter (json, csv or ndjson in any letter case; it
// survives forwarding to the owner), else the Accept header (acceptFormat).
func exportFormat(r *http.Request) string {
	switch f := strings.ToLower(r.URL.Query().Get("format")); f {
	case "csv", "ndjson":
		return f
	case "json":
		return ""
	}
	return acceptFormat(r.Header.Get("Accept"))
}

// exportTypes are the media types the logs answer in, JSON first (the
// answer when the Accept header prefers none of them).
var exportTypes = []struct{ format, mediaType string }{
	{"", "application/json"}, {"csv", "text/csv"}, {"ndjson", "application/x-ndjson"}, {"ndjson", "application/jsonl"},
}

// acceptFormat picks the format of exportTypes an Accept header prefers
// (RFC 9110 §12.5.1): each type takes the q-value of the most specific
// range that matches it (text/csv, text/* or */*), q=0 meaning "not
// acceptable", and the highest q wins; a tie goes to the range listed
// first, then to the more specific one, then to JSON. A streamed export
// (CSV, NDJSON) is chosen only when its own type is named: text/* or */*
// alone answer a JSON page. A range with a malformed q-value is left out;
// quoted parameters may hold commas. Parameters other than q do not rank.
// Nothing acceptable (or no header) is JSON: the logs answer rather than
// refuse with 406.
func acceptFormat(accept string) string {
	type rng struct {
		typ, sub string
		q        float64
	}
	var ranges []rng
	for _, part := range splitUnquoted(accept, ',') {
		// mime.ParseMediaType reads the parameters, quoted strings with
		// commas and semicolons included (a range it cannot read is left
		// out, as one with a malformed q-value).
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		typ, sub, ok := strings.Cut(mt, "/")
		if !ok {
			continue
		}
		rg := rng{typ, sub, 1}
		if v, ok := params["q"]; ok {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || !(q >= 0 && q <= 1) {
				continue
			}
			rg.q = q
		}
		ranges = append(ranges, rg)
	}
	best, bestQ, bestAt, bestSpec := "", 0.0, 0, 0
	for _, t := range exportTypes {
		typ, sub, _ := strings.Cut(t.mediaType, "/")
		// The most specific range that matches t, the first of those.
		q, at, spec := 0.0, -1, -1
		for i, rg := range ranges {
			s := -1
			switch {
			case rg.typ == typ && rg.sub == sub:
				s = 2
			case rg.typ == typ && rg.sub == "*":
				s = 1
			case rg.typ == "*" && rg.sub == "*":
				s = 0
			}
			if s > spec {
				q, at, spec = rg.q, i, s
			}
		}
		if at < 0 || q <= 0 || t.format != "" && spec < 2 {
			// A whole export is streamed only for its own type named:
			// text/* or */* from a tool that takes anything gets a page.
			continue
		}
		if q > bestQ || q == bestQ && (at < bestAt || at == bestAt && spec > bestSpec) {
			best, bestQ, bestAt, bestSpec = t.format, q, at, spec
		}
	}
	return best
}

// splitUnquoted splits s at sep outside double-quoted strings (RFC 9110
// §5.6.4: a quoted parameter value may hold commas).
func splitUnquoted(s string, sep byte) []string {
	var parts []string
	start, quoted := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && quoted && i+1 < len(s):
			i++
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func (h *handler) logs(w http.ResponseWriter, r *http.Request) {
	domain, ok := h.domain(w, r)
	if !ok {
		return
	}
	f, err := ParseFilter(h.cfg.Now(), r.URL.Query())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if v := r.URL.Query().Get("format"); v != "" && !slices.Contains([]string{"json", "csv", "ndjson"}, strings.ToLower(v)) {
		h.fail(w, r, badRequest("format: %q is not json, csv or ndjson", clipParam(v)))
		return
	}
	if format := exportFormat(r); format != "" {
		h.export(w, r, domain, f, format)
		return
	}
	page, err := h.cfg.Store.Query(r.Context(), domain, f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := Logs{Domain: domain, Attempts: make([]Entry, 0, len(page.Attempts)), NextCursor: page.Next, Index: page.Index, Scanned: page.Scanned}
	for i := range page.Attempts {
		out.Attempts = append(out.Attempts, EntryOf(&page.Attempts[i]))
	}
	writeJSON(w, http.StatusOK, out)
}

// export streams every matching attempt, or the newest f.Limit when the
// request gave a limit. The answer starts with the
// first attempt (or the end of an empty export), so that a scan that fails
// before it is answered with an error; one that fails after it aborts the
// response (http.ErrAbortHandler), so that the client sees a broken
// transfer rather than a file that looks complete, and is logged.
func (h *handler) export(w http.ResponseWriter, r *http.Request, domain string, f Filter, format string) {
	if f.Cursor != "" {
		if _, _, _, err := decodeCursor(f.Cursor); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	release, ok := h.cfg.Exports.Acquire(h.cfg.Caller(r))
	if !ok {
		h.cfg.Exports.Refuse(w)
		return
	}
	defer release()
	ex := newExporter(w, domain, format, cmp.Or(h.stall, ExportStall))
	each := h.cfg.Store.Each
	if h.each != nil {
		each = h.each
	}
	limit := f.Limit // 0: every attempt; Each pages by its own size
	err := each(r.Context(), domain, f, func(a *Attempt) error {
		if limit > 0 && ex.n == limit {
			return errStop
		}
		e := EntryOf(a)
		return ex.Write(&e)
	})
	switch {
	case err == nil, errors.Is(err, errStop):
		ex.Close()
	case errors.Is(err, context.Canceled), ex.failed != nil:
		// The client went away or stopped reading (ExportStall): the
		// connection is broken already, and nobody reads the answer.
		ex.Close()
	case !ex.started:
		// The scan may have run past the deadline set when the export
		// began, which is for the reader, not the scan: the error goes
		// out under a deadline of its own, lifted after it as Close
		// does.
		ex.arm(time.Now())
		h.fail(w, r, err)
		_ = ex.rc.Flush()
		_ = ex.rc.SetWriteDeadline(time.Time{})
	default:
		h.cfg.Log.Warn("log export cut short; the response is aborted", "domain", domain, "attempts", ex.n, "err", err)
		ex.Abort()
	}
}

// ExportFormat returns the streamed export format r asks for, "csv" or
// "ndjson" (the format parameter, else the Accept header), or "" for a
// JSON page.
func ExportFormat(r *http.Request) string { return exportFormat(r) }

// Exporter writes a streamed export of a domain's attempts: CSV (RFC 4180,
// with a header row) or NDJSON (one Entry per line). The API uses it to
// export a domain another instance owns page by page.
type Exporter struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	cw      *csv.Writer
	name    string
	format  string
	started bool  // the status and headers are sent (begin)
	failed  error // what a write to the client failed with
	n       int
	armed   time.Time     // when the write deadline was last renewed
	stall   time.Duration // how far ahead it is set (ExportStall)
}

// arm renews the write deadline, ex.stall from now.
func (ex *Exporter) arm(now time.Time) {
	ex.armed = now
	_ = ex.rc.SetWriteDeadline(now.Add(ex.stall))
}

// StartExport answers 200 with the headers of an export of domain's
// attempts in format ("csv" or "ndjson") as a download. The server's write
// deadline is replaced by one ExportStall ahead, renewed as the export
// moves: an export takes as long as it takes, but a reader that takes
// nothing for ExportStall cuts it (a write then fails).
func StartExport(w http.ResponseWriter, domain, format string) *Exporter {
	ex := newExporter(w, domain, format, ExportStall)
	ex.begin()
	return ex
}

// newExporter returns an export that answers when it writes its first
// attempt or closes (begin): until then the caller may still answer with
// an error.
func newExporter(w http.ResponseWriter, domain, format string, stall time.Duration) *Exporter {
	ex := &Exporter{w: w, rc: http.NewResponseController(w), stall: stall, format: format,
		name: strings.ReplaceAll(domain, ".", "_") + "-logs"}
	ex.arm(time.Now())
	return ex
}

// begin sends the status, the headers and, for CSV, the header row.
func (ex *Exporter) begin() {
	if ex.started {
		return
	}
	ex.started = true
	h := ex.w.Header()
	switch ex.format {
	case "csv":
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="`+ex.name+`.csv"`)
		ex.cw = csv.NewWriter(ex.w)
		_ = ex.cw.Write(csvHeader)
	default:
		h.Set("Content-Type", "application/x-ndjson")
		h.Set("Content-Disposition", `attachment; filename="`+ex.name+`.ndjson"`)
	}
	h.Set("Cache-Control", "no-store")
	// A complete export ends with this trailer (HTTP/1.1 chunked), so
	// that a script can tell it from one cut short; an HTTP/1.0 client
	// (nginx's default proxy_http_version) gets no chunks and no trailer,
	// and a cut export then ends like a whole one (README).
	h.Set("Trailer", ExportTrailer)
	ex.w.WriteHeader(http.StatusOK)
}

// ExportTrailer is the HTTP trailer a complete export ends with: the
// number of attempts it holds.
const ExportTrailer = "Mailflow-Export-Attempts"

// Abort ends an export that failed after it began without the end a
// complete one has (net/http drops the connection, or resets the HTTP/2
// stream), so that the client sees a broken transfer rather than a file
// that looks whole: a CSV or NDJSON file has no trailer of its own to tell
// a cut. It panics with http.ErrAbortHandler, which net/http (and the
// API's recovery) take as that request; it does not return.
func (ex *Exporter) Abort() {
	_ = ex.rc.SetWriteDeadline(time.Time{})
	panic(http.ErrAbortHandler)
}

// Write adds one attempt, flushing every thousand.
func (ex *Exporter) Write(e *Entry) error {
	ex.begin()
	// Renewed often enough that a slow scan (a text filter that
	// matches little), which writes rarely, never meets a deadline set
	// long before.
	if now := time.Now(); now.Sub(ex.armed) >= ex.stall/16 {
		ex.arm(now)
	}
	if err := ex.write(e); err != nil {
		ex.failed = err
		return err
	}
	return nil
}

func (ex *Exporter) write(e *Entry) error {
	if ex.cw != nil {
		if err := ex.cw.Write(csvRecord(e)); err != nil {
			return err
		}
	} else {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if _, err := ex.w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	if ex.n++; ex.n%1000 == 0 {
		if ex.cw != nil {
			ex.cw.Flush()
		}
		return ex.rc.Flush()
	}
	return nil
}

// Close flushes what is buffered, and lifts the write deadline, which
// the server would otherwise keep for the connection's next request. The
// deadline is renewed first: it was set at the last Write, and a scan
// that found nothing more since (a rare text over a big domain) may have
// taken longer than ExportStall, which the reader must not pay for (the
// rows still buffered were lost, and the export broke). A deadline that
// passes while nothing is being written breaks nothing on HTTP/1 (the
// API serves no HTTP/2), and Write renews it before it writes, so a
// reader that stops reading is still cut ExportStall into the write it
// holds up, this last flush included.
func (ex *Exporter) Close() {
	ex.arm(time.Now())
	ex.begin()
	if ex.cw != nil {
		ex.cw.Flush()
	}
	ex.w.Header().Set(ExportTrailer, strconv.Itoa(ex.n))
	_ = ex.rc.Flush()
	_ = ex.rc.SetWriteDeadline(time.Time{})
}

func (h *handler) timeline(w http.ResponseWriter, r *http.Request) {
	domain, ok := h.domain(w, r)
	if !ok {
		return
	}
	id := r.PathValue("message_id")
	if id == "" {
		h.fail(w, r, badRequest("message_id: empty"))
		return
	}
	// Timeline finds the attempts stored under every form of the id
	// (Filter.MessageID); MergeTimelines names the timeline by the form
	// its earliest attempt is stored under.
	entries, trunc, err := h.cfg.Store.Timeline(r.Context(), domain, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, MergeTimelines([]Timeline{TimelineOf(domain, id, entries, trunc)})[0])
}

func (h *handler) message(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("message_id")
	if id == "" {
		h.fail(w, r, badRequest("message_id: empty"))
		return
	}
	q := r.URL.Query()
	if q.Has("local") && (h.cfg.Peer == nil || !h.cfg.Peer(r)) {
		// This instance's part alone would pass for the whole message,
		// without the 503 of a partition being restored.
		h.fail(w, r, badRequest("local: only for requests between the instances of a cluster; leave it out to get every domain's part of the message"))
		return
	}
	var parts []Timeline
	var err error
	switch {
	case q.Get("local") == "1":
		// The domains found under the one form asked (the instance that
		// gathers asks for each form); each domain's timeline holds the
		// attempts of every form (Store.Timeline), merged once more there.
		parts, err = h.localMessage(r.Context(), []string{id})
	case h.cfg.Gather == nil:
		parts, err = h.localMessage(r.Context(), MessageIDForms(id))
	default:
		parts, err = h.cfg.Gather(r.Context(), r, id)
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	// Merged before the scope is applied, by domain: which domains hold
	// the message under which form, out of the caller's scope, changes
	// nothing of the answer.
	out := MessageTimelines{MessageID: id, Domains: []Timeline{}}
	for _, p := range MergeTimelines(parts) {
		if !h.cfg.CanSee(r, p.Domain) {
			continue
		}
		out.Domains = append(out.Domains, p)
	}
	writeJSON(w, http.StatusOK, out)
}

// localMessage returns this store's parts of a message under each of
// forms, of the domains this instance owns (HTTPConfig.Owns).
func (h *handler) localMessage(ctx context.Context, forms []string) ([]Timeline, error) {
	var parts []Timeline
	for _, form := range forms {
		local, err := h.cfg.Store.Message(ctx, form, h.cfg.Owns)
		if err != nil {
			return nil, err
		}
		for _, p := range local {
			parts = append(parts, TimelineOf(p.Domain, form, p.Entries, p.Truncated))
		}
	}
	return parts, nil
}
