package api

import (
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/segmentio/encoding/json"
)

// recorder remembers whether an answer has begun, so that a panic can
// still be answered with a 500 when nothing was sent yet.
type recorder struct {
	http.ResponseWriter
	wrote bool
	// signer is the signing writer of a forwarded request's answer, which
	// buffers what the handler wrote until it is done.
	signer *signedAnswer
}

func (r *recorder) WriteHeader(code int) {
	r.wrote = true
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.ResponseWriter.Write(b)
}

// Flush lets a stream flush through the recorder.
func (r *recorder) Flush() {
	r.wrote = true
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection (deadlines).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// recoverPanic turns a handler's panic into a 500 with a JSON error and
// logs it with the stack at error level, instead of the dropped connection
// net/http leaves. A panic after an answer has begun can only end it: a
// stream with a closed event (reason internal_error).
// http.ErrAbortHandler is passed on, as net/http expects.
func (s *server) recoverPanic(w *recorder, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	s.cfg.Log.Error("api handler panicked", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	body := map[string]string{"error": "internal error: the request could not be answered; the server's log has the details"}
	switch sa := w.signer; {
	case sa != nil && !sa.stream:
		// Nothing of a buffered forwarded answer went out: answer it
		// anew, signed.
		sa.buf, sa.wrote = nil, false
		writeJSON(sa, http.StatusInternalServerError, body)
		sa.finish()
	case !w.wrote:
		writeJSON(w, http.StatusInternalServerError, body)
	case w.signer == nil && strings.HasPrefix(w.Header().Get("Content-Type"), "text/event-stream"):
		// A stream under way: end it with a closed event, so that the
		// client knows why and does not take it for a dropped network.
		b, _ := json.Marshal(Closed{Reason: "internal_error", Message: body["error"]})
		fmt.Fprintf(w, "event: closed\ndata: %s\n\n", b)
		w.Flush()
	}
}

// atomicTime is a time that goroutines can swap; it rate-limits a log
// line.
type atomicTime struct{ ns atomic.Int64 }

// every reports true at most once per d.
func (t *atomicTime) every(d time.Duration) bool {
	now := time.Now().UnixNano()
	last := t.ns.Load()
	return now-last >= int64(d) && t.ns.CompareAndSwap(last, now)
}
