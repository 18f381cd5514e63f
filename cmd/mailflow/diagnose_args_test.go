package main

import (
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
