package api_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
)

// TestStreamClosesWhenSessionEnds checks that a live-log stream opened
// with a console session (or a console-made token) ends with a closed
// event once the session is signed out or the token revoked, although
// the directory did not change (review finding 2: such streams ran on).
func TestStreamClosesWhenSessionEnds(t *testing.T) {
	var valid atomic.Bool
	valid.Store(true)
	h := api.Handler(api.Config{Backend: newMemBackend(t, 3), Limits: api.Limits{Rate: -1}, Log: testLogger(),
		StreamInterval: 50 * time.Millisecond, KeepAlive: 100 * time.Millisecond,
		Credentials: func() bool { return true },
		Session: func(*http.Request) (directory.Manager, bool, bool) {
			if valid.Load() {
				return directory.Manager{ID: "ops"}, true, true
			}
			return directory.Manager{}, false, false
		}})
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/v1/domains/example.org/live/stream")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("stream: %d", resp.StatusCode)
	}
	time.Sleep(200 * time.Millisecond)
	valid.Store(false)
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the stream ended without a closed event")
			}
			if strings.HasPrefix(l, "event: closed") {
				return
			}
		case <-deadline:
			t.Fatal("the stream still runs 5 s after its session ended")
		}
	}
}
