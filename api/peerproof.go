package api

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/segmentio/encoding/json"
)

// An instance sends a peer nothing of a caller's request (path, query,
// scope, headers) before the peer has proven that it holds the cluster
// secret: the owner's address comes from the consumer group's member
// metadata, and anyone allowed to join the group can advertise any
// address. Signing the request (cluster.go) keeps a stranger from
// forging one, but a signed request still shows its path and query to
// whoever receives it.
//
// The proof is bound to the TCP connection that will carry the requests:
// the transport that talks to peers (peerTransport) dials, sends a
// challenge on the new connection (GET ProofPath with 128 fresh random
// bits and both instances' names), and hands the connection to the HTTP
// client only when the answer is the HMAC-SHA256 of the challenge under a
// key derived from the cluster secret for this purpose alone. Every
// request on that connection, and every connection the client keeps for
// reuse, is then known to end at a holder of the secret — a per-address
// proof with a time to live would leave a window in which the address
// could change hands. Connections are kept and reused (maxPeerConns per
// peer), so the cost is one round trip per new connection, not per
// request; concurrent requests that need new connections each prove
// their own, which is what makes the binding hold.
//
// What the proof says: "the holder of the secret answers the challenge
// N that instance FROM sent to instance TO". The prover answers only
// challenges addressed to itself (TO is its own advertised address), so a
// stranger cannot relay the challenge to a genuine instance and pass its
// answer off (the genuine one refuses: the challenge is for the
// stranger's address); the label and FROM keep the answer from being
// reflected back to the challenger as its own, or used for the other
// direction; the fresh nonce keeps an answer from being replayed.
//
// An address that answers the challenge wrongly (another secret, no such
// endpoint, refused) is not tried again for refuseFor: requests for its
// domains fail at once with 502, and the log says which address failed,
// at most once per refuseFor. An address that does not answer at all is
// an owner that did not answer (503), as before.

// ProofPath is the endpoint where an instance proves to another that it
// holds the cluster secret. It needs no token: it reveals nothing but the
// HMAC of a challenge, and only for a challenge addressed to the
// instance itself.
const ProofPath = "/api/v1/cluster/proof"

// The headers of a challenge.
const (
	// HeaderChallenge is the challenge: 128 random bits, base64url.
	HeaderChallenge = "X-Mailflow-Challenge"
	// HeaderChallenger names the instance that asks for the proof.
	HeaderChallenger = "X-Mailflow-Challenger"
	// HeaderChallenged names the instance that is asked to prove itself.
	HeaderChallenged = "X-Mailflow-Challenged"
)

const (
	// proofTimeout bounds a challenge's round trip.
	proofTimeout = 5 * time.Second
	// refuseFor is how long an address that failed the proof is not
	// asked again.
	refuseFor = 30 * time.Second
	// maxPeerConns is how many idle connections are kept per peer.
	maxPeerConns = 16
	// maxRefused is how many refused addresses are kept before expired
	// ones are swept.
	maxRefused = 64
)

// proofMAC is the answer to challenge from instance from to instance to.
func (a *clusterAuth) proofMAC(from, to, challenge string) string {
	m := hmac.New(sha256.New, a.proofKey)
	for _, part := range []string{"mailflow-proof-v1", "the challenged instance answers", from, to, challenge} {
		m.Write([]byte(part))
		m.Write([]byte{'\n'})
	}
	return "v1=" + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// proof is the JSON answer of ProofPath.
type proof struct {
	Proof string `json:"proof"`
}

// prove answers a challenge addressed to this instance.
func (s *server) prove(w http.ResponseWriter, r *http.Request) {
	from, to, ch := r.Header.Get(HeaderChallenger), r.Header.Get(HeaderChallenged), r.Header.Get(HeaderChallenge)
	switch {
	case r.Method != http.MethodGet:
		w.Header().Set("Allow", "GET")
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "use GET"})
	case s.cluster == nil:
		writeJSON(w, http.StatusForbidden, map[string]string{"error": errNoSecret.Error()})
	case from == "" || to == "" || from == to || len(ch) < 22 || len(ch) > 64:
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "a challenge needs " + HeaderChallenger + ", " + HeaderChallenged + " and a " + HeaderChallenge + " of 22 to 64 characters"})
	case to != s.cfg.Self:
		// A stranger relaying a challenge meant for itself. The endpoint
		// is open, so the warning is rate-limited and clips what the
		// client wrote, as refusePeer's (review S22B-2: 30 KiB headers
		// wrote 60 KB a request into the log).
		if s.proofRefusedLogged.every(refusedLogEvery) {
			s.cfg.Log.Warn("refused a cluster challenge addressed to another instance", "to", clipLogged(to), "from", clipLogged(from),
				"remote", r.RemoteAddr, "refused_unlogged_before", s.proofRefusals.Swap(0))
		} else {
			s.proofRefusals.Add(1)
		}
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "the challenge is addressed to another instance"})
	default:
		w.Header().Set("Cache-Control", "no-store")
		writeJSON(w, http.StatusOK, proof{Proof: s.cluster.proofMAC(from, to, ch)})
	}
}

// errNotProven is why a peer was refused: it answered the challenge, but
// not with the proof.
type errNotProven struct {
	addr   string
	reason string
}

func (e *errNotProven) Error() string {
	return fmt.Sprintf("the instance at %s did not prove that it holds the cluster secret: %s", e.addr, e.reason)
}

// peerTransport is the HTTP transport for requests to other instances:
// every connection it makes has passed the challenge first.
type peerTransport struct {
	auth *clusterAuth
	self string
	log  func(addr string, err error)
	dial func(ctx context.Context, network, addr string) (net.Conn, error)

	mu      sync.Mutex
	refused map[string]refusal
}

// refusal remembers an address that failed the proof.
type refusal struct {
	until time.Time
	err   *errNotProven
}

// newPeerClient returns the HTTP client for requests to other instances;
// log is told of every address that fails the proof (once per refusal).
func newPeerClient(auth *clusterAuth, self string, log func(addr string, err error)) *http.Client {
	d := &net.Dialer{Timeout: proofTimeout, KeepAlive: 30 * time.Second}
	p := &peerTransport{auth: auth, self: self, log: log, dial: d.DialContext, refused: map[string]refusal{}}
	return &http.Client{Transport: &http.Transport{
		DialContext:         p.dialProven,
		MaxIdleConnsPerHost: maxPeerConns,
		IdleConnTimeout:     90 * time.Second,
		// Peers speak plain HTTP/1.1 (see cluster.go on secrecy); a
		// proxy from the environment must not sit between them and
		// their proof.
		Proxy: nil,
	}}
}

// dialProven dials addr and returns the connection once the peer at the
// other end has answered a fresh challenge.
func (p *peerTransport) dialProven(ctx context.Context, network, addr string) (net.Conn, error) {
	now := time.Now()
	p.mu.Lock()
	if r, ok := p.refused[addr]; ok {
		if now.Before(r.until) {
			p.mu.Unlock()
			return nil, r.err
		}
		delete(p.refused, addr)
	}
	p.mu.Unlock()
	conn, err := p.dial(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	if err := p.challenge(ctx, conn, addr); err != nil {
		conn.Close()
		var np *errNotProven
		if errors.As(err, &np) {
			p.mu.Lock()
			_, known := p.refused[addr]
			if len(p.refused) >= maxRefused {
				// Addresses come from the group's members; bound them
				// all the same.
				for a, r := range p.refused {
					if time.Now().After(r.until) {
						delete(p.refused, a)
					}
				}
			}
			p.refused[addr] = refusal{until: time.Now().Add(refuseFor), err: np}
			p.mu.Unlock()
			if !known && p.log != nil {
				p.log(addr, np)
			}
		}
		return nil, err
	}
	return conn, nil
}

// challenge sends a challenge on conn and checks the answer. It returns
// an *errNotProven when the peer answered, but not with the proof.
func (p *peerTransport) challenge(ctx context.Context, conn net.Conn, addr string) error {
	deadline := time.Now().Add(proofTimeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	_ = conn.SetDeadline(deadline)
	defer conn.SetDeadline(time.Time{})
	var n [16]byte
	_, _ = rand.Read(n[:])
	ch := base64.RawURLEncoding.EncodeToString(n[:])
	req, err := http.NewRequest(http.MethodGet, "http://"+addr+ProofPath, nil)
	if err != nil {
		return err
	}
	req.Header.Set(HeaderChallenge, ch)
	req.Header.Set(HeaderChallenger, p.self)
	req.Header.Set(HeaderChallenged, addr)
	req.Header.Set("Accept", "application/json")
	if err := req.Write(conn); err != nil {
		return fmt.Errorf("sending the cluster challenge to %s: %w", addr, err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		return fmt.Errorf("reading the cluster proof of %s: %w", addr, err)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("reading the cluster proof of %s: %w", addr, err)
	}
	var pr proof
	switch {
	case resp.StatusCode != http.StatusOK:
		return &errNotProven{addr, fmt.Sprintf("the challenge was answered %d %q", resp.StatusCode, clipBody(body))}
	case json.Unmarshal(body, &pr) != nil || !hmac.Equal([]byte(pr.Proof), []byte(p.auth.proofMAC(p.self, addr, ch))):
		return &errNotProven{addr, "the answer to the challenge is not the proof (another cluster secret, or not a mailflow instance)"}
	case resp.Close || br.Buffered() > 0:
		// The connection cannot carry the requests: either the peer
		// closes it, or it sent more than its answer.
		return fmt.Errorf("the instance at %s closed the connection after its proof", addr)
	}
	return nil
}
