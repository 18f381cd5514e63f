package postfix

import (
	"bytes"
	"context"
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

	f    *os.File
	name string // the name f was opened under: path, or a rotated sibling
	// target is name resolved (symbolic links followed, absolute) when f
	// was opened: the checkpoint keeps it, so that a file a link pointed
	// to is found again after the link was retargeted (review S26A-7).
	target string
	id     fileID
	off    int64 // file offset of buf[start]
	lineNo int64 // lines consumed from f

	// seen holds the last seenN bytes read from f, those just before the
	// file's read position (off + end - start). Before each read they
	// must still be there: a file truncated and written again past the
	// read position (copytruncate while the sink held the reader up) has
	// the same identity and a large enough size, and only its content
	// tells (review S26A-2). check is the buffer they are compared in.
	seen, check [tailLen]byte
	seenN       int
	// unchecked says f cannot be read at an offset (a pipe: journalctl
	// -o json | mailflow ingest postfix --file /dev/stdin): nothing is
	// compared.
	unchecked bool
	// atEOF says the last read found the end of the file: the reader had
	// caught up.
	atEOF bool

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
// When the checkpointed file has been rotated away it looks for it where
// the checkpoint last saw it (its resolved path, which finds the old
// target of a retargeted symbolic link) and among the siblings of the
// path, of the link's target and of that resolved path ("maillog.1",
// "maillog-20250303"), finishes it from the checkpointed offset and then
// continues with path from 0; when it is gone, the lines after the
// checkpoint in it are lost, which is logged. When path is the
// checkpointed file but no longer holds the checkpointed bytes before the
// offset (copytruncate while stopped), a copy of its old content next to
// it is finished first the same way.
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
	t.f, t.name, t.target, t.id, t.lastData = f, t.path, resolvePath(t.path), fileIDOf(fi), time.Now()
	if cp == nil {
		return nil
	}
	switch {
	case cp.id() == t.id:
		var why string
		switch {
		case cp.Offset > fi.Size():
			why = "log file is shorter than the checkpointed offset (truncated while stopped)"
		case !t.tailMatches(cp.Offset, cp.Tail):
			why = "log file content at the checkpoint differs (truncated and written again while stopped)"
		default:
			if err := t.seek(cp.Offset, cp.Line); err != nil {
				return err
			}
			t.discarding = cp.Discarding
			return nil
		}
		t.truncs++
		switch c := findCopy([]string{t.path, t.target}, t.id, cp.Offset, cp.Tail); {
		case c != nil && c.more:
			t.log.Info(why+"; finishing the copy of its old content from the checkpoint before reading it from the start",
				"copy", c.name, "offset", cp.Offset)
			return t.finish(c.f, c.name, c.id, cp)
		case c != nil:
			c.f.Close()
			t.log.Info(why+"; its copy holds nothing after the checkpoint; reading it from the start", "copy", c.name, "offset", cp.Offset)
		default:
			t.log.Warn(why+"; reading it from the start. No copy of its old content is next to it: lines written to it after the checkpoint, if any, were not read",
				"offset", cp.Offset, "size", fi.Size())
		}
		return nil
	case !cp.id().known():
		return nil
	}
	sib := ""
	if cp.Target != "" {
		// Where the checkpoint last read it: the old target of a link
		// that has been pointed at another file since.
		if tfi, err := os.Stat(cp.Target); err == nil && tfi.Mode().IsRegular() && fileIDOf(tfi) == cp.id() {
			sib = cp.Target
		}
	}
	if sib == "" {
		sib = findRotated([]string{t.path, t.target, cp.Target}, cp.id())
	}
	if sib == "" {
		t.log.Warn("the checkpointed log file is neither where it was read nor next to the log under a rotated name (moved, compressed or removed); lines written to it after the checkpoint are lost",
			"checkpointed", cp.Target, "offset", cp.Offset, "inode", cp.Inode)
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
	if err != nil || fileIDOf(sfi) != cp.id() || sfi.Size() < cp.Offset || !(&tailer{f: sf}).tailMatches(cp.Offset, cp.Tail) {
		sf.Close()
		t.log.Warn("rotated log file does not match the checkpoint; skipping it, and the lines written to it after the checkpoint", "rotated", sib)
		t.lost = true
		return nil
	}
	t.log.Info("finishing the rotated log file from the checkpoint before the current one", "rotated", sib, "offset", cp.Offset)
	return t.finish(sf, sib, cp.id(), cp)
}

// finish makes the open file f (named name, identity id) the one read,
// from the checkpointed position, to its end; then the tailer switches to
// path from its start. Nobody writes to f any more: no grace applies.
func (t *tailer) finish(f *os.File, name string, id fileID, cp *checkpoint) error {
	t.f.Close()
	t.f, t.name, t.target, t.id = f, name, resolvePath(name), id
	t.draining = true
	if err := t.seek(cp.Offset, cp.Line); err != nil {
		return err
	}
	t.discarding = cp.Discarding
	return nil
}

// resolvePath returns name with its symbolic links followed, as an
// absolute path; "" when that fails.
func resolvePath(name string) string {
	p, err := filepath.EvalSymlinks(name)
	if err != nil {
		return ""
	}
	if p, err = filepath.Abs(p); err != nil {
		return ""
	}
	return p
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
	t.seenN, t.unchecked = 0, false
	if n := min(int64(tailLen), off); n > 0 {
		// The bytes before the new position, which the next read must
		// still find there; unreadable ones leave only the size test.
		if k, _ := t.f.ReadAt(t.seen[:n], off-n); int64(k) == n {
			t.seenN = int(n)
		}
	}
	// A new position starts at a line (a copytruncate's 0 too: the
	// over-long line being dropped is gone, review S22C-9); a resumed
	// checkpoint sets discarding again after the seek.
	t.discarding = false
	return nil
}

// findRotated returns the sibling of one of bases (a base followed by a
// suffix) that is the file id, or "". The bases are the log path, the
// target of the link it is (logrotate renames the file the link points
// to, in the target's directory) and the resolved path the checkpoint
// last read (the old target of a retargeted link); empty ones are
// skipped.
func findRotated(bases []string, id fileID) string {
	for _, m := range siblings(bases) {
		fi, err := os.Stat(m)
		if err == nil && fi.Mode().IsRegular() && fileIDOf(fi) == id {
			return m
		}
	}
	return ""
}

// logCopy is a copy of a log file's old content found next to it.
type logCopy struct {
	name string
	f    *os.File // open for reading
	id   fileID
	more bool // it holds bytes after the offset it was found at
}

// findCopy looks among the siblings of bases for a copy of a log file's
// old content (copytruncate's "maillog.1"): a regular file other than the
// file not (the truncated log itself) that holds tail just before off.
// One with bytes after off is preferred. Without a tail nothing can be
// matched (nil).
func findCopy(bases []string, not fileID, off int64, tail []byte) *logCopy {
	if len(tail) == 0 {
		return nil
	}
	var found *logCopy
	for _, m := range siblings(bases) {
		fi, err := os.Stat(m)
		if err != nil || !fi.Mode().IsRegular() || fi.Size() < off || fileIDOf(fi) == not && not.known() {
			continue
		}
		f, err := os.Open(m)
		if err != nil {
			continue
		}
		ffi, err := f.Stat()
		if err != nil || !os.SameFile(fi, ffi) || !(&tailer{f: f}).tailMatches(off, tail) {
			f.Close()
			continue
		}
		c := &logCopy{name: m, f: f, id: fileIDOf(ffi), more: ffi.Size() > off}
		if c.more {
			if found != nil {
				found.f.Close()
			}
			return c
		}
		if found == nil {
			found = c
		} else {
			f.Close()
		}
	}
	return found
}

// siblings returns the names that are one of bases followed by a suffix,
// each base once.
func siblings(bases []string) []string {
	var out []string
	done := make(map[string]bool, len(bases)*2)
	for _, b := range bases {
		if b == "" {
			continue
		}
		for _, base := range []string{b, resolvePath(b)} {
			if base == "" || done[base] {
				continue
			}
			done[base] = true
			matches, _ := filepath.Glob(globEscape(base) + "?*")
			out = append(out, matches...)
		}
	}
	return out
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
		} else if errors.Is(err, errRewritten) {
			if err := t.truncated(); err != nil {
				return nil, 0, false, err
			}
			if t.final != nil {
				text, t.final = t.final, nil
				return text, t.finalNo, false, nil
			}
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

// errRewritten means the open file no longer holds, before the read
// position, the bytes that were read there: it was truncated (and maybe
// written again past that position) since.
var errRewritten = errors.New("log file truncated under the reader")

// fill reads more of the file into the buffer; io.EOF when nothing more is
// there now, errRewritten when the file was truncated under the reader.
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
	if !t.stillThere() {
		return errRewritten
	}
	n, err := t.f.Read(t.buf[t.end:])
	t.end += n
	if n > 0 {
		t.remember(t.buf[t.end-n : t.end])
		t.lastData = time.Now()
		t.atEOF = false
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		t.atEOF = true
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
// open file is now shorter than what was read: see truncated; fill
// notices it first, and also a file written again past the read position)
// and rename + create (path names another file: finish this one, then
// switch). A missing path means rotation is in progress; the old file
// stays open.
func (t *tailer) checkRotation() (bool, error) {
	fi, err := t.f.Stat()
	if err != nil {
		return false, fmt.Errorf("stat %s: %w", t.name, err)
	}
	if read := t.off + int64(t.end-t.start); fi.Size() < read {
		return true, t.truncated()
	}
	pfi, err := os.Stat(t.path)
	if err != nil {
		return false, nil // being rotated; look again at the next poll
	}
	if !os.SameFile(fi, pfi) {
		t.rotations++
		t.draining, t.liveRotation = true, true
		t.log.Info("log file was rotated (renamed); finishing the old file before switching", t.reading()...)
		return true, nil
	}
	return false, nil
}

// truncated handles a file that no longer holds what was read from it
// (copytruncate): when a copy of the old content with more after the read
// position lies next to the log ("maillog.1"), that copy is finished from
// the consumed offset first, so that the lines written after the reader
// last read (it may have been held up by the sink for minutes) are not
// lost; then, as otherwise, the log is read again from its start.
// Otherwise a pending partial line is handed on as a final line, and,
// unless a copy shows that nothing was missed, the possible loss is
// logged with the offset.
func (t *tailer) truncated() error {
	t.truncs++
	read := t.off + int64(t.end-t.start)
	size := int64(-1)
	if fi, err := t.f.Stat(); err == nil {
		size = fi.Size()
	}
	c := findCopy([]string{t.path, t.target}, t.id, read, t.seen[:t.seenN])
	if c != nil && c.more {
		level := slog.LevelInfo
		if size >= read {
			// Written again past the read offset: only a reader held up
			// (by the sink, or stopped) sees this; said louder.
			level = slog.LevelWarn
		}
		t.log.Log(context.Background(), level, "log file was truncated (copytruncate) with lines not read yet; finishing its copy from the read offset, then reading the log from the start",
			append(t.reading(), "copy", c.name, "offset", t.off, "size", size)...)
		discarding := t.discarding
		t.f.Close()
		t.f, t.name, t.target, t.id = c.f, c.name, resolvePath(c.name), c.id
		t.draining, t.liveRotation = true, false
		if err := t.seek(t.off, t.lineNo); err != nil {
			return err
		}
		t.discarding = discarding
		return nil
	}
	switch {
	case c != nil:
		c.f.Close()
		t.log.Info("log file was truncated (copytruncate); its copy holds nothing after the read offset; reading the log again from the start",
			append(t.reading(), "copy", c.name, "offset", read, "size", size)...)
	case size >= read:
		t.log.Warn("log file was truncated and written again past the read offset (copytruncate while reading was held up); reading it from the start. No copy of its old content with more lines is next to the log: lines written to it after the offset were not read",
			append(t.reading(), "offset", read, "size", size)...)
	case t.atEOF:
		// The reader had caught up at its last look: the usual
		// copytruncate of a followed log.
		t.log.Info("log file was truncated (copytruncate); reading it again from the start", append(t.reading(), "offset", read, "size", size)...)
	default:
		t.log.Warn("log file was truncated (copytruncate) before the reader reached its end; reading it from the start. No copy of its old content with more lines is next to the log: lines written to it after the offset were not read",
			append(t.reading(), "offset", read, "size", size)...)
	}
	// The pending partial line was copied away with the old content and
	// will not be completed here: hand it on as a final line.
	if text, no, ok := t.partial(); ok {
		t.final, t.finalNo = append([]byte(nil), text...), no
	}
	return t.seek(0, 0)
}

// stillThere reports whether the bytes last read are still just before
// the read position (see seen).
func (t *tailer) stillThere() bool {
	if t.seenN == 0 {
		return true
	}
	pos := t.off + int64(t.end-t.start)
	k, err := t.f.ReadAt(t.check[:t.seenN], pos-int64(t.seenN))
	switch {
	case k == t.seenN:
		return bytes.Equal(t.check[:t.seenN], t.seen[:t.seenN])
	case errors.Is(err, io.EOF):
		return false // shorter than the read position
	}
	// Not readable at an offset (a pipe), or a read error that the read
	// itself will report: no comparison, from now on.
	t.seenN, t.unchecked = 0, true
	return true
}

// remember keeps the last tailLen bytes read, b being the latest.
func (t *tailer) remember(b []byte) {
	if t.unchecked {
		return
	}
	if len(b) >= tailLen {
		t.seenN = copy(t.seen[:], b[len(b)-tailLen:])
		return
	}
	keep := min(t.seenN, tailLen-len(b))
	copy(t.seen[:], t.seen[t.seenN-keep:t.seenN])
	t.seenN = keep + copy(t.seen[keep:], b)
}

// reading names the file being read when it is not the log path itself
// (a rotated file or a copy being finished); the path is on every line
// already (Run's logger carries it).
func (t *tailer) reading() []any {
	if t.name == t.path {
		return nil
	}
	return []any{"reading", t.name}
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
	t.f, t.name, t.target, t.id = f, name, resolvePath(name), fileIDOf(fi)
	t.draining, t.liveRotation, t.discarding = false, false, false
	t.lastData = time.Now()
	t.log.Info("switched to the new log file", t.reading()...)
	return t.seek(0, 0)
}
