package sinks

import (
	"errors"
	"time"
)

// permanentError marks a failure that another attempt cannot fix (a 5xx
// SMTP answer, a 4xx from a webhook receiver, a refused address): the
// notification is dead-lettered at once.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

func permanent(err error) error { return &permanentError{err: err} }

func isPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// retryAfterError carries a receiver's request to wait (HTTP 429 or 503
// with Retry-After) along with the failure.
type retryAfterError struct {
	err   error
	after time.Duration
}

func (e *retryAfterError) Error() string { return e.err.Error() }
func (e *retryAfterError) Unwrap() error { return e.err }

func retryAfterOf(err error) time.Duration {
	var r *retryAfterError
	if errors.As(err, &r) {
		return r.after
	}
	return 0
}
