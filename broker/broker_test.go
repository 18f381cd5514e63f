package broker

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TestDataSurvivesRestart produces to a broker with a data directory,
// stops it, starts another on the same directory and address, and reads
// the records back: what `mailflow dev` relies on across restarts.
func TestDataSurvivesRestart(t *testing.T) {
	for _, nodes := range []int{1, 3} {
		t.Run(fmt.Sprintf("%d nodes", nodes), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			dir := t.TempDir()
			cfg := Config{Listen: "127.0.0.1:0", DataDir: dir, Nodes: nodes, Log: slog.New(slog.DiscardHandler)}
			b, err := Start(cfg)
			if err != nil {
				t.Fatal(err)
			}
			cfg.Listen = b.Addr() // the restarted broker must be where clients look
			cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.DefaultProduceTopic("t"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := kadm.NewClient(cl).CreateTopic(ctx, 6, 1, nil, "t"); err != nil {
				t.Fatal(err)
			}
			var recs []*kgo.Record
			for i := 0; i < 100; i++ {
				recs = append(recs, &kgo.Record{Key: []byte(fmt.Sprint(i)), Value: []byte("v")})
			}
			if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
				t.Fatal(err)
			}
			cl.Close()
			b.Close()

			b, err = Start(cfg)
			if err != nil {
				t.Fatalf("restart on the same directory: %v", err)
			}
			defer b.Close()
			rd, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()), kgo.ConsumeTopics("t"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
			if err != nil {
				t.Fatal(err)
			}
			defer rd.Close()
			n := 0
			for n < 100 {
				fs := rd.PollFetches(ctx)
				if ctx.Err() != nil {
					t.Fatalf("read %d of 100 records after the restart", n)
				}
				n += fs.NumRecords()
			}
		})
	}
}

func TestStartRejectsBadAddress(t *testing.T) {
	if _, err := Start(Config{Listen: "no-port"}); err == nil {
		t.Fatal("a listen address without a port was accepted")
	}
}
