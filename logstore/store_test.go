package logstore

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/mailflow/mailflow/schemas"
)

const testPartitions = 4

func partitionOf(domain string) int32 {
	h := fnv.New32a()
	h.Write([]byte(domain))
	return int32(h.Sum32() % testPartitions)
}

// testClock is a clock tests move by hand.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

func openTest(t testing.TB, dir string, clock *testClock, opts ...Option) *Store {
	t.Helper()
	opts = append([]Option{WithClock(clock.now), WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))}, opts...)
	s, err := Open(dir, partitionOf, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var (
	testDomains = []string{"example.org", "bad.example", "xn--bcher-kva.example"}
	testLocals  = []string{"alice", "Bob", "carol", "dave", "erin"}
	testSenders = []string{"", "news@shop.example", "billing@corp.example", "NEWS@shop.example"}
	testHosts   = []string{"mx1.example.org", "MX2.example.org", "", "mx.google.com"}
	testIPs     = []string{"192.0.2.1", "2001:db8::25", "", "198.51.100.7"}
	testResps   = []string{
		"250 2.0.0 OK queued as 12345",
		"550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try again",
		"451 4.7.1 Greylisted, please try again later",
		"421 Too many connections from your IP",
		"554 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org",
		"connect to mx.example: Connection timed out",
	}
)

// genAttempts makes n attempts over the domains, arriving over span after
// start, with offsets increasing per source partition.
func genAttempts(r *rand.Rand, n int, start time.Time, span time.Duration) []Attempt {
	next := map[Pos]int64{}
	out := make([]Attempt, 0, n)
	for i := range n {
		d := testDomains[r.IntN(len(testDomains))]
		src := Source(r.IntN(2))
		key := Pos{Source: src, Partition: partitionOf(d)}
		off := next[key]
		next[key] = off + 1 + int64(r.IntN(3))
		arrival := start.Add(time.Duration(r.Int64N(int64(span)))).UTC()
		if r.IntN(10) == 0 && len(out) > 0 {
			arrival = out[len(out)-1].Arrival // same nanosecond: order by position
		}
		out = append(out, Attempt{
			Event: schemas.DeliveryEvent{
				V: schemas.Version, ID: fmt.Sprintf("ev-%d", i), MessageID: fmt.Sprintf("msg-%d", r.IntN(n/4+1)),
				Domain: d, Recipient: testLocals[r.IntN(len(testLocals))] + "@" + d, Sender: testSenders[r.IntN(len(testSenders))],
				Attempt: 1 + r.IntN(5), QueuedAt: arrival.Add(-time.Duration(r.IntN(3600)) * time.Second),
				CompletedAt: arrival.Add(-time.Duration(r.IntN(1000)) * time.Millisecond), SMTPCode: 250 + r.IntN(3)*100,
				EnhancedCode: "5.1.1", Response: testResps[r.IntN(len(testResps))], RemoteHost: testHosts[r.IntN(len(testHosts))],
				RemoteIP: testIPs[r.IntN(len(testIPs))], Transport: "out1", Size: r.Int64N(1 << 20),
				Outcome: schemas.Outcome(1 + r.IntN(4)),
			},
			Category: schemas.Category(1 + r.IntN(schemas.NumCategories-1)),
			Provider: []string{"", "google"}[r.IntN(2)],
			Arrival:  arrival,
			Pos:      Pos{Source: src, Partition: key.Partition, Offset: off},
		})
	}
	return out
}

func appendAll(t testing.TB, s *Store, attempts []Attempt, batch int) {
	t.Helper()
	for len(attempts) > 0 {
		n := min(batch, len(attempts))
		if _, err := s.Append(context.Background(), attempts[:n]); err != nil {
			t.Fatal(err)
		}
		attempts = attempts[n:]
	}
}

// reference is what a query must return: a plain filter over the attempts,
// newest first by arrival, then position.
func reference(all []Attempt, domain string, f Filter) []Attempt {
	var out []Attempt
	for i := range all {
		if all[i].Event.Domain == domain && f.Matches(&all[i]) {
			out = append(out, all[i])
		}
	}
	slices.SortFunc(out, func(a, b Attempt) int {
		return cmp.Or(b.Arrival.Compare(a.Arrival), cmp.Compare(b.Pos.Source, a.Pos.Source), cmp.Compare(b.Pos.Offset, a.Pos.Offset))
	})
	return out
}

func randomFilter(r *rand.Rand, all []Attempt, start time.Time, span time.Duration) Filter {
	var f Filter
	pick := func() *Attempt { return &all[r.IntN(len(all))] }
	if r.IntN(3) == 0 {
		f.Since = start.Add(time.Duration(r.Int64N(int64(span))))
	}
	if r.IntN(3) == 0 {
		f.Until = start.Add(time.Duration(r.Int64N(int64(span))))
	}
	if r.IntN(4) == 0 {
		f.Recipient = strings.ToUpper(pick().Event.Recipient)
	}
	if r.IntN(5) == 0 {
		f.Sender = pick().Event.Sender
	}
	if r.IntN(4) == 0 {
		f.MessageID = pick().Event.MessageID
	}
	if r.IntN(5) == 0 {
		if r.IntN(2) == 0 {
			f.Remote = pick().Event.RemoteHost
		} else {
			f.Remote = pick().Event.RemoteIP
		}
	}
	if r.IntN(4) == 0 {
		f.Outcome = schemas.Outcome(1 + r.IntN(4))
	}
	if r.IntN(4) == 0 {
		f.Category = schemas.Category(1 + r.IntN(schemas.NumCategories-1))
	}
	if r.IntN(4) == 0 {
		f.Text = []string{"try again", "SPAMHAUS", "timed out", "ok", "nothing like this"}[r.IntN(5)]
	}
	f.Limit = 1 + r.IntN(40)
	if r.IntN(3) == 0 {
		f.MaxScan = 1 + r.IntN(30)
	}
	return f
}

func queryAll(t testing.TB, s *Store, domain string, f Filter) []Attempt {
	t.Helper()
	var got []Attempt
	for pages := 0; ; pages++ {
		if pages > 100000 {
			t.Fatal("query does not end")
		}
		p, err := s.Query(context.Background(), domain, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Attempts) > max(f.Limit, 0) && f.Limit > 0 {
			t.Fatalf("page of %d attempts for limit %d", len(p.Attempts), f.Limit)
		}
		got = append(got, p.Attempts...)
		if p.Next == "" {
			return got
		}
		f.Cursor = p.Next
	}
}

func sameAttempts(t *testing.T, what string, got, want []Attempt) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d attempts, want %d", what, len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Pos != w.Pos || !g.Arrival.Equal(w.Arrival) || g.Event.ID != w.Event.ID {
			t.Fatalf("%s: attempt %d is %s at %v, want %s at %v", what, i, g.Event.ID, g.Pos, w.Event.ID, w.Pos)
		}
	}
}

// TestQueryMatchesReference checks every filter and random combinations
// against a plain filter over the same attempts, across pages and scan
// budgets, and after the same attempts are appended again (a replay).
func TestQueryMatchesReference(t *testing.T) {
	// Exact: flushes compare the domain names as they do after two
	// domains' hashes collide.
	for _, exact := range []bool{false, true} {
		t.Run(fmt.Sprintf("exact=%v", exact), func(t *testing.T) { testQueryMatchesReference(t, exact) })
	}
}

func testQueryMatchesReference(t *testing.T, exact bool) {
	start := time.Date(2026, 11, 20, 7, 30, 0, 0, time.UTC)
	span := 30 * time.Hour
	clock := &testClock{start.Add(span)}
	// A small buffer: the attempts are in many segments (several an hour,
	// hours spread over many flushes) and in the buffer.
	s := openTest(t, t.TempDir(), clock, WithTuning(256<<10, 0, false))
	s.tables = &tableWriter{dir: filepath.Join(s.dir, ingestDir), opts: s.writerOpts, exact: exact}
	r := rand.New(rand.NewPCG(1, 2))
	all := genAttempts(r, 3000, start, span)
	appendAll(t, s, all, 37)
	// A replay of a part (after a crash) changes nothing.
	appendAll(t, s, all[1000:2000], 100)

	single := []Filter{
		{}, {Since: start.Add(5 * time.Hour)}, {Until: start.Add(20 * time.Hour)},
		{Since: start.Add(3 * time.Hour), Until: start.Add(4 * time.Hour)},
		{Recipient: "ALICE@example.org"}, {Sender: "news@shop.example"}, {MessageID: all[7].Event.MessageID},
		{Remote: "mx2.example.org"}, {Remote: "2001:db8::25"}, {Outcome: schemas.OutcomeBounced},
		{Category: schemas.CategoryGreylisted}, {Text: "try AGAIN"}, {Text: "\n550 5.1.1"},
		{Since: start.Add(time.Hour), Until: start.Add(time.Hour)},
	}
	for i, f := range single {
		for _, d := range testDomains {
			f.Limit = 7
			sameAttempts(t, fmt.Sprintf("filter %d %+v on %s", i, f, d), queryAll(t, s, d, f), reference(all, d, f))
		}
	}
	for i := range 300 {
		f := randomFilter(r, all, start, span)
		d := testDomains[r.IntN(len(testDomains))]
		sameAttempts(t, fmt.Sprintf("random filter %d %+v on %s", i, f, d), queryAll(t, s, d, f), reference(all, d, f))
	}
	// Everything round-trips: the first page of a domain holds exactly the
	// attempts appended.
	want := reference(all, "bad.example", Filter{})
	got := queryAll(t, s, "bad.example", Filter{Limit: 1000})
	for i := range got {
		g, w := got[i], want[i]
		g.Event.V, w.Event.V = 0, 0
		if fmt.Sprint(g) != fmt.Sprint(w) {
			t.Fatalf("attempt %d read back as\n%+v\nwant\n%+v", i, g, w)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	s := openTest(t, t.TempDir(), &testClock{time.Now()})
	good := encodeCursor(1764482400000000000, Pos{Source: SourceRepartition, Offset: 42})
	// Strings Go's base64 decoder reads as good's bytes but that are not
	// good: CR or LF anywhere is skipped by the decoder. (A cursor is 18
	// bytes, 24 characters with no unused bits, so that member of the
	// kind is checked on the API's cursor.)
	noncanonical := []string{
		good[:3] + "\r" + good[3:],
		good[:5] + "\n" + good[5:],
		good + "\n",
		"\r\n" + good,
		good[:23] + "\r\n\r\n" + good[23:],
	}
	if _, _, _, err := decodeCursor(good); err != nil {
		t.Fatalf("own cursor %q: %v", good, err)
	}
	for _, c := range append([]string{"x", "AQ", "AgAAAAAAAAAAAAAAAAAAAAAA"}, noncanonical...) {
		if _, err := s.Query(context.Background(), "example.org", Filter{Cursor: c}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
		}
	}
	now := time.Now()
	bad := []Attempt{
		{Event: schemas.DeliveryEvent{Domain: ""}, Arrival: now},
		{Event: schemas.DeliveryEvent{Domain: "a\x00b"}, Arrival: now},
		{Event: schemas.DeliveryEvent{Domain: "example.org"}, Arrival: now, Pos: Pos{Partition: partitionOf("example.org") + 1}},
	}
	for i, a := range bad {
		if _, err := s.Append(context.Background(), []Attempt{a}); err == nil {
			t.Errorf("bad attempt %d appended without error", i)
		}
	}
}

// TestDuplicateEventIDs: a producer's second copy of an event (same id,
// another offset) is kept once; the same id after the horizon counts
// again, as in the processor.
func TestDuplicateEventIDs(t *testing.T) {
	now := time.Date(2026, 11, 25, 23, 50, 0, 0, time.UTC)
	clock := &testClock{now.Add(72 * time.Hour)}
	s := openTest(t, t.TempDir(), clock, WithDedupeHorizon(24*time.Hour))
	d := "example.org"
	part := partitionOf(d)
	mk := func(off int64, at time.Time, id string) Attempt {
		return Attempt{Event: schemas.DeliveryEvent{ID: id, Domain: d, Recipient: "a@" + d, MessageID: "m", Outcome: schemas.OutcomeDelivered},
			Arrival: at, Pos: Pos{Partition: part, Offset: off}}
	}
	st, err := s.Append(context.Background(), []Attempt{mk(1, now, "e1"), mk(2, now.Add(time.Second), "e1")})
	if err != nil || st.Written != 1 || st.Duplicates != 1 {
		t.Fatalf("same batch: %+v %v", st, err)
	}
	// Across midnight (another day's id bucket) and in a later batch.
	st, err = s.Append(context.Background(), []Attempt{mk(3, now.Add(20*time.Minute), "e1"), mk(1, now, "e1")})
	if err != nil || st.Written != 1 || st.Duplicates != 1 {
		t.Fatalf("later batch: %+v %v", st, err)
	}
	st, err = s.Append(context.Background(), []Attempt{mk(4, now.Add(25*time.Hour), "e1")})
	if err != nil || st.Written != 1 {
		t.Fatalf("after the horizon: %+v %v", st, err)
	}
	// The processor's live path has deduplicated already: no lookup, but
	// a copy in the same batch is still dropped, and the id is recorded
	// for a later (checked) replay.
	st, err = s.AppendCounted(context.Background(), []Attempt{mk(5, now.Add(26*time.Hour), "e2"), mk(6, now.Add(26*time.Hour), "e2")})
	if err != nil || st.Written != 1 || st.Duplicates != 1 {
		t.Fatalf("counted batch: %+v %v", st, err)
	}
	// Written out, the flushes keep no filter in memory; a replay reads
	// it from disk.
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	for flush, fi := range s.flushes {
		if fi.filter != nil {
			t.Errorf("flush %d keeps its event id filter in memory", flush)
		}
	}
	s.mu.Unlock()
	st, err = s.Append(context.Background(), []Attempt{mk(7, now.Add(27*time.Hour), "e2")})
	if err != nil || st.Written != 0 || st.Duplicates != 1 {
		t.Fatalf("replayed copy of a counted id: %+v %v", st, err)
	}
	got := queryAll(t, s, d, Filter{})
	if len(got) != 3 || got[0].Pos.Offset != 5 || got[1].Pos.Offset != 4 || got[2].Pos.Offset != 1 {
		t.Fatalf("kept %v", got)
	}
}

func TestTimeline(t *testing.T) {
	start := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	s := openTest(t, t.TempDir(), &testClock{start.Add(48 * time.Hour)})
	d := "bad.example"
	part := partitionOf(d)
	var in []Attempt
	for i := range 4 {
		at := start.Add(time.Duration(i) * 90 * time.Minute)
		in = append(in, Attempt{Event: schemas.DeliveryEvent{ID: fmt.Sprint("e", i), MessageID: "<m1@x>", Domain: d, Recipient: "u@" + d,
			QueuedAt: start.Add(-time.Minute), CompletedAt: at, Outcome: schemas.OutcomeDeferred, Response: "451 4.7.1 try later\nsecond line"},
			Arrival: at, Pos: Pos{Partition: part, Offset: int64(10 - i)}})
	}
	in = append(in, Attempt{Event: schemas.DeliveryEvent{ID: "other", MessageID: "<m2@x>", Domain: d}, Arrival: start, Pos: Pos{Partition: part, Offset: 99}})
	appendAll(t, s, in, 2)
	tl, trunc, err := s.Timeline(context.Background(), d, "<m1@x>")
	if err != nil || trunc || len(tl) != 4 {
		t.Fatalf("timeline: %d entries, %v, %v", len(tl), trunc, err)
	}
	for i, e := range tl {
		if e.Event.ID != fmt.Sprint("e", i) || e.Delay != time.Duration(i)*90*time.Minute+time.Minute {
			t.Errorf("entry %d: %s delay %s", i, e.Event.ID, e.Delay)
		}
		if i > 0 && e.SincePrevious != 90*time.Minute {
			t.Errorf("entry %d: since previous %s", i, e.SincePrevious)
		}
		if e.Event.Response != "451 4.7.1 try later\nsecond line" {
			t.Errorf("entry %d: response %q", i, e.Event.Response)
		}
	}
	if tl, _, _ := s.Timeline(context.Background(), d, "<M1@x>"); len(tl) != 0 {
		t.Errorf("message ids are case-sensitive, got %d entries", len(tl))
	}
}

// TestRetentionFreesSpace: attempts older than the retention go, with
// their indexes and id keys, and the disk they took is freed.
func TestRetentionFreesSpace(t *testing.T) {
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	clock := &testClock{start}
	s := openTest(t, t.TempDir(), clock, WithRetention(48*time.Hour))
	r := rand.New(rand.NewPCG(3, 4))
	// Ten days of attempts, appended as they arrive.
	var all []Attempt
	offs := map[Pos]int64{}
	for day := range 10 {
		batch := genAttempts(r, 2000, start.Add(time.Duration(day)*24*time.Hour), 24*time.Hour)
		for i := range batch {
			k := Pos{Source: batch[i].Pos.Source, Partition: batch[i].Pos.Partition}
			batch[i].Pos.Offset += offs[k]
			batch[i].Event.ID = fmt.Sprintf("d%d-%s", day, batch[i].Event.ID)
			batch[i].Event.Response += strings.Repeat(fmt.Sprintf(" %x", r.Uint64()), 20) // not compressible
		}
		for _, a := range batch {
			k := Pos{Source: a.Pos.Source, Partition: a.Pos.Partition}
			offs[k] = max(offs[k], a.Pos.Offset+1)
		}
		clock.t = start.Add(time.Duration(day+1) * 24 * time.Hour)
		appendAll(t, s, batch, 500)
		all = append(all, batch...)
	}
	if err := s.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	before, _ := s.DiskUsage()
	kept, err := s.Expire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := clock.t.Add(-48 * time.Hour); !kept.Equal(want) {
		t.Fatalf("kept from %s, want %s", kept, want)
	}
	if err := s.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Pebble deletes the files a compaction made obsolete in the
	// background.
	var after uint64
	for wait := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		after, _ = s.DiskUsage()
		if after <= before*35/100 || time.Since(wait) > 10*time.Second {
			break
		}
	}
	t.Logf("disk before expiry %d bytes, after %d", before, after)
	if after > before*35/100 {
		t.Errorf("expiring 8 of 10 days left %d of %d bytes", after, before)
	}
	for _, d := range testDomains {
		got := queryAll(t, s, d, Filter{Limit: 1000})
		want := reference(all, d, Filter{Since: kept})
		sameAttempts(t, "after expiry "+d, got, want)
		got = queryAll(t, s, d, Filter{Limit: 1000, Outcome: schemas.OutcomeBounced})
		sameAttempts(t, "index after expiry "+d, got, reference(all, d, Filter{Since: kept, Outcome: schemas.OutcomeBounced}))
	}
	// Appending an expired attempt (a replay from far back) writes nothing.
	st, err := s.Append(context.Background(), all[:10])
	if err != nil || st.Expired != 10 {
		t.Fatalf("append of expired attempts: %+v, %v", st, err)
	}
}

func TestCheckpointsAndDropPartition(t *testing.T) {
	start := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	s := openTest(t, t.TempDir(), &testClock{start.Add(40 * time.Hour)})
	r := rand.New(rand.NewPCG(5, 6))
	all := genAttempts(r, 500, start, 30*time.Hour)
	// Half in segments on disk, half in the buffer.
	if _, err := s.Append(context.Background(), all[:250]); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(context.Background(), all[250:], Mark{SourceDeliveries, 2, 77}, Mark{SourceRepartition, 2, 5}); err != nil {
		t.Fatal(err)
	}
	if off, ok, err := s.Checkpoint(SourceDeliveries, 2); err != nil || !ok || off != 77 {
		t.Fatalf("checkpoint %d %v %v", off, ok, err)
	}
	if _, ok, _ := s.Checkpoint(SourceDeliveries, 3); ok {
		t.Fatal("checkpoint of a partition never appended")
	}
	drop := partitionOf("bad.example")
	if err := s.DropPartition(context.Background(), drop); err != nil {
		t.Fatal(err)
	}
	for _, d := range testDomains {
		got := queryAll(t, s, d, Filter{Limit: 1000})
		if partitionOf(d) == drop {
			if len(got) != 0 {
				t.Errorf("%s: %d attempts after its partition was dropped", d, len(got))
			}
			continue
		}
		sameAttempts(t, d, got, reference(all, d, Filter{}))
	}
	if _, ok, _ := s.Checkpoint(SourceDeliveries, drop); ok && drop == 2 {
		t.Fatal("checkpoint kept after DropPartition")
	}
}

// crashStore stops s as a crash would: the flush in flight ends (an
// ingestion is atomic: all of it or nothing), the buffer is lost.
func crashStore(t *testing.T, s *Store) {
	t.Helper()
	s.wmu.Lock()
	if s.flushing != nil {
		<-s.flushing
	}
	s.wmu.Unlock()
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestCrashLosesOnlyTheBuffer: the attempts appended since the last
// flush are in memory; a crash loses them together with the checkpoints
// they carried, so the checkpoint on disk is where the replay starts and
// the replay leaves the log equal to a clean run's. What is on disk,
// appended again, is kept once.
func TestCrashLosesOnlyTheBuffer(t *testing.T) {
	start := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	clock := &testClock{start.Add(10 * time.Hour)}
	quiet := WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))
	r := rand.New(rand.NewPCG(7, 8))
	all := genAttempts(r, 600, start, 8*time.Hour)
	part := partitionOf("bad.example")
	mark := func(off int64) Mark { return Mark{Source: SourceDeliveries, Partition: part, Offset: off} }
	dir := t.TempDir()
	s, err := Open(dir, partitionOf, WithClock(clock.now), quiet) // closed by the crashes below
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(context.Background(), all[:200], mark(200)); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(context.Background(), all[200:400], mark(400)); err != nil {
		t.Fatal(err)
	}
	// The live log sees the buffer.
	for _, d := range testDomains {
		sameAttempts(t, "buffered "+d, queryAll(t, s, d, Filter{Limit: 50}), reference(all[:400], d, Filter{}))
	}
	crashStore(t, s)
	if s, err = Open(dir, partitionOf, WithClock(clock.now), quiet); err != nil {
		t.Fatal(err)
	}
	if off, ok, err := s.Checkpoint(SourceDeliveries, part); err != nil || !ok || off != 200 {
		t.Fatalf("checkpoint after the crash: %d %v %v, want 200", off, ok, err)
	}
	for _, d := range testDomains {
		sameAttempts(t, "after the crash "+d, queryAll(t, s, d, Filter{Limit: 50}), reference(all[:200], d, Filter{}))
	}
	// What is on disk, appended again, changes nothing.
	if _, err := s.Append(context.Background(), all[:200], mark(200)); err != nil {
		t.Fatal(err)
	}
	crashStore(t, s)
	// A buffer of a few attempts: flushes run in the background as the
	// replay appends, and the crash comes with one of them in flight.
	if s, err = Open(dir, partitionOf, WithClock(clock.now), quiet, WithTuning(4<<10, 0, false)); err != nil {
		t.Fatal(err)
	}
	for i := 200; i < 600; i += 50 {
		if _, err := s.Append(context.Background(), all[i:i+50], mark(int64(i+50))); err != nil {
			t.Fatal(err)
		}
	}
	crashStore(t, s)
	if s, err = Open(dir, partitionOf, WithClock(clock.now), quiet); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	off, ok, err := s.Checkpoint(SourceDeliveries, part)
	if err != nil || !ok || off < 200 || off%50 != 0 {
		t.Fatalf("checkpoint after the third crash: %d %v %v", off, ok, err)
	}
	for _, d := range testDomains {
		sameAttempts(t, "on disk "+d, queryAll(t, s, d, Filter{Limit: 50}), reference(all[:off], d, Filter{}))
	}
	// The replay from the checkpoint.
	if _, err := s.Append(context.Background(), all[off:], mark(600)); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, d := range testDomains {
		sameAttempts(t, "after the replay "+d, queryAll(t, s, d, Filter{Limit: 50}), reference(all, d, Filter{}))
		f := Filter{Recipient: "alice@" + d, Limit: 7}
		sameAttempts(t, "recipient after the replay "+d, queryAll(t, s, d, f), reference(all, d, f))
		f = Filter{MessageID: all[450].Event.MessageID, Limit: 3}
		sameAttempts(t, "message after the replay "+d, queryAll(t, s, d, f), reference(all, d, f))
	}
}

// TestOlderLayoutIsRebuilt: a store written by an older release (layout
// 3: attempts in a database of their own, keys under 0x03) is emptied at
// Open, checkpoints included, so that the processor rebuilds it from the
// topics.
func TestOlderLayoutIsRebuilt(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys map[string]string
	}{
		{"layout 3", map[string]string{"\x02v": "\x03", "\x02c\x00\x00\x00\x00\x01": "\x00\x00\x00\x00\x00\x00\x00\x09", "\x03\x00\x00\x00\x01d": "x"}},
		// Layout 4: a key per recipient and message id of each attempt,
		// and a catalog of version 1 (with a checkpoint of partition 1).
		{"layout 4", map[string]string{"\x02v": "\x04",
			"\x05\x00\x00\x00\x00\x00\x00\x00\x01c": "\x01\x00\x01\x00\x01\x00\x01\x09",
			"\x04\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01r\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x09": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) { testOlderLayoutIsRebuilt(t, tc.keys) })
	}
}

func testOlderLayoutIsRebuilt(t *testing.T, keys map[string]string) {
	dir := t.TempDir()
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range keys {
		if err := db.Set([]byte(k), []byte(v), pebble.Sync); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "attempts"), 0o700); err != nil {
		t.Fatal(err)
	}
	clock := &testClock{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s := openTest(t, dir, clock)
	if _, ok, _ := s.Checkpoint(SourceDeliveries, 1); ok {
		t.Error("a checkpoint of the older layout was kept")
	}
	it, err := s.db.NewIter(nil)
	if err != nil {
		t.Fatal(err)
	}
	for valid := it.First(); valid; valid = it.Next() {
		if !bytes.Equal(it.Key(), versionKey) {
			t.Errorf("key %x of the older layout kept", it.Key())
		}
	}
	it.Close()
	if _, err := os.Stat(filepath.Join(dir, "attempts")); !os.IsNotExist(err) {
		t.Errorf("the older layout's attempts directory: %v", err)
	}
	// And the store works in the new one, its segments in the last
	// level (the deletion of the older keys is compacted away at Open).
	compacted := s.db.Metrics().Total().TableBytesCompacted
	all := genAttempts(rand.New(rand.NewPCG(1, 1)), 100, clock.t.Add(-time.Hour), time.Hour)
	appendAll(t, s, all, 30)
	sameAttempts(t, "after the rebuild", queryAll(t, s, "bad.example", Filter{}), reference(all, "bad.example", Filter{}))
	ingestedInLastLevel(t, s, compacted)
}

// TestSegmentsGoToTheLastLevel: a new store's flushes are ingested into
// the last level, where nothing compacts them (a range deletion written
// at Open once made Pebble place them above it and compact them down).
func TestSegmentsGoToTheLastLevel(t *testing.T) {
	clock := &testClock{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s := openTest(t, t.TempDir(), clock)
	all := genAttempts(rand.New(rand.NewPCG(2, 2)), 300, clock.t.Add(-3*time.Hour), 3*time.Hour)
	appendAll(t, s, all, 50)
	ingestedInLastLevel(t, s, 0)
}

// ingestedInLastLevel flushes s and fails unless every table it ingested
// went to the last level and no more than compacted bytes were compacted.
func ingestedInLastLevel(t *testing.T, s *Store, compacted uint64) {
	t.Helper()
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	m := s.db.Metrics()
	last := m.Levels[len(m.Levels)-1]
	if tot := m.Total(); tot.TableBytesIngested == 0 || last.TableBytesIngested != tot.TableBytesIngested || tot.TableBytesCompacted != compacted {
		t.Errorf("ingested %d bytes, %d of them into the last level; compacted %d bytes", tot.TableBytesIngested, last.TableBytesIngested, tot.TableBytesCompacted)
	}
}

// TestFailedFlushIsRetried: a buffer that cannot be written stays in
// memory (queries read it) and the next append writes it again first,
// failing while the disk does, so that the processor replays what it
// could not append; once the disk is back, everything is on disk once.
func TestFailedFlushIsRetried(t *testing.T) {
	start := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	clock := &testClock{start.Add(10 * time.Hour)}
	dir := t.TempDir()
	s := openTest(t, dir, clock, WithTuning(4<<10, 0, false))
	// More than the smallest buffer (64 KiB) holds.
	all := genAttempts(rand.New(rand.NewPCG(9, 9)), 1000, start, 8*time.Hour)
	part := partitionOf("bad.example")
	// The directory flushes write their tables in becomes a file: no
	// table can be created, whoever runs the test.
	ingest := filepath.Join(dir, ingestDir)
	if err := os.RemoveAll(ingest); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ingest, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var failed bool
	n := 0
	for ; n < len(all) && !failed; n += 10 {
		_, err := s.Append(context.Background(), all[n:n+10], Mark{SourceDeliveries, part, int64(n + 10)})
		failed = err != nil
	}
	if !failed {
		t.Fatal("appends went on while no buffer could be written")
	}
	n -= 10 // the failed append added nothing
	if off, _, _ := s.Checkpoint(SourceDeliveries, part); off != int64(n) {
		t.Fatalf("checkpoint %d after the failed append, want %d", off, n)
	}
	for _, d := range testDomains {
		sameAttempts(t, "while the disk fails "+d, queryAll(t, s, d, Filter{Limit: 100}), reference(all[:n], d, Filter{}))
	}
	if err := os.Remove(ingest); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(ingest, 0o700); err != nil {
		t.Fatal(err)
	}
	appendAll(t, s, all[n:], 10)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, d := range testDomains {
		sameAttempts(t, "after the disk is back "+d, queryAll(t, s, d, Filter{Limit: 100}), reference(all, d, Filter{}))
	}
}

// TestDomainHashCollision: when two domains of a partition share a hash,
// a flush finds it while writing and sorts the segment again comparing
// the names, so every attempt is written once and in key order (Pebble
// refuses keys out of order).
func TestDomainHashCollision(t *testing.T) {
	start := time.Date(2026, 11, 20, 7, 0, 0, 0, time.UTC)
	clock := &testClock{start.Add(time.Hour)}
	s := openTest(t, t.TempDir(), clock)
	s.tables = &tableWriter{dir: filepath.Join(s.dir, ingestDir), opts: s.writerOpts, hash: func([]byte) uint64 { return 42 }}
	// Two domains of one partition, their attempts interleaved.
	var a, b string
	for i := 0; b == ""; i++ {
		d := fmt.Sprintf("d%d.example", i)
		switch {
		case a == "":
			a = d
		case partitionOf(d) == partitionOf(a):
			b = d
		}
	}
	var all []Attempt
	for i := range 40 {
		d := []string{b, a}[i%2]
		all = append(all, Attempt{Event: schemas.DeliveryEvent{ID: fmt.Sprint("e", i), Domain: d, Recipient: "x@" + d, Outcome: schemas.OutcomeDelivered},
			Arrival: start.Add(time.Duration(40-i) * time.Second), Pos: Pos{Partition: partitionOf(d), Offset: int64(i)}})
	}
	if _, err := s.Append(context.Background(), all); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixSegment}, UpperBound: []byte{prefixSegment + 1}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for valid := it.First(); valid; valid = it.Next() {
		if it.Key()[segPrefixLen] == kindDomain {
			n++
		}
	}
	if err := it.Close(); err != nil {
		t.Fatal(err)
	}
	if n != len(all) {
		t.Fatalf("%d attempt keys written, want %d", n, len(all))
	}
}
