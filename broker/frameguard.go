package broker

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// Limits of the request frames a connection may send (frameGuard).
const (
	// maxProduceBytes is the largest Produce request taken, Kafka's own
	// default bound (socket.request.max.bytes, 104,857,600): a producer's
	// request carries a batch per partition it writes.
	maxProduceBytes = 100 << 20
	// maxRequestBytes is the largest request of any other API. mailflow's
	// clients (franz-go, librdkafka, KafkaJS) send them in kilobytes; kfake
	// decodes a request whole and answers it in kind, so a megabyte of
	// Metadata request naming topics cost it 72 MiB of heap (review B3).
	maxRequestBytes = 1 << 20
	// minRequestBytes is the smallest request frame with a header: API
	// key, version and correlation id (KIP-482's request header v0).
	minRequestBytes = 8
	// requestBudget bounds the bytes of all connections' frames received
	// and not yet handed to kfake. The guard holds a frame until it has
	// arrived whole, so the budget follows the bytes that arrived, not the
	// sizes declared: connections that declare large frames and send
	// nothing hold nothing (review B1: six idle connections had reserved
	// the whole budget by their declared sizes and locked everyone out).
	requestBudget = 512 << 20
	// frameTime and frameRate bound how long a frame may take to arrive
	// once its size is known: frameTime, plus a second per frameRate
	// bytes. A connection slower than that is closed, and the budget its
	// bytes held is given back.
	frameTime = 30 * time.Second
	frameRate = 1 << 20
	// firstChunk and chunkBytes are how much of a body is reserved and
	// read at a time: first firstChunk, then chunkBytes, each a buffer of
	// its own (a growing slice would leave its old arrays behind, about six
	// times a 100 MiB frame's size in all). A connection that stops after a
	// frame's header holds firstChunk of the budget until its deadline.
	firstChunk = 512
	chunkBytes = 16 << 10
	// budgetWait is how often a frame that finds the budget used up looks
	// again, until its deadline: it waits, as Kafka mutes a connection,
	// rather than being closed while others fill the budget.
	budgetWait = 5 * time.Millisecond
	// firstFrameTime is how long a new connection may take to send its
	// first frame's size and API key, and idleTime how long a connection
	// may then send nothing before the broker closes it: Kafka's
	// connections.max.idle.ms (default 600,000), which clients ride out by
	// reconnecting. A connection that never speaks holds a connection slot
	// (maxConnections) for half a minute, not ten.
	firstFrameTime = 30 * time.Second
	idleTime       = 10 * time.Minute
	// maxConnections bounds the connections open at once on all nodes,
	// and fdShare the share of the process's file descriptor limit they
	// may take (maxConns): the broker shares its process with mailflow's
	// Pebble stores and HTTP API in mailflow dev, whose files a flood of
	// connections would otherwise starve (Kafka's max.connections, which
	// is unbounded by default: a Kafka broker has its process to itself).
	maxConnections = 4096
	fdShare        = 2
)

// guardLimits are the bounds a frameGuard applies, shared by every
// connection of a broker: the budget is counted across them.
type guardLimits struct {
	maxProduce, maxOther, minFrame int64
	budget                         atomic.Int64 // bytes left of the shared budget
	log                            *slog.Logger
	logged                         atomic.Int64 // rate-limits the warning, Unix nanoseconds

	// maxConns bounds conns, the connections open (accepted and not yet
	// closed); firstFrame and idle are the connections' silence bounds
	// (firstFrameTime, idleTime), shorter in tests.
	maxConns         int64
	conns            atomic.Int64
	firstFrame, idle time.Duration
	connsLogged      atomic.Int64 // rate-limits the refusal warning, Unix nanoseconds
}

func newGuardLimits(log *slog.Logger) *guardLimits {
	g := &guardLimits{maxProduce: maxProduceBytes, maxOther: maxRequestBytes, minFrame: minRequestBytes, log: log,
		maxConns: maxConns(), firstFrame: firstFrameTime, idle: idleTime}
	g.budget.Store(requestBudget)
	return g
}

// maxConns returns the bound of open connections: maxConnections, or
// 1/fdShare of the process's file descriptor limit when that is lower.
func maxConns() int64 {
	n := int64(maxConnections)
	if lim := fileLimit(); lim > 0 {
		n = min(n, max(lim/fdShare, 16))
	}
	return n
}

// admit counts a new connection, or reports that maxConns are open.
func (l *guardLimits) admit() bool {
	if l.conns.Add(1) > l.maxConns {
		l.conns.Add(-1)
		return false
	}
	return true
}

// reserve takes n bytes of the budget, or reports that they are not there.
func (l *guardLimits) reserve(n int64) bool {
	for {
		left := l.budget.Load()
		if left < n {
			return false
		}
		if l.budget.CompareAndSwap(left, left-n) {
			return true
		}
	}
}

func (l *guardLimits) release(n int64) { l.budget.Add(n) }

// errBudget is why a frame was refused while others filled the budget.
var errBudget = errors.New("the broker's budget for requests being received is used up")

// frameGuard checks each request frame a client sends before kfake reads
// it, and closes the connection on one kfake cannot take safely:
//
//   - a declared size below minRequestBytes, or above maxProduceBytes for
//     a Produce request and maxRequestBytes for any other (kfake makes a
//     buffer of the declared size at once, and decodes and answers the
//     request whole);
//   - an API key franz-go's kmsg does not know (kfake dereferences the
//     nil request kmsg.RequestForKey returns for it, in a goroutine of its
//     own: one 14-byte frame ended the whole process);
//   - a body that does not arrive within frameTime plus a second per
//     frameRate bytes, or whose bytes would take the shared budget
//     (guardLimits) below zero.
//
// The guard reads each frame whole into a buffer of its own before kfake
// sees any of it, so kfake allocates only for frames that arrived, and
// the budget counts bytes received. It reads plain Kafka frames, so it
// must wrap the connection inside any TLS layer, not outside it (the
// broker serves no TLS).
type frameGuard struct {
	net.Conn
	limits *guardLimits

	// mu guards the fields below: kfake reads from one goroutine, but
	// Close may come from another.
	mu       sync.Mutex
	hdr      [6]byte   // the current frame's size and API key
	nhdr     int       // bytes of hdr read
	body     [][]byte  // the rest of the frame, in chunks as it arrives
	got      int       // bytes of body received
	need     int       // the length of the rest of the frame
	held     int64     // budget held for body
	out      int       // bytes of hdr and body handed to kfake
	complete bool      // the frame arrived whole and is being handed over
	deadline time.Time // when the current frame must have arrived
	frames   int       // frames handed over whole
	err      error     // set once the connection is refused or closed
	closed   bool      // Close has given back the connection's slot

	// wrote is when kfake last wrote to the connection (Unix
	// nanoseconds): an answer is activity, as Kafka's idle timer counts
	// it, so a request the broker holds (a long-poll Fetch, a JoinGroup
	// waiting for the group) keeps its connection.
	wrote atomic.Int64
	// handed is when the last frame was handed to kfake (Unix
	// nanoseconds): an answer is owed while it is later than wrote.
	handed int64
}

// Write passes kfake's answers through and notes the activity.
func (g *frameGuard) Write(p []byte) (int, error) {
	g.wrote.Store(time.Now().UnixNano())
	return g.Conn.Write(p)
}

func newFrameGuard(c net.Conn, limits *guardLimits) *frameGuard {
	return &frameGuard{Conn: c, limits: limits}
}

// Read hands kfake the client's frames, each once it has arrived whole and
// been judged acceptable.
func (g *frameGuard) Read(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.err != nil {
		return 0, g.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if !g.complete {
		if err := g.receive(); err != nil {
			return 0, err
		}
	}
	n := 0
	if g.out < len(g.hdr) {
		n = copy(p, g.hdr[g.out:])
	}
	// The body's chunks from where the last Read stopped.
	for off, i := max(g.out+n-len(g.hdr), 0), 0; n < len(p) && i < len(g.body); i++ {
		c := g.body[i]
		if off >= len(c) {
			off -= len(c)
			continue
		}
		n += copy(p[n:], c[off:])
		off = 0
	}
	g.out += n
	if g.out == len(g.hdr)+g.got {
		g.endFrame()
	}
	return n, nil
}

// receive reads the next frame whole: its size and API key (an idle
// connection waits here, holding nothing), then its body under a deadline.
func (g *frameGuard) receive() error {
	if g.nhdr < len(g.hdr) {
		silence := g.limits.idle
		if g.frames == 0 {
			silence = g.limits.firstFrame
		}
		var err error
		for {
			if silence > 0 {
				g.Conn.SetReadDeadline(time.Now().Add(silence))
			}
			var k int
			k, err = io.ReadFull(g.Conn, g.hdr[g.nhdr:])
			g.nhdr += k
			// The deadline passed while the broker owed an answer (a
			// held request: a long-poll Fetch, a JoinGroup waiting for
			// its group) or had answered within the bound: wait again.
			// An answer is owed for at most twice the bound: a Produce
			// with acks=0 is never answered.
			if errors.Is(err, os.ErrDeadlineExceeded) && g.frames > 0 {
				wrote := g.wrote.Load()
				owed := g.handed > wrote && time.Since(time.Unix(0, g.handed)) < 2*silence
				if owed || time.Since(time.Unix(0, wrote)) < silence {
					continue
				}
			}
			break
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				// Closed as Kafka closes an idle connection: quietly,
				// the client reconnects when it has something to say.
				g.limits.log.Debug("the broker closed a connection that sent nothing", "remote", g.Conn.RemoteAddr().String(), "for", silence)
				g.Conn.Close()
			}
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			g.err = err
			return err
		}
		size, err := g.judge()
		if err != nil {
			return g.refuse(err)
		}
		g.need = int(size - 2) // the API key is in hdr
		g.deadline = time.Now().Add(frameTime + time.Duration(size/frameRate)*time.Second)
		g.Conn.SetReadDeadline(g.deadline)
	}
	for g.got < g.need {
		chunk := min(g.need-g.got, chunkBytes)
		if g.got == 0 {
			chunk = min(chunk, firstChunk)
		}
		for !g.limits.reserve(int64(chunk)) {
			if time.Now().After(g.deadline) {
				return g.refuse(fmt.Errorf("%w (%d bytes)", errBudget, int64(requestBudget)))
			}
			// Unlocked while it waits, so that Close can end the wait.
			g.mu.Unlock()
			time.Sleep(budgetWait)
			g.mu.Lock()
			if g.err != nil {
				return g.err
			}
		}
		g.held += int64(chunk)
		buf := make([]byte, chunk)
		n, err := io.ReadFull(g.Conn, buf)
		g.body = append(g.body, buf[:n])
		g.got += n
		if unused := int64(chunk - n); unused > 0 {
			g.held -= unused
			g.limits.release(unused)
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				return g.refuse(fmt.Errorf("a request frame of %d bytes not received within its deadline", g.need+2))
			}
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			g.err = err
			return err
		}
	}
	g.Conn.SetReadDeadline(time.Time{})
	g.complete = true
	return nil
}

// judge checks the frame whose size and API key are in hdr and returns its
// size.
func (g *frameGuard) judge() (int64, error) {
	size := int64(int32(binary.BigEndian.Uint32(g.hdr[:4])))
	key := int16(binary.BigEndian.Uint16(g.hdr[4:6]))
	limit := g.limits.maxOther
	if key == int16(kmsg.Produce) {
		limit = g.limits.maxProduce
	}
	switch {
	case size < g.limits.minFrame:
		return 0, fmt.Errorf("a request frame of %d bytes, below the %d of a request header", size, g.limits.minFrame)
	case kmsg.RequestForKey(key) == nil:
		return 0, fmt.Errorf("a request with API key %d, which no Kafka API has", key)
	case size > limit:
		return 0, fmt.Errorf("a request frame of %d bytes with API key %d, above the %d the broker takes", size, key, limit)
	}
	return size, nil
}

// endFrame gives back the handed-over frame's budget and readies the next.
func (g *frameGuard) endFrame() {
	g.frames++
	g.handed = time.Now().UnixNano()
	g.limits.release(g.held)
	g.held, g.nhdr, g.out, g.need, g.got, g.body, g.complete = 0, 0, 0, 0, 0, nil, false
}

// refuse closes the connection for cause, with a warning at most once a
// minute for the whole broker (the remote address says who), and returns
// the error Read reports.
func (g *frameGuard) refuse(cause error) error {
	g.err = fmt.Errorf("broker: connection from %s closed: %w", g.Conn.RemoteAddr(), cause)
	g.Conn.Close()
	g.limits.release(g.held)
	g.held = 0
	msg := "the broker closed a connection that sent what no Kafka client sends"
	if errors.Is(cause, errBudget) {
		msg = "the broker closed a connection: the requests being received on all connections fill its budget"
	}
	now := time.Now().UnixNano()
	if last := g.limits.logged.Load(); now-last > int64(time.Minute) && g.limits.logged.CompareAndSwap(last, now) {
		g.limits.log.Warn(msg, "remote", g.Conn.RemoteAddr().String(), "why", cause)
	} else {
		g.limits.log.Debug(msg, "remote", g.Conn.RemoteAddr().String(), "why", cause)
	}
	return g.err
}

// Close closes the connection and gives back the budget of a frame it
// was receiving and, the first time, the connection's slot (kfake closes
// a connection from its reader and its writer both).
func (g *frameGuard) Close() error {
	err := g.Conn.Close()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.limits.release(g.held)
	g.held = 0
	if !g.closed {
		g.closed = true
		g.limits.conns.Add(-1)
	}
	if g.err == nil {
		g.err = net.ErrClosed
	}
	return err
}
