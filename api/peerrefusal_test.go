package api_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/internal/logbuf"
)

// syncBuffer is the logger output the server under test writes while
// the test reads it.
type syncBuffer = logbuf.Buffer

// TestForwardedRefusalsBounded: anyone can send X-Mailflow-Forwarded-By
// (review finding F5). Refusals of such unsigned requests write a bounded
// log — the header's value clipped, the warning rate-limited — and count
// against the client address's wrong-token throttle: past
// api.FailedAuthBurst of them the address is answered 429, for the
// operator's token too, while another address is not. With and without a
// cluster secret, for IPv4 and IPv6 clients.
func TestForwardedRefusalsBounded(t *testing.T) {
	const admin = "operator-0123456789abcdef"
	huge := strings.Repeat("x", 60<<10)
	for _, secret := range []string{"", "cluster-secret-0123456789abcdef"} {
		for _, cl := range []struct{ name, addr, other string }{
			{"ipv4", "203.0.113.5:5000", "203.0.113.6:5000"},
			{"ipv6", "[2001:db8:5:6::1]:5000", "[2001:db8:5:7::1]:5000"},
		} {
			t.Run(fmt.Sprintf("secret=%v/%s", secret != "", cl.name), func(t *testing.T) {
				var logged syncBuffer
				h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Log: slog.New(slog.NewTextHandler(&logged, nil)),
					AdminToken: admin, ClusterSecret: []byte(secret), Self: "self:8080"})
				do := func(addr string, hdr ...string) int {
					req := httptest.NewRequest("GET", "/api/v1/domains", nil)
					req.RemoteAddr = addr
					for i := 0; i+1 < len(hdr); i += 2 {
						req.Header.Set(hdr[i], hdr[i+1])
					}
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					return rec.Code
				}
				const n = 300
				codes := map[int]int{}
				for range n {
					codes[do(cl.addr, api.HeaderForwarded, huge)]++
				}
				if codes[http.StatusForbidden] > api.FailedAuthBurst || codes[http.StatusTooManyRequests] == 0 {
					t.Errorf("%d forged forwarded requests answered %v: want at most %d refusals, then 429", n, codes, api.FailedAuthBurst)
				}
				if got := logged.String(); len(got) > 4<<10 {
					t.Errorf("%d refused requests wrote %d bytes of log, want a few lines:\n%.600s", n, len(got), got)
				}
				if code := do(cl.addr, "Authorization", "Bearer "+admin); code != http.StatusTooManyRequests {
					t.Errorf("the operator's token from the refused address: %d, want 429", code)
				}
				if code := do(cl.other, "Authorization", "Bearer "+admin); code != http.StatusOK {
					t.Errorf("the operator's token from another address: %d, want 200", code)
				}
			})
		}
	}
}
