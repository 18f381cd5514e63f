package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// runVersion prints the build: the module version, the VCS revision and
// time it was built from (with "+dirty" for uncommitted changes), and the
// Go toolchain, as go version -m reads them from the binary.
func runVersion(_ context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "version", "")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, versionLine())
	return nil
}

// versionLine is the one line runVersion prints, e.g.
// "mailflow (devel) 1479bdd2c0f1+dirty 2026-11-30T15:40:00Z go1.26.0".
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "mailflow (no build information)"
	}
	rev, at, dirty := "", "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	line := "mailflow " + bi.Main.Version
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "+dirty"
		}
		line += " " + rev
	}
	if at != "" {
		line += " " + at
	}
	return line + " " + bi.GoVersion
}
