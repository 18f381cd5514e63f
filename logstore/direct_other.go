//go:build !linux

package logstore

import "errors"

// oDirect is 0 where direct I/O is not opened by a flag: tables are
// written through the page cache.
const oDirect = 0

var errDirectRefused = errors.New("no direct I/O")

func setDirect(tableFile, bool) error { return nil }
