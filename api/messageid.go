package api

import "strings"

// MessageIDForms returns the forms a message id may be stored under, the
// one given first: a Message-ID header's value is "<left@right>" (RFC 5322
// §3.6.4), and people paste it with or without the angle brackets, while
// transport servers publish whichever form their log has. Lookups of a
// message try each in turn, as the console's search does.
func MessageIDForms(id string) []string {
	bare := id
	if len(id) >= 2 && strings.HasPrefix(id, "<") && strings.HasSuffix(id, ">") {
		bare = id[1 : len(id)-1]
	}
	forms := []string{id}
	for _, f := range []string{"<" + bare + ">", bare} {
		if f != id && f != "<>" && f != "" {
			forms = append(forms, f)
		}
	}
	return forms
}
