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

// CLIOptions select RunCLI's input and output formats.
type CLIOptions struct {
	// Text reads one plain response per line instead of JSON Lines.
	Text bool
	// Detect reads the input as Text when its first non-empty line is
	// not a JSON value ("550 5.1.1 user unknown" piped in, review
	// S36C-N7): JSON Lines start every line with "{". A JSON input that
	// later holds a plain line still reports it (CLIResult.PlainText).
	Detect bool
	// Table writes a table for people (outcome, category, who acts, the
	// response, and the advice under it) instead of JSON Lines.
	Table bool
	// Classifier to use; nil builds one (a few tens of milliseconds).
	Classifier *Classifier
}

// CLIResult counts what RunCLI could not read.
type CLIResult struct {
	// Bad counts input lines reported on errOut and skipped.
	Bad int
	// PlainText counts the bad lines that look like plain responses
	// (JSON was expected): the caller should suggest --text.
	PlainText int
}

// RunCLI implements "mailflow diagnose". It reads JSON Lines from in, one
// object per line with "response" (string) and optionally "code" (integer)
// and "enhanced" (string); the DeliveryEvent names "smtp_code",
// "enhanced_code", "remote_host" and "outcome" are understood too, so events
// can be piped through unchanged. Every input field is kept and "outcome",
// "category", "advice", "provider" (and "blocklist" when one is named) are
// added. With opts.Text, every line is one plain response instead and the
// output object holds "response" plus the added fields. With opts.Table the
// output is a table for a terminal.
//
// Lines that cannot be parsed are reported on errOut as "line N: reason" and
// skipped; the result counts them. Empty lines are ignored. Lines may be
// arbitrarily long. err reports a read or write failure or the context's
// cancellation.
func RunCLI(ctx context.Context, in io.Reader, out, errOut io.Writer, opts CLIOptions) (CLIResult, error) {
	var res CLIResult
	c := opts.Classifier
	if c == nil {
		c = New()
	}
	r := bufio.NewReaderSize(in, 64<<10)
	w := bufio.NewWriterSize(out, 64<<10)
	var buf bytes.Buffer
	if opts.Table {
		writeTableHeader(&buf)
	}
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			w.Flush()
			return res, err
		}
		line, tooLong, rerr := readBoundedLine(r, maxCLILine)
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			w.Flush()
			return res, rerr
		}
		if tooLong {
			// Only the first 4 KiB of a response is read (maxScan): a line
			// far longer is a file piped by mistake, not kept whole in
			// memory (review S36C-N4).
			res.Bad++
			if _, err := fmt.Fprintf(errOut, "line %d: longer than %d bytes, skipped\n", lineNo, maxCLILine); err != nil {
				w.Flush()
				return res, err
			}
			line = nil
		}
		line = bytes.TrimRight(line, "\r\n")
		if t := bytes.TrimSpace(line); len(t) > 0 && opts.Detect {
			opts.Detect = false
			opts.Text = !jsonStart(t)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var perr error
			if opts.Text {
				resp := string(line)
				result := c.Classify(Input{Response: resp})
				if opts.Table {
					writeTableRow(&buf, resp, result)
				} else {
					cliText(&buf, resp, result)
				}
			} else {
				perr = cliJSON(c, &buf, line, opts.Table)
			}
			if perr != nil {
				res.Bad++
				if errors.Is(perr, errPlainText) {
					res.PlainText++
				}
				if _, err := fmt.Fprintf(errOut, "line %d: %v\n", lineNo, perr); err != nil {
					w.Flush()
					return res, err
				}
			}
		}
		if buf.Len() > 0 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return res, err
			}
			buf.Reset()
			if opts.Table {
				// A person at a terminal sees each answer as it comes.
				if err := w.Flush(); err != nil {
					return res, err
				}
			}
		}
		if rerr != nil { // io.EOF
			break
		}
	}
	return res, w.Flush()
}

// maxCLILine bounds one input line of RunCLI (1 MiB, as an evaluation
// set's): the classifier reads the first 4 KiB of a response, and a JSON
// event with its other fields is far below the bound.
const maxCLILine = 1 << 20

// readBoundedLine reads one line of at most max bytes, newline included.
// A longer line is read to its end and dropped (tooLong), so that memory
// stays bounded whatever is piped in. RunCLI skips such a line;
// ReadLabelled (readLine) refuses the set.
func readBoundedLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, tooLong, err
	}
}

// jsonStart reports whether a trimmed, non-empty line starts as a JSON
// value an input line could be (an object, an array or a string).
func jsonStart(t []byte) bool { return t[0] == '{' || t[0] == '[' || t[0] == '"' }

// errPlainText marks a JSON Lines input line that looks like a plain
// response.
var errPlainText = errors.New("not JSON but a plain response; use --text to read one response per line")

type kv struct {
	key string
	val json.RawMessage
}

// cliJSON classifies one JSON object and writes it back with the added
// fields, preserving the order of the input keys (or as a table row).
func cliJSON(c *Classifier, buf *bytes.Buffer, line []byte, table bool) error {
	if t := bytes.TrimSpace(line); len(t) > 0 && !jsonStart(t) {
		return errPlainText
	}
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
			if err := json.Unmarshal(f.val, &in.Response); err != nil || isJSONNull(f.val) {
				return errors.New(`"response" must be a string`)
			}
			haveResponse = true
		case "code", "smtp_code":
			if n, err := optionalInt(f.val); err != nil {
				return fmt.Errorf("%q must be an integer", f.key)
			} else if n != 0 && (n < 200 || n > 599) {
				// RFC 5321 §4.2: reply codes are 2yz to 5yz (0: none)
				return fmt.Errorf("%q must be an SMTP reply code (200 to 599), or 0 for none", f.key)
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
	if table {
		writeTableRow(buf, in.Response, res)
		return nil
	}

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

// cliText writes one plain-text response line's result as JSON.
func cliText(buf *bytes.Buffer, line string, res Result) {
	buf.WriteByte('{')
	n := 0
	writeKey(buf, &n, "response")
	writeJSONString(buf, line)
	writeResult(buf, &n, res)
	buf.WriteString("}\n")
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
// writeJSONString writes s as a JSON string. encoding/json leaves C1
// controls and bidirectional controls as they are, which a terminal
// showing the output acts on: they are written as \u escapes, which
// decode to the same string (review S36C-N3).
func writeJSONString(buf *bytes.Buffer, s string) {
	b, _ := json.Marshal(s) // a string always marshals
	if !bytes.ContainsFunc(b, func(r rune) bool { return r >= 0x80 && unsafeForTerminal(r) }) {
		buf.Write(b)
		return
	}
	for _, r := range string(b) {
		if r >= 0x80 && unsafeForTerminal(r) {
			fmt.Fprintf(buf, "\\u%04x", r)
			continue
		}
		buf.WriteRune(r)
	}
}

func optionalInt(raw json.RawMessage) (int, error) {
	if isJSONNull(raw) {
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
	if isJSONNull(raw) {
		return "", nil
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

// isJSONNull reports whether a JSON value is null.
func isJSONNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }
