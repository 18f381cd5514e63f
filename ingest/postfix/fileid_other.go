//go:build !unix

package postfix

import "os"

// fileIDOf returns the zero fileID where the platform exposes no inode:
// a checkpoint then matches any file at the path, and live rotation is
// still detected with os.SameFile.
func fileIDOf(os.FileInfo) fileID { return fileID{} }
