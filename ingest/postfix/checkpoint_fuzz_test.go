package postfix

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// checkpointLines are the log the checkpoint target resumes: a queue-active
// line, a deferred and a delivered recipient, and the queue file's expiry.
var checkpointLines = []string{
	strings.Replace(qmgrActive, "%s", "alerts@sender.example", 1),
	deferredBob,
	`Dec  1 19:35:03 mta1 postfix/smtp[456]: 5A1B2C3D4E: to=<carol@victim.example>, relay=mx.victim.example[192.0.2.1]:25, delay=2, delays=0.1/0/0.5/1.4, dsn=2.0.0, status=sent (250 2.0.0 ok)`,
	`Dec  6 19:40:04 mta1 postfix/qmgr[123]: 5A1B2C3D4E: from=<alerts@sender.example>, status=expired, returned to sender`,
}

// sortedSnapshot is a join snapshot in a canonical order, as JSON.
func sortedSnapshot(t *testing.T, s joinSnapshot) string {
	for i := range s.Entries {
		slices.SortFunc(s.Entries[i].Recipients, func(a, b snapshotRcpt) int { return strings.Compare(a.Address, b.Address) })
	}
	slices.SortFunc(s.Entries, func(a, b snapshotEntry) int {
		return strings.Compare(a.Host+"\x00"+a.QueueID, b.Host+"\x00"+b.QueueID)
	})
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// FuzzLoadCheckpoint: the postfix ingester's checkpoint file, whatever it
// holds (a torn, edited or foreign file). loadCheckpoint refuses it with
// an error naming the file, or returns a checkpoint of this version with
// no negative offset or line that, written back (writeCheckpoint), loads
// to the same checkpoint. Its join state restores to a table that
// snapshots and restores again unchanged; and a parser that resumes from
// it reads the log as one that starts afresh does: every line a fresh
// parser takes as a delivery is still a delivery, and every delivery
// converts to a valid event (a checkpoint that loads must not make good
// lines malformed).
func FuzzLoadCheckpoint(f *testing.F) {
	p := corpusParser()
	for i, line := range checkpointLines[:2] {
		if r := p.Parse(line); r.Kind == KindMalformed {
			f.Fatalf("line %d: %v", i, r.Err)
		}
	}
	dir := f.TempDir()
	for _, cp := range []*checkpoint{
		{Path: "/var/log/mail.log", Dev: 2049, Inode: 131, Offset: 4096, Line: 17, Tail: []byte("status=sent (250 2.0.0 ok)\n"),
			Written: time.Date(2026, 12, 1, 19, 35, 2, 0, time.UTC), Join: p.join.snapshot()},
		{Path: "mail.log"},
	} {
		path := filepath.Join(dir, "seed.json")
		if err := writeCheckpoint(path, cp); err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		``, `{}`, `null`, `[]`, `{"version":2}`, `{"version":1,"offset":-1}`, `{"version":1,"line":-1}`,
		`{"version":1,"offset":1e3}`, `{"version":1,"tail":"not base64"}`, `{"version":1,"written":"yesterday"}`,
		// A byte away from a negative or overflowing attempt count.
		`{"version":1,"join":{"entries":[{"host":"mta1","queue_id":"5A1B2C3D4E","recipients":[{"address":"bob@victim.example","attempts":-0,"deferred":true}]}]}}`,
		`{"version":1,"join":{"entries":[{"host":"mta1","queue_id":"5A1B2C3D4E","recipients":[{"address":"bob@victim.example","attempts":9223372036854775806,"deferred":true}]}]}}`,
		`{"version":1,"join":{"entries":[{"host":"mta1","queue_id":"5A1B2C3D4E","size":-1,"current":true},{"host":"mta1","queue_id":"5A1B2C3D4E"}]}}`,
		`{"version":1,"join":{"entries":[{"host":"mta1","queue_id":"5A1B2C3D4E","recipients":[{"address":"","deferred":true},{"address":"x","deferred":true}]}]}}`,
		`{"version":1,"Version":2}`, `{"version":1}garbage`,
	} {
		f.Add([]byte(s))
	}
	// writeCheckpoint syncs the file and its directory: on a disk that
	// is a second an input, so the inputs go to memory where there is
	// some (tmpfs), one directory for all of them.
	dir = f.TempDir()
	if shm, err := os.MkdirTemp("/dev/shm", "mailflow-fuzz-"); err == nil {
		dir = shm
		f.Cleanup(func() { os.RemoveAll(shm) })
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "postfix-0123456789abcdef.json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		cp, err := loadCheckpoint(path)
		if err != nil {
			if cp != nil || !strings.Contains(err.Error(), path) {
				t.Fatalf("refused with %v (checkpoint %v), not naming the file", err, cp)
			}
			return
		}
		if cp == nil || cp.Version != checkpointVersion || cp.Offset < 0 || cp.Line < 0 {
			t.Fatalf("loaded %+v", cp)
		}
		again := filepath.Join(dir, "again.json")
		if err := writeCheckpoint(again, cp); err != nil {
			t.Fatalf("writing back %+v: %v", cp, err)
		}
		back, err := loadCheckpoint(again)
		if err != nil {
			t.Fatalf("a checkpoint written back does not load: %v", err)
		}
		want, _ := json.Marshal(cp)
		got, _ := json.Marshal(back)
		if string(want) != string(got) {
			t.Fatalf("written back and loaded:\n%s\nwas\n%s", got, want)
		}

		restored := corpusParser()
		restored.join.restore(cp.Join)
		snap := restored.join.snapshot()
		j := newJoinTable(DefaultMaxQueueEntries)
		j.restore(snap)
		if a, b := sortedSnapshot(t, snap), sortedSnapshot(t, j.snapshot()); a != b {
			t.Fatalf("join state changes on a second restore:\n%s\n%s", a, b)
		}

		for i, line := range checkpointLines {
			fresh := corpusParser().Parse(line)
			r := restored.Parse(line)
			if fresh.Kind == KindDelivery && r.Kind != KindDelivery {
				t.Fatalf("line %d, a delivery for a fresh parser, is %v (%v) after the checkpoint\n%s", i, r.Kind, r.Err, b)
			}
			for _, d := range r.Deliveries {
				if _, err := d.Event(); err != nil {
					t.Fatalf("line %d: a delivery after the checkpoint does not convert: %v\n%s", i, err, b)
				}
			}
		}
	})
}
