//go:build unix

package postfix

import (
	"os"
	"syscall"
)

// fileIDOf returns the device and inode of a file: what stays the same
// when a log file is renamed and changes when a new file takes its name.
func fileIDOf(fi os.FileInfo) fileID {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}
	}
	return fileID{Dev: uint64(st.Dev), Ino: uint64(st.Ino)} //nolint:unconvert // the field types differ between platforms
}
