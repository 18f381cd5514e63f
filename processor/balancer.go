package processor

import (
	"slices"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// coPartitionedProtocol names the group protocol of CoPartitionedBalancer.
// Every member of the group must use it: a member that cannot co-locate
// the repartition topic with the deliveries topic would split domains.
const coPartitionedProtocol = "mailflow-copartitioned-cooperative-sticky"

// CoPartitionedBalancer returns a cooperative-sticky group balancer that
// assigns partition p of every topic in follow to the member that owns
// partition p of lead. Kafka Streams' StreamsPartitionAssignor does the
// same for a repartition topic and its source: records forwarded to
// partition p of the repartition topic are evaluated by the instance that
// holds partition p's state.
//
// Only lead is balanced (by franz-go's cooperative-sticky balancer); the
// follow partitions mirror it. A pair whose follow partition is still
// owned by another member is withheld from everyone for one round, as
// KIP-429's cooperative protocol withholds a moving partition: the old
// owner sees it missing from its assignment, revokes it and rejoins, and
// the next round assigns the pair together. No two members therefore
// process one partition number at the same time.
func CoPartitionedBalancer(lead string, follow ...string) kgo.GroupBalancer {
	return &coPartitioned{inner: kgo.CooperativeStickyBalancer(), lead: lead, follow: follow}
}

type coPartitioned struct {
	inner  kgo.GroupBalancer
	lead   string
	follow []string
	// synced, when set, receives every assignment this member is given
	// (SyncGroup): the whole of what it owns from then on.
	synced func(map[string][]int32)
}

func (c *coPartitioned) ProtocolName() string { return coPartitionedProtocol }
func (c *coPartitioned) IsCooperative() bool  { return true }

func (c *coPartitioned) JoinGroupMetadata(interests []string, current map[string][]int32, generation int32) []byte {
	return c.inner.JoinGroupMetadata(interests, current, generation)
}

func (c *coPartitioned) ParseSyncAssignment(assignment []byte) (map[string][]int32, error) {
	a, err := c.inner.ParseSyncAssignment(assignment)
	if err == nil && c.synced != nil {
		c.synced(a)
	}
	return a, err
}

func (c *coPartitioned) MemberBalancer(members []kmsg.JoinGroupResponseMember) (kgo.GroupMemberBalancer, map[string]struct{}, error) {
	b, topics, err := c.inner.MemberBalancer(members)
	if err != nil {
		return nil, nil, err
	}
	// What every member owns now, from the metadata it joined with.
	owned := map[string]map[int32]string{} // topic → partition → member
	for _, m := range members {
		var meta kmsg.ConsumerMemberMetadata
		if meta.ReadFrom(m.ProtocolMetadata) != nil {
			continue
		}
		for _, o := range meta.OwnedPartitions {
			t := owned[o.Topic]
			if t == nil {
				t = map[int32]string{}
				owned[o.Topic] = t
			}
			for _, p := range o.Partitions {
				t[p] = m.MemberID
			}
		}
	}
	return &coPartitionedMembers{c: c, inner: b, owned: owned}, topics, nil
}

type coPartitionedMembers struct {
	c     *coPartitioned
	inner kgo.GroupMemberBalancer
	owned map[string]map[int32]string
}

// Balance implements kgo.GroupMemberBalancer; franz-go calls
// BalanceOrError instead.
func (m *coPartitionedMembers) Balance(topics map[string]int32) kgo.IntoSyncAssignment {
	into, _ := m.BalanceOrError(topics)
	return into
}

// BalanceOrError implements kgo.GroupMemberBalancerOrError.
func (m *coPartitionedMembers) BalanceOrError(topics map[string]int32) (kgo.IntoSyncAssignment, error) {
	c := m.c
	lead := map[string]int32{}
	others := map[string]int32{}
	for t, n := range topics {
		switch {
		case t == c.lead:
			lead[t] = n
		case slices.Contains(c.follow, t):
		default:
			others[t] = n
		}
	}
	// Balance the lead topic (and any unrelated topic) on its own.
	for t, n := range others {
		lead[t] = n
	}
	var into kgo.IntoSyncAssignment
	if be, ok := m.inner.(kgo.GroupMemberBalancerOrError); ok {
		var err error
		if into, err = be.BalanceOrError(lead); err != nil {
			return nil, err
		}
	} else {
		into = m.inner.Balance(lead)
	}
	plan, ok := into.(*kgo.BalancePlan)
	if !ok {
		// franz-go's sticky balancer returns a *BalancePlan; anything
		// else cannot be adjusted, and assigning follow topics without
		// their lead would split domains, so they stay unassigned.
		return into, nil
	}
	for member, assigned := range plan.AsMemberIDMap() {
		parts := assigned[c.lead]
		keep := parts[:0]
		var mirrored []int32
		for _, p := range parts {
			busy := false
			for _, f := range c.follow {
				if o, ok := m.owned[f][p]; ok && o != member {
					busy = true
				}
			}
			if busy {
				// Withheld this round: the follow partition's owner
				// must revoke it first.
				continue
			}
			keep = append(keep, p)
			mirrored = append(mirrored, p)
		}
		assigned[c.lead] = keep
		for _, f := range c.follow {
			if _, exists := topics[f]; exists {
				assigned[f] = slices.Clone(mirrored)
			}
		}
	}
	return plan, nil
}
