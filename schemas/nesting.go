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
func checkNesting(data []byte, limit int) error { return scanJSON(data, limit, nil) }

// scanJSON walks data once, counting brackets outside strings (skipped
// with IndexByte), and returns the FieldError of a nesting deeper than
// limit. With visit, it also calls visit for every string with its
// contents (the bytes between the quotes), its offset in data, and
// whether it is a name of the top-level object; an error from visit ends
// the walk. Malformed JSON is left to the decoder, which names the fault.
func scanJSON(data []byte, limit int, visit func(s []byte, at int, topName bool) error) error {
	depth, name := 0, false
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			end := stringEnd(data, i+1)
			if end < 0 {
				return nil // unterminated: the decoder says so
			}
			if visit != nil {
				if err := visit(data[i+1:end], i+1, depth == 1 && name); err != nil {
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
