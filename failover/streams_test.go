//go:build failover

package failover

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/internal/kafkatest"
	"github.com/mailflow/mailflow/loadgen"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// The scripted input of the failover test (issue 15's streams besides
// Good and Bad). Record timestamps — stream time — run 48 hours over the
// stream's 200,000 events (one every 864 ms of stream time), ending two
// hours before the test starts; every one of the 1,000 domains gets an
// attempt every 14.4 minutes, 4.2 an hour, and the reseller all domains
// belong to sets silent_baseline 2 and silent_after 45m, so that every
// domain is watched for silence from about hour 12. On top of the
// alternating healthy and broken spells:
//
//   - Silence on a partition without traffic: every domain of partition
//     idlePart gets nothing during the two silent spells, while the other
//     partitions deliver: each is silent (caused by a tick its partition's
//     owner wrote) and recovers with its next attempt, once per spell in
//     which the instances kept up with the stream (see silentAfter; the
//     stream pauses in each spell for them to catch up). The first spell
//     (hours 20-24) comes after an instance was SIGKILLed and another
//     SIGTERMed, so the partition has moved; the second (38-44) after the
//     broker restart.
//   - Silence among neighbours: silentDomains other domains, elsewhere,
//     get nothing in the same spells: silent (caused by a neighbour's
//     attempt) and recovered, twice each.
//   - Delayed mail: delayDomains domains' attempts of hours 6-13 waited
//     45 minutes (default threshold 30): delayed, then recovered.
//   - A provider-wide incident: 30 extra domains of 12 customers, whose
//     mail goes to Microsoft 365, get 2 deliveries at 14:30, are all
//     blocked (550 5.7.606, blocklisted) within 90 seconds from 15:00, and
//     recover with 25 deliveries each from 17:00: one incident of the 30
//     domains, closed in the end.
const (
	streamSpan    = 48 * time.Hour
	idlePart      = 5
	silentDomains = 12
	delayDomains  = 12
	m365Domains   = 30
	m365Customers = 12
	// silentAfter is the reseller's silent_after, the shortest allowed:
	// the silences are seen if the instances process the platform's mail
	// up to a silent domain's due time before its next attempt is in the
	// topic (tick.go), which leaves them the spell less silentAfter.
	silentAfter = 45 * time.Minute
)

// silentSpells are the stream times (since the stream's start) when the
// silent domains get no mail.
var silentSpells = [][2]time.Duration{{20 * time.Hour, 24 * time.Hour}, {38 * time.Hour, 44 * time.Hour}}

// script is the failover test's input beyond the background stream.
type script struct {
	start   time.Time
	gen     *loadgen.Generator
	silent  map[string]bool // the domains of the silent spells: idlePart's and silentDomains others
	idle    map[string]bool // those of idlePart
	delayed map[string]bool
	m365    []string
	extra   []schemas.DeliveryEvent // the incident's attempts, in time order
}

func newScript() *script {
	s := &script{
		start:   time.Now().UTC().Truncate(time.Hour).Add(-streamSpan - 2*time.Hour),
		gen:     loadgen.NewGenerator(11, domains, loadgen.Mix{}, "fo-"),
		silent:  map[string]bool{},
		idle:    map[string]bool{},
		delayed: map[string]bool{},
	}
	others := 0
	for _, d := range s.gen.Domains() {
		switch p := processor.PartitionFor(d, partitions); {
		case p == idlePart:
			s.silent[d], s.idle[d] = true, true
		case others < silentDomains:
			s.silent[d] = true
			others++
		case len(s.delayed) < delayDomains:
			s.delayed[d] = true
		}
	}
	for i := 0; len(s.m365) < m365Domains; i++ {
		d := fmt.Sprintf("m365-%02d.example", i)
		if processor.PartitionFor(d, partitions) != idlePart {
			s.m365 = append(s.m365, d)
		}
	}
	n := 0
	add := func(d string, at time.Duration, code int, resp string) {
		n++
		t := s.start.Add(at)
		s.extra = append(s.extra, schemas.DeliveryEvent{
			V: 1, ID: fmt.Sprintf("m365-ev-%05d", n), MessageID: fmt.Sprintf("<m365-%d@mail.example>", n),
			Domain: d, Recipient: fmt.Sprintf("user%d@%s", n, d), Sender: "news@mail.example", QueuedAt: t.Add(-2 * time.Second), CompletedAt: t,
			SMTPCode: code, Response: resp, RemoteHost: strings.ReplaceAll(strings.TrimSuffix(d, ".example"), ".", "-") + "-example.mail.protection.outlook.com",
			RemoteIP: "40.107.22.5", Transport: "out-1.mail.example",
		})
	}
	ok := "250 2.6.0 <m@mail.example> [InternalId=123, Hostname=AM7PR02MB6387.eurprd02.prod.outlook.com] Queued mail for delivery"
	blocked := "550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430)"
	for k := range 2 {
		for i, d := range s.m365 {
			add(d, 14*time.Hour+30*time.Minute+time.Duration(k*m365Domains+i)*time.Second, 250, ok)
		}
	}
	for k := range 3 {
		for i, d := range s.m365 {
			add(d, 15*time.Hour+time.Duration(k*m365Domains+i)*time.Second, 550, blocked)
		}
	}
	for k := range 25 {
		for i, d := range s.m365 {
			add(d, 17*time.Hour+time.Duration(k*m365Domains+i)*time.Second, 250, ok)
		}
	}
	return s
}

// customerOf is the customer of an incident domain.
func (s *script) customerOf(i int) string { return fmt.Sprintf("c%02d", 1+i%m365Customers) }

// publishDirectory writes the directory the script needs to the config
// topic: reseller r1 (silent_baseline 2), customer c00 of the background
// domains and c01-c12 of the incident domains.
func (s *script) publishDirectory(ctx context.Context, t *testing.T, cl *kgo.Client, topic string) {
	t.Helper()
	entities := []any{directory.Reseller{ID: "r1", Settings: directory.Settings{SilentBaseline: 2, SilentAfter: silentAfter}}, directory.Customer{ID: "c00", Reseller: "r1"}}
	for c := 1; c <= m365Customers; c++ {
		entities = append(entities, directory.Customer{ID: fmt.Sprintf("c%02d", c), Reseller: "r1"})
	}
	for _, d := range s.gen.Domains() {
		entities = append(entities, directory.Domain{Name: d, Customer: "c00"})
	}
	for i, d := range s.m365 {
		entities = append(entities, directory.Domain{Name: d, Customer: s.customerOf(i)})
	}
	var recs []directory.Record
	for _, e := range entities {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, cl, topic, recs); err != nil {
		t.Fatalf("publish the directory: %v", err)
	}
}

// inSpell reports whether at (since the start) is in a silent spell.
func inSpell(at time.Duration) bool {
	for _, sp := range silentSpells {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// settleAfter is how far into a silent spell (stream time) the stream
// pauses for the group to catch up (see stream), and settleMax how long
// it waits at most.
const (
	settleAfter = silentAfter + 15*time.Minute
	settleMax   = 45 * time.Second
)

// stream produces the events at the test's rate, keyed by domain, with
// their stream times as record timestamps.
//
// In each silent spell it pauses once, settleAfter into it, until the
// disturbed group has processed everything produced (settle, at most
// settleMax; settled[i] says whether it had for spell i): the owner of
// the idle partition then ticks it past its domains' due times before
// their next attempts are in the topic, however far a disturbance left
// the group behind (see silentAfter).
func (s *script) stream(ctx context.Context, cl *kgo.Client, produced *atomic.Int64, settle func() bool, settled []bool) error {
	healthy := loadgen.Mix{Deferred: 0.02, Bounced: 0.01}
	broken := loadgen.Mix{Deferred: 0.2, Bounced: 0.3}
	step := streamSpan / events
	start := time.Now()
	extra := s.extra
	spell := 0
	const batch = 500
	for n := 0; n < events; n += batch {
		if at := time.Duration(n) * step; spell < len(silentSpells) && at >= silentSpells[spell][0]+settleAfter {
			paused := time.Now()
			settled[spell] = settle()
			start = start.Add(time.Since(paused)) // the rate goes on from here
			spell++
		}
		recs := make([]*kgo.Record, 0, batch+len(s.extra))
		for i := n; i < n+batch && i < events; i++ {
			at := time.Duration(i) * step
			for len(extra) > 0 && !extra[0].CompletedAt.After(s.start.Add(at)) {
				v, err := schemas.MarshalDeliveryEvent(&extra[0])
				if err != nil {
					return err
				}
				recs = append(recs, &kgo.Record{Key: []byte(extra[0].Domain), Value: v, Timestamp: extra[0].CompletedAt})
				extra = extra[1:]
			}
			d := s.gen.Domains()[i%domains]
			if s.silent[d] && inSpell(at) {
				continue
			}
			mix := healthy
			if (i/25_000+i%domains)%3 == 0 {
				mix = broken
			}
			ev := s.gen.NextFor(d, s.start.Add(at), mix)
			if s.delayed[d] && at >= 6*time.Hour && at < 13*time.Hour {
				ev.QueuedAt = ev.CompletedAt.Add(-45 * time.Minute)
			}
			v, err := schemas.MarshalDeliveryEvent(&ev)
			if err != nil {
				return err
			}
			recs = append(recs, &kgo.Record{Key: []byte(ev.Domain), Value: v, Timestamp: ev.CompletedAt})
		}
		if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
			return fmt.Errorf("produce at event %d: %w", n, err)
		}
		produced.Add(int64(len(recs)))
		if ahead := time.Duration(n+batch)*time.Second/rate - time.Since(start); ahead > 0 {
			time.Sleep(ahead)
		}
	}
	return nil
}

// tickCause matches the cause of an alert caused by a tick record.
var tickCause = regexp.MustCompile(`^tick-[0-9]+-[0-9]+$`)

// checkDetections checks the delay and silence alerts of a run against
// the script: for every domain of the silent spells, one silent alert and
// one recovery per spell, caused by a neighbour's attempt (on idlePart,
// by a tick, and at most one per spell: see silentAfter; exactly one in
// a spell in which the group had caught up, see stream), each inside its
// spell; no silence of any other domain; and at least one delayed alert
// and one recovery for every delayed domain, none for others. It returns
// the alerts counted by kind and how many of the idle partition's domains
// were seen silent in each spell.
func (s *script) checkDetections(t *testing.T, who string, alerts []schemas.StatusChange, settled []bool) (map[string]int, []int) {
	t.Helper()
	kinds := map[string]int{}
	idleSeen := make([]int, len(silentSpells))
	type count struct {
		silent, recovered, tickCaused, delayed, delayRecovered int
		times                                                  []string // of the silence alerts, since the start
	}
	by := map[string]*count{}
	for _, c := range alerts {
		kind := c.Kind
		if kind == schemas.KindStatus {
			kind = "status"
		}
		kinds[kind]++
		n := by[c.Domain]
		if n == nil {
			n = &count{}
			by[c.Domain] = n
		}
		switch c.Kind {
		case schemas.KindSilent, schemas.KindSilentRecovered:
			n.times = append(n.times, fmt.Sprintf("%s at %s by %s", c.Kind, c.At.Sub(s.start).Round(time.Second), c.CauseEventID))
		}
		switch c.Kind {
		case schemas.KindSilent:
			n.silent++
			if tickCause.MatchString(c.CauseEventID) {
				n.tickCaused++
			}
			spell := -1
			for i, sp := range silentSpells {
				if at := c.At.Sub(s.start); at >= sp[0] && at < sp[1] {
					spell = i
				}
			}
			switch {
			case spell < 0:
				t.Errorf("%s: %s silent at %s, outside the silent spells", who, c.Domain, c.At.Sub(s.start))
			case s.idle[c.Domain]:
				idleSeen[spell]++
			}
		case schemas.KindSilentRecovered:
			n.recovered++
		case schemas.KindDelayed:
			n.delayed++
		case schemas.KindDelayRecovered:
			n.delayRecovered++
		}
	}
	bad := 0
	report := func(format string, args ...any) {
		bad++
		if bad <= 5 {
			t.Errorf(who+": "+format, args...)
		}
	}
	spells := len(silentSpells)
	for d := range s.silent {
		n := by[d]
		if n == nil {
			n = &count{}
		}
		if s.idle[d] {
			if n.silent > spells || n.recovered != n.silent || n.tickCaused != n.silent {
				report("%s (idle partition): %d silent alerts (%d caused by ticks), %d recoveries; want at most %d, all by ticks, each recovered: %v", d, n.silent, n.tickCaused, n.recovered, spells, n.times)
			}
			continue
		}
		if wantTick := 0; n.silent != spells || n.recovered != spells || n.tickCaused != wantTick {
			report("%s (idle partition %v): %d silent alerts (%d caused by ticks), %d recoveries; want %d, %d, %d: %v", d, s.idle[d], n.silent, n.tickCaused, n.recovered, spells, wantTick, spells, n.times)
		}
	}
	for d, n := range by {
		if !s.silent[d] && (n.silent > 0 || n.recovered > 0) {
			report("%s, which the script never leaves without mail: %d silent alerts, %d recoveries", d, n.silent, n.recovered)
		}
		if !s.delayed[d] && (n.delayed > 0 || n.delayRecovered > 0) {
			report("%s, whose mail is never delayed: %d delayed alerts, %d recoveries", d, n.delayed, n.delayRecovered)
		}
	}
	for d := range s.delayed {
		if n := by[d]; n == nil || n.delayed == 0 || n.delayRecovered != n.delayed {
			report("%s: delayed alerts %+v, want one or more, each recovered", d, n)
		}
	}
	if bad > 5 {
		t.Errorf("%s: %d more problems with the detection alerts", who, bad-5)
	}
	for i, seen := range idleSeen {
		if settled[i] && seen != len(s.idle) {
			t.Errorf("%s: %d of the %d domains of the idle partition were seen silent in spell %d, in which the group had caught up; want all", who, seen, len(s.idle), i+1)
		}
	}
	return kinds, idleSeen
}

// readAlerts reads a topic of status changes whole (read_committed).
func readAlerts(ctx context.Context, t *testing.T, brokers []string, topic string) []schemas.StatusChange {
	t.Helper()
	recs, err := kafkatest.ReadTopic(ctx, brokers, topic, true, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]schemas.StatusChange, 0, len(recs))
	for _, r := range recs {
		c, err := schemas.DecodeStatusChange(r.Value)
		if err != nil {
			t.Fatalf("%s %d/%d: %v", topic, r.Partition, r.Offset, err)
		}
		out = append(out, c)
	}
	return out
}

// incidentsSummary checks the incident records of a topic — each
// revision of each incident exactly once, revisions 1, 2, … with none
// missing, nothing after a closing revision — and returns the last
// revision of each Microsoft 365 incident (the script's) and the number
// of incidents and records.
func (s *script) incidentsSummary(ctx context.Context, t *testing.T, brokers []string, topic, who string) (m365 []schemas.Incident, incidents, records int) {
	t.Helper()
	recs, err := kafkatest.ReadTopic(ctx, brokers, topic, true, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	revs := map[string][]schemas.Incident{}
	for _, r := range recs {
		inc, err := schemas.DecodeIncident(r.Value)
		if err != nil {
			t.Fatalf("%s: %s %d/%d: %v", who, topic, r.Partition, r.Offset, err)
		}
		revs[inc.ID] = append(revs[inc.ID], inc)
	}
	for id, list := range revs {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Revision < list[j].Revision })
		for i, inc := range list {
			if inc.Revision != i+1 {
				t.Errorf("%s: incident %s (%s, %s): revisions %v: want 1 to %d, each once", who, id, inc.Provider, inc.Category, revisionsOf(list), len(list))
				break
			}
			if !inc.Open && i != len(list)-1 {
				t.Errorf("%s: incident %s has revisions after its closing one: %v", who, id, revisionsOf(list))
				break
			}
		}
		if last := list[len(list)-1]; last.Provider == "microsoft365" {
			m365 = append(m365, last)
		}
	}
	return m365, len(revs), len(recs)
}

func revisionsOf(list []schemas.Incident) []int {
	out := make([]int, len(list))
	for i, inc := range list {
		out[i] = inc.Revision
	}
	return out
}

// checkM365 checks the incidents of the script's 30 blocked domains:
// blocklisted, every domain in at most one, every one closed with all its
// domains recovered. It returns how many domains they hold. (Blocked
// within 90 seconds of stream time, they make one incident when the
// stage reads their alerts about in stream time order, as it does live;
// an instance stopped or a stage catching up with a backlog reads one
// alert partition ahead of another, and an incident may close before the
// domains of a partition read later join it, which then make a second.)
func (s *script) checkM365(t *testing.T, who string, incs []schemas.Incident) int {
	t.Helper()
	in := map[string]string{}
	for _, inc := range incs {
		var names []string
		for _, d := range inc.Domains {
			names = append(names, d.Domain)
			if other, dup := in[d.Domain]; dup {
				t.Errorf("%s: %s is in two Microsoft 365 incidents, %s and %s", who, d.Domain, other, inc.ID)
			}
			in[d.Domain] = inc.ID
			if !slices.Contains(s.m365, d.Domain) {
				t.Errorf("%s: %s, not one of the script's, is in Microsoft 365 incident %s", who, d.Domain, inc.ID)
			}
		}
		if inc.Category != schemas.CategoryBlocklisted.String() || inc.Open || inc.Affected != 0 {
			t.Errorf("%s: Microsoft 365 incident's last revision: %s revision %d %s, category %s, %d of %d affected, customers %v, domains %v",
				who, inc.ID, inc.Revision, inc.Event, inc.Category, inc.Affected, inc.Total, inc.Customers, names)
		}
	}
	return len(in)
}

// stageCaughtUp waits until group's committed offsets on topic, a topic
// written only in transactions, reach its end: the offset before the
// last (a transaction's end marker, which no consumer commits past) on
// every partition, twice in a row a second apart.
func stageCaughtUp(ctx context.Context, t *testing.T, adm *kadm.Client, group, topic string) {
	t.Helper()
	stable := 0
	for stable < 2 {
		ends, err1 := adm.ListEndOffsets(ctx, topic)
		committed, err2 := adm.FetchOffsets(ctx, group)
		ok := err1 == nil && err2 == nil
		if ok {
			ends.Each(func(o kadm.ListedOffset) {
				c, found := committed.Lookup(o.Topic, o.Partition)
				if o.Offset > 0 && (!found || c.At < o.Offset-1) {
					ok = false
				}
			})
		}
		if ok {
			stable++
		} else {
			stable = 0
		}
		select {
		case <-ctx.Done():
			t.Fatalf("group %s did not catch up with %s", group, topic)
		case <-time.After(time.Second):
		}
	}
}
