package logstore

import (
	"errors"

	"github.com/cockroachdb/pebble/v2/vfs"
)

// writeBufferSize is the bytes a segment's table collects before a write
// to its file. Pebble's own file writer buffers 4 KiB, so every data
// block (32 KiB before compression) was a write system call of its own;
// the kernel's cost per call, not per byte, made those writes a large
// share of a flush's CPU time.
const writeBufferSize = 1 << 20

// fileWritable is an objstorage.Writable that writes a table to a file
// through a large buffer, synced and closed by Finish. buf is the table
// writer's, shared by the tables a flush writes one after the other.
type fileWritable struct {
	f   vfs.File
	buf *[]byte
	err error
}

// Write appends p to the buffer, writing the buffer out when p does not
// fit (and p itself when it is larger than the buffer).
func (w *fileWritable) Write(p []byte) error {
	if w.err != nil {
		return w.err
	}
	b := *w.buf
	if len(b)+len(p) > cap(b) {
		if w.err = w.flush(); w.err != nil {
			return w.err
		}
		b = *w.buf
		if len(p) >= cap(b) {
			_, w.err = w.f.Write(p)
			return w.err
		}
	}
	*w.buf = append(b, p...)
	return nil
}

func (w *fileWritable) flush() error {
	b := *w.buf
	*w.buf = b[:0]
	if len(b) == 0 {
		return nil
	}
	_, err := w.f.Write(b)
	return err
}

// Finish writes what is buffered and syncs and closes the file.
func (w *fileWritable) Finish() error {
	err := w.err
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
