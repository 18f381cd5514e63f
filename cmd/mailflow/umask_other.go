//go:build !unix

package main

// restrictFileModes does nothing where there is no umask (Windows): files
// inherit the ACL of the directory they are created in, which the operator
// sets on the data dir.
func restrictFileModes() {}
