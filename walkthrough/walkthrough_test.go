//go:build walkthrough

package walkthrough

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/internal/logbuf"
	"github.com/mailflow/mailflow/schemas"
)

// readme is the README, read once per test.
func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fence is one fenced code block of a Markdown text.
type fence struct{ lang, body string }

// fences returns md's fenced code blocks in order, each with its info
// string (sh, json, or empty).
func fences(md string) []fence {
	var out []fence
	var cur *fence
	var body strings.Builder
	for _, line := range strings.Split(md, "\n") {
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			cur = &fence{lang: strings.TrimSpace(strings.TrimPrefix(line, "```"))}
			body.Reset()
		case cur != nil && strings.TrimSpace(line) == "```":
			cur.body = body.String()
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			body.WriteString(line + "\n")
		}
	}
	return out
}

// codeBlocks returns the bodies of the fenced code blocks of md with the
// given info string (sh, json; "" for plain blocks).
func codeBlocks(md, lang string) []string {
	var out []string
	for _, f := range fences(md) {
		if f.lang == lang {
			out = append(out, f.body)
		}
	}
	return out
}

// statusSample returns the README's sample of `mailflow status` output:
// the plain block that starts with the demo's domain.
func statusSample(md string) string {
	for _, b := range codeBlocks(md, "") {
		if strings.HasPrefix(b, "woodgrove.example  ") {
			return b
		}
	}
	return ""
}

var (
	// statusHeadline is the first line of `mailflow status` for a Bad domain.
	statusHeadline = regexp.MustCompile(`^woodgrove\.example  BAD since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ \([^)]+ ago\)$`)
	// statusLabel is a labelled line of `mailflow status`.
	statusLabel = regexp.MustCompile(`(?m)^  ([a-z][a-z ()]*?[a-z)])(?:  |:$| [a-z-]+, reseller )`)
)

// statusLabels returns the labels of a `mailflow status` output's lines.
func statusLabels(out string) []string {
	var labels []string
	for _, m := range statusLabel.FindAllStringSubmatch(out, -1) {
		labels = append(labels, m[1])
	}
	return labels
}

// shCommands returns the mailflow commands of md's sh blocks, each without
// what precedes the command (`go run ./cmd/mailflow`, `mailflow`, variable
// assignments), without a trailing `&` and without trailing comments.
func shCommands(md string) [][]string {
	var out [][]string
	for _, block := range codeBlocks(md, "sh") {
		for _, line := range strings.Split(block, "\n") {
			line, _, _ = strings.Cut(line, " #")
			f := shellFields(line) // as a shell splits it: a quoted reply is one argument
		words:
			for i := range f {
				var rest []string
				switch {
				case f[i] == "mailflow":
					rest = f[i+1:]
				case f[i] == "go" && i+2 < len(f) && f[i+1] == "run" && f[i+2] == "./cmd/mailflow":
					rest = f[i+3:]
				default:
					continue
				}
				if k := len(rest); k > 0 && rest[k-1] == "&" {
					rest = rest[:k-1]
				}
				if len(rest) > 0 {
					out = append(out, rest)
				}
				break words
			}
		}
	}
	return out
}

// quickStart returns the mailflow commands of the README's sh blocks before
// "## What it does": the ones a newcomer runs first.
func quickStart(md string) [][]string {
	head, _, _ := strings.Cut(md, "\n## What it does")
	return shCommands(head)
}

// goInstall returns the `go install` command of the README's quick start.
func goInstall(md string) []string {
	head, _, _ := strings.Cut(md, "\n## What it does")
	for _, block := range codeBlocks(head, "sh") {
		for _, line := range strings.Split(block, "\n") {
			line, _, _ = strings.Cut(line, " #")
			if f := strings.Fields(line); len(f) > 2 && f[0] == "go" && f[1] == "install" {
				return f
			}
		}
	}
	return nil
}

// inlineCommand returns the arguments of md's first inline code span that
// is a mailflow command named name (`mailflow produce --file x`).
func inlineCommand(md, name string) []string {
	m := regexp.MustCompile("`mailflow (" + regexp.QuoteMeta(name) + "( [^`]*)?)`").FindStringSubmatch(md)
	if m == nil {
		return nil
	}
	return strings.Fields(m[1])
}

var commandWord = regexp.MustCompile(`^[a-z][a-z-]*$`)

// commandPath is the command ("status", "config apply") that args start
// with: their leading lower-case words.
func commandPath(args []string) string {
	var path []string
	for _, w := range args {
		if !commandWord.MatchString(w) {
			break
		}
		path = append(path, w)
	}
	return strings.Join(path, " ")
}

// placeholder is a word a reader replaces (FILE, MESSAGE_ID).
var placeholder = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

func hasPlaceholder(args []string) bool {
	for _, a := range args {
		if placeholder.MatchString(a) {
			return true
		}
	}
	return false
}

// documentedCommands returns the command paths ("dev", "config apply") of
// the README's Commands table and of every mailflow command in its sh
// blocks.
func documentedCommands(md string) []string {
	_, table, _ := strings.Cut(md, "\n## Commands")
	table, _, _ = strings.Cut(table, "\n## ")
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	var rows strings.Builder
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "| `mailflow ") {
			first, _, _ := strings.Cut(strings.TrimPrefix(line, "| "), " | ")
			rows.WriteString(first + "\n")
		}
	}
	for _, m := range regexp.MustCompile("`mailflow ([^`]*)`").FindAllStringSubmatch(rows.String(), -1) {
		add(commandPath(strings.Fields(m[1])))
	}
	for _, c := range shCommands(md) {
		add(commandPath(c))
	}
	return out
}

// helpExamples returns the example lines of a command's --help output,
// each without its comment.
func helpExamples(help string) []string {
	_, ex, ok := strings.Cut(help, "\nexamples:\n")
	if !ok {
		return nil
	}
	ex, _, _ = strings.Cut(ex, "\n\n")
	var out []string
	for _, line := range strings.Split(ex, "\n") {
		line, _, _ = strings.Cut(strings.TrimSpace(line), " #")
		if strings.HasPrefix(line, "mailflow ") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// runnableExample returns the arguments of a --help example the walkthrough
// can run against `mailflow dev` from the repository's root: one that asks
// (status, logs, config, diagnose) rather than serves, names no placeholder
// and reads no file from stdin. Output meant for a file (`> FILE`) goes to
// the test instead.
func runnableExample(ex string) ([]string, bool) {
	ex, _, _ = strings.Cut(ex, " >")
	if strings.ContainsAny(ex, "<|") {
		return nil, false
	}
	f := shellFields(ex)[1:]
	if len(f) == 0 || hasPlaceholder(f) {
		return nil, false
	}
	switch f[0] {
	case "status", "logs", "config", "diagnose":
		return f, true
	}
	return nil, false
}

// shellFields splits an example's command line into arguments as a shell
// would for the examples' quoting: on blanks, but not inside a pair of
// single or double quotes, which it drops.
func shellFields(line string) []string {
	var out []string
	var cur strings.Builder
	quote, in := byte(0), false
	for i := 0; i < len(line); i++ {
		switch b := line[i]; {
		case quote != 0 && b == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(b)
		case b == '\'' || b == '"':
			quote, in = b, true
		case b == ' ' || b == '\t':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(b)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}

func TestREADMEParsing(t *testing.T) {
	md := readme(t)
	got := map[string]bool{}
	for _, c := range quickStart(md) {
		got[strings.Join(c, " ")] = true
	}
	for _, want := range []string{"dev --demo", "status woodgrove.example", "status woodgrove.example --api http://127.0.0.1:8080 --json", "config get"} {
		if !got[want] {
			t.Errorf("the README's quick start lacks `mailflow %s`; it has %v", want, got)
		}
	}
	if goInstall(md) == nil {
		t.Error("the README's quick start has no `go install` line")
	}
	_, producers, _ := strings.Cut(md, "\n## For producer authors")
	if got := strings.Join(inlineCommand(producers, "produce"), " "); !strings.Contains(got, "--file ") {
		t.Errorf("the producer authors' replay command is %q", got)
	}
	if got := inlineCommand("see `mailflow produce --file x.jsonl` and `mailflow status`", "status"); !reflect.DeepEqual(got, []string{"status"}) {
		t.Errorf("inlineCommand: %q", got)
	}
	cmds := strings.Join(documentedCommands(md), ",")
	for _, want := range []string{"dev", "run", "broker", "status", "config apply", "config get", "config audit", "ingest postfix", "diagnose", "account set-password-link", "bench restore"} {
		if !strings.Contains(","+cmds+",", ","+want+",") {
			t.Errorf("documented commands %q lack %q", cmds, want)
		}
	}
}

func TestStatusSample(t *testing.T) {
	md := readme(t)
	sample := statusSample(md)
	if sample == "" {
		t.Fatal("the README has no sample of mailflow status's output")
	}
	want := []string{"customer", "success rate", "delivery delay", "delayed", "silent", "last response", "top failures", "recent attempts (newest first)"}
	if got := statusLabels(sample); !reflect.DeepEqual(got, want) {
		t.Errorf("the sample's labels %q, want %q", got, want)
	}
	if !statusHeadline.MatchString(strings.SplitN(sample, "\n", 2)[0]) {
		t.Errorf("the sample's headline does not match %s", statusHeadline)
	}
	// Fences pair up: a plain block after a sh block is found as plain.
	if got := fences("```sh\na\n```\n\ntext\n\n```\nb\n```\n"); !reflect.DeepEqual(got, []fence{{"sh", "a\n"}, {"", "b\n"}}) {
		t.Errorf("fences: %q", got)
	}
}

func TestShCommands(t *testing.T) {
	md := "text\n```sh\n" + strings.Join([]string{
		"go run ./cmd/mailflow dev --demo",
		"go install github.com/mailflow/mailflow/cmd/mailflow@latest",
		"mailflow status woodgrove.example --json   # as JSON",
		"MAILFLOW_API_TOKEN=$TOKEN go run ./cmd/mailflow status example.org",
		"go run ./cmd/mailflow run --brokers 127.0.0.1:9092 --instance-id one &",
		`printf %s "$TOKEN" | sha256sum     # the manager's api_token_sha256`,
		"./test.sh",
	}, "\n") + "\n```\n```json\n{\"mailflow\": 1}\n```\n"
	want := [][]string{
		{"dev", "--demo"},
		{"status", "woodgrove.example", "--json"},
		{"status", "example.org"},
		{"run", "--brokers", "127.0.0.1:9092", "--instance-id", "one"},
	}
	if got := shCommands(md); !reflect.DeepEqual(got, want) {
		t.Errorf("shCommands:\n got %q\nwant %q", got, want)
	}
	for args, want := range map[string]string{
		"config apply -f x.yaml": "config apply", "status woodgrove.example --json": "status",
		"bench restore": "bench restore", "--help": "", "account set-password-link --manager m": "account set-password-link",
	} {
		if got := commandPath(strings.Fields(args)); got != want {
			t.Errorf("commandPath(%q) = %q, want %q", args, got, want)
		}
	}
}

func TestHelpExamples(t *testing.T) {
	help := "usage: mailflow config get\n\nexamples:\n  mailflow config get > directory.yaml\n  mailflow diagnose --text < responses.txt     # one a line\n" +
		"  mailflow logs d.example --timeline MESSAGE_ID\n  mailflow run --brokers b:9092\n  mailflow status d.example --json   # JSON\n\nflags:\n  mailflow not-an-example\n"
	got := helpExamples(help)
	want := []string{"mailflow config get > directory.yaml", "mailflow diagnose --text < responses.txt", "mailflow logs d.example --timeline MESSAGE_ID", "mailflow run --brokers b:9092", "mailflow status d.example --json"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("helpExamples:\n got %q\nwant %q", got, want)
	}
	if got, want := shellFields(`mailflow diagnose '550 5.7.1 not a "virus"' "a b" c`), []string{"mailflow", "diagnose", `550 5.7.1 not a "virus"`, "a b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("shellFields: got %q, want %q", got, want)
	}
	var runnable []string
	for _, ex := range got {
		if args, ok := runnableExample(ex); ok {
			runnable = append(runnable, strings.Join(args, " "))
		}
	}
	if want := []string{"config get", "status d.example --json"}; !reflect.DeepEqual(runnable, want) {
		t.Errorf("runnable examples %q, want %q", runnable, want)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// lockedBuffer is the logger output the server under test writes while
// the test reads it.
type lockedBuffer = logbuf.Buffer

// newcomer runs README commands with the test's environment.
type newcomer struct {
	t           *testing.T
	ctx         context.Context
	bin, dir    string
	env         []string
	http, kafka string
}

// args turns a README command into the test's: the README's addresses
// become the test's.
func (n *newcomer) args(cmd []string) []string {
	r := strings.NewReplacer("127.0.0.1:8080", n.http, "127.0.0.1:9092", n.kafka)
	out := make([]string, len(cmd))
	for i, a := range cmd {
		out[i] = r.Replace(a)
	}
	return out
}

type result struct {
	code           int
	stdout, stderr string
}

func (n *newcomer) run(cmd ...string) result {
	n.t.Helper()
	return n.runIn(n.dir, "", cmd...)
}

// runIn runs a command in dir with stdin.
func (n *newcomer) runIn(dir, stdin string, cmd ...string) result {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(n.ctx, 30*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, n.bin, n.args(cmd)...)
	c.Dir, c.Env = dir, n.env
	c.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	err := c.Run()
	code := 0
	if err != nil {
		code = -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
	}
	return result{code, stdout.String(), stderr.String()}
}

// waitStatus runs `mailflow status woodgrove.example` (the README's first
// form) until its headline says want.
func (n *newcomer) waitStatus(cmd []string, want string, within time.Duration) result {
	n.t.Helper()
	deadline := time.Now().Add(within)
	var r result
	for time.Now().Before(deadline) {
		if r = n.run(cmd...); r.code == 0 && strings.HasPrefix(r.stdout, "woodgrove.example  "+want) {
			return r
		}
		time.Sleep(250 * time.Millisecond)
	}
	n.t.Fatalf("mailflow %s never said %s within %v; last (exit %d):\n%s%s", strings.Join(cmd, " "), want, within, r.code, r.stdout, r.stderr)
	return r
}

func screenshotDir(t *testing.T) string {
	dir := os.Getenv("MAILFLOW_SCREENSHOT_DIR")
	if dir == "" {
		dir = "/tmp/mailflow-walkthrough"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func shoot(t *testing.T, tab context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(screenshotDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func waitJS(t *testing.T, tab context.Context, within time.Duration, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			body, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
			t.Fatalf("%s: not true within %v (%s; err %v); the page shows:\n%s", what, within, expr, err, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// tryJS says whether expr became true within the time given.
func tryJS(tab context.Context, within time.Duration, expr string) bool {
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](expr)); err == nil && ok {
			return true
		}
	}
	return false
}

// getJSON GETs url and decodes a 200 answer into v; it returns the status
// code and the body.
func getJSON(t *testing.T, url string, v any) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(b, v); err != nil {
			t.Errorf("GET %s: %v\n%s", url, err, b)
		}
	}
	return resp.StatusCode, string(b)
}

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("the walkthrough needs Chromium (apt-get install chromium)")
	return ""
}

func TestNewcomer(t *testing.T) {
	// TestNewcomer and TestNewcomerLogs each have a directory, ports, a
	// mailflow dev and a Chromium of their own, and spend most of their time
	// waiting for the demo: side by side they take the longer one's time.
	t.Parallel()
	exe := chromium(t)
	md := readme(t)
	start := time.Now()

	// Install the binary with the README's own `go install` line (GOBIN
	// pointing at the test's directory; from a cold cache this is the first
	// go run's few minutes).
	dir := t.TempDir()
	bin := filepath.Join(dir, "mailflow")
	install := goInstall(md)
	if install == nil {
		t.Fatal("the README's quick start has no `go install` line")
	}
	bctx, bcancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer bcancel()
	build := exec.CommandContext(bctx, install[0], install[1:]...)
	build.Dir, build.Env = "..", append(os.Environ(), "GOBIN="+dir)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(install, " "), err, out)
	}
	t.Logf("built in %v", time.Since(start).Round(time.Second))
	start = time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	n := &newcomer{t: t, ctx: ctx, bin: bin, dir: dir, http: freeAddr(t), kafka: freeAddr(t)}
	n.env = append(os.Environ(),
		"MAILFLOW_HTTP="+n.http, "MAILFLOW_KAFKA="+n.kafka, "MAILFLOW_DATA_DIR="+filepath.Join(dir, "mailflow-data"),
		"MAILFLOW_API=http://"+n.http, "MAILFLOW_BROKERS="+n.kafka, "MAILFLOW_DEMO_CYCLE=30s")

	var dev, status, statusJSON, configGet []string
	for _, c := range quickStart(md) {
		switch s := strings.Join(c, " "); {
		case s == "dev --demo":
			dev = c
		case s == "status woodgrove.example":
			status = c
		case strings.HasPrefix(s, "status woodgrove.example ") && strings.Contains(s, "--json"):
			statusJSON = c
		case s == "config get":
			configGet = c
		}
	}
	if dev == nil || status == nil || statusJSON == nil || configGet == nil {
		t.Fatalf("the README's quick start lacks a command the newcomer needs: %q", quickStart(md))
	}

	// mailflow dev --demo, as the README says.
	devCmd := exec.Command(bin, n.args(dev)...)
	devCmd.Dir, devCmd.Env = dir, n.env
	var devOut lockedBuffer
	devCmd.Stdout, devCmd.Stderr = &devOut, &devOut
	if err := devCmd.Start(); err != nil {
		t.Fatal(err)
	}
	devDone := make(chan error, 1)
	go func() { devDone <- devCmd.Wait() }()
	stopped := false
	stopDev := func() error {
		if stopped {
			return nil
		}
		stopped = true
		_ = devCmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-devDone:
			return err
		case <-time.After(20 * time.Second):
			_ = devCmd.Process.Kill()
			return fmt.Errorf("mailflow dev did not stop within 20 s of SIGTERM")
		}
	}
	defer func() {
		_ = stopDev()
		if t.Failed() {
			t.Logf("mailflow dev's output:\n%s", tail(devOut.String(), 80))
		}
	}()
	for !strings.Contains(devOut.String(), "mailflow dev is up") {
		select {
		case err := <-devDone:
			t.Fatalf("mailflow dev exited: %v\n%s", err, devOut.String())
		case <-ctx.Done():
			t.Fatalf("mailflow dev never came up:\n%s", devOut.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	base := "http://" + n.http
	if !strings.Contains(devOut.String(), base+"/sent") {
		t.Errorf("dev's banner does not name the Sent notifications page %s/sent:\n%s", base, devOut.String())
	}

	// A person watching opens the domain's page and the overview before the
	// domain goes Bad; both update by themselves. (Opened after the Bad,
	// a slow browser on a loaded machine could miss the few seconds it
	// lasts in a 30 s demo cycle.)
	tab := browser(t, ctx, exe)
	overview, closeOverview := chromedp.NewContext(tab)
	defer closeOverview()
	for _, page := range []struct {
		tab context.Context
		url string
	}{{tab, base + "/domains/woodgrove.example"}, {overview, base + "/"}} {
		if _, err := chromedp.Run(page.tab, chromedp.Navigate(page.url)); err != nil {
			t.Fatalf("open %s: %v", page.url, err)
		}
	}

	// The demo's domain goes Bad within the first cycle.
	bad := n.waitStatus(status, "BAD", 60*time.Second)
	t.Logf("woodgrove.example Bad after %v", time.Since(start).Round(time.Second))
	// On a loaded machine the demo's first cycle may turn the domain Bad
	// before its window holds 25 attempts, and status then reads
	// "failures so far" where a full window's "success rate" stands
	// (status.go; CI failed so on 092ea0d at a load of 23). The README
	// shows a full window: wait for one while the domain stays Bad.
	if !strings.Contains(bad.stdout, "  success rate") {
		for deadline := time.Now().Add(30 * time.Second); !strings.Contains(bad.stdout, "  success rate") && time.Now().Before(deadline); {
			time.Sleep(250 * time.Millisecond)
			if r := n.run(status...); r.code == 0 && strings.HasPrefix(r.stdout, "woodgrove.example  BAD") {
				bad = r
			}
		}
		t.Logf("its window full after %v", time.Since(start).Round(time.Second))
	}
	// It reads like the README's sample.
	sample := statusSample(md)
	if first, _, _ := strings.Cut(bad.stdout, "\n"); !statusHeadline.MatchString(first) {
		t.Errorf("mailflow status's headline %q is not of the form %s", first, statusHeadline)
	}
	if first, _, _ := strings.Cut(sample, "\n"); !statusHeadline.MatchString(first) {
		t.Errorf("the README's sample headline %q is not of the form %s", first, statusHeadline)
	}
	got, want := statusLabels(bad.stdout), statusLabels(sample)
	if !slices.Contains(want, "last failure") {
		// status prints "last failure" only when the last attempt was
		// delivered while the window holds failures (lastDelivered): which
		// attempt came last at the moment of the query is the demo's luck.
		// (One run in nine failed on it since session 36.)
		got = slices.DeleteFunc(got, func(l string) bool { return l == "last failure" })
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mailflow status's lines %q differ from the README's sample's %q:\n%s", got, want, bad.stdout)
	}
	for _, want := range []string{"customer woodgrove-bank, reseller northwind-partners", "success rate", "top failures", "recent attempts (newest first):"} {
		if !strings.Contains(bad.stdout, want) {
			t.Errorf("mailflow status lacks %q:\n%s", want, bad.stdout)
		}
	}
	waitJS(t, tab, 15*time.Second, "the Bad domain's page", `document.querySelector("#d-status").textContent.trim() === "bad" && document.querySelectorAll("#live tbody tr[data-seq]").length > 0`)
	shoot(t, tab, "bad-domain.png")
	// The overview lists it among the Bad domains at its next refresh
	// (every 5 s), unless it recovered first.
	if !tryJS(overview, 12*time.Second, `Array.from(document.querySelectorAll("#bad tbody a")).some((a) => a.textContent === "woodgrove.example") && document.querySelectorAll("#all tbody a").length === 12`) {
		t.Logf("woodgrove.example recovered before the overview's refresh showed it Bad; the overview's screenshot shows it Good")
	}
	waitJS(t, overview, 10*time.Second, "the overview with every demo domain", `document.querySelectorAll("#all tbody a").length === 12`)
	shoot(t, overview, "overview.png")
	closeOverview()

	js := n.run(statusJSON...)
	var st struct {
		Domain string `json:"domain"`
		Status string `json:"status"`
	}
	if js.code != 0 || json.Unmarshal([]byte(js.stdout), &st) != nil || st.Domain != "woodgrove.example" || st.Status == "" {
		t.Errorf("mailflow %s: exit %d\n%s%s", strings.Join(statusJSON, " "), js.code, js.stdout, js.stderr)
	}

	// The list endpoint: Bad domains when status is absent, status in any
	// letter case, unknown accepted (README, HTTP API).
	for _, q := range []struct{ query, only string }{{"", "bad"}, {"?status=BAD", "bad"}, {"?status=Good", "good"}, {"?status=unknown", "unknown"}, {"?status=all&limit=5", ""}} {
		var page struct {
			Domains []struct{ Domain, Status string }
		}
		code, body := getJSON(t, base+"/api/v1/domains"+q.query, &page)
		if code != http.StatusOK {
			t.Errorf("GET /api/v1/domains%s: %d %s", q.query, code, body)
			continue
		}
		for _, d := range page.Domains {
			if q.only != "" && d.Status != q.only {
				t.Errorf("GET /api/v1/domains%s lists %s, which is %s", q.query, d.Domain, d.Status)
			}
		}
	}

	// It recovers, and the managers were told both times.
	n.waitStatus(status, "GOOD", 60*time.Second)
	t.Logf("woodgrove.example recovered after %v", time.Since(start).Round(time.Second))
	if _, err := chromedp.Run(tab, chromedp.Navigate(base+"/sent")); err != nil {
		t.Fatal(err)
	}
	// The recovery mail names the Bad mail (In-Reply-To), and the page
	// links the two.
	waitJS(t, tab, 20*time.Second, "the Bad mail and the threaded recovery mail on Sent notifications", `(() => {
		const mails = Array.from(document.querySelectorAll('#sent li[data-kind="email"]'));
		const rec = mails.find((li) => li.querySelector("h2").textContent.includes("RECOVERED: woodgrove.example") && li.querySelector(".thread a"));
		if (!rec) return false;
		const parent = document.querySelector(rec.querySelector(".thread a").getAttribute("href"));
		return Boolean(parent && parent.querySelector("h2").textContent.includes("BAD: woodgrove.example")
			&& rec.querySelector("pre.body").textContent.includes("woodgrove.example"));
	})()`)
	sent, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector("#sent").innerText`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sent, "[object ") {
		t.Errorf("Sent notifications shows an unrendered object:\n%s", sent)
	}
	for _, want := range []string{"noc@northwind-partners.example", "it@woodgrove-bank.example", "postmaster@woodgrove.example", "WEBHOOK", "/catcher/webhook/northwind-noc", "In-Reply-To", "Webhook-Signature", `"type": "domain.bad"`,
		"✓ signature verified", "Signature verified: signed with manager northwind-noc's webhook secret"} {
		if !strings.Contains(sent, want) {
			t.Errorf("Sent notifications lacks %q", want)
		}
	}
	if tryJS(tab, time.Second, `document.querySelector('#sent li[data-kind="webhook"].sig-failed') !== null`) {
		t.Error("Sent notifications marks one of the sink's own webhooks as not verified")
	}
	// A webhook nobody signed, posted to the demo manager's URL: marked
	// as one a receiver must refuse.
	forged, err := http.Post(base+"/catcher/webhook/northwind-noc", "application/json", strings.NewReader(`{"type":"domain.bad","data":{"domain":"forged.example"}}`))
	if err != nil {
		t.Fatal(err)
	}
	forged.Body.Close()
	waitJS(t, tab, 10*time.Second, "the unsigned webhook marked on Sent notifications", `Array.from(document.querySelectorAll('#sent li[data-kind="webhook"].sig-failed')).some((li) =>
		li.dataset.signature === 'unsigned' && li.innerText.includes('✗ unsigned') && li.innerText.includes('a receiver must refuse') && li.innerText.includes('forged.example'))`)
	shoot(t, tab, "sent-notifications.png")

	// A page-capture tool finishes on every page (README: "Page-capture
	// tools finish on every page"), the live domain page included.
	for _, page := range []struct{ name, path string }{
		{"capture-tool.png", "/domains/woodgrove.example"}, {"capture-tool-overview.png", "/"}, {"capture-tool-sent.png", "/sent"},
	} {
		shot := filepath.Join(screenshotDir(t), page.name)
		_ = os.Remove(shot)
		cctx, ccancel := context.WithTimeout(ctx, 45*time.Second)
		capture := exec.CommandContext(cctx, exe, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+t.TempDir(),
			"--window-size=1280,900", "--virtual-time-budget=3000", "--screenshot="+shot, base+page.path)
		out, err := capture.CombinedOutput()
		ccancel()
		if fi, serr := os.Stat(shot); err != nil || serr != nil || fi.Size() == 0 {
			t.Errorf("chromium --screenshot --virtual-time-budget did not finish on %s (%v):\n%s", page.path, err, tail(string(out), 10))
		}
	}

	// mailflow config get, as written: the demo's managers and subscriptions.
	cg := n.run(configGet...)
	for _, want := range []string{"northwind-noc", "woodgrove-it", "woodgrove-postmaster", "level: reseller", "level: customer", "level: domain", "subscriptions:"} {
		if cg.code != 0 || !strings.Contains(cg.stdout, want) {
			t.Errorf("mailflow config get (exit %d) lacks %q:\n%s%s", cg.code, want, cg.stdout, cg.stderr)
			break
		}
	}

	// mailflow config apply, as the README writes it, reaches the same
	// broker without --brokers.
	example, err := filepath.Abs(filepath.Join("..", "directory", "testdata", "example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if r := n.run("config", "apply", "-f", example, "--dry-run"); r.code != 0 || !strings.Contains(r.stdout, "would be created reseller/acme-msp") {
		t.Errorf("mailflow config apply -f %s --dry-run: exit %d\n%s%s", example, r.code, r.stdout, r.stderr)
	}

	// Only woodgrove.example changed status.
	for _, line := range strings.Split(devOut.String(), "\n") {
		if strings.Contains(line, `msg="domain status changed"`) && !strings.Contains(line, "domain=woodgrove.example") {
			t.Errorf("a demo domain other than woodgrove.example changed status: %s", line)
		}
	}
	resp, err := http.Get(base + "/api/v1/domains?status=bad")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var page struct{ Domains []struct{ Domain string } }
		_ = json.Unmarshal(b, &page)
		for _, d := range page.Domains {
			if d.Domain != "woodgrove.example" {
				t.Errorf("%s is Bad; only woodgrove.example should be", d.Domain)
			}
		}
	}

	// Every other command of the quick start works as written.
	for _, c := range quickStart(md) {
		if commandPath(c) == "dev" || hasPlaceholder(c) {
			continue
		}
		r := n.run(c...)
		if r.code != 0 {
			t.Errorf("the README's `mailflow %s`: exit %d\n%s%s", strings.Join(c, " "), r.code, r.stdout, r.stderr)
		}
		// The quick start's diagnose example says what the README says
		// it prints.
		if commandPath(c) == "diagnose" && (!strings.Contains(r.stdout, `"category":"blocklisted"`) || !strings.Contains(r.stdout, "https://check.spamhaus.org")) {
			t.Errorf("the README's `mailflow %s` does not print the block list and its lookup page the README quotes:\n%s", strings.Join(c, " "), r.stdout)
		}
	}

	// diagnose: a plain response piped in is classified, with --text or
	// without it (its first line is not JSON, review S36C-N7); a plain
	// line among JSON Lines says to use --text.
	const response = "550 5.1.1 <anna@woodgrove.example>: Recipient address rejected: User unknown in virtual mailbox table\n"
	for _, args := range [][]string{{"diagnose"}, {"diagnose", "--text"}} {
		if r := n.runIn(n.dir, response, args...); r.code != 0 || !strings.Contains(r.stdout, `"category":"user_unknown"`) {
			t.Errorf("mailflow %s on a plain response: exit %d\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
	if r := n.runIn(n.dir, `{"response":"250 2.0.0 Ok"}`+"\n"+response, "diagnose"); r.code == 0 || !strings.Contains(r.stderr, "--text") {
		t.Errorf("mailflow diagnose on a plain line among JSON Lines (exit %d) does not suggest --text:\n%s", r.code, r.stderr)
	}

	// Every documented command explains itself, as `COMMAND --help` and
	// `help COMMAND`, and the examples it shows work as shown (those that
	// ask the running dev rather than serve, from the repository's root,
	// where the examples' relative paths lead).
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range documentedCommands(md) {
		r := n.run(append(strings.Fields(c), "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "usage: mailflow "+c) || !strings.Contains(r.stdout, "examples:") {
			t.Errorf("mailflow %s --help: exit %d\n%s%s", c, r.code, r.stdout, r.stderr)
			continue
		}
		if h := n.run(append([]string{"help"}, strings.Fields(c)...)...); h.code != 0 || h.stdout != r.stdout {
			t.Errorf("mailflow help %s (exit %d) differs from mailflow %s --help:\n%s%s", c, h.code, c, h.stdout, h.stderr)
		}
		for _, ex := range helpExamples(r.stdout) {
			args, ok := runnableExample(ex)
			if !ok {
				continue
			}
			if e := n.runIn(root, "", args...); e.code != 0 {
				t.Errorf("the example of mailflow %s --help, `%s`: exit %d\n%s%s", c, ex, e.code, tail(e.stdout, 10), e.stderr)
			}
		}
	}

	// The example DeliveryEvent is one mailflow accepts.
	_, producers, _ := strings.Cut(md, "\n## For producer authors")
	blocks := codeBlocks(producers, "json")
	if len(blocks) == 0 {
		t.Error("the README has no example DeliveryEvent under For producer authors")
	} else if ev, err := schemas.DecodeDeliveryEvent([]byte(blocks[0])); err != nil {
		t.Errorf("the README's example DeliveryEvent is refused: %v", err)
	} else if err := ev.Validate(); err != nil {
		t.Errorf("the README's example DeliveryEvent is invalid: %v", err)
	} else {
		// ... and the README's replay command delivers it: the attempt
		// is then in the domain's logs.
		replay := inlineCommand(producers, "produce")
		var line bytes.Buffer
		if err := json.Compact(&line, []byte(blocks[0])); err != nil {
			t.Fatal(err)
		}
		file := "events.jsonl"
		for i, a := range replay {
			if a == "--file" && i+1 < len(replay) {
				file = replay[i+1]
			}
		}
		if err := os.WriteFile(filepath.Join(n.dir, file), append(line.Bytes(), '\n'), 0o600); err != nil {
			t.Fatal(err)
		}
		if replay == nil {
			t.Error("the README says nowhere under For producer authors how to replay events (`mailflow produce …`)")
		} else if r := n.run(replay...); r.code != 0 {
			t.Errorf("the README's `mailflow %s`: exit %d\n%s%s", strings.Join(replay, " "), r.code, r.stdout, r.stderr)
		} else {
			found := false
			for deadline := time.Now().Add(15 * time.Second); !found && time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
				var page struct {
					Attempts []struct {
						EventID string `json:"event_id"`
					}
				}
				if code, _ := getJSON(t, base+"/api/v1/domains/"+ev.Domain+"/logs?recipient="+url.QueryEscape(ev.Recipient), &page); code == http.StatusOK {
					for _, a := range page.Attempts {
						found = found || a.EventID == ev.ID
					}
				}
			}
			if !found {
				t.Errorf("the example DeliveryEvent %s, replayed with `mailflow %s`, is not in %s's logs within 15 s", ev.ID, strings.Join(replay, " "), ev.Domain)
			}
		}
	}

	if err := stopDev(); err != nil {
		t.Errorf("mailflow dev on SIGTERM: %v", err)
	}
	for _, want := range []string{`msg="mailflow dev: shutting down" cause="terminated signal received"`, `msg="mailflow dev: stopped"`} {
		if !strings.Contains(devOut.String(), want) {
			t.Errorf("mailflow dev's log after SIGTERM lacks %s", want)
		}
	}
	t.Logf("walkthrough took %v", time.Since(start).Round(time.Second))
}

func tail(s string, n int) string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if !strings.Contains(sc.Text(), "level=DEBUG") {
			lines = append(lines, sc.Text())
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// browser starts headless Chromium and returns a tab.
func browser(t *testing.T, ctx context.Context, exe string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tab, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancelTab(); cancelAlloc() })
	if _, err := chromedp.Run(tab, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return tab
}
