package api

import (
	"net/http"
	"time"
)

// SignForwarded signs req as instance from forwards it to instance to for
// a caller with scope ("all" or "manager:ID"), with the cluster secret;
// it returns the nonce the answer must be signed for. For tests that play
// an instance, a rogue one, or an owner.
func SignForwarded(req *http.Request, secret []byte, from, to, scope string) string {
	return newClusterAuth(secret, "").sign(req, from, to, scope)
}

// SignForwardedFor is SignForwarded by an instance of cluster (Config.Cluster).
func SignForwardedFor(req *http.Request, secret []byte, cluster, from, to, scope string) string {
	return newClusterAuth(secret, cluster).sign(req, from, to, scope)
}

// ProveChallengeFor is ProveChallenge by an instance of cluster.
func ProveChallengeFor(secret []byte, cluster string, r *http.Request) string {
	return newClusterAuth(secret, cluster).proofMAC(r.Header.Get(HeaderChallenger), r.Header.Get(HeaderChallenged), r.Header.Get(HeaderChallenge))
}

// SignForwardedAt is SignForwarded with the clock at at.
func SignForwardedAt(req *http.Request, secret []byte, from, to, scope string, at time.Time) string {
	a := newClusterAuth(secret, "")
	a.now = func() time.Time { return at }
	return a.sign(req, from, to, scope)
}

// EventMAC returns the signature of the i-th event of a stream.
func EventMAC(secret []byte, nonce string, i uint64, event []byte) string {
	return newClusterAuth(secret, "").eventMAC(nonce, i, event)
}

// SignAnswer returns the signature of an answer to the request with nonce.
func SignAnswer(secret []byte, nonce string, code int, contentType string, body []byte) string {
	return newClusterAuth(secret, "").answerMAC(nonce, code, contentType, "", bodySum(body))
}

// SignAnswerRetry is SignAnswer for an answer with a Retry-After header.
func SignAnswerRetry(secret []byte, nonce string, code int, contentType, retryAfter string, body []byte) string {
	return newClusterAuth(secret, "").answerMAC(nonce, code, contentType, retryAfter, bodySum(body))
}

// SignStreamAnswer returns the signature of a stream's answer.
func SignStreamAnswer(secret []byte, nonce string, contentType string) string {
	return newClusterAuth(secret, "").answerMAC(nonce, http.StatusOK, contentType, "", streamBody)
}

// CheckAnswer verifies an answer's signature.
func CheckAnswer(resp *http.Response, secret []byte, nonce string, body []byte) error {
	return newClusterAuth(secret, "").checkAnswer(resp, nonce, bodySum(body))
}

// ParseListQuery, EncodeCursor and DecodeCursor expose the parsing of the
// domain list's query to the fuzz target.
var ParseListQuery = parseListQuery

func EncodeCursor(p int32, domain string) string {
	return encodeCursor(cursorPos{part: p, domain: domain, set: true})
}

func DecodeCursor(c string) (int32, string, error) {
	pos, err := decodeCursor(c)
	return pos.part, pos.domain, err
}

// WithoutScopeLookups makes cfg's scoped good and bad lists read the
// status index and keep the domains in scope, whatever the scope's size
// (the path of a large reseller).
func WithoutScopeLookups(cfg Config) Config {
	cfg.scanMax = -1
	return cfg
}

// ProveChallenge returns the answer to the challenge r carries, with the
// cluster secret: for tests that play an instance.
func ProveChallenge(secret []byte, r *http.Request) string {
	return newClusterAuth(secret, "").proofMAC(r.Header.Get(HeaderChallenger), r.Header.Get(HeaderChallenged), r.Header.Get(HeaderChallenge))
}
