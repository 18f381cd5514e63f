package state

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// checkLiveChunk encodes attempts to domain as a chunk and decodes it
// again, checks that every attempt comes back as it was, and that every
// truncation of the value fails to decode.
func checkLiveChunk(domain string, entries ...LiveEntry) error {
	var buf []byte
	atts := make([]LiveAttempt, len(entries))
	for i := range entries {
		entries[i].Seq = 40 + uint64(i)
		buf, atts[i] = EncodeLiveAttempt(buf, domain, &entries[i])
	}
	v := AppendLiveChunk(nil, 40, atts)
	if n := LiveChunkSize(40, atts); n != len(v) {
		return fmt.Errorf("LiveChunkSize %d, chunk of %d bytes", n, len(v))
	}
	got, err := DecodeLiveChunk(nil, domain, v)
	if err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	if !reflect.DeepEqual(got, entries) {
		return fmt.Errorf("round trip:\n got %+v\nwant %+v", got, entries)
	}
	for cut := range len(v) {
		if _, err := DecodeLiveChunk(nil, domain, v[:cut]); err == nil {
			return fmt.Errorf("chunk cut to %d of %d bytes decoded without error", cut, len(v))
		}
	}
	if _, err := DecodeLiveChunk(nil, domain, append(v, 0)); err == nil {
		return fmt.Errorf("chunk with a trailing byte decoded without error")
	}
	return nil
}

func TestLiveChunk(t *testing.T) {
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	base := LiveEntry{EventID: "e1", MessageID: "<m1@shop.example>", CompletedAt: at, Recipient: "ann@example.com",
		Sender: "news@shop.example", Outcome: schemas.OutcomeDelivered, Category: schemas.CategoryDelivered, SMTPCode: 250,
		Enhanced: "2.0.0", Response: "250 2.0.0 OK queued", RemoteHost: "mx1.example.com", RemoteIP: "192.0.2.25", DelayMillis: 900}
	with := func(f func(e *LiveEntry)) LiveEntry {
		e := base
		f(&e)
		return e
	}
	for _, tc := range []struct {
		name    string
		entries []LiveEntry
	}{
		{"one", []LiveEntry{base}},
		{"same server and sender", []LiveEntry{base, with(func(e *LiveEntry) { e.EventID = "e2"; e.Recipient = "bob@example.com" }), with(func(e *LiveEntry) { e.EventID = "e3" })}},
		{"other server between", []LiveEntry{base, with(func(e *LiveEntry) { e.RemoteHost = "mx2.example.com" }), base}},
		{"other sender", []LiveEntry{base, with(func(e *LiveEntry) { e.Sender = "" })}},
		{"recipient elsewhere", []LiveEntry{with(func(e *LiveEntry) { e.Recipient = "ann@EXAMPLE.com" }), with(func(e *LiveEntry) { e.Recipient = "@example.com" }),
			with(func(e *LiveEntry) { e.Recipient = "ann@sub.example.com.evil" }), with(func(e *LiveEntry) { e.Recipient = "" })}},
		{"enhanced code", []LiveEntry{
			with(func(e *LiveEntry) {
				e.SMTPCode, e.Enhanced, e.Response = 550, "5.1.1", "550-5.1.1 The email account does not exist"
			}),
			with(func(e *LiveEntry) { e.Enhanced, e.Response = "5.7.1", "550 5.1.1 no such user" }),
			with(func(e *LiveEntry) { e.Enhanced, e.Response = "", "250 ok" }),
			with(func(e *LiveEntry) { e.Enhanced, e.Response = "2.0.0", "2.0.0" }),
			with(func(e *LiveEntry) { e.Enhanced, e.Response = "2.0.0", "250 2.0.0" }),
			with(func(e *LiveEntry) { e.SMTPCode, e.Enhanced, e.Response = 0, "", "" }),
		}},
		{"local failure", []LiveEntry{with(func(e *LiveEntry) {
			e.Outcome, e.Category, e.SMTPCode, e.Enhanced, e.Response, e.RemoteHost, e.RemoteIP, e.DelayMillis =
				schemas.OutcomeDeferred, schemas.CategoryDomainNotFound, 0, "", "Host or domain name not found", "", "", 0
		})}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkLiveChunk("example.com", tc.entries...); err != nil {
				t.Fatal(err)
			}
		})
	}

	// Leaving out what repeats makes a chunk of a domain's usual traffic
	// much smaller than its attempts encoded whole.
	var whole, buf []byte
	var atts []LiveAttempt
	for i := range 10 {
		e := with(func(e *LiveEntry) {
			e.EventID = fmt.Sprintf("e%d", i)
			e.Recipient = fmt.Sprintf("user%d@example.com", i)
		})
		whole = appendString(whole, e.EventID+e.MessageID+e.Recipient+e.Sender+e.Enhanced+e.Response+e.RemoteHost+e.RemoteIP)
		var a LiveAttempt
		buf, a = EncodeLiveAttempt(buf, "example.com", &e)
		atts = append(atts, a)
	}
	if n := len(AppendLiveChunk(nil, 1, atts)); n > len(whole)*2/3 {
		t.Errorf("chunk of 10 attempts: %d bytes, their strings alone %d", n, len(whole))
	}
}
