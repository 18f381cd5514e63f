package accounts

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestLinksSpent: only a manager's newest set-password link works, and
// setting the password, through a link or directly, spends every link
// (review finding: an older link stayed valid for its 72 hours after a
// newer one had set the password).
func TestLinksSpent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := cluster(t)
	a := open(t, ctx, opts)
	other := open(t, ctx, opts) // another instance, reading the topic

	first, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	second, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := a.NewLink(ctx, "m2", "operator")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.UseLink(ctx, first, "a long enough password", nil); !errors.Is(err, ErrBadLink) {
		t.Fatalf("an older link after a newer was made: %v, want ErrBadLink", err)
	}
	if m, err := a.UseLink(ctx, second, "a long enough password", nil); err != nil || m != "m1" {
		t.Fatalf("the newest link: %q %v", m, err)
	}
	waitFor(t, "password on the other instance", func() bool { _, ok := other.PasswordSetAt("m1"); return ok })
	for _, s := range []*Store{a, other} {
		if _, err := s.UseLink(ctx, second, "another long password", nil); !errors.Is(err, ErrBadLink) {
			t.Fatalf("a used link again: %v", err)
		}
	}
	// Another manager's link is left alone.
	if m, err := other.UseLink(ctx, theirs, "a long enough password", nil); err != nil || m != "m2" {
		t.Fatalf("another manager's link: %q %v", m, err)
	}

	// A password set directly (by the operator's tool) spends the links
	// made before it, on every instance.
	third, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "link on the other instance", func() bool { return other.linkCount("m1") == 1 })
	if err := a.SetPassword(ctx, PasswordContext{ManagerID: "m1"}, "a third long password"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "links spent on the other instance", func() bool { return other.linkCount("m1") == 0 })
	if _, err := other.UseLink(ctx, third, "yet another password", nil); !errors.Is(err, ErrBadLink) {
		t.Fatalf("a link made before the password was set: %v", err)
	}
}

func (s *Store) linkCount(manager string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.links {
		if l.Manager == manager {
			n++
		}
	}
	return n
}

// TestHashSlots: at most hashSlots password checks run at once; the others
// wait for a slot, and one that waits longer than hashWait is answered
// ErrBusy without its password being checked.
func TestHashSlots(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	var mu sync.Mutex
	running, peak := 0, 0
	release := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.withHashSlot(ctx, func() {
				mu.Lock()
				running++
				peak = max(peak, running)
				mu.Unlock()
				<-release
				mu.Lock()
				running--
				mu.Unlock()
			})
		}()
	}
	time.Sleep(hashWait + 500*time.Millisecond)
	close(release)
	wg.Wait()
	busy := 0
	for _, err := range errs {
		if errors.Is(err, ErrBusy) {
			busy++
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if peak != hashSlots || busy != len(errs)-hashSlots {
		t.Fatalf("peak %d checks at once, %d busy; want %d and %d", peak, busy, hashSlots, len(errs)-hashSlots)
	}
	// With the slots free again, a check runs.
	if _, err := s.CheckLogin(ctx, "", "any password at all"); !errors.Is(err, ErrBadCredentials) {
		t.Fatalf("a check after the burst: %v", err)
	}
}

// TestLinkUsedOnce: requests at once with one link (a double submit, or
// someone racing the link's holder) set the password once: one is told
// it was set, every other gets ErrBadLink, and the password that works
// is the one that was told (review finding: six at once were each told
// their password was set; one was).
func TestLinkUsedOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	for _, n := range []int{2, 6} {
		link, err := s.NewLink(ctx, "m1", "operator")
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = s.UseLink(ctx, link, fmt.Sprintf("racing password number %d", i), nil)
			}()
		}
		wg.Wait()
		won := -1
		for i, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("%d at once: requests %d and %d were both told the password was set", n, won, i)
			case err == nil:
				won = i
			case !errors.Is(err, ErrBadLink):
				t.Fatalf("%d at once: request %d: %v, want ErrBadLink", n, i, err)
			}
		}
		if won < 0 {
			t.Fatalf("%d at once: no request set the password: %v", n, errs)
		}
		if _, err := s.CheckLogin(ctx, "m1", fmt.Sprintf("racing password number %d", won)); err != nil {
			t.Fatalf("%d at once: the password of the request told it was set does not sign in: %v", n, err)
		}
	}
}

// TestLinkUsedOnceAcrossInstances: uses of one link that reach two
// instances at once set the password once. Each instance holds its own
// copy of the topic, and both used to find the link unused and tell their
// caller the password was set (left by the twelfth session); now the
// first claim on the topic wins (claim.go). A claim left behind by a
// loser is swept.
func TestLinkUsedOnceAcrossInstances(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := cluster(t)
	a, b := open(t, ctx, opts), open(t, ctx, opts)
	for round := range 8 {
		link, err := a.NewLink(ctx, "m1", "operator")
		if err != nil {
			t.Fatal(err)
		}
		if err := b.catchUp(ctx); err != nil {
			t.Fatal(err)
		}
		stores := []*Store{a, b, a, b}
		errs := make([]error, len(stores))
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[i] = s.UseLink(ctx, link, fmt.Sprintf("round %d, racing password %d", round, i), nil)
			}()
		}
		close(start)
		wg.Wait()
		won := -1
		for i, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("round %d: uses %d and %d (instances %p and %p) were both told the password was set", round, won, i, stores[won], stores[i])
			case err == nil:
				won = i
			case !errors.Is(err, ErrBadLink):
				t.Fatalf("round %d: use %d: %v, want ErrBadLink", round, i, err)
			}
		}
		if won < 0 {
			t.Fatalf("round %d: no use set the password: %v", round, errs)
		}
		for _, s := range []*Store{a, b} {
			if err := s.catchUp(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := s.CheckLogin(ctx, "m1", fmt.Sprintf("round %d, racing password %d", round, won)); err != nil {
				t.Fatalf("round %d: the password of the use told it was set does not sign in: %v", round, err)
			}
		}
	}
	if err := a.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Store{a, b} {
		if err := s.catchUp(ctx); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		n := len(s.claims)
		s.mu.Unlock()
		if n != 0 {
			t.Fatalf("%d claims left after the sweep", n)
		}
	}
}

// TestLinkClaimExpires: a claim whose use never finished (its instance
// crashed between the claim and the password write, or its wait for its
// own claim timed out) holds the link for claimLifetime only: a use on
// another instance after that sets the password, once (second review, A1:
// the link was refused on every instance until it expired, 72 h).
func TestLinkClaimExpires(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := cluster(t)
	a := open(t, ctx, opts)
	link, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	if _, won, err := a.claimLink(ctx, hashHex(link), "m1"); err != nil || !won {
		t.Fatalf("claim: %v, %v", won, err)
	}
	a.Close() // crashed before the password write

	soon := open(t, ctx, opts, WithClock(func() time.Time { return time.Now().Add(claimLifetime / 2) }))
	if _, err := soon.UseLink(ctx, link, "a long enough second password", nil); !errors.Is(err, ErrBadLink) {
		t.Fatalf("a use while the claim holds: %v, want ErrBadLink", err)
	}
	later := open(t, ctx, opts, WithClock(func() time.Time { return time.Now().Add(claimLifetime + time.Minute) }))
	if _, err := later.UseLink(ctx, link, "a long enough third password", nil); err != nil {
		t.Fatalf("a use after the claim expired: %v", err)
	}
	if _, err := later.CheckLogin(ctx, "m1", "a long enough third password"); err != nil {
		t.Fatalf("the password set does not sign in: %v", err)
	}
	if _, err := later.UseLink(ctx, link, "a long enough fourth password", nil); !errors.Is(err, ErrBadLink) {
		t.Fatalf("a second use of the link: %v, want ErrBadLink", err)
	}
}

// TestLinkClaimSkewedClock: a claim from an instance whose clock runs more
// than claimLifetime ahead takes the place of one still in use (third
// review). The first claimer checks its claim again before it writes the
// password, and gives way: only one of the two writes.
func TestLinkClaimSkewedClock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := cluster(t)
	a := open(t, ctx, opts)
	skewed := open(t, ctx, opts, WithClock(func() time.Time { return time.Now().Add(claimLifetime + time.Minute) }))
	link, err := a.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	if err := skewed.catchUp(ctx); err != nil {
		t.Fatal(err)
	}
	id := hashHex(link)
	na, won, err := a.claimLink(ctx, id, "m1")
	if err != nil || !won {
		t.Fatalf("first claim: %v, %v", won, err)
	}
	nb, won, err := skewed.claimLink(ctx, id, "m1")
	if err != nil || !won {
		t.Fatalf("skewed claim: %v, %v", won, err)
	}
	if err := a.catchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if a.holdsClaim(id, na) || !a.holdsClaim(id, nb) || !skewed.holdsClaim(id, nb) {
		t.Fatalf("after the skewed claim: first holds %v; want only the skewed one in force on both instances", a.holdsClaim(id, na))
	}
}
