package audit

import "testing"

// FuzzDecode feeds the audit topic's decoder arbitrary bytes: an entry or
// an error, never a panic; an accepted entry has a version, an action and
// a time.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"v":1,"at":"2026-11-30T06:00:00Z","actor":"m1","via":"session","remote":"192.0.2.1","action":"settings.set","key":"customer/c1","before":{"id":"c1"},"after":{"id":"c1","window":40}}`))
	f.Add([]byte(`{"v":2}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := Decode(b)
		if err == nil && (e.V != 1 || e.Action == "" || e.At.IsZero()) {
			t.Fatalf("accepted %+v", e)
		}
	})
}
