package directory

import "testing"

// TestDisplayNamesAccepted: names in any script, with punctuation, pass
// checkDisplayName; only invisible or line-breaking characters fail it
// (TestParseFileProblems has those).
func TestDisplayNamesAccepted(t *testing.T) {
	for _, name := range []string{
		"", "Woodgrove Bank IT", "Société Générale — Paris", "Müller & Söhne GmbH", "O'Reilly (EU) Ltd.",
		"北京科技有限公司", "株式会社サンプル", "ООО «Пример»", "شركة المثال", "עמותת דוגמה", "Café ☕ 24/7",
	} {
		if err := checkDisplayName(name); err != nil {
			t.Errorf("checkDisplayName(%q) = %v, want nil", name, err)
		}
	}
}
