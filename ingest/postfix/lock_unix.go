//go:build unix

package postfix

import (
	"errors"
	"os"
	"syscall"
)

// flockFile takes flock(2) LOCK_EX|LOCK_NB on f; errHeld when another
// open file description holds it (another process, or another run in
// this one).
func flockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errHeld
	}
	return err
}
