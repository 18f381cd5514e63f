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
