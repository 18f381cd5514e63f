package processor

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
)

// The files an instance keeps in its data dir, beside the Pebble store.
const (
	// InstanceIDFile holds the instance id created at the first start
	// (one line); it is what keeps the id stable across restarts.
	InstanceIDFile = "instance-id"
	// LockFile is locked (flock, exclusive) for as long as a process uses
	// the data dir; it holds that process's pid, for the error message of
	// the next one.
	LockFile = "mailflow.lock"
)

// maxInstanceIDLen bounds an instance id: it is part of the transactional
// id and of the client id, which Kafka keeps in every request header.
const maxInstanceIDLen = 128

// Identity is what makes an instance unique: its id, which names its
// transactional id, and the data dir it holds locked. An Identity is held
// for the life of the process and released by Close.
type Identity struct {
	// ID is the instance id: the explicit one when given, else the one
	// kept in the data dir (created at the first start as
	// "<hostname>-<8 hex digits>").
	ID string
	// Tag is 8 hex digits derived from the host name and the data dir's
	// absolute path: two processes with the same ID but different tags are
	// two instances, while a group member with this ID and this Tag can
	// only be an earlier run of this very instance (the lock proves it is
	// gone), which the new run fences.
	Tag string
	// Created is set when the id was created by this start.
	Created bool

	lock *os.File
}

// OpenIdentity locks dataDir (creating it 0700 when missing) and settles
// the instance id. explicit, when not empty, is the id the operator gave
// (--instance-id); it must match [A-Za-z0-9._-]{1,128}.
//
// The rules:
//   - Another process holding dataDir fails the call, with a message naming
//     its pid and what to do: two processes sharing one store would
//     overwrite each other's state.
//   - Without explicit, the id kept in dataDir is used; when there is none,
//     one is created ("<hostname>-<8 random hex digits>") and written
//     (0600) so that every restart reuses it. The transactional id derives
//     from it, so a restarted instance fences its own crashed predecessor
//     and three instances on one host never share one.
//   - With explicit, explicit wins. When dataDir keeps no id yet, explicit
//     is written there, so that a later start without --instance-id keeps
//     the same id (and fences the same transactional id). When dataDir
//     keeps a different id, a warning names both and the file is left as
//     it is: the flag is an operator's deliberate choice for this run, and
//     dropping it again returns to the stored id.
func OpenIdentity(dataDir, explicit string, log *slog.Logger) (*Identity, error) {
	if log == nil {
		log = slog.Default()
	}
	if explicit != "" {
		if err := ValidateInstanceID(explicit); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("processor: data dir %s: %w", dataDir, err)
	}
	lock, err := lockDataDir(dataDir)
	if err != nil {
		return nil, err
	}
	id := &Identity{lock: lock}
	fail := func(err error) (*Identity, error) {
		id.Close()
		return nil, err
	}
	if id.Tag, err = dirTag(dataDir); err != nil {
		return fail(err)
	}
	stored, err := readInstanceID(dataDir)
	if err != nil {
		return fail(err)
	}
	switch {
	case explicit != "" && stored != "" && stored != explicit:
		log.Warn("--instance-id differs from the id kept in the data dir; using the flag and leaving the file as it is",
			"instance_id", explicit, "kept", stored, "file", filepath.Join(dataDir, InstanceIDFile))
		id.ID = explicit
	case explicit != "":
		id.ID = explicit
		if stored == "" {
			if err := writeInstanceID(dataDir, explicit); err != nil {
				return fail(err)
			}
		}
	case stored != "":
		id.ID = stored
	default:
		if id.ID, err = newInstanceID(); err != nil {
			return fail(err)
		}
		if err := writeInstanceID(dataDir, id.ID); err != nil {
			return fail(err)
		}
		id.Created = true
		log.Info("created this instance's id; it is kept in the data dir and reused on every start",
			"instance_id", id.ID, "file", filepath.Join(dataDir, InstanceIDFile))
	}
	return id, nil
}

// Close releases the data dir's lock. It is safe to call on nil and more
// than once.
func (id *Identity) Close() {
	if id == nil || id.lock == nil {
		return
	}
	// Closing the descriptor releases the flock.
	_ = id.lock.Close()
	id.lock = nil
}

// ClientID returns the Kafka client id the processor's group member uses:
// ClientID(id.ID+"/"+id.Tag, advertise).
func (id *Identity) ClientID(advertise string) string {
	return ClientID(id.ID+"/"+id.Tag, advertise)
}

// ValidateInstanceID checks that id is usable as an instance id: 1 to 128
// of the characters A-Z a-z 0-9 . _ -. It keeps the client id parseable
// (see ClientID) and the transactional id readable in broker tools.
func ValidateInstanceID(id string) error {
	if id == "" || len(id) > maxInstanceIDLen {
		return fmt.Errorf("processor: instance id %q must have 1 to %d characters", id, maxInstanceIDLen)
	}
	for _, c := range []byte(id) {
		if !idChar(c) {
			return fmt.Errorf("processor: instance id %q has %q: use only A-Z, a-z, 0-9, '.', '_' and '-'", id, c)
		}
	}
	return nil
}

func idChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
}

// newInstanceID returns "<hostname>-<8 random hex digits>", the host name
// cut to its first label and to the characters an id may hold ("mailflow"
// when nothing is left): readable in logs and broker tools, unique by its
// random part even for instances on one host.
func newInstanceID() (string, error) {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("processor: random instance id: %w", err)
	}
	host, _ := os.Hostname()
	host, _, _ = strings.Cut(host, ".")
	host = strings.Map(func(r rune) rune {
		if r < 0x80 && idChar(byte(r)) {
			return r
		}
		return -1
	}, host)
	host = strings.Trim(host, ".-_")
	if len(host) > 64 {
		host = host[:64]
	}
	if host == "" {
		host = "mailflow"
	}
	return host + "-" + hex.EncodeToString(b[:]), nil
}

// readInstanceID returns the id kept in dataDir, "" when there is none.
func readInstanceID(dataDir string) (string, error) {
	path := filepath.Join(dataDir, InstanceIDFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("processor: read the instance id: %w", err)
	}
	id := strings.TrimSpace(string(b))
	if err := ValidateInstanceID(id); err != nil {
		return "", fmt.Errorf("%w (in %s: fix or delete the file; deleting it gives this instance a new id)", err, path)
	}
	return id, nil
}

// writeInstanceID writes id to dataDir's id file (0600) through a
// temporary file and a rename, so that a crash never leaves half an id.
func writeInstanceID(dataDir, id string) error {
	path := filepath.Join(dataDir, InstanceIDFile)
	tmp, err := os.CreateTemp(dataDir, InstanceIDFile+".*")
	if err != nil {
		return fmt.Errorf("processor: write the instance id: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(id + "\n")
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("processor: write the instance id to %s: %w", path, err)
	}
	return nil
}

// lockDataDir takes an exclusive lock on dataDir's lock file without
// waiting (flock(2) on Unix, LockFileEx on Windows; see lockFile). The lock
// goes with the open file: the kernel releases it when the process ends,
// however it ends, so a crash never leaves a stale lock.
func lockDataDir(dataDir string) (*os.File, error) {
	path := filepath.Join(dataDir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("processor: open the lock file: %w", err)
	}
	if err := lockFile(f); err != nil {
		holder := "another process"
		if b, rerr := os.ReadFile(path); rerr == nil {
			if pid, perr := strconv.Atoi(strings.TrimSpace(string(b))); perr == nil && pid > 0 {
				holder = "process " + strconv.Itoa(pid)
			}
		}
		f.Close()
		if errors.Is(err, errLocked) {
			return nil, fmt.Errorf("processor: the data dir %s is in use by %s (it holds %s): give every instance its own --data-dir, or stop the other one first", dataDir, holder, path)
		}
		return nil, fmt.Errorf("processor: lock %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

// errLocked is what lockFile returns when another process holds the lock.
var errLocked = errors.New("locked by another process")

// dirTag returns 8 hex digits of SHA-256 over the host name and the data
// dir's absolute path (see Identity.Tag).
func dirTag(dataDir string) (string, error) {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return "", fmt.Errorf("processor: data dir %s: %w", dataDir, err)
	}
	host, _ := os.Hostname()
	sum := sha256.Sum256([]byte(host + "\x00" + abs))
	return hex.EncodeToString(sum[:4]), nil
}

// clientIDPrefixV2 starts the client id of a processor that names its
// instance (see ClientID).
const clientIDPrefixV2 = "mailflow/"

// ClientID returns the Kafka client id of a processor's group member:
// "mailflow/<instanceID>@<advertise>", e.g.
// "mailflow/mx1-3fa2c901/9b1e04d2@10.0.0.5:8080" (instanceID may carry the
// data dir's tag after a '/', as Identity.ClientID does). The client id is
// the part of a member's metadata any client can read with DescribeGroups,
// so it is where the instances find each other: the API's owner lookup
// reads advertise (as Kafka Streams' application.server), and
// CheckInstanceUnique reads the instance id. advertise is empty for an
// instance that serves no API.
func ClientID(instanceID, advertise string) string {
	return clientIDPrefixV2 + instanceID + "@" + advertise
}

// ClientInfo is what a processor's client id says (see ClientID).
type ClientInfo struct {
	// InstanceID is the instance id; empty in the client id of a processor
	// before instance ids were published ("mailflow@host:port").
	InstanceID string
	// Tag is the data dir's tag (Identity.Tag); empty when not published.
	Tag string
	// Advertise is the HTTP address the instance serves its API on; empty
	// when it serves none.
	Advertise string
}

// ParseClientID reads a processor's client id, of either form:
// ClientID's, or the earlier "mailflow@host:port" (which names no instance),
// so that during a rolling upgrade every member is still found. ok is false
// for a client id that is not a processor's.
func ParseClientID(clientID string) (info ClientInfo, ok bool) {
	if addr, ok := strings.CutPrefix(clientID, clientIDPrefix); ok {
		return ClientInfo{Advertise: addr}, true
	}
	rest, ok := strings.CutPrefix(clientID, clientIDPrefixV2)
	if !ok {
		return ClientInfo{}, false
	}
	// An instance id and a tag never hold '@' (ValidateInstanceID), so
	// the first '@' ends them, whatever the address holds.
	name, addr, ok := strings.Cut(rest, "@")
	if !ok {
		return ClientInfo{}, false
	}
	id, tag, tagged := strings.Cut(name, "/")
	if ValidateInstanceID(id) != nil || tagged && ValidateInstanceID(tag) != nil {
		return ClientInfo{}, false
	}
	return ClientInfo{InstanceID: id, Tag: tag, Advertise: addr}, true
}

// ErrInstanceInUse is returned (wrapped) by CheckInstanceUnique when a live
// member of the group already uses the instance id.
var ErrInstanceInUse = errors.New("instance id in use")

// CheckInstanceUnique describes the consumer group and fails, wrapping
// ErrInstanceInUse, when a live member's client id (see ClientID) carries
// instanceID: two live instances with one id share one transactional id
// and fence each other in turn until both crash (issue 9). It must run
// before this instance initializes its transactional id, which would fence
// the other one's transaction.
//
// instanceID may carry this instance's data dir tag ("id/tag", as
// Identity.ClientID publishes it): a member with the same id and the same
// tag is an earlier run of this very instance, killed before it could leave
// the group (the data dir's lock proves it is gone); it is not a conflict,
// and the new run fences it. A member with the same id and another tag (or
// none) is another instance.
//
// A group that does not exist yet has no members and passes. Two instances
// that start within the same moment can both pass; the one that initializes
// its transactional id second fences the other, which then fails.
func CheckInstanceUnique(ctx context.Context, adm *kadm.Client, group, instanceID string) error {
	id, tag, _ := strings.Cut(instanceID, "/")
	groups, err := adm.DescribeGroups(ctx, group)
	if err != nil {
		return fmt.Errorf("processor: describe group %s to check that instance id %s is not in use: %w", group, id, err)
	}
	g, ok := groups[group]
	if !ok {
		return nil
	}
	if g.Err != nil {
		if errors.Is(g.Err, kerr.GroupIDNotFound) {
			return nil
		}
		return fmt.Errorf("processor: describe group %s to check that instance id %s is not in use: %w", group, id, g.Err)
	}
	for _, m := range g.Members {
		info, ok := ParseClientID(m.ClientID)
		if !ok || info.InstanceID != id {
			continue
		}
		if tag != "" && info.Tag == tag {
			continue
		}
		where := m.ClientHost
		if info.Advertise != "" {
			where += ", serving " + info.Advertise
		}
		return fmt.Errorf("processor: instance id %q is already used by a live member of group %s (%s): %w; "+
			"give every instance its own --instance-id, or leave --instance-id unset so that each data dir keeps its own; "+
			"if that instance has just been stopped, retry after the group's session timeout",
			id, group, strings.TrimSpace(where), ErrInstanceInUse)
	}
	return nil
}
