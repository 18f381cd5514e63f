package api

import (
	"slices"
	"testing"
)

func TestMessageIDForms(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want []string
	}{
		{"<a@b.example>", []string{"<a@b.example>", "a@b.example"}},
		{"a@b.example", []string{"a@b.example", "<a@b.example>"}},
		{"<>", []string{"<>"}},
		{"<", []string{"<", "<<>"}},
		{"<<a@b>>", []string{"<<a@b>>", "<a@b>"}},
		{"m-00001", []string{"m-00001", "<m-00001>"}},
	} {
		if got := MessageIDForms(tc.id); !slices.Equal(got, tc.want) {
			t.Errorf("MessageIDForms(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
