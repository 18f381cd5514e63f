package main

import "testing"

func TestParseByteSize(t *testing.T) {
	for in, want := range map[string]int64{"352MiB": 352 << 20, "1GiB": 1 << 30, "512M": 512 << 20, "64K": 64 << 10, "1048576": 1 << 20, " 2G ": 2 << 30, "10B": 10} {
		if got, err := parseByteSize(in); err != nil || got != want {
			t.Errorf("parseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "-1MiB", "1.5GiB", "1TiB", "9999999999GiB", "lots",
		// A small number without a unit meant MiB or GiB, not bytes.
		"10", "384", "1048575"} {
		if _, err := parseByteSize(in); err == nil {
			t.Errorf("parseByteSize(%q) accepted", in)
		}
	}
	b := byteSize(352 << 20)
	if b.String() != "352MiB" {
		t.Errorf("String %q", b.String())
	}
}
