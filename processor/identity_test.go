package processor

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

func TestClientIDRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name       string
		id, addr   string
		wantID     string
		wantTag    string
		wantAddr   string
		wantClient string
	}{
		{"id and address", "mx1-3fa2c901", "10.0.0.5:8080", "mx1-3fa2c901", "", "10.0.0.5:8080", "mailflow/mx1-3fa2c901@10.0.0.5:8080"},
		{"id with tag", "mx1-3fa2c901/9b1e04d2", "h:1", "mx1-3fa2c901", "9b1e04d2", "h:1", "mailflow/mx1-3fa2c901/9b1e04d2@h:1"},
		{"no API", "worker.7", "", "worker.7", "", "", "mailflow/worker.7@"},
		{"IPv6 address", "a_b", "[::1]:8080", "a_b", "", "[::1]:8080", "mailflow/a_b@[::1]:8080"},
		{"address with @", "x", "user@host:1", "x", "", "user@host:1", "mailflow/x@user@host:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ClientID(tc.id, tc.addr)
			if c != tc.wantClient {
				t.Errorf("ClientID = %q, want %q", c, tc.wantClient)
			}
			info, ok := ParseClientID(c)
			if !ok || info.InstanceID != tc.wantID || info.Tag != tc.wantTag || info.Advertise != tc.wantAddr {
				t.Errorf("ParseClientID(%q) = %+v %v", c, info, ok)
			}
		})
	}
}

func TestParseClientID(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want ClientInfo
		ok   bool
	}{
		// The form before instance ids were published still routes.
		{"mailflow@10.0.0.5:8080", ClientInfo{Advertise: "10.0.0.5:8080"}, true},
		{"mailflow@", ClientInfo{}, true},
		{"mailflow/i1@h:1", ClientInfo{InstanceID: "i1", Advertise: "h:1"}, true},
		{"kgo", ClientInfo{}, false},
		{"", ClientInfo{}, false},
		{"mailflow/", ClientInfo{}, false},
		{"mailflow/@h:1", ClientInfo{}, false},
		{"mailflow/no-at-sign", ClientInfo{}, false},
		{"mailflow/bad id@h:1", ClientInfo{}, false},
		{"mailflow/i1/bad tag@h:1", ClientInfo{}, false},
		{"mailflow-sink", ClientInfo{}, false},
	} {
		got, ok := ParseClientID(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("ParseClientID(%q) = %+v %v, want %+v %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzParseClientID(f *testing.F) {
	for _, s := range []string{"mailflow@h:1", "mailflow/i1@h:1", "mailflow/i1/0a0b0c0d@[::1]:80", "mailflow/@", "kgo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		info, ok := ParseClientID(s)
		if !ok || info.InstanceID == "" {
			return
		}
		// What parses as a named instance formats back to itself.
		name := info.InstanceID
		if info.Tag != "" {
			name += "/" + info.Tag
		}
		if back := ClientID(name, info.Advertise); back != s {
			t.Errorf("ParseClientID(%q) = %+v, formats back as %q", s, info, back)
		}
	})
}

func TestValidateInstanceID(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		id string
		ok bool
	}{
		{"mx1", true},
		{"mx1.example.net", true},
		{"A-b_c.9", true},
		{strings.Repeat("a", 128), true},
		{"", false},
		{strings.Repeat("a", 129), false},
		{"a b", false},
		{"a/b", false},
		{"a@b", false},
		{"bücher", false},
	} {
		if err := ValidateInstanceID(tc.id); (err == nil) != tc.ok {
			t.Errorf("ValidateInstanceID(%q) = %v, want ok %v", tc.id, err, tc.ok)
		}
	}
}

var generatedID = regexp.MustCompile(`^[A-Za-z0-9._-]+-[0-9a-f]{8}$`)

// TestOpenIdentity covers the id's life in its data dir: created once,
// kept 0600, reused; an explicit id wins, is kept when the dir has none,
// and leaves a different kept id alone with a warning.
func TestOpenIdentity(t *testing.T) {
	t.Parallel()
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, nil))
	open := func(dir, explicit string) *Identity {
		t.Helper()
		id, err := OpenIdentity(dir, explicit, log)
		if err != nil {
			t.Fatal(err)
		}
		id.Close()
		return id
	}
	kept := func(dir string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, InstanceIDFile))
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(b))
	}

	t.Run("default: created once, reused", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new", "data")
		first := open(dir, "")
		if !first.Created || !generatedID.MatchString(first.ID) {
			t.Fatalf("first start: %+v, want a created <host>-<8 hex> id", first)
		}
		if fi, err := os.Stat(filepath.Join(dir, InstanceIDFile)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("id file: %v %v, want mode 0600", fi.Mode(), err)
		}
		if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
			t.Errorf("data dir: %v %v, want mode 0700", fi.Mode(), err)
		}
		again := open(dir, "")
		if again.Created || again.ID != first.ID || again.Tag != first.Tag {
			t.Errorf("restart: %+v, want the id %s again", again, first.ID)
		}
	})
	t.Run("default ids differ between data dirs", func(t *testing.T) {
		seen := map[string]bool{}
		tags := map[string]bool{}
		for range 3 {
			id := open(t.TempDir(), "")
			seen[id.ID], tags[id.Tag] = true, true
		}
		if len(seen) != 3 || len(tags) != 3 {
			t.Errorf("three data dirs gave ids %v and tags %v", seen, tags)
		}
	})
	t.Run("explicit id kept when the dir has none", func(t *testing.T) {
		dir := t.TempDir()
		if id := open(dir, "mx7"); id.ID != "mx7" || id.Created {
			t.Errorf("explicit: %+v", id)
		}
		if kept(dir) != "mx7" {
			t.Errorf("kept %q, want mx7", kept(dir))
		}
		if id := open(dir, ""); id.ID != "mx7" {
			t.Errorf("restart without the flag: %+v, want mx7", id)
		}
	})
	t.Run("explicit id differing from the kept one wins, file unchanged", func(t *testing.T) {
		dir := t.TempDir()
		stored := open(dir, "").ID
		logBuf.Reset()
		if id := open(dir, "override"); id.ID != "override" {
			t.Errorf("explicit: %+v", id)
		}
		if kept(dir) != stored {
			t.Errorf("kept %q, want %q unchanged", kept(dir), stored)
		}
		if !strings.Contains(logBuf.String(), "level=WARN") || !strings.Contains(logBuf.String(), stored) {
			t.Errorf("no warning naming the kept id:\n%s", logBuf.String())
		}
	})
	t.Run("invalid ids", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := OpenIdentity(dir, "has space", log); err == nil {
			t.Error("explicit id with a space accepted")
		}
		if err := os.WriteFile(filepath.Join(dir, InstanceIDFile), []byte("bad/id\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := OpenIdentity(dir, "", log)
		if err == nil || !strings.Contains(err.Error(), InstanceIDFile) {
			t.Errorf("corrupt id file: %v, want an error naming the file", err)
		}
	})
}

// TestOpenIdentityLock: a second holder of a data dir fails while the first
// holds it, with a message saying what to do, and succeeds once it is
// released.
func TestOpenIdentityLock(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first, err := OpenIdentity(dir, "", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	for _, explicit := range []string{"", "other"} {
		_, err = OpenIdentity(dir, explicit, slog.New(slog.DiscardHandler))
		if err == nil {
			t.Fatalf("second open (explicit %q) of a locked data dir succeeded", explicit)
		}
		for _, want := range []string{dir, "in use by process", "--data-dir"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
	}
	first.Close()
	first.Close()
	second, err := OpenIdentity(dir, "", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("open after release: %v", err)
	}
	defer second.Close()
	if second.ID != first.ID {
		t.Errorf("id after release %s, want %s", second.ID, first.ID)
	}
}

// TestCheckInstanceUnique runs group members with processor client ids on
// kfake and checks which instance ids CheckInstanceUnique refuses.
func TestCheckInstanceUnique(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, "in"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	brokers := c.ListenAddrs()
	admCl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		t.Fatal(err)
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)

	if err := CheckInstanceUnique(ctx, adm, "g", "x"); err != nil {
		t.Fatalf("a group that does not exist: %v", err)
	}
	join := func(clientID string) {
		cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ClientID(clientID),
			kgo.ConsumerGroup("g"), kgo.ConsumeTopics("in"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(cl.Close)
		go func() {
			for ctx.Err() == nil && !cl.PollFetches(ctx).IsClientClosed() {
			}
		}()
	}
	join(ClientID("x/0a0b0c0d", "127.0.0.1:1"))
	join("mailflow@127.0.0.1:2") // an instance from before ids were published
	join("kgo")                  // some other client in the group
	for {
		gs, err := adm.DescribeGroups(ctx, "g")
		if err == nil && len(gs["g"].Members) == 3 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("members did not join: %v %+v", err, gs)
		case <-time.After(20 * time.Millisecond):
		}
	}

	for _, tc := range []struct {
		id      string
		inUse   bool
		comment string
	}{
		{"x", true, "the same id from a data dir whose tag is not known"},
		{"x/ffffffff", true, "the same id from another data dir"},
		{"x/0a0b0c0d", false, "an earlier run of this very instance"},
		{"y", false, "another id"},
		{"x-1", false, "an id the live one's is a prefix of"},
	} {
		err := CheckInstanceUnique(ctx, adm, "g", tc.id)
		if got := errors.Is(err, ErrInstanceInUse); got != tc.inUse {
			t.Errorf("%s (%s): %v, want in use %v", tc.id, tc.comment, err, tc.inUse)
			continue
		}
		if tc.inUse {
			for _, want := range []string{`"x"`, "127.0.0.1:1", "--instance-id"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		}
	}
}
