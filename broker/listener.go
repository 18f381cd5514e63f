package broker

import (
	"errors"
	"log/slog"
	"net"
	"sync/atomic"
	"syscall"
	"time"
)

// steadyListener keeps accepting through temporary failures. kfake's
// accept loop returns at the first error, so a process that once ran out
// of file descriptors (EMFILE) would never serve the broker again; this
// listener instead waits, with a backoff from 5 ms to one second as
// net/http's Server does, and tries again. Only a closed listener ends
// Accept. Each connection it returns reads through a frameGuard under
// limits (nil: none, for tests of the accept loop alone).
type steadyListener struct {
	net.Listener
	log    *slog.Logger
	limits *guardLimits
	// logged rate-limits the error to one a minute (Unix nanoseconds).
	logged atomic.Int64
}

func (l *steadyListener) Accept() (net.Conn, error) {
	var delay time.Duration
	for {
		c, err := l.Listener.Accept()
		if err == nil {
			if l.limits == nil {
				return c, nil
			}
			if !l.limits.admit() {
				l.refuse(c)
				continue
			}
			return newFrameGuard(c, l.limits), nil
		}
		if !temporary(err) {
			return nil, err
		}
		if delay == 0 {
			delay = 5 * time.Millisecond
		} else {
			delay = min(2*delay, time.Second)
		}
		now := time.Now().UnixNano()
		if last := l.logged.Load(); now-last > int64(time.Minute) && l.logged.CompareAndSwap(last, now) {
			l.log.Error("the broker could not accept a connection; retrying", "err", err, "retry_in", delay)
		}
		time.Sleep(delay)
	}
}

// refuse closes a connection accepted beyond the bound of open
// connections (guardLimits.maxConns), with a warning at most once a minute.
func (l *steadyListener) refuse(c net.Conn) {
	c.Close()
	now := time.Now().UnixNano()
	if last := l.limits.connsLogged.Load(); now-last > int64(time.Minute) && l.limits.connsLogged.CompareAndSwap(last, now) {
		l.log.Warn("the broker refused connections: too many open", "remote", c.RemoteAddr().String(), "open", l.limits.conns.Load(), "limit", l.limits.maxConns)
	}
}

// temporary says whether an Accept error passes: out of file descriptors
// or buffers, or a connection reset before it was accepted.
func temporary(err error) bool {
	if errors.Is(err, net.ErrClosed) {
		return false
	}
	for _, e := range []error{syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM, syscall.ECONNABORTED, syscall.ECONNRESET, syscall.EINTR, syscall.EAGAIN} {
		if errors.Is(err, e) {
			return true
		}
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
