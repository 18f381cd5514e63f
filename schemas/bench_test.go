package schemas

import (
	"testing"
	"time"
)

// benchEvent is a typical bounce as a transport server reports it.
var benchEvent = []byte(`{"v":1,"id":"bench-1a2b3c","message_id":"q1a2b3c","domain":"d00042.example","recipient":"user1234@d00042.example","sender":"newsletter@shop.example","attempt":1,"queued_at":"2026-11-26T00:00:01.234Z","completed_at":"2026-11-26T00:00:03.456Z","smtp_code":550,"enhanced_code":"5.1.1","response":"550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address for typos - gsmtp","remote_host":"mx1.d00042.example","remote_ip":"192.0.2.25","transport":"out-1.mail.example","size":23456,"outcome":"bounced"}`)

// benchDelivered is a typical delivery.
var benchDelivered = []byte(`{"v":1,"id":"bench-1a2b3d","message_id":"q1a2b3d","domain":"d00042.example","recipient":"user1234@d00042.example","sender":"newsletter@shop.example","attempt":1,"queued_at":"2026-11-26T00:00:01.234Z","completed_at":"2026-11-26T00:00:03.456Z","smtp_code":250,"enhanced_code":"2.0.0","response":"250 2.0.0 OK  1732622013 a640c23a62f3a-aa5b9c3e1f1si123456766b.512 - gsmtp","remote_host":"mx1.d00042.example","remote_ip":"192.0.2.25","transport":"out-1.mail.example","size":23456,"outcome":"delivered"}`)

func BenchmarkDecodeDelivered(b *testing.B) {
	b.ReportAllocs()
	var d EventDecoder
	for b.Loop() {
		if _, err := d.Decode(benchDelivered); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDeliveryEvent(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeDeliveryEvent(benchEvent); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeDeliveryEventAliased(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeDeliveryEventAliased(benchEvent); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTime(b *testing.B) {
	for b.Loop() {
		if _, err := time.Parse(time.RFC3339Nano, "2026-11-26T00:00:03.456Z"); err != nil {
			b.Fatal(err)
		}
	}
}
