// Package incidents is the second stream stage: it groups the domain
// alerts of mailflow.alerts by destination provider and opens one
// provider-wide incident on mailflow.incidents when several domains of
// several customers served by one provider turn Bad for the same failure
// category within a short period (stream time, from the alerts' At).
//
// Shape (one consumer group, one transactional producer, exactly once):
//
//	mailflow.alerts (key domain) ──▶ stage ──(key provider)──▶ mailflow.incidents-repartition (<group>-repartition)
//	mailflow.incidents-repartition ──▶ stage ──▶ mailflow.incidents (key incident id)
//	                                        └──▶ mailflow.incidents-state (<group>-state: compacted changelog,
//	                                             co-partitioned with the repartition topic)
//
// Every poll is one Kafka transaction that writes the repartitioned
// alerts, the incident records, the changelog records of the providers it
// touched and the consumer offsets together (like the processor, see
// processor/txn.go); the first failed produce aborts it. The state of a
// repartition partition lives in memory and is restored from its
// changelog partition (read_committed, to the end) whenever the
// partition is assigned; an aborted transaction drops the providers it
// changed. A crash or a replay therefore repeats no incident record that
// a read_committed consumer can see.
//
// The provider of an alert is derived from its last failure's remote host
// (StatusChange.LastFailureHost) and IP, or, from processors that do not
// fill those, from the text of its last SMTP response (provider.go).
package incidents
