package state

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// TestStateRecordOmitsLastResponse checks that a record written with
// OmitLastResponse decodes to the same window without its last response,
// that only the response's bytes are gone (the changelog record is still
// the value's prefix, the seen ids are kept), and that a record written
// without omitting is unchanged.
func TestStateRecordOmitsLastResponse(t *testing.T) {
	for _, resp := range []string{
		"",
		"250 ok",
		"550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 double-checking - gsmtp",
		strings.Repeat("x", 300), // a length of two varint bytes
	} {
		w := stateWindow()
		w.LastResponse = resp
		w.LastFailureHost, w.LastFailureIP = "mx1.example.org", "192.0.2.25"
		w.CountArrival(1_780_000_000)
		seen := &SeenIDs{}
		seen.Add(IDHash("a"))
		seen.Remember(490000, []uint64{IDHash("a")})

		full, fn := AppendStateRecord(nil, w, seen)
		if plain := AppendState(nil, w, seen); !bytes.Equal(plain, full) {
			t.Fatalf("AppendStateRecord and AppendState differ")
		}
		if same, _ := AppendStateRecordOmitting(nil, w, seen, 0); !bytes.Equal(same, full) {
			t.Fatalf("omitting nothing changed the record")
		}
		lean, ln := AppendStateRecordOmitting([]byte("prefix"), w, seen, OmitLastResponse)
		lean = lean[len("prefix"):]
		saved := len(appendString(nil, resp)) - 1 // an empty string is one byte
		if len(full)-len(lean) != saved || fn-ln != saved {
			t.Fatalf("response of %d bytes: record %d → %d bytes, changelog part %d → %d; want %d fewer", len(resp), len(full), len(lean), fn, ln, saved)
		}
		got, gotSeen, known, err := DecodeState(lean)
		if err != nil || !known {
			t.Fatalf("DecodeState: known %v, %v", known, err)
		}
		want := *w
		want.LastResponse = ""
		if !reflect.DeepEqual(got, &want) {
			t.Fatalf("window\n got %+v\nwant %+v", got, &want)
		}
		if !reflect.DeepEqual(gotSeen.Inline(), seen.Inline()) {
			t.Fatalf("seen ids %v, want %v", gotSeen.Inline(), seen.Inline())
		}
		if cw, err := DecodeWindow(lean[:ln]); err != nil || !reflect.DeepEqual(cw, &want) {
			t.Fatalf("the changelog part: %+v, %v", cw, err)
		}
	}
}
