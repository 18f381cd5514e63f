package diagnose

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// isAddedField reports whether RunCLI writes key itself; such input keys are
// replaced rather than duplicated.
func isAddedField(key string) bool {
	switch key {
	case "outcome", "category", "advice", "provider", "blocklist":
		return true
	}
	return false
}

// RunCLI implements "mailflow diagnose". It reads JSON Lines from in, one
// object per line with "response" (string) and optionally "code" (integer)
// and "enhanced" (string); the DeliveryEvent names "smtp_code",
// "enhanced_code", "remote_host" and "outcome" are understood too, so events
// can be piped through unchanged. Every input field is kept and "outcome",
// "category", "advice", "provider" (and "blocklist" when one is named) are
// added. With text set, every line is one plain response instead and the
// output object holds "response" plus the added fields.
//
// Lines that cannot be parsed are reported on errOut as "line N: reason" and
// skipped; bad counts them. Empty lines are ignored. Lines may be arbitrarily
// long. err reports a read or write failure or the context's cancellation.
func RunCLI(ctx context.Context, in io.Reader, out, errOut io.Writer, text bool) (bad int, err error) {
	c := New()
	r := bufio.NewReaderSize(in, 64<<10)
	w := bufio.NewWriterSize(out, 64<<10)
	var buf bytes.Buffer
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			w.Flush()
			return bad, err
		}
		line, rerr := r.ReadBytes('\n')
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			w.Flush()
			return bad, rerr
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(line)) > 0 {
			buf.Reset()
			var perr error
			if text {
				perr = cliText(c, &buf, string(line))
			} else {
				perr = cliJSON(c, &buf, line)
			}
			if perr != nil {
				bad++
				if _, err := fmt.Fprintf(errOut, "line %d: %v\n", lineNo, perr); err != nil {
					w.Flush()
					return bad, err
				}
			} else if _, err := w.Write(buf.Bytes()); err != nil {
				return bad, err
			}
		}
		if rerr != nil { // io.EOF
			break
		}
	}
	return bad, w.Flush()
}

type kv struct {
	key string
	val json.RawMessage
}

// cliJSON classifies one JSON object and writes it back with the added
// fields, preserving the order of the input keys.
func cliJSON(c *Classifier, buf *bytes.Buffer, line []byte) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return errors.New("not a JSON object")
	}
	var fields []kv
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("invalid JSON: %v", err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("invalid JSON: %v", err)
		}
		fields = append(fields, kv{key, raw})
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("trailing data after the JSON object")
	}

	var in Input
	haveResponse := false
	for _, f := range fields {
		switch f.key {
		case "response":
			if err := json.Unmarshal(f.val, &in.Response); err != nil {
				return errors.New(`"response" must be a string`)
			}
			haveResponse = true
		case "code", "smtp_code":
			if n, err := optionalInt(f.val); err != nil {
				return fmt.Errorf("%q must be an integer", f.key)
			} else if n != 0 {
				in.Code = n
			}
		case "enhanced", "enhanced_code":
			if s, err := optionalString(f.val); err != nil {
				return fmt.Errorf("%q must be a string", f.key)
			} else if s != "" {
				in.Enhanced = s
			}
		case "remote_host":
			in.RemoteHost, _ = optionalString(f.val)
		case "outcome":
			in.Outcome, _ = optionalString(f.val)
		}
	}
	if !haveResponse {
		return errors.New(`missing "response"`)
	}
	res := c.Classify(in)

	buf.WriteByte('{')
	n := 0
	for _, f := range fields {
		if isAddedField(f.key) {
			continue
		}
		writeKey(buf, &n, f.key)
		if err := json.Compact(buf, f.val); err != nil {
			return fmt.Errorf("invalid JSON: %v", err)
		}
	}
	writeResult(buf, &n, res)
	buf.WriteString("}\n")
	return nil
}

// cliText classifies one plain-text response line.
func cliText(c *Classifier, buf *bytes.Buffer, line string) error {
	res := c.Classify(Input{Response: line})
	buf.WriteByte('{')
	n := 0
	writeKey(buf, &n, "response")
	writeJSONString(buf, line)
	writeResult(buf, &n, res)
	buf.WriteString("}\n")
	return nil
}

func writeResult(buf *bytes.Buffer, n *int, res Result) {
	writeKey(buf, n, "outcome")
	writeJSONString(buf, res.Outcome)
	writeKey(buf, n, "category")
	writeJSONString(buf, res.Category)
	writeKey(buf, n, "advice")
	buf.WriteString(`{"summary":`)
	writeJSONString(buf, res.Advice.Summary)
	buf.WriteString(`,"who_acts":`)
	writeJSONString(buf, res.Advice.WhoActs)
	buf.WriteString(`,"check":`)
	writeJSONString(buf, res.Advice.Check)
	buf.WriteByte('}')
	writeKey(buf, n, "provider")
	writeJSONString(buf, res.Provider)
	if res.Blocklist != "" {
		writeKey(buf, n, "blocklist")
		writeJSONString(buf, res.Blocklist)
	}
}

func writeKey(buf *bytes.Buffer, n *int, key string) {
	if *n > 0 {
		buf.WriteByte(',')
	}
	*n++
	writeJSONString(buf, key)
	buf.WriteByte(':')
}

// writeJSONString writes s as a JSON string. Invalid UTF-8 becomes U+FFFD,
// as encoding/json does, so the output is always valid JSON.
func writeJSONString(buf *bytes.Buffer, s string) {
	b, _ := json.Marshal(s) // a string always marshals
	buf.Write(b)
}

func optionalInt(raw json.RawMessage) (int, error) {
	if string(raw) == "null" {
		return 0, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err != nil {
		// Accept a numeric string ("550"), as some log shippers stringify.
		var s string
		if err2 := json.Unmarshal(raw, &s); err2 != nil {
			return 0, err
		}
		num = json.Number(s)
	}
	n, err := strconv.Atoi(num.String())
	return n, err
}

func optionalString(raw json.RawMessage) (string, error) {
	if string(raw) == "null" {
		return "", nil
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}
