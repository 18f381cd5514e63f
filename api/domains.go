package api

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

const (
	defaultPageSize = 50
	maxPageSize     = 1000

	// forwardTimeout bounds a request for one partition's page to its
	// owner.
	forwardTimeout = 10 * time.Second
	// maxForwardedBody bounds the size of such a page (1000 statuses).
	maxForwardedBody = 64 << 20
)

// DomainPage is one page of the domain list.
type DomainPage struct {
	Domains []Status `json:"domains"`
	// NextCursor, when set, fetches the next page (?cursor=...).
	NextCursor string `json:"next_cursor,omitempty"`
}

// domains lists the domains with a status (bad when ?status is absent) of
// every partition, in partition and then name order, a page at a time.
// Partitions this instance owns are read from the local store; the page of
// a partition owned by another instance is fetched from it with a forwarded
// request restricted to that partition (?partition=N), and only for as many
// partitions as the page needs. When a partition has no owner that can
// answer (a rebalance is in progress, or its state is being restored), the
// request fails with 503 rather than returning an incomplete page.
func (s *server) domains(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	status := schemas.StatusBad
	if v := q.Get("status"); v != "" {
		st, ok := schemas.ParseStatus(v)
		if !ok || st == schemas.StatusUnknown {
			s.fail(w, r, &apiError{http.StatusBadRequest, fmt.Sprintf("status: %q is not good or bad", v)})
			return
		}
		status = st
	}
	limit := defaultPageSize
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPageSize {
			s.fail(w, r, &apiError{http.StatusBadRequest, fmt.Sprintf("limit: %q is not a number from 1 to %d", v, maxPageSize)})
			return
		}
		limit = n
	}
	// first and end bound the partitions listed: all of them, or the one
	// named by ?partition.
	first, end := int32(0), s.b.Partitions()
	if v := q.Get("partition"); v != "" {
		n, err := strconv.ParseInt(v, 10, 32)
		if err != nil || n < 0 || int32(n) >= end {
			s.fail(w, r, &apiError{http.StatusBadRequest, fmt.Sprintf("partition: %q is not a partition from 0 to %d", v, end-1)})
			return
		}
		first, end = int32(n), int32(n)+1
	}
	startPart, after := first, ""
	if v := q.Get("cursor"); v != "" {
		p, d, err := decodeCursor(v)
		if err != nil {
			s.fail(w, r, &apiError{http.StatusBadRequest, "cursor: " + err.Error()})
			return
		}
		switch {
		case p > startPart:
			startPart, after = p, d
		case p == startPart:
			after = d
		}
	}
	page := DomainPage{Domains: []Status{}}
	lastPart := int32(-1) // the partition of the last domain on the page
	for p := startPart; p < end; p++ {
		from := ""
		if p == startPart {
			from = after
		}
		room := limit - len(page.Domains)
		// A full page looks one domain further, so that only a page with
		// a successor has a next cursor.
		got, more, err := s.partitionPage(r, p, status, from, max(room, 1))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if room == 0 {
			if len(got) > 0 {
				page.NextCursor = encodeCursor(lastPart, page.Domains[limit-1].Domain)
			}
			break
		}
		if len(got) > 0 {
			page.Domains = append(page.Domains, got...)
			lastPart = p
		}
		if more {
			page.NextCursor = encodeCursor(p, page.Domains[len(page.Domains)-1].Domain)
			break
		}
	}
	writeJSON(w, http.StatusOK, page)
}

// encodeCursor names the position after the last listed domain, domain of
// partition p.
func encodeCursor(p int32, domain string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(int(p)) + "/" + domain))
}

func decodeCursor(c string) (int32, string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, "", fmt.Errorf("not a cursor of this API")
	}
	ps, domain, ok := strings.Cut(string(b), "/")
	p, err := strconv.ParseInt(ps, 10, 32)
	if !ok || err != nil || p < 0 || domain == "" {
		return 0, "", fmt.Errorf("not a cursor of this API")
	}
	return int32(p), domain, nil
}

// partitionPage lists up to n domains with status of partition p that sort
// after from, and says whether the partition has more. It reads the local
// store when this instance owns p and asks the owner otherwise.
func (s *server) partitionPage(r *http.Request, p int32, status schemas.Status, from string, n int) ([]Status, bool, error) {
	o, err := s.b.OwnerOf(r.Context(), p)
	if err != nil {
		return nil, false, unavailable(fmt.Sprintf("cannot find the owner of partition %d: %v", p, err))
	}
	switch {
	case o.Local && o.Restoring:
		return nil, false, unavailable(fmt.Sprintf("partition %d is being restored on this instance", p))
	case o.Local:
	case r.Header.Get(HeaderForwarded) != "":
		return nil, false, unavailable(fmt.Sprintf("partition %d is moving between instances (rebalance in progress)", p))
	case o.Addr == "":
		return nil, false, unavailable(fmt.Sprintf("partition %d has no owner right now (rebalance in progress)", p))
	default:
		return s.remotePage(r, o.Addr, p, status, from, n)
	}
	// One more than fits tells whether the partition has more.
	names, err := s.scopedDomains(r, p, status, from, n+1)
	if err != nil {
		return nil, false, err
	}
	more := len(names) > n
	if more {
		names = names[:n]
	}
	out := make([]Status, 0, len(names))
	for _, name := range names {
		win, err := s.b.Store().Window(name)
		if err != nil {
			return nil, false, err
		}
		out = append(out, s.statusOf(name, win))
	}
	return out, more, nil
}

// scopedDomains lists up to limit domains with status of the local
// partition p that sort after from and that the caller may see. For a
// manager it reads on past the domains outside the scope, so that a page
// fills with domains in scope and paging stays exact.
func (s *server) scopedDomains(r *http.Request, p int32, status schemas.Status, from string, limit int) ([]string, error) {
	c := callerOf(r)
	if c.all {
		return s.b.Store().Domains(p, status, from, limit)
	}
	d := s.b.Directory()
	batch := max(limit, scopeBatch)
	var out []string
	for {
		names, err := s.b.Store().Domains(p, status, from, batch)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			if c.sees(d, name) {
				out = append(out, name)
				if len(out) == limit {
					return out, nil
				}
			}
		}
		if len(names) < batch {
			return out, nil
		}
		if err := r.Context().Err(); err != nil {
			return nil, err
		}
		from = names[len(names)-1]
	}
}

// scopeBatch is how many domains a scoped list reads from the store at a
// time.
const scopeBatch = 256

// remotePage fetches the page of partition p from its owner at addr.
func (s *server) remotePage(r *http.Request, addr string, p int32, status schemas.Status, from string, n int) ([]Status, bool, error) {
	q := url.Values{
		"status":    {status.String()},
		"limit":     {strconv.Itoa(n)},
		"partition": {strconv.Itoa(int(p))},
	}
	if from != "" {
		q.Set("cursor", encodeCursor(p, from))
	}
	u := url.URL{Scheme: "http", Host: addr, Path: "/api/v1/domains", RawQuery: q.Encode()}
	ctx, cancel := context.WithTimeout(r.Context(), forwardTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, false, err
	}
	req.Header.Set(HeaderForwarded, s.cfg.Self)
	req.Header.Set("Accept", "application/json")
	// The owner lists only what the caller may see.
	copyCredentials(req, r)
	resp, err := s.client.Do(req)
	if err != nil {
		if r.Context().Err() != nil {
			return nil, false, r.Context().Err()
		}
		return nil, false, unavailable(fmt.Sprintf("the owner of partition %d (%s) did not answer: %v", p, addr, err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxForwardedBody))
	if err != nil {
		return nil, false, unavailable(fmt.Sprintf("the owner of partition %d (%s) did not answer: %v", p, addr, err))
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		msg := strings.TrimSpace(string(body))
		if json.Unmarshal(body, &e) == nil && e.Error != "" {
			msg = e.Error
		}
		msg = fmt.Sprintf("the owner of partition %d (%s) answered %d: %s", p, addr, resp.StatusCode, msg)
		if resp.StatusCode == http.StatusServiceUnavailable {
			return nil, false, unavailable(msg)
		}
		return nil, false, &apiError{http.StatusBadGateway, msg}
	}
	var page DomainPage
	if err := json.Unmarshal(body, &page); err != nil {
		return nil, false, &apiError{http.StatusBadGateway, fmt.Sprintf("the owner of partition %d (%s) answered with an unreadable page: %v", p, addr, err)}
	}
	if len(page.Domains) > n {
		return nil, false, &apiError{http.StatusBadGateway, fmt.Sprintf("the owner of partition %d (%s) answered %d domains, more than the %d asked for", p, addr, len(page.Domains), n)}
	}
	return page.Domains, page.NextCursor != "", nil
}
