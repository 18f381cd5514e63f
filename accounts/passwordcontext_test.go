package accounts

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestPasswordContextAndPatterns: NIST SP 800-63B §5.1.1.2's
// context-specific words and trivial patterns are refused, through
// CheckPassword and through a set-password link (which knows the manager's
// id, and its e-mail address from the caller), each with a sentence that
// does not quote the password and an error that matches
// ErrPasswordRefused; the link stays usable after a refusal (review:
// ten spaces, NULs, U+202E, the manager's id and address, qwertyuiopas
// and abcabcabca were accepted).
func TestPasswordContextAndPatterns(t *testing.T) {
	pc := PasswordContext{ManagerID: "ops-contoso", Email: "Alice.Ng@contoso.example"}
	for _, tc := range []struct{ pw, want string }{
		{strings.Repeat(" ", 10), "only spaces"},
		{strings.Repeat("\x00", 10), "only spaces"},
		{strings.Repeat("\u202e", 10), "only spaces"},
		{"\t \u00a0\u2003\u200b\ufeff\r\n \u3000", "only spaces"},
		{"ops-contoso!", "manager id"},
		{"my OPS-CONTOSO pass", "manager id"},
		{"ｏｐｓ－ｃｏｎｔｏｓｏ 2024", "manager id"},
		{"alice.ng@contoso.example", "e-mail address"},
		{"ALICE.NG@CONTOSO.EXAMPLE1", "e-mail address"},
		{"alice.ng1234567", "name of your e-mail address"},
		{"qwertyuiopas", "neighbouring keys"},
		{"QWERTYUIOP7a", "neighbouring keys"},
		{"poiuytrewq!?", "neighbouring keys"},
		{"1qwertzuiop", "neighbouring keys"},
		{"azertyuiop!", "neighbouring keys"},
		{"asdfghjkl;zxcv", "neighbouring keys"},
		{"abcdefghijk", "neighbouring keys"},
		{"1234567890ab", "neighbouring keys"},
		{"contoso.example!", "domain"},
		{"Contoso2024!!", "domain"},
		{"mailflow-console", "name of the service"},
		{"MAILFLOW rocks!", "name of the service"},
		{"abcabcabca", "repeated"},
		{"xyxyxyxyxy", "repeated"},
		{"Horse!Horse!Horse!", "repeated"},
		{"zzzzzzzzzzzz", "repeated"},
		// review S24A-12: one character with a few others, and invisible
		// or control characters mixed in
		{"aaaaaaaaaaaaaaab", "different characters"},
		{"zz-zzzzzzzzzzz", "different characters"},
		{"11112222111122", "different characters"},
		{"ab ab ab ba ab ba", "different characters"},
		{"\u200bzzzzzzzzzzzz", "invisible"},
		{"correct horse\u200b battery", "invisible"},
		{"good pass\x07word here", "control"},
		{"pass\x00word and more", "control"},
		{"staple\u202ebattery horse", "invisible"},
		{"\u200czzzzzzzzzzzz", "repeated"}, // a typed ZWNJ does not hide a repeat
		{"pass\u2066word manager", "invisible"},
		// review S24B-4: common words with years, dates and look-alike
		// substitutions, which no list holds whole
		{"P@ssw0rd2024!", "easy to guess"},
		{"Passw0rd!2025", "easy to guess"},
		{"Welcome@2026", "easy to guess"},
		{"L3tm31n!2024", "easy to guess"},
		{"Football1990", "easy to guess"},
		{"january2026!", "easy to guess"},
		{"iloveyou2024", "easy to guess"},
		{"p4ssw0rd1234", "easy to guess"},
		{"Sunshine#2023", "easy to guess"},
		{"abcabcabcX7k", "easy to guess"},
		{"Michael1985!", "easy to guess"},
		{"drowssap2024", "easy to guess"},                       // reversed
		{"12/05/1987abc", "easy to guess"},                      // a date
		{"P@$$w0rd!2024 and then Zq8#kP more", "easy to guess"}, // read up to the 8th look-alike character
		// review S25C-7: a long common word cut where zxcvbn stops
		// reading read as random letters
		{"passwordpasswordpasswordgovernment", "easy to guess"},
		{"passwordpasswordpassworddevelopment", "easy to guess"},
		{"iloveyouiloveyouiloveyouorganization", "easy to guess"},
		// review S25B-3: characters that show nothing, which are not
		// format characters, hide nothing
		{"P@ss\u3164w0rd2024!", "easy to guess"},
		{"Welcome\ufe0f@2026", "easy to guess"},
		{"qwerty\u115fuiopas", "neighbouring keys"},
		{"P@ssw0rd\u034f2024!", "easy to guess"},
		{"Sunshine\u2800#2023", "easy to guess"},
		{"Michael\U000e0100\u180b1985!", "easy to guess"},
		{"\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164", "only spaces"},
	} {
		err := CheckPassword(tc.pw, pc)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrPasswordRefused) {
			t.Errorf("CheckPassword(%q) = %v, want refused naming %q", tc.pw, err, tc.want)
			continue
		}
		if strings.Contains(err.Error(), tc.pw) {
			t.Errorf("the error quotes the password: %v", err)
		}
	}
	for _, pw := range []string{
		"correct horse battery staple", "qwertyuiop plus a few unrelated words", "ops and contoso apart", "alic3 in chains",
		"ten chars!", "mango tango mango", "Kj8#mQ2!vL9x", "zebra-lamp-orbit",
		"gentle " + strings.Repeat("x7#Qk", 40), // long: zxcvbn reads the start with at most 8 look-alike characters
		"I \u2764\ufe0f my garden in May",       // an emoji's variation selector is typed
		// review S24B-3: format characters keyboards type
		"من می\u200cخواهم به خانه بروم", "👨\u200d👩\u200d👧 family time 2024", "שלום\u200fעולם יפה מאוד", "m1 m1 m1 is my id", "zwölf Boxkämpfer", "🙂 emoji and words",
	} {
		if err := CheckPassword(pw, pc); err != nil {
			t.Errorf("CheckPassword(%q) = %v, want accepted", pw, err)
		}
	}
	// What the manager looks after, and the domain of the address
	// (review: "woodgrove.example" and the service's name were accepted).
	scoped := PasswordContext{ManagerID: "woodgrove-it", Email: "it@woodgrove-bank.example", Of: "woodgrove.example"}
	for _, pw := range []string{"woodgrove.example", "WOODGROVE.EXAMPLE 1", "woodgrove-bank.example", "Woodgrove!2026", "woodgrove-bank99"} {
		if err := CheckPassword(pw, scoped); !errors.Is(err, ErrPasswordRefused) {
			t.Errorf("CheckPassword(%q) for a manager of woodgrove.example = %v, want refused", pw, err)
		}
	}
	for _, pw := range []string{"woodgrove hills at dawn", "mailflow keeps mail moving", "the bank by the grove"} {
		if err := CheckPassword(pw, scoped); err != nil {
			t.Errorf("CheckPassword(%q) = %v, want accepted (a part word with enough besides)", pw, err)
		}
	}
	// A short id ("m1") or local part ("ops") is part of many good
	// passwords: not checked.
	if err := CheckPassword("m1 rides the ops bus", PasswordContext{ManagerID: "m1", Email: "ops@a.example"}); err != nil {
		t.Errorf("short context words: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s := open(t, ctx, cluster(t))
	link, err := s.NewLink(ctx, "carol-m", "operator")
	if err != nil {
		t.Fatal(err)
	}
	emailOf := func(m string) PasswordContext {
		if m == "carol-m" {
			return PasswordContext{Email: "carol.w@b.example", Of: "woodgrove.example"}
		}
		return PasswordContext{}
	}
	for _, pw := range []string{"Carol-M is me", "carol.w is my name", strings.Repeat(" ", 12), "qwertyuiopas", "woodgrove.example", "Woodgrove 2026!", "mailflow-console"} {
		if _, err := s.UseLink(ctx, link, pw, emailOf); !errors.Is(err, ErrPasswordRefused) {
			t.Errorf("UseLink with %q: %v, want refused", pw, err)
		}
	}
	// zxcvbn's estimate, which costs milliseconds, runs only for a valid
	// link: a made-up token is refused as a bad link before it (review
	// S25B-1); the same guessable password on the valid link is refused.
	if _, err := s.UseLink(ctx, "made-up-token", "Welcome@2026", emailOf); !errors.Is(err, ErrBadLink) {
		t.Errorf("UseLink with a made-up token and a guessable password: %v, want ErrBadLink", err)
	}
	if _, err := s.UseLink(ctx, link, "Welcome@2026", emailOf); !errors.Is(err, ErrPasswordRefused) {
		t.Errorf("UseLink with a guessable password: %v, want refused", err)
	}
	if m, err := s.UseLink(ctx, link, "a far better password", emailOf); err != nil || m != "carol-m" {
		t.Errorf("UseLink after refusals: %q, %v", m, err)
	}
	if err := s.SetPassword(ctx, PasswordContext{ManagerID: "carol-m", Email: "carol.w@b.example"}, "carol.w@b.example!"); !errors.Is(err, ErrPasswordRefused) {
		t.Errorf("SetPassword with the e-mail address: %v, want refused", err)
	}
}

// FuzzCheckPasswordAndTokenName: any text, with any context, is judged
// without a panic, and every password refusal matches ErrPasswordRefused.
func FuzzCheckPasswordAndTokenName(f *testing.F) {
	for _, s := range []string{"qwertyuiopas", "abcabcabca", "          ", "\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202e",
		"ｏｐｓ－ｃｏｎｔｏｓｏ 2024", "\u3164", "z\u0489\u0489\u0489\u0489\u0489", "\xff\xfe", "1qaz2wsx3edc"} {
		f.Add(s, "ops-contoso", "alice@contoso.example")
	}
	f.Fuzz(func(t *testing.T, pw, id, email string) {
		if err := CheckPassword(pw, PasswordContext{ManagerID: id, Email: email}); err != nil && !errors.Is(err, ErrPasswordRefused) {
			t.Fatalf("refusal %v does not match ErrPasswordRefused", err)
		}
		_ = CheckTokenName(pw)
		_ = sameTokenName(pw, id)
	})
}
