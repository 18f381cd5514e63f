package postfix

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// StateDirEnv is what DefaultStateDir reads of the process's environment.
type StateDirEnv struct {
	// Getenv reads an environment variable (os.Getenv).
	Getenv func(string) string
	// EUID is the effective user id (os.Geteuid; -1 on Windows).
	EUID int
	// Home is the user's home directory (os.UserHomeDir), "" if unknown.
	Home string
}

// DefaultStateDir returns where "mailflow ingest postfix" keeps its
// checkpoints when --state-dir is not given, following the conventions a
// service is expected to honour:
//
//  1. $STATE_DIRECTORY, set by systemd for a unit with StateDirectory=
//     (systemd.exec(5)); the first entry when it lists several;
//  2. /var/lib/mailflow/ingest when running as root (FHS §5.8, /var/lib);
//  3. $XDG_STATE_HOME/mailflow/ingest, else ~/.local/state/mailflow/ingest
//     (XDG Base Directory Specification 0.8).
//
// It returns an error only when none applies (no home directory).
func DefaultStateDir(env StateDirEnv) (string, error) {
	getenv := env.Getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	if sd := getenv("STATE_DIRECTORY"); sd != "" {
		if i := strings.IndexByte(sd, ':'); i >= 0 {
			sd = sd[:i]
		}
		if filepath.IsAbs(sd) {
			return sd, nil
		}
	}
	if env.EUID == 0 {
		return filepath.Join("/var/lib", "mailflow", "ingest"), nil
	}
	// The XDG spec says relative paths in these variables are invalid and
	// must be ignored.
	if x := getenv("XDG_STATE_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "mailflow", "ingest"), nil
	}
	if env.Home == "" {
		return "", errors.New("no state directory: set --state-dir, $STATE_DIRECTORY or $XDG_STATE_HOME (no home directory known)")
	}
	return filepath.Join(env.Home, ".local", "state", "mailflow", "ingest"), nil
}

// EnsureStateDir creates dir (and its parents) with mode 0700 when it does
// not exist. An existing directory is kept as it is; warn is set when it
// can be read or entered by group or others, which checkpoint files (the
// positions in a mail log and the addresses of deferred recipients) should
// not allow.
func EnsureStateDir(dir string) (warn string, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create state directory %s: %w", dir, err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("state directory %s: %w", dir, err)
	}
	if !st.IsDir() {
		return "", fmt.Errorf("state directory %s: %w", dir, fs.ErrExist)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return fmt.Sprintf("state directory %s is accessible to group or others (mode %04o); 0700 is recommended", dir, st.Mode().Perm()), nil
	}
	return "", nil
}
