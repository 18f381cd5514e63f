//go:build unix

package processor

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes flock(2) LOCK_EX|LOCK_NB on f: per open file description,
// so a second open of the same file conflicts even within one process.
func lockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLocked
	}
	return err
}
