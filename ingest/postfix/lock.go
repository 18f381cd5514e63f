package postfix

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errHeld is flockFile's answer for a lock another run holds.
var errHeld = errors.New("held by another run")

// lockCheckpoint takes the lock of the checkpoint file path (path.lock,
// flock(2), released when the process ends however it ends), so that two
// ingest runs on one checkpoint — a cron run overlapping a --follow run —
// do not both publish every line and overwrite each other's checkpoint,
// which could then go backwards. It returns the function that releases it.
func lockCheckpoint(path string) (func(), error) {
	lock := path + ".lock"
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("postfix ingest: lock the checkpoint %s: %w", path, err)
	}
	f, err := os.OpenFile(lock, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("postfix ingest: lock the checkpoint %s: %w", path, err)
	}
	if err := flockFile(f); err != nil {
		f.Close()
		if errors.Is(err, errHeld) {
			return nil, fmt.Errorf("postfix ingest: another ingest run holds the checkpoint %s (its lock %s): two runs on one checkpoint would both publish every line; stop the other run, or give this one its own --state-dir", path, lock)
		}
		return nil, fmt.Errorf("postfix ingest: lock the checkpoint %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}
