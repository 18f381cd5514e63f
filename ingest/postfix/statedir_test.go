package postfix

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestDefaultStateDir(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		name string
		env  StateDirEnv
		want string
	}{
		{"systemd", StateDirEnv{Getenv: env(map[string]string{"STATE_DIRECTORY": "/var/lib/mailflow-ingest", "XDG_STATE_HOME": "/x"}), EUID: 0, Home: "/root"}, "/var/lib/mailflow-ingest"},
		{"systemd, several", StateDirEnv{Getenv: env(map[string]string{"STATE_DIRECTORY": "/var/lib/a:/var/lib/b"}), EUID: 1000, Home: "/home/u"}, "/var/lib/a"},
		{"systemd, relative ignored", StateDirEnv{Getenv: env(map[string]string{"STATE_DIRECTORY": "rel"}), EUID: 0}, "/var/lib/mailflow/ingest"},
		{"root", StateDirEnv{Getenv: env(nil), EUID: 0, Home: "/root"}, "/var/lib/mailflow/ingest"},
		{"root ignores XDG", StateDirEnv{Getenv: env(map[string]string{"XDG_STATE_HOME": "/root/.state"}), EUID: 0, Home: "/root"}, "/var/lib/mailflow/ingest"},
		{"xdg", StateDirEnv{Getenv: env(map[string]string{"XDG_STATE_HOME": "/home/u/.st"}), EUID: 1000, Home: "/home/u"}, "/home/u/.st/mailflow/ingest"},
		{"xdg relative ignored", StateDirEnv{Getenv: env(map[string]string{"XDG_STATE_HOME": "st"}), EUID: 1000, Home: "/home/u"}, "/home/u/.local/state/mailflow/ingest"},
		{"home", StateDirEnv{Getenv: env(nil), EUID: 1000, Home: "/home/u"}, "/home/u/.local/state/mailflow/ingest"},
	}
	for _, tt := range tests {
		got, err := DefaultStateDir(tt.env)
		if err != nil || got != filepath.FromSlash(tt.want) {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := DefaultStateDir(StateDirEnv{EUID: 1000}); err == nil || !strings.Contains(err.Error(), "--state-dir") {
		t.Errorf("no home: err = %v", err)
	}
}

func TestEnsureStateDir(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX modes")
	}
	dir := filepath.Join(t.TempDir(), "state", "mailflow", "ingest")
	warn, err := EnsureStateDir(dir)
	if err != nil || warn != "" {
		t.Fatalf("EnsureStateDir: %q %v", warn, err)
	}
	st, err := os.Stat(dir)
	if err != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("mode %v, %v; want 0700", st.Mode().Perm(), err)
	}
	open := filepath.Join(t.TempDir(), "open")
	if err := os.Mkdir(open, 0o755); err != nil {
		t.Fatal(err)
	}
	if warn, err := EnsureStateDir(open); err != nil || !strings.Contains(warn, "0755") {
		t.Errorf("wide directory: %q %v", warn, err)
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := EnsureStateDir(file); err == nil {
		t.Error("a file accepted as state directory")
	}
}
