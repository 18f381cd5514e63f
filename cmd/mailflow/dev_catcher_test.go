package main

import "testing"

func TestLoopbackHost(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1:8080", "127.0.0.1"},
		{":8080", "127.0.0.1"},
		{"0.0.0.0:8080", "127.0.0.1"},
		{"[::]:8080", "127.0.0.1"},
		{"[::1]:8080", "::1"},
		{"localhost:8080", "localhost"},
		{"192.0.2.7:80", "192.0.2.7"},
	}
	for _, tc := range tests {
		if got := loopbackHost(tc.addr); got != tc.want {
			t.Errorf("loopbackHost(%q) = %q, want %q", tc.addr, got, tc.want)
		}
	}
}
