package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/ingest/postfix"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// defaultCheckpointInterval is --checkpoint-interval's default: a busy
// relay with a large deferred queue would otherwise rewrite and sync its
// whole join state (tens of MB) after every batch of a few lines (review
// S26A-3), while a crash repeats at most this much of the log.
const defaultCheckpointInterval = 5 * time.Second

// maxCheckpointInterval bounds --checkpoint-interval: past it, a crash
// would send a long stretch of the log again. (The flag's help and error
// say "1h".)
const maxCheckpointInterval = time.Hour

func runIngest(ctx context.Context, env *environment, args []string) error {
	if len(args) == 0 || args[0] != "postfix" {
		return usageErr("ingest needs a source: ingest postfix --file PATH")
	}
	fs := newFlagSet(env, "ingest postfix", "--file PATH [--follow] [--brokers HOST:PORT | --dry-run]")
	file := fs.String("file", "", "Postfix log to read (required)")
	follow := fs.Bool("follow", false, "keep following the log across rotation")
	dryRun := fs.Bool("dry-run", false, "write events as JSON Lines to stdout instead of Kafka")
	bootTime := fs.String("boot-time", "", "the `time` the machine whose journal the file is booted, as RFC 3339 (journalctl --list-boots prints it), for journalctl -o short-monotonic or -o short-delta exports, whose times count from boot; other formats carry their own time")
	maxAge := fs.Duration("max-age", 0, "skip delivery lines logged longer ago than this (e.g. 1h), so that a log's history is not alerted as new status changes; 0 sends every line (a first run then warns when it sends lines over an hour old)")
	checkpointInterval := fs.Duration("checkpoint-interval", defaultCheckpointInterval, "least time between checkpoint writes (each rewrites the whole file: the read position and the join state of up to 100,000 queued messages); after a crash the lines read since the last write are read again (the same events, with the same ids; none is skipped), while a clean stop and the end of a run without --follow write it at once; 0 writes after every batch; at most 1h")
	journalUIDs := fs.String("journal-uids", "", "uids besides root whose journald entries (journalctl -o json) are Postfix's, comma-separated; default: the uid of the local postfix (or _postfix) account, Postfix's mail_owner; an entry journald attributes to any other uid is refused as untrusted")
	journalContainers := fs.String("journal-containers", "", "containers whose journald entries are Postfix's, comma-separated: by name (CONTAINER_NAME) or full id for output Docker's or Podman's journald log driver writes (dockerd, conmon, as root), and by full id, or an LXC or systemd-nspawn container's name, for a container's Postfix writing to the host's journal socket itself (its _SYSTEMD_CGROUP names it); default none, so that no container on the host can pose as Postfix")
	journalMachine := fs.String("journal-machine-id", "", "the machine (its /etc/machine-id: 32 lowercase hex digits) whose journal the journald export is; entries of any other machine (_MACHINE_ID) are refused as untrusted; default: this machine's /etc/machine-id; \"first\": the machine of the first entry believed (for an export from a machine whose id is unknown; whoever's entry comes first decides, at every start)")
	stateDir := fs.String("state-dir", "", "directory of the read-position checkpoints, created 0700 (default: $STATE_DIRECTORY under systemd, /var/lib/mailflow/ingest as root, else $XDG_STATE_HOME/mailflow/ingest or ~/.local/state/mailflow/ingest)")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	var lf logFlags
	lf.register(fs)
	if err := fs.parseFlagsOnly(args[1:]); err != nil {
		return err
	}
	if *file == "" {
		return usageErr("--file is required")
	}
	if !*dryRun {
		if err := checkHostPorts("brokers", brokers); err != nil {
			return err
		}
	}
	log, err := lf.logger(env)
	if err != nil {
		return err
	}
	if *maxAge < 0 {
		return usageErr("--max-age %v: want a positive duration such as 1h, or 0 to send every line", *maxAge)
	}
	if *checkpointInterval < 0 || *checkpointInterval > maxCheckpointInterval {
		return usageErr("--checkpoint-interval %v: want a duration from 0 (after every batch) to 1h, such as 5s; a crash reads the lines since the last checkpoint again", *checkpointInterval)
	}
	cfg := postfix.Config{File: *file, Follow: *follow, Logger: log, MaxAge: *maxAge, CheckpointInterval: *checkpointInterval}
	uids, err := journalTrustedUIDs(*journalUIDs, user.Lookup)
	if err != nil {
		return usageErr("%v", err)
	}
	cfg.ParserOptions = append(cfg.ParserOptions, postfix.WithJournalUIDs(uids...))
	containers, err := journalTrustedContainers(*journalContainers)
	if err != nil {
		return usageErr("%v", err)
	}
	if len(containers) > 0 {
		cfg.ParserOptions = append(cfg.ParserOptions, postfix.WithJournalContainers(containers...))
	}
	switch m := *journalMachine; m {
	case "first":
	case "":
		// This machine's: a merged export's first entry would otherwise
		// decide, and a guest's journal can write first (review S29C-1).
		b, err := os.ReadFile(localMachineIDFile)
		if id := strings.TrimSpace(string(b)); err == nil && postfix.ValidMachineID(id) {
			cfg.ParserOptions = append(cfg.ParserOptions, postfix.WithJournalMachine(id))
			break
		}
		log.Warn("ingest: this machine's id cannot be read: a journald export's machine is its first believed entry's (give --journal-machine-id)", "file", localMachineIDFile, "err", err)
	default:
		if !postfix.ValidMachineID(m) {
			return usageErr("--journal-machine-id %q: want a machine id, 32 lowercase hex digits (cat /etc/machine-id on the machine whose journal it is), or first", m)
		}
		cfg.ParserOptions = append(cfg.ParserOptions, postfix.WithJournalMachine(m))
	}
	if *bootTime != "" {
		boot, err := time.Parse(time.RFC3339, *bootTime)
		if err != nil {
			return usageErr("--boot-time %q: want an RFC 3339 time such as 2026-11-30T08:14:03Z (journalctl --list-boots prints the boot times)", *bootTime)
		}
		cfg.ParserOptions = append(cfg.ParserOptions, postfix.WithBootTime(boot))
	}
	var sink postfix.Sink
	if *dryRun {
		sink = postfix.WriteJSONLines(env.stdout)
	} else {
		dir := *stateDir
		if dir == "" {
			home, _ := os.UserHomeDir()
			if dir, err = postfix.DefaultStateDir(postfix.StateDirEnv{Getenv: env.getenv, EUID: os.Geteuid(), Home: home}); err != nil {
				return usageErr("%v", err)
			}
		}
		warn, err := postfix.EnsureStateDir(dir)
		if err != nil {
			return err
		}
		if warn != "" {
			log.Warn(warn)
		}
		cfg.CheckpointFile = postfix.CheckpointPath(dir, *file)
		fmt.Fprintf(env.stderr, "checkpoints in %s\n", dir)
		topic := processor.TopicsWithPrefix(*topicPrefix).Deliveries
		cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.DefaultProduceTopic(topic))
		if err != nil {
			return err
		}
		defer cl.Close()
		// A broker that does not answer is waited for (the produce
		// retries, and the checkpoint holds the place), but said at
		// once: a newcomer without mailflow dev running would otherwise
		// see nothing happen.
		pctx, pcancel := context.WithTimeout(ctx, 3*time.Second)
		if err := cl.Ping(pctx); err != nil && ctx.Err() == nil {
			log.Warn("no Kafka broker answers yet; ingest waits for one"+strings.ReplaceAll(brokerHint(brokers, err), "\n", " "), "brokers", brokers.String(), "err", err)
		}
		pcancel()
		sink = kafkaSink(cl)
		log.Info("ingesting", "file", *file, "topic", topic, "checkpoint", filepath.Clean(cfg.CheckpointFile))
	}
	stats, err := postfix.Run(ctx, cfg, sink)
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	if err != nil && stats.Lines == 0 {
		// Nothing was read (the file could not be opened): the error
		// says why, a summary of zeros would only come first.
		return err
	}
	fmt.Fprintf(env.stderr, "lines %d, deliveries %d (events %d), skipped %d, malformed %d\n",
		stats.Lines, stats.Deliveries, stats.Events, stats.Skipped, stats.Malformed)
	if stats.Untrusted > 0 {
		fmt.Fprintf(env.stderr, "of the malformed lines, %d are journald entries of Postfix deliveries that journald's trusted fields do not attribute to Postfix (_EXE, _COMM, _UID, _SYSTEMD_CGROUP: another program, forged with logger?, a container not given to --journal-containers, or an export without those fields): not sent; each line's reason is in the log\n", stats.Untrusted)
	}
	if stats.Old > 0 {
		fmt.Fprintf(env.stderr, "of the skipped lines, %d are deliveries logged more than --max-age %v ago\n", stats.Old, *maxAge)
	}
	if stats.NotDeliveries > 0 {
		fmt.Fprintf(env.stderr, "of the skipped lines, %d look like deliveries but reached no recipient (discard transport, address probes)\n", stats.NotDeliveries)
	}
	if err == nil && stats.Lost {
		return &exitError{code: 3, err: errors.New("the checkpointed log file was rotated away and could not be finished: the lines written to it after the checkpoint were not read (see the log; logrotate's delaycompress keeps the newest rotated file readable)")}
	}
	if err == nil && stats.Malformed > 0 {
		return &exitError{code: 3, err: fmt.Errorf("%d malformed lines (see the log)", stats.Malformed)}
	}
	return err
}

// kafkaSink produces a batch of events keyed by domain and returns once
// the broker stored all of them, so the follower checkpoints only what is
// safe.
func kafkaSink(cl *kgo.Client) postfix.Sink {
	return func(ctx context.Context, events []schemas.DeliveryEvent) error {
		recs := make([]*kgo.Record, 0, len(events))
		for i := range events {
			v, err := schemas.MarshalDeliveryEvent(&events[i])
			if err != nil {
				return err
			}
			recs = append(recs, &kgo.Record{Key: []byte(events[i].Domain), Value: v})
		}
		return cl.ProduceSync(ctx, recs...).FirstErr()
	}
}

func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(io.LimitReader(r, 64<<20)) }

// journalTrustedUIDs returns the uids --journal-uids lists (comma-separated
// decimal uids), or when it is empty the uid of the local Postfix account
// (postfix, or _postfix on the BSDs), which lookup finds; none found: root
// alone (postfix.WithJournalUIDs adds root).
func journalTrustedUIDs(flag string, lookup func(string) (*user.User, error)) ([]uint32, error) {
	var uids []uint32
	if flag == "" {
		for _, name := range []string{"postfix", "_postfix"} {
			if u, err := lookup(name); err == nil {
				if n, err := strconv.ParseUint(u.Uid, 10, 32); err == nil {
					uids = append(uids, uint32(n))
				}
			}
		}
		return uids, nil
	}
	for _, f := range strings.Split(flag, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 32)
		if err != nil {
			return nil, fmt.Errorf("--journal-uids %q: want decimal uids separated by commas, such as 107 (id -u postfix prints Postfix's)", flag)
		}
		uids = append(uids, uint32(n))
	}
	return uids, nil
}

// localMachineIDFile holds this machine's id (machine-id(5)), the default
// of --journal-machine-id.
const localMachineIDFile = "/etc/machine-id"

// journalTrustedContainers returns the containers --journal-containers
// lists (comma-separated names or full ids; a leading "/", as docker
// inspect prints a name, is dropped).
func journalTrustedContainers(flag string) ([]string, error) {
	if strings.TrimSpace(flag) == "" {
		return nil, nil
	}
	var refs []string
	for _, f := range strings.Split(flag, ",") {
		ref := strings.TrimPrefix(strings.TrimSpace(f), "/")
		if !validContainerRef(ref) {
			return nil, fmt.Errorf("--journal-containers %q: want container names or full ids separated by commas, such as postfix,mail-postfix-1 (docker ps --format '{{.Names}}' prints them; a name is letters, digits, '_', '.' and '-')", flag)
		}
		refs = append(refs, ref)
	}
	return refs, nil
}

// validContainerRef reports whether s can be a Docker or Podman container
// name or id: a letter or digit, then letters, digits, '_', '.' or '-'.
func validContainerRef(s string) bool {
	if s == "" || len(s) > 255 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
		if !alnum && (i == 0 || c != '_' && c != '.' && c != '-') {
			return false
		}
	}
	return true
}
