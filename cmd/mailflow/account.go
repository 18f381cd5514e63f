package main

import (
	"context"
	"fmt"
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
		return usageErr("account needs a subcommand: set-password-link --manager ID")
	}
	switch args[0] {
	case "set-password-link":
		return runAccountLink(ctx, env, args[1:])
	}
	return usageErr("account: unknown subcommand %q (set-password-link)", args[0])
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
	st, err := accounts.Open(ctx, *topicPrefix+accounts.TopicSuffix, opts)
	if err != nil {
		return err
	}
	defer st.Close()
	tok, err := st.NewLink(ctx, m.ID, "operator")
	if err != nil {
		return err
	}
	// The link is the credential until it is used: it goes to stdout for
	// the operator to hand over, never to a log.
	fmt.Fprintf(env.stdout, "%s/static/account.html#set=%s\n", strings.TrimRight(*consoleURL, "/"), tok)
	fmt.Fprintf(env.stderr, "one-time link for %s <%s>, valid %v: it sets the password and is then spent\n", m.ID, m.Email, accounts.LinkLifetime)
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
