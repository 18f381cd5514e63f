package accounts

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// commonPasswordsGz is Django's list of the 20,000 most common passwords
// (django/contrib/auth/common-passwords.txt.gz of Django 5.2, lower-cased
// and deduplicated by Django from Royce Williams' list drawn from breach
// corpora: https://gist.github.com/roycewilliams/226886fd01572964e1431ac8afc999ce),
// checked in as Django ships it, under Django's BSD licence
// (common-passwords.LICENSE). NIST SP 800-63B §5.1.1.2 asks a verifier to
// refuse passwords from such lists.
//
//go:embed common-passwords.txt.gz
var commonPasswordsGz []byte

// commonPasswords holds the list's entries a password may still be once
// its length is checked (MinPasswordLength characters or more), read once
// on first use.
type commonPasswords struct {
	once sync.Once
	set  map[string]struct{}
}

func (c *commonPasswords) load() {
	c.set = map[string]struct{}{}
	zr, err := gzip.NewReader(bytes.NewReader(commonPasswordsGz))
	if err != nil {
		panic("accounts: the embedded common-passwords list is broken: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); utf8.RuneCountInString(w) >= MinPasswordLength {
			c.set[w] = struct{}{}
		}
	}
	if err := sc.Err(); err != nil {
		panic("accounts: the embedded common-passwords list is broken: " + err.Error())
	}
}

// has reports whether pw, in any letter case, is on the list.
func (c *commonPasswords) has(pw string) bool {
	c.once.Do(c.load)
	_, ok := c.set[strings.ToLower(pw)]
	return ok
}

// common is the list every CheckPassword consults. It never changes once
// read; sync.Once makes the first read safe from any goroutine.
var common commonPasswords
