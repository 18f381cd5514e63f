package api

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/mailflow/mailflow/schemas"
)

const (
	defaultPageSize = 50
	maxPageSize     = 1000
)

// DomainPage is one page of the domain list.
type DomainPage struct {
	Domains []Status `json:"domains"`
	// NextCursor, when set, fetches the next page (?cursor=...).
	NextCursor string `json:"next_cursor,omitempty"`
}

// domains lists the domains of the owned partitions with a status (bad when
// ?status is absent), in partition and then name order, a page at a time.
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
	startPart, after := int32(-1), ""
	if v := q.Get("cursor"); v != "" {
		var err error
		if startPart, after, err = decodeCursor(v); err != nil {
			s.fail(w, r, &apiError{http.StatusBadRequest, "cursor: " + err.Error()})
			return
		}
	}
	page := DomainPage{Domains: []Status{}}
	lastPart := int32(-1) // the partition of the last domain on the page
	for _, p := range s.b.Ownership().Partitions {
		if p < startPart {
			continue
		}
		from := ""
		if p == startPart {
			from = after
		}
		// One more than fits tells whether a next page exists.
		names, err := s.b.Store().Domains(p, status, from, limit-len(page.Domains)+1)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, name := range names {
			if len(page.Domains) == limit {
				page.NextCursor = encodeCursor(lastPart, page.Domains[limit-1].Domain)
				writeJSON(w, http.StatusOK, page)
				return
			}
			win, err := s.b.Store().Window(name)
			if err != nil {
				s.fail(w, r, err)
				return
			}
			page.Domains = append(page.Domains, s.statusOf(name, win))
			lastPart = p
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
	p, err := strconv.Atoi(ps)
	if !ok || err != nil || domain == "" {
		return 0, "", fmt.Errorf("not a cursor of this API")
	}
	return int32(p), domain, nil
}
