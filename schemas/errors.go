package schemas

import (
	"errors"
	"strings"
)

// FieldError says which field of a wire record is wrong and why. Validation
// returns every problem it finds, joined with errors.Join, so that a producer
// fixes its output in one round rather than one field at a time.
type FieldError struct {
	// Field is the JSON name of the field ("completed_at").
	Field string
	// Problem says what is wrong, for a person ("not an RFC 3339 time").
	Problem string
}

// Error implements error as "field: problem".
func (e *FieldError) Error() string { return e.Field + ": " + e.Problem }

// Reason renders a validation error on one line, suitable for a dead-letter
// header: the problems separated by "; ".
func Reason(err error) string {
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		parts := make([]string, 0, len(joined.Unwrap()))
		for _, e := range joined.Unwrap() {
			parts = append(parts, e.Error())
		}
		return strings.Join(parts, "; ")
	}
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}
