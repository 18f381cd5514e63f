package state

import (
	"encoding/binary"

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
	prefixSeen       = 'e' // 'e' domain 0x00 seq(8) → seen-ids chunk (see seen.go)
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
