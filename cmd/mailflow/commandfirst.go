package main

import (
	"context"
	"io"
	"slices"
	"strings"
)

// commandFirst moves the flags a user typed before the command name to
// after the command (and its subcommand), where the command's own flag
// set reads them: "mailflow --api URL status d" is "mailflow status d
// --api URL", as git, kubectl and docker accept global-looking flags
// first. args is returned unchanged when it starts with the command, or
// when no command on the line takes every flag before it (main then
// reports the first flag as no command).
//
// Which word is the command is decided by the flags themselves: a word
// right after a flag that takes a value is that value, so "--topic-prefix
// dev status d" is the status command. The candidate command's flag set
// is built by asking the command for its --help with a discarded output
// (no command does any work before parsing its flags).
func commandFirst(ctx context.Context, env *environment, args []string) []string {
	if len(args) == 0 || !strings.HasPrefix(args[0], "-") || isHelp(args[0]) {
		return args
	}
	cmds := commands()
	for i := 1; i < len(args); i++ {
		k := slices.IndexFunc(cmds, func(c command) bool { return c.name == args[i] })
		if k < 0 {
			continue
		}
		head := args[i : i+1]
		if i+1 < len(args) && slices.Contains(subcommandNames(args[i]), args[i+1]) {
			head = args[i : i+2]
		}
		fs := probeFlags(ctx, env, cmds[k], head[1:])
		if fs == nil || !onlyFlags(fs, args[:i]) {
			continue
		}
		out := make([]string, 0, len(args))
		out = append(out, head...)
		out = append(out, args[:i]...)
		return append(out, args[i+len(head):]...)
	}
	return args
}

// subcommandNames lists the words a command takes as its subcommand.
func subcommandNames(cmd string) []string {
	var out []string
	for _, s := range subcommands(cmd) {
		out = append(out, s.name)
	}
	if cmd == "bench" {
		out = append(out, "restore", "logs")
	}
	return out
}

// probeFlags returns the flag set of a command (with its subcommand sub),
// made by running it with --help into discarded streams; nil when the
// command made none.
func probeFlags(ctx context.Context, env *environment, c command, sub []string) *flagSet {
	probe := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(string) string { return "" }}
	_ = c.run(ctx, probe, append(slices.Clone(sub), "--help"))
	return probe.flags
}

// onlyFlags reports whether args are flags of fs and their values, and
// nothing else.
func onlyFlags(fs *flagSet, args []string) bool {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") {
			return false
		}
		if isHelp(a) {
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if f == nil {
			return false
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); hasValue || (ok && b.IsBoolFlag()) {
			continue
		}
		i++ // its value
		if i >= len(args) {
			return false
		}
	}
	return true
}
