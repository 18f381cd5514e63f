package schemas

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/segmentio/encoding/json"
)

// eventFields are a DeliveryEvent's names on the wire (deliveryEventWire),
// each a bit of checkNames's set.
var eventFields = [...]string{"v", "id", "message_id", "domain", "recipient", "sender", "attempt", "queued_at",
	"completed_at", "smtp_code", "enhanced_code", "response", "remote_host", "remote_ip", "transport", "size", "outcome"}

// checkNames refuses what the JSON decoder would take silently in a
// DeliveryEvent record: one of the event's names twice in the object, of
// which the decoder keeps the last (RFC 8259 §4: names should be unique; a
// record counted for the domain of its second "recipient" while another
// reader takes the first is two events in one); a name that is an event
// field's in another letter case ("RECIPIENT", or "ſender" with the long
// s), which the decoder matches to the field as encoding/json does; and
// an escaped lone surrogate ("\ud800" without its pair), which it turns
// into U+FFFD unannounced (RFC 8259 §8.2), as checkUTF8 refuses raw bytes
// that are not UTF-8 (review S23A-4; the console API refuses the same in
// request bodies). Names other than the event's are left to the decoder,
// which ignores them (forward compatibility). Malformed JSON is left to
// the decoder, which names the fault.
//
// It is one pass (scanJSON) that skips the strings' contents with
// IndexByte, and enforces MaxNesting on the way (CheckNesting).
func checkNames(data []byte) error { return scanJSON(data, MaxNesting, true) }

// seenName adds the object name raw (its bytes between the quotes) to
// seen, refusing an event field's name seen before or written in another
// letter case.
func seenName(raw []byte, seen *uint32) error {
	if f := fieldIndex(raw); f >= 0 {
		if *seen&(1<<f) != 0 {
			return &FieldError{Field: eventFields[f], Problem: "appears twice in the object; a record must name each field once (RFC 8259 §4)"}
		}
		*seen |= 1 << f
		return nil
	}
	name := string(raw)
	if bytes.IndexByte(raw, '\\') >= 0 {
		// An escaped name ("recipi\u0065nt") is the name it decodes to.
		var unq string
		if json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &unq) != nil {
			return nil // the decoder names the fault
		}
		for f, field := range eventFields {
			if unq == field {
				if *seen&(1<<f) != 0 {
					return &FieldError{Field: field, Problem: "appears twice in the object (once escaped); a record must name each field once (RFC 8259 §4)"}
				}
				*seen |= 1 << f
				return nil
			}
		}
		name = unq
	}
	folded := foldName(name)
	for f, field := range eventFields {
		if folded == field && decoderMatches(raw, f) {
			return &FieldError{Field: field, Problem: fmt.Sprintf("written %q; names are exact, in lower case", clipName(name))}
		}
	}
	return nil
}

// decoderMatches reports whether the decoder sets field f of an event
// for the object name raw (as written between the quotes). foldName finds
// the candidates; the decoder's own matching of names that are not ASCII
// is narrower (it reads "ſender" as sender but not "reſponse" as
// response, review S23C-8), so a candidate is asked of the decoder, which
// keeps the check exact. Only names that differ from the field they fold
// to get here.
func decoderMatches(raw []byte, f int) bool {
	value := `"x"`
	switch eventFields[f] {
	case "v", "attempt", "smtp_code", "size":
		value = "1"
	}
	probe := make([]byte, 0, len(raw)+len(value)+5)
	probe = append(append(append(append(append(probe, `{"`...), raw...), `":`...), value...), '}')
	var w deliveryEventWire
	return json.Unmarshal(probe, &w) == nil && w != deliveryEventWire{}
}

// fieldIndex returns the index in eventFields of the name raw, or -1; a
// switch the compiler turns into a search by length and bytes, as the
// decoder's own field lookup is (each record names about a dozen).
func fieldIndex(raw []byte) int {
	switch string(raw) {
	case "v":
		return 0
	case "id":
		return 1
	case "message_id":
		return 2
	case "domain":
		return 3
	case "recipient":
		return 4
	case "sender":
		return 5
	case "attempt":
		return 6
	case "queued_at":
		return 7
	case "completed_at":
		return 8
	case "smtp_code":
		return 9
	case "enhanced_code":
		return 10
	case "response":
		return 11
	case "remote_host":
		return 12
	case "remote_ip":
		return 13
	case "transport":
		return 14
	case "size":
		return 15
	case "outcome":
		return 16
	}
	return -1
}

// foldName folds name as the decoder matches names to fields (as
// encoding/json does): ASCII letter case, and the long s (ſ) and the
// Kelvin sign (K), whose simple case folds are s and k. Other letters
// stay: the decoder does not match "ıd" (dotless i) or "İd" to "id"
// (review S23B-8), so they are unknown names, not variants.
func foldName(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r == 'ſ':
			return 's'
		case r == '\u212A':
			return 'k'
		}
		return r
	}, name)
}

func clipName(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// loneSurrogate returns the offset in s (a JSON string's contents) of a
// \u escape of a UTF-16 surrogate without its pair, or -1.
func loneSurrogate(s []byte) int {
	for j := 0; j < len(s); j++ {
		if s[j] != '\\' {
			continue
		}
		if j+1 >= len(s) {
			return -1
		}
		if s[j+1] != 'u' {
			j++ // an escaped character; a "\\" must not start another escape
			continue
		}
		v, ok := hex4(s, j+2)
		switch {
		case !ok:
			return -1 // the decoder names the fault
		case v >= 0xD800 && v <= 0xDBFF:
			if w, ok := hex4(s, j+8); ok && j+7 < len(s) && s[j+6] == '\\' && s[j+7] == 'u' && w >= 0xDC00 && w <= 0xDFFF {
				j += 11
				continue
			}
			return j
		case v >= 0xDC00 && v <= 0xDFFF:
			return j
		}
		j += 5
	}
	return -1
}

// hex4 reads the four hex digits of s at from.
func hex4(s []byte, from int) (rune, bool) {
	if from+4 > len(s) {
		return 0, false
	}
	var v rune
	for _, c := range s[from : from+4] {
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}
