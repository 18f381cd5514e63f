package api

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/logstore"
)

// registerLogs serves the log store's endpoints (DESIGN.md "Logs and
// timeline", issue 12):
//
//	GET /api/v1/domains/{domain}/logs
//	GET /api/v1/domains/{domain}/messages/{message_id}
//	GET /api/v1/messages/{message_id}
//
// They are scoped and routed exactly like the status: a domain outside the
// caller's scope is "not found", and a domain another instance owns is
// forwarded to it (an export page by page, see exportRemote). A message's
// parts are gathered from every instance (gatherMessage).
func (s *server) registerLogs(mux *http.ServeMux) {
	var h http.Handler
	if s.cfg.Logs == nil {
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "this instance keeps no logs (no log store)"})
		})
	} else {
		h = logstore.NewHandler(logstore.HTTPConfig{
			Store:   s.cfg.Logs,
			Exports: s.exports,
			Caller:  exportCaller,
			CanSee:  func(r *http.Request, domain string) bool { return callerOf(r).sees(s.b.Directory(), domain) },
			Route:   s.routeLogs,
			Gather:  s.gatherMessage,
			Peer:    func(r *http.Request) bool { return callerOf(r).peer },
			Owns:    s.ownsDomain,
			Log:     s.cfg.Log,
		})
	}
	mux.Handle("GET /api/v1/domains/{domain}/logs", h)
	mux.Handle("GET /api/v1/domains/{domain}/messages/{message_id}", h)
	mux.Handle("GET /api/v1/messages/{message_id}", h)
}

// ownsDomain reports whether this instance owns domain's partition now.
func (s *server) ownsDomain(domain string) bool {
	return slices.Contains(s.b.Ownership().Partitions, s.b.PartitionOf(domain))
}

// routeLogs is route for the log endpoints, except that an export of a
// domain another instance owns is made here from the owner's JSON pages:
// a forwarded answer is read whole and signed, which suits pages, not a
// stream of millions of attempts.
func (s *server) routeLogs(w http.ResponseWriter, r *http.Request, domain string) bool {
	if format := logstore.ExportFormat(r); format != "" && !callerOf(r).peer && s.cluster != nil {
		if o, err := s.b.Owner(r.Context(), domain); err == nil && !o.Local && o.Addr != "" {
			s.exportRemote(w, r, o.Addr, domain, format)
			return true
		}
	}
	return s.route(w, r, domain)
}

// exportPage is how many attempts exportRemote asks the owner for at a
// time.
const exportPage = logstore.MaxLimit

// exportRemote streams an export of domain's attempts that the instance at
// addr keeps, asking it for JSON pages and following their cursors, up to
// the request's limit when it gives one (as a local export). An
// error before the first page is answered like any forwarded request's;
// after it, it can only cut the stream short, and is logged.
func (s *server) exportRemote(w http.ResponseWriter, r *http.Request, addr, domain, format string) {
	// The same bound as the exports of this instance's own domains.
	release, ok := s.exports.Acquire(exportCaller(r))
	if !ok {
		s.exports.Refuse(w)
		return
	}
	defer release()
	q := forwardQuery(r.URL.Query())
	q.Del("format")
	// A limit bounds the export, not a page; one that is not a number
	// from 1 to MaxLimit goes to the owner as given, which refuses it.
	limit, err := strconv.Atoi(q.Get("limit"))
	if err != nil || limit < 1 || limit > logstore.MaxLimit {
		limit = 0
	}
	path := r.URL.EscapedPath()
	var ex *logstore.Exporter
	n := 0
	for {
		switch {
		case limit > 0:
			q.Set("limit", strconv.Itoa(min(limit-n, exportPage)))
		case !q.Has("limit"):
			q.Set("limit", strconv.Itoa(exportPage))
		}
		page, err := s.ownerLogsPage(r, addr, path, q, domain)
		if err != nil {
			if ex == nil {
				s.fail(w, r, err)
				return
			}
			if errors.Is(err, context.Canceled) {
				return // the client went away
			}
			s.cfg.Log.Warn("log export from another instance cut short; the response is aborted", "domain", domain, "owner", addr, "attempts", n, "err", err)
			ex.Abort()
		}
		// The answer starts with the first attempt, as a local export's
		// does: a failure before it still gets an error status.
		if ex == nil && len(page.Attempts) > 0 {
			ex = logstore.StartExport(w, domain, format)
		}
		for i := range page.Attempts {
			if limit > 0 && n == limit {
				break
			}
			if err := ex.Write(&page.Attempts[i]); err != nil {
				ex.Close()
				return
			}
			n++
		}
		if page.NextCursor == "" || limit > 0 && n >= limit {
			break
		}
		q.Set("cursor", page.NextCursor)
	}
	if ex == nil {
		ex = logstore.StartExport(w, domain, format) // nothing matched
	}
	ex.Close()
}

// ownerLogsPage asks the owner at addr for one JSON page of domain's logs.
func (s *server) ownerLogsPage(r *http.Request, addr, path string, q url.Values, domain string) (logstore.Logs, error) {
	var page logstore.Logs
	what := "the instance that owns " + domain
	resp, body, err := s.askOwner(r.Context(), r, addr, path, q)
	if err != nil {
		return page, s.ownerFailed(r, err, addr, what)
	}
	if resp.StatusCode != http.StatusOK {
		return page, ownerStatus(what, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, &page); err != nil || page.Domain != domain {
		s.cfg.Log.Error("an instance answered an unreadable log page", "owner", addr, "domain", domain, "err", err)
		return page, &apiError{http.StatusBadGateway, what + " answered with an unreadable page"}
	}
	return page, nil
}

// ownerStatus turns another instance's error answer into the caller's.
func ownerStatus(what string, code int, body []byte) error {
	var e struct {
		Error string `json:"error"`
	}
	msg := clipBody(body)
	if json.Unmarshal(body, &e) == nil && e.Error != "" {
		msg = e.Error
	}
	switch code {
	case http.StatusServiceUnavailable:
		return unavailable(fmt.Sprintf("%s answered: %s", what, msg))
	case http.StatusBadRequest, http.StatusNotFound:
		return &apiError{code, msg}
	}
	return &apiError{http.StatusBadGateway, fmt.Sprintf("%s answered %d: %s", what, code, msg)}
}

// gatherMessage returns every domain's part of a message under each form
// of its id (MessageIDForms: with and without angle brackets): this
// instance's own from its store, and every other instance's through a
// signed request for its local part of each form (?local=1). An instance
// that does not answer, or a partition without an owner, fails the whole
// answer (503, retryable): a timeline that silently misses a domain would
// mislead.
//
// Every form is gathered, and the log store's handler merges the parts
// before it applies the caller's scope (HTTPConfig.Gather): stopping at
// the first form that had attempts anywhere missed the caller's domains
// that store the other form, and told a manager whether another tree held
// the message.
func (s *server) gatherMessage(ctx context.Context, r *http.Request, messageID string) ([]logstore.Timeline, error) {
	addrs, err := s.messageInstances(ctx)
	if err != nil {
		return nil, err
	}
	var parts []logstore.Timeline
	for _, id := range MessageIDForms(messageID) {
		local, err := s.cfg.Logs.Message(ctx, id, s.ownsDomain)
		if err != nil {
			return nil, err
		}
		for _, p := range local {
			parts = append(parts, logstore.TimelineOf(p.Domain, id, p.Entries, p.Truncated))
		}
		for _, addr := range addrs {
			remote, err := s.remoteMessage(ctx, r, addr, id)
			if err != nil {
				return nil, err
			}
			parts = append(parts, remote...)
		}
	}
	return parts, nil
}

// messageInstances returns the addresses of the other instances that own
// partitions, which a message's parts are gathered from, sorted; an error
// (503) when a partition has no owner that can answer.
func (s *server) messageInstances(ctx context.Context) ([]string, error) {
	addrs := map[string]bool{}
	for part := int32(0); part < s.b.Partitions(); part++ {
		o, err := s.b.OwnerOf(ctx, part)
		switch {
		case err != nil:
			return nil, unavailable(fmt.Sprintf("cannot find the owner of partition %d right now", part))
		case o.Local && o.Restoring:
			return nil, unavailable(fmt.Sprintf("partition %d is being restored on this instance", part))
		case o.Local:
		case o.Addr == "":
			return nil, unavailable(fmt.Sprintf("partition %d has no owner right now (rebalance in progress)", part))
		default:
			addrs[o.Addr] = true
		}
	}
	if len(addrs) > 0 && s.cluster == nil {
		return nil, unavailable("the message's other domains are served by other instances, and this one cannot ask them: the instances have no cluster secret (--cluster-secret)")
	}
	return slices.Sorted(maps.Keys(addrs)), nil
}

// remoteMessage asks the instance at addr for its local part of message
// messageID, in that one form.
func (s *server) remoteMessage(ctx context.Context, r *http.Request, addr, messageID string) ([]logstore.Timeline, error) {
	what := "another instance"
	resp, body, err := s.askOwner(ctx, r, addr, "/api/v1/messages/"+logstore.EscapeMessageID(messageID), url.Values{"local": {"1"}})
	if err != nil {
		return nil, s.ownerFailed(r, err, addr, what)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, ownerStatus(what, resp.StatusCode, body)
	}
	var m logstore.MessageTimelines
	if err := json.Unmarshal(body, &m); err != nil || m.MessageID != messageID {
		return nil, &apiError{http.StatusBadGateway, what + " answered with an unreadable timeline"}
	}
	return m.Domains, nil
}

// HTTPStatus is the status an apiError is answered with; the log store's
// handler answers errors of Gather by it.
func (e *apiError) HTTPStatus() int { return e.code }

// exportCaller names the caller of an export for the bound of exports
// per caller: the key its requests are rate-limited under (its token,
// session or account; while the API is open, its address).
func exportCaller(r *http.Request) string { return callerOf(r).key }
