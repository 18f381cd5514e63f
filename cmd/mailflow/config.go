package main

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/audit"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
)

// defaultBrokers is where `mailflow dev` serves its embedded broker
// (dev --kafka), so that the config commands reach it without flags.
const defaultBrokers = "127.0.0.1:9092"

func runConfig(ctx context.Context, env *environment, args []string) error {
	if len(args) == 0 {
		return usageErr("config needs a subcommand: apply -f FILE, or get")
	}
	switch args[0] {
	case "apply":
		return runConfigApply(ctx, env, args[1:])
	case "get":
		return runConfigGet(ctx, env, args[1:])
	case "audit":
		return runConfigAudit(ctx, env, args[1:])
	case "delete":
		return runConfigDelete(ctx, env, args[1:])
	}
	return usageErr("config: unknown subcommand %q (apply, get, audit, delete; see mailflow config --help)", args[0])
}

func runConfigApply(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "config apply", "-f FILE [--prune | --prune-all] [--dry-run] [--brokers HOST:PORT]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	file := fs.String("f", "", "directory file (YAML) to apply (required; - for stdin)")
	prune := fs.Bool("prune", false, "delete what the file no longer holds (refused for a file that holds no entities: see --prune-all)")
	pruneAll := fs.Bool("prune-all", false, "--prune that also takes a file holding no resellers, customers, domains, managers or subscriptions, and so deletes the whole directory")
	dryRun := fs.Bool("dry-run", false, "validate and print what would change, without writing")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if *file == "" {
		return usageErr("config apply: -f FILE is required: the directory file (YAML) to apply, or - for stdin (mailflow config apply -f directory.yaml)")
	}
	emptyOK := *pruneAll
	*prune = *prune || *pruneAll
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	var data []byte
	var err error
	if *file == "-" {
		data, err = readAll(env.stdin)
	} else {
		data, err = os.ReadFile(*file)
	}
	if err != nil {
		return err
	}
	topic := processor.TopicsWithPrefix(*topicPrefix).Config
	opts := []kgo.Opt{kgo.SeedBrokers(brokers...)}
	// The directory the file is applied to, read first: a file from
	// config get holds REDACTED for secrets, and a placeholder that comes
	// back unchanged keeps the manager's stored value
	// (directory.KeepRedactedFrom), so that config get | config apply
	// changes nothing.
	cur, lerr := directory.Load(ctx, topic, opts...)
	var popts []directory.ParseOption
	if lerr == nil {
		popts = append(popts, directory.KeepRedactedFrom(cur))
	}
	// A file that stands alone is valid either way. Without --prune, a
	// file that does not is checked again against the directory as it
	// will be after the apply (the topic's entities with the file's over
	// them), so that a partial file may name a reseller the topic holds;
	// with --prune the topic will hold only the file, which must then
	// stand alone. directory.Apply checks again against what it loads.
	f, err := directory.ParseFile(data, popts...)
	if err != nil && !*prune {
		if lerr != nil {
			return fmt.Errorf("%s is invalid on its own, nothing was applied (the directory it would be applied to could not be read to check the names it leans on: %v%s):\n%w", *file, lerr, brokerHint(brokers, lerr), err)
		}
		f, err = directory.ParseFileOnto(data, cur, popts...)
	}
	if err != nil {
		// Every problem, each with its path in the file; nothing applied.
		hint := ""
		if *prune && strings.Contains(err.Error(), ": unknown ") {
			hint = "\n(with --prune the directory will hold only this file, so it must hold everything it names; without --prune it may name what the directory already holds)"
		}
		return fmt.Errorf("%s is invalid, nothing was applied:\n%w%s", *file, err, hint)
	}
	if perr := directory.CheckPublishedSecrets(f); perr != nil {
		return fmt.Errorf("%s is refused, nothing was applied:\n%w", *file, perr)
	}
	// A file without entities, with --prune, deletes the whole directory:
	// that is what `config get > f` leaves in f when the broker could not
	// be reached, so `config get > f; config apply -f f --prune` wiped
	// everything (review S24A-5). Emptying the directory has to be asked
	// for by name.
	if *prune && !emptyOK && f.Empty() {
		what := "holds no resellers, customers, domains, managers or subscriptions"
		if len(bytes.TrimSpace(data)) == 0 {
			what = "is empty"
		}
		return fmt.Errorf("%s %s, and with --prune applying it would delete the whole directory; nothing was applied (a `config get > FILE` that failed leaves FILE so: check the file, or give --prune-all to delete everything on purpose)", *file, what)
	}
	if lerr != nil {
		return lerr
	}
	if *file != "-" {
		warnReadableSecrets(env, *file, data, f)
	}
	var res directory.ApplyResult
	if *dryRun {
		// Checked as the apply checks it (directory.Plan): a file that
		// stands alone may still break what the topic holds.
		if res, _, err = directory.Plan(cur, f, *prune); err != nil {
			return fmt.Errorf("%s is invalid, nothing would be applied:\n%w", *file, err)
		}
	} else {
		cl, err := kgo.NewClient(opts...)
		if err != nil {
			return err
		}
		defer cl.Close()
		// The directory can be applied before the first processor starts.
		if err := processor.EnsureTopic(ctx, kadm.NewClient(cl), topic, 1, -1, true); err != nil {
			return err
		}
		if res, err = directory.Apply(ctx, cl, topic, f, *prune); err != nil {
			return err
		}
		// A change of the directory changes who sees what (a domain moved
		// to another customer is read by that customer's managers from
		// then on): the audit says who changed what, as it does for the
		// console's changes.
		if err := auditApply(ctx, cl, *topicPrefix+audit.TopicSuffix, res); err != nil {
			return fmt.Errorf("the directory was changed, but its audit entries could not be written (write them by hand or apply the file again once the audit topic can be written): %w", err)
		}
	}
	verb := map[bool]string{true: "would be ", false: ""}[*dryRun]
	// A dry run says what changes in each object, field by field,
	// secrets redacted (the review: it named the objects only).
	printFields := func(k string) {
		if !*dryRun {
			return
		}
		for _, c := range res.Fields[k] {
			fmt.Fprintf(env.stdout, "    %s\n", c)
		}
	}
	for _, k := range res.Created {
		fmt.Fprintf(env.stdout, "%screated %s\n", verb, k)
		printFields(k)
	}
	for _, k := range res.Updated {
		fmt.Fprintf(env.stdout, "%supdated %s\n", verb, k)
		printFields(k)
	}
	for _, k := range res.Deleted {
		fmt.Fprintf(env.stdout, "%sdeleted %s\n", verb, k)
	}
	for _, o := range res.Orphaned {
		fmt.Fprintf(env.stdout, "%sdeleted %s (made in the console, and the file takes away what it needs: %s)\n", verb, o.Key, o.Reason)
	}
	for _, k := range res.Overlays {
		fmt.Fprintf(env.stdout, "%sdeleted %s (what managers changed in the console; %s)\n", verb, k, res.OverlayReasons[k])
		printFields(k)
	}
	for _, k := range slices.Sorted(maps.Keys(res.Narrowed)) {
		fmt.Fprintf(env.stdout, "%snarrowed %s (what managers changed in the console): the file's %s win, the rest stays\n", verb, k, strings.Join(res.Narrowed[k], ", "))
		printFields(k)
	}
	for _, k := range res.Kept {
		fmt.Fprintf(env.stdout, "%skept %s (made in the console)\n", verb, k)
	}
	fmt.Fprintf(env.stdout, "%d unchanged\n", res.Unchanged)
	return nil
}

func runConfigGet(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "config get", "[--brokers HOST:PORT] [--show-secrets]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	show := fs.Bool("show-secrets", false, "print webhook secrets and API token hashes as stored (default: REDACTED, so that the output can be shown and pasted safely)")
	// --redact-secrets was the opt-in before redaction became the default;
	// it is kept so that scripts passing it keep working.
	_ = fs.Bool("redact-secrets", true, "deprecated, no effect: secrets are redacted unless --show-secrets")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	var mopts []directory.MarshalOption
	redacted := !*show
	if redacted {
		mopts = append(mopts, directory.RedactSecrets())
	}
	out, err := directory.Get(ctx, processor.TopicsWithPrefix(*topicPrefix).Config, []kgo.Opt{kgo.SeedBrokers(brokers...)}, mopts...)
	if err != nil {
		return err
	}
	if redacted && bytes.Contains(out, []byte(directory.Redacted)) {
		// A YAML comment: the output still reads as a directory file, and
		// whoever applies it learns what the placeholders do.
		fmt.Fprintln(env.stdout, "# Webhook secrets, API token hashes and the credentials in webhook URLs are shown as "+directory.Redacted+"; --show-secrets prints them.\n"+
			"# config apply keeps the stored value wherever "+directory.Redacted+" comes back unchanged.")
	}
	if _, err = env.stdout.Write(out); err != nil {
		return err
	}
	if !redacted {
		warnShownSecrets(env, out)
	}
	return nil
}

// warnShownSecrets warns, as apply does of the file it reads
// (warnReadableSecrets), when config get --show-secrets wrote secrets to
// a regular file its group or others may read: `config get --show-secrets
// > f` under the usual umask 022 leaves them in a 0644 file, silently
// before (review S24A-10). The operator asked for the secrets, so it is a
// warning, not a refusal; a terminal or a pipe is not warned of.
func warnShownSecrets(env *environment, out []byte) {
	f, ok := env.stdout.(*os.File)
	if !ok {
		return
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm()&0o077 == 0 {
		return
	}
	var what []string
	for _, c := range []struct{ field, name string }{{"webhook_secret:", "webhook secrets"}, {"api_token_sha256:", "API token hashes"}} {
		if bytes.Contains(out, []byte(c.field)) {
			what = append(what, c.name)
		}
	}
	for line := range strings.Lines(string(out)) {
		if u, ok := strings.CutPrefix(strings.TrimSpace(line), "webhook_url:"); ok && strings.ContainsAny(u, "@?;") {
			what = append(what, "webhook URLs that may carry credentials")
			break
		}
	}
	if len(what) == 0 {
		return
	}
	// os.Stdout is named /dev/stdout; the file it is open on is the one to
	// chmod.
	name := f.Name()
	if link, err := os.Readlink(fmt.Sprintf("/proc/self/fd/%d", f.Fd())); err == nil && strings.HasPrefix(link, "/") {
		name = link
	}
	fmt.Fprintf(env.stderr, "warning: %s is readable by its group or others (mode %04o) and now holds %s (--show-secrets): chmod 600 %s, and run umask 077 before config get --show-secrets > FILE\n",
		name, fi.Mode().Perm(), strings.Join(what, ", "), name)
}

// auditApply writes one audit entry per key the apply created, updated or
// deleted (console overlays included): actor "operator" (the Kafka credentials that may write the
// config topic), via "cli", with the fields that changed as Before and
// After (secrets already redacted by directory.FieldChanges).
func auditApply(ctx context.Context, cl *kgo.Client, topic string, res directory.ApplyResult) error {
	now := time.Now().UTC()
	var es []audit.Entry
	add := func(action, key string) {
		e := audit.Entry{At: now, Actor: directory.OperatorID, Via: "cli", Action: action, Key: key}
		if fields := res.Fields[key]; len(fields) > 0 {
			before, after := map[string]string{}, map[string]string{}
			for _, c := range fields {
				if c.Old != "" {
					before[c.Field] = c.Old
				}
				if c.New != "" {
					after[c.Field] = c.New
				}
			}
			if len(before) > 0 {
				e.Before, _ = json.Marshal(before)
			}
			if len(after) > 0 {
				e.After, _ = json.Marshal(after)
			}
		}
		es = append(es, e)
	}
	for _, k := range res.Created {
		add("config.create", k)
	}
	for _, k := range res.Updated {
		add("config.update", k)
	}
	for _, k := range res.Deleted {
		add("config.delete", k)
	}
	for _, o := range res.Orphaned {
		add("config.delete", o.Key)
	}
	for _, k := range res.Overlays {
		add("config.delete", k)
	}
	for _, k := range slices.Sorted(maps.Keys(res.Narrowed)) {
		add("config.update", k)
	}
	return writeAudit(ctx, cl, topic, es)
}

// warnReadableSecrets warns, as ssh does of a private key, when file holds
// secrets (a webhook's signing secret, a webhook URL with credentials in
// it) and its group or others may read it: the file is what a leak of
// those secrets starts from. The file was applied by its owner, so it is
// a warning, not a refusal.
func warnReadableSecrets(env *environment, file string, data []byte, f *directory.File) {
	fi, err := os.Stat(file)
	if err != nil || fi.Mode().Perm()&0o077 == 0 {
		return
	}
	var what []string
	for _, m := range f.Managers {
		// f holds the stored secrets in place of config get's
		// placeholders (directory.KeepRedactedFrom): what counts is
		// whether the file's own bytes hold them (review S29B-4: the
		// round trip the README recommends warned of whsec_REDACTED).
		if m.WebhookSecret != "" && m.WebhookSecret != directory.Redacted && m.WebhookSecret != directory.WebhookSecretPrefix+directory.Redacted &&
			bytes.Contains(data, []byte(m.WebhookSecret)) {
			what = append(what, "the webhook secret of manager "+m.ID)
		}
		if m.WebhookURL != "" && directory.RedactWebhookURL(m.WebhookURL) != m.WebhookURL && bytes.Contains(data, []byte(m.WebhookURL)) {
			what = append(what, "the webhook URL of manager "+m.ID+" (credentials in its query or user part)")
		}
	}
	if len(what) == 0 {
		return
	}
	if len(what) > 3 {
		what = append(what[:3], fmt.Sprintf("%d more", len(what)-3))
	}
	fmt.Fprintf(env.stderr, "warning: %s is readable by its group or others (mode %04o) and holds %s: chmod 600 %s\n",
		file, fi.Mode().Perm(), strings.Join(what, ", "), file)
}

// runConfigDelete is `mailflow config delete KEY...`: a tombstone for
// each config key (kind/id), with its audit entry. It is how a record
// that nothing applies any more is removed (an invalid record written by
// an older release, say a manager "operator": config get and apply refuse
// to work over it and name it, and a file cannot name it to prune it);
// entities the directory holds are better removed with config apply
// --prune. A key must name what the directory (or an invalid record)
// holds, and deleting an entity that something kept refers to is refused
// (directory.ResolveDeletes).
func runConfigDelete(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "config delete", "KEY... [--brokers HOST:PORT]")
	brokers := listFlag{defaultBrokers}
	fs.Var(&brokers, "brokers", "Kafka seed brokers, comma-separated; the default is mailflow dev's embedded broker")
	topicPrefix := fs.String("topic-prefix", processor.DefaultTopicPrefix, "prefix of every topic name")
	if err := fs.parse(args); err != nil {
		return err
	}
	keys := fs.Args()
	if len(keys) == 0 {
		return usageErr("config delete needs the keys to delete (kind/id, as config get's errors and the processor's log name them)")
	}
	for _, k := range keys {
		kind, id, ok := strings.Cut(k, "/")
		if !ok || kind == "" || id == "" || strings.ContainsAny(k, "\x00\r\n") {
			return usageErr("config delete: %q is not a config key (kind/id, e.g. manager/ops-contoso)", k)
		}
	}
	if err := checkHostPorts("brokers", brokers); err != nil {
		return err
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		return err
	}
	defer cl.Close()
	// What the directory holds, with the records nothing applies (those
	// this command exists to delete): each key must name one of them, in
	// the spelling the directory keys it by, and deleting them must not
	// leave what config apply refuses (review S24A-7: any key was
	// "deleted", a typo included, and a manager's subscriptions were left
	// dangling).
	cur, invalid, err := directory.LoadWithInvalid(ctx, processor.TopicsWithPrefix(*topicPrefix).Config, kgo.SeedBrokers(brokers...))
	if err != nil {
		return err
	}
	del, err := directory.ResolveDeletes(cur, invalid, keys)
	if err != nil {
		return fmt.Errorf("nothing was deleted:\n%w", err)
	}
	keys = del.Keys
	recs := make([]directory.Record, 0, len(keys))
	var overlays []string
	for _, k := range keys {
		recs = append(recs, directory.Record{Key: k})
		// An entity's console overlay (its webhook or settings) goes
		// with it, so that an entity made again under the key does not
		// take it up: deleted whether or not it is known to exist, and
		// printed and audited when it is (second review).
		if ok, has := directory.OverlayKey(k); has && !slices.Contains(keys, ok) {
			recs = append(recs, directory.Record{Key: ok})
			if cur.HasOverlay(k) {
				overlays = append(overlays, ok)
			}
		}
	}
	// The console's subscriptions of what is deleted go with it, as
	// apply --prune deletes them.
	var along []string
	for _, o := range del.Along {
		recs = append(recs, directory.Record{Key: o.Key})
		along = append(along, o.Key)
	}
	if err := directory.Publish(ctx, cl, processor.TopicsWithPrefix(*topicPrefix).Config, recs); err != nil {
		return err
	}
	now := time.Now().UTC()
	var es []audit.Entry
	for _, k := range slices.Concat(keys, overlays, along) {
		es = append(es, audit.Entry{At: now, Actor: directory.OperatorID, Via: "cli", Action: "config.delete", Key: k})
	}
	auditTopic := *topicPrefix + audit.TopicSuffix
	err = audit.EnsureTopic(ctx, cl, auditTopic)
	if err == nil {
		err = audit.NewLog(cl, auditTopic).Write(ctx, es...)
	}
	if err != nil {
		return fmt.Errorf("the keys were deleted, but their audit entries could not be written: %w", err)
	}
	for _, k := range keys {
		fmt.Fprintf(env.stdout, "deleted %s\n", k)
	}
	for _, k := range overlays {
		fmt.Fprintf(env.stdout, "deleted %s (what managers changed in the console)\n", k)
	}
	for _, o := range del.Along {
		fmt.Fprintf(env.stdout, "deleted %s (%s)\n", o.Key, o.Reason)
	}
	return nil
}
