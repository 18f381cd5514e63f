package catcher

import "net/http"

// Access decides who may read what the catcher caught. It runs before
// every request to the catcher's HTTP handler except the webhook receiver
// (a receiver takes posts from anyone, as a real endpoint does, and shows
// nothing back). When the caller may read nothing it answers the request
// itself (401, 503, …) and reports false; otherwise it returns which
// messages the caller may see, nil meaning all of them.
type Access func(w http.ResponseWriter, r *http.Request) (see func(Message) bool, ok bool)

// HandlerOption configures Handler.
type HandlerOption func(*handlerOptions)

type handlerOptions struct {
	access Access
}

// WithAccess puts the message list behind a. Without it every client that
// reaches the handler reads every caught message: give it whenever the
// handler is reachable by anyone but the developer (mailflow dev serves it
// beside its API, and follows the API's access rules).
func WithAccess(a Access) HandlerOption { return func(o *handlerOptions) { o.access = a } }

// Filter returns the kept messages that see accepts, newest first; a nil
// see accepts all.
func (c *Caught) Filter(see func(Message) bool) []Message {
	all := c.List()
	if see == nil {
		return all
	}
	out := all[:0]
	for _, m := range all {
		if see(m) {
			out = append(out, m)
		}
	}
	return out
}
