// Package directory holds mailflow's directory: the resellers, their
// customers, the customers' domains, the managers who look after them and the
// managers' subscriptions, together with the window and threshold defaults
// set at each level.
//
// The directory lives in the compacted config topic (mailflow.config), one
// record per entity keyed "kind/id" (see Key), and every instance reads it
// whole into memory through a Table. The processor resolves each domain's
// window and threshold from it (domain → customer → reseller → global) and
// the sinks route alerts with it.
package directory
