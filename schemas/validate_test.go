package schemas

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/segmentio/encoding/json"
)

// eventCases are shared by the Go validation test and the JSON Schema
// agreement test: every case must be judged the same way by both.
var eventCases = []struct {
	name    string
	json    string
	wantErr string // substring of the Go error; "" for a valid event
	goOnly  bool   // a rule JSON Schema cannot express
}{
	{name: "minimal delivered", json: `{"v":1,"id":"a1","recipient":"bob@Example.COM","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`},
	{name: "full event", json: `{"v":1,"id":"a2","message_id":"4R7kXq1Zb3z9vJt","domain":"example.org","recipient":"c.meyer@example.org","sender":"news@shop.example","attempt":2,"queued_at":"2026-11-26T09:59:58.5+01:00","completed_at":"2026-11-26T10:00:00+01:00","smtp_code":550,"enhanced_code":"5.1.1","response":"550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser","remote_host":"aspmx.l.google.com","remote_ip":"142.250.1.27","transport":"out-fra-1","size":10240,"outcome":"bounced"}`},
	{name: "local failure with outcome", json: `{"v":1,"id":"a3","domain":"example.net","completed_at":"2026-11-26T10:00:00Z","response":"connect to mx.example.net[192.0.2.1]:25: Connection timed out","outcome":"deferred"}`},
	{name: "expired with 4xx", json: `{"v":1,"id":"a4","domain":"example.net","completed_at":"2026-11-26T10:00:00Z","smtp_code":421,"outcome":"expired"}`},
	{name: "soft bounce defers a 5xx", json: `{"v":1,"id":"a5","domain":"example.net","completed_at":"2026-11-26T10:00:00Z","smtp_code":550,"outcome":"deferred"}`},
	{name: "unicode domain", json: `{"v":1,"id":"a6","recipient":"anna@bücher.example","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`},
	// a 3yz reply is intermediate (RFC 5321 §4.2.1): it derives no outcome
	// (the fuzzer's 8e7bfcc042f5d525 was accepted without one)
	{name: "intermediate code without outcome", json: `{"v":1,"id":"a7","recipient":"b@example.net","completed_at":"2026-11-26T10:00:00Z","smtp_code":354}`, wantErr: "intermediate reply", goOnly: true},
	{name: "intermediate code with outcome", json: `{"v":1,"id":"a8","recipient":"b@example.net","completed_at":"2026-11-26T10:00:00Z","smtp_code":350,"outcome":"deferred"}`},

	{name: "recipient at the domain in other spellings", json: `{"v":1,"id":"a7","domain":"xn--bcher-kva.example","recipient":"Anna@Bücher.Example.","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`},
	{name: "recipient at the domain in capitals", json: `{"v":1,"id":"a8","domain":"Example.ORG","recipient":"bob@example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`},
	{name: "recipient at a fullwidth-dot spelling", json: `{"v":1,"id":"a9","domain":"bücher.example","recipient":"anna@bücher。example","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`},
	{name: "recipient at another domain", json: `{"v":1,"id":"d1","domain":"example.org","recipient":"bob@example.net","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: `recipient: "bob@example.net" is an address at example.net, not at the event's domain example.org`, goOnly: true},
	{name: "recipient at a subdomain", json: `{"v":1,"id":"d2","domain":"example.org","recipient":"bob@mail.example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "not at the event's domain example.org", goOnly: true},
	{name: "recipient at another IDN", json: `{"v":1,"id":"d3","domain":"xn--bcher-kva.example","recipient":"anna@bucher.example","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "an address at bucher.example, not at the event's domain xn--bcher-kva.example", goOnly: true},
	{name: "recipient at an address literal", json: `{"v":1,"id":"d4","domain":"example.org","recipient":"bob@[192.0.2.1]","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "recipient: its domain is not a domain name", goOnly: true},

	{name: "missing domain and recipient", json: `{"v":1,"id":"b1","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "domain: missing, and no recipient"},
	{name: "missing id", json: `{"v":1,"domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "id: missing"},
	{name: "unparsable completed_at", json: `{"v":1,"id":"b2","domain":"example.org","completed_at":"26/11/2026 10:00","smtp_code":250}`, wantErr: "completed_at: \"26/11/2026 10:00\" is not an RFC 3339 time"},
	{name: "unparsable queued_at", json: `{"v":1,"id":"b3","domain":"example.org","queued_at":"yesterday","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "queued_at: \"yesterday\" is not an RFC 3339 time"},
	{name: "missing completed_at", json: `{"v":1,"id":"b4","domain":"example.org","smtp_code":250}`, wantErr: "completed_at: missing"},
	{name: "delivered with 5xx", json: `{"v":1,"id":"b5","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":550,"outcome":"delivered"}`, wantErr: "outcome: delivered contradicts smtp_code 550"},
	{name: "bounced with 2xx", json: `{"v":1,"id":"b6","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250,"outcome":"bounced"}`, wantErr: "outcome: bounced contradicts smtp_code 250"},
	{name: "no outcome and no code", json: `{"v":1,"id":"b7","domain":"example.org","completed_at":"2026-11-26T10:00:00Z"}`, wantErr: "outcome: missing, and no smtp_code"},
	{name: "unknown outcome", json: `{"v":1,"id":"b8","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","outcome":"lost"}`, wantErr: "outcome: \"lost\" is not one of"},
	{name: "over-long response", json: `{"v":1,"id":"b9","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250,"response":"` + strings.Repeat("x", MaxResponseLen+1) + `"}`, wantErr: "response: 8193 bytes, longer than the 8192 allowed"},
	{name: "unknown version", json: `{"v":2,"id":"b10","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "v: unknown version 2"},
	{name: "missing version", json: `{"id":"b11","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "v: missing"},
	{name: "code out of range", json: `{"v":1,"id":"b12","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":999}`, wantErr: "smtp_code: 999 is not an SMTP reply code"},
	{name: "bad enhanced code", json: `{"v":1,"id":"b13","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":550,"enhanced_code":"5.1"}`, wantErr: "enhanced_code: \"5.1\" is not an RFC 3463"},
	{name: "recipient without domain", json: `{"v":1,"id":"b14","recipient":"postmaster","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "recipient: \"postmaster\" is not an address"},
	{name: "negative attempt", json: `{"v":1,"id":"b15","domain":"example.org","attempt":-1,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "attempt: negative"},
	{name: "attempt past 32 bits", json: `{"v":1,"id":"b15a","domain":"example.org","attempt":4294967296,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "attempt: 4294967296, more than the 1000000 allowed"},
	{name: "attempt one over", json: `{"v":1,"id":"b15b","domain":"example.org","attempt":1000001,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "attempt: 1000001, more than"},
	{name: "attempt at int64's end", json: `{"v":1,"id":"b15c","domain":"example.org","attempt":9223372036854775807,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "attempt: 9223372036854775807, more than"},
	{name: "size past 1 TiB", json: `{"v":1,"id":"b15d","domain":"example.org","size":1099511627777,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "size: 1099511627777 bytes, more than the 1099511627776 allowed"},
	{name: "size past 2^62", json: `{"v":1,"id":"b15e","domain":"example.org","size":4611686018427387905,"completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "size: 4611686018427387905 bytes, more than"},
	{name: "not an object", json: `[1,2,3]`, wantErr: "(record): not a JSON object"},
	{name: "completed in year -1 (UTC)", json: `{"v":1,"id":"b17","domain":"example.org","completed_at":"0000-01-01T00:00:00+01:00","smtp_code":250}`, wantErr: "completed_at: -0001-12-31T23:00:00Z is outside the accepted range: later than 1970-01-01T00:00:00Z", goOnly: true},
	{name: "completed before 1970", json: `{"v":1,"id":"b18","domain":"example.org","completed_at":"1969-12-31T23:59:59Z","smtp_code":250}`, wantErr: "completed_at: 1969-12-31T23:59:59Z is outside the accepted range", goOnly: true},
	{name: "completed past Unix nanoseconds", json: `{"v":1,"id":"b19","domain":"example.org","completed_at":"2262-04-12T00:00:00Z","smtp_code":250}`, wantErr: "completed_at: 2262-04-12T00:00:00Z is outside the accepted range", goOnly: true},
	{name: "queued in year 0", json: `{"v":1,"id":"b20","domain":"example.org","queued_at":"0000-01-01T00:00:00Z","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "queued_at: 0000-01-01T00:00:00Z is outside the accepted range", goOnly: true},
	{name: "multi-line response with CR LF and a tab", json: `{"v":1,"id":"c1","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":550,"response":"550-5.7.1 refused\r\n550 5.7.1\tsee https://example.org"}`},
	{name: "line break in recipient", json: `{"v":1,"id":"c2","recipient":"a@example.org\r\nBcc: x@example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "recipient: control character U+000D at byte 13", goOnly: true},
	{name: "NUL in response", json: `{"v":1,"id":"c3","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250,"response":"250 ok\u0000"}`, wantErr: "response: control character U+0000 at byte 6", goOnly: true},
	{name: "escape in remote host", json: `{"v":1,"id":"c4","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250,"remote_host":"mx\u001b[31m.example.org"}`, wantErr: "remote_host: control character U+001B", goOnly: true},
	{name: "tab in id", json: `{"v":1,"id":"c5\t","domain":"example.org","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "id: control character U+0009", goOnly: true},
	{name: "DEL in sender", json: `{"v":1,"id":"c6","domain":"example.org","sender":"a\u007f@shop.example","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "sender: control character U+007F", goOnly: true},
	{name: "invalid UTF-8 in response", json: "{\"v\":1,\"id\":\"c7\",\"domain\":\"example.org\",\"completed_at\":\"2026-11-26T10:00:00Z\",\"smtp_code\":250,\"response\":\"250 \xff\xfe ok\"}", wantErr: "(record): not valid UTF-8 (byte 110)", goOnly: true},
	{name: "invalid UTF-8 in recipient", json: "{\"v\":1,\"id\":\"c8\",\"recipient\":\"\xc3@example.org\",\"completed_at\":\"2026-11-26T10:00:00Z\",\"smtp_code\":250}", wantErr: "(record): not valid UTF-8", goOnly: true},
	{name: "queued after completed", json: `{"v":1,"id":"b16","domain":"example.org","queued_at":"2026-11-26T11:00:00Z","completed_at":"2026-11-26T10:00:00Z","smtp_code":250}`, wantErr: "queued_at: later than completed_at", goOnly: true},
}

func TestDecodeDeliveryEvent(t *testing.T) {
	for _, tc := range eventCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeDeliveryEvent([]byte(tc.json))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("valid event rejected: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Fatalf("invalid event accepted; want error containing %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Fatalf("error %q does not contain %q", err, tc.wantErr)
			}
		})
	}
}

func TestDecodeAliasedAgrees(t *testing.T) {
	for _, tc := range eventCases {
		a, aerr := DecodeDeliveryEvent([]byte(tc.json))
		b, berr := DecodeDeliveryEventAliased([]byte(tc.json))
		if (aerr == nil) != (berr == nil) || a != b {
			t.Errorf("%s: copying and aliased decoders disagree: %v / %v", tc.name, aerr, berr)
		}
	}
	if _, err := DecodeDeliveryEventAliased([]byte(eventCases[0].json + ` {"v":1}`)); err == nil {
		t.Error("aliased decoder accepted trailing data")
	}
}

func TestDecodeNormalises(t *testing.T) {
	e, err := DecodeDeliveryEvent([]byte(`{"v":1,"id":"n1","recipient":"Anna@Bücher.Example.","completed_at":"2026-11-26T10:00:05Z","queued_at":"2026-11-26T10:00:00Z","smtp_code":451}`))
	if err != nil {
		t.Fatal(err)
	}
	if e.Domain != "xn--bcher-kva.example" {
		t.Errorf("domain = %q, want the lower-case A-label form", e.Domain)
	}
	if e.Outcome != OutcomeDeferred {
		t.Errorf("outcome = %v, want deferred (derived from 451)", e.Outcome)
	}
	if got := e.DeliveryDelay(); got != 5*time.Second {
		t.Errorf("delay = %v, want 5s", got)
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	_, err := DecodeDeliveryEvent([]byte(`{"v":3,"completed_at":"soon","smtp_code":42}`))
	if err == nil {
		t.Fatal("accepted")
	}
	reason := Reason(err)
	for _, want := range []string{"v: unknown version 3", "id: missing", "domain: missing", "completed_at: \"soon\"", "smtp_code: 42"} {
		if !strings.Contains(reason, want) {
			t.Errorf("reason %q lacks %q", reason, want)
		}
	}
	if strings.Contains(reason, "\n") {
		t.Errorf("reason spans lines: %q", reason)
	}
}

func TestMarshalDoesNotEscapeHTML(t *testing.T) {
	e := DeliveryEvent{V: 1, ID: "h", Domain: "example.org", CompletedAt: time.Now(), SMTPCode: 550, Response: "550 5.1.1 <bob@example.org>: unknown & gone"}
	b, err := MarshalDeliveryEvent(&e)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"550 5.1.1 <bob@example.org>: unknown & gone"`) {
		t.Fatalf("response escaped: %s", b)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	in, err := DecodeDeliveryEvent([]byte(eventCases[1].json))
	if err != nil {
		t.Fatal(err)
	}
	b, err := MarshalDeliveryEvent(&in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeDeliveryEvent(b)
	if err != nil {
		t.Fatalf("re-decode: %v", err)
	}
	if !in.CompletedAt.Equal(out.CompletedAt) || !in.QueuedAt.Equal(out.QueuedAt) {
		t.Fatalf("times changed: %v %v -> %v %v", in.QueuedAt, in.CompletedAt, out.QueuedAt, out.CompletedAt)
	}
	in.CompletedAt, in.QueuedAt, out.CompletedAt, out.QueuedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if in != out {
		t.Fatalf("round trip changed the event:\n in %+v\nout %+v", in, out)
	}
}

func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	raw, err := Files.ReadFile("jsonschema/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(name, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(name)
	if err != nil {
		t.Fatalf("compile %s: %v", name, err)
	}
	return s
}

// TestSchemaAgreesWithGo keeps the JSON Schema file that producers in other
// languages use in step with the Go validation.
func TestSchemaAgreesWithGo(t *testing.T) {
	s := compileSchema(t, "delivery_event.schema.json")
	for _, tc := range eventCases {
		if tc.goOnly {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(tc.json))
			if err != nil {
				t.Fatal(err)
			}
			schemaErr := s.Validate(doc)
			_, goErr := DecodeDeliveryEvent([]byte(tc.json))
			if (schemaErr == nil) != (goErr == nil) {
				t.Fatalf("disagreement: schema says %v, Go says %v", schemaErr, goErr)
			}
		})
	}
}

func TestStatusChangeMatchesSchema(t *testing.T) {
	s := compileSchema(t, "status_change.schema.json")
	c := StatusChange{
		ID: ChangeID("example.org", StatusGood, StatusBad, "e-17"), Domain: "example.org", Customer: "acme", Reseller: "r1",
		From: StatusGood, To: StatusBad, At: time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC),
		SuccessRate: 0.88, Window: 25, Threshold: 0.9, Attempts: 25, Failures: 3,
		DeliveryDelay: DeliveryDelay{LatestSeconds: 1.5, MedianSeconds: 2},
		LastResponse:  "550 5.7.1 blocked", TopCategories: []CategoryCount{{Category: "blocklisted", Count: 3}},
		CauseEventID: "e-17",
	}
	b, err := MarshalStatusChange(&c)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(doc); err != nil {
		t.Fatalf("a marshalled StatusChange fails its own schema: %v\n%s", err, b)
	}
	back, err := DecodeStatusChange(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != c.ID || back.From != StatusGood || back.To != StatusBad || !back.At.Equal(c.At) {
		t.Fatalf("round trip: %+v", back)
	}
	if ChangeID("example.org", StatusGood, StatusBad, "e-17") != c.ID || ChangeID("example.org", StatusGood, StatusBad, "e-18") == c.ID {
		t.Fatal("ChangeID is not a deterministic function of its inputs")
	}
	// A silence alert, with the detections' fields, fits the schema too.
	last := c.At.Add(-2 * time.Hour)
	c.ID, c.Kind, c.To, c.SilentAfterSeconds, c.BaselinePerHour, c.LastAttemptAt = KindID("example.org", KindSilent, "e-17"), KindSilent, StatusGood, 7200, 12.5, &last
	c.From = StatusGood
	if b, err = MarshalStatusChange(&c); err != nil {
		t.Fatal(err)
	}
	doc = nil
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(doc); err != nil {
		t.Fatalf("a silence alert fails the schema: %v\n%s", err, b)
	}
	if back, err := DecodeStatusChange(b); err != nil || back.LastAttemptAt == nil || !back.LastAttemptAt.Equal(last) || back.BaselinePerHour != 12.5 {
		t.Fatalf("silence alert round trip: %+v, %v", back, err)
	}
}

func TestValidEnhanced(t *testing.T) {
	for s, want := range map[string]bool{
		"5.1.1": true, "4.7.650": true, "2.0.0": true, "5.10.100": true,
		"5.1": false, "6.1.1": false, "5..1": false, "5.1.": false, "5.1.1.1": false, "5.1234.1": false, "5.1.1x": false, "": false, "5.a.1": false,
	} {
		if got := validEnhanced(s); got != want {
			t.Errorf("validEnhanced(%q) = %v, want %v", s, got, want)
		}
	}
}
