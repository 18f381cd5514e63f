package logstore

import (
	"errors"
	"os"
	"unsafe"
)

// writeBufferSize is the bytes a segment's table collects before a write
// to its file. Pebble's own file writer buffers 4 KiB, so every data
// block (32 KiB before compression) was a write system call of its own;
// the kernel's cost per call, not per byte, made those writes a large
// share of a flush's CPU time. It is a multiple of directAlign.
const writeBufferSize = 1 << 20

// directAlign is the alignment of the buffer, the length and the file
// offset of a write to a file opened for direct I/O (createTableFile):
// the page size, a multiple of every block device's logical block size.
const directAlign = 4096

// newWriteBuffer returns an empty buffer of writeBufferSize bytes whose
// start is aligned for direct I/O.
func newWriteBuffer() []byte {
	b := make([]byte, writeBufferSize+directAlign)
	off := int(-uintptr(unsafe.Pointer(&b[0])) & (directAlign - 1))
	return b[off : off : off+writeBufferSize]
}

// tableFile is the file a table is written to.
type tableFile interface {
	Write(p []byte) (int, error)
	Sync() error
	Close() error
}

// fileWritable is an objstorage.Writable that writes a table to a file
// through a large buffer, synced and closed by Finish. buf is the table
// writer's, shared by the tables a flush writes one after the other
// (newWriteBuffer).
//
// Where the file was opened for direct I/O (direct, see
// createTableFile), every write but the last is of the whole buffer,
// aligned, and goes to the device without the page cache; the last, of
// the table's tail, goes through the page cache after setDirect turns
// direct I/O off, as does everything after endDirect is set. A write
// direct I/O refuses is written through the page cache too.
type fileWritable struct {
	f      tableFile
	direct bool
	// endDirect says the rest of the table goes through the page cache
	// (tableWriter.endDirect): direct I/O is turned off at the next
	// write.
	endDirect bool
	buf       *[]byte
	err       error
}

// Write appends p to the buffer, writing the buffer out whenever it is
// full.
func (w *fileWritable) Write(p []byte) error {
	if w.err != nil {
		return w.err
	}
	for len(p) > 0 {
		b := *w.buf
		if len(b) == cap(b) {
			if w.err = w.flush(); w.err != nil {
				return w.err
			}
			b = *w.buf
		}
		n := min(len(p), cap(b)-len(b))
		*w.buf = append(b, p[:n]...)
		p = p[n:]
	}
	return nil
}

// flush writes the whole buffer out: directly when the file is open for
// direct I/O and the buffer's length is aligned.
func (w *fileWritable) flush() error {
	b := *w.buf
	*w.buf = b[:0]
	if len(b) == 0 {
		return nil
	}
	if w.direct && (w.endDirect || len(b)%directAlign != 0) {
		w.direct = false
		if err := setDirect(w.f, false); err != nil {
			return err
		}
	}
	n, err := w.f.Write(b)
	if err != nil && w.direct && errors.Is(err, errDirectRefused) {
		// The file system refused this write's direct I/O (an
		// alignment it needs larger than directAlign, say): the rest
		// goes through the page cache.
		w.direct = false
		if err = setDirect(w.f, false); err == nil {
			_, err = w.f.Write(b[n:])
		}
	}
	return err
}

// Finish writes what is buffered and syncs and closes the file.
func (w *fileWritable) Finish() error {
	err := w.err
	if err == nil && w.direct && !w.endDirect {
		// The aligned part directly, the tail through the page cache.
		b := *w.buf
		if n := len(b) &^ (directAlign - 1); n > 0 && n < len(b) {
			*w.buf = b[:n]
			if err = w.flush(); err == nil {
				*w.buf = append((*w.buf)[:0], b[n:]...)
			}
		}
	}
	if err == nil {
		err = w.flush()
	}
	if err == nil {
		err = w.f.Sync()
	}
	return errors.Join(err, w.f.Close())
}

// Abort closes the file; the flush removes it.
func (w *fileWritable) Abort() {
	*w.buf = (*w.buf)[:0]
	_ = w.f.Close()
}

// createTableFile creates the file of a table, opened for direct I/O
// where the platform and the file system allow it (direct).
func createTableFile(path string) (f tableFile, direct bool, err error) {
	if fd, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC|oDirect, 0o666); err == nil {
		return fd, oDirect != 0, nil
	}
	fd, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
	return fd, false, err
}
