package api

import (
	"sync"
	"time"
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
	entries []Attempt
}

// read returns domain's live log as read (by fetch) at most maxAge ago,
// reading it when older. The entries are shared: callers must not change
// them.
func (c *liveCache) read(domain string, maxAge time.Duration, fetch func() ([]Attempt, error)) ([]Attempt, error) {
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
	entries, err := fetch()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.byDom[domain] = liveRead{at: now, entries: entries}
	c.mu.Unlock()
	return entries, nil
}
