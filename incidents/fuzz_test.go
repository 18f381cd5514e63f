package incidents

import (
	"testing"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/schemas"
)

// FuzzDecodeState reads any changelog record value: an accepted state
// must take further alerts without panicking and encode to a record that
// reads back.
func FuzzDecodeState(f *testing.F) {
	st := newProviderState(Provider{"microsoft365", "Microsoft 365"})
	for n := range 6 {
		st.apply(msAlert(n, 3, time.Duration(n)*time.Second), Rules{}.withDefaults())
	}
	b, _ := json.Marshal(st)
	f.Add(b)
	f.Add([]byte(`{"provider":{"Key":"p"},"open":{"x":null}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := decodeState(data)
		if err != nil {
			return
		}
		st.apply(msAlert(40, 3, time.Hour), Rules{}.withDefaults())
		a := msAlert(1, 3, 0)
		st.apply(&schemas.StatusChange{ID: "r", Domain: a.Domain, From: schemas.StatusBad, To: schemas.StatusGood, At: a.At.Add(time.Hour)}, Rules{}.withDefaults())
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decodeState(b); err != nil && !st.empty() {
			t.Fatalf("a state the stage made does not read back: %v\n%s", err, b)
		}
	})
}
