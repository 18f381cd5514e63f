package state

import "syscall"

// adviseHuge asks Linux to back b with transparent huge pages (madvise
// MADV_HUGEPAGE, which the kernel's default "madvise" mode of
// /sys/kernel/mm/transparent_hugepage/enabled waits for). It is advice:
// a kernel without them, or out of huge pages, keeps 4 KiB pages.
func adviseHuge(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }

// madvPopulateWrite is Linux's MADV_POPULATE_WRITE (5.14), which the
// syscall package does not name.
const madvPopulateWrite = 23

// populate faults b's pages in, writable, in one call (see allocSlots);
// a kernel without MADV_POPULATE_WRITE leaves them to be faulted one by
// one as before.
func populate(b []byte) { _ = syscall.Madvise(b, madvPopulateWrite) }
