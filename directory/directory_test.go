package directory

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

func testDirectory(t *testing.T, entities ...any) *Directory {
	t.Helper()
	d := New()
	for _, e := range entities {
		rec, err := EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.apply(rec); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestResolve(t *testing.T) {
	d := testDirectory(t,
		Settings{Window: 30},
		Reseller{ID: "r1", Settings: Settings{Threshold: 8000}},
		Reseller{ID: "r2"},
		Customer{ID: "c1", Reseller: "r1", Settings: Settings{Window: 50}},
		Customer{ID: "c2", Reseller: "r2"},
		Domain{Name: "a.example", Customer: "c1", Settings: Settings{Threshold: 9500}},
		Domain{Name: "b.example", Customer: "c1"},
		Domain{Name: "c.example", Customer: "c2", Settings: Settings{Window: 10}},
	)
	for _, tc := range []struct {
		domain string
		want   Resolved
	}{
		{"a.example", Resolved{Window: 50, Threshold: 9500, Customer: "c1", Reseller: "r1"}},
		{"b.example", Resolved{Window: 50, Threshold: 8000, Customer: "c1", Reseller: "r1"}},
		{"c.example", Resolved{Window: 10, Threshold: DefaultThreshold, Customer: "c2", Reseller: "r2"}},
		{"unknown.example", Resolved{Window: 30, Threshold: DefaultThreshold}},
	} {
		if got := d.Resolve(tc.domain); got != tc.want {
			t.Errorf("Resolve(%s) = %+v, want %+v", tc.domain, got, tc.want)
		}
	}
	if got := d.DomainsUnder(LevelReseller, "r1"); len(got) != 2 || got[0] != "a.example" || got[1] != "b.example" {
		t.Errorf("DomainsUnder(reseller r1) = %v", got)
	}
}

func TestApplyRejectsBadRecords(t *testing.T) {
	d := New()
	for _, rec := range []Record{
		{Key: "domain", Value: []byte(`{}`)},
		{Key: "planet/x", Value: []byte(`{}`)},
		{Key: "domain/a.example", Value: []byte(`{"name":"b.example"}`)},
		{Key: "domain/a.example", Value: []byte(`{"window":5000}`)},
		{Key: "customer/c", Value: []byte(`{"threshold":1.5}`)},
		{Key: "reseller/r", Value: []byte(`not json`)},
	} {
		if err := d.apply(rec); err == nil {
			t.Errorf("apply(%s %s) accepted", rec.Key, rec.Value)
		}
	}
}

// TestTableFollowsTopic runs the table against a real Kafka-protocol broker:
// it catches up with what is there, then picks up changes and deletions.
func TestTableFollowsTopic(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "cfg"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	publish := func(entities ...any) {
		var recs []Record
		for _, e := range entities {
			r, err := EncodeRecord(e)
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, r)
		}
		if err := Publish(ctx, cl, "cfg", recs); err != nil {
			t.Fatal(err)
		}
	}
	publish(Customer{ID: "c1", Reseller: "r1"}, Domain{Name: "a.example", Customer: "c1", Settings: Settings{Window: 10}})

	tbl, err := NewTable(ctx, "cfg", slog.New(slog.DiscardHandler), kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Close()
	if err := tbl.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if got := tbl.Current().Resolve("a.example").Window; got != 10 {
		t.Fatalf("after catch-up window = %d, want 10", got)
	}
	publish(Domain{Name: "a.example", Customer: "c1", Settings: Settings{Window: 40}})
	waitFor(t, ctx, func() bool { return tbl.Current().Resolve("a.example").Window == 40 })
	if err := Publish(ctx, cl, "cfg", []Record{{Key: Key(KindDomain, "a.example")}}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, func() bool { return tbl.Current().Resolve("a.example").Window == DefaultWindow })
}

func waitFor(t *testing.T, ctx context.Context, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("condition not reached")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
