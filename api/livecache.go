package api

import (
	"sync"
	"time"

	"github.com/mailflow/mailflow/state"
)

// liveCache shares live-log reads among the streams of one domain: a
// thousand consoles watching the same Bad domain cost one store read per
// stream interval, not a thousand.
type liveCache struct {
	mu    sync.Mutex
	byDom map[string]liveRead
	swept time.Time
}

type liveRead struct {
	at      time.Time
	entries []state.LiveEntry
}

// read returns domain's live log as read at most maxAge ago, reading it
// when older. The entries are shared: callers must not change them.
func (c *liveCache) read(st *state.Store, domain string, maxAge time.Duration) ([]state.LiveEntry, error) {
	now := time.Now()
	c.mu.Lock()
	if c.byDom == nil {
		c.byDom = map[string]liveRead{}
	}
	if now.Sub(c.swept) > time.Minute {
		for d, r := range c.byDom {
			if now.Sub(r.at) > time.Minute {
				delete(c.byDom, d)
			}
		}
		c.swept = now
	}
	if r, ok := c.byDom[domain]; ok && now.Sub(r.at) < maxAge {
		c.mu.Unlock()
		return r.entries, nil
	}
	c.mu.Unlock()
	entries, err := st.LiveLog(domain)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.byDom[domain] = liveRead{at: now, entries: entries}
	c.mu.Unlock()
	return entries, nil
}
