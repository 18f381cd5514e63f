package consoleapi

import "testing"

// TestCheckJSONText: bodies a request may not hold (review L4: duplicate
// names were taken with the last one winning, and invalid UTF-8 turned
// into U+FFFD unannounced), and the ones it may.
func TestCheckJSONText(t *testing.T) {
	for _, tc := range []struct {
		body string
		ok   bool
	}{
		{`{"window":10,"threshold":0.9}`, true},
		{`{"a":{"b":1},"c":{"b":2}}`, true}, // the same name in two objects
		{`{"a":[{"b":1},{"b":2}],"b":3}`, true},
		{`{"reason":"naïve ✓"}`, true},
		{`{"window":10,"window":20}`, false},
		{`{"a":{"b":1,"b":2}}`, false},
		{`{"a":[{"b":1,"b":1}]}`, false},
		{`{"a":[1,2],"a":[3]}`, false},
		{"{\"reason\":\"a\xff\xfeb\"}", false},
		{"{\"r\xc3\x28\":1}", false},
		{`{"window":10,"WINDOW":20}`, false},        // the same field to encoding/json (review C3)
		{"{\"sender\":1,\"\u017fender\":2}", false}, // long s folds to s
		{`{"name":"a\ud83d"}`, false},               // a lone surrogate (review C4)
		{`{"name":"\ud83d\ude00"}`, true},           // a pair
		{`{"name":"a\ufffd"}`, true},                // U+FFFD meant
		{"{\"name\":\"a\uFFFD\"}", true},
	} {
		if err := checkJSONText([]byte(tc.body)); (err == nil) != tc.ok {
			t.Errorf("checkJSONText(%q) = %v, want ok %v", tc.body, err, tc.ok)
		}
	}
}
