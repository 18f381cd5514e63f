package logstore

import (
	"encoding/base64"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// FuzzDecodeAttempt: any bytes decode to an attempt or an error wrapping
// ErrCorrupt, never a panic; an attempt that decodes encodes back to the
// same bytes, and rawResponse finds its response.
func FuzzDecodeAttempt(f *testing.F) {
	at := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	a := Attempt{Event: schemas.DeliveryEvent{ID: "e1", MessageID: "<m@x>", Domain: "example.org", Recipient: "bob@example.org",
		Sender: "a@b", Attempt: 2, QueuedAt: at.Add(-time.Hour), CompletedAt: at.Add(-time.Second), SMTPCode: 550, EnhancedCode: "5.1.1",
		Response: "550-5.1.1 no\n550 5.1.1 such user", RemoteHost: "mx.example.org", RemoteIP: "192.0.2.1", Transport: "out1", Size: 1234,
		Outcome: schemas.OutcomeBounced}, Category: schemas.CategoryUserUnknown, Provider: "google", Arrival: at}
	f.Add(appendAttempt(nil, &a))
	a.Event.QueuedAt, a.Event.CompletedAt, a.Event.Recipient = time.Time{}, time.Time{}, "x@other"
	f.Add(appendAttempt(nil, &a))
	f.Add([]byte{1, 0})
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, b []byte) {
		var got Attempt
		resp, rawOK := rawResponse(b) // must not panic either
		err := decodeAttempt(b, "example.org", at, Pos{}, &got)
		if err != nil {
			return
		}
		if !rawOK || string(resp) != got.Event.Response {
			t.Fatalf("rawResponse says %q, %v; the attempt's response is %q", resp, rawOK, got.Event.Response)
		}
		again := appendAttempt(nil, &got)
		var back Attempt
		if err := decodeAttempt(again, "example.org", at, Pos{}, &back); err != nil {
			t.Fatalf("re-encoded attempt does not decode: %v", err)
		}
		if back.Event != got.Event || back.Category != got.Category || back.Provider != got.Provider {
			t.Fatalf("round trip changed the attempt:\n%+v\n%+v", got, back)
		}
	})
}

// FuzzDecodeCursor: a cursor from outside (the API's cursor parameter)
// decodes or fails with ErrBadCursor; a decoded one encodes back the same.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor(1764482400000000000, Pos{Source: SourceRepartition, Offset: 42}))
	f.Add("")
	f.Add("AQ")
	f.Add(base64.RawURLEncoding.EncodeToString(make([]byte, 18)))
	f.Fuzz(func(t *testing.T, s string) {
		arr, src, off, err := decodeCursor(s)
		if err != nil {
			return
		}
		if again := encodeCursor(arr, Pos{Source: src, Offset: off}); again != s {
			t.Fatalf("cursor %q re-encodes as %q", s, again)
		}
	})
}

// FuzzDecodeCatalog: a flush's catalog read from disk decodes or fails
// with an error wrapping ErrCorrupt, never a panic; one that decodes
// encodes to bytes that decode to the same catalog.
func FuzzDecodeCatalog(f *testing.F) {
	at := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC).UnixNano()
	c := catalog{segments: []segment{{hour: hourOfNano(at), count: 3, minArr: at, maxArr: at + 5}},
		idMin: at, idMax: at + 5, checkpoints: map[srcPart]int64{{SourceDeliveries, 2}: 77, {SourceRepartition, 0}: 5}}
	f.Add(appendCatalog(nil, &c))
	f.Add(appendCatalog(nil, &catalog{idMin: 1}))
	f.Add([]byte{catalogVersion, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeCatalog(b, 7)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		again := appendCatalog(nil, got)
		back, err := decodeCatalog(again, 7)
		if err != nil || !reflect.DeepEqual(back, got) {
			t.Fatalf("catalog %x re-encodes as %x, which decodes to %+v, %v", b, again, back, err)
		}
	})
}

// FuzzDecodePostings: a posting list read from disk (a recipient,
// message id or event id bucket) yields entries and then ends or fails
// with an error wrapping ErrCorrupt, never a panic; the entries read
// encode back to the bytes read.
func FuzzDecodePostings(f *testing.F) {
	at := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC).UnixNano()
	one := appendPosting([]byte{postingVersion}, &posting{hash: 42, arrival: at, src: SourceRepartition, off: 9}, false)
	two := appendPosting(appendPosting([]byte{postingVersion}, &posting{hash: 7, domain: []byte("example.org"), arrival: at, off: 1}, true),
		&posting{hash: 1 << 63, domain: []byte("b.example"), arrival: at + 1, off: 2}, true)
	f.Add(one, false)
	f.Add(two, true)
	f.Add([]byte{postingVersion}, true)
	f.Add([]byte{postingVersion, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f}, true)
	f.Add([]byte{2}, false)
	f.Fuzz(func(t *testing.T, b []byte, withDomain bool) {
		r := newPostingReader(b, withDomain)
		again := []byte{postingVersion}
		var e posting
		for r.next(&e) {
			again = appendPosting(again, &e, withDomain)
		}
		if r.err != nil {
			if !errors.Is(r.err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", r.err)
			}
			return
		}
		if string(again) != string(b) {
			t.Fatalf("posting list %x re-encodes as %x", b, again)
		}
	})
}
