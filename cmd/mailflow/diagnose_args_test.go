package main

import (
	"os"
	"strings"
	"testing"
)

// TestDiagnoseOneWordArgument: a one-word argument that looks like a file
// name is refused with a hint to use stdin; a reply written without spaces
// (Chinese, Japanese) is classified (newcomer review N5 of session 37).
func TestDiagnoseOneWordArgument(t *testing.T) {
	for _, tc := range []struct {
		arg    string
		code   int
		stdout string
		stderr string
	}{
		{"file.txt", 2, "", "give a response in quotes"},
		{"bounces.jsonl", 2, "", "give a response in quotes"},
		{"logs/mail.log", 2, "", "give a response in quotes"},
		{"您的信息已通过以下协议成功发送：smtp", 0, `"outcome":"delivered"`, ""},
		{"用户不存在", 0, `"category":"user_unknown"`, ""},
	} {
		r := runMailflow(t, nil, "", "diagnose", "--json", tc.arg)
		if r.code != tc.code || !strings.Contains(r.stdout, tc.stdout) || !strings.Contains(r.stderr, tc.stderr) {
			t.Errorf("diagnose %q: exit %d, want %d with %q on stdout, %q on stderr\nstdout: %s\nstderr: %s", tc.arg, r.code, tc.code, tc.stdout, tc.stderr, r.stdout, r.stderr)
		}
	}
}

// TestIsTerminal: a character device that is no terminal (/dev/null) and
// a pipe are not terminals, so that `diagnose </dev/null` prints no hint
// for people typing replies and writes JSON Lines (newcomer review S47 N1).
func TestIsTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, tc := range []struct {
		name string
		f    any
	}{{os.DevNull, null}, {"a pipe's read end", r}, {"a pipe's write end", w}, {"a strings.Reader", strings.NewReader("")}} {
		if isTerminal(tc.f) {
			t.Errorf("isTerminal(%s) = true", tc.name)
		}
	}
	env := &environment{stdin: null, stdout: w, stderr: &strings.Builder{}, getenv: func(string) string { return "" }}
	if err := runDiagnose(t.Context(), env, nil); err != nil {
		t.Fatalf("diagnose </dev/null: %v", err)
	}
	if s := env.stderr.(*strings.Builder).String(); strings.Contains(s, "from the terminal") {
		t.Errorf("diagnose </dev/null printed the terminal's hint: %q", s)
	}
}
