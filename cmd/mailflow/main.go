// Command mailflow watches outbound mail flow per recipient domain: it
// consumes one event per delivery attempt from Kafka, keeps each domain's
// window of recent attempts, says whether mail is flowing, why not, and who
// must be told.
//
// Run `mailflow help` for the subcommands and `mailflow CMD --help` for the
// flags of one. Every flag has an environment twin: --data-dir is
// MAILFLOW_DATA_DIR.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
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
	// environ lists the environment as KEY=value strings, for the check
	// of misspelt MAILFLOW_ variables (envtypo.go); nil skips it.
	environ func() []string
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
		{"ready", "exit 0 when an instance is ready (its /readyz), else 1: a container's health check", runReady},
		{"logs", "search a domain's delivery attempts, or print a message's timeline (--timeline ID)", runLogs},
		{"diagnose", "classify SMTP responses (JSON Lines or --text on stdin)", runDiagnose},
		{"ingest", "turn a mail server's log into delivery events (ingest postfix)", runIngest},
		{"config", "manage the directory (config apply -f FILE, config get, audit, delete)", runConfig},
		{"account", "console accounts (account set-password-link --manager ID; account sessions|tokens list|revoke)", runAccount},
		{"bench", "measure the processor against a bare consume loop on the embedded broker", runBench},
		{"version", "print the build's version, revision and Go version (also --version)", runVersion},
	}
}

func main() {
	// Before anything is created: files 0600, directories 0700.
	restrictFileModes()
	ctx, stop := shutdownSignals()
	defer stop()
	env := &environment{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, environ: os.Environ}
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
	if len(args) == 0 {
		usage(env.stderr)
		return 2
	}
	// "mailflow --api URL status DOMAIN": flags before the command belong
	// to it, as flags anywhere else on the line do.
	args = commandFirst(ctx, env, args)
	if args[0] == "help" && len(args) > 1 {
		// "mailflow help status" is "mailflow status --help".
		args = append(args[1:len(args):len(args)], "--help")
	}
	if args[0] == "--version" || args[0] == "-version" {
		args = []string{"version"}
	}
	if args[0] == "help" || isHelp(args[0]) {
		usage(env.stdout)
		return 0
	}
	if subs := subcommands(args[0]); len(subs) > 0 && (len(args) == 1 || isHelp(args[1])) {
		// A command of subcommands: its help lists them.
		w, code := env.stdout, 0
		if len(args) == 1 {
			w, code = env.stderr, 2
		}
		subcommandUsage(w, args[0], subs)
		return code
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
		hint := ""
		if env.flags != nil {
			err = env.flags.explain(err)
			if f := env.flags.Lookup("brokers"); f != nil && !strings.Contains(err.Error(), hintMark) {
				hint = brokerHint(strings.Split(f.Value.String(), ","), err)
			}
		}
		// An error may quote what a server answered (an API's error text):
		// it must not drive the terminal either (review S35-B4).
		fmt.Fprintf(printable(env.stderr), "mailflow %s: %v%s\n", c.name, err, hint)
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	if strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(env.stderr, "mailflow: %q is a flag, and no command on the line takes the flags before it; write the command first (mailflow COMMAND --help lists its flags)\n\n", args[0])
		usage(env.stderr)
		return 2
	}
	// A typo of one letter (stauts, lgos) names the command meant, as git
	// does, rather than leave the reader to spot it in the list.
	for _, c := range commands() {
		if editDistanceOne(strings.ToLower(args[0]), c.name) || strings.ToLower(args[0]) == c.name {
			fmt.Fprintf(env.stderr, "mailflow: unknown command %q: did you mean %q? (mailflow --help lists the commands)\n", args[0], c.name)
			return 2
		}
	}
	fmt.Fprintf(env.stderr, "mailflow: unknown command %q\n\n", args[0])
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: mailflow COMMAND [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nexamples:")
	for _, e := range examples("") {
		fmt.Fprintln(w, "  "+e)
	}
	fmt.Fprintln(w, "\nmailflow COMMAND --help shows a command's flags; flags may come anywhere on the line.")
	fmt.Fprintln(w, "Every flag has an environment twin: --data-dir is MAILFLOW_DATA_DIR.")
}

// subcommand is one subcommand of a command such as config.
type subcommand struct{ name, summary string }

// subcommands lists the subcommands of a command that has them (config,
// ingest, account), or nil.
func subcommands(cmd string) []subcommand {
	switch cmd {
	case "config":
		return []subcommand{
			{"apply", "make the directory hold what a YAML file holds (-f FILE), keeping what managers set in the console where the file does not change it"},
			{"get", "print the directory as YAML (secrets redacted)"},
			{"audit", "who changed what through the console or its API"},
			{"delete", "write tombstones for config keys (KEY... such as manager/ops-contoso)"},
		}
	case "ingest":
		return []subcommand{{"postfix", "turn a Postfix log into delivery events (--file PATH)"}}
	case "account":
		return []subcommand{
			{"set-password-link", "print a one-time link with which a manager sets a console password"},
			{"sessions", "list or revoke a manager's console sessions (sessions list|revoke)"},
			{"tokens", "list or revoke a manager's API tokens (tokens list|revoke)"},
		}
	}
	return nil
}

func subcommandUsage(w io.Writer, cmd string, subs []subcommand) {
	fmt.Fprintf(w, "usage: mailflow %s SUBCOMMAND [flags]\n\nsubcommands:\n", cmd)
	for _, s := range subs {
		fmt.Fprintf(w, "  %-18s %s\n", s.name, s.summary)
	}
	fmt.Fprintln(w, "\nexamples:")
	for _, s := range subs {
		for _, e := range examples(cmd + " " + s.name) {
			fmt.Fprintln(w, "  "+e)
		}
	}
	fmt.Fprintf(w, "\nmailflow %s SUBCOMMAND --help shows its flags.\n", cmd)
}

// examples are the example command lines a command's --help shows ("" for
// mailflow's own help). They are the README's, so that a newcomer meets
// the same lines in both places.
func examples(cmd string) []string {
	switch cmd {
	case "":
		return []string{
			"mailflow dev --demo",
			"mailflow status woodgrove.example",
			"mailflow config get",
		}
	case "version":
		return []string{"mailflow version", "mailflow --version"}
	case "dev":
		return []string{
			"mailflow dev --demo                    # a dozen domains; woodgrove.example goes Bad and recovers",
			"mailflow dev --http 127.0.0.1:9000 --data-dir /tmp/mf",
		}
	case "run":
		return []string{"mailflow run --brokers 127.0.0.1:9092 --data-dir /tmp/mf-1 --http 127.0.0.1:8081 --instance-id one"}
	case "sink":
		return []string{"mailflow sink --brokers 127.0.0.1:9092 --sink-data-dir /tmp/mf-sink --smtp-host smtp.example.net --smtp-from mailflow@example.net"}
	case "broker":
		return []string{"mailflow broker --listen 127.0.0.1:9092 --data-dir /tmp/mf-broker"}
	case "produce":
		return []string{
			"mailflow produce --brokers 127.0.0.1:9092 --file events.jsonl",
			"mailflow produce --brokers 127.0.0.1:9092 --rate 2000 --domains 5000 --mix deferred=0.03,bounced=0.02",
		}
	case "status":
		return []string{
			"mailflow status woodgrove.example",
			"mailflow status woodgrove.example --api http://127.0.0.1:8080 --json",
		}
	case "ready":
		return []string{"mailflow ready --api http://localhost:8080"}
	case "logs":
		return []string{
			"mailflow logs woodgrove.example --outcome bounced --since 1h",
			"mailflow logs woodgrove.example --timeline MESSAGE_ID",
		}
	case "diagnose":
		return []string{
			"mailflow diagnose '550 5.7.1 Rejected by local policy (this is not a virus)'",
			"mailflow diagnose --text < responses.txt     # one SMTP response a line",
			"mailflow diagnose --eval diagnose/testdata/eval.jsonl",
		}
	case "config apply":
		return []string{"mailflow config apply -f directory/testdata/example.yaml --dry-run"}
	case "config get":
		return []string{"mailflow config get > directory.yaml"}
	case "config audit":
		return []string{"mailflow config audit --brokers 127.0.0.1:9092 --since 24h"}
	case "config delete":
		return []string{"mailflow config delete subscription/woodgrove-postmaster --brokers 127.0.0.1:9092"}
	case "ingest postfix":
		return []string{"mailflow ingest postfix --file /var/log/mail.log --follow --brokers 127.0.0.1:9092"}
	case "account set-password-link":
		return []string{"mailflow account set-password-link --manager acme-noc --brokers 127.0.0.1:9092"}
	case "bench":
		return []string{"mailflow bench --events 500000 --rounds 1"}
	case "bench restore":
		return []string{"mailflow bench restore"}
	case "bench logs":
		return []string{"mailflow bench logs --events 200000 --domains 10000"}
	case "bench scale":
		return []string{
			"mailflow bench scale                 # 10k/100k/1M domains, 6/24/96 partitions, one instance against two",
			"mailflow bench scale --events 500000 --domains-list 10000,1000000 --partitions-list 6,96 --instances=false",
		}
	}
	return nil
}

// shutdownSignals returns a context cancelled by the first SIGINT or
// SIGTERM, which asks for a graceful shutdown. Once it has, the signals'
// default action is back, so that a second one ends a shutdown that hangs
// (a flush on a failed disk) at once (review S26A-5).
func shutdownSignals() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	return ctx, stop
}
