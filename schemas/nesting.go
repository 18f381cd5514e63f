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
func checkNesting(data []byte, limit int) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			end := stringEnd(data, i+1)
			if end < 0 {
				return nil // unterminated: the decoder says so
			}
			i = end
		case '[', '{':
			depth++
			if depth > limit {
				return &FieldError{Field: "(record)", Problem: fmt.Sprintf("JSON nested deeper than %d arrays or objects (at byte %d)", limit, i)}
			}
		case ']', '}':
			depth--
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
