package api

import "github.com/mailflow/mailflow/logstore"

// MessageIDForms returns the forms a message id may be stored under, the
// one given first: a Message-ID header's value is "<left@right>" (RFC 5322
// §3.6.4), and people paste it with or without the angle brackets, while
// transport servers publish whichever form their log has. The API's
// lookups of a message gather every form (logstore.MessageIDForms, which
// this is).
func MessageIDForms(id string) []string { return logstore.MessageIDForms(id) }
