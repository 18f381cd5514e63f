package broker

import (
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// Limits of the request frames a connection may send (frameGuard).
const (
	// maxRequestBytes is the largest request frame taken, Kafka's own
	// default bound (socket.request.max.bytes, 104,857,600): kfake
	// allocates a frame's declared size before its bytes arrive, so four
	// bytes could otherwise hold up to 4 GiB per connection.
	maxRequestBytes = 100 << 20
	// minRequestBytes is the smallest request frame with a header: API
	// key, version and correlation id (KIP-482's request header v0).
	minRequestBytes = 8
	// requestBudget bounds the bytes of all connections' frames read at
	// once, declared and not yet wholly received: many connections each
	// declaring a large frame and sending nothing more would otherwise
	// add up (100 MiB each) to the machine's memory.
	requestBudget = 512 << 20
)

// guardLimits are the bounds a frameGuard applies, shared by every
// connection of a listener: the budget is counted across them.
type guardLimits struct {
	maxFrame, minFrame int64
	budget             atomic.Int64 // bytes left of the shared budget
	log                *slog.Logger
	logged             atomic.Int64 // rate-limits the warning, Unix nanoseconds
}

func newGuardLimits(log *slog.Logger) *guardLimits {
	g := &guardLimits{maxFrame: maxRequestBytes, minFrame: minRequestBytes, log: log}
	g.budget.Store(requestBudget)
	return g
}

// frameGuard checks each request frame a client sends before kfake reads
// it, and closes the connection on one kfake cannot take safely:
//
//   - a declared size below minRequestBytes or above maxRequestBytes
//     (kfake makes a buffer of the declared size at once);
//   - a size that would take the shared budget (guardLimits) below zero;
//   - an API key franz-go's kmsg does not know (kfake dereferences the
//     nil request kmsg.RequestForKey returns for it, in a goroutine of its
//     own: one 14-byte frame ended the whole process).
//
// It sits between the TCP connection and kfake: the size and the API key
// of a frame (its first six bytes) are read and judged before kfake sees
// any of them; the rest of the frame passes through as it arrives. The
// guard reads plain Kafka frames, so it must wrap the connection inside
// any TLS layer, not outside it (the broker serves no TLS).
type frameGuard struct {
	net.Conn
	limits *guardLimits

	// mu guards the fields below: kfake reads from one goroutine, but
	// Close may come from another.
	mu        sync.Mutex
	hdr       [6]byte // the current frame's size and API key
	nhdr      int     // bytes of hdr read
	out       int     // bytes of hdr handed to kfake
	remaining int64   // bytes of the current frame's body still to pass
	reserved  int64   // budget held for the current frame
	err       error   // set once the connection is refused or closed
}

func newFrameGuard(c net.Conn, limits *guardLimits) *frameGuard {
	return &frameGuard{Conn: c, limits: limits}
}

// Read hands kfake the client's bytes, a frame's first six only once the
// frame is judged acceptable.
func (g *frameGuard) Read(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err != nil {
		return 0, g.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if g.out == len(g.hdr) && g.remaining == 0 {
		g.endFrame()
	}
	if g.nhdr < len(g.hdr) {
		// A new frame: its size and API key first.
		n, err := io.ReadFull(g.Conn, g.hdr[g.nhdr:])
		g.nhdr += n
		if err != nil {
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			g.err = err
			return 0, err
		}
		if err := g.judge(); err != nil {
			g.refuse(err)
			return 0, g.err
		}
	}
	if g.out < len(g.hdr) {
		n := copy(p, g.hdr[g.out:])
		g.out += n
		return n, nil
	}
	n, err := g.Conn.Read(p[:min(int64(len(p)), g.remaining)])
	g.remaining -= int64(n)
	if err != nil {
		g.err = err
	}
	return n, err
}

// judge checks the frame whose size and API key are in hdr and reserves
// its size from the shared budget.
func (g *frameGuard) judge() error {
	size := int64(int32(binary.BigEndian.Uint32(g.hdr[:4])))
	key := int16(binary.BigEndian.Uint16(g.hdr[4:6]))
	switch {
	case size < g.limits.minFrame:
		return fmt.Errorf("a request frame of %d bytes, below the %d of a request header", size, g.limits.minFrame)
	case size > g.limits.maxFrame:
		return fmt.Errorf("a request frame of %d bytes, above the %d the broker takes (socket.request.max.bytes)", size, g.limits.maxFrame)
	case kmsg.RequestForKey(key) == nil:
		return fmt.Errorf("a request with API key %d, which no Kafka API has", key)
	}
	if g.limits.budget.Add(-size) < 0 {
		g.limits.budget.Add(size)
		return fmt.Errorf("a request frame of %d bytes while others' take the broker's %d-byte budget for requests being read", size, int64(requestBudget))
	}
	g.reserved = size
	g.remaining = size - 2 // the API key is in hdr
	return nil
}

// endFrame releases the finished frame's budget and readies the next.
func (g *frameGuard) endFrame() {
	g.limits.budget.Add(g.reserved)
	g.reserved, g.nhdr, g.out, g.remaining = 0, 0, 0, 0
}

// refuse closes the connection for cause, with a warning at most once a
// minute for the whole broker (the remote address says who).
func (g *frameGuard) refuse(cause error) {
	g.err = fmt.Errorf("broker: connection from %s refused: %w", g.Conn.RemoteAddr(), cause)
	g.Conn.Close()
	now := time.Now().UnixNano()
	if last := g.limits.logged.Load(); now-last > int64(time.Minute) && g.limits.logged.CompareAndSwap(last, now) {
		g.limits.log.Warn("the broker closed a connection that sent what no Kafka client sends", "remote", g.Conn.RemoteAddr().String(), "why", cause)
	} else {
		g.limits.log.Debug("the broker closed a connection that sent what no Kafka client sends", "remote", g.Conn.RemoteAddr().String(), "why", cause)
	}
}

// Close closes the connection and gives back the budget of a frame it
// was reading.
func (g *frameGuard) Close() error {
	err := g.Conn.Close()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limits.budget.Add(g.reserved)
	g.reserved = 0
	if g.err == nil {
		g.err = net.ErrClosed
	}
	return err
}
