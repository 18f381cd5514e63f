//go:build unix

package main

import "syscall"

// restrictFileModes makes everything the process creates private to its
// user: files 0600 and directories 0700, whatever mode the code that
// creates them asks for. The state store, the embedded broker's logs (which
// hold the config topic, webhook secrets included), the sink's store and
// the ingest checkpoint are written by Pebble, kfake and others with 0644
// and 0755; a umask covers them all, and every file added later, where
// chmods after the fact would each be a race and a thing to forget.
// Operators who want group access grant it on the data dir's parent.
func restrictFileModes() { syscall.Umask(0o077) }
