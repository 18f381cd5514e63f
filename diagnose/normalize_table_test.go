package diagnose

import "testing"

// TestPlainASCII checks normalize's copy table against its definition.
func TestPlainASCII(t *testing.T) {
	if len(plainASCII) != 256 {
		t.Fatalf("table of %d bytes", len(plainASCII))
	}
	for b := 0; b < 256; b++ {
		want := byte(0)
		switch {
		case b >= 'A' && b <= 'Z':
			want = byte(b) + 'a' - 'A'
		case b >= ' ' && b < 0x7f:
			want = byte(b)
		}
		if plainASCII[b] != want {
			t.Errorf("plainASCII[%#x] = %#x, want %#x", b, plainASCII[b], want)
		}
	}
}

// TestWordClass checks appendTextFeatures' byte classes against their
// definition, and that the matcher's boundary test (notWord) reading them
// agrees with isAlnum.
func TestWordClass(t *testing.T) {
	if len(wordClass) != 256 {
		t.Fatalf("table of %d bytes", len(wordClass))
	}
	for b := 0; b < 256; b++ {
		want := byte(0)
		switch {
		case b == 0xC0:
			want = wordCoded
		case b >= 'a' && b <= 'z', b >= 0x80:
			want = wordLetter
		case b >= '0' && b <= '9':
			want = wordDigit
		}
		if wordClass[b] != want {
			t.Errorf("wordClass[%#x] = %d, want %d", b, wordClass[b], want)
		}
		if (notWord(byte(b)) == 1) == isAlnum(byte(b)) {
			t.Errorf("notWord(%#x) = %d, isAlnum %v", b, notWord(byte(b)), isAlnum(byte(b)))
		}
	}
}
