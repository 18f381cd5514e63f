package queryparams

import (
	"maps"
	"net/url"
	"slices"
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

// TestParse: a query that url.ParseQuery reads whole is read the same; one
// it cannot (a malformed %-escape in a name or a value, a ";") is refused
// with an error naming the parameter and the escape, where r.URL.Query()
// dropped the pair without a word (review S26A-6).
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  []string // parts of the error; none for a query that is read
	}{
		{"", nil},
		{"outcome=delivered", nil},
		{"q=100%25", nil},
		{"q=a+b&r=a%2Bb", nil},
		{"q=%C3%BCbervoll&r=%c3%bc", nil},
		{"q=%FF", nil}, // not UTF-8, but well formed: taken as before
		{"a=1&&b=&c&=d", nil},
		{"%41=%42", nil},
		{"outcome=delivered%", []string{`the value of "outcome" ("delivered%") has a bad %-escape "%"`, "%25"}},
		{"outcome=delivered%z", []string{`"outcome"`, `"%z"`}},
		{"recipient=a%zz", []string{`the value of "recipient"`, `"%zz"`}},
		{"x=%%", []string{`"x"`, `"%%"`}},
		{"x=%%41", []string{`"x"`, `"%%4"`}},
		{"outcome%=delivered", []string{`the parameter name "outcome%" has a bad %-escape "%"`}},
		{"%zz", []string{`the parameter name "%zz"`, `"%zz"`}},
		{"%", []string{`the parameter name "%"`}},
		{"%41%=1", []string{`the parameter name "%41%"`}},
		{"a=1&b=2%&c=%zz", []string{`"b"`, `"%"`}},                   // the first bad pair
		{"%41=%zz", []string{`the value of "A" ("%zz")`}},            // the name as read
		{"a=1;b=2", []string{`"a=1;b=2" holds a ";"`, `"&"`, "%3B"}}, // Go's ParseQuery refuses it
		{"a=1&b=x;y", []string{`"b=x;y" holds a ";"`}},               // in a value too
		{"q=" + strings.Repeat("v", 100) + "%", []string{`"q"`, strings.Repeat("v", 31) + "…", `"%"`}},
	} {
		q, err := Parse(tc.query)
		want, werr := url.ParseQuery(tc.query)
		switch {
		case len(tc.want) == 0 && (err != nil || werr != nil):
			t.Errorf("%q: %v (url.ParseQuery: %v), want it read", tc.query, err, werr)
		case len(tc.want) == 0 && !maps.EqualFunc(q, want, slices.Equal):
			t.Errorf("%q: %v, want %v as url.ParseQuery reads it", tc.query, q, want)
		case len(tc.want) > 0 && err == nil:
			t.Errorf("%q: read as %v, want an error", tc.query, q)
		case len(tc.want) > 0:
			if werr == nil {
				t.Errorf("%q: url.ParseQuery reads it", tc.query)
			}
			if !strings.HasPrefix(err.Error(), "malformed query: ") {
				t.Errorf("%q: %v does not start with \"malformed query: \"", tc.query, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q: %v, want it to hold %s", tc.query, err, w)
				}
			}
		}
	}
}

// TestParseTooMany: a query with more parameters than url.ParseQuery
// reads (it then reads none) is refused too, not read as empty.
func TestParseTooMany(t *testing.T) {
	raw := strings.Repeat("a=1&", 20000) + "limit=1"
	if _, werr := url.ParseQuery(raw); werr == nil {
		t.Skip("url.ParseQuery reads 20001 parameters here")
	}
	if q, err := Parse(raw); err == nil || !strings.HasPrefix(err.Error(), "malformed query: ") {
		t.Errorf("%d parameters: %v, %v; want an error", 20001, len(q), err)
	}
}
