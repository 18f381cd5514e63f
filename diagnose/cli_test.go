package diagnose

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestRunCLIJSON(t *testing.T) {
	long := strings.Repeat("very long text ", 20000) // ~300 KB on one line
	input := strings.Join([]string{
		`{"id":"a","response":"550 5.1.1 <x@example.org>: Recipient address rejected: User unknown","extra":{"k":[1,2]}}`,
		``,
		`{"response":"Sorry, I couldn't find any host by that name. (#4.1.2)","code":null,"enhanced":null}`,
		`not json`,
		`{"code":550}`,
		`{"response":"x","code":"abc"}`,
		`[1,2]`,
		`{"response":"554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org","category":"old","remote_host":"mx.example.net"}`,
		`{"response":"` + long + `","smtp_code":451,"enhanced_code":"4.3.0"}`,
		`{"response":"ok"} trailing`,
		`{"response":"250 ok","code":"250"}`,
	}, "\n") + "\r\n"
	var out, errOut bytes.Buffer
	res, err := RunCLI(context.Background(), strings.NewReader(input), &out, &errOut, CLIOptions{})
	bad := res.Bad
	if err != nil {
		t.Fatal(err)
	}
	if bad != 5 {
		t.Errorf("bad = %d, want 5; errors:\n%s", bad, errOut.String())
	}
	if res.PlainText != 1 {
		t.Errorf("PlainText = %d, want 1", res.PlainText)
	}
	for _, want := range []string{"line 4: not JSON but a plain response; use --text", `line 5: missing "response"`, `line 6: "code" must be an integer`, "line 7: not a JSON object", "line 10: trailing data"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("errOut lacks %q:\n%s", want, errOut.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d output lines, want 5", len(lines))
	}
	var objs []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output not JSON: %v: %.200s", err, l)
		}
		objs = append(objs, m)
	}
	if objs[0]["id"] != "a" || objs[0]["category"] != CategoryUserUnknown || objs[0]["outcome"] != OutcomeBounced {
		t.Errorf("first object: %v", objs[0])
	}
	if extra, ok := objs[0]["extra"].(map[string]any); !ok || len(extra["k"].([]any)) != 2 {
		t.Errorf("input field not kept: %v", objs[0])
	}
	if !strings.HasPrefix(lines[0], `{"id":"a","response":`) {
		t.Errorf("input key order not kept: %.60s", lines[0])
	}
	adv, ok := objs[0]["advice"].(map[string]any)
	if !ok || adv["summary"] == "" || adv["who_acts"] != WhoSender || adv["check"] == "" {
		t.Errorf("advice: %v", objs[0]["advice"])
	}
	if _, ok := objs[0]["blocklist"]; ok {
		t.Error("blocklist present without a blocklist")
	}
	if objs[1]["outcome"] != OutcomeDeferred || objs[1]["category"] != CategoryDomainNotFound || objs[1]["code"] != nil {
		t.Errorf("qmail object: %v", objs[1])
	}
	if objs[2]["category"] != CategoryBlocklisted || objs[2]["blocklist"] != "Spamhaus ZEN" || strings.Count(lines[2], `"category"`) != 1 {
		t.Errorf("blocklist object: %s", lines[2])
	}
	// The line is about carrying smtp_code/enhanced_code through a 300 KB
	// line: its category is whatever Classify says of those inputs.
	wantLong := testClassifier.Classify(Input{Code: 451, Enhanced: "4.3.0", Response: long}).Category
	if objs[3]["outcome"] != OutcomeDeferred || objs[3]["category"] != wantLong || objs[3]["smtp_code"] != float64(451) {
		t.Errorf("long line with smtp_code/enhanced_code: outcome %v category %v", objs[3]["outcome"], objs[3]["category"])
	}
	if objs[4]["outcome"] != OutcomeDelivered {
		t.Errorf("numeric string code: %v", objs[4])
	}
}

func TestRunCLIText(t *testing.T) {
	input := "421 4.7.0 Too many connections from your IP\n\nlost connection with mx[1.2.3.4] while sending MAIL FROM\nnot \xff utf8"
	var out, errOut bytes.Buffer
	res, err := RunCLI(context.Background(), strings.NewReader(input), &out, &errOut, CLIOptions{Text: true})
	bad := res.Bad
	if err != nil || bad != 0 {
		t.Fatalf("bad=%d err=%v %s", bad, err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines: %s", len(lines), out.String())
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	if m["response"] != "421 4.7.0 Too many connections from your IP" || m["category"] != CategoryRateLimited || m["outcome"] != OutcomeDeferred {
		t.Errorf("text object: %v", m)
	}
	if err := json.Unmarshal([]byte(lines[2]), &m); err != nil {
		t.Errorf("invalid UTF-8 line produced invalid JSON: %v", err)
	}
}

func TestRunCLICancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	_, err := RunCLI(ctx, strings.NewReader("550 x\n"), &out, &errOut, CLIOptions{Text: true})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRunCLIWriteError(t *testing.T) {
	_, err := RunCLI(context.Background(), strings.NewReader("550 x\n"), failWriter{}, &bytes.Buffer{}, CLIOptions{Text: true})
	if err == nil {
		t.Error("write error not reported")
	}
}

func TestRunCLITable(t *testing.T) {
	in := "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n\n" +
		"250 2.0.0 Ok: queued as 4XyZ\n" + strings.Repeat("x", 300) + "\x01\n"
	var out, errOut bytes.Buffer
	res, err := RunCLI(context.Background(), strings.NewReader(in), &out, &errOut, CLIOptions{Text: true, Table: true})
	if err != nil || res.Bad != 0 {
		t.Fatalf("RunCLI: %+v %v", res, err)
	}
	lines := strings.Split(out.String(), "\n")
	if !strings.HasPrefix(lines[0], "OUTCOME") || !strings.Contains(lines[0], "CATEGORY") || !strings.Contains(lines[0], "WHO ACTS") {
		t.Errorf("header = %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "bounced    user_unknown           sender") {
		t.Errorf("row = %q", lines[1])
	}
	if !strings.Contains(lines[2], "does not exist") || !strings.Contains(lines[3], "check: ") {
		t.Errorf("advice lines = %q %q", lines[2], lines[3])
	}
	if !strings.HasPrefix(lines[4], "delivered  delivered              -") {
		t.Errorf("delivered row = %q", lines[4])
	}
	for _, l := range lines {
		if strings.ContainsRune(l, 1) || len([]rune(l)) > 200 && strings.HasPrefix(l, "other") {
			t.Errorf("row not cleaned or clipped: %q", l)
		}
	}
	// JSON input can be shown as a table too.
	out.Reset()
	if _, err := RunCLI(context.Background(), strings.NewReader(`{"response":"452 4.2.2 Mailbox full","code":452}`+"\n"), &out, &errOut, CLIOptions{Table: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "deferred   mailbox_full") {
		t.Errorf("JSON input as table:\n%s", out.String())
	}
}

// TestOutputKeepsTerminalControlsOut: what a reply or a labelled set's id
// carries that a terminal would act on (ESC, BEL, C1's 8-bit CSI U+009B,
// a right-to-left override) reaches neither the table nor the eval
// report, and the JSON output carries it escaped, decoding to the same
// text (review S36C-N2, N3).
func TestOutputKeepsTerminalControlsOut(t *testing.T) {
	const hostile = "550 5.7.1 [203.0.113.5\x1b[2J] blocked using bl.\u009b31mevil.example [\u202e5.311.0.302]\a"
	bad := func(s string) bool {
		return strings.ContainsAny(s, "\x1b\a\u009b\u202e")
	}
	var out, errOut bytes.Buffer
	if _, err := RunCLI(context.Background(), strings.NewReader(hostile+"\n"), &out, &errOut, CLIOptions{Text: true, Table: true}); err != nil {
		t.Fatal(err)
	}
	if bad(out.String()) {
		t.Errorf("table carries terminal controls: %q", out.String())
	}
	out.Reset()
	if _, err := RunCLI(context.Background(), strings.NewReader(hostile+"\n"), &out, &errOut, CLIOptions{Text: true}); err != nil {
		t.Fatal(err)
	}
	if bad(out.String()) {
		t.Errorf("JSON output carries terminal controls unescaped: %q", out.String())
	}
	var row struct{ Response string }
	if err := json.Unmarshal(out.Bytes(), &row); err != nil || row.Response != hostile {
		t.Errorf("JSON output does not decode to the reply: %q, %v", row.Response, err)
	}
	cases, err := ReadLabelled(strings.NewReader(`{"id":"x\u001b]0;PWNED\u0007\u001b[2J","response":"550 5.1.1 user unknown","outcome":"deferred","category":"mailbox_full"}` + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := New().Evaluate(cases)
	out.Reset()
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if bad(out.String()) || !strings.Contains(out.String(), "want deferred/mailbox_full") {
		t.Errorf("eval report:\n%q", out.String())
	}
}

// TestRunCLIDetectsPlainText: plain responses piped in without --text
// are read as --text reads them when the first line is not JSON (review
// S36C-N7); a JSON input that later holds a plain line still reports it.
func TestRunCLIDetectsPlainText(t *testing.T) {
	var out, errOut bytes.Buffer
	res, err := RunCLI(context.Background(), strings.NewReader("\n550 5.1.1 user unknown\n452 4.2.2 Mailbox full\n"), &out, &errOut, CLIOptions{Detect: true})
	if err != nil || res.Bad != 0 {
		t.Fatalf("RunCLI: %+v %v (%s)", res, err, errOut.String())
	}
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 2 || !strings.Contains(lines[0], `"category":"user_unknown"`) || !strings.Contains(lines[1], `"category":"mailbox_full"`) {
		t.Errorf("plain lines detected: %q", out.String())
	}
	out.Reset()
	errOut.Reset()
	res, err = RunCLI(context.Background(), strings.NewReader(`{"response":"550 5.1.1 a"}`+"\n550 plain\n"), &out, &errOut, CLIOptions{Detect: true})
	if err != nil || res.Bad != 1 || res.PlainText != 1 || !strings.Contains(out.String(), `"category":"user_unknown"`) {
		t.Errorf("JSON then a plain line: %+v %v, out %q", res, err, out.String())
	}
}

// TestRunCLIBoundsAndChecksInput: a line longer than maxCLILine is
// reported and skipped without being kept whole, the lines around it are
// classified; a reply code outside 200-599 and a null response are
// refused; a malformed enhanced code given apart does not hide the one in
// the reply (review S36C-N4, N8).
func TestRunCLIBoundsAndChecksInput(t *testing.T) {
	long := `{"response":"550 5.1.1 x","pad":"` + strings.Repeat("A", maxCLILine+10) + `"}`
	in := strings.Join([]string{
		`{"response":"550 5.1.1 first"}`,
		long,
		`{"response":"550 5.1.1 a","code":99999}`,
		`{"response":null}`,
		`{"response":"550 5.1.1 <a@example.org>: Recipient address rejected","enhanced":"9.9.9.9.9"}`,
		`{"response":"452 4.2.2 Mailbox full","code":0}`,
	}, "\n") + "\n"
	var out, errOut bytes.Buffer
	res, err := RunCLI(context.Background(), strings.NewReader(in), &out, &errOut, CLIOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Bad != 3 {
		t.Errorf("Bad = %d, want 3 (the long line, the code, the null response):\n%s", res.Bad, errOut.String())
	}
	for _, want := range []string{"line 2: longer than", "line 3: \"code\" must be an SMTP reply code", "line 4: \"response\" must be a string"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "first") || !strings.Contains(lines[1], `"category":"user_unknown"`) || !strings.Contains(lines[2], `"category":"mailbox_full"`) {
		t.Errorf("output:\n%s", out.String())
	}
}
