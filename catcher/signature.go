package catcher

import "net/http"

// SignatureState says what checking a caught webhook's signature found.
type SignatureState string

// The states of a webhook's signature check.
const (
	// SignatureVerified: the webhook-signature header holds the HMAC of
	// the request under the secret of the manager whose webhook URL it
	// was posted to, with a timestamp within the tolerance (Standard
	// Webhooks).
	SignatureVerified SignatureState = "verified"
	// SignatureFailed: signed, but no signature matches, or the
	// timestamp is too old or too new: a receiver must refuse it.
	SignatureFailed SignatureState = "failed"
	// SignatureMissing: the request carries no webhook-signature header.
	SignatureMissing SignatureState = "unsigned"
	// SignatureNoSecret: no manager's webhook URL is the request's, so
	// there is no secret to check the signature against.
	SignatureNoSecret SignatureState = "no_secret"
)

// Signature is the outcome of checking a caught webhook's signature.
type Signature struct {
	State SignatureState `json:"state"`
	// Detail says in a sentence what was checked, or why it failed
	// (never the secret).
	Detail string `json:"detail,omitempty"`
	// Manager is the id of the manager whose secret verified the
	// signature; empty unless State is SignatureVerified. A webhook is
	// shown to the manager it was signed for, not to whoever set the
	// same URL.
	Manager string `json:"manager,omitempty"`
}

// WebhookCheck checks a caught webhook request's signature; body is the
// request body as received. It is called once per request, before the
// request is answered.
type WebhookCheck func(r *http.Request, body []byte) Signature

// WithWebhookCheck has every caught webhook checked by check, whose
// outcome is kept with the webhook (Webhook.Signature) for the "Sent
// notifications" page; without it a webhook's signature is not checked
// and Webhook.Signature is nil.
func WithWebhookCheck(check WebhookCheck) Option { return func(o *options) { o.check = check } }
