package sinks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mailflow/mailflow/directory"
)

// The Standard Webhooks headers (https://www.standardwebhooks.com).
const (
	HeaderWebhookID        = "webhook-id"
	HeaderWebhookTimestamp = "webhook-timestamp"
	HeaderWebhookSignature = "webhook-signature"
)

// SignWebhook returns the webhook-signature header value for a message:
// "v1," followed by the base64 HMAC-SHA256, keyed with the decoded secret,
// of "<id>.<unix timestamp>.<body>".
func SignWebhook(secret, id string, ts time.Time, body []byte) (string, error) {
	key, err := directory.DecodeWebhookSecret(secret)
	if err != nil {
		return "", fmt.Errorf("webhook secret: %w", err)
	}
	return "v1," + base64.StdEncoding.EncodeToString(mac(key, id, ts.Unix(), body)), nil
}

func mac(key []byte, id string, unix int64, body []byte) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(id))
	h.Write([]byte{'.'})
	h.Write([]byte(strconv.FormatInt(unix, 10)))
	h.Write([]byte{'.'})
	h.Write(body)
	return h.Sum(nil)
}

// ErrBadSignature is returned by VerifyWebhook when no signature matches.
var ErrBadSignature = errors.New("webhook signature does not match")

// VerifyWebhook checks a received webhook the way a receiver should: the
// timestamp within tolerance of now, and one of the space-separated
// signatures in the header equal (in constant time) to the expected one.
// Receivers written in Go can use it; the sink's tests do.
func VerifyWebhook(secret, id, timestamp, signatures string, body []byte, now time.Time, tolerance time.Duration) error {
	key, err := directory.DecodeWebhookSecret(secret)
	if err != nil {
		return fmt.Errorf("webhook secret: %w", err)
	}
	unix, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return fmt.Errorf("webhook timestamp %q: not unix seconds", timestamp)
	}
	if d := now.Sub(time.Unix(unix, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("webhook timestamp %d is %s away from now", unix, d.Round(time.Second))
	}
	want := mac(key, id, unix, body)
	for _, s := range strings.Fields(signatures) {
		v, b64, ok := strings.Cut(s, ",")
		if !ok || v != "v1" {
			continue
		}
		got, err := base64.StdEncoding.DecodeString(b64)
		if err == nil && hmac.Equal(got, want) {
			return nil
		}
	}
	return ErrBadSignature
}
