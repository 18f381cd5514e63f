package consoleapi

import (
	"bytes"
	"encoding/json"
	"fmt"
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
			if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].expectKey {
				name, _ := t.(string)
				if stack[n-1].keys[name] {
					return fmt.Errorf("the name %q appears twice in one object", name)
				}
				stack[n-1].keys[name] = true
				stack[n-1].expectKey = false
				continue
			}
			value()
		}
	}
}
