package incidents

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// Ref is what a reader of one domain is told about the provider-wide
// incident the domain is part of: enough for "part of a Microsoft 365
// incident (blocklisted) affecting 30 domains of 12 customers", and no
// other customer's domain names (a domain's manager may read it). Its
// JSON is part of the sinks' webhook payload and of the status API.
type Ref struct {
	// ID is the incident's id (schemas.Incident.ID).
	ID string `json:"id"`
	// Provider is the grouping key ("microsoft365", "net:203.0.113.0/24");
	// ProviderName the same for people ("Microsoft 365").
	Provider     string `json:"provider"`
	ProviderName string `json:"provider_name"`
	// Category is the failure category the domains share.
	Category string `json:"category"`
	// Affected counts the domains still Bad, of Total ever part of it,
	// of Customers distinct customers.
	Affected  int `json:"affected"`
	Total     int `json:"total"`
	Customers int `json:"customers"`
	// FirstSeen is the stream time of the incident's first Bad alert.
	FirstSeen time.Time `json:"first_seen,omitzero"`
	// Advice is the diagnosis's advice for Category.
	Advice string `json:"advice,omitempty"`
}

// RefOf returns what a domain's reader is told of inc.
func RefOf(inc schemas.Incident) Ref {
	return Ref{ID: inc.ID, Provider: inc.Provider, ProviderName: inc.ProviderName, Category: inc.Category,
		Affected: inc.Affected, Total: inc.Total, Customers: CustomerCount(inc), FirstSeen: inc.FirstSeen, Advice: inc.Advice}
}

// CustomerCount counts the customers of an incident's domains as its
// rules do (Rules.MinCustomers): a domain outside the directory counts
// as a customer of its own, so that "5 domains of 2 customers" is what
// opened it.
func CustomerCount(inc schemas.Incident) int {
	seen := make(map[string]bool, len(inc.Customers))
	for _, d := range inc.Domains {
		seen[customerKey(d.Domain, d.Customer)] = true
	}
	return len(seen)
}

// Table follows the incidents topic (the stage's output, read_committed,
// from its start) and knows, for each domain still Bad in an open
// incident, which incident that is. It holds the open incidents only,
// each bounded (a provider's open incidents list at most 1,000 domains);
// it lives in memory and is rebuilt from the topic at every start (the
// topic is compacted by incident id, so that read stays short).
//
// A Table is safe for concurrent use. Its zero value and a nil *Table
// know no incident.
type Table struct {
	cl  *kgo.Client
	log *slog.Logger

	mu       sync.RWMutex
	open     map[string]schemas.Incident // by id: the latest revision of each open incident
	refs     map[string]Ref              // by id: RefOf(open[id]), made once per revision
	byDomain map[string]string           // domain still Bad → id of its open incident
	done     chan struct{}
	warned   time.Time // the last fetch error said (run's goroutine only)
}

// NewTable starts following topic with a client made of opts (at least
// the seed brokers). Records that do not decode as schemas.Incident are
// logged at warn and skipped: the topic is written by the stage alone,
// and one unreadable revision is superseded by the next. Close stops it.
func NewTable(ctx context.Context, topic string, log *slog.Logger, opts ...kgo.Opt) (*Table, error) {
	t := &Table{log: log, done: make(chan struct{})}
	cl, err := kgo.NewClient(append(opts,
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)...)
	if err != nil {
		return nil, fmt.Errorf("incidents table on %s: %w", topic, err)
	}
	t.cl = cl
	go t.run(ctx)
	return t, nil
}

// Close stops following the topic and waits for the reader to end.
func (t *Table) Close() {
	t.cl.Close()
	<-t.done
}

func (t *Table) run(ctx context.Context) {
	defer close(t.done)
	for {
		fs := t.cl.PollFetches(ctx)
		if fs.IsClientClosed() || ctx.Err() != nil {
			return
		}
		// A fetch that fails (a broker down, a missing Read ACL on the
		// topic) is retried by the client; it is said at warn, at most
		// once a minute, so that statuses naming no incident are
		// explained.
		fs.EachError(func(topic string, p int32, err error) {
			if now := time.Now(); now.Sub(t.warned) >= time.Minute {
				t.warned = now
				t.log.Warn("incidents table: cannot read the incidents topic; statuses name no incident until it can", "topic", topic, "partition", p, "err", err)
			}
		})
		fs.EachRecord(func(r *kgo.Record) {
			inc, err := schemas.DecodeIncident(r.Value)
			if err != nil {
				t.log.Warn("incidents table: unreadable incident record skipped", "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "err", schemas.Reason(err))
				return
			}
			t.Apply(inc)
		})
	}
}

// Apply takes one revision of an incident; a revision no newer than the
// one the table holds changes nothing (a replayed or duplicated record).
func (t *Table) Apply(inc schemas.Incident) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.open == nil {
		t.open, t.refs, t.byDomain = map[string]schemas.Incident{}, map[string]Ref{}, map[string]string{}
	}
	old, known := t.open[inc.ID]
	if known && old.Revision >= inc.Revision {
		return
	}
	if known {
		for _, d := range old.Domains {
			if t.byDomain[d.Domain] == inc.ID {
				delete(t.byDomain, d.Domain)
			}
		}
	}
	if !inc.Open {
		delete(t.open, inc.ID)
		delete(t.refs, inc.ID)
		return
	}
	t.open[inc.ID] = inc
	t.refs[inc.ID] = RefOf(inc)
	for _, d := range inc.Domains {
		if !d.Recovered {
			t.byDomain[d.Domain] = inc.ID
		}
	}
}

// Of returns the open incident in which domain is still Bad.
func (t *Table) Of(domain string) (Ref, bool) {
	if t == nil {
		return Ref{}, false
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	id, ok := t.byDomain[domain]
	if !ok {
		return Ref{}, false
	}
	return t.refs[id], true
}

// Open returns the latest revision of every open incident, the newest
// first (by FirstSeen, then id). The incidents are copies the caller
// owns, though their slices are shared with the table: do not change them.
func (t *Table) Open() []schemas.Incident {
	if t == nil {
		return nil
	}
	t.mu.RLock()
	out := make([]schemas.Incident, 0, len(t.open))
	for _, inc := range t.open {
		out = append(out, inc)
	}
	t.mu.RUnlock()
	slices.SortFunc(out, func(a, b schemas.Incident) int {
		if c := b.FirstSeen.Compare(a.FirstSeen); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}
