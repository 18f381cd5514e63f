package main

import (
	"net"
	"testing"
)

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:0": true, "127.0.0.2:0": true, "[::1]:0": true, "localhost:0": true, "[::ffff:127.0.0.1]:0": true,
		":0": false, "0.0.0.0:0": false, "[::]:0": false,
	} {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Logf("%s: %v (skipped)", addr, err)
			continue
		}
		got := isLoopback(ln.Addr())
		t.Logf("%-22s listens on %-20s loopback=%v", addr, ln.Addr(), got)
		if got != want {
			t.Errorf("%s (%s): isLoopback %v, want %v", addr, ln.Addr(), got, want)
		}
		ln.Close()
	}
}
