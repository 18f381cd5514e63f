package processor

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// clientIDPrefix starts the client id of a processor that advertises its
// HTTP address: "mailflow@host:port". Kafka Streams puts the same address
// (application.server) in its group metadata; the client id is the part of
// a member's metadata that any client can read with DescribeGroups.
const clientIDPrefix = "mailflow@"

// membersTTL bounds how stale the group's member list may be when a request
// is routed; a rebalance in between is caught by the owner, which refuses a
// forwarded request for a partition it does not own.
const membersTTL = 2 * time.Second

// Owner says where a domain's state lives.
type Owner struct {
	// Partition is the domain's partition of the deliveries topic.
	Partition int32
	// Local is set when this instance owns the partition; Restoring when
	// it does but its state is still being restored.
	Local, Restoring bool
	// Addr is the HTTP address of the owning instance when it is another
	// one; empty when the partition has no owner right now (a rebalance is
	// in progress).
	Addr string
}

// PartitionOf returns the partition that holds the canonical domain's
// state (see PartitionFor).
func (p *Processor) PartitionOf(domain string) int32 {
	return PartitionFor(domain, p.partitions)
}

// Partitions returns the number of partitions of the deliveries topic (and
// of its co-partitioned changelog).
func (p *Processor) Partitions() int32 { return p.partitions }

// Owner finds the instance that owns domain's partition. It is safe to call
// from any goroutine.
func (p *Processor) Owner(ctx context.Context, domain string) (Owner, error) {
	return p.OwnerOf(ctx, p.PartitionOf(domain))
}

// OwnerOf finds the instance that owns partition of the deliveries topic.
// It is safe to call from any goroutine.
func (p *Processor) OwnerOf(ctx context.Context, partition int32) (Owner, error) {
	o := Owner{Partition: partition}
	if partition < 0 || partition >= p.partitions {
		return o, fmt.Errorf("partition %d does not exist (the topic %s has %d)", partition, p.cfg.Topics.Deliveries, p.partitions)
	}
	v := p.Ownership()
	if slices.Contains(v.Partitions, partition) {
		o.Local = true
		o.Restoring = slices.Contains(v.Restoring, partition)
		return o, nil
	}
	addrs, err := p.members.lookup(ctx, p)
	if err != nil {
		return o, err
	}
	o.Addr = addrs[partition]
	return o, nil
}

// members caches which advertised address owns which partition.
type members struct {
	mu     sync.Mutex
	at     time.Time
	byPart map[int32]string
}

func (m *members) lookup(ctx context.Context, p *Processor) (map[int32]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.byPart != nil && time.Since(m.at) < membersTTL {
		return m.byPart, nil
	}
	groups, err := p.adm.DescribeGroups(ctx, p.cfg.Group)
	if err != nil {
		return nil, fmt.Errorf("describe group %s: %w", p.cfg.Group, err)
	}
	g, ok := groups[p.cfg.Group]
	if !ok || g.Err != nil {
		return nil, fmt.Errorf("describe group %s: %v", p.cfg.Group, g.Err)
	}
	byPart := map[int32]string{}
	for _, mem := range g.Members {
		info, ok := ParseClientID(mem.ClientID)
		if !ok || info.Advertise == "" {
			continue
		}
		addr := info.Advertise
		c, ok := mem.Assigned.AsConsumer()
		if !ok {
			continue
		}
		for _, t := range c.Topics {
			if t.Topic != p.cfg.Topics.Deliveries {
				continue
			}
			for _, part := range t.Partitions {
				byPart[part] = addr
			}
		}
	}
	m.byPart, m.at = byPart, time.Now()
	return byPart, nil
}
