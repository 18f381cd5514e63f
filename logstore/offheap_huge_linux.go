package logstore

import "syscall"

// adviseHuge asks Linux to back b with transparent huge pages (madvise
// MADV_HUGEPAGE, which the kernel's default "madvise" mode of
// /sys/kernel/mm/transparent_hugepage/enabled waits for). It is advice:
// a kernel without them, or out of huge pages, keeps 4 KiB pages.
func adviseHuge(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
