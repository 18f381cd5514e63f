package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestDevFrontKeepsQuery: a query the instance cannot decode is refused
// with 400 naming the parameter through dev's front too, as on the
// instance's own port (review S29B-1: ReverseProxy dropped the
// parameters it could not parse, and "?outcome=delivered%" answered 200
// with every outcome in it).
func TestDevFrontKeepsQuery(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dev := startDev(t, ctx, t.TempDir(), nil)
	base := "http://" + dev.front + "/api/v1/domains/woodgrove.example/logs"
	for _, q := range []string{"?outcome=delivered%", "?outcome=bounced;limit=3", "?limit=3&q=%zz", "?since=1h;until=now"} {
		code, body := devRequest(t, ctx, http.MethodGet, base+q, nil, "")
		if code != http.StatusBadRequest {
			t.Errorf("%s through the front: %d %s, want 400", q, code, body)
		}
	}
	if code, body := devRequest(t, ctx, http.MethodGet, base+"?outcome=bounced&limit=3", nil, ""); code != http.StatusOK {
		t.Errorf("a good query through the front: %d %s", code, body)
	}
	if code, body := devRequest(t, ctx, http.MethodGet, base+"?outcome=lost", nil, ""); code != http.StatusBadRequest || !strings.Contains(body, "outcome") {
		t.Errorf("a bad outcome through the front: %d %s, want 400 naming outcome", code, body)
	}
}
