package schemas

import (
	"strings"
	"testing"
	"time"
)

var tickCases = []struct {
	name, json string
	field      string // the field the error names; "" when valid
}{
	{"valid", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z","instance":"i1"}`, ""},
	{"no instance", `{"v":1,"partition":0,"stream_time":"2026-11-30T14:05:00Z"}`, ""},
	{"offset time", `{"v":1,"partition":2,"stream_time":"2026-11-30T15:05:00+01:00"}`, ""},
	{"unknown field ignored", `{"v":1,"partition":2,"stream_time":"2026-11-30T14:05:00Z","extra":true}`, ""},
	{"version 2", `{"v":2,"partition":3,"stream_time":"2026-11-30T14:05:00Z"}`, "v"},
	{"no version", `{"partition":3,"stream_time":"2026-11-30T14:05:00Z"}`, "v"},
	{"no partition", `{"v":1,"stream_time":"2026-11-30T14:05:00Z"}`, "partition"},
	{"negative partition", `{"v":1,"partition":-1,"stream_time":"2026-11-30T14:05:00Z"}`, "partition"},
	{"no time", `{"v":1,"partition":3}`, "stream_time"},
	{"not a time", `{"v":1,"partition":3,"stream_time":"yesterday"}`, "stream_time"},
	{"fractional seconds", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00.5Z"}`, "stream_time"},
	{"epoch", `{"v":1,"partition":3,"stream_time":"1970-01-01T00:00:00Z"}`, "stream_time"},
	{"before the epoch", `{"v":1,"partition":3,"stream_time":"1969-12-31T23:59:59Z"}`, "stream_time"},
	{"control in instance", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z","instance":"i1\n2026 forged"}`, "instance"},
	{"long instance", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z","instance":"` + strings.Repeat("i", 129) + `"}`, "instance"},
	{"an event", `{"v":1,"id":"e1","recipient":"a@example.com","completed_at":"2026-11-30T14:05:00Z","smtp_code":250}`, "partition"},
	{"not JSON", `tick`, "(record)"},
	{"array", `[1]`, "(record)"},
	{"null", `null`, "v"},
	{"two values", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z"} {}`, "(record)"},
	{"not UTF-8", "{\"v\":1,\"partition\":3,\"stream_time\":\"2026-11-30T14:05:00Z\",\"instance\":\"\xff\"}", "(record)"},
	{"too large", `{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z","pad":"` + strings.Repeat(" ", TickMaxSize) + `"}`, "(record)"},
}

func TestDecodeTick(t *testing.T) {
	for _, tc := range tickCases {
		t.Run(tc.name, func(t *testing.T) {
			tk, err := DecodeTick([]byte(tc.json))
			if tc.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if tk.V != 1 || tk.StreamTime.Location() != time.UTC || tk.StreamTime.Unix() != time.Date(2026, 11, 30, 14, 5, 0, 0, time.UTC).Unix() {
					t.Fatalf("decoded %+v", tk)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted: %+v", tk)
			}
			if !strings.HasPrefix(Reason(err), tc.field+":") && !strings.Contains(Reason(err), "; "+tc.field+":") {
				t.Fatalf("error %q does not name %s", Reason(err), tc.field)
			}
		})
	}
}

func TestMarshalTick(t *testing.T) {
	at := time.Date(2026, 11, 30, 15, 5, 0, 700, time.FixedZone("CET", 3600))
	b, err := MarshalTick(&Tick{Partition: 4, StreamTime: at, Instance: "i7"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"v":1,"partition":4,"stream_time":"2026-11-30T14:05:00Z","instance":"i7"}`; string(b) != want {
		t.Fatalf("got %s, want %s", b, want)
	}
	tk, err := DecodeTick(b)
	if err != nil || tk.ID() != "tick-4-1796047500" || !tk.StreamTime.Equal(at.Truncate(time.Second)) {
		t.Fatalf("decoded %+v (%s), %v", tk, tk.ID(), err)
	}
	if _, err := MarshalTick(&Tick{Partition: -1, StreamTime: at}); err == nil {
		t.Fatal("marshalled a tick of partition -1")
	}
	if _, err := MarshalTick(&Tick{Partition: 1}); err == nil {
		t.Fatal("marshalled a tick without a stream time")
	}
}

// FuzzDecodeTick decodes any value a record with the tick header can
// carry. An accepted tick must be valid (a partition, a stream time of
// whole seconds after the epoch) and survive a marshal and decode
// unchanged; a refused one must say why.
func FuzzDecodeTick(f *testing.F) {
	for _, tc := range tickCases {
		f.Add([]byte(tc.json))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tk, err := DecodeTick(data)
		if err != nil {
			if Reason(err) == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		if tk.Partition < 0 || tk.StreamTime.Unix() < 1 || tk.StreamTime.Nanosecond() != 0 || len(tk.Instance) > TickInstanceMax {
			t.Fatalf("accepted %+v", tk)
		}
		b, err := MarshalTick(&tk)
		if err != nil {
			t.Fatalf("accepted %+v but cannot marshal it: %v", tk, err)
		}
		again, err := DecodeTick(b)
		if err != nil || again != tk {
			t.Fatalf("round trip: %+v, %v; was %+v", again, err, tk)
		}
	})
}
