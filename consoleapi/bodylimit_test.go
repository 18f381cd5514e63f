package consoleapi

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestDeclaredBodyTooLarge: a request that declares a body over the limit
// gets 413 before any of it is read, so a client waiting with
// Expect: 100-continue is answered instead of told to send 20 MB that the
// server would stop reading and reset.
func TestDeclaredBodyTooLarge(t *testing.T) {
	f := newFixture(t, world(), nil, nil)
	for _, tc := range []struct {
		path   string
		length int
		expect bool
	}{
		{"/api/v1/session", 20 << 20, true},
		{"/api/v1/session", maxBody + 1, true},
		{"/api/v1/session", 20 << 20, false},
	} {
		t.Run(fmt.Sprintf("%s %d expect=%v", tc.path, tc.length, tc.expect), func(t *testing.T) {
			conn, err := net.DialTimeout("tcp", strings.TrimPrefix(f.srv.URL, "http://"), 5*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
			head := fmt.Sprintf("POST %s HTTP/1.1\r\nHost: console.test\r\nContent-Type: application/json\r\nContent-Length: %d\r\n", tc.path, tc.length)
			if tc.expect {
				head += "Expect: 100-continue\r\n"
			}
			if _, err := conn.Write([]byte(head + "\r\n")); err != nil {
				t.Fatal(err)
			}
			// No body is sent: the answer must come without it.
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("no answer before the body: %v", err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Fatalf("status %d, want 413", resp.StatusCode)
			}
		})
	}
}
