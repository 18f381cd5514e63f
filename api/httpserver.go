package api

import (
	"bufio"
	"container/list"
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// The HTTP server's defaults. Requests of the API are small GETs, so the
// read timeouts are short; a live-log stream lifts them for itself and
// sets a deadline per write instead (live.go).
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 60 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	// DefaultMaxConns is the most connections the server holds; at the
	// cap, the connection idle longest is closed to make room (and when
	// none is idle, the newcomer is turned away).
	DefaultMaxConns = 8192
	// DefaultMaxHeaderBytes bounds a request's header.
	DefaultMaxHeaderBytes = 64 << 10
)

// ServerConfig configures the HTTP server of an instance. Zero fields take
// the defaults above.
type ServerConfig struct {
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// MaxConns bounds the open connections.
	MaxConns int
	// Log receives the server's errors (accept failures, closed idle
	// connections at the cap).
	Log *slog.Logger
}

// Server is an HTTP server hardened against clients that hold
// connections: read, write and idle timeouts, a cap on connections that
// sheds the idlest first, and an accept loop that rides out a full file
// table (as net/http's does, and this listener's too).
type Server struct {
	srv   *http.Server
	conns *connTracker
	log   *slog.Logger
	// stopping is closed when Shutdown begins: streams end then, with a
	// closed event, instead of holding the shutdown up.
	stopping chan struct{}
	stopOnce sync.Once
}

// stoppingKey carries the server's stopping channel in request contexts.
type stoppingKey struct{}

// stoppingOf returns the channel closed when the request's server shuts
// down (nil, never closed, outside a Server).
func stoppingOf(r *http.Request) <-chan struct{} {
	c, _ := r.Context().Value(stoppingKey{}).(chan struct{})
	return c
}

// NewServer returns a server of h; Serve starts it.
func NewServer(h http.Handler, cfg ServerConfig) *Server {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&cfg.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	def(&cfg.ReadTimeout, DefaultReadTimeout)
	def(&cfg.WriteTimeout, DefaultWriteTimeout)
	def(&cfg.IdleTimeout, DefaultIdleTimeout)
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = DefaultMaxConns
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	t := &connTracker{max: cfg.MaxConns, idle: list.New(), where: map[net.Conn]*list.Element{}, log: cfg.Log}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    DefaultMaxHeaderBytes,
		ConnState:         t.state,
		ErrorLog:          slog.NewLogLogger(cfg.Log.Handler(), slog.LevelDebug),
	}
	stopping := make(chan struct{})
	srv.BaseContext = func(net.Listener) context.Context {
		return context.WithValue(context.Background(), stoppingKey{}, stopping)
	}
	return &Server{srv: srv, conns: t, log: cfg.Log, stopping: stopping}
}

// Serve accepts connections on ln until Shutdown; it returns
// http.ErrServerClosed then.
func (s *Server) Serve(ln net.Listener) error {
	return s.srv.Serve(&capListener{Listener: ln, t: s.conns})
}

// Shutdown stops accepting, ends the live-log streams (a closed event,
// reason unavailable, tells clients to reconnect elsewhere or later),
// closes idle connections and waits for active requests until ctx is done,
// then closes the rest.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopOnce.Do(func() { close(s.stopping) })
	err := s.srv.Shutdown(ctx)
	if err != nil {
		_ = s.srv.Close()
	}
	return err
}

// Conns returns the number of open connections.
func (s *Server) Conns() int {
	s.conns.mu.Lock()
	defer s.conns.mu.Unlock()
	return s.conns.open
}

// connTracker counts connections and keeps the idle ones (new, or
// between requests) oldest first.
type connTracker struct {
	mu    sync.Mutex
	max   int
	open  int
	idle  *list.List
	where map[net.Conn]*list.Element
	log   *slog.Logger
	shed  atomicTime
	// rejecting counts the connections over the cap being answered.
	rejecting atomic.Int64
}

func (t *connTracker) state(c net.Conn, st http.ConnState) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if e, ok := t.where[c]; ok {
		t.idle.Remove(e)
		delete(t.where, c)
	}
	switch st {
	case http.StateNew, http.StateIdle:
		t.where[c] = t.idle.PushBack(c)
	}
}

// admit makes room for one more connection: it reports false when the cap
// is reached and no connection is idle. The idlest connection is closed
// before the newcomer counts, so the cap holds; its client sees what it
// would see at the idle timeout.
func (t *connTracker) admit() bool {
	for {
		t.mu.Lock()
		if t.open < t.max {
			t.open++
			t.mu.Unlock()
			return true
		}
		e := t.idle.Front()
		if e == nil {
			t.mu.Unlock()
			return false
		}
		c := e.Value.(net.Conn)
		t.idle.Remove(e)
		delete(t.where, c)
		t.mu.Unlock()
		// Its Close gives back its count (once: a connection net/http
		// closed already gives back nothing, and the loop looks again).
		_ = c.Close()
		if t.shed.every(time.Minute) {
			t.log.Warn("the HTTP server is at its connection cap; closing the idlest connections to make room", "max_conns", t.max)
		}
	}
}

func (t *connTracker) closed() {
	t.mu.Lock()
	t.open--
	t.mu.Unlock()
}

// capListener admits connections through the tracker and rides out
// temporary accept errors (a full file table) with a backoff, as net/http
// does, so that a flood never stops the server.
type capListener struct {
	net.Listener
	t *connTracker
}

func (l *capListener) Accept() (net.Conn, error) {
	var delay time.Duration
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			if !IsTemporaryAcceptError(err) {
				return nil, err
			}
			delay = backoff(delay)
			if l.t.shed.every(time.Minute) {
				l.t.log.Error("accepting a connection failed; retrying", "err", err, "retry_in", delay)
			}
			time.Sleep(delay)
			continue
		}
		delay = 0
		if !l.t.admit() {
			// Every connection is busy: turn the newcomer away rather
			// than queue it behind the cap, with a 503 after reading its
			// request (an answer before the request confuses clients),
			// or, when already turning many away, by closing it.
			if l.t.rejecting.Add(1) <= maxRejecting {
				go l.t.reject(c)
			} else {
				l.t.rejecting.Add(-1)
				_ = c.Close()
			}
			continue
		}
		return &trackedConn{Conn: c, t: l.t}, nil
	}
}

// maxRejecting bounds the connections over the cap being answered 503 at
// once; beyond it they are closed without an answer.
const maxRejecting = 256

// reject answers a connection over the cap 503 once its request header
// arrives (within a second) and closes it.
func (t *connTracker) reject(c net.Conn) {
	defer t.rejecting.Add(-1)
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Second))
	if _, err := http.ReadRequest(bufio.NewReaderSize(c, 4096)); err != nil {
		return
	}
	_, _ = c.Write(busyAnswer())
}

// busyBody is the body of the answer to a connection over the cap.
const busyBody = `{"error":"too many connections; try again","retryable":true}` + "\n"

// busyAnswer is the whole answer to a connection over the cap.
func busyAnswer() []byte {
	return []byte("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: " +
		strconv.Itoa(len(busyBody)) + "\r\n\r\n" + busyBody)
}

type trackedConn struct {
	net.Conn
	t    *connTracker
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(c.t.closed)
	return c.Conn.Close()
}

// IsTemporaryAcceptError says whether an Accept error passes: the process
// or system ran out of file descriptors or buffers, or the connection was
// reset before it was accepted.
func IsTemporaryAcceptError(err error) bool {
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

// backoff doubles delay from 5 ms up to one second, as net/http does.
func backoff(delay time.Duration) time.Duration {
	if delay == 0 {
		return 5 * time.Millisecond
	}
	return min(2*delay, time.Second)
}
