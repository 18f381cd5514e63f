// Command mailflow watches outbound mail flow per recipient domain: it
// consumes one event per delivery attempt from Kafka, keeps each domain's
// window of recent attempts, says whether mail is flowing, why not, and who
// must be told.
//
// Run `mailflow help` for the subcommands and `mailflow CMD -h` for the
// flags of one. Every flag has an environment twin: --http-addr is
// MAILFLOW_HTTP_ADDR.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is a subcommand of mailflow.
type command struct {
	name    string
	summary string
	// run parses args with its own flag set and does the work.
	run func(ctx context.Context, env *environment, args []string) error
}

// environment is what a command may use of the process, so that tests can
// run commands in-process with their own streams and environment.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// flags is the flag set of the command being run, once it made one.
	flags *flagSet
}

func commands() []command {
	return []command{
		{"dev", "run everything in one process on an embedded broker (try --demo)", runDev},
		{"run", "run the processor, API, console and metrics against --brokers", runRun},
		{"sink", "run the e-mail and webhook notification sinks against --brokers", runSink},
		{"broker", "run the embedded Kafka-protocol broker alone", runBroker},
		{"produce", "replay JSON Lines events, or generate synthetic load, into the deliveries topic", runProduce},
		{"status", "print a domain's Mail Flow Status", runStatus},
		{"logs", "search a domain's delivery attempts, or print a message's timeline (--timeline ID)", runLogs},
		{"diagnose", "classify SMTP responses (JSON Lines or --text on stdin)", runDiagnose},
		{"ingest", "turn a mail server's log into delivery events (ingest postfix)", runIngest},
		{"config", "manage the directory (config apply -f FILE, config get)", runConfig},
		{"account", "console accounts (account set-password-link --manager ID)", runAccount},
		{"bench", "measure the processor against a bare consume loop on the embedded broker", runBench},
	}
}

func main() {
	// Before anything is created: files 0600, directories 0700.
	restrictFileModes()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &environment{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(mainWithExit(ctx, env, os.Args[1:]))
}

// exitError carries an exit status other than 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func mainWithExit(ctx context.Context, env *environment, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		}
		if env.flags != nil {
			err = env.flags.explain(err)
		}
		fmt.Fprintf(env.stderr, "mailflow %s: %v\n", c.name, err)
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	fmt.Fprintf(env.stderr, "mailflow: unknown command %q\n\n", args[0])
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: mailflow COMMAND [flags]\n\ncommands:")
	cs := commands()
	sort.SliceStable(cs, func(i, j int) bool { return false })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery flag has an environment twin: --data-dir is MAILFLOW_DATA_DIR.")
}
