package schemas

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzDecodeDeliveryEvent decodes and validates any record the deliveries
// topic can hold. An accepted event must be a valid one (Validate agrees,
// its domain is canonical), the copying and aliased decoders must agree,
// and marshalling it must give a record that decodes to the same event.
func FuzzDecodeDeliveryEvent(f *testing.F) {
	for _, tc := range eventCases {
		f.Add([]byte(tc.json))
	}
	f.Add(benchEvent)
	f.Add([]byte(`{"v":1,"id":"e1","recipient":"a@b.example","recipient":"c@d.example","completed_at":"2026-12-03T06:00:00Z","smtp_code":250}`))
	f.Add([]byte(`{"v":1,"id":"e1","recipient":"a@b.example","completed_at":"2026-12-03T06:00:00Z","smtp_code":250,"response":"\ud800"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeDeliveryEvent(data)
		var d EventDecoder
		a, aerr := d.Decode(data)
		if (err == nil) != (aerr == nil) || !sameEvent(e, a) {
			t.Fatalf("decoders disagree: %v / %v", err, aerr)
		}
		if err != nil {
			if Reason(err) == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		if ambiguousByReference(data) {
			t.Fatalf("accepted a record with a field named twice, in another case, or a lone surrogate: %q", data)
		}
		if c, cerr := CanonicalDomain(e.Domain); cerr != nil || c != e.Domain {
			t.Fatalf("accepted domain %q is not canonical: %q, %v", e.Domain, c, cerr)
		}
		if e.Outcome == OutcomeUnknown {
			t.Fatal("accepted an event without an outcome")
		}
		if at := strings.LastIndexByte(e.Recipient, '@'); at > 0 {
			if rd, rerr := CanonicalDomain(e.Recipient[at+1:]); rerr != nil || rd != e.Domain {
				t.Fatalf("accepted recipient %q for domain %q (its domain %q, %v)", e.Recipient, e.Domain, rd, rerr)
			}
		}
		again := e
		if err := again.Validate(); err != nil || !sameEvent(again, e) {
			t.Fatalf("a decoded event does not validate as it is: %v", err)
		}
		b, err := MarshalDeliveryEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeDeliveryEvent(b)
		if err != nil {
			t.Fatalf("re-decode of %s: %v", b, err)
		}
		if !sameEvent(back, e) {
			t.Fatalf("round trip changed the event:\n in %+v\nout %+v", e, back)
		}
	})
}

// sameEvent compares events with times by instant: two parses of the same
// offset give equal times in distinct *time.Location values.
func sameEvent(a, b DeliveryEvent) bool {
	if !a.CompletedAt.Equal(b.CompletedAt) || !a.QueuedAt.Equal(b.QueuedAt) {
		return false
	}
	a.CompletedAt, a.QueuedAt = b.CompletedAt, b.QueuedAt
	return a == b
}

// FuzzCanonicalDomain checks that CanonicalDomain never panics, refuses
// with ErrInvalidDomain, and returns only names that are canonical,
// idempotent and accepted by event validation.
func FuzzCanonicalDomain(f *testing.F) {
	for _, tc := range domainCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, d string) {
		c, err := CanonicalDomain(d)
		if err != nil {
			if !errors.Is(err, ErrInvalidDomain) || c != "" {
				t.Fatalf("CanonicalDomain(%q) = %q, %v", d, c, err)
			}
			return
		}
		checkCanonical(t, c)
	})
}

// FuzzDecodeStatusChange decodes any record of the alerts topic. An
// accepted change must marshal to a record that decodes to the same
// change.
func FuzzDecodeStatusChange(f *testing.F) {
	f.Add([]byte(`{"v":1,"id":"0f3a","domain":"example.org","customer":"acme","from":"good","to":"bad","at":"2026-11-26T10:00:00Z","success_rate":0.88,"window":25,"threshold":0.9,"attempts":25,"failures":3,"delivery_delay":{"latest_seconds":1.5,"median_seconds":2},"last_response":"550 5.7.1 blocked","top_categories":[{"category":"blocklisted","count":3}],"cause_event_id":"e-17"}`))
	f.Add([]byte(`{"v":1,"id":"x","domain":"d1.example.","from":"bad","to":"good","success_rate":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeStatusChange(data)
		if err != nil {
			if Reason(err) == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		b, err := MarshalStatusChange(&c)
		if err != nil {
			t.Fatalf("an accepted change does not marshal: %v", err)
		}
		back, err := DecodeStatusChange(b)
		if err != nil {
			t.Fatalf("re-decode of %s: %v", b, err)
		}
		if !back.At.Equal(c.At) {
			t.Fatalf("at changed: %v -> %v", c.At, back.At)
		}
		back.At = c.At
		if !reflect.DeepEqual(normalizeChange(back), normalizeChange(c)) {
			t.Fatalf("round trip changed the change:\n in %+v\nout %+v", c, back)
		}
	})
}

// normalizeChange makes an empty and a missing category list alike.
func normalizeChange(c StatusChange) StatusChange {
	if len(c.TopCategories) == 0 {
		c.TopCategories = nil
	}
	return c
}
