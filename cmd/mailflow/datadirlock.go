package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/cockroachdb/pebble/v2/vfs"
)

// devLockFile is the file in dev's data dir whose lock says a mailflow dev
// runs on it.
const devLockFile = "dev.lock"

// lockDevDataDir creates dataDir (0700) and takes its lock before dev
// starts anything: the embedded broker, the state and log stores and the
// sink all keep their data there, and a second dev on the same directory
// would otherwise start a second broker on the same broker data before
// the stores' own locks stop it. The lock is an fcntl lock (Pebble's
// vfs.Lock), released by the kernel when the process ends, so a crash
// leaves no stale lock behind. Close releases it.
func lockDevDataDir(dataDir string) (io.Closer, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	path, err := filepath.Abs(filepath.Join(dataDir, devLockFile))
	if err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	l, err := vfs.Default.Lock(path)
	if err != nil {
		if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EWOULDBLOCK) || err.Error() == "lock held by current process" {
			return nil, fmt.Errorf("the data dir %s is in use by another mailflow dev (%s is locked): stop the other one first, or give this one its own --data-dir", dataDir, path)
		}
		return nil, fmt.Errorf("lock the data dir %s: %w", dataDir, err)
	}
	return l, nil
}
