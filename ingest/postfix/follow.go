package postfix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// errNoData means no complete line is available now; a follower waits and
// asks again.
var errNoData = errors.New("no complete line available yet")

// tailer reads the lines of one log path, following it across rotation.
//
// A line is consumed only when its newline has been read, except at the
// end of a file that will not grow any more (the end of input without
// follow, a rotated-away file, a file about to be truncated), where a last
// line without a newline is returned as a final line. The read position
// (off) always points just after the last consumed line, which is what the
// checkpoint records.
type tailer struct {
	path   string
	follow bool
	// keepPartial leaves an unterminated last line unread at the end of a
	// one-shot read, for the next run: with a checkpoint, a line the
	// writer is still writing would be consumed half and checkpointed
	// past, and its delivery lost (review finding, a cron job reading a
	// live mail.log).
	keepPartial bool
	maxLine     int
	// grace is how long a renamed file must stay quiet before the tailer
	// switches to its successor: between logrotate creating the new file
	// and syslog reopening, syslog still appends to the old one.
	grace time.Duration
	log   *slog.Logger

	f      *os.File
	name   string // the name f was opened under: path, or a rotated sibling
	id     fileID
	off    int64 // file offset of buf[start]
	lineNo int64 // lines consumed from f

	buf               []byte
	start, end, scan  int // buf[start:end] is unconsumed; buf[start:scan] has no newline
	discarding        bool
	draining          bool      // f was rotated away: read it to its end, then switch to path
	liveRotation      bool      // draining because rotation was seen while following: apply grace
	lastData          time.Time // when f last yielded bytes (for grace)
	final             []byte    // a line to return before reading on (see truncation)
	finalNo           int64
	rotations, truncs int64
	// lost says the checkpointed file was rotated away and could not be
	// finished: the lines written to it after the checkpoint are lost.
	lost bool
}

func newTailer(path string, follow bool, maxLine int, grace time.Duration, log *slog.Logger) *tailer {
	size := 64 << 10
	if size > maxLine+1 {
		size = maxLine + 1
	}
	return &tailer{path: path, follow: follow, maxLine: maxLine, grace: grace, log: log, buf: make([]byte, size)}
}

// open positions the tailer according to cp (nil: the start of path).
// When the checkpointed file has been rotated away it looks for it among
// the path's siblings ("maillog.1", "maillog-20250303"), finishes it from
// the checkpointed offset and then continues with path from 0; when it is
// gone, the lines after the checkpoint in it are lost, which is logged.
func (t *tailer) open(cp *checkpoint) error {
	f, err := os.Open(t.path)
	if err != nil {
		return err // a *fs.PathError: "open <path>: <reason>"
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("stat %s: %w", t.path, err)
	}
	t.f, t.name, t.id, t.lastData = f, t.path, fileIDOf(fi), time.Now()
	if cp == nil {
		return nil
	}
	switch {
	case cp.id() == t.id:
		if cp.Offset > fi.Size() {
			t.log.Warn("log file is shorter than the checkpointed offset (truncated while stopped); reading it from the start",
				"offset", cp.Offset, "size", fi.Size())
			return nil
		}
		if !t.tailMatches(cp.Offset, cp.Tail) {
			t.log.Warn("log file content at the checkpoint differs (truncated and rewritten while stopped); reading it from the start",
				"offset", cp.Offset)
			return nil
		}
		if err := t.seek(cp.Offset, cp.Line); err != nil {
			return err
		}
		t.discarding = cp.Discarding
		return nil
	case !cp.id().known():
		return nil
	}
	sib := findRotated(t.path, cp.id())
	if sib == "" {
		t.log.Warn("the checkpointed log file was rotated away and is not next to the log any more (compressed?); lines written to it after the checkpoint are lost",
			"offset", cp.Offset, "inode", cp.Inode)
		t.lost = true
		return nil
	}
	sf, err := os.Open(sib)
	if err != nil {
		t.log.Warn("cannot open the rotated log file; lines written to it after the checkpoint are lost", "rotated", sib, "err", err)
		t.lost = true
		return nil
	}
	sfi, err := sf.Stat()
	if err != nil || sfi.Size() < cp.Offset || !(&tailer{f: sf}).tailMatches(cp.Offset, cp.Tail) {
		sf.Close()
		t.log.Warn("rotated log file does not match the checkpoint; skipping it, and the lines written to it after the checkpoint", "rotated", sib)
		t.lost = true
		return nil
	}
	t.log.Info("finishing the rotated log file from the checkpoint before the current one", "rotated", sib, "offset", cp.Offset)
	f.Close()
	t.f, t.name, t.id = sf, sib, cp.id()
	t.draining = true // nobody writes to it any more: no grace
	if err := t.seek(cp.Offset, cp.Line); err != nil {
		return err
	}
	t.discarding = cp.Discarding
	return nil
}

// tailMatches reports whether the bytes before off in the open file are
// tail (a checkpoint without a tail matches).
func (t *tailer) tailMatches(off int64, tail []byte) bool {
	if len(tail) == 0 || int64(len(tail)) > off {
		return len(tail) == 0
	}
	got := make([]byte, len(tail))
	if _, err := t.f.ReadAt(got, off-int64(len(tail))); err != nil {
		return false
	}
	return bytes.Equal(got, tail)
}

// tail returns up to tailLen bytes before the consumed offset, for the
// checkpoint.
func (t *tailer) tail() []byte {
	n := min(int64(tailLen), t.off)
	if n == 0 {
		return nil
	}
	b := make([]byte, n)
	if _, err := t.f.ReadAt(b, t.off-n); err != nil {
		return nil // e.g. truncated just now; the offset check still applies
	}
	return b
}

func (t *tailer) seek(off, lineNo int64) error {
	if _, err := t.f.Seek(off, io.SeekStart); err != nil {
		return fmt.Errorf("seek %s to %d: %w", t.name, off, err)
	}
	t.off, t.lineNo = off, lineNo
	t.start, t.end, t.scan = 0, 0, 0
	// A new position starts at a line (a copytruncate's 0 too: the
	// over-long line being dropped is gone, review S22C-9); a resumed
	// checkpoint sets discarding again after the seek.
	t.discarding = false
	return nil
}

// findRotated returns the sibling of path (path followed by a suffix) that
// is the file id, or "". When path is a symbolic link, the rotated file
// is searched for next to the link's target too: logrotate renames the
// file the link points to, in the target's directory.
func findRotated(path string, id fileID) string {
	bases := []string{path}
	if target, err := filepath.EvalSymlinks(path); err == nil && target != path {
		bases = append(bases, target)
	}
	for _, base := range bases {
		matches, _ := filepath.Glob(globEscape(base) + "?*")
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err == nil && fi.Mode().IsRegular() && fileIDOf(fi) == id {
				return m
			}
		}
	}
	return ""
}

func globEscape(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '?', '[', '\\':
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

func (t *tailer) close() {
	if t.f != nil {
		t.f.Close()
	}
}

// position is what a checkpoint records: the identity of the file being
// read, the offset after the last consumed line and the line count.
func (t *tailer) position() (fileID, int64, int64) { return t.id, t.off, t.lineNo }

// next returns the next line without its newline (and without a trailing
// CR), its line number in its file, and whether it was cut because it is
// longer than maxLine (the rest up to its newline is dropped). The slice is
// valid until the next call. It returns errNoData in follow mode when no
// complete line is available yet, and io.EOF at the end of input without
// follow.
func (t *tailer) next() (text []byte, lineNo int64, tooLong bool, err error) {
	if t.final != nil {
		text, t.final = t.final, nil
		return text, t.finalNo, false, nil
	}
	for {
		if i := bytes.IndexByte(t.buf[t.scan:t.end], '\n'); i >= 0 {
			nl := t.scan + i
			text = t.buf[t.start:nl]
			t.off += int64(nl + 1 - t.start)
			t.start, t.scan = nl+1, nl+1
			if t.discarding {
				// The end of an over-long line, already reported.
				t.discarding = false
				continue
			}
			t.lineNo++
			return bytes.TrimSuffix(text, []byte{'\r'}), t.lineNo, false, nil
		}
		t.scan = t.end
		if n := t.end - t.start; n >= t.maxLine {
			text = t.buf[t.start : t.start+t.maxLine]
			t.off += int64(n)
			t.start, t.end, t.scan = 0, 0, 0
			if t.discarding {
				continue
			}
			t.discarding = true
			t.lineNo++
			return text, t.lineNo, true, nil
		}
		if err := t.fill(); err == nil {
			continue
		} else if !errors.Is(err, io.EOF) {
			return nil, 0, false, err
		}

		// At the end of the file as it is now.
		switch {
		case t.draining:
			if t.liveRotation && time.Since(t.lastData) < t.grace {
				return nil, 0, false, errNoData
			}
			if text, no, ok := t.partial(); ok {
				return text, no, false, nil
			}
			if err := t.switchTo(t.path); err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil, 0, false, errNoData
				}
				return nil, 0, false, err
			}
			continue
		case !t.follow:
			if t.keepPartial && t.discarding {
				// The rest of an over-long line, already reported: dropped,
				// and its rest is dropped by the next run too (the
				// checkpoint says so), up to its newline.
				t.off += int64(t.end - t.start)
				t.start, t.end, t.scan = 0, 0, 0
				return nil, 0, false, io.EOF
			}
			if n := t.end - t.start; t.keepPartial && n > 0 {
				t.log.Info("the log's last line has no line end yet: left for the next run", "bytes", n, "offset", t.off)
				return nil, 0, false, io.EOF
			}
			if text, no, ok := t.partial(); ok {
				return text, no, false, nil
			}
			return nil, 0, false, io.EOF
		}
		switched, err := t.checkRotation()
		if err != nil {
			return nil, 0, false, err
		}
		if switched {
			if t.final != nil {
				text, t.final = t.final, nil
				return text, t.finalNo, false, nil
			}
			continue
		}
		return nil, 0, false, errNoData
	}
}

// fill reads more of the file into the buffer; io.EOF when nothing more is
// there now.
func (t *tailer) fill() error {
	if t.end == len(t.buf) {
		if t.start > 0 {
			copy(t.buf, t.buf[t.start:t.end])
			t.end -= t.start
			t.scan -= t.start
			t.start = 0
		}
		if t.end == len(t.buf) {
			// A long line: grow, up to what maxLine needs.
			nb := make([]byte, min(2*len(t.buf), t.maxLine+1))
			copy(nb, t.buf[:t.end])
			t.buf = nb
		}
	}
	n, err := t.f.Read(t.buf[t.end:])
	t.end += n
	if n > 0 {
		t.lastData = time.Now()
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return io.EOF
	}
	return fmt.Errorf("read %s at offset %d: %w", t.name, t.off+int64(t.end-t.start), err)
}

// partial consumes a last line that has no newline.
func (t *tailer) partial() ([]byte, int64, bool) {
	n := t.end - t.start
	if n == 0 {
		return nil, 0, false
	}
	text := t.buf[t.start:t.end]
	t.off += int64(n)
	t.start, t.end, t.scan = 0, 0, 0
	if t.discarding {
		t.discarding = false
		return nil, 0, false
	}
	t.lineNo++
	return bytes.TrimSuffix(text, []byte{'\r'}), t.lineNo, true
}

// checkRotation notices the two ways logs are rotated: copytruncate (the
// open file is now shorter than what was read: start again at 0) and
// rename + create (path names another file: finish this one, then switch).
// A missing path means rotation is in progress; the old file stays open.
func (t *tailer) checkRotation() (bool, error) {
	fi, err := t.f.Stat()
	if err != nil {
		return false, fmt.Errorf("stat %s: %w", t.name, err)
	}
	if read := t.off + int64(t.end-t.start); fi.Size() < read {
		t.truncs++
		t.log.Info("log file was truncated (copytruncate); reading it again from the start", "file", t.name, "offset", read, "size", fi.Size())
		// The pending partial line was copied away with the old content and
		// will not be completed here: hand it on as a final line.
		if text, no, ok := t.partial(); ok {
			t.final, t.finalNo = append([]byte(nil), text...), no
		}
		if err := t.seek(0, 0); err != nil {
			return false, err
		}
		return true, nil
	}
	pfi, err := os.Stat(t.path)
	if err != nil {
		return false, nil // being rotated; look again at the next poll
	}
	if !os.SameFile(fi, pfi) {
		t.rotations++
		t.draining, t.liveRotation = true, true
		t.log.Info("log file was rotated (renamed); finishing the old file before switching", "file", t.path)
		return true, nil
	}
	return false, nil
}

// switchTo continues with the file now at name, from its start.
func (t *tailer) switchTo(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err // a *fs.PathError: "open <path>: <reason>"
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("stat %s: %w", name, err)
	}
	t.f.Close()
	t.f, t.name, t.id = f, name, fileIDOf(fi)
	t.draining, t.liveRotation, t.discarding = false, false, false
	t.lastData = time.Now()
	t.log.Info("switched to the new log file", "file", name)
	return t.seek(0, 0)
}
