package queryparams

import (
	"net/url"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		query   string
		allowed []string
		want    string // a part of the error; "" for none
	}{
		{"", nil, ""},
		{"access_token=x&_=123", nil, ""},
		{"status=good&limit=3", []string{"status", "limit", "cursor"}, ""},
		{"stauts=good", []string{"status", "limit"}, `"stauts" is not a parameter of the domain list; they are status, limit`},
		{"Status=good", []string{"status", "limit"}, "names are case-sensitive: status?"},
		{"limit=2", nil, `"limit" is not a parameter of the domain list; they are none but access_token, _`},
		{"b=1&a=2", []string{"x"}, `"a" is not`},
		{strings.Repeat("k", 100) + "=1", nil, strings.Repeat("k", 32) + "…"},
		{"ACCESS_TOKEN=x", nil, "names are case-sensitive: access_token?"},
	} {
		q, err := url.ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		err = Check(q, "the domain list", tc.allowed...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v, want no error", tc.query, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: %v, want an error with %q", tc.query, err, tc.want)
		}
	}
}
