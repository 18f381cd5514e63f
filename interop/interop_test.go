//go:build interop

package interop

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/processor"
)

// alert is what the test compares of a StatusChange.
type alert struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Cause string `json:"cause_event_id"`
}

// status is what the test compares of a domain's Mail Flow Status.
type status struct {
	Status        string  `json:"status"`
	SuccessRate   float64 `json:"success_rate"`
	Attempts      int     `json:"attempts"`
	Failures      int     `json:"failures"`
	TotalAttempts uint64  `json:"total_attempts"`
	LastCode      int     `json:"last_code"`
}

func (s status) equal(o status) bool {
	return s.Status == o.Status && math.Abs(s.SuccessRate-o.SuccessRate) < 1e-9 && s.Attempts == o.Attempts &&
		s.Failures == o.Failures && s.TotalAttempts == o.TotalAttempts && s.LastCode == o.LastCode
}

// settle waits until the deployment's group has committed every record of
// the deliveries topic and every record forwarded to the repartition
// topic: the end of a phase. A repartition partition ends with a
// transaction marker, so it is caught up when the committed offset is past
// its last record rather than at the high watermark.
func settle(ctx context.Context, d *deployment, within time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	for {
		ok, err := kafkatest.CaughtUp(ctx, d.c.adm, d.group, d.topics.Deliveries)
		if err == nil && ok {
			ok, err = repartitionCaughtUp(ctx, d)
		}
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			if err == nil {
				err = fmt.Errorf("group %s has not consumed everything", d.group)
			}
			return fmt.Errorf("not processed within %s: %w", within, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func repartitionCaughtUp(ctx context.Context, d *deployment) (bool, error) {
	recs, err := kafkatest.ReadTopic(ctx, d.c.brokers, d.topics.Repartition, true, 5*time.Second)
	if err != nil {
		return false, err
	}
	last := map[int32]int64{}
	for _, r := range recs {
		last[r.Partition] = max(last[r.Partition], r.Offset)
	}
	committed, err := d.c.adm.FetchOffsets(ctx, d.group)
	if err != nil {
		return false, err
	}
	for p, off := range last {
		if c, ok := committed.Lookup(d.topics.Repartition, p); !ok || c.At <= off {
			return false, nil
		}
	}
	return true, nil
}

// alertsFranz reads the committed alerts with franz-go, by domain in
// partition and offset order.
func alertsFranz(ctx context.Context, d *deployment) (map[string][]alert, int, error) {
	recs, err := kafkatest.ReadTopic(ctx, d.c.brokers, d.topics.Alerts, true, 10*time.Second)
	if err != nil {
		return nil, 0, err
	}
	out := map[string][]alert{}
	for _, r := range recs {
		if err := addAlert(out, r.Value); err != nil {
			return nil, 0, err
		}
	}
	return out, len(recs), nil
}

// alertsKafkaJS reads the alerts with the KafkaJS consumer
// (kafkajs/consume.js): a fresh consumer group, read_committed, the
// compression plug-ins; it stops after want records.
func alertsKafkaJS(ctx context.Context, d *deployment, want int) (map[string][]alert, error) {
	var b [4]byte
	_, _ = rand.Read(b[:])
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "kafkajs/consume.js", "--brokers", strings.Join(d.c.brokers, ","), "--topic", d.topics.Alerts,
		"--group", d.c.prefix+"kafkajs-"+hex.EncodeToString(b[:]), "--expect", fmt.Sprint(want), "--timeout-ms", "40000")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("KafkaJS consumer of %s: %v: %s", d.topics.Alerts, err, strings.TrimSpace(tail([]byte(stderr.String()), 5)))
	}
	type rec struct {
		Partition int    `json:"partition"`
		Offset    int64  `json:"offset,string"`
		Value     string `json:"value"`
	}
	var recs []rec
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l == "" {
			continue
		}
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			return nil, fmt.Errorf("KafkaJS consumer printed %q: %w", l, err)
		}
		recs = append(recs, r)
	}
	// KafkaJS interleaves partitions; a domain's alerts are in one.
	slices.SortStableFunc(recs, func(a, b rec) int {
		if a.Partition != b.Partition {
			return a.Partition - b.Partition
		}
		return cmp.Compare(a.Offset, b.Offset)
	})
	got := map[string][]alert{}
	for _, r := range recs {
		if err := addAlert(got, []byte(r.Value)); err != nil {
			return nil, err
		}
	}
	if len(recs) != want {
		return got, fmt.Errorf("KafkaJS read %d alerts, franz-go %d", len(recs), want)
	}
	return got, nil
}

func addAlert(m map[string][]alert, v []byte) error {
	var a struct {
		Domain string `json:"domain"`
		alert
	}
	if err := json.Unmarshal(v, &a); err != nil {
		return fmt.Errorf("alert %q: %w", v, err)
	}
	m[a.Domain] = append(m[a.Domain], a.alert)
	return nil
}

// getStatus asks an instance for a domain's status. The API limits the
// request rate per client; a 429 is waited out (Retry-After) and asked
// again, a few times.
func getStatus(ctx context.Context, httpAddr, domain string) (status, error) {
	var body []byte
	for attempt := 0; ; attempt++ {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		req, _ := http.NewRequestWithContext(rctx, http.MethodGet, "http://"+httpAddr+"/api/v1/domains/"+domain+"/status", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			cancel()
			return status{}, err
		}
		body, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		cancel()
		if resp.StatusCode == http.StatusTooManyRequests && attempt < 10 {
			wait := time.Second
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 && s < 10 {
				wait = time.Duration(s) * time.Second
			}
			time.Sleep(wait)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			return status{}, fmt.Errorf("%d %s", resp.StatusCode, strings.TrimSpace(string(body)))
		}
		break
	}
	var s status
	if err := json.Unmarshal(body, &s); err != nil {
		return status{}, fmt.Errorf("%s: %w", body, err)
	}
	return s, nil
}

// checkStatuses asks every instance for every domain's status until each
// equals want[domain] or within passes, and returns the mismatches.
func checkStatuses(ctx context.Context, insts []*proc, want map[string]status, within time.Duration) []string {
	type ask struct {
		domain string
		p      *proc
	}
	var pending []ask
	for _, d := range sortedKeys(want) {
		for _, p := range insts {
			pending = append(pending, ask{d, p})
		}
	}
	deadline := time.Now().Add(within)
	for {
		var bad []string
		var again []ask
		for _, a := range pending {
			got, err := getStatus(ctx, a.p.http, a.domain)
			switch {
			case err != nil:
				bad = append(bad, fmt.Sprintf("%s asked of %s: %v", a.domain, a.p.name, err))
			case !got.equal(want[a.domain]):
				bad = append(bad, fmt.Sprintf("%s asked of %s: %+v, want %+v", a.domain, a.p.name, got, want[a.domain]))
			default:
				continue
			}
			again = append(again, a)
		}
		pending = again
		if len(bad) == 0 || time.Now().After(deadline) || ctx.Err() != nil {
			return bad
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// compareAlerts returns a line per domain whose alerts differ.
func compareAlerts(what string, got, want map[string][]alert) []string {
	var bad []string
	seen := map[string]bool{}
	for _, d := range append(sortedKeys(want), sortedKeys(got)...) {
		if seen[d] {
			continue
		}
		seen[d] = true
		if !slices.Equal(got[d], want[d]) {
			bad = append(bad, fmt.Sprintf("%s %s: %v, want %v", what, d, got[d], want[d]))
		}
	}
	return bad
}

func reportAll(t *testing.T, title string, lines []string) {
	t.Helper()
	if len(lines) == 0 {
		return
	}
	const most = 12
	n, more := len(lines), ""
	if n > most {
		more = fmt.Sprintf("\n... and %d more", n-most)
		lines = lines[:most]
	}
	t.Errorf("%s (%d):\n%s%s", title, n, strings.Join(lines, "\n"), more)
}

// readyz returns an instance's /readyz answer, for a failure's report.
func readyz(ctx context.Context, p *proc) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+p.http+"/readyz", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	return fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(b)))
}

// hasFlag says whether `mailflow run` of this build has the flag.
func hasFlag(name string) bool { return strings.Contains(runHelp(), "\n  -"+name+" ") }

// TestKcatKafkaJS is issue 9's interoperability test: the scripted stream,
// in eight shares produced by kcat (CRC32 partitioner, murmur2_random, no
// key, gzip, snappy, lz4 and zstd batches, and a share produced twice) and
// a Postfix log ingested twice with fresh state dirs, over three
// `mailflow run` processes whose alerts a KafkaJS consumer reads; against
// a reference run of one instance fed by franz-go with murmur2 keys (and
// the log ingested once). Every domain's alerts must equal the
// reference's and the script's, and every domain's status asked of any of
// the three instances must equal the reference's.
func TestKcatKafkaJS(t *testing.T) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c := newCluster(t)
	main := c.deployment(t, ctx, processor.DefaultTopicPrefix, "mailflow")
	ref := c.deployment(t, ctx, "ref.", "ref")

	// Each instance writes with another codec KafkaJS must read (gzip
	// natively, the others with plug-ins).
	codecs := map[string]string{"ref": "gzip", "i1": "lz4", "i2": "zstd", "i3": "snappy"}
	compression := hasFlag("compression")
	if !compression {
		t.Errorf("mailflow run has no --compression flag: the instances write with the built-in codec")
	}
	opts := func(name string) []string {
		if compression {
			return []string{"--compression", codecs[name]}
		}
		return nil
	}
	refInst := ref.run(t, "ref", "ref", opts("ref")...)
	for _, n := range []string{"i1", "i2", "i3"} {
		main.run(t, n, n, opts(n)...)
	}
	ref.waitReady(t, ctx, time.Minute)
	main.waitReady(t, ctx, time.Minute)
	t.Logf("%5.1fs: broker and four instances up", time.Since(began).Seconds())

	base := time.Now().UTC().Truncate(time.Second).Add(-time.Hour)
	wantAlerts := map[string][]alert{}
	wantStatus := map[string]status{}
	for _, v := range kcatVariants {
		for di, d := range domainsOf(v.name) {
			wantAlerts[d.canonical] = expectedAlerts(v.name, di)
			wantStatus[d.canonical] = expectedStatus
		}
	}

	// The reference: franz-go, murmur2 keys, all in order; the log once.
	for phase := range phases {
		for _, v := range kcatVariants {
			if err := produceFranz(ctx, c.cl, ref.topics.Deliveries, 1, phaseLines(v.name, phase, base)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := ingestPostfix(ctx, ref, t.TempDir()); err != nil {
		t.Fatal(err)
	}

	// kcat, phase by phase.
	settleWithin := 30 * time.Second
	for phase := range phases {
		for _, v := range kcatVariants {
			if err := produceKcat(ctx, c.brokers, main.topics.Deliveries, v, phaseLines(v.name, phase, base)); err != nil {
				t.Fatal(err)
			}
		}
		if err := settle(ctx, main, settleWithin); err != nil {
			t.Errorf("phase %d: %v", phase+1, err)
			settleWithin = 3 * time.Second // keep going, to see the rest
		}
	}
	t.Logf("%5.1fs: kcat produced %d phases", time.Since(began).Seconds(), phases)
	// The log twice, each with a state dir of its own.
	for range 2 {
		if err := ingestPostfix(ctx, main, t.TempDir()); err != nil {
			t.Fatal(err)
		}
	}
	if err := settle(ctx, main, settleWithin); err != nil {
		t.Errorf("after ingest: %v", err)
	}
	if err := settle(ctx, ref, 30*time.Second); err != nil {
		t.Errorf("reference: %v", err)
	}
	t.Logf("%5.1fs: processed", time.Since(began).Seconds())

	pf, err := postfixEvents(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Alerts: the reference, read by franz-go and by KafkaJS, must be the
	// script's; the three instances', read the same two ways, the
	// reference's.
	refAlerts, refN, err := alertsFranz(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	scripted := map[string][]alert{}
	for d := range wantAlerts {
		scripted[d] = refAlerts[d]
	}
	reportAll(t, "the reference's alerts differ from the script's", compareAlerts("reference", scripted, wantAlerts))
	if got := refAlerts["postfix-flap.example"]; len(got) != 2 || got[0].To != "bad" || got[1].To != "good" {
		t.Errorf("reference: postfix-flap.example alerts %v, want good→bad then bad→good", got)
	}
	if js, err := alertsKafkaJS(ctx, ref, refN); err != nil {
		t.Errorf("reference (gzip): %v", err)
	} else {
		reportAll(t, "KafkaJS reads other alerts than franz-go (reference)", compareAlerts("reference", js, refAlerts))
	}
	mainAlerts, mainN, err := alertsFranz(ctx, main)
	if err != nil {
		t.Fatal(err)
	}
	reportAll(t, "alerts of the three instances differ from the reference's", byVariant(compareAlerts("kcat", mainAlerts, refAlerts)))
	if js, err := alertsKafkaJS(ctx, main, mainN); err != nil {
		t.Errorf("three instances (lz4, zstd, snappy): %v", err)
	} else {
		reportAll(t, "KafkaJS reads other alerts than franz-go (three instances)", compareAlerts("kcat", js, mainAlerts))
	}
	t.Logf("%5.1fs: alerts compared (%d reference, %d of three instances)", time.Since(began).Seconds(), refN, mainN)

	// Statuses: the reference's own must be the script's; every domain
	// asked of each of the three instances must be the reference's.
	reportAll(t, "reference statuses differ from the script's", checkStatuses(ctx, []*proc{refInst}, wantStatus, 10*time.Second))
	for d, ids := range pf {
		s, err := getStatus(ctx, refInst.http, d)
		if err != nil {
			t.Errorf("reference status of %s: %v", d, err)
			continue
		}
		if s.TotalAttempts != uint64(len(ids)) {
			t.Errorf("reference: %s has %d attempts, want the %d events of one pass of the log", d, s.TotalAttempts, len(ids))
		}
		wantStatus[d] = s
	}
	if bad := checkStatuses(ctx, main.insts, wantStatus, 10*time.Second); len(bad) > 0 {
		reportAll(t, "statuses asked of the three instances differ from the reference's", byVariant(bad))
		// What each instance says it owns, to tell a stale ownership view
		// from a store that lacks the state.
		for _, p := range main.insts {
			t.Logf("%s /readyz: %s", p.name, readyz(ctx, p))
		}
	}
	for _, p := range append(main.insts, refInst) {
		if p.exited() {
			t.Errorf("%s exited: %v", p.name, p.err)
		}
	}
	t.Logf("%5.1fs: done", time.Since(began).Seconds())
}

// byVariant puts the variant's name in front of each line about a scripted
// domain, to say which producer the difference comes from.
func byVariant(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		tag := "postfix"
		for _, v := range kcatVariants {
			for _, d := range domainsOf(v.name) {
				if strings.Contains(l, " "+d.canonical+":") || strings.HasPrefix(l, d.canonical+" ") {
					tag = "kcat " + v.name
				}
			}
		}
		out = append(out, "["+tag+"] "+l)
	}
	return out
}

// TestDefaultFlags runs three `mailflow run` on one host with default
// flags (no --instance-id; each its own --data-dir and --http): they must
// keep three different instance ids, all keep running, and process a
// stream to the scripted result, every domain's status right on each. A
// fourth given the first one's id is refused at start.
func TestDefaultFlags(t *testing.T) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := newCluster(t)
	d := c.deployment(t, ctx, processor.DefaultTopicPrefix, "mailflow")
	for _, n := range []string{"d1", "d2", "d3"} {
		d.run(t, n, "")
	}
	d.waitReady(t, ctx, time.Minute)
	base := time.Now().UTC().Truncate(time.Second).Add(-time.Hour)
	wantAlerts := map[string][]alert{}
	wantStatus := map[string]status{}
	names := []string{"dflt-a", "dflt-b", "dflt-c", "dflt-d"}
	for _, v := range names {
		for di, dom := range domainsOf(v) {
			wantAlerts[dom.canonical] = expectedAlerts(v, di)
			wantStatus[dom.canonical] = expectedStatus
		}
	}
	for phase := range phases {
		var lines []line
		for _, v := range names {
			lines = append(lines, phaseLines(v, phase, base)...)
		}
		if err := produceFranz(ctx, c.cl, d.topics.Deliveries, 1, lines); err != nil {
			t.Fatal(err)
		}
	}
	if err := settle(ctx, d, 45*time.Second); err != nil {
		t.Error(err)
	}
	got, _, err := alertsFranz(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	reportAll(t, "alerts of three default-flag instances differ from the script's", compareAlerts("default flags", got, wantAlerts))
	reportAll(t, "statuses of three default-flag instances differ from the script's", checkStatuses(ctx, d.insts, wantStatus, 10*time.Second))

	ids := map[string]string{}
	for _, p := range d.insts {
		if p.exited() {
			b, _ := os.ReadFile(p.log)
			t.Errorf("%s exited (%v):\n%s", p.name, p.err, tail(b, 8))
		}
		raw, err := os.ReadFile(filepath.Join(p.data, processor.InstanceIDFile))
		if err != nil {
			t.Errorf("%s keeps no instance id: %v", p.name, err)
			continue
		}
		ids[strings.TrimSpace(string(raw))] = p.name
	}
	if len(ids) != len(d.insts) {
		t.Errorf("instance ids kept: %v, want %d different ones", ids, len(d.insts))
	}

	// A fourth process given d1's id on a data dir of its own must refuse
	// to start, saying which id and what to do, and leave d1 alone.
	var d1ID string
	for id, name := range ids {
		if name == "d1" {
			d1ID = id
		}
	}
	if d1ID != "" {
		dup := d.startRun(t, "dup", d1ID)
		select {
		case <-dup.done:
			b, _ := os.ReadFile(dup.log)
			if dup.err == nil || !strings.Contains(string(b), `"`+d1ID+`"`) || !strings.Contains(string(b), "--instance-id") {
				t.Errorf("a second instance with id %s: exit %v, log:\n%s\nwant a failure naming the id and --instance-id", d1ID, dup.err, tail(b, 5))
			}
		case <-time.After(30 * time.Second):
			t.Errorf("a second instance with the live id %s still runs after 30s", d1ID)
		}
		time.Sleep(time.Second)
		if d.insts[0].exited() {
			t.Errorf("d1 exited after an instance with its id tried to start: %v", d.insts[0].err)
		}
	}
	t.Logf("%5.1fs: done", time.Since(began).Seconds())
}

// TestKafkaJSCodecs: the KafkaJS consumer reads batches franz-go (the
// processor's client) compressed with each codec --compression offers,
// read_committed, in one topic.
func TestKafkaJSCodecs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := newCluster(t)
	topic := c.prefix + "codecs"
	if err := processor.EnsureTopic(ctx, c.adm, topic, 1, c.replication(), false); err != nil {
		t.Fatal(err)
	}
	codecs := []string{"none", "gzip", "snappy", "lz4", "zstd"}
	for _, name := range codecs {
		codec, err := processor.ParseCompression(name)
		if err != nil {
			t.Fatal(err)
		}
		cl, err := kgo.NewClient(kgo.SeedBrokers(c.brokers...), kgo.ProducerBatchCompression(codec),
			kgo.TransactionalID(c.prefix+"codecs-"+name))
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		var recs []*kgo.Record
		for i := range 50 {
			recs = append(recs, &kgo.Record{Topic: topic, Key: []byte(name),
				Value: fmt.Appendf(nil, `{"domain":"%s.codec.example","from":"good","to":"bad","cause_event_id":"%s-%d"}`, name, name, i)})
		}
		if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cl.Close()
	}
	d := &deployment{c: c, topics: processor.Topics{Alerts: topic}}
	got, err := alertsKafkaJS(ctx, d, 50*len(codecs))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range codecs {
		if n := len(got[name+".codec.example"]); n != 50 {
			t.Errorf("KafkaJS read %d of 50 %s-compressed records", n, name)
		}
	}
}
