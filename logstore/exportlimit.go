package logstore

import (
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/mailflow/mailflow/clientaddr"
)

// Default bounds of the streamed exports (CSV, NDJSON) an instance runs at
// once: in all, and per caller (see ExportLimit).
const (
	DefaultExports          = 32
	DefaultExportsPerCaller = 4
)

// ExportStall is how long an export waits for its reader to take what it
// wrote before it is cut: the server's write deadline, renewed while the
// export moves. A reader that stops reading held its export, with its
// connection, goroutine and store iterator, for as long as it liked
// (review finding: 300 readers at 512 bytes/s held 320 MB).
const ExportStall = time.Minute

// ExportLimit bounds the streamed exports that run at once, in all and
// per caller, so that slow or stalled readers cannot hold an instance's
// memory and connections. The zero value is not usable: make one with
// NewExportLimit. It is safe for concurrent use.
type ExportLimit struct {
	total, perCaller int

	mu      sync.Mutex
	running int
	by      map[string]int
}

// NewExportLimit returns a limit of total exports at once on the instance
// and perCaller for one caller; a bound below 1 is taken as 1.
func NewExportLimit(total, perCaller int) *ExportLimit {
	return &ExportLimit{total: max(total, 1), perCaller: max(perCaller, 1), by: map[string]int{}}
}

// Acquire takes a slot for caller and returns the function that gives it
// back (call it once the export ends), or reports false when the
// instance or the caller has none left.
func (l *ExportLimit) Acquire(caller string) (release func(), ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running >= l.total || l.by[caller] >= l.perCaller {
		return nil, false
	}
	l.running++
	l.by[caller]++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.running--
			if l.by[caller]--; l.by[caller] <= 0 {
				delete(l.by, caller)
			}
		})
	}, true
}

// Refuse answers an export Acquire found no slot for: 429 with
// Retry-After and the bounds, so that every path that exports (this
// package's handler, the API's export of another instance's domain)
// says the same.
func (l *ExportLimit) Refuse(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "10")
	writeJSON(w, http.StatusTooManyRequests, map[string]any{"retryable": true,
		"error": fmt.Sprintf("too many log exports at once: at most %d per caller and %d on this instance run together; try again when one has finished", l.perCaller, l.total)})
}

// Bounds returns the limit's bounds: in all, and per caller.
func (l *ExportLimit) Bounds() (total, perCaller int) { return l.total, l.perCaller }

// callerOf names the caller of r for the per-caller bound when
// HTTPConfig.Caller does not: the client's address, an IPv6 client by its
// /64 (clientaddr.Group), as the API's throttles do.
func callerOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "addr " + clientaddr.Group(host)
}
