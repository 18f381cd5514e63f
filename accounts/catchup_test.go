package accounts

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// TestSessionSignedInElsewhereJustNow: a session written on one instance
// is found on another at once, although the other's fetches return late
// (the broker holds them up to a second for more bytes); a cookie nobody
// signed in stays unknown; many concurrent misses share their lookups.
func TestSessionSignedInElsewhereJustNow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	first := open(t, ctx, opts)
	slow := open(t, ctx, append(opts[:len(opts):len(opts)], kgo.FetchMinBytes(1<<30), kgo.FetchMaxWait(time.Second)))

	for i, tok := range []string{"hash-of-token-a", "hash-of-token-b", "hash-of-token-c"} {
		if err := first.Sessions().CommitCtx(ctx, tok, []byte{byte(i)}, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		data, found, err := slow.Sessions().FindCtx(ctx, tok)
		if err != nil || !found || len(data) != 1 || data[0] != byte(i) {
			t.Fatalf("session %s on the other instance right after sign-in: %v %v %v", tok, data, found, err)
		}
	}
	if _, found, err := slow.Sessions().FindCtx(ctx, "never-signed-in"); found || err != nil {
		t.Fatalf("an unknown session: found %v, err %v", found, err)
	}

	// A session signed out on the first instance and a burst of misses.
	if err := first.Sessions().DeleteCtx(ctx, "hash-of-token-a"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 50)
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, found, err := slow.Sessions().FindCtx(ctx, "forged-cookie"); found || err != nil {
				errs <- "forged cookie found or failed"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if _, found, _ := slow.Sessions().FindCtx(ctx, "hash-of-token-b"); !found {
		t.Fatal("a live session was lost")
	}
}

// TestSessionLookupBrokerDown: with the brokers gone, an unknown cookie is
// not found (after the bounded wait) instead of failing the request.
func TestSessionLookupBrokerDown(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	s := open(t, ctx, opts)
	if err := s.Sessions().CommitCtx(ctx, "known", []byte{1}, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	s.cl.Close()
	start := time.Now()
	if _, found, err := s.Sessions().FindCtx(ctx, "unknown"); found || err != nil {
		t.Fatalf("unknown cookie with the brokers gone: found %v, err %v", found, err)
	}
	if d := time.Since(start); d > catchUpTimeout+2*time.Second {
		t.Fatalf("the lookup took %v, more than its bound", d)
	}
	if _, found, _ := s.Sessions().FindCtx(ctx, "known"); !found {
		t.Fatal("a known session needs no broker")
	}
}
