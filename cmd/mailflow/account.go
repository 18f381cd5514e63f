package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/durations"
	"github.com/mailflow/mailflow/processor"
)

// runAccount is `mailflow account`: the operator's side of console
// accounts.
func runAccount(ctx context.Context, env *environment, args []string) error {
	if len(args) == 0 {
		return usageErr("account needs a subcommand: set-password-link --manager ID, sessions list|revoke, tokens list|revoke")
	}
	switch args[0] {
	case "set-password-link":
		return runAccountLink(ctx, env, args[1:])
	case "sessions", "tokens":
		return runAccountCredentials(ctx, env, args[0], args[1:])
	}
	return usageErr("account: unknown subcommand %q (set-password-link, sessions, tokens)", args[0])
}

// runAccountCredentials is `mailflow account sessions|tokens list|revoke`:
// an operator lists the console sessions or API tokens of one manager (or
// of all), and ends them — after a lost laptop, a leaked token or a
// manager's departure. A revocation is a tombstone on the accounts topic,
// which every instance applies as it reads it (within a fetch, as a
// sign-out), and is audited.
func runAccountCredentials(ctx context.Context, env *environment, what string, args []string) error {
	verb := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		verb, args = args[0], args[1:]
	}
	if verb != "list" && verb != "revoke" {
		w := env.stderr
		if verb == "" && len(args) > 0 && isHelp(args[0]) {
			w = env.stdout
		}
		fmt.Fprintf(w, "usage: mailflow account %s list [--manager ID] [--json]\n       mailflow account %s revoke --manager ID (--all | ID...)\n\nexamples:\n", what, what)
		for _, e := range accountExamples(what) {
			fmt.Fprintln(w, "  "+e)
		}
		fmt.Fprintf(w, "\nmailflow account %s list --help and mailflow account %s revoke --help show their flags.\n", what, what)
		if w == env.stdout {
			return nil
		}
		if verb == "" {
			return usageErr("account %s needs list or revoke", what)
		}
		return usageErr("account %s: unknown subcommand %q (list, revoke)", what, verb)
	}
	name := "account " + what + " " + verb
	usage := "[--manager ID] [--json] [--brokers HOST:PORT]"
	if verb == "revoke" {
		usage = "--manager ID (--all | ID...) [--brokers HOST:PORT]"
	}
	fs := newFlagSet(env, name, usage)
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	manager := fs.String("manager", "", "id of the manager in the directory (list: all managers when empty; revoke: required)")
	asJSON, all := new(bool), new(bool)
	if verb == "list" {
		asJSON = fs.Bool("json", false, "print JSON Lines, one "+strings.TrimSuffix(what, "s")+" per line")
	} else {
		all = fs.Bool("all", false, "revoke every one of the manager's "+what)
	}
	if fs.helpAsked(interspersed(fs.FlagSet, args)) {
		// The usage with this command's own examples (examples() in
		// main.go has none for these).
		w := env.stdout
		fmt.Fprintf(w, "usage: mailflow %s %s\n\nexamples:\n", name, usage)
		for _, e := range accountExamples(what) {
			if strings.HasPrefix(e, "mailflow "+name+" ") {
				fmt.Fprintln(w, "  "+e)
			}
		}
		fmt.Fprintln(w, "\nflags (anywhere on the line; each also read from MAILFLOW_<NAME>):")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		return flag.ErrHelp
	}
	if err := fs.parse(args); err != nil {
		return err
	}
	ids := fs.Args()
	switch {
	case verb == "list":
		if err := fs.noArgs(); err != nil {
			return err
		}
	case *manager == "":
		return usageErr("--manager ID is required")
	case *all && len(ids) > 0:
		return usageErr("give --all or the %s to revoke by id, not both", what)
	case !*all && len(ids) == 0:
		return usageErr("name the %s to revoke by id (mailflow account %s list --manager %s), or give --all", what, what, *manager)
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	opts := []kgo.Opt{kgo.SeedBrokers(brokers...)}
	// The directory says which credentials still count (accounts'
	// holder.go), as the instances decide.
	d, err := directory.Load(ctx, processor.TopicsWithPrefix(*topicPrefix).Config, opts...)
	if err != nil {
		return err
	}
	st, err := accounts.Open(ctx, *topicPrefix+accounts.TopicSuffix, opts, accounts.WithHolder(holders(func() *directory.Directory { return d })))
	if err != nil {
		return err
	}
	defer st.Close()
	if verb == "list" {
		// A manager the directory does not know is most often a mistyped
		// id: an empty table would read as "no credentials", so it is
		// refused as set-password-link and revoke refuse it. Credentials
		// of a manager removed from the directory since are still listed
		// (revoke takes them), with a note.
		_, known := d.Managers[*manager]
		n := 0
		if what == "sessions" {
			ss := st.ListSessions(*manager)
			if n = len(ss); n > 0 || known || *manager == "" {
				err = printSessions(env, ss, *asJSON)
			}
		} else {
			ts := st.ListTokens(*manager)
			if n = len(ts); n > 0 || known || *manager == "" {
				err = printTokens(env, ts, *asJSON)
			}
		}
		switch {
		case err != nil:
			return err
		case *manager == "" || known:
			return nil
		case n == 0:
			return fmt.Errorf("no manager %q in the directory, and no %s of one (mailflow config get lists the managers)", *manager, what)
		}
		fmt.Fprintf(env.stderr, "note: manager %q is no longer in the directory; mailflow account %s revoke --manager %s --all ends these\n", *manager, what, *manager)
		return nil
	}

	// A manager the directory does not know may still hold credentials
	// (removed from the directory since): revoking them is allowed.
	var revoked []string
	if what == "sessions" {
		ss, err := st.RevokeSessions(ctx, *manager, ids)
		if err != nil {
			return err
		}
		for _, s := range ss {
			revoked = append(revoked, s.ID)
		}
	} else {
		ts, err := st.RevokeTokens(ctx, *manager, ids)
		if err != nil {
			return err
		}
		for _, t := range ts {
			revoked = append(revoked, t.ID)
		}
	}
	if len(revoked) == 0 {
		// Nothing to revoke is most often a mistyped manager id: an
		// operator cutting access in an incident must not read success.
		return fmt.Errorf("manager %q has no live %s: nothing was revoked (is the id right? mailflow account %s list lists every manager's)", *manager, what, what)
	}
	if len(revoked) > 0 {
		if err := auditRevocations(ctx, opts, *topicPrefix+audit.TopicSuffix, *manager, strings.TrimSuffix(what, "s"), revoked); err != nil {
			// Revoked already: say so, and that the audit lacks it.
			fmt.Fprintf(env.stderr, "revoked, but the audit entry could not be written: %v\n", err)
		}
	}
	fmt.Fprintf(env.stdout, "revoked %d %s of %s on every instance (each drops them as it reads the accounts topic)\n", len(revoked), plural0(len(revoked), strings.TrimSuffix(what, "s"), what), *manager)
	for _, id := range revoked {
		fmt.Fprintln(env.stdout, "  "+id)
	}
	return nil
}

// plural0 is one or many by n.
func plural0(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// accountExamples are the example lines of account sessions|tokens.
func accountExamples(what string) []string {
	id := "SESSION"
	if what == "tokens" {
		id = "TOKEN"
	}
	return []string{
		"mailflow account " + what + " list --manager acme-noc --brokers 127.0.0.1:9092",
		"mailflow account " + what + " revoke --manager acme-noc " + id,
		"mailflow account " + what + " revoke --manager acme-noc --all",
	}
}

// auditRevocations writes one audit entry per revoked session or token:
// the operator, from the command line.
func auditRevocations(ctx context.Context, opts []kgo.Opt, topic, manager, kind string, ids []string) error {
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return err
	}
	defer cl.Close()
	now := time.Now().UTC()
	es := make([]audit.Entry, len(ids))
	for i, id := range ids {
		es[i] = audit.Entry{At: now, Actor: directory.OperatorID, Via: "cli", Action: kind + ".revoke", Key: manager + "/" + id}
	}
	return writeAudit(ctx, cl, topic, es)
}

// writeAudit writes the command line's audit entries, creating the audit
// topic first if it is missing (the commands may run before any
// processor has).
func writeAudit(ctx context.Context, cl *kgo.Client, topic string, es []audit.Entry) error {
	if len(es) == 0 {
		return nil
	}
	if err := audit.EnsureTopic(ctx, cl, topic); err != nil {
		return err
	}
	return audit.NewLog(cl, topic).Write(ctx, es...)
}

// printSessions prints live sessions as a table (escaped: the address and
// User-Agent are the client's words) or as JSON Lines.
func printSessions(env *environment, ss []accounts.SessionInfo, asJSON bool) error {
	if asJSON {
		return printJSONLines(env, ss, func(s accounts.SessionInfo) any { return s })
	}
	tw := tabwriter.NewWriter(printable(env.stdout), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MANAGER\tSESSION\tSIGNED IN\tEXPIRES\tFROM\tBROWSER")
	for _, s := range ss {
		in := "–"
		if s.SignedIn != nil {
			in = s.SignedIn.Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", cell(s.Manager), s.ID, in, s.Expires.Format(time.RFC3339), cell(dash(s.Remote)), cell(dash(s.Agent)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(ss) == 0 {
		fmt.Fprintln(env.stderr, "no live sessions")
	}
	return nil
}

// printJSONLines prints each of items, as view shows it, as one line of
// JSON on stdout.
func printJSONLines[T any](env *environment, items []T, view func(T) any) error {
	for _, it := range items {
		b, err := json.Marshal(view(it))
		if err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, string(b))
	}
	return nil
}

// printTokens prints API tokens (never the token: its id, name, creation
// time and last four characters) as a table or as JSON Lines.
func printTokens(env *environment, ts []accounts.TokenRecord, asJSON bool) error {
	if asJSON {
		return printJSONLines(env, ts, func(t accounts.TokenRecord) any {
			return struct {
				ID      string    `json:"id"`
				Manager string    `json:"manager"`
				Name    string    `json:"name"`
				Created time.Time `json:"created"`
				Hint    string    `json:"hint,omitempty"`
			}{t.ID, t.Manager, t.Name, t.Created.UTC(), t.Hint}
		})
	}
	tw := tabwriter.NewWriter(printable(env.stdout), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MANAGER\tTOKEN ID\tNAME\tCREATED\tLAST 4 CHARACTERS")
	for _, t := range ts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", cell(t.Manager), t.ID, cell(t.Name), t.Created.UTC().Format(time.RFC3339), "…"+cell(t.Hint))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(ts) == 0 {
		fmt.Fprintln(env.stderr, "no API tokens")
	}
	return nil
}

// runAccountLink prints a one-time link with which a manager sets their
// console password (first sign-in, or a forgotten password).
func runAccountLink(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "account set-password-link", "--manager ID [--brokers HOST:PORT] [--console-url URL]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	manager := fs.String("manager", "", "id of the manager in the directory (required)")
	consoleURL := fs.String("console-url", "http://127.0.0.1:8080", "the console's address as the manager reaches it (the default is the address mailflow dev prints: a session cookie belongs to the host name it was set for)")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if *manager == "" {
		return usageErr("--manager ID is required")
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	// The link is a credential the manager opens in a browser: only a
	// web address, with a host (a javascript: or file: URL would be
	// printed, and handed over, as given).
	if err := checkConsoleURL(*consoleURL); err != nil {
		return err
	}
	opts := []kgo.Opt{kgo.SeedBrokers(brokers...)}
	d, err := directory.Load(ctx, processor.TopicsWithPrefix(*topicPrefix).Config, opts...)
	if err != nil {
		return err
	}
	m, ok := d.Managers[*manager]
	if !ok {
		return fmt.Errorf("no manager %q in the directory (mailflow config get lists them)", *manager)
	}
	if m.Email == "" {
		return fmt.Errorf("manager %q has no email: a manager signs in with their e-mail address; add one with mailflow config apply", m.ID)
	}
	st, err := accounts.Open(ctx, *topicPrefix+accounts.TopicSuffix, opts, accounts.WithHolder(holders(func() *directory.Directory { return d })))
	if err != nil {
		return err
	}
	defer st.Close()
	tok, err := st.NewLink(ctx, m.ID, directory.OperatorID)
	if err != nil {
		return err
	}
	// The link is the credential until it is used: it goes to stdout for
	// the operator to hand over, never to a log.
	fmt.Fprintf(env.stdout, "%s/static/account.html#set=%s\n", strings.TrimRight(*consoleURL, "/"), tok)
	fmt.Fprintf(env.stderr, "one-time link for %s <%s>, valid %v: it sets the password and is then spent (and spends the manager's earlier links)\n", m.ID, m.Email, accounts.LinkLifetime)
	if !consoleURLSet(fs) {
		fmt.Fprintf(env.stderr, "warning: the link points at %s, mailflow dev's console on this machine; for a manager elsewhere pass --console-url with the console's address as they reach it\n", *consoleURL)
	}
	return nil
}

// runConfigAudit is `mailflow config audit`: who changed what through the
// console or its API, oldest first.
func runConfigAudit(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "config audit", "[--brokers HOST:PORT] [--since DURATION] [--json]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	since := fs.String("since", "0", "only entries of the last DURATION (e.g. 24h, 7d, 1d12h); all when 0")
	asJSON := fs.Bool("json", false, "print JSON Lines, one entry per line")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	var from time.Time
	back, err := durations.Parse(*since)
	if err != nil || back < 0 {
		return usageErr("--since: %q is not a duration such as 24h or 7d", *since)
	}
	if back > 0 {
		from = time.Now().Add(-back)
	}
	es, bad, err := audit.List(ctx, *topicPrefix+audit.TopicSuffix, from, kgo.SeedBrokers(brokers...))
	if err != nil {
		return err
	}
	if *asJSON {
		for _, e := range es {
			// Entries written before the console redacted them itself
			// may hold secrets: redacted here too.
			e.Before, e.After = directory.RedactEntityJSON(e.Before), directory.RedactEntityJSON(e.After)
			b, err := json.Marshal(e)
			if err != nil {
				return err
			}
			fmt.Fprintln(env.stdout, string(b))
		}
	} else {
		// The entries hold words from outside (a failed sign-in's address,
		// a key): each cell is escaped, so that none can add a row, and the
		// table is made printable, so that none can drive the terminal.
		tw := tabwriter.NewWriter(printable(env.stdout), 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "TIME\tWHO\tVIA\tFROM\tACTION\tKEY")
		for _, e := range es {
			who := e.Actor
			if e.ActorEmail != "" {
				who += " <" + e.ActorEmail + ">"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.At.UTC().Format(time.RFC3339), cell(who), cell(e.Via), cell(e.Remote), cell(e.Action), cell(e.Key))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if bad > 0 {
		fmt.Fprintf(env.stderr, "%d records of the audit topic are not audit entries and were skipped\n", bad)
	}
	return nil
}

// holders binds accounts' credentials to the addresses the managers of
// the directory dir returns have (accounts.WithHolder).
func holders(dir func() *directory.Directory) accounts.HolderFunc {
	return func(manager string) (string, bool) {
		m, ok := dir().Managers[manager]
		return m.Email, ok
	}
}

// consoleURLSet reports whether --console-url was given (on the line or
// as MAILFLOW_CONSOLE_URL).
func consoleURLSet(fs *flagSet) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "console-url" })
	return set
}
