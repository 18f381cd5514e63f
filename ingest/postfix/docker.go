package postfix

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// dockerRecord is one line of Docker's json-file logging driver
// (https://docs.docker.com/engine/logging/drivers/json-file/): the
// container's output line with its stream and the time Docker read it.
type dockerRecord struct {
	Log    *string `json:"log"`
	Stream string  `json:"stream"`
	Time   string  `json:"time"`
}

// dockerLine turns a json-file record into the line Parse reads: the
// container's own line, prefixed like a CRI record ("TIME STREAM F ") so
// that Docker's time stands in when the line carries none. A record that is
// not valid JSON, has no "log" string or holds a line cut by Docker's 16 KiB
// split (no trailing newline) is an error.
func dockerLine(line string) (string, error) {
	var rec dockerRecord
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		return "", fmt.Errorf("docker json-file record: %w", err)
	}
	if rec.Log == nil {
		return "", errors.New(`docker json-file record without "log"`)
	}
	msg := *rec.Log
	if !strings.HasSuffix(msg, "\n") {
		return "", errors.New("docker json-file record holds a partial line (split at 16 KiB): the rest follows in the next record")
	}
	msg = strings.TrimRight(msg, "\r\n")
	if strings.ContainsAny(msg, "\n\r") {
		return "", errors.New("docker json-file record holds more than one line")
	}
	stream := rec.Stream
	if stream != "stdout" && stream != "stderr" {
		stream = "stdout"
	}
	ts, err := time.Parse(time.RFC3339Nano, rec.Time)
	if err != nil {
		// No usable runtime time: the line's own header must carry one.
		return msg, nil
	}
	return ts.UTC().Format(time.RFC3339Nano) + " " + stream + " F " + msg, nil
}

// stripANSI removes the terminal colour sequences (CSI "ESC [ … letter")
// that "docker compose logs" and "kubectl logs" write when their output was
// a terminal and was then saved to a file.
func stripANSI(line string) string {
	if strings.IndexByte(line, 0x1b) < 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	for i := 0; i < len(line); i++ {
		if line[i] == 0x1b && i+1 < len(line) && line[i+1] == '[' {
			j := i + 2
			for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ';') {
				j++
			}
			if j < len(line) && (line[j] >= 'A' && line[j] <= 'Z' || line[j] >= 'a' && line[j] <= 'z') {
				i = j
				continue
			}
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// logsPrefix removes the source prefix that log multiplexers put before
// each line of a container's output and returns the line itself:
//
//   - "docker compose logs" (and docker-compose v1): the service's
//     container name padded with spaces, then "| " ("postfix-1  | Mar 22
//     07:45:01 mx postfix/smtp[1]: …", "mail_1     | …");
//   - "kubectl logs --prefix": "[pod/NAME/CONTAINER] ".
//
// ok is false when line starts with neither.
func logsPrefix(line string) (rest string, ok bool) {
	if strings.HasPrefix(line, "[pod/") {
		end := strings.IndexByte(line, ']')
		if end < 0 || end+1 >= len(line) || line[end+1] != ' ' ||
			strings.Count(line[:end], "/") != 2 || strings.IndexByte(line[:end], ' ') >= 0 {
			return line, false
		}
		return line[end+2:], true
	}
	n := 0
	for n < len(line) && (isAlnum(line[n]) || n > 0 && (line[n] == '-' || line[n] == '_' || line[n] == '.')) {
		n++
	}
	if n == 0 || n == len(line) || line[n] != ' ' {
		return line, false
	}
	i := n
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i >= len(line) || line[i] != '|' {
		return line, false
	}
	i++
	if i < len(line) && line[i] == ' ' {
		i++
	}
	return line[i:], true
}
