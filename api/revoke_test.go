package api_test

import (
	"net/http"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
)

// expectClosed reads events until the "closed" event and checks its
// reason, then that the stream ends.
func (s *stream) expectClosed(t *testing.T, reason string) {
	t.Helper()
	for {
		ev, ok := s.next(t, 15*time.Second)
		if !ok {
			t.Fatalf("the stream went on (or ended) without a closed event; want reason %s", reason)
		}
		if ev.event != "closed" {
			continue
		}
		var c api.Closed
		if err := json.Unmarshal([]byte(ev.data), &c); err != nil {
			t.Fatalf("closed event %q: %v", ev.data, err)
		}
		if c.Reason != reason || c.Message == "" {
			t.Errorf("closed %+v, want reason %s and a message", c, reason)
		}
		break
	}
	if ev, ok := s.next(t, 5*time.Second); ok {
		t.Errorf("an event after closed: %+v", ev)
	}
}

// TestStreamsCloseWhenAccessEnds opens live-log streams as managers, on the
// owner and through the other instance, and changes the directory under
// them: the token replaced, the domain moved to another reseller, the
// manager removed. Each stream gets a closed event with the reason and
// ends; a stream whose access stays keeps receiving attempts.
func TestStreamsCloseWhenAccessEnds(t *testing.T) {
	x := newFixtureToken(t, adminToken, scopedDirectory()...)
	x.run()
	y := x.instance()
	y.run()
	x.waitFor("the partitions to be shared by both instances", func() bool {
		px, py := x.p.Ownership(), y.p.Ownership()
		return len(px.Partitions) > 0 && len(py.Partitions) > 0 && len(px.Restoring) == 0 && len(py.Restoring) == 0 &&
			len(px.Partitions)+len(py.Partitions) == testPartitions
	})
	a, _ := scopedTraffic(x)
	owner := func(d string) (own, other *fixture) {
		if slices.Contains(x.p.Ownership().Partitions, partitionOf(x.topics.Deliveries, d)) {
			return x, y
		}
		return y, x
	}
	open := func(f *fixture, token, d string) *stream {
		t.Helper()
		s := f.openStreamAs(d, "", "?access_token="+url.QueryEscape(token), "")
		if s.resp.StatusCode != http.StatusOK {
			t.Fatalf("stream of %s: %d", d, s.resp.StatusCode)
		}
		for range 3 { // the three attempts of scopedTraffic
			if ev, ok := s.next(t, 10*time.Second); !ok || ev.event != "attempt" {
				t.Fatalf("stream of %s: %+v %v", d, ev, ok)
			}
		}
		return s
	}
	// a00: the domain manager's, on the owner and forwarded; a01 and a02
	// the reseller manager's; a03 the reseller manager's, which stays.
	own00, other00 := owner(a[0])
	sDomainOwner := open(own00, domainToken, a[0])
	sDomainFwd := open(other00, domainToken, a[0])
	_, other01 := owner(a[1])
	sMoved := open(other01, resellerToken, a[1])
	own02, _ := owner(a[2])
	sRemoved := open(own02, resellerToken, a[2])
	_, other03 := owner(a[3])
	sStays := open(other03, adminToken, a[3])

	t.Run("token replaced", func(t *testing.T) {
		x.publishConfig(directory.Manager{ID: "pm-a00", Level: directory.LevelDomain, Of: "a00.example", Email: "pm@a00.example", APITokenSHA256: directory.HashToken("a-new-token")})
		sDomainOwner.expectClosed(t, "revoked")
		sDomainFwd.expectClosed(t, "revoked")
	})
	t.Run("domain moved to another reseller", func(t *testing.T) {
		x.publishConfig(directory.Domain{Name: a[1], Customer: "cb1"})
		sMoved.expectClosed(t, "out_of_scope")
	})
	t.Run("manager removed", func(t *testing.T) {
		if err := directory.Publish(x.ctx, x.cl, x.topics.Config, []directory.Record{{Key: directory.Key(directory.KindManager, "noc-a")}}); err != nil {
			t.Fatal(err)
		}
		sRemoved.expectClosed(t, "revoked")
	})
	t.Run("a stream with access keeps going", func(t *testing.T) {
		ev := x.produce(delivered(a[3], time.Second))[0]
		sStays.expect(t, ev.ID)
	})
	t.Run("a new stream of a revoked token is refused", func(t *testing.T) {
		s := other00.openStreamAs(a[0], "", "?access_token="+url.QueryEscape(domainToken), "")
		if s.resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%d, want 401", s.resp.StatusCode)
		}
	})
}
