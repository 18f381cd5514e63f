package broker

import (
	"bytes"
	"encoding/binary"
	"io"
	"log/slog"
	"net"
	"testing"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// FuzzFrameGuard feeds the guard any byte stream, in pieces of any size,
// and checks what kfake would read: a prefix of the stream made of whole
// frames, each of a size within the limits and an API key kmsg knows; and
// that every byte of the budget comes back once the connection closes.
func FuzzFrameGuard(f *testing.F) {
	apiVersions := binary.BigEndian.AppendUint32(nil, 10)
	apiVersions = append(apiVersions, 0, 18, 0, 0, 0, 0, 0, 1, 0xff, 0xff)
	f.Add(apiVersions, uint8(3))
	f.Add(append(apiVersions, apiVersions...), uint8(1))
	f.Add(frame(10, 0x270f), uint8(14))                // unknown key
	f.Add(frame(0xfffffff0, 3), uint8(4))              // 4 GiB
	f.Add(frame(5000, 3), uint8(200))                  // a Metadata request above the bound below
	f.Add([]byte("POST / HTTP/1.1\r\n\r\n"), uint8(0)) // another protocol
	f.Fuzz(func(t *testing.T, stream []byte, piece uint8) {
		limits := newGuardLimits(slog.New(slog.DiscardHandler))
		limits.maxProduce, limits.maxOther = 1<<16, 4096 // small, so that the fuzzer reaches them
		client, server := net.Pipe()
		g := newFrameGuard(server, limits)
		go func() {
			step := max(int(piece), 1)
			for off := 0; off < len(stream); off += step {
				if _, err := client.Write(stream[off:min(off+step, len(stream))]); err != nil {
					break
				}
			}
			client.Close()
		}()
		out, _ := io.ReadAll(readerFunc(func(p []byte) (int, error) { return g.Read(p[:min(len(p), 7)]) }))
		g.Close()
		if !bytes.HasPrefix(stream, out) {
			t.Fatalf("read %x, not a prefix of the stream %x", out, stream)
		}
		for rest := out; len(rest) > 0; {
			if len(rest) < 6 {
				t.Fatalf("a partial frame handed over: %x", rest)
			}
			size := int64(int32(binary.BigEndian.Uint32(rest)))
			key := int16(binary.BigEndian.Uint16(rest[4:]))
			limit := limits.maxOther
			if key == int16(kmsg.Produce) {
				limit = limits.maxProduce
			}
			if size < minRequestBytes || size > limit || kmsg.RequestForKey(key) == nil || int64(len(rest)-4) < size {
				t.Fatalf("a frame of %d bytes with key %d handed over (%d bytes left)", size, key, len(rest)-4)
			}
			rest = rest[4+size:]
		}
		if left := limits.budget.Load(); left != requestBudget {
			t.Fatalf("%d bytes of the budget not given back", requestBudget-left)
		}
	})
}
