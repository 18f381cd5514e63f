package postfix

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// journalAt is the clock of the journald tests: the entries' time
// (2024-02-14) is within a day of it.
var journalAt = WithNow(func() time.Time { return time.Date(2024, 2, 14, 16, 0, 0, 0, time.UTC) })

// journalWith returns a journalctl -o json entry of deliveryMsg logged
// by postfix/smtp, with the fields kv gives (nil deletes one).
func journalWith(kv ...any) string {
	m := map[string]any{"__REALTIME_TIMESTAMP": "1707922044705153", "_HOSTNAME": "mailer", "SYSLOG_IDENTIFIER": "postfix/smtp", "_PID": "39560", "MESSAGE": deliveryMsg}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return journalEntry(m)
}

// journalCase is one journald entry of a table test and what Parse must
// make of it: its kind, and for a refusal the words its reason holds.
type journalCase struct {
	name   string
	line   string
	want   Kind
	reason []string
}

// checkJournalCases runs checkJournalKind over cases, each a subtest.
func checkJournalCases(t *testing.T, p *Parser, cases []journalCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkJournalKind(t, p, tc.line, tc.want, tc.reason...)
		})
	}
}

// checkJournalKind parses line with p and checks its kind; a refusal must
// wrap ErrUntrustedSource and hold every one of reason.
func checkJournalKind(t *testing.T, p *Parser, line string, want Kind, reason ...string) Result {
	t.Helper()
	res := p.Parse(line)
	if res.Kind != want {
		t.Fatalf("kind %s (%v), want %s", res.Kind, res.Err, want)
	}
	if want == KindMalformed {
		if !errors.Is(res.Err, ErrUntrustedSource) {
			t.Fatalf("refused with %v, want ErrUntrustedSource", res.Err)
		}
		for _, r := range reason {
			if !strings.Contains(res.Err.Error(), r) {
				t.Fatalf("the refusal %q does not say %q", res.Err, r)
			}
		}
	}
	return res
}

// TestJournalPostfixAnywhere: a Postfix program counts by its file name
// under a believed uid, whatever directory _EXE shows: NixOS keeps Postfix
// in /nix/store, a container's Postfix writing to the host's journal
// shows its own path, a Postfix built with its own daemon_directory
// another (review S26B-7: they were refused, exit 3). The uid still
// decides (root, or --journal-uids), and the name keeps out root's other
// programs: root's logger -t postfix/smtp is refused.
func TestJournalPostfixAnywhere(t *testing.T) {
	const nix = "/nix/store/5bq7h2vkx9d0c1ylsz6m3w8rjf4a0pgn-postfix-3.9.1/libexec/postfix/smtp"
	for _, tc := range []struct {
		name   string
		line   string
		want   Kind
		reason []string
	}{
		{"NixOS smtp as Postfix's account", journalWith("_EXE", nix, "_UID", "107"), KindDelivery, nil},
		{"NixOS smtp as root", journalWith("_EXE", nix, "_UID", "0"), KindDelivery, nil},
		{"NixOS smtp replaced by an upgrade", journalWith("_EXE", nix+" (deleted)", "_UID", "107"), KindDelivery, nil},
		{"a container's Postfix in a user namespace, its uid given", journalWith("_EXE", "/var/lib/containers/storage/overlay/9f1c/merged/usr/libexec/postfix/smtp", "_UID", "100089"), KindDelivery, nil},
		{"Postfix built with its own daemon_directory", journalWith("_EXE", "/opt/postfix/libexec/smtp", "_UID", "107"), KindDelivery, nil},
		{"Homebrew-style prefix, local as root", journalWith("_EXE", "/home/linuxbrew/.linuxbrew/Cellar/postfix/3.9.1/libexec/postfix/local", "_COMM", "local", "_UID", "0"), KindDelivery, nil},
		{"Debian's daemon directory, as before", journalWith("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "107"), KindDelivery, nil},
		{"_COMM smtp without _EXE", journalWith("_EXE", nil, "_COMM", "smtp", "_UID", "107"), KindDelivery, nil},

		{"root's logger -t postfix/smtp", journalWith("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "0"), KindMalformed, []string{"/usr/bin/logger", "not a Postfix program"}},
		{"root's logger renamed smtp by prctl", journalWith("_EXE", "/usr/bin/logger", "_COMM", "smtp", "_UID", "0"), KindMalformed, []string{"/usr/bin/logger", "not a Postfix program"}},
		{"root's systemd-cat", journalWith("_EXE", "/usr/bin/systemd-cat", "_COMM", "systemd-cat", "_UID", "0", "_TRANSPORT", "stdout"), KindMalformed, []string{"systemd-cat"}},
		{"root's python3, no _EXE", journalWith("_EXE", nil, "_COMM", "python3", "_UID", "0", "_TRANSPORT", "journal"), KindMalformed, []string{`"python3"`, "not a Postfix program"}},
		{"a directory named smtp", journalWith("_EXE", "/usr/lib/postfix/sbin/smtp/", "_UID", "0"), KindMalformed, []string{"not a path"}},
		{"NixOS path as www-data", journalWith("_EXE", nix, "_UID", "33"), KindMalformed, []string{`uid "33"`, "--journal-uids"}},
		{"NixOS path as a user", journalWith("_EXE", nix, "_UID", "1000"), KindMalformed, []string{`uid "1000"`}},
		{"a user's own build named smtp", journalWith("_EXE", "/home/u/postfix/libexec/smtp", "_UID", "1000"), KindMalformed, []string{"--journal-uids"}},
		{"NixOS path, export without _UID", journalWith("_EXE", nix, "_UID", nil), KindMalformed, []string{"no _UID"}},
		{"neither _EXE nor _COMM", journalWith("_EXE", nil, "_COMM", nil, "_UID", "107"), KindMalformed, []string{"no _EXE or _COMM"}},
		{"a relative _EXE", journalWith("_EXE", "smtp", "_UID", "0"), KindMalformed, []string{"not a path"}},
		{"an _EXE that climbs", journalWith("_EXE", "/nix/store/x/../../home/u/smtp", "_UID", "0"), KindMalformed, []string{"not a path"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107, 100089))
			checkJournalKind(t, p, tc.line, tc.want, tc.reason...)
		})
	}
}

// TestJournalContainers: a container's output, which Docker's and
// Podman's journald drivers write as root (_EXE dockerd, conmon), counts
// only for the containers given to WithJournalContainers, by the
// CONTAINER_NAME or CONTAINER_ID_FULL the runtime sets; the program is
// found in the message the container printed (review S26B-2: any
// container on the host could print deliveries). What a container or
// another program can choose (its tag, its image's name, container fields
// in an entry no runtime wrote) grants nothing.
func TestJournalContainers(t *testing.T) {
	const (
		postfixID = "4f2a9c1e6b7d8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
		mail2ID   = "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d"
		evilID    = "e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7"
	)
	printed := "postfix/smtp[1085]: " + deliveryMsg
	// docker is an entry of Docker's journald driver for the container
	// name (id), the container having printed printed, with kv after.
	docker := func(name, id string, kv ...any) string {
		f := []any{"_EXE", "/usr/bin/dockerd", "_COMM", "dockerd", "_UID", "0", "_PID", "977", "_TRANSPORT", "journal",
			"CONTAINER_NAME", name, "CONTAINER_ID", id[:12], "CONTAINER_ID_FULL", id, "CONTAINER_TAG", id[:12],
			"SYSLOG_IDENTIFIER", id[:12], "IMAGE_NAME", "boky/postfix:latest", "MESSAGE", printed}
		return journalWith(append(f, kv...)...)
	}
	// podman is an entry of conmon's journald logging for the container.
	podman := func(name, id string, kv ...any) string {
		f := []any{"_EXE", "/usr/bin/conmon", "_COMM", "conmon", "_UID", "0", "_PID", "2211", "_TRANSPORT", "journal",
			"CONTAINER_NAME", name, "CONTAINER_ID", id[:12], "CONTAINER_ID_FULL", id,
			"SYSLOG_IDENTIFIER", name, "MESSAGE", printed + "\n"}
		return journalWith(append(f, kv...)...)
	}
	for _, tc := range []struct {
		name   string
		line   string
		want   Kind
		reason []string
	}{
		{"Docker, the container given by name", docker("postfix", postfixID), KindDelivery, nil},
		{"Docker, postlogd's whole line on stdout", docker("postfix", postfixID, "MESSAGE", "Feb 14 14:47:24 mx postfix/smtp[1085]: "+deliveryMsg), KindDelivery, nil},
		{"Docker, the tag set to postfix/smtp", docker("postfix", postfixID, "SYSLOG_IDENTIFIER", "postfix/smtp", "CONTAINER_TAG", "postfix/smtp"), KindDelivery, nil},
		{"Docker, the container given by its full id", docker("mail-postfix-1", mail2ID), KindDelivery, nil},
		{"Docker from the snap", docker("postfix", postfixID, "_EXE", "/snap/docker/2915/bin/dockerd"), KindDelivery, nil},
		{"Podman (conmon)", podman("postfix", postfixID), KindDelivery, nil},
		{"Podman's conmon in libexec", podman("postfix", postfixID, "_EXE", "/usr/libexec/podman/conmon"), KindDelivery, nil},
		{"Docker, no _EXE (--output-fields)", docker("postfix", postfixID, "_EXE", nil), KindDelivery, nil},

		{"another container", docker("web", evilID), KindMalformed, []string{`"web"`, "--journal-containers", "dockerd"}},
		{"another container tagged postfix", docker("web", evilID, "CONTAINER_TAG", "postfix", "SYSLOG_IDENTIFIER", "postfix"), KindMalformed, []string{`"web"`}},
		{"another container of an image named postfix", docker("web", evilID, "IMAGE_NAME", "postfix"), KindMalformed, []string{`"web"`}},
		{"another container whose short id is given as its tag", docker("web", evilID, "SYSLOG_IDENTIFIER", postfixID[:12], "CONTAINER_TAG", postfixID[:12]), KindMalformed, []string{`"web"`}},
		{"a container named like the given one, longer", docker("postfix-old", evilID), KindMalformed, []string{`"postfix-old"`}},
		{"a container named like the given one, in capitals", docker("Postfix", evilID), KindMalformed, []string{`"Postfix"`}},
		{"a container named by the given full id's prefix", docker(postfixID[:12], evilID), KindMalformed, nil},
		{"another Podman container", podman("web", evilID), KindMalformed, []string{`"web"`, "conmon"}},
		{"dockerd's own message", docker("", postfixID, "CONTAINER_NAME", nil, "CONTAINER_ID_FULL", nil, "CONTAINER_ID", nil), KindMalformed, []string{"without CONTAINER_NAME or CONTAINER_ID_FULL"}},
		{"rootless Docker", docker("postfix", postfixID, "_UID", "1000"), KindMalformed, []string{"not root", `uid "1000"`}},
		{"rootless Podman", podman("postfix", postfixID, "_UID", "1000"), KindMalformed, []string{"not root"}},
		{"a system account's dockerd", docker("postfix", postfixID, "_UID", "33"), KindMalformed, []string{"not root"}},
		{"a user's program named dockerd", docker("postfix", postfixID, "_EXE", "/home/u/bin/dockerd", "_UID", "1000"), KindMalformed, []string{"not root"}},
		{"a user's logger --journald CONTAINER_NAME=postfix", journalWith("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "1000", "CONTAINER_NAME", "postfix", "MESSAGE", printed), KindMalformed, []string{"container fields", `"postfix"`, "/usr/bin/logger", "not a container runtime"}},
		{"root's logger --journald CONTAINER_NAME=postfix", journalWith("_EXE", "/usr/bin/logger", "_COMM", "logger", "_UID", "0", "CONTAINER_NAME", "postfix", "CONTAINER_ID_FULL", postfixID, "MESSAGE", printed), KindMalformed, []string{"not a container runtime"}},
		{"a Postfix daemon's entry with container fields", journalWith("_EXE", "/usr/lib/postfix/sbin/smtp", "_UID", "0", "CONTAINER_ID_FULL", postfixID), KindMalformed, []string{"container fields"}},
		{"CONTAINER_NAME given twice", docker("postfix", postfixID, "CONTAINER_NAME", []string{"web", "postfix"}), KindMalformed, []string{"cannot be read"}},

		{"another container's other output", docker("web", evilID, "MESSAGE", "GET / 200"), KindSkip, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The same under Postfix's uid list and without one.
			for _, p := range []*Parser{
				NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers("postfix", mail2ID)),
				NewParser(journalAt, WithLocation(time.UTC), WithJournalContainers("/postfix"), WithJournalContainers(mail2ID, "")),
			} {
				res := checkJournalKind(t, p, tc.line, tc.want, tc.reason...)
				if tc.want == KindDelivery {
					if d := res.Deliveries[0]; res.Program != "postfix/smtp" || d.QueueID != "8DB5E171B" || d.Recipient != "et@example.com" {
						t.Fatalf("program %q, delivery %+v: want postfix/smtp's to et@example.com", res.Program, d)
					}
				}
			}
			// Without WithJournalContainers no container's entry counts,
			// and the refusal names the container and the flag.
			if tc.want == KindDelivery {
				checkJournalKind(t, NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107)), tc.line, KindMalformed, "CONTAINER_NAME", "--journal-containers")
			}
		})
	}

	// A qmgr line printed by another container is refused and changes no
	// join state: the given container's delivery keeps its own qmgr's
	// sender.
	p := NewParser(journalAt, WithLocation(time.UTC), WithJournalUIDs(107), WithJournalContainers("postfix"))
	checkJournalKind(t, p, docker("postfix", postfixID, "MESSAGE", "postfix/qmgr[1083]: 8DB5E171B: from=<news@example.org>, size=4242, nrcpt=1 (queue active)"), KindSkip)
	checkJournalKind(t, p, docker("web", evilID, "MESSAGE", "postfix/qmgr[1083]: 8DB5E171B: from=<evil@example.net>, size=1, nrcpt=1 (queue active)"), KindMalformed, `"web"`)
	checkJournalKind(t, p, docker("web", evilID, "MESSAGE", "Feb 14 14:47:24 mx postfix/qmgr[1083]: 8DB5E171B: removed"), KindMalformed, `"web"`)
	res := checkJournalKind(t, p, docker("postfix", postfixID), KindDelivery)
	if d := res.Deliveries[0]; d.Sender != "news@example.org" || d.Size != 4242 {
		t.Fatalf("the given container's delivery after another's qmgr line: sender %q, size %d", d.Sender, d.Size)
	}
}
