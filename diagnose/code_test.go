package diagnose

import (
	"strings"
	"testing"
)

// indexFoldReference is indexFoldASCII's meaning, written the slow way:
// the first offset where sub matches s byte for byte up to ASCII case.
func indexFoldReference(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(strings.ToLower(asciiOnly(s[i:i+len(sub)])), strings.ToLower(asciiOnly(sub))) &&
			sameNonASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// asciiOnly blanks bytes ≥ 0x80 so that EqualFold's Unicode folding (K
// and the Kelvin sign) does not count.
func asciiOnly(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 0x80 {
			b[i] = 0
		}
	}
	return string(b)
}

func sameNonASCII(a, b string) bool {
	for i := range len(a) {
		if (a[i] >= 0x80 || b[i] >= 0x80) && a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestIndexFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   int
	}{
		{"", "", 0},
		{"abc", "", 0},
		{"", "a", -1},
		{"Will Retry later", "will retry", 0},
		{"the MTA WILL RETRY", "will retry", 8},
		{"aaaaaaaaab", "ab", 8},
		{"AAAAaaaaAB", "ab", 8},
		{"wwwwWwWw", "wx", -1},
		{"x: Retry Time Not Reached", "retry time not reached", 3},
		{"retry", "retry time", -1},
		{"1234 5.7.1", "5.7.1", 5},
		{"ÉCHEC will retry", "will retry", 7},
		{"délai", "dé", 0},
		{"a[b]c", "[b]", 1},
		{"abcABC", "CA", 2},
	} {
		if got := indexFoldASCII(c.s, c.sub); got != c.want {
			t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", c.s, c.sub, got, c.want)
		}
		if ref := indexFoldReference(c.s, c.sub); ref != c.want {
			t.Errorf("reference(%q, %q) = %d, want %d (the table is wrong)", c.s, c.sub, ref, c.want)
		}
	}
}

// FuzzIndexFoldASCII checks the IndexByte-driven search against the
// reference on any bytes.
func FuzzIndexFoldASCII(f *testing.F) {
	f.Add("Will Retry later", "will retry")
	f.Add("AAAAaaaaAB", "aB")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, sub string) {
		if len(s) > 4096 || len(sub) > 64 {
			return
		}
		if got, want := indexFoldASCII(s, sub), indexFoldReference(s, sub); got != want {
			t.Fatalf("indexFoldASCII(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}

// TestNamedStatusNotDelivery: a number after "status", "code" or "error"
// that another word makes a web server's, a program's version or build,
// or a past attempt's is no delivery status (newcomer review S40 N10,
// N11); the same words alone still name one.
func TestNamedStatusNotDelivery(t *testing.T) {
	for s, want := range map[string]status{
		"HTTP status 4.0.4 not found":                                    {},
		"Server software version code 5.1.1 is running":                  {},
		"Build error 4.2.1 in module compiler":                           {},
		"Delivered after 2 attempts (previous error 4.2.2 mailbox full)": {},
		"exit code 5.1.1": {},
		"Delivery failed, last error code 5.1.1. Giving up.":                {5, 1, 1},
		"The server returned status 5.2.2 (mailbox full)":                   {5, 2, 2},
		"Temporary failure (error 4.4.1), previous error 5.1.1 was cleared": {4, 4, 1},
	} {
		if got := namedStatus(s); got != want {
			t.Errorf("namedStatus(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestExceptionStatus: the enhanced code that starts a reply an SMTP
// library's exception quotes without its reply code, and what is none.
func TestExceptionStatus(t *testing.T) {
	for s, want := range map[string]status{
		"MailKit.Net.Smtp.SmtpCommandException: 5.2.2 <a@b>: mailbox quota exceeded, try again later": {5, 2, 2},
		"Failed: SmtpCommandException: 4.7.1 Greylisted":                                              {4, 7, 1},
		"System.Net.Mail.SmtpException: 5.7.26 Unauthenticated email":                                 {5, 7, 26},
		"(SMTPException: 4.4.2 timeout)":                                                              {4, 4, 2},
		"SmtpCommandException: 5.2.2":                                                                 {5, 2, 2},
		"NullReferenceException: 5.2.2 is not a valid version":                                        {},
		"SmtpCommandException: 5.2.2.1 build":                                                         {},
		"SmtpCommandException: 2.0.0 OK":                                                              {},
		"SmtpCommandException: mailbox quota 5.2.2 exceeded":                                          {},
		"IOException: x; SmtpCommandException: 5.1.1 <a@b>: unknown":                                  {5, 1, 1},
	} {
		if got := exceptionStatus(s); got != want {
			t.Errorf("exceptionStatus(%q) = %+v, want %+v", s, got, want)
		}
	}
}
