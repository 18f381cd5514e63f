package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"
)

// errUsage marks a bad flag or argument (exit status 2).
var errUsage = errors.New("usage error")

// flagSet is a flag.FlagSet whose flags also read MAILFLOW_* environment
// variables: a flag given on the command line wins, then the environment,
// then the default. A bad value from either source fails fast, naming the
// flag or variable.
type flagSet struct {
	*flag.FlagSet
	env *environment
	// fromEnv maps the flags filled from the environment to the
	// "VARIABLE=value" they came from, so that an error about such a flag
	// names the variable a person has to fix.
	fromEnv map[string]string
	// name and args are the command and its synopsis, for the usage.
	name, args string
}

func newFlagSet(env *environment, name, args string) *flagSet {
	fs := flag.NewFlagSet("mailflow "+name, flag.ContinueOnError)
	// The flag package writes a parse error, then calls Usage; the error
	// is printed once by main instead, with a pointer to --help (which
	// parse answers itself) rather than every flag of the command.
	fs.SetOutput(io.Discard)
	f := &flagSet{FlagSet: fs, env: env, fromEnv: map[string]string{}, name: name, args: args}
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "usage: mailflow %s %s\n(mailflow %s --help lists its flags and examples)\n", name, args, name)
	}
	env.flags = f
	return f
}

// printUsage writes the command's synopsis, its flags and examples to w.
func (fs *flagSet) printUsage(w io.Writer) {
	fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("usage: mailflow %s %s", fs.name, fs.args), " "))
	if ex := examples(fs.name); len(ex) > 0 {
		fmt.Fprintln(w, "\nexamples:")
		for _, e := range ex {
			fmt.Fprintln(w, "  "+e)
		}
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n == 0 {
		return // a command without flags (version)
	}
	fmt.Fprintln(w, "\nflags (anywhere on the line; each also read from MAILFLOW_<NAME>):")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// helpAsked reports whether args, flags first, ask for help, skipping the
// values of flags that take one (--q -h searches for "-h").
func (fs *flagSet) helpAsked(args []string) bool {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false
		}
		if isHelp(a) {
			return true
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if hasValue || f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
			i++
		}
	}
	return false
}

// isHelp reports whether arg asks for help, as -h, -help and --help do.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
}

// explain adds, to an error about a flag that was read from the
// environment, the variable and value it came from.
func (fs *flagSet) explain(err error) error {
	for name, from := range fs.fromEnv {
		if strings.Contains(err.Error(), "--"+name+" ") || strings.Contains(err.Error(), "--"+name+":") {
			return fmt.Errorf("%w (from %s)", err, from)
		}
	}
	return err
}

// envName returns the environment twin of a flag: --data-dir is
// MAILFLOW_DATA_DIR.
func envName(flagName string) string {
	return "MAILFLOW_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parse parses args, then fills the flags not given from the environment.
// Flags may come before, between or after the positional arguments, as
// people type them ("mailflow status example.org --json"); "--" ends the
// flags. An explicit -h or --help prints the usage to stdout and returns
// flag.ErrHelp (exit status 0).
func (fs *flagSet) parse(args []string) error {
	args = interspersed(fs.FlagSet, args)
	if fs.helpAsked(args) {
		fs.printUsage(fs.env.stdout)
		return flag.ErrHelp
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
			// A typo of one letter (--jsn) names the flag meant, as an
			// unknown command does; else an id or a path may start
			// with '-': say how to pass one.
			var meant string
			fs.VisitAll(func(f *flag.Flag) {
				if l := strings.ToLower(name); meant == "" && (l == f.Name || editDistanceOne(l, f.Name)) {
					meant = f.Name
				}
			})
			if meant != "" {
				return fmt.Errorf("%w: %v: did you mean --%s? (mailflow %s --help lists its flags)", errUsage, err, meant, fs.name)
			}
			return fmt.Errorf("%w: %v (an argument that starts with '-' goes after \"--\")", errUsage, err)
		}
		return fmt.Errorf("%w: %v%s", errUsage, err, fs.valueHint(err.Error()))
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] {
			return
		}
		if v := fs.env.getenv(envName(f.Name)); v != "" {
			shown := fmt.Sprintf("%q", v)
			if strings.Contains(f.Name, "password") || strings.Contains(f.Name, "secret") || strings.Contains(f.Name, "token") {
				shown = "(redacted)" // secrets are never logged
			}
			fs.fromEnv[f.Name] = envName(f.Name) + "=" + shown
			if err := f.Value.Set(v); err != nil {
				errs = append(errs, fmt.Errorf("%s=%q (for --%s): %v%s", envName(f.Name), v, f.Name, err, valueHintOf(f)))
			}
		}
	})
	errs = append(errs, fs.misspeltVariables(given)...)
	if f := fs.Lookup("topic-prefix"); f != nil {
		if err := checkTopicPrefix(f.Value.String()); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %v", errUsage, errors.Join(errs...))
	}
	return nil
}

// valueHint says what a flag takes, for the flag package's error about a
// value it could not parse ("invalid value "5x" for flag -demo-cycle:
// parse error", review S29B-9), which names neither the form nor an
// example.
func (fs *flagSet) valueHint(msg string) string {
	_, rest, ok := strings.Cut(msg, " for flag -")
	if !ok {
		// a boolean's: "invalid boolean value "x" for -demo: parse error"
		if _, rest, ok = strings.Cut(msg, " for -"); !ok {
			return ""
		}
	}
	name, _, _ := strings.Cut(rest, ":")
	if f := fs.Lookup(name); f != nil {
		return valueHintOf(f)
	}
	return ""
}

// valueHintOf says what kind of value f takes when it is a duration, a
// number or a boolean; "" for other flags, whose own errors say it.
func valueHintOf(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case time.Duration:
		return " (want a duration such as 90s, 2m or 1h30m: a number with a unit of ms, s, m or h)"
	case int, int64, uint, uint64:
		return " (want a whole number)"
	case float64:
		return " (want a number)"
	case bool:
		return " (want true or false)"
	}
	return ""
}

// parseFlagsOnly parses args, which must hold flags only.
func (fs *flagSet) parseFlagsOnly(args []string) error {
	if err := fs.parse(args); err != nil {
		return err
	}
	return fs.noArgs()
}

// noArgs fails when positional arguments were given to a command that
// takes none.
func (fs *flagSet) noArgs() error {
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (see mailflow %s --help)", errUsage, fs.Arg(0), fs.name)
	}
	return nil
}

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// listFlag is a comma-separated list flag (--brokers a:9092,b:9092).
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = nil
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// checkHostPorts validates host:port addresses.
func checkHostPorts(flagName string, addrs []string) error {
	if len(addrs) == 0 {
		return usageErr("--%s is required", flagName)
	}
	for _, a := range addrs {
		if _, port, err := net.SplitHostPort(a); err != nil || port == "" {
			return usageErr("--%s: %q is not host:port", flagName, a)
		}
	}
	return nil
}

// logFlags are the logging flags every long-running command has.
type logFlags struct {
	level  string
	format string
}

func (l *logFlags) register(fs *flagSet) { l.registerLevel(fs, "info") }

// registerLevel is register with another default level: the benchmarks'
// "warn", whose in-process instances would otherwise log every domain's
// status change among the figures (review S29B-5).
func (l *logFlags) registerLevel(fs *flagSet, level string) {
	fs.StringVar(&l.level, "log-level", level, "log level: debug, info, warn, error")
	fs.StringVar(&l.format, "log-format", "text", "log format: text or json")
}

func (l *logFlags) logger(env *environment) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(l.level)); err != nil {
		return nil, usageErr("--log-level: %q is not debug, info, warn or error", l.level)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch l.format {
	case "text":
		return slog.New(slog.NewTextHandler(env.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(env.stderr, opts)), nil
	}
	return nil, usageErr("--log-format: %q is not text or json", l.format)
}

func positive(name string, v int) error {
	if v <= 0 {
		return usageErr("--%s must be positive, not %d", name, v)
	}
	return nil
}

func positiveDuration(name string, d time.Duration) error {
	if d <= 0 {
		return usageErr("--%s must be a positive duration, not %v", name, d)
	}
	return nil
}

// longestTopicSuffix is the longest name mailflow gives a topic after its
// prefix ("alerts.deadletter", "incidents.changelog" and their kin, with
// room to spare).
const longestTopicSuffix = 40

// checkTopicPrefix checks --topic-prefix against Kafka's rule for topic
// names (the characters [a-zA-Z0-9._-], at most 249 of them,
// org.apache.kafka.common.internals.Topic): a prefix the embedded broker
// takes but Kafka refuses would fail only when the instances move to a
// real cluster. Empty is allowed (the default prefix is then used).
func checkTopicPrefix(p string) error {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("--topic-prefix %q: Kafka topic names hold only letters, digits, '.', '_' and '-', not %q", p, string(rune(c)))
		}
	}
	if len(p)+longestTopicSuffix > 249 {
		return fmt.Errorf("--topic-prefix: %d characters leave too little of Kafka's 249 for the topics' names", len(p))
	}
	return nil
}
