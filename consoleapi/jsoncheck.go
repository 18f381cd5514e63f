package consoleapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// checkJSONText refuses what encoding/json would take silently in a
// request body: bytes that are not UTF-8, which it turns into U+FFFD
// (RFC 8259 §8.1: JSON text exchanged between systems is UTF-8), and a
// name twice in one object, of which it keeps the last (RFC 8259 §4: names
// should be unique; a receiver that keeps either one lets two readers of
// the same body see different values).
func checkJSONText(b []byte) error {
	if !utf8.Valid(b) {
		return fmt.Errorf("it is not valid UTF-8")
	}
	type frame struct {
		object    bool
		expectKey bool
		keys      map[string]bool
	}
	var stack []frame
	value := func() { // a value ended: the enclosing object expects a name
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].expectKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		t, err := dec.Token()
		if err != nil {
			return nil // the decoder reports syntax errors itself
		}
		switch d, _ := t.(json.Delim); {
		case d == '{':
			stack = append(stack, frame{object: true, expectKey: true, keys: map[string]bool{}})
		case d == '[':
			stack = append(stack, frame{})
		case d == '}' || d == ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			value()
		default:
			if str, ok := t.(string); ok && strings.ContainsRune(str, utf8.RuneError) && !literalReplacement(b) {
				// A lone surrogate escape ("\ud83d"), which the decoder
				// turns into U+FFFD unannounced (review C4).
				return fmt.Errorf("a string holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair)")
			}
			if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].expectKey {
				name, _ := t.(string)
				// Folded as encoding/json matches names to fields (case,
				// and the Kelvin sign and long s): "window" and "WINDOW"
				// set the same field (review C3).
				key := strings.ToLower(strings.ToUpper(name))
				if stack[n-1].keys[key] {
					return fmt.Errorf("the name %q appears twice in one object", name)
				}
				stack[n-1].keys[key] = true
				stack[n-1].expectKey = false
				continue
			}
			value()
		}
	}
}

// literalReplacement reports whether the text holds U+FFFD itself, raw or
// escaped: a string that decodes to it then meant it.
func literalReplacement(b []byte) bool {
	return bytes.Contains(b, []byte("\uFFFD")) || bytes.Contains(bytes.ToLower(b), []byte(`\ufffd`))
}
