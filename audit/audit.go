// Package audit records who changed what in mailflow's directory through
// the console or its write API: one Entry per change on the audit topic
// (mailflow.audit by default, see DESIGN.md "More streams"), listed by
// `mailflow config audit`.
//
// The topic is not compacted: every entry is kept for the topic's
// retention (unlimited as created here; an operator may set retention.ms).
package audit

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/segmentio/encoding/json"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// TopicSuffix follows the topic prefix (default "mailflow.") in the name of
// the audit topic.
const TopicSuffix = "audit"

// Entry is one audited change.
type Entry struct {
	V int `json:"v"`
	// At is when the change was made (UTC).
	At time.Time `json:"at"`
	// Actor is the manager id, or "operator" for the admin token.
	Actor string `json:"actor"`
	// ActorEmail is the manager's address at the time.
	ActorEmail string `json:"actor_email,omitempty"`
	// Via is how the actor was authenticated: "session", "token" or
	// "admin"; "cli" for a change made with the mailflow command's Kafka
	// credentials (config apply, account … revoke).
	Via string `json:"via"`
	// Remote is the client's address: the TCP peer, the client a
	// trusted front vouched for with its per-process key (mailflow dev's),
	// or the client a trusted proxy (run --trusted-proxies) named in
	// X-Forwarded-For (package clientaddr); any other X-Forwarded-For is
	// ignored.
	Remote string `json:"remote"`
	// Action names the change: "settings.set", "settings.reset",
	// "subscription.set", "subscription.delete", "subscription.off"
	// (the manager turned off a level the directory file subscribes them
	// to), "webhook.set",
	// "webhook.delete", "token.create", "token.revoke", "password.set",
	// "session.signin", "session.signout", "session.signin_failed",
	// "session.revoke" (a manager ended one of their other sessions),
	// "config.create", "config.update", "config.delete" (mailflow config
	// apply; Before and After hold the fields that changed).
	Action string `json:"action"`
	// Key is the config-topic key changed ("customer/c1"), or the accounts
	// record for token and password changes.
	Key string `json:"key,omitempty"`
	// Before and After are the entity before and after the change, with
	// secrets left out; absent when the entity did not exist or was
	// deleted.
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
}

// Log writes entries to the audit topic.
type Log struct {
	cl    *kgo.Client
	topic string
}

// NewLog returns a Log writing to topic through cl (a client of the
// caller's, not closed by Log).
func NewLog(cl *kgo.Client, topic string) *Log { return &Log{cl: cl, topic: topic} }

// EnsureTopic creates the audit topic when it does not exist: one
// partition (a total order of changes), not compacted, kept forever.
func EnsureTopic(ctx context.Context, cl *kgo.Client, topic string) error {
	resp, err := kadm.NewClient(cl).CreateTopic(ctx, 1, -1, map[string]*string{"retention.ms": kadm.StringPtr("-1")}, topic)
	if err == nil {
		err = resp.Err
	}
	if err != nil && !errors.Is(err, kerr.TopicAlreadyExists) {
		return fmt.Errorf("create audit topic %s: %w", topic, err)
	}
	return nil
}

// Record returns the Kafka record of an entry, keyed by the changed key,
// for producing together with the change it audits.
func (l *Log) Record(e Entry) (*kgo.Record, error) {
	e.V = 1
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encode audit entry %s %s: %w", e.Action, e.Key, err)
	}
	return &kgo.Record{Topic: l.topic, Key: []byte(e.Key), Value: b}, nil
}

// Write stores entries and waits until they are stored.
func (l *Log) Write(ctx context.Context, es ...Entry) error {
	recs := make([]*kgo.Record, 0, len(es))
	for _, e := range es {
		r, err := l.Record(e)
		if err != nil {
			return err
		}
		recs = append(recs, r)
	}
	if err := l.cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		return fmt.Errorf("write %d audit entries to %s: %w", len(es), l.topic, err)
	}
	return nil
}

// Decode parses one audit record's value. A value that is not an entry is
// an error.
func Decode(value []byte) (Entry, error) {
	var e Entry
	if err := schemas.CheckNesting(value); err != nil {
		return Entry{}, fmt.Errorf("audit entry: %w", err)
	}
	if err := json.Unmarshal(value, &e); err != nil {
		return Entry{}, fmt.Errorf("audit entry: %w", err)
	}
	if e.V != 1 || e.Action == "" || e.At.IsZero() {
		return Entry{}, fmt.Errorf("audit entry: want v 1, an action and a time")
	}
	return e, nil
}

// List reads the audit topic from its start to its current end and
// returns the entries at or after since, oldest first, and how many
// records were not entries. opts point at the brokers. A topic that does
// not exist holds no entries.
func List(ctx context.Context, topic string, since time.Time, opts ...kgo.Opt) ([]Entry, int, error) {
	cl, err := kgo.NewClient(append(opts,
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}))...)
	if err != nil {
		return nil, 0, fmt.Errorf("read audit topic %s: %w", topic, err)
	}
	defer cl.Close()
	ends, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic)
	if err == nil {
		err = ends.Error()
	}
	if errors.Is(err, kerr.UnknownTopicOrPartition) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("read audit topic %s: %w", topic, err)
	}
	end := int64(0)
	if o, ok := ends.Lookup(topic, 0); ok {
		end = o.Offset
	}
	var out []Entry
	bad := 0
	for pos := int64(0); pos < end; {
		fs := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return nil, 0, fmt.Errorf("read audit topic %s: %w", topic, err)
		}
		if err := fs.Err0(); err != nil {
			return nil, 0, fmt.Errorf("read audit topic %s: %w", topic, err)
		}
		fs.EachRecord(func(r *kgo.Record) {
			pos = r.Offset + 1
			e, err := Decode(r.Value)
			if err != nil {
				bad++
				return
			}
			if !e.At.Before(since) {
				out = append(out, e)
			}
		})
	}
	return out, bad, nil
}
