package logstore

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestFileWritable writes tables of many sizes through fileWritable, with
// direct I/O where the file system takes it, and reads them back: the
// aligned writes, the tail after direct I/O is turned off, a table
// smaller than one block, and tables whose second half is written after
// endDirect.
func TestFileWritable(t *testing.T) {
	for _, end := range []bool{false, true} {
		t.Run(fmt.Sprintf("endDirect=%v", end), func(t *testing.T) { testFileWritable(t, end) })
	}
}

func testFileWritable(t *testing.T, endDirect bool) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(1, 2))
	buf := newWriteBuffer()
	for _, size := range []int{0, 1, directAlign - 1, directAlign, directAlign + 1, writeBufferSize - 1, writeBufferSize,
		writeBufferSize + 1, 3*writeBufferSize + 12345, 5 * writeBufferSize} {
		path := filepath.Join(dir, "t.sst")
		f, direct, err := createTableFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("size %d: direct I/O %v", size, direct)
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(r.Uint32())
		}
		w := &fileWritable{f: f, direct: direct, buf: &buf}
		for p := want; len(p) > 0; {
			n := min(len(p), 1+r.IntN(3*writeBufferSize/2))
			if err := w.Write(p[:n]); err != nil {
				t.Fatal(err)
			}
			p = p[n:]
			if endDirect && len(p) <= size/2 {
				w.endDirect = true
			}
		}
		if err := w.Finish(); err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("size %d: read back %d bytes, not what was written", size, len(got))
		}
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
	}
}
