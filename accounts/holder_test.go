package accounts

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// directoryOf stands for the directory's managers and their addresses
// (the instance passes the processor's directory).
type directoryOf struct {
	mu     sync.Mutex
	emails map[string]string // manager → email; absent: not in the directory
}

func (d *directoryOf) set(manager, email string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if email == "" {
		delete(d.emails, manager)
	} else {
		d.emails[manager] = email
	}
}

func (d *directoryOf) holder(manager string) (string, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.emails[manager]
	return e, ok
}

// TestCredentialsBoundToTheirHolder: a password, its sessions, API tokens
// and set-password links count only while their manager has the address
// they were made for (in any letter case). A manager given another
// person's address, or deleted and made again for someone else, does not
// let the old holder in (review finding: a pruned manager's cookie, token
// and password worked again for the re-created manager).
func TestCredentialsBoundToTheirHolder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dir := &directoryOf{emails: map[string]string{"m1": "anna@a.example", "m2": "ben@b.example"}}
	s := open(t, ctx, cluster(t), WithHolder(dir.holder))
	const pw = "anna's long password"
	if err := s.SetPassword(ctx, PasswordContext{ManagerID: "m1"}, pw); err != nil {
		t.Fatal(err)
	}
	signedIn(t, ctx, s, "m1")
	signedIn(t, ctx, s, "m2")
	tok, _, err := s.NewToken(ctx, "m1", "ci")
	if err != nil {
		t.Fatal(err)
	}
	link, err := s.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}

	counts := func(want bool, when string) {
		t.Helper()
		_, hasPw := s.PasswordSetAt("m1")
		_, loginErr := s.CheckLogin(ctx, "m1", pw)
		_, hasTok := s.TokenOf(tok)
		got := map[string]bool{"password": hasPw, "sign-in": loginErr == nil, "token": hasTok,
			"token listed": len(s.Tokens("m1")) == 1, "session listed": len(s.ListSessions("m1")) == 1}
		for what, ok := range got {
			if ok != want {
				t.Errorf("%s: %s counts %v, want %v", when, what, ok, want)
			}
		}
		if !want && loginErr != nil && !errors.Is(loginErr, ErrBadCredentials) {
			t.Errorf("%s: sign-in error %v, want ErrBadCredentials", when, loginErr)
		}
		if len(s.ListSessions("m2")) != 1 {
			t.Errorf("%s: m2's session is not listed", when)
		}
	}
	counts(true, "made")
	dir.set("m1", "ANNA@A.example")
	counts(true, "the address in other letter case")
	dir.set("m1", "carl@c.example")
	counts(false, "m1 given another person's address")
	if _, err := s.UseLink(ctx, link, "carl's new password!", nil); !errors.Is(err, ErrBadLink) {
		t.Errorf("anna's set-password link used for carl: %v, want ErrBadLink", err)
	}
	dir.set("m1", "")
	counts(false, "m1 deleted")
	dir.set("m1", "anna@a.example")
	counts(true, "m1 back with anna's address")

	// The new holder starts afresh through a link of their own.
	dir.set("m1", "carl@c.example")
	carl, err := s.NewLink(ctx, "m1", "operator")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.UseLink(ctx, carl, "carl's new password!", nil); err != nil {
		t.Fatalf("carl's own link: %v", err)
	}
	if _, err := s.CheckLogin(ctx, "m1", "carl's new password!"); err != nil {
		t.Fatalf("carl signs in: %v", err)
	}
	if _, ok := s.TokenOf(tok); ok {
		t.Error("anna's token works for carl")
	}
}
