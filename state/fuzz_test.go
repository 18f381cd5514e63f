package state

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// The fuzz targets read what the changelog topic and the store can hand
// the process: any bytes. Beyond "no panic", what decodes must encode back
// to what decodes the same. Their seed corpora are in testdata/fuzz/.

func FuzzDecodeWindow(f *testing.F) {
	f.Add(validRawWindow().encode())
	f.Add([]byte{0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x9a, 0x00, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		checkWindowValue(t, b)
	})
}

func FuzzDecodeCheckpoint(f *testing.F) {
	f.Add(binary.BigEndian.AppendUint64(nil, 1234))
	f.Fuzz(func(t *testing.T, b []byte) {
		off, err := DecodeCheckpoint(b)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if off < 0 || !bytes.Equal(binary.BigEndian.AppendUint64(nil, uint64(off)), b) {
			t.Fatalf("% x decoded to offset %d", b, off)
		}
	})
}

// FuzzParseIndexKey fuzzes index keys, and with them every key kind
// CheckRecord reads.
func FuzzParseIndexKey(f *testing.F) {
	f.Add(AppendIndexKey(nil, 3, schemas.StatusBad, "example.org"), []byte{1})
	f.Add(WindowKey("xn--bcher-kva.example"), validRawWindow().encode())
	f.Fuzz(func(t *testing.T, key, value []byte) {
		if err := CheckRecord(key, value); err != nil && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("CheckRecord: error %v does not wrap ErrCorrupt", err)
		}
		k, err := ParseIndexKey(key)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if again := AppendIndexKey(nil, k.Partition, k.Status, k.Domain); !bytes.Equal(again, key) {
			t.Fatalf("% x parsed to %+v, which writes % x", key, k, again)
		}
		if c, err := schemas.CanonicalDomain(k.Domain); err != nil || c != k.Domain {
			t.Fatalf("index key domain %q is not canonical: %q, %v", k.Domain, c, err)
		}
	})
}

// FuzzDecodeSeenChunk: what decodes encodes back to the same bytes.
func FuzzDecodeSeenChunk(f *testing.F) {
	f.Add(AppendSeenChunk(nil, 490000, []uint64{IDHash("e1"), IDHash("e2")}))
	f.Fuzz(func(t *testing.T, b []byte) {
		hour, hashes, err := DecodeSeenChunk(b, nil)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if again := AppendSeenChunk(nil, hour, hashes); !bytes.Equal(again, b) {
			t.Fatalf("% x decoded to hour %d and %d hashes, which write % x", b, hour, len(hashes), again)
		}
	})
}
