package consoleapi

import (
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
)

// FuzzSettingsBody feeds a settings PUT body from the network through its
// decoding and validation: it must be refused or yield settings the
// directory accepts, never panic.
func FuzzSettingsBody(f *testing.F) {
	f.Add([]byte(`{"window": 40, "threshold": 0.95}`))
	f.Add([]byte(`{"window": null, "threshold": "0.9"}`))
	f.Add([]byte(`{"threshold": 1e400}`))
	f.Add([]byte(`{"window": -1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var body settingsBody
		if err := json.Unmarshal(b, &body); err != nil {
			return
		}
		s, err := body.apply(directory.Settings{Window: 25, Threshold: 9000})
		if err != nil {
			return
		}
		if s.Window < 0 || s.Window > directory.MaxWindow || s.Threshold > directory.ThresholdScale {
			t.Fatalf("accepted %+v from %q", s, b)
		}
		if _, err := directory.EncodeRecord(directory.Customer{ID: "c", Reseller: "r", Settings: s}); err != nil {
			t.Fatal(err)
		}
	})
}
