package diagnose

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNormalizeScriptsAllocs bounds the allocations of normalize on 4 KiB
// replies in scripts whose runes it codes (nibbleCode): each such rune
// takes more room than its UTF-8, and growing the output by the rest of
// the input each time made 636 allocations (5.3 MB) of a Cyrillic reply
// (newcomer review S45 A6). Its time is BenchmarkNormalizeScripts'.
func TestNormalizeScriptsAllocs(t *testing.T) {
	for name, s := range normalizeScripts() {
		if n := testing.AllocsPerRun(10, func() { normalize(nil, s, false) }); n > 12 {
			t.Errorf("%s: %v allocations for %d bytes, want at most 12", name, n, len(s))
		}
	}
}

// BenchmarkNormalizeScripts times normalize on the replies of
// TestNormalizeScriptsAllocs, with an English one of the same length as
// the baseline.
func BenchmarkNormalizeScripts(b *testing.B) {
	scripts := normalizeScripts()
	scripts["english"] = clip4K(strings.Repeat("message rejected because of a virus ", 200))
	for name, s := range scripts {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				normalize(nil, s, false)
			}
		})
	}
}

func normalizeScripts() map[string]string {
	return map[string]string{
		"cyrillic": clip4K(strings.Repeat("сообщение отклонено вирус ", 300)),
		"cjk":      clip4K(strings.Repeat("邮件被拒绝因为病毒", 300)),
		"hangul":   clip4K(strings.Repeat("메일이 거부되었습니다 ", 300)),
	}
}

// clip4K cuts s to at most 4 KiB at a rune's start.
func clip4K(s string) string {
	for len(s) > 4096 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s
}
