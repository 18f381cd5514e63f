package accounts

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"
)

// A set-password link is used once across every instance, not once per
// instance. Each instance holds its own copy of the accounts topic, so two
// uses of one link that reach two instances within a fetch of each other
// both found the link unused, and both were told their password was set
// (left by the twelfth session). A use now first writes a claim of the
// link and waits until its own store applied it: the topic has a single
// partition, so every instance applies the claims of a link in the same
// order, and the first one wins, as a log-based lock does. The claim is
// deleted with the link when the password is set, and given back when
// the use fails after winning, so that the link can be tried again.
//
// A claim whose use never finished (the instance crashed, or its wait
// for its own claim timed out) would hold the link until it expired. So a
// claim lasts claimLifetime: a later claim whose record is more than that
// younger (by the records' timestamps, which every instance reads alike)
// takes its place. The instances' clocks must agree within it.
//
// A release before this one counts claim records as invalid and ignores
// them (it still refuses a second use on the same instance): upgrade
// every instance that serves the console before relying on this.

// claimLifetime is how long a claim holds a link against later claims;
// far longer than a use takes (an argon2id hash and two writes).
const claimLifetime = 10 * time.Minute

// linkClaim is the claim in force of a link: its nonce and its record's
// timestamp.
type linkClaim struct {
	nonce string
	at    time.Time
}

// claimLink writes a claim of the link id (of manager) and reports whether
// it is the claim in force of the link on the topic, and its nonce. A
// claim that loses is left for the winner's tombstones.
func (s *Store) claimLink(ctx context.Context, id, manager string) (string, bool, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", false, fmt.Errorf("claim set-password link: %w", err)
	}
	nonce := hex.EncodeToString(b)
	k, v, err := encode(kindClaim, id, ClaimRecord{Nonce: nonce, Manager: manager})
	if err != nil {
		return "", false, err
	}
	if err := s.write(ctx, [2][]byte{k, v}); err != nil {
		// The claim may be on the topic: it holds the link for
		// claimLifetime at most.
		s.log.Warn("accounts store: a use of a set-password link could not confirm its claim; the link can be used again within "+claimLifetime.String(), "err", err)
		return "", false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// The link must also still be there: a use that won before may have
	// spent it (and deleted its claim) before this claim was written.
	_, live := s.links[id]
	return nonce, live && s.claims[id].nonce == nonce, nil
}

// holdsClaim reports whether the claim nonce is still the one in force of
// the link id. A use checks it again before it writes the password: a
// claim from an instance whose clock runs more than claimLifetime ahead
// takes the place of one still in use (third review), and then only that
// one writes, unless it lands between this check and the write.
func (s *Store) holdsClaim(id, nonce string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, live := s.links[id]
	return live && s.claims[id].nonce == nonce
}

// releaseClaim deletes the claim of the link id, after a use that won it
// failed, so that the link can be used again.
func (s *Store) releaseClaim(ctx context.Context, id string) {
	k, _, _ := encode(kindClaim, id, nil)
	if err := s.write(context.WithoutCancel(ctx), [2][]byte{k, nil}); err != nil {
		s.log.Warn("accounts store: could not give back the claim of a set-password link; it cannot be used again (make a new one)", "err", err)
	}
}

// claimTombstonesLocked returns the records that delete the claims of
// the links ids. s.mu must be held.
func (s *Store) claimTombstonesLocked(ids ...string) [][2][]byte {
	var recs [][2][]byte
	for _, id := range ids {
		if _, ok := s.claims[id]; ok {
			k, _, _ := encode(kindClaim, id, nil)
			recs = append(recs, [2][]byte{k, nil})
		}
	}
	return recs
}
