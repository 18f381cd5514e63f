package consoleapi

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/silences"
	"github.com/mailflow/mailflow/sinks"
)

// The console's JSON request bodies that readJSON decodes, other than
// settings and silences (FuzzSettingsBody, silences.FuzzRequest), as the
// handlers declare them.
type (
	signInBody struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	setPasswordBody struct {
		Token    string `json:"token"`
		Password string `json:"password"`
	}
	subscriptionBody struct {
		Channels    []string               `json:"channels"`
		Transitions []directory.Transition `json:"transitions"`
	}
	webhookBody struct {
		URL string `json:"url"`
	}
	tokenBody struct {
		Name string `json:"name"`
	}
)

// bodyShapes makes a fresh value of each body; the settings and silence
// bodies are read by readJSON too, and checked here for what readJSON
// promises (not for a round trip: their fields are raw).
var bodyShapes = []func() any{
	func() any { return new(signInBody) },
	func() any { return new(setPasswordBody) },
	func() any { return new(subscriptionBody) },
	func() any { return new(webhookBody) },
	func() any { return new(tokenBody) },
	func() any { return new(settingsBody) },
	func() any { return new(silences.Request) },
}

// jsonNames are the names a body's JSON object may use: its fields'
// (encoding/json matches them in any letter case).
func jsonNames(v any) []string {
	var out []string
	t := reflect.TypeOf(v).Elem()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" {
			name = t.Field(i).Name
		}
		out = append(out, name)
	}
	return out
}

func bodyRequest(b []byte, contentType string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/console/api/x", bytes.NewReader(b))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	return r
}

// FuzzRequestBodies: a console request body, whatever its bytes, read by
// readJSON into each body the handlers declare. It is refused with a
// 400, 413 or 415 (never another error), or accepted as what readJSON
// promises: one JSON object of at most maxBody bytes with no field the
// body does not have (a typo is an error, not ignored). An accepted
// sign-in, set-password, subscription, webhook or token body encodes
// back to JSON that reads to the same body.
func FuzzRequestBodies(f *testing.F) {
	for _, s := range []string{
		`{"email":"ca1@a.example","password":"correct horse battery staple"}`,
		`{"token":"abc","password":"pw"}`,
		`{"channels":["email","webhook"],"transitions":["bad","recovered","silent"]}`,
		`{"channels":null,"transitions":[]}`,
		`{"url":"https://hooks.example.org/mailflow?token=x"}`,
		`{"name":"ci deploy"}`,
		`{"window": 40, "threshold": 0.95, "silent_after": "off"}`,
		`{"of":"a1.example","level":"domain","duration":"2h","reason":"maintenance"}`,
		`{"EMAIL":"x","Password":"y"}`, `{"name":"a","name":"b"}`, `{"name":"\ud800"}`, "{\"name\":\"a\xff\"}",
		`{"nmae":"typo"}`, `{"name":1}`, `[]`, `"x"`, ``, ` `, `{`, `{"name":"x"`, strings.Repeat(" ", maxBody) + `{}`,
	} {
		f.Add([]byte(s), "application/json")
	}
	f.Add([]byte(`{"name":"x"}`), "")
	f.Add([]byte(`{"name":"x"}`), "text/plain")
	f.Add([]byte(`{"name":"x"}`), "application/json; charset=utf-8")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		for _, shape := range bodyShapes {
			v := shape()
			err := readJSON(bodyRequest(b, contentType), v)
			if err != nil {
				var ae *apiError
				if !errors.As(err, &ae) || (ae.code != 400 && ae.code != 413 && ae.code != 415) {
					t.Fatalf("%T: %q refused with %v, not a 400, 413 or 415", v, b, err)
				}
				continue
			}
			if len(b) > maxBody {
				t.Fatalf("%T: accepted a body of %d bytes", v, len(b))
			}
			if trimmed := bytes.TrimLeft(b, " \t\r\n"); !json.Valid(b) || len(trimmed) == 0 || trimmed[0] != '{' {
				t.Fatalf("%T: accepted %q, which is not one JSON object", v, b)
			}
			var fields map[string]json.RawMessage
			if err := json.Unmarshal(b, &fields); err != nil {
				t.Fatalf("%T: accepted %q: %v", v, b, err)
			}
			for k := range fields {
				known := false
				for _, n := range jsonNames(v) {
					known = known || strings.EqualFold(k, n)
				}
				if !known {
					t.Fatalf("%T: accepted %q with the unknown field %q", v, b, k)
				}
			}
			switch v.(type) {
			case *settingsBody, *silences.Request:
				continue
			}
			again, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%T %+v does not encode: %v", v, v, err)
			}
			back := shape()
			if err := readJSON(bodyRequest(again, "application/json"), back); err != nil {
				t.Fatalf("%T: %q re-encoded as %q is refused: %v", v, b, again, err)
			}
			if !reflect.DeepEqual(v, back) {
				t.Fatalf("%T: %q reads as %+v, re-encoded as %q reads as %+v", v, b, v, again, back)
			}
		}
	})
}

// FuzzWebhookURL: the webhook URL of a manager's PUT (checkWebhookURL),
// whatever its text. An accepted URL is an http(s) URL of at most 2000
// characters with a host, no credentials, no fragment and no redaction
// placeholder; unless private webhooks are allowed its host is no
// loopback, private or special-purpose address and no localhost name.
// And the directory accepts what the console accepts: a manager with
// that URL (and a valid secret) prints as a directory file that reads
// back without a problem and with the same URL, so that config get |
// config apply works on it.
func FuzzWebhookURL(f *testing.F) {
	for _, s := range []string{
		"https://hooks.example.org/mailflow", "http://hooks.example.org:8080/x?token=abc", "https://user:pw@hooks.example.org/",
		"https://hooks.example.org/#frag", "ftp://hooks.example.org/", "https://", "https:///path", "hooks.example.org",
		"https://127.0.0.1/", "https://127.1/", "https://0x7f000001/", "https://[::1]/", "https://[::ffff:10.0.0.1]/",
		"https://localhost/", "https://a.localhost./", "https://LOCALHOST/", "https://10.0.0.1/", "https://100.64.0.1/",
		"https://192.0.2.1/", "https://8.8.8.8/", "https://[2001:db8::1]/", "https://[fe80::1%25eth0]/",
		"https://hooks.example.org/" + directory.Redacted, "https://hooks.example.org/?token=" + directory.Redacted,
		"https://xn--bcher-kva.example/", "https://bücher.example/", "https://hooks.example.org/" + strings.Repeat("a", 2000),
		" https://hooks.example.org/", "https://hooks.example.org/\x00", "https://hooks.example.org:99999/", "",
	} {
		f.Add(s, false, false)
		f.Add(s, true, false)
		f.Add(s, true, true)
	}
	secret := "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	f.Fuzz(func(t *testing.T, raw string, allowPrivate, refuseLinkLocal bool) {
		err := checkWebhookURL(raw, allowPrivate, refuseLinkLocal)
		if err != nil {
			var ae *apiError
			if !errors.As(err, &ae) || ae.code != http.StatusBadRequest {
				t.Fatalf("%q refused with %v, not a 400", raw, err)
			}
			return
		}
		u, perr := url.Parse(raw)
		if perr != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Hostname() == "" || u.User != nil || u.Fragment != "" ||
			len(raw) > 2000 || directory.HasRedactedPlaceholder(raw) {
			t.Fatalf("accepted %q (%v)", raw, perr)
		}
		if allowPrivate && refuseLinkLocal {
			host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
			if a, err := netip.ParseAddr(host); err == nil && !sinks.PublicAddr(a.Unmap()) && !a.Unmap().IsLoopback() && !a.Unmap().IsPrivate() {
				t.Fatalf("accepted %q, whose host is neither public, loopback nor private", raw)
			}
		}
		if !allowPrivate {
			host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
			if a, err := netip.ParseAddr(host); (err == nil && !sinks.PublicAddr(a)) || host == "localhost" || strings.HasSuffix(host, ".localhost") {
				t.Fatalf("accepted %q, whose host is not public", raw)
			}
		}
		if !utf8.ValidString(raw) {
			return // a directory file is UTF-8 text
		}
		file := directory.File{
			Resellers: []directory.Reseller{{ID: "r"}},
			Managers:  []directory.Manager{{ID: "m", Level: directory.LevelReseller, Of: "r", WebhookURL: raw, WebhookSecret: secret}},
		}
		out, err := file.Marshal()
		if err != nil {
			t.Fatalf("a manager with the webhook %q does not print: %v", raw, err)
		}
		back, err := directory.ParseFile(out)
		if err != nil {
			t.Fatalf("the console accepts the webhook %q, the directory file refuses it: %v\n%s", raw, err, out)
		}
		if len(back.Managers) != 1 || back.Managers[0].WebhookURL != raw {
			t.Fatalf("the webhook %q reads back from the directory file as %+v", raw, back.Managers)
		}
	})
}
