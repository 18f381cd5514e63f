package accounts

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// TopicSuffix follows the topic prefix (default "mailflow.") in the name of
// the accounts topic.
const TopicSuffix = "accounts"

// Store follows the accounts topic from its start and keeps every record in
// memory; it writes through the same topic, so that every instance's Store
// converges on the same content. Its methods are safe for concurrent use.
type Store struct {
	topic string
	cl    *kgo.Client
	log   *slog.Logger
	now   func() time.Time

	params    Params
	holder    HolderFunc // see holder.go; nil: credentials bound to the id only
	dummyOnce sync.Once
	dummy     string

	mu        sync.Mutex
	changed   *sync.Cond // broadcast after every applied poll
	applied   int64      // next offset of partition 0 to apply
	passwords map[string]PasswordRecord
	sessions  map[string]SessionRecord
	links     map[string]LinkRecord
	using     map[string]bool        // links a UseLink is setting a password with, by id
	claims    map[string]linkClaim   // the claim in force of each link, by link id (claim.go)
	tokens    map[string]TokenRecord // by id
	invalid   int

	rounds  rounds        // end-offset lookups of session misses (catchup.go)
	hashing chan struct{} // argon2id slots (hashing.go)

	ready chan struct{}
	done  chan struct{}
}

// Option changes a Store.
type Option func(*Store)

// WithClock makes the store read the time from now (tests).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithParams sets the argon2id parameters of new password hashes
// (DefaultParams otherwise; tests use cheaper ones).
func WithParams(p Params) Option { return func(s *Store) { s.params = p } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// Open creates the topic when it does not exist (compacted, one partition,
// replication as the broker defaults), starts following it and waits until
// it has read what the topic held at start. opts point at the brokers
// (kgo.SeedBrokers and any TLS/SASL). Close stops it.
func Open(ctx context.Context, topic string, opts []kgo.Opt, options ...Option) (*Store, error) {
	s := &Store{topic: topic, log: slog.Default(), now: time.Now, params: DefaultParams(),
		passwords: map[string]PasswordRecord{}, sessions: map[string]SessionRecord{},
		links: map[string]LinkRecord{}, using: map[string]bool{}, claims: map[string]linkClaim{}, tokens: map[string]TokenRecord{},
		ready: make(chan struct{}), done: make(chan struct{}), hashing: make(chan struct{}, hashSlots)}
	s.changed = sync.NewCond(&s.mu)
	for _, o := range options {
		o(s)
	}
	cl, err := kgo.NewClient(append(opts,
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: {0: kgo.NewOffset().AtStart()}}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
	)...)
	if err != nil {
		return nil, fmt.Errorf("accounts store %s: %w", topic, err)
	}
	s.cl = cl
	adm := kadm.NewClient(cl)
	resp, err := adm.CreateTopic(ctx, 1, -1, map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}, topic)
	if err == nil {
		err = resp.Err
	}
	if err != nil && !errors.Is(err, kerr.TopicAlreadyExists) {
		cl.Close()
		return nil, fmt.Errorf("create accounts topic %s: %w", topic, err)
	}
	// A topic just created may not be known to every broker yet.
	var ends kadm.ListedOffsets
	for {
		ends, err = adm.ListEndOffsets(ctx, topic)
		if err == nil {
			err = ends.Error()
		}
		if !errors.Is(err, kerr.UnknownTopicOrPartition) || ctx.Err() != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		cl.Close()
		return nil, fmt.Errorf("accounts topic %s: end offsets: %w", topic, err)
	}
	end := int64(0)
	if o, ok := ends.Lookup(topic, 0); ok {
		end = o.Offset
	}
	go s.run(ctx)
	if err := s.waitOffset(ctx, end); err != nil {
		s.Close()
		return nil, err
	}
	close(s.ready)
	return s, nil
}

// dummyHash is a hash with the store's parameters of a password nobody
// knows, verified against when sign-in names no known manager.
func (s *Store) dummyHash() string {
	s.dummyOnce.Do(func() {
		tok, err := randomToken()
		if err == nil {
			s.dummy, err = HashPassword(tok, s.params)
		}
		if err != nil {
			s.dummy = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$L8Tr3lmGY8m4PqO0ydd4WvhaMhxmczx2G/4uoGx7mro"
		}
	})
	return s.dummy
}

// Close stops following the topic.
func (s *Store) Close() {
	s.cl.Close()
	<-s.done
}

// Invalid returns how many records were ignored as invalid.
func (s *Store) Invalid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.invalid
}

func (s *Store) run(ctx context.Context) {
	defer close(s.done)
	defer func() {
		s.mu.Lock()
		s.applied = -1 // wakes waiters: nothing more will be applied
		s.changed.Broadcast()
		s.mu.Unlock()
	}()
	for {
		fs := s.cl.PollFetches(ctx)
		if fs.IsClientClosed() || ctx.Err() != nil {
			return
		}
		fs.EachError(func(t string, p int32, err error) {
			s.log.Warn("accounts store: fetch error", "topic", t, "partition", p, "err", err)
		})
		s.mu.Lock()
		fs.EachRecord(func(r *kgo.Record) {
			s.applied = r.Offset + 1
			d, err := decodeRecord(r.Key, r.Value)
			if err != nil {
				s.invalid++
				s.log.Error("accounts store: ignoring invalid record", "offset", r.Offset, "err", err)
				return
			}
			d.at = r.Timestamp
			s.applyLocked(d)
		})
		s.changed.Broadcast()
		s.mu.Unlock()
	}
}

func (s *Store) applyLocked(d decoded) {
	switch d.kind {
	case kindPassword:
		if d.pw == nil {
			delete(s.passwords, d.id)
		} else {
			s.passwords[d.id] = *d.pw
		}
	case kindSession:
		if d.sess == nil {
			delete(s.sessions, d.id)
		} else {
			s.sessions[d.id] = *d.sess
		}
	case kindLink:
		if d.link == nil {
			delete(s.links, d.id)
		} else {
			s.links[d.id] = *d.link
		}
	case kindToken:
		if d.tok == nil {
			delete(s.tokens, d.id)
		} else {
			s.tokens[d.id] = *d.tok
		}
	case kindClaim:
		if d.claim == nil {
			delete(s.claims, d.id)
		} else if c, taken := s.claims[d.id]; !taken || d.at.Sub(c.at) > claimLifetime {
			s.claims[d.id] = linkClaim{nonce: d.claim.Nonce, at: d.at}
		}
	}
}

// waitOffset blocks until the store has applied every record before
// offset end.
func (s *Store) waitOffset(ctx context.Context, end int64) error {
	stop := context.AfterFunc(ctx, func() {
		s.mu.Lock()
		s.changed.Broadcast()
		s.mu.Unlock()
	})
	defer stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.applied >= 0 && s.applied < end {
		if ctx.Err() != nil {
			return fmt.Errorf("accounts topic %s: not caught up: %w", s.topic, context.Cause(ctx))
		}
		s.changed.Wait()
	}
	if s.applied < 0 {
		return fmt.Errorf("accounts topic %s: store closed", s.topic)
	}
	return nil
}

// write publishes records and waits until this store has applied them, so
// that a caller reads its own writes (a sign-in is followed by a request
// that needs the session). Other instances apply them as fast as they
// fetch: a tombstone ends a session everywhere within a fetch.
func (s *Store) write(ctx context.Context, recs ...[2][]byte) error {
	krs := make([]*kgo.Record, len(recs))
	for i, r := range recs {
		// The store's clock: claims expire by their records'
		// timestamps (claim.go).
		krs[i] = &kgo.Record{Topic: s.topic, Partition: 0, Key: r[0], Value: r[1], Timestamp: s.now()}
	}
	res := s.cl.ProduceSync(ctx, krs...)
	if err := res.FirstErr(); err != nil {
		return fmt.Errorf("write %d records to %s: %w", len(recs), s.topic, err)
	}
	var last int64
	for _, r := range res {
		last = max(last, r.Record.Offset)
	}
	return s.waitOffset(ctx, last+1)
}

func (s *Store) put(ctx context.Context, kind, id string, v any) error {
	k, val, err := encode(kind, id, v)
	if err != nil {
		return err
	}
	return s.write(ctx, [2][]byte{k, val})
}

// HasCredentials reports whether any manager can sign in (a password is
// set) or holds a console API token. The read API leaves its open
// (development) mode once one exists, as it does for a directory token:
// a manager who made a token must not find the API answering everyone.
func (s *Store) HasCredentials() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.passwords) > 0 || len(s.tokens) > 0
}
