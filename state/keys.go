package state

import (
	"encoding/binary"
	"fmt"

	"github.com/mailflow/mailflow/schemas"
)

// Key prefixes. Every key of the store starts with one of these bytes; the
// changelog uses the same keys.
const (
	prefixWindow     = 'w' // 'w' domain → Window
	prefixLive       = 'l' // 'l' domain 0x00 chunk → live-log chunk of an older release (see IsLegacyRecord)
	prefixIndex      = 'i' // 'i' partition(4) status(1) domain → empty
	prefixCheckpoint = 'c' // 'c' partition(4) → next changelog offset
	prefixApplied    = 'C' // 'C' partition(4) → when the checkpoint was last advanced (Unix ms)
	prefixSeen       = 'e' // 'e' domain 0x00 seq(8) → seen-ids chunk of an older release, in the changelog too (see seen.go)
	prefixLocalSeen  = 'E' // 'E' domain 0x00 seq(8) → seen-ids chunk, local only (see seen.go)
	prefixInput      = 'o' // 'o' partition(4) source(1) → next input offset whose ids the store holds (see SetInputCheckpoint); local only
	prefixPosition   = 'O' // 'O' partition(4) source(1) → next input offset the changelog reflects (see AppendPositionKey)
)

// WindowKey returns the key of a domain's window.
func WindowKey(domain string) []byte {
	return append([]byte{prefixWindow}, domain...)
}

// AppendWindowKey appends the key of a domain's window to dst.
func AppendWindowKey(dst []byte, domain string) []byte {
	return append(append(dst, prefixWindow), domain...)
}

// AppendIndexKey appends the key that lists domain under status in
// partition p to dst. The index lets the API page through the Bad domains
// without reading every window, and lets a partition count its domains by
// status.
func AppendIndexKey(dst []byte, p int32, status schemas.Status, domain string) []byte {
	dst = append(dst, prefixIndex)
	dst = binary.BigEndian.AppendUint32(dst, uint32(p))
	dst = append(dst, byte(status))
	return append(dst, domain...)
}

func indexPrefix(p int32, status schemas.Status) []byte {
	return AppendIndexKey(nil, p, status, "")
}

func appliedKey(p int32) []byte {
	return binary.BigEndian.AppendUint32([]byte{prefixApplied}, uint32(p))
}

func checkpointKey(p int32) []byte {
	return binary.BigEndian.AppendUint32([]byte{prefixCheckpoint}, uint32(p))
}

func inputKey(p int32, src byte) []byte { return AppendInputKey(nil, p, src) }

// AppendInputKey appends the key of the input checkpoint of partition p
// and source src (see Batch.SetInputCheckpoint) to dst; its value is the
// offset as 8 bytes big-endian, as DecodeCheckpoint reads.
func AppendInputKey(dst []byte, p int32, src byte) []byte {
	dst = append(dst, prefixInput)
	dst = binary.BigEndian.AppendUint32(dst, uint32(p))
	return append(dst, src)
}

// AppendPositionKey appends the key of the input position record of
// partition p and source src to dst: a changelog record whose value
// (8 bytes big-endian, as DecodeCheckpoint reads) is the input offset up
// to which (exclusive) the changelog reflects the events of input
// partition p of src. The processor writes it in the transaction that
// commits that offset, so a restore knows which input its state stands
// for without asking the consumer group, which may be another (see
// processor/seenreplay.go).
func AppendPositionKey(dst []byte, p int32, src byte) []byte {
	dst = append(dst, prefixPosition)
	dst = binary.BigEndian.AppendUint32(dst, uint32(p))
	return append(dst, src)
}

// ParsePosition decodes an input position record (see AppendPositionKey):
// a key of a non-negative partition and a known source, and an offset.
// It reports ok false for a key of another kind; an error wraps
// ErrCorrupt.
func ParsePosition(key, value []byte) (p int32, src byte, next int64, ok bool, err error) {
	if len(key) == 0 || key[0] != prefixPosition {
		return 0, 0, 0, false, nil
	}
	if len(key) != 6 {
		return 0, 0, 0, true, fmt.Errorf("%w: input position key of %d bytes, want 6", ErrCorrupt, len(key))
	}
	p, src = int32(binary.BigEndian.Uint32(key[1:5])), key[5]
	switch {
	case p < 0:
		return 0, 0, 0, true, fmt.Errorf("%w: input position of partition %d", ErrCorrupt, p)
	case src != InputDeliveries && src != InputRepartition:
		return 0, 0, 0, true, fmt.Errorf("%w: input position of source %q", ErrCorrupt, src)
	case value == nil:
		return p, src, -1, true, nil
	}
	next, err = DecodeCheckpoint(value)
	if err != nil {
		return 0, 0, 0, true, fmt.Errorf("input position: %w", err)
	}
	return p, src, next, true, nil
}
