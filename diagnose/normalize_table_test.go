package diagnose

import "testing"

// TestVisibleASCII checks normalize's copy table against its definition.
func TestVisibleASCII(t *testing.T) {
	if len(visibleASCII) != 256 {
		t.Fatalf("table of %d bytes", len(visibleASCII))
	}
	for b := 0; b < 256; b++ {
		want := byte(0)
		switch {
		case b >= 'A' && b <= 'Z':
			want = byte(b) + 'a' - 'A'
		case b > ' ' && b < 0x7f:
			want = byte(b)
		}
		if visibleASCII[b] != want {
			t.Errorf("visibleASCII[%#x] = %#x, want %#x", b, visibleASCII[b], want)
		}
	}
}
