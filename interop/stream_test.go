//go:build interop

package interop

import (
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// The scripted stream. Every domain goes through four phases; the test
// waits between phases until the processors have consumed everything
// (including what they forwarded to the repartition topic), because a
// domain's events produced under different keys land on different
// partitions and only a phase boundary orders them. Within a phase a
// domain's events are interchangeable, and each event that causes a
// transition is alone in its phase, so the alerts (from, to, cause event)
// of a correct processor do not depend on how the producer partitioned:
//
//	phase 1: 2 bounces      (unknown→good, which is not alerted)
//	phase 2: 1 bounce       good→bad, caused by it (3 failures > budget 2)
//	phase 3: 22 deliveries  (still 3 failures among the last 25)
//	phase 4: 1 delivery     bad→good, caused by it (the first bounce left)
//
// At the end a domain is good with 26 attempts in total, 2 failures among
// the last 25 and a success rate of 23/25.
var phaseSizes = [4]struct {
	n       int
	failure bool
}{{2, true}, {1, true}, {22, false}, {1, false}}

const phases = len(phaseSizes)

// variant is one way a producer sends a share of the stream: its own
// domains, its program and options.
type variant struct {
	name string
	// kcat holds kcat's extra options; nil for franz-go.
	kcat  []string
	keyed bool
	// times the stream is produced (a replay).
	times int
}

// kcatVariants are the producers of issue 9: librdkafka's default
// partitioner (consistent_random: CRC32 of the key), murmur2_random (the
// Java client's), no key at all, compressed batches, and a replay.
var kcatVariants = []variant{
	{name: "crc", kcat: []string{}, keyed: true, times: 1},
	{name: "murmur", kcat: []string{"-X", "partitioner=murmur2_random"}, keyed: true, times: 1},
	{name: "nokey", kcat: []string{}, keyed: false, times: 1},
	{name: "gzip", kcat: []string{"-z", "gzip"}, keyed: true, times: 1},
	{name: "snappy", kcat: []string{"-z", "snappy"}, keyed: true, times: 1},
	{name: "lz4", kcat: []string{"-z", "lz4"}, keyed: true, times: 1},
	{name: "zstd", kcat: []string{"-z", "zstd"}, keyed: true, times: 1},
	{name: "replay", kcat: []string{}, keyed: true, times: 2},
}

// domain is a scripted domain: its canonical name and the spellings its
// events are keyed and addressed with, one per phase.
type domain struct {
	canonical string
	spellings [phases]string
}

// domainsOf returns a variant's three domains: an IDN one (keyed by its
// A-label, upper-cased A-label, U-label and upper-cased U-label), a
// case-varied ASCII one, and one always keyed canonically (a control).
func domainsOf(v string) []domain {
	mk := func(canonicalOrAlt string, spell func(canonical, alt string) [phases]string) domain {
		c, err := schemas.CanonicalDomain(canonicalOrAlt)
		if err != nil {
			panic(err)
		}
		return domain{canonical: c, spellings: spell(c, canonicalOrAlt)}
	}
	varied := func(c, alt string) [phases]string {
		return [phases]string{c, strings.ToUpper(c), alt, strings.ToUpper(alt)}
	}
	return []domain{
		mk("bücher-"+v+".interop.example", varied),
		mk("Split-"+v+".Interop.Example", varied),
		mk("plain-"+v+".interop.example", func(c, _ string) [phases]string { return [phases]string{c, c, c, c} }),
	}
}

// event is the JSON of a DeliveryEvent as a producer writes it; the domain
// is left out, so mailflow derives it from the recipient's spelling.
type event struct {
	V            int       `json:"v"`
	ID           string    `json:"id"`
	MessageID    string    `json:"message_id"`
	Recipient    string    `json:"recipient"`
	Sender       string    `json:"sender"`
	Attempt      int       `json:"attempt"`
	QueuedAt     time.Time `json:"queued_at"`
	CompletedAt  time.Time `json:"completed_at"`
	SMTPCode     int       `json:"smtp_code"`
	EnhancedCode string    `json:"enhanced_code"`
	Response     string    `json:"response"`
	RemoteHost   string    `json:"remote_host"`
	Transport    string    `json:"transport"`
}

// line is one record of the stream: key (a spelling of the domain) and
// JSON value.
type line struct {
	key, value string
	canonical  string
}

// phaseLines returns the records of one phase of variant v's domains, in
// order; base is the time of the stream's first attempt.
func phaseLines(v string, phase int, base time.Time) []line {
	var out []line
	for di, d := range domainsOf(v) {
		spelling := d.spellings[phase]
		for i := range phaseSizes[phase].n {
			seq := di*100 + phase*30 + i
			at := base.Add(time.Duration(seq) * time.Second)
			e := event{V: 1, ID: fmt.Sprintf("%s-%d-p%d-%d", v, di, phase+1, i), MessageID: fmt.Sprintf("<%s-%d-%d@interop.example>", v, di, seq),
				Recipient: fmt.Sprintf("user%d@%s", i, spelling), Sender: "noreply@sender.example", Attempt: 1,
				QueuedAt: at.Add(-2 * time.Second), CompletedAt: at, RemoteHost: "mx." + d.canonical, Transport: "interop"}
			if phaseSizes[phase].failure {
				e.SMTPCode, e.EnhancedCode = 550, "5.1.1"
				e.Response = fmt.Sprintf("550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table", e.Recipient)
			} else {
				e.SMTPCode, e.EnhancedCode = 250, "2.0.0"
				e.Response = "250 2.0.0 Ok: queued as 4R7kXq1Zb3z9vJt"
			}
			b, err := json.Marshal(&e)
			if err != nil {
				panic(err)
			}
			out = append(out, line{key: spelling, value: string(b), canonical: d.canonical})
		}
	}
	return out
}

// expectedAlerts are a scripted domain's alerts.
func expectedAlerts(v string, di int) []alert {
	return []alert{
		{From: "good", To: "bad", Cause: fmt.Sprintf("%s-%d-p2-0", v, di)},
		{From: "bad", To: "good", Cause: fmt.Sprintf("%s-%d-p4-0", v, di)},
	}
}

// expectedStatus is a scripted domain's status after the four phases.
var expectedStatus = status{Status: "good", Attempts: 25, Failures: 2, SuccessRate: 0.92, TotalAttempts: 26, LastCode: 250}

// produceKcat sends lines with kcat (librdkafka) to topic.
func produceKcat(ctx context.Context, brokers []string, topic string, v variant, lines []line) error {
	var in strings.Builder
	for range v.times {
		for _, l := range lines {
			if v.keyed {
				in.WriteString(l.key + "\t")
			}
			in.WriteString(l.value + "\n")
		}
	}
	args := []string{"-P", "-b", strings.Join(brokers, ","), "-t", topic, "-X", "broker.address.family=v4"}
	if v.keyed {
		args = append(args, "-K", "\t")
	}
	args = append(args, v.kcat...)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := runTool(ctx, strings.NewReader(in.String()), "kcat", args...)
	if err != nil || strings.Contains(out, "failed") || strings.Contains(out, "ERROR") {
		return fmt.Errorf("kcat %v: %v\n%s", args, err, out)
	}
	return nil
}

// produceFranz sends lines with franz-go, keyed by the canonical domain
// and partitioned by murmur2 (franz-go's default, as Kafka's Java client):
// the producer the reference run trusts.
func produceFranz(ctx context.Context, cl *kgo.Client, topic string, times int, lines []line) error {
	var recs []*kgo.Record
	for range times {
		for _, l := range lines {
			recs = append(recs, &kgo.Record{Topic: topic, Key: []byte(l.canonical), Value: []byte(l.value)})
		}
	}
	return cl.ProduceSync(ctx, recs...).FirstErr()
}

// postfixLog is a Postfix log: the labelled corpus's lines (shared/corpus,
// malformed ones left out so that ingest exits 0) and a domain,
// postfix-flap.example, whose three bounces and 23 deliveries after them
// make it Bad and Good again.
const postfixLog = "testdata/postfix.log"

// postfixEvents returns the events `mailflow ingest postfix --dry-run`
// makes of the log, per canonical domain: what one pass counts.
func postfixEvents(ctx context.Context) (map[string][]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "ingest", "postfix", "--dry-run", "--file", postfixLog, "--log-level", "warn")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("ingest --dry-run: %w", err)
	}
	byDomain := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var e struct{ ID, Domain string }
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			return nil, fmt.Errorf("ingest --dry-run wrote %q: %w", l, err)
		}
		if !slices.Contains(byDomain[e.Domain], e.ID) {
			byDomain[e.Domain] = append(byDomain[e.Domain], e.ID)
		}
	}
	return byDomain, nil
}

// ingestPostfix runs `mailflow ingest postfix` on the log with a fresh
// state dir, as a person re-running it elsewhere would.
func ingestPostfix(ctx context.Context, d *deployment, stateDir string) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	out, err := runTool(ctx, nil, binary, "ingest", "postfix", "--file", postfixLog, "--brokers", strings.Join(d.c.brokers, ","),
		"--topic-prefix", d.prefix, "--state-dir", stateDir, "--log-level", "warn")
	if err != nil {
		return fmt.Errorf("ingest postfix: %v\n%s", err, out)
	}
	return nil
}
