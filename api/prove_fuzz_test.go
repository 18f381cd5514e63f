package api

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/segmentio/encoding/json"
)

// FuzzProve: the proof endpoint's challenge headers, whatever a caller
// sends (the endpoint needs no token). The instance proves itself, with a
// 200 and the HMAC of exactly this challenge from this challenger to
// itself, only for a GET addressed to itself by another instance with a
// challenge of 22 to 64 characters; anything else is a 4xx with no
// proof. Every answer is JSON.
func FuzzProve(f *testing.F) {
	for _, s := range [][4]string{
		{"GET", fuzzForwarder, fuzzSelf, "AAAAAAAAAAAAAAAAAAAAAA"},
		{"GET", fuzzForwarder, "other.internal:8080", "AAAAAAAAAAAAAAAAAAAAAA"},
		{"GET", fuzzSelf, fuzzSelf, "AAAAAAAAAAAAAAAAAAAAAA"},
		{"GET", fuzzForwarder, fuzzSelf, "short"},
		{"GET", fuzzForwarder, fuzzSelf, "0123456789012345678901234567890123456789012345678901234567890123456789"},
		{"GET", "", fuzzSelf, "AAAAAAAAAAAAAAAAAAAAAA"},
		{"POST", fuzzForwarder, fuzzSelf, "AAAAAAAAAAAAAAAAAAAAAA"},
		{"GET", "a\nb", fuzzSelf, "AAAAAAAAAAAAAAAAAAAAAA\n"},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	a := fuzzAuth()
	s := &server{cluster: a, cfg: Config{Self: fuzzSelf, Log: slog.New(slog.DiscardHandler)}}
	f.Fuzz(func(t *testing.T, method, from, to, ch string) {
		r := httptest.NewRequest(http.MethodGet, ProofPath, nil)
		r.Method = method
		r.Header.Set(HeaderChallenger, from)
		r.Header.Set(HeaderChallenged, to)
		r.Header.Set(HeaderChallenge, ch)
		w := httptest.NewRecorder()
		s.prove(w, r)
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("answer %d %q is not JSON", w.Code, w.Body)
		}
		var p proof
		_ = json.Unmarshal(w.Body.Bytes(), &p)
		should := method == http.MethodGet && to == fuzzSelf && from != "" && from != to && len(ch) >= 22 && len(ch) <= 64
		switch {
		case should && (w.Code != http.StatusOK || p.Proof != a.proofMAC(from, to, ch)):
			t.Fatalf("%s from %q to %q challenge %q: %d %q, want the proof", method, from, to, ch, w.Code, w.Body)
		case !should && (w.Code < 400 || w.Code > 499 || p.Proof != ""):
			t.Fatalf("%s from %q to %q challenge %q: %d %q, want a 4xx without a proof", method, from, to, ch, w.Code, w.Body)
		}
	})
}
