// Package queryparams checks the query parameters of mailflow's HTTP
// API against each endpoint's list, so that a misspelt or unknown one is
// refused (400, naming it and the accepted ones) rather than silently
// ignored: "?stauts=good" answered with the Bad list, "?limit=2" on an
// endpoint without a limit answered whole, and the caller never knew
// (review S23A-3). The logs endpoint refused them from the start
// (logstore.ParseFilter); the other endpoints share this check.
package queryparams

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

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
