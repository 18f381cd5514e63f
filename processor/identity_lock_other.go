//go:build !unix && !windows

package processor

import "os"

// lockFile does not lock where the system offers no advisory file lock
// (js/wasm, plan9): the data dir is then not protected against a second
// process.
func lockFile(*os.File) error { return nil }
