package processor

import (
	"context"

	"github.com/mailflow/mailflow/state"
)

// recordOmits returns what the processor's state records leave out: the
// last response, when the log store keeps every attempt (Config.Logs), so
// that a domain's response is stored once (issue 18) and a record at a
// million domains is about half as large (state.OmitLastResponse).
func (p *Processor) recordOmits() state.Omit {
	if p.cfg.Logs == nil {
		return 0
	}
	return state.OmitLastResponse
}

// lastResponse returns the most recent response of domain, whose window
// is w: the window's own when it has one, else, for a window decoded from
// a record that left it out, the log store's: that of the domain's
// attempt that completed at w.LastAt, and none when the log does not have
// it (a window's response can be empty, and then the log's newest attempt
// would be another one). A failure to read the log is logged and leaves
// the response empty: an alert is not held back for it.
func (p *Processor) lastResponse(ctx context.Context, domain string, w *state.Window) string {
	if w.LastResponse != "" || p.cfg.Logs == nil || w.LastAt.IsZero() {
		return w.LastResponse
	}
	resp, exact, err := p.cfg.Logs.Store().LastResponse(ctx, domain, w.LastAt, w.LastArrivalTime())
	if err != nil {
		p.log.Warn("alert without the last response: reading the log store failed", "domain", domain, "err", err)
	}
	if !exact {
		return ""
	}
	return resp
}
