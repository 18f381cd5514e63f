package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// runLogs prints a domain's logs (or one message's timeline) from the API.
func runLogs(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "logs", "DOMAIN [--since 24h] [--recipient ADDR] [--outcome bounced] [-q TEXT] [--timeline MESSAGE_ID] [--json]")
	apiURL := fs.String("api", "http://127.0.0.1:8080", "base URL of a mailflow instance")
	token := fs.String("api-token", "", "bearer token for a protected API (prefer MAILFLOW_API_TOKEN)")
	asJSON := fs.Bool("json", false, "print the API's JSON answer")
	since := fs.String("since", "", "attempts that arrived at or after this RFC 3339 time, this date (2026-12-01, from 00:00 UTC), or this long ago (24h, 7d)")
	until := fs.String("until", "", "attempts that arrived before this RFC 3339 time, this date (from 00:00 UTC), or this long ago")
	recipient := fs.String("recipient", "", "only attempts to this address")
	sender := fs.String("sender", "", "only attempts from this envelope sender")
	outcome := fs.String("outcome", "", "only attempts with this outcome: delivered, deferred, bounced, expired")
	category := fs.String("category", "", "only attempts of this failure category (user_unknown, greylisted, ...)")
	remote := fs.String("remote", "", "only attempts answered by this remote host or IP")
	messageID := fs.String("message-id", "", "only attempts of this message")
	text := fs.String("q", "", "only attempts whose SMTP response contains this text (any case)")
	limit := fs.Int("limit", 50, "how many attempts to print (1 to 1000)")
	cursor := fs.String("cursor", "", "continue where the previous page ended (printed under the table)")
	timeline := fs.String("timeline", "", "print the timeline of this message id instead: every attempt with its full response and advice")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give exactly one DOMAIN")
	}
	if _, err := url.Parse(*apiURL); err != nil || !strings.HasPrefix(*apiURL, "http") {
		return usageErr("--api: %q is not an http(s) URL", *apiURL)
	}
	if *limit < 1 || *limit > logstore.MaxLimit {
		return usageErr("--limit must be from 1 to %d", logstore.MaxLimit)
	}
	// The API refuses a range the wrong way round too; said here, it is
	// a usage error in the flags' own names, before any request.
	if _, err := logstore.ParseFilter(time.Now(), url.Values{"since": {*since}, "until": {*until}}); err != nil {
		// Only the flags given are named.
		var given []string
		for _, f := range []struct{ name, v string }{{"since", *since}, {"until", *until}} {
			if f.v != "" {
				given = append(given, fmt.Sprintf("--%s %q", f.name, f.v))
			}
		}
		return usageErr("%s: %v", strings.Join(given, " / "), err)
	}
	base, err := domainURL(*apiURL, fs.Arg(0))
	if err != nil {
		return err
	}
	if *timeline != "" {
		// The timeline endpoint gathers every form of the id (with and
		// without angle brackets); the other forms are asked only when
		// the answer is empty, as a release before 2026-12-03 answers for
		// a message stored under another form.
		var body []byte
		var tl logstore.Timeline
		for _, id := range api.MessageIDForms(*timeline) {
			b, err := get(ctx, base+"/messages/"+logstore.EscapeMessageID(id), *token)
			if err != nil {
				return err
			}
			var t logstore.Timeline
			if err := json.Unmarshal(b, &t); err != nil {
				return fmt.Errorf("decode timeline from %s: %w", base, err)
			}
			if body == nil || len(t.Attempts) > 0 {
				body, tl = b, t
			}
			if len(t.Attempts) > 0 {
				break
			}
		}
		if *asJSON {
			if err := writeAnswer(env.stdout, body, "the timeline"); err != nil {
				return err
			}
		} else if len(tl.Attempts) > 0 {
			printTimeline(printable(env.stdout), &tl)
		}
		if len(tl.Attempts) == 0 {
			// Like grep, a lookup that found nothing exits 1, so a script
			// can tell an unknown or expired message from a found one.
			// %q: both are the user's, and may hold anything.
			return fmt.Errorf("%q: no attempts of message %q are kept (never sent to this domain, or older than the log retention)",
				fs.Arg(0), *timeline)
		}
		return nil
	}
	q := url.Values{}
	for k, v := range map[string]string{"since": *since, "until": *until, "recipient": *recipient, "sender": *sender,
		"outcome": *outcome, "category": *category, "remote": *remote, "message_id": *messageID, "q": *text, "cursor": *cursor} {
		if v != "" {
			q.Set(k, v)
		}
	}
	q.Set("limit", strconv.Itoa(*limit))
	body, err := get(ctx, base+"/logs?"+q.Encode(), *token)
	if err != nil {
		return err
	}
	if *asJSON {
		err := writeAnswer(env.stdout, body, "the logs")
		return err
	}
	var l logstore.Logs
	if err := json.Unmarshal(body, &l); err != nil {
		return fmt.Errorf("decode logs from %s: %w", base, err)
	}
	printLogs(printable(env.stdout), &l)
	if len(l.Attempts) == 0 && *cursor == "" {
		// Most often a typo: say so, as status does, rather than leave
		// an empty answer (the status says whether the directory knows
		// the domain; a failure to ask only loses the hint).
		var st api.Status
		if b, err := get(ctx, base+"/status", *token); err == nil && json.Unmarshal(b, &st) == nil &&
			st.Status == schemas.StatusUnknown && st.Customer == "" {
			fmt.Fprintf(printable(env.stdout), "%s: no attempts yet and not in the directory either: check the spelling (mailflow config get lists the domains)\n", fs.Arg(0))
		}
	}
	return nil
}

// interspersed moves the positional arguments after the flags, so that
// flags may come anywhere ("mailflow logs example.org --outcome bounced").
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if hasValue || f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 >= len(args) {
			// A flag that takes a value ends the line: left last, with
			// no "--" after it to be taken for its value, it fails
			// with "flag needs an argument".
			return flags
		}
		flags = append(flags, args[i+1])
		i++
	}
	return append(append(flags, "--"), pos...)
}

// cellEscapes shows the line breaks and tabs of a table cell as escapes:
// a recipient or message id comes from the transport servers, and a raw
// line break in one would forge a row of the table (printable escapes
// the other control characters, but must let the table's own line breaks
// through).
var cellEscapes = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`)

func cell(s string) string { return cellEscapes.Replace(s) }

func printLogs(w io.Writer, l *logstore.Logs) {
	if len(l.Attempts) == 0 {
		if l.NextCursor != "" {
			// A search reads a bounded number of attempts per page
			// (logstore's scan budget): an empty page with a cursor says
			// nothing matched among those, not that nothing matches.
			fmt.Fprintf(w, "%s: no match among the %s searched (newest first, by arrival); older attempts are not searched yet.\nmore: add --cursor %s\n",
				l.Domain, plural(l.Scanned, "most recent attempt"), l.NextCursor)
			return
		}
		fmt.Fprintf(w, "%s: no attempts match (newest first, by arrival).\n", l.Domain)
		return
	}
	now := time.Now().Local()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ARRIVED ("+now.Format("MST")+")\tOUTCOME\tCODE\tRECIPIENT\tCATEGORY\tRESPONSE\tREMOTE\tMESSAGE")
	for _, a := range l.Attempts {
		code := strings.TrimSpace(fmt.Sprintf("%s %s", codeText(a.SMTPCode), a.EnhancedCode))
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", arrivedAt(a.Arrival.Local(), now), a.Outcome, dash(code),
			cell(a.Recipient), dash(a.Category), oneLine(a.Response, 60), dash(cell(a.RemoteHost)), dash(cell(a.MessageID)))
	}
	tw.Flush()
	if l.NextCursor != "" {
		fmt.Fprintf(w, "more: add --cursor %s\n", l.NextCursor)
	}
	fmt.Fprintln(w, "the timeline of a message: mailflow logs "+l.Domain+" --timeline MESSAGE")
}

func printTimeline(w io.Writer, tl *logstore.Timeline) {
	if len(tl.Attempts) == 0 {
		fmt.Fprintf(w, "%s: no attempts of message %s are kept.\n", tl.Domain, tl.MessageID)
		return
	}
	fmt.Fprintf(w, "message %s to %s: %s, in arrival order\n", tl.MessageID, tl.Domain, plural(len(tl.Attempts), "attempt"))
	for i, a := range tl.Attempts {
		fmt.Fprintf(w, "\n#%d  %s  %s", i+1, a.Arrival.Local().Format("2006-01-02 15:04:05 MST"), strings.ToUpper(a.Outcome))
		if a.SincePreviousSeconds > 0 {
			fmt.Fprintf(w, "  (%s after the previous)", (time.Duration(a.SincePreviousSeconds * float64(time.Second))).Round(time.Second))
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		row := func(k, v string) {
			if v != "" {
				fmt.Fprintf(tw, "  %s\t%s\n", k, v)
			}
		}
		row("recipient", a.Recipient)
		row("sender", a.Sender)
		if a.QueuedAt != nil {
			row("queued", a.QueuedAt.Local().Format("2006-01-02 15:04:05 MST"))
		}
		if a.CompletedAt != nil {
			row("completed", a.CompletedAt.Local().Format("2006-01-02 15:04:05 MST"))
		}
		row("delay", secs(a.DelaySeconds))
		row("transport", a.Transport)
		row("remote", strings.TrimSpace(a.RemoteHost+" "+a.RemoteIP))
		row("code", strings.TrimSpace(codeText(a.SMTPCode)+" "+a.EnhancedCode))
		row("category", a.Category)
		row("advice", a.Advice)
		tw.Flush()
		fmt.Fprintln(w, "  response:")
		for _, line := range strings.Split(strings.TrimRight(a.Response, "\r\n"), "\n") {
			fmt.Fprintln(w, "    "+strings.TrimRight(line, "\r"))
		}
	}
	if tl.Truncated {
		// Store.Timeline keeps the newest MaxTimeline attempts.
		fmt.Fprintf(w, "\n(only the latest %d attempts are shown)\n", logstore.MaxTimeline)
	}
}

func codeText(c int) string {
	if c == 0 {
		return ""
	}
	return strconv.Itoa(c)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// logsDir is where an instance keeps its log store, inside --data-dir.
const logsDir = "logs"

// openLogStore opens the instance's log store in dataDir/logs, keeping
// attempts for retention and dropping copies of an event id within the
// dedupe horizon, and starts its expiry (every 10 minutes, until ctx
// ends). partitionOf must answer by the time the processor appends.
func openLogStore(ctx context.Context, dataDir string, retention, horizon time.Duration, partitionOf func(string) int32, log *slog.Logger, opts ...logstore.Option) (*logstore.Store, error) {
	s, err := logstore.Open(filepath.Join(dataDir, logsDir), partitionOf, append([]logstore.Option{logstore.WithRetention(retention),
		logstore.WithDedupeHorizon(horizon), logstore.WithLogger(log)}, opts...)...)
	if err != nil && (errors.Is(err, syscall.EWOULDBLOCK) || strings.Contains(err.Error(), "lock held")) {
		// Pebble's lock on the log store: another process (or, in
		// tests, another instance in this one) runs on this data dir;
		// processor.New, which would say so, runs after.
		return nil, fmt.Errorf("the data dir %s is in use by another mailflow instance (its log store is locked: %w): give every instance its own --data-dir, or stop the other one first", dataDir, err)
	}
	if err != nil {
		return nil, err
	}
	go s.RunExpiry(ctx, 10*time.Minute)
	log.Info("keeping every attempt in the log store", "dir", filepath.Join(dataDir, logsDir), "retention", retention.String())
	return s, nil
}

// checkLogRetention warns when the deliveries or repartition topic keeps
// records for less time than the log store: the topics are the log's
// changelog (a lost log directory is rebuilt from them), so a shorter
// topic retention loses attempts from a rebuilt log.
func checkLogRetention(ctx context.Context, cfg processor.Config, retention time.Duration, log *slog.Logger) {
	cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(cfg.Brokers...)}, cfg.KafkaOptions...)...)
	if err != nil {
		return
	}
	defer cl.Close()
	topics := []string{cfg.Topics.Deliveries, cfg.Topics.Repartition}
	rcs, err := kadm.NewClient(cl).DescribeTopicConfigs(ctx, topics...)
	if err != nil {
		log.Warn("cannot read the topics' retention to check it covers the log store's", "err", err)
		return
	}
	for _, rc := range rcs {
		if rc.Name == cfg.Topics.Deliveries {
			checkFutureTimestamps(rc, log)
		}
		for _, c := range rc.Configs {
			if c.Key != "retention.ms" || c.Value == nil {
				continue
			}
			ms, err := strconv.ParseInt(*c.Value, 10, 64)
			if err != nil || ms < 0 {
				continue // -1: kept forever
			}
			if d := time.Duration(ms) * time.Millisecond; d < retention {
				log.Warn("a topic keeps records for less time than the log store keeps attempts: a log rebuilt after a lost data dir misses the older ones; raise the topic's retention.ms or lower --log-retention",
					"topic", rc.Name, "topic_retention", d.String(), "log_retention", retention.String())
			}
		}
	}
}

// maxFutureSkew is the most a producer's clock may run ahead that the
// deliveries topic should accept: Apache Kafka 4.0's default of
// message.timestamp.after.max.ms (KIP-937 added the setting in 3.6 with
// no limit).
const maxFutureSkew = time.Hour

// checkFutureTimestamps warns when the deliveries topic takes records whose
// timestamp, set by the producer's clock (message.timestamp.type
// CreateTime), may lie more than maxFutureSkew ahead: the timestamp is the
// attempt's arrival, which the processor takes as no later than when it
// read the record, but a log rebuilt after the record's time places it
// at its stamp, and the attempt's own times are the wrong clock's. A
// broker that does not report the setting (before Kafka 3.6, or the
// embedded one) is not warned about.
func checkFutureTimestamps(rc kadm.ResourceConfig, log *slog.Logger) {
	var typ string
	var after *int64
	for _, c := range rc.Configs {
		if c.Value == nil {
			continue
		}
		switch c.Key {
		case "message.timestamp.type":
			typ = *c.Value
		case "message.timestamp.after.max.ms":
			if ms, err := strconv.ParseInt(*c.Value, 10, 64); err == nil {
				after = &ms
			}
		}
	}
	if typ != "CreateTime" || after == nil || *after <= maxFutureSkew.Milliseconds() {
		return
	}
	ahead := "without limit"
	if *after < int64(100*365*24*time.Hour/time.Millisecond) {
		ahead = (time.Duration(*after) * time.Millisecond).String()
	}
	log.Warn("the deliveries topic accepts records stamped far in the future by a producer's clock, and a record's timestamp is its attempt's arrival (mailflow takes one stamped ahead as arriving when it is read, but a log rebuilt later places it at its stamp); set the topic's message.timestamp.after.max.ms to 3600000 (Kafka 4's default), or message.timestamp.type to LogAppendTime",
		"topic", rc.Name, "accepts_ahead", ahead)
}

// arrivedAt prints an arrival t in its location (the caller's local
// time), month and day first; with the year when it is not the year of now
// (a record stamped by a clock far off would otherwise pass for this
// year's), and with its zone when that is not now's, which the table's
// header names (an arrival on the other side of a daylight-saving
// change).
func arrivedAt(t, now time.Time) string {
	layout := "01-02 15:04:05"
	if t.Year() != now.Year() {
		layout = "2006-01-02 15:04:05"
	}
	if t.Format("MST") != now.Format("MST") {
		layout += " MST"
	}
	return t.Format(layout)
}
