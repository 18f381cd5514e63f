package schemas

import (
	"bytes"
	"fmt"
)

// MaxNesting is the deepest nesting of JSON arrays and objects that
// mailflow's decoders accept: 10,000 levels, the limit of Go's
// encoding/json. segmentio/encoding's parser, which reads the topics,
// recurses once per level with no limit of its own, so a record of a few
// MiB of "[" overflows Go's 1 GB goroutine stack. That is a fatal error no
// recover catches: the process dies on the record, and again on every
// restart that reads it. No record mailflow writes nests deeper than a
// few levels.
const MaxNesting = 10000

// CheckNesting returns a FieldError (field "(record)") when data nests
// JSON arrays or objects deeper than MaxNesting, counting brackets outside
// strings. It does not otherwise validate the JSON. A value of at most
// MaxNesting bytes cannot nest that deep and is not scanned, so the check
// costs nothing on an ordinary record.
func CheckNesting(data []byte) error {
	if len(data) <= MaxNesting {
		return nil
	}
	return checkNesting(data, MaxNesting)
}

// checkNesting is CheckNesting with limit for MaxNesting.
func checkNesting(data []byte, limit int) error { return scanJSON(data, limit, false) }

// scanJSON walks data once, counting brackets outside strings (skipped
// with IndexByte), and returns the FieldError of a nesting deeper than
// limit. With names, it also checks a DeliveryEvent's names and escapes
// (checkNames): the names of the top-level object (seenName) and every
// string's \u escapes (loneSurrogate). It is one function rather than a
// walk with a visitor: a closure called for each string cost the event
// decoder a fifth of its time. Malformed JSON is left to the decoder,
// which names the fault.
func scanJSON(data []byte, limit int, names bool) error {
	escapes := names && bytes.Contains(data, []byte(`\u`)) // only \u escapes can be surrogates
	var seen uint32
	depth, name := 0, false
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			end := stringEnd(data, i+1)
			if end < 0 {
				return nil // unterminated: the decoder says so
			}
			if escapes {
				if j := loneSurrogate(data[i+1 : end]); j >= 0 {
					return &FieldError{Field: "(record)", Problem: fmt.Sprintf("a string holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair, at byte %d), which a decoder turns into U+FFFD (RFC 8259 §8.2)", i+1+j)}
				}
			}
			if names && name && depth == 1 {
				if err := seenName(data[i+1:end], &seen); err != nil {
					return err
				}
			}
			name = false
			i = end
		case '[', '{':
			depth++
			if depth > limit {
				return &FieldError{Field: "(record)", Problem: fmt.Sprintf("JSON nested deeper than %d arrays or objects (at byte %d)", limit, i)}
			}
			name = data[i] == '{' && depth == 1
		case ']', '}':
			depth--
		case ',':
			name = depth == 1
		}
	}
	return nil
}

// stringEnd returns the index of the quote that closes the JSON string
// whose contents start at from, or -1 when there is none.
func stringEnd(data []byte, from int) int {
	for {
		q := bytes.IndexByte(data[from:], '"')
		if q < 0 {
			return -1
		}
		q += from
		// The quote is escaped when an odd number of backslashes precede it.
		n := 0
		for j := q - 1; j >= from && data[j] == '\\'; j-- {
			n++
		}
		if n%2 == 0 {
			return q
		}
		from = q + 1
	}
}
