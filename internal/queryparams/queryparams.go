// Package queryparams checks the query parameters of mailflow's HTTP
// API against each endpoint's list, so that a misspelt or unknown one is
// refused (400, naming it and the accepted ones) rather than silently
// ignored: "?stauts=good" answered with the Bad list, "?limit=2" on an
// endpoint without a limit answered whole, and the caller never knew
// (review S23A-3). The logs endpoint refused them from the start
// (logstore.ParseFilter); the other endpoints share this check.
//
// It also reads the query (Parse): a query string that url.ParseQuery
// cannot read whole, with a malformed %-escape or a ";" separator, is
// refused (400) rather than read in part. r.URL.Query() drops such a pair
// without a word, so that "?outcome=delivered%" answered every attempt
// and "?format=csv%" a JSON page (review S26A-6).
package queryparams

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

// Parse reads a request's query string (URL.RawQuery) as url.ParseQuery
// does, and returns the same values whenever that reads it whole. When it
// cannot, Parse returns an error for the first pair it cannot read,
// naming it: a %-escape in a name or value that is not % and two hex
// digits ("%", "%z", "%zz", "%%"), or a ";", which Go no longer takes as
// a separator (and which r.URL.Query() also dropped). Its message starts
// with "malformed query: " and is meant for the caller (400).
//
// Every handler that reads the query must see it through Parse (or after
// a Parse that succeeded, which makes r.URL.Query() the same), so that a
// filter that cannot be read is refused rather than left out.
func Parse(raw string) (url.Values, error) {
	q, err := url.ParseQuery(raw)
	if err == nil {
		return q, nil
	}
	return nil, describe(raw, err)
}

// describe explains the error err of url.ParseQuery(raw): it walks the
// pairs as url.ParseQuery does and names the first it cannot read.
func describe(raw string, err error) error {
	const fix = "a %% starts an escape of two hex digits (%%41 is A); a literal %% is written %%25"
	for rest := raw; rest != ""; {
		var pair string
		pair, rest, _ = strings.Cut(rest, "&")
		if strings.Contains(pair, ";") {
			return fmt.Errorf("malformed query: %q holds a \";\": parameters are separated by \"&\" (a literal ; is written %%3B)", clip(pair))
		}
		if pair == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		key, kerr := url.QueryUnescape(rawKey)
		if kerr != nil {
			return fmt.Errorf("malformed query: the parameter name %q has a bad %%-escape %q: "+fix, clip(rawKey), escapeOf(kerr))
		}
		if _, verr := url.QueryUnescape(rawValue); verr != nil {
			return fmt.Errorf("malformed query: the value of %q (%q) has a bad %%-escape %q: "+fix, clip(key), clip(rawValue), escapeOf(verr))
		}
	}
	// Not a pair: too many parameters (url.ParseQuery reads none then).
	return fmt.Errorf("malformed query: %v", err)
}

// escapeOf is the malformed escape an error of url.QueryUnescape names.
func escapeOf(err error) string {
	var e url.EscapeError
	if errors.As(err, &e) {
		return string(e)
	}
	return err.Error()
}

// Always are the parameters every endpoint lets through: the API's token
// parameter (read by its authentication, sent by clients that cannot set a
// header, such as EventSource) and "_", the cache-buster HTTP tools add
// (jQuery's cache: false), which asks nothing.
var Always = []string{"access_token", "_"}

// Check returns an error naming the first query parameter of q (by name
// order) that is neither one of allowed nor of Always, with the accepted
// names, and a hint when only its letter case is wrong (names are
// case-sensitive). endpoint names the endpoint in the message ("the
// domain list"). A nil error means every parameter is known.
func Check(q url.Values, endpoint string, allowed ...string) error {
	for _, k := range slices.Sorted(maps.Keys(q)) {
		if slices.Contains(allowed, k) || slices.Contains(Always, k) {
			continue
		}
		hint := ""
		if l := strings.ToLower(k); l != k && (slices.Contains(allowed, l) || slices.Contains(Always, l)) {
			hint = fmt.Sprintf(" (names are case-sensitive: %s?)", l)
		}
		accepted := "none but " + strings.Join(Always, ", ")
		if len(allowed) > 0 {
			accepted = strings.Join(allowed, ", ")
		}
		return fmt.Errorf("%q is not a parameter of %s%s; they are %s", clip(k), endpoint, hint, accepted)
	}
	return nil
}

// clip shortens a name echoed in an error: the caller chose it.
func clip(v string) string {
	if len(v) > 32 {
		return v[:32] + "…"
	}
	return v
}
