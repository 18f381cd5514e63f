package directory

import (
	"strconv"
	"strings"
	"testing"
)

// TestWebhookHostStrict: a webhook host that programs read as different
// IPv4 addresses — shorthand, hex, octal, a single number, leading zeros —
// is refused by the directory file's check with the canonical form as the
// fix (review: 127.1 and 0x7f000001 passed); canonical addresses, IPv6
// literals and names (numbers inside a label included) pass.
func TestWebhookHostStrict(t *testing.T) {
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"127.1", false},
		{"0x7f000001", false},
		{"0X7F000001", false},
		{"2130706433", false},
		{"0177.0.0.1", false},
		{"127.0.0.01", false},
		{"127.0.1", false},
		{"10.0x0.0.1", false},
		{"169.254.169.254.", true},
		{"1.2.3.4.5", false},
		{"999.1.1.1", false},
		{"hooks.example.net.0x10", false},
		{"example.123", false},
		{"127.0.0.1", true},
		{"203.0.113.7", true},
		{"[::1]", true},
		{"[::ffff:127.0.0.1]", true},
		{"hooks.example.net", true},
		{"123.example.net", true},
		{"0x.example.net", true},
		{"a1b2.example", true},
	} {
		t.Run(tc.host, func(t *testing.T) {
			file := "resellers: [{id: r}]\nmanagers:\n  - id: m\n    level: reseller\n    of: r\n    webhook_url: https://" + tc.host + ":8443/in\n" +
				"    webhook_secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n"
			_, err := ParseFile([]byte(file))
			if tc.ok {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "managers[0].webhook_url: the host") || !strings.Contains(err.Error(), "four decimal numbers") {
				t.Fatalf("accepted or unclear: %v", err)
			}
		})
	}
}

// TestRedactWebhookURL: the credentials a webhook URL carries are
// replaced, everything else kept as written; a redacted URL redacts to
// itself, and restores to the stored one only when nothing else changed.
func TestRedactWebhookURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://hooks.example.net/in", "https://hooks.example.net/in"},
		{"https://hooks.example.net/in?team=noc", "https://hooks.example.net/in?team=noc"},
		{"https://hooks.example.net/in?token=s3cret", "https://hooks.example.net/in?token=REDACTED"},
		{"https://hooks.example.net/in?Access_Token=s3cret&x=1", "https://hooks.example.net/in?Access_Token=REDACTED&x=1"},
		{"https://h.example/in?apikey=a&api_key=b&key=c&sig=d&signature=e&secret=f&password=g&pwd=h&auth=i&code=j",
			"https://h.example/in?apikey=REDACTED&api_key=REDACTED&key=REDACTED&sig=REDACTED&signature=REDACTED&secret=REDACTED&password=REDACTED&pwd=REDACTED&auth=REDACTED&code=REDACTED"},
		{"https://s3.example/b/o?X-Amz-Credential=AK%2F1&X-Amz-Signature=ff&X-Amz-Date=20300101", "https://s3.example/b/o?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&X-Amz-Date=20300101"},
		{"https://hooks.example.net/in?token=", "https://hooks.example.net/in?token="},
		{"https://user:pw@hooks.example.net/in", "https://user:REDACTED@hooks.example.net/in"},
		{"https://tok3n@hooks.example.net/in?a=1", "https://REDACTED@hooks.example.net/in?a=1"},
		{"https://hooks.example.net/p@th?token=t", "https://hooks.example.net/p@th?token=REDACTED"},
		// Secrets in the path (Slack, Discord, Teams, generic tokens);
		// names, short ids and words stay.
		{"https://hooks.slack.com/services/T0001ABCD/B0002EFGH/xYz12AbCdEf34GhIjKl56MnO", "https://hooks.slack.com/services/T0001ABCD/B0002EFGH/REDACTED"},
		{"https://discord.com/api/webhooks/112233445566778899/Ab-cD_ef12GH34ij56KL78mn90OPqr12ST34uv56WX78yz90AB12cd34EF56gh78IJ", "https://discord.com/api/webhooks/112233445566778899/REDACTED"},
		{"https://x.webhook.office.com/webhookb2/0f8fad5b-d9cb-469f-a165-70867728950e@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/4a1c2b3d4e5f60718293a4b5c6d7e8f9/1e2d3c4b-5a69-4788-9abc-def012345678",
			"https://x.webhook.office.com/webhookb2/0f8fad5b-d9cb-469f-a165-70867728950e@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/REDACTED/REDACTED"},
		{"https://hooks.example.net/t/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/in", "https://hooks.example.net/t/REDACTED/in"},
		{"https://hooks.example.net/mailflow-notifications/in", "https://hooks.example.net/mailflow-notifications/in"},
		{"https://hooks.example.net/v2/1234567890123456789", "https://hooks.example.net/v2/1234567890123456789"},
		{"https://hooks.example.net/s3cr3tT0k3nV4lu3X/in?token=t", "https://hooks.example.net/REDACTED/in?token=REDACTED"},
		// The scheme in any case (url.Parse lower-cases it; review:
		// these were left as written).
		{"HTTPS://user:s3cret@hooks.example.net/x", "HTTPS://user:REDACTED@hooks.example.net/x"},
		{"Https://tok@hooks.example.net/x", "Https://REDACTED@hooks.example.net/x"},
		{"hTTp://a:b:c@hooks.example.net", "hTTp://a:REDACTED@hooks.example.net"},
		// jwt, hmac, access; ';'-separated query parts; path parameters.
		{"https://h.example/in?jwt=eyJ0&hmac=ff&access=a1&access_key=k&AccessKeyId=AK&team=noc",
			"https://h.example/in?jwt=REDACTED&hmac=REDACTED&access=REDACTED&access_key=REDACTED&AccessKeyId=REDACTED&team=noc"},
		{"https://h.example/in?a=1;token=abc", "https://h.example/in?a=1;token=REDACTED"},
		{"https://h.example/in?token=abc;a=1&sig=x", "https://h.example/in?token=REDACTED;a=1&sig=REDACTED"},
		{"https://h.example/x;jsessionid=0123ABCD/in", "https://h.example/x;jsessionid=REDACTED/in"},
		{"https://h.example/x;v=2;token=t/in;a=b", "https://h.example/x;v=2;token=REDACTED/in;a=b"},
		// Tokens of letters only in both cases, and IFTTT's key.
		{"https://hooks.example.net/abCdEfSECRETpath/in", "https://hooks.example.net/REDACTED/in"},
		{"https://hooks.example.net/QWxhZGRpbjpvcGVuU2VzYW1l", "https://hooks.example.net/REDACTED"},
		{"https://maker.ifttt.com/trigger/mail_bounced/with/key/dA3xYz", "https://maker.ifttt.com/trigger/mail_bounced/with/key/REDACTED"},
		{"https://h.example/Key/abc/in", "https://h.example/Key/REDACTED/in"},
		{"https://h.example/key/", "https://h.example/key/"},
		{"https://hooks.example.net/in/v2/mailflow-notifications/alerts_eu_west_one/notificationsreceiver/NOTIFICATIONSRECEIVER",
			"https://hooks.example.net/in/v2/mailflow-notifications/alerts_eu_west_one/notificationsreceiver/NOTIFICATIONSRECEIVER"},
		// Zapier's catch hooks: the short key after the account number is
		// the whole credential; Telegram's bot<id>:<token> (review
		// finding: both were printed in full).
		{"https://hooks.zapier.com/hooks/catch/123456/abc9de/", "https://hooks.zapier.com/hooks/catch/123456/REDACTED/"},
		{"https://HOOKS.ZAPIER.COM/hooks/catch/123456/xyzw/?a=1", "https://HOOKS.ZAPIER.COM/hooks/catch/123456/REDACTED/?a=1"},
		{"https://hooks.zapier.com/hooks/catch/98765432/b1/", "https://hooks.zapier.com/hooks/catch/98765432/REDACTED/"},
		{"https://hooks.example.net/hooks/catch/123456/abc9de/", "https://hooks.example.net/hooks/catch/123456/abc9de/"},
		{"https://api.telegram.org/bot123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0/sendMessage", "https://api.telegram.org/REDACTED/sendMessage"},
		{"%zz", "REDACTED"},
		{"", ""},
	} {
		got := RedactWebhookURL(tc.in)
		if got != tc.want {
			t.Errorf("RedactWebhookURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := RedactWebhookURL(got); again != got {
			t.Errorf("redacting %q again gives %q", got, again)
		}
		if got != tc.in && !HasRedactedPlaceholder(got) {
			t.Errorf("HasRedactedPlaceholder(%q) = false", got)
		}
		if got == tc.in && HasRedactedPlaceholder(got) {
			t.Errorf("HasRedactedPlaceholder(%q) = true, for a URL with nothing redacted", got)
		}
		if tc.in != "" && RestoreWebhookURL(got, tc.in) != tc.in {
			t.Errorf("RestoreWebhookURL(%q, stored) does not give the stored %q", got, tc.in)
		}
	}
	if got := RestoreWebhookURL("https://other.example/in?token=REDACTED", "https://hooks.example.net/in?token=s3cret"); got != "https://other.example/in?token=REDACTED" {
		t.Errorf("a changed URL was restored to the stored one: %q", got)
	}
}

// FuzzRedactWebhookURL: any input redacts without panicking, to a value
// that redacts to itself and holds no credential the URL parser finds in
// it (a userinfo password, a token parameter).
func FuzzRedactWebhookURL(f *testing.F) {
	for _, s := range []string{"https://u:p@h.example/x?token=t&a=b", "http://h/?key=1&key=2", "https://h/?%74oken=x", "https://h/#?token=x",
		"https://hooks.slack.com/services/T1/B2/abcdEFGH1234ijklMNOP5678", "https://h/a1b2c3d4e5f6g7h8/REDACTED?x=1#frag/a1b2c3d4e5f6g7h8i9",
		"HTTPS://user:s3cret@h/x", "Https://tok@h/x?a=1;token=abc", "https://h/x;jsessionid=ab;c=d/key/k?jwt=1&hmac=2;access=3",
		"https://h/abCdEfSECRETpath/with/key/", "https://h/;=;token=/?;;&=&token"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		red := RedactWebhookURL(raw)
		if again := RedactWebhookURL(red); again != red {
			t.Fatalf("not stable: %q → %q → %q", raw, red, again)
		}
		if RestoreWebhookURL(red, raw) != raw && red != raw && RedactWebhookURL(raw) == red {
			t.Fatalf("%q does not restore to %q", red, raw)
		}
		// What redaction puts is recognised as a placeholder: a file
		// holding it is refused unless it restores.
		if red != raw && !HasRedactedPlaceholder(red) {
			t.Fatalf("%q redacts to %q, which HasRedactedPlaceholder does not recognise", raw, red)
		}
	})
}

// TestWebhookURLPortAndSpaces: a webhook URL with a port outside
// 1..65535 or not a number, or with a space or control character, was
// accepted (":99999", ":0") or refused as just "not a URL" (":abc")
// (review S24A-8); each is refused naming the port or the character.
func TestWebhookURLPortAndSpaces(t *testing.T) {
	for _, tc := range []struct {
		url, problem string // problem "" means valid
	}{
		{"https://hooks.example.net:99999/in", `the port "99999" is not a TCP port`},
		{"https://hooks.example.net:0/in", `the port "0" is not a TCP port`},
		{"https://hooks.example.net:abc/in", `the port "abc" is not a TCP port`},
		{"https://hooks.example.net:65536", `the port "65536"`},
		{"https://hooks.example.net:-1/in", `the port "-1"`},
		{"https://[2001:db8::1]:70000/in", `the port "70000"`},
		{"https://hooks.example.net/a b", "space or control character (U+0020) at byte 27"},
		{"https://hooks.example.net/in?q=a b", "(U+0020)"},
		{"https://hooks.example.net/a\tb", "(U+0009)"},
		{"https://hooks.example.net/a\u00a0b", "(U+00A0)"},
		{"https://hooks.example.net/in\x7f", "(U+007F)"},
		{"https://hooks.example.net:1/in", ""},
		{"https://hooks.example.net:65535/in", ""},
		{"https://hooks.example.net:8443/in?a=b", ""},
		{"https://[2001:db8::1]:8443/in", ""},
		{"https://[2001:db8::1]/in", ""},
		{"https://hooks.example.net/a%20b", ""},
		{"https://hooks.example.net/in?t=a:b", ""},
	} {
		t.Run(tc.url, func(t *testing.T) {
			err := CheckWebhookAddress(tc.url)
			if (err == nil) != (tc.problem == "") || err != nil && !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("CheckWebhookAddress = %v, want %q", err, tc.problem)
			}
			// The file refuses it with its path.
			file := "resellers: [{id: r}]\nmanagers:\n  - id: m\n    level: reseller\n    of: r\n    webhook_url: " + strconv.Quote(tc.url) + "\n" +
				"    webhook_secret: whsec_MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz\n"
			_, err = ParseFile([]byte(file))
			if tc.problem == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "managers[0].webhook_url: ") || !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("accepted or unclear: %v", err)
			}
		})
	}
}
