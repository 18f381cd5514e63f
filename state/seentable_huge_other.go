//go:build unix && !linux

package state

// adviseHuge does nothing where there is no madvise(MADV_HUGEPAGE).
func adviseHuge([]byte) {}

// populate does nothing: the pages are faulted in as they are touched.
func populate([]byte) {}
