package postfix

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// checkpointVersion is the version of the checkpoint file format; a file
// of another version is refused rather than misread.
const checkpointVersion = 1

// tailLen is how many bytes before the offset a checkpoint keeps.
const tailLen = 64

// fileID identifies a file independently of its name (device and inode),
// so that a rename is recognised as the same file and a new file under the
// old name as a different one.
type fileID struct {
	Dev uint64
	Ino uint64
}

func (id fileID) known() bool { return id != fileID{} }

// checkpoint is the state that lets a restarted Run resume exactly after
// the last batch the sink accepted: which file (by identity, since the
// name may by now belong to a newer file), where in it, and the parser's
// join state as of that position, so sender/size joins, attempt counts and
// expiry joins survive the restart.
type checkpoint struct {
	Version int    `json:"version"`
	Path    string `json:"path"`
	// Target is the file that was being read, by its resolved absolute
	// path (symbolic links followed) when it was opened: Path itself, the
	// file Path links to, or a rotated file being finished.
	// With Dev and Inode it finds that file again after a link was
	// pointed at another file between runs (review S26A-7). Empty in
	// checkpoints of earlier versions, which are read as before.
	Target string `json:"target,omitempty"`
	Dev    uint64 `json:"dev"`
	Inode  uint64 `json:"inode"`
	// Offset is the byte offset just after the last consumed line.
	Offset int64 `json:"offset"`
	// Line is the number of lines consumed from the file, for error
	// messages that name a line number after a restart.
	Line int64 `json:"line"`
	// Tail holds up to tailLen bytes before Offset. On restart they must
	// still be there: a file that was truncated and grew past Offset while
	// nothing was running has the same identity and a large enough size,
	// and only its content tells that the offset now points elsewhere.
	Tail []byte `json:"tail,omitempty"`
	// Discarding says Offset is inside a line longer than the longest
	// line read (reported malformed already): its rest, up to its
	// newline, is dropped on restart too, not read as a line of its own.
	Discarding bool         `json:"discarding,omitempty"`
	Written    time.Time    `json:"written"`
	Join       joinSnapshot `json:"join"`
}

func (c *checkpoint) id() fileID { return fileID{Dev: c.Dev, Ino: c.Inode} }

// CheckpointPath returns the conventional checkpoint file for the log file
// logFile under stateDir: "postfix-<first 16 hex digits of the SHA-256 of
// the absolute path>.json", so that several logs can share a state
// directory.
func CheckpointPath(stateDir, logFile string) string {
	abs, err := filepath.Abs(logFile)
	if err != nil {
		abs = logFile
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(stateDir, "postfix-"+hex.EncodeToString(sum[:8])+".json")
}

// maxCheckpointAttempts bounds the attempts a checkpoint may count for one
// recipient: Postfix gives up on a message after maximal_queue_lifetime
// (5 days by default), long before a million attempts.
const maxCheckpointAttempts = 1_000_000

// clipID is a queue id as an error message quotes it: at most 32 bytes.
func clipID(s string) string {
	if len(s) > 32 {
		return s[:32] + "…"
	}
	return s
}

// loadCheckpoint reads the checkpoint at path; a missing file is not an
// error (nil, nil): the first run starts at the beginning of the log.
func loadCheckpoint(path string) (*checkpoint, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read checkpoint %s: %w", path, err)
	}
	var c checkpoint
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("checkpoint %s is not valid JSON (remove it to start over): %w", path, err)
	}
	if c.Version != checkpointVersion {
		return nil, fmt.Errorf("checkpoint %s has version %d; this reader understands version %d", path, c.Version, checkpointVersion)
	}
	if c.Offset < 0 || c.Line < 0 {
		return nil, fmt.Errorf("checkpoint %s has a negative offset or line", path)
	}
	// The join state counts each recipient's attempts; a count no run
	// wrote (negative, or one that overflows when the next attempt adds
	// one) made every later delivery line of that recipient malformed, so
	// its deliveries were lost (found by FuzzLoadCheckpoint).
	for _, e := range c.Join.Entries {
		for _, r := range e.Recipients {
			if r.Attempts < 0 || r.Attempts > maxCheckpointAttempts {
				return nil, fmt.Errorf("checkpoint %s counts %d attempts for a recipient of queue id %q: not from a run (remove the file to start over)", path, r.Attempts, clipID(e.QueueID))
			}
		}
	}
	return &c, nil
}

// writeCheckpoint replaces the checkpoint at path atomically: it writes a
// temporary file in the same directory, syncs it and renames it over the
// old one, so a crash leaves either the old or the new checkpoint, never a
// torn one.
func writeCheckpoint(path string, c *checkpoint) error {
	c.Version = checkpointVersion
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode checkpoint %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create checkpoint directory %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write checkpoint %s: %w", path, err)
	}
	_, werr := tmp.Write(b)
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write checkpoint %s: %w", path, werr)
	}
	// Make the rename itself durable; not every platform can sync a
	// directory, and the checkpoint is already in place, so errors are
	// ignored.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
