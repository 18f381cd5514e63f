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
// first; and flags between a command and its subcommand ("config
// --brokers H:P get") likewise. args is returned unchanged when it starts with the command, or
// when no command on the line takes every flag before it (main then
// reports the first flag as no command).
//
// Which word is the command is decided by the flags themselves: a word
// right after a flag that takes a value is that value, so "--topic-prefix
// dev status d" is the status command. The candidate command's flag set
// is built by asking the command for its --help with a discarded output
// (no command does any work before parsing its flags).
func commandFirst(ctx context.Context, env *environment, args []string) []string {
	return subcommandFirst(ctx, env, flagsAfterCommand(ctx, env, args))
}

// subcommandFirst does for a command of subcommands what commandFirst
// does for mailflow: "mailflow config --brokers H:P get" is "mailflow
// config get --brokers H:P".
func subcommandFirst(ctx context.Context, env *environment, args []string) []string {
	if len(args) < 3 || !strings.HasPrefix(args[1], "-") || isHelp(args[1]) {
		return args
	}
	subs := subcommandNames(args[0])
	k := slices.IndexFunc(commands(), func(c command) bool { return c.name == args[0] })
	if len(subs) == 0 || k < 0 {
		return args
	}
	for i := 2; i < len(args); i++ {
		if !slices.Contains(subs, args[i]) {
			continue
		}
		fs := probeFlags(ctx, env, commands()[k], args[i:i+1])
		if fs == nil || !onlyFlags(fs, args[1:i]) {
			continue
		}
		out := make([]string, 0, len(args))
		out = append(out, args[0], args[i])
		out = append(out, args[1:i]...)
		return append(out, args[i+1:]...)
	}
	return args
}

// flagsAfterCommand moves the flags before the command after it (and its
// subcommand); see commandFirst.
func flagsAfterCommand(ctx context.Context, env *environment, args []string) []string {
	if len(args) == 0 || !strings.HasPrefix(args[0], "-") || isHelp(args[0]) {
		return args
	}
	cmds := commands()
	for i := 1; i < len(args); i++ {
		k := slices.IndexFunc(cmds, func(c command) bool { return c.name == args[i] })
		if k < 0 {
			continue
		}
		rest := subcommandFirst(ctx, env, args[i:])
		head := rest[:1]
		if len(rest) > 1 && slices.Contains(subcommandNames(rest[0]), rest[1]) {
			head = rest[:2]
		}
		fs := probeFlags(ctx, env, cmds[k], head[1:])
		if fs == nil || !onlyFlags(fs, args[:i]) {
			continue
		}
		out := make([]string, 0, len(args))
		out = append(out, head...)
		out = append(out, args[:i]...)
		return append(out, rest[len(head):]...)
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
