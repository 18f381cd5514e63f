// Package quarantine sets aside a Pebble store that Pebble found damaged
// on disk, so that the next open starts it empty and mailflow rebuilds it
// from Kafka, as Kafka Streams wipes and restores a task's corrupted state
// stores (TaskCorruptedException) rather than stopping.
//
// Both of mailflow's stores are views of topics: the state store of the
// changelog and the input topics (the seen ids), the log store of the
// deliveries topic. A damaged block (a flipped bit, a truncated table)
// made Pebble call its logger's Fatalf, and every restart died the same
// way. Now Listener records the damage instead: a marker file in the
// store's directory and an error log line; the read that met it fails
// (an error marked pebble.ErrCorruption), and the instance stops with
// that error. At the next open, Open finds the marker (or Pebble refuses
// to open the damaged files) and moves Pebble's files into a directory
// beside them, kept for inspection, before Pebble opens an empty store.
// A store a running process holds is never moved (Pebble's LOCK).
package quarantine

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
)

// Marker is the file Listener writes into a damaged store's directory:
// the time and what Pebble reported.
const Marker = "DAMAGED"

// asidePrefix starts the name of the directory a damaged store's files
// are moved into: damaged-20261201T222500Z-123456.
const asidePrefix = "damaged-"

// pebbleFile matches the names Pebble gives the files of a store
// (pebble/internal/base's filenames: tables, WAL, blob files, manifests,
// options, the lock and markers, temporary files) and the "ingest"
// directory where mailflow's stores build tables before ingesting them.
// Anything else in the directory (mailflow's instance id and lock, the
// log store's directory inside the state store's) is not Pebble's and
// stays.
var pebbleFile = regexp.MustCompile(`^(\d+\.(sst|log|blob)|MANIFEST-\d+|OPTIONS-\d+|CURRENT|LOCK|marker\..+|temporary\..+|.+\.dbtmp|archive|ingest)$`)

// Listener returns the Pebble event listener of the store in dir: on
// on-disk corruption (pebble.EventListener.DataCorruption) it logs an
// error naming the file and writes Marker, once, and lets the read fail
// rather than stopping the process. what names the store in messages
// ("state store").
func Listener(dir, what string, log *slog.Logger) *pebble.EventListener {
	var marked atomic.Bool
	return &pebble.EventListener{DataCorruption: func(info pebble.DataCorruptionInfo) {
		if !marked.CompareAndSwap(false, true) {
			return
		}
		log.Error("the "+what+" is damaged on disk: reads of the damaged part fail; at the next start it is set aside and rebuilt from Kafka",
			"dir", dir, "file", info.Path, "err", fmt.Sprint(info.Details))
		body := fmt.Sprintf("%s %s\n", time.Now().UTC().Format(time.RFC3339), info.String())
		if err := os.WriteFile(filepath.Join(dir, Marker), []byte(body), 0o600); err != nil {
			log.Error("could not mark the "+what+" damaged; move it aside by hand before the next start", "dir", dir, "err", err.Error())
		}
	}}
}

// Marked reports whether Listener marked the store in dir damaged.
func Marked(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, Marker))
	return err == nil
}

// Damaged reports whether err, from reading a store that Open opened,
// is on-disk corruption (pebble.IsCorruptionError): the caller that meets
// it while opening the rest of its store closes the database and calls
// SetAside and Open again.
func Damaged(err error) bool { return err != nil && pebble.IsCorruptionError(err) }

// Reopen is for a caller that met damage (Damaged) while reading a store
// Open just opened, before the store is in use: it closes db, sets the
// store aside and opens it again, empty.
func Reopen(db *pebble.DB, dir, what string, opts *pebble.Options, log *slog.Logger, now time.Time) (*pebble.DB, error) {
	_ = db.Close()
	if err := SetAside(dir, what, log, now); err != nil {
		return nil, err
	}
	return Open(dir, what, opts, log, now)
}

// Open opens the Pebble store in dir with opts, first setting it aside
// (SetAside) when it is marked damaged, and again when Pebble refuses to
// open it because of corruption (pebble.IsCorruptionError: a truncated or
// garbled table or manifest). An error of any other kind is returned as
// it is.
func Open(dir, what string, opts *pebble.Options, log *slog.Logger, now time.Time) (*pebble.DB, error) {
	if Marked(dir) {
		if err := SetAside(dir, what, log, now); err != nil {
			return nil, err
		}
	}
	db, err := pebble.Open(dir, opts)
	if err == nil || !damagedAtOpen(err) {
		return db, err
	}
	log.Error("the "+what+" cannot be opened: it is damaged on disk", "dir", dir, "err", err.Error())
	if err := SetAside(dir, what, log, now); err != nil {
		return nil, err
	}
	return pebble.Open(dir, opts)
}

// damagedAtOpen reports whether pebble.Open failed on damaged files:
// an error marked pebble.ErrCorruption (a garbled table, manifest or WAL),
// or one of the checks pebble.Open makes of the tables the manifest
// lists (pebble's open.go, checkConsistency: "L0: 000007: object size
// mismatch …" for a truncated or extended table, a file that does not
// exist for a deleted one), which it does not mark.
func damagedAtOpen(err error) bool {
	if pebble.IsCorruptionError(err) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "object size mismatch") || (errors.Is(err, fs.ErrNotExist) && tableError.MatchString(msg))
}

// tableError matches checkConsistency's prefix naming a table: its level
// and file number.
var tableError = regexp.MustCompile(`L\d+: \d{6,}`)

// SetAside moves Pebble's files in dir (and the marker) into a new
// directory dir/damaged-TIME-N (unique, never one made before), so that
// the store opens empty, and logs where they went. The caller rebuilds
// the store's content. It first takes the lock Pebble takes (the LOCK
// file), so that it never moves the files of a store a running process
// has open (review: a second process on the same directory found the
// marker and pulled the live files from under the first); it fails then.
func SetAside(dir, what string, log *slog.Logger, now time.Time) error {
	// Pebble's own lock (fcntl record locks, and a registry of the
	// locks this process holds), so that it conflicts with a running
	// store in this process or another.
	lock, err := vfs.Default.Lock(filepath.Join(dir, "LOCK"))
	if err != nil {
		return fmt.Errorf("set the damaged %s %s aside: another process has it open (stop it first): %w", what, dir, err)
	}
	defer lock.Close()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("set the damaged %s %s aside: %w", what, dir, err)
	}
	aside, err := os.MkdirTemp(dir, asidePrefix+now.UTC().Format("20060102T150405Z")+"-")
	if err != nil {
		return fmt.Errorf("set the damaged %s %s aside: %w", what, dir, err)
	}
	moved := 0
	for _, e := range entries {
		if !pebbleFile.MatchString(e.Name()) && e.Name() != Marker {
			continue
		}
		if err := os.Rename(filepath.Join(dir, e.Name()), filepath.Join(aside, e.Name())); err != nil {
			return fmt.Errorf("set the damaged %s %s aside: %w", what, dir, err)
		}
		moved++
	}
	log.Error("the damaged "+what+" was set aside; it starts empty and is rebuilt from Kafka (the damaged files are kept for inspection: remove them when done)",
		"dir", dir, "aside", aside, "files", moved)
	return nil
}
