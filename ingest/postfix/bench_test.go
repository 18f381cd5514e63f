package postfix

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// BenchmarkParseLine parses the corpus lines in order, over and over,
// through one parser (joins included) and reports lines per second.
func BenchmarkParseLine(b *testing.B) {
	cases := loadCorpus(b)
	lines := make([]string, len(cases))
	for i, c := range cases {
		lines[i] = c.Line
	}
	p := corpusParser()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.ParseLine(lines[i%len(lines)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkRun reads a file of b.N corpus lines end to end (tail, parse,
// validate, batch) into a sink that drops the events, with and without a
// checkpoint (synced to disk) after every batch.
func BenchmarkRun(b *testing.B) {
	b.Run("checkpoint", func(b *testing.B) { benchmarkRun(b, true) })
	b.Run("no-checkpoint", func(b *testing.B) { benchmarkRun(b, false) })
}

func benchmarkRun(b *testing.B, checkpoint bool) {
	cases := loadCorpus(b)
	dir := b.TempDir()
	path := filepath.Join(dir, "maillog")
	var buf bytes.Buffer
	for i := 0; i < b.N; i++ {
		buf.WriteString(cases[i%len(cases)].Line)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	cfg := Config{
		File:             path,
		CheckpointFile:   filepath.Join(dir, "cp.json"),
		ProgressInterval: -1,
		Logger:           slog.New(slog.NewTextHandler(io.Discard, nil)),
		OnMalformed:      func(*MalformedError) {},
		ParserOptions:    []ParserOption{WithLocation(time.UTC), WithNow(func() time.Time { return time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC) })},
	}
	if !checkpoint {
		cfg.CheckpointFile = ""
	}
	b.ReportAllocs()
	b.ResetTimer()
	st, err := Run(context.Background(), cfg, func(context.Context, []schemas.DeliveryEvent) error { return nil })
	if err != nil {
		b.Fatal(err)
	}
	if st.Lines != int64(b.N) {
		b.Fatalf("read %d lines of %d", st.Lines, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
