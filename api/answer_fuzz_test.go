package api

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"testing"
)

// signedAnswerKey is what an answer's signature covers.
type signedAnswerKey struct {
	code              int
	ctype, retry, sum string
}

// FuzzCheckAnswer: the answer of an owner to a forwarded request, as the
// forwarding instance reads it off the wire (http.ReadResponse, then
// checkAnswer). Whatever the bytes, it is accepted only when its status,
// content type, Retry-After and body are exactly those of an answer
// signed with the secret for this request's nonce (the seeds are the only
// ones: a changed status, type, Retry-After or body byte must fail); a
// stream's answer only with the stream's signature.
func FuzzCheckAnswer(f *testing.F) {
	a := fuzzAuth()
	signed := map[signedAnswerKey]bool{}
	answer := func(nonce string, code int, ctype, retry, body string, stream bool) []byte {
		sum := bodySum([]byte(body))
		if stream {
			sum = streamBody
		}
		if nonce == fuzzNonce {
			signed[signedAnswerKey{code, ctype, retry, sum}] = true
		}
		var hdr bytes.Buffer
		fmt.Fprintf(&hdr, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n", code, http.StatusText(code), ctype)
		if retry != "" {
			fmt.Fprintf(&hdr, "Retry-After: %s\r\n", retry)
		}
		fmt.Fprintf(&hdr, "%s: %s\r\nContent-Length: %d\r\n\r\n%s", HeaderSignature, a.answerMAC(nonce, code, ctype, retry, sum), len(body), body)
		return hdr.Bytes()
	}
	for _, s := range [][]byte{
		answer(fuzzNonce, 200, "application/json", "", `{"domain":"example.org","status":"good"}`, false),
		answer(fuzzNonce, 503, "application/json", "1", `{"error":"unavailable","retryable":true}`, false),
		answer(fuzzNonce, 404, "application/json", "", `{"error":"no such domain in your scope"}`, false),
		answer(fuzzNonce, 200, "text/csv", "", "arrival,event_id\n", false),
		answer(fuzzNonce, 200, "text/event-stream", "", "", true),
		answer("another-nonce-0123456", 200, "application/json", "", `{}`, false),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(raw)), nil)
		if err != nil {
			return
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxForwardedBody))
		if err != nil {
			return
		}
		got := signedAnswerKey{resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Retry-After"), bodySum(body)}
		if a.checkAnswer(resp, fuzzNonce, got.sum) == nil && !signed[got] {
			t.Fatalf("accepted an answer nobody signed: %+v\n%q", got, raw)
		}
		got.sum = streamBody
		if a.checkAnswer(resp, fuzzNonce, streamBody) == nil && !signed[got] {
			t.Fatalf("accepted a stream nobody signed: %+v\n%q", got, raw)
		}
	})
}
