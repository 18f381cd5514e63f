package sinks

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/schemas"
)

// incidentRef is what a domain's notification says of the provider-wide
// incident the domain is part of.
type incidentRef struct {
	ID           string `json:"id"`
	Provider     string `json:"provider"`
	ProviderName string `json:"provider_name"`
	Category     string `json:"category"`
	// Affected domains still Bad, of Total ever part of it, of Customers.
	Affected  int `json:"affected"`
	Total     int `json:"total"`
	Customers int `json:"customers"`
}

// incidentTable follows the incidents topic from its start (read
// committed) and knows, for every domain of an open incident, which one.
// The topic is small: a record per incident revision.
type incidentTable struct {
	cl  *kgo.Client
	log *slog.Logger

	mu       sync.RWMutex
	open     map[string]schemas.Incident // by id: latest revision of open incidents
	byDomain map[string]string           // domain → id of its open incident
	done     chan struct{}
}

func newIncidentTable(ctx context.Context, topic string, log *slog.Logger, opts ...kgo.Opt) (*incidentTable, error) {
	t := &incidentTable{log: log, open: map[string]schemas.Incident{}, byDomain: map[string]string{}, done: make(chan struct{})}
	cl, err := kgo.NewClient(append(opts,
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)...)
	if err != nil {
		return nil, fmt.Errorf("incidents table %s: %w", topic, err)
	}
	t.cl = cl
	go t.run(ctx)
	return t, nil
}

func (t *incidentTable) close() {
	t.cl.Close()
	<-t.done
}

func (t *incidentTable) run(ctx context.Context) {
	defer close(t.done)
	for {
		fs := t.cl.PollFetches(ctx)
		if fs.IsClientClosed() || ctx.Err() != nil {
			return
		}
		fs.EachRecord(func(r *kgo.Record) {
			inc, err := schemas.DecodeIncident(r.Value)
			if err != nil {
				t.log.Warn("sink: unreadable incident record ignored", "partition", r.Partition, "offset", r.Offset, "err", schemas.Reason(err))
				return
			}
			t.apply(inc)
		})
	}
}

func (t *incidentTable) apply(inc schemas.Incident) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if cur, ok := t.open[inc.ID]; ok && cur.Revision >= inc.Revision {
		return
	}
	if old, ok := t.open[inc.ID]; ok {
		for _, d := range old.Domains {
			if t.byDomain[d.Domain] == inc.ID {
				delete(t.byDomain, d.Domain)
			}
		}
	}
	if !inc.Open {
		delete(t.open, inc.ID)
		return
	}
	t.open[inc.ID] = inc
	for _, d := range inc.Domains {
		t.byDomain[d.Domain] = inc.ID
	}
}

// of returns the open incident domain is part of.
func (t *incidentTable) of(domain string) (incidentRef, bool) {
	if t == nil {
		return incidentRef{}, false
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	id, ok := t.byDomain[domain]
	if !ok {
		return incidentRef{}, false
	}
	return refOf(t.open[id]), true
}

func refOf(inc schemas.Incident) incidentRef {
	return incidentRef{ID: inc.ID, Provider: inc.Provider, ProviderName: inc.ProviderName, Category: inc.Category,
		Affected: inc.Affected, Total: inc.Total, Customers: len(inc.Customers)}
}

// notifies reports whether an incident record is one people are told of:
// opening, escalation and closing. Updates as single domains join or
// recover are not: the incident of 140 domains would be 140 mails.
func notifies(ev schemas.IncidentEvent) bool {
	return ev == schemas.IncidentOpened || ev == schemas.IncidentEscalated || ev == schemas.IncidentClosed
}
