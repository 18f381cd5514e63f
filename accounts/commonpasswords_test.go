package accounts

import (
	"strings"
	"testing"
)

// TestCommonPasswordsRefused: the passwords attackers try first are
// refused whatever their letter case, with a sentence that says why
// (review: "1234567890" and "password123" were accepted as console
// passwords); passwords of the same length that are not on the list pass.
func TestCommonPasswordsRefused(t *testing.T) {
	for _, pw := range []string{"1234567890", "password123", "Password123", "PASSWORD1234", "qwertyuiop", "QwertyUiop",
		"iloveyou12", "administrator", "welcome123", "letmein123", "abcdefghij", "1q2w3e4r5t", "0987654321", "1111111111"} {
		err := CheckPassword(pw, PasswordContext{})
		if err == nil || !strings.Contains(err.Error(), "common") {
			t.Errorf("CheckPassword(%q) = %v, want refused as a common password", pw, err)
		}
		if err != nil && strings.Contains(err.Error(), pw) {
			t.Errorf("the error quotes the password: %v", err)
		}
	}
	for _, pw := range []string{"ten chars!", "staple battery horse", "Rk7#vq2!Lm9p", "mailflow of the north 2026"} {
		if err := CheckPassword(pw, PasswordContext{}); err != nil {
			t.Errorf("CheckPassword(%q) = %v, want accepted", pw, err)
		}
	}
}
