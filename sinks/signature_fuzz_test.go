package sinks

import (
	"bytes"
	"errors"
	"strconv"
	"testing"
	"time"
)

// FuzzVerifyWebhook: a received webhook's id, timestamp and signature
// headers and its body, as a receiver checks them with VerifyWebhook.
//
// As an attacker without the secret sends them: a webhook verifies only
// when id, timestamp and body are exactly those of a message signed with
// the secret (the seeds' signatures are the only ones the fuzzer can
// copy).
//
// As the sink sends them (SignWebhook on the same id, time and body,
// among whatever other signatures the header holds): it verifies exactly
// when the timestamp is within the tolerance; and then it fails with
// ErrBadSignature when any byte of the body changes, a byte is added or
// removed, the id changes, the time stamp moves by a second, or another
// secret checks it.
func FuzzVerifyWebhook(f *testing.F) {
	const (
		secret    = testSecret
		other     = "whsec_" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
		tolerance = 5 * time.Minute
	)
	now := time.Unix(1764482400, 0)
	type message struct {
		id   string
		unix int64
		body string
	}
	signed := map[message]bool{}
	sign := func(id string, offset int64, body string) string {
		s, err := SignWebhook(secret, id, time.Unix(now.Unix()+offset, 0), []byte(body))
		if err != nil {
			f.Fatal(err)
		}
		signed[message{id, now.Unix() + offset, body}] = true
		return s
	}
	body := `{"type":"domain.status_changed","data":{"domain":"example.org","status":"bad"}}`
	for _, s := range []struct {
		id     string
		offset int64
		body   string
		sigs   string
	}{
		{"msg_p5jXN8AQM9LWM0D4loKWxJek", 0, body, sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 0, body)},
		{"msg_1", 300, body, "v1,bm9wZQ== " + sign("msg_1", 300, body)},
		{"msg_1", -300, "", sign("msg_1", -300, "") + " v2,x"},
		{"msg_1", 301, body, sign("msg_1", 301, body)},
		{"msg.1", 0, "1764482400.x", sign("msg.1", 0, "1764482400.x")},
		{"", 0, "", "v1,"},
		{"msg_1", 0, body, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1"},
		{"msg_1", 0, body, "\tv1,AAAA\n v1,====, ,,"},
	} {
		f.Add(s.id, strconv.FormatInt(now.Unix()+s.offset, 10), s.sigs, []byte(s.body), uint16(0), byte(1))
	}
	for _, ts := range []string{"", "+1764482400", "01764482400", "1764482400.0", "-9223372036854775808", "9223372036854775807", "1e9"} {
		f.Add("msg_1", ts, sign("msg_1", 0, body), []byte(body), uint16(3), byte(0x80))
	}
	f.Fuzz(func(t *testing.T, id, timestamp, sigs string, body []byte, at uint16, flip byte) {
		err := VerifyWebhook(secret, id, timestamp, sigs, body, now, tolerance)
		if err == nil {
			unix, perr := strconv.ParseInt(timestamp, 10, 64)
			if perr != nil || !signed[message{id, unix, string(body)}] {
				t.Fatalf("verified a webhook nobody signed: id %q timestamp %q body %q signatures %q", id, timestamp, body, sigs)
			}
		}

		unix, perr := strconv.ParseInt(timestamp, 10, 64)
		if perr != nil || unix < now.Unix()-1<<40 || unix > now.Unix()+1<<40 {
			return
		}
		sig, err := SignWebhook(secret, id, time.Unix(unix, 0), body)
		if err != nil {
			t.Fatal(err)
		}
		header := sigs + " " + sig
		d := now.Sub(time.Unix(unix, 0))
		within := d <= tolerance && d >= -tolerance
		err = VerifyWebhook(secret, id, timestamp, header, body, now, tolerance)
		if within != (err == nil) || errors.Is(err, ErrBadSignature) {
			t.Fatalf("signed webhook %s away from now: %v (id %q body %q header %q)", d, err, id, body, header)
		}
		if !within {
			return
		}
		bad := func(what, id string, unix int64, body []byte, secret string) {
			t.Helper()
			err := VerifyWebhook(secret, id, strconv.FormatInt(unix, 10), sig, body, now, tolerance+time.Second)
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("%s: %v, want ErrBadSignature (id %q body %q)", what, err, id, body)
			}
		}
		if len(body) > 0 {
			changed := bytes.Clone(body)
			changed[int(at)%len(body)] ^= flip | 1
			bad("a changed byte of the body", id, unix, changed, secret)
			bad("the body less its last byte", id, unix, body[:len(body)-1], secret)
		}
		bad("the body with a byte more", id, unix, append(bytes.Clone(body), flip), secret)
		bad("another id", id+"x", unix, body, secret)
		if len(id) > 0 {
			b := []byte(id)
			b[int(at)%len(b)] ^= flip | 1
			bad("a changed byte of the id", string(b), unix, body, secret)
		}
		bad("a second later", id, unix+1, body, secret)
		bad("a second earlier", id, unix-1, body, secret)
		bad("another secret", id, unix, body, other)
	})
}
