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
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

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

// codeBlocks returns the bodies of the fenced code blocks of md with the
// given info string (sh, json).
func codeBlocks(md, lang string) []string {
	re := regexp.MustCompile("(?ms)^```" + regexp.QuoteMeta(lang) + "\n(.*?)^```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(md, -1) {
		out = append(out, m[1])
	}
	return out
}

// quickStart returns the mailflow commands of the README's sh blocks before
// "## What it does", without the `go run ./cmd/mailflow` (or `mailflow`)
// in front and without trailing comments.
func quickStart(md string) [][]string {
	head, _, _ := strings.Cut(md, "\n## What it does")
	var out [][]string
	for _, block := range codeBlocks(head, "sh") {
		for _, line := range strings.Split(block, "\n") {
			line, _, _ = strings.Cut(line, " #")
			f := strings.Fields(line)
			switch {
			case len(f) > 3 && f[0] == "go" && f[1] == "run" && f[2] == "./cmd/mailflow":
				out = append(out, f[3:])
			case len(f) > 1 && f[0] == "mailflow":
				out = append(out, f[1:])
			}
		}
	}
	return out
}

// documentedCommands returns the command paths ("dev", "config apply") of
// the README's Commands table.
func documentedCommands(md string) []string {
	_, table, _ := strings.Cut(md, "\n## Commands")
	table, _, _ = strings.Cut(table, "\n## ")
	seen := map[string]bool{}
	var out []string
	var rows strings.Builder
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "| `mailflow ") {
			first, _, _ := strings.Cut(strings.TrimPrefix(line, "| "), " | ")
			rows.WriteString(first + "\n")
		}
	}
	for _, m := range regexp.MustCompile("`mailflow ([^`]*)`").FindAllStringSubmatch(rows.String(), -1) {
		var path []string
		for _, w := range strings.Fields(m[1]) {
			if !regexp.MustCompile(`^[a-z][a-z-]*$`).MatchString(w) {
				break
			}
			path = append(path, w)
		}
		if p := strings.Join(path, " "); p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
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
	cmds := strings.Join(documentedCommands(md), ",")
	for _, want := range []string{"dev", "status", "config apply", "config get", "ingest postfix", "diagnose"} {
		if !strings.Contains(","+cmds+",", ","+want+",") {
			t.Errorf("documented commands %q lack %q", cmds, want)
		}
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

// lockedBuffer collects a process's output while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

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
	ctx, cancel := context.WithTimeout(n.ctx, 30*time.Second)
	defer cancel()
	c := exec.CommandContext(ctx, n.bin, n.args(cmd)...)
	c.Dir, c.Env = n.dir, n.env
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
	exe := chromium(t)
	md := readme(t)
	start := time.Now()

	// Build the binary a user gets from `go install` or a release (from a
	// cold cache this is the first go run's few minutes).
	dir := t.TempDir()
	bin := filepath.Join(dir, "mailflow")
	bctx, bcancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer bcancel()
	build := exec.CommandContext(bctx, "go", "build", "-o", bin, "./cmd/mailflow")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
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

	// The demo's domain goes Bad within the first cycle.
	bad := n.waitStatus(status, "BAD", 60*time.Second)
	t.Logf("woodgrove.example Bad after %v", time.Since(start).Round(time.Second))
	for _, want := range []string{"customer woodgrove-bank, reseller northwind-partners", "success rate", "top failures", "recent attempts (newest first):"} {
		if !strings.Contains(bad.stdout, want) {
			t.Errorf("mailflow status lacks %q:\n%s", want, bad.stdout)
		}
	}
	js := n.run(statusJSON...)
	var st struct {
		Domain string `json:"domain"`
		Status string `json:"status"`
	}
	if js.code != 0 || json.Unmarshal([]byte(js.stdout), &st) != nil || st.Domain != "woodgrove.example" || st.Status == "" {
		t.Errorf("mailflow %s: exit %d\n%s%s", strings.Join(statusJSON, " "), js.code, js.stdout, js.stderr)
	}

	tab := browser(t, ctx, exe)
	if _, err := chromedp.Run(tab, chromedp.Navigate(base+"/domains/woodgrove.example")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 10*time.Second, "the Bad domain's page", `document.querySelector("#d-status").textContent.trim() === "bad" && document.querySelectorAll("#live tbody tr[data-seq]").length > 0`)
	shoot(t, tab, "bad-domain.png")
	if _, err := chromedp.Run(tab, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 10*time.Second, "the overview with every demo domain", `document.querySelectorAll("#all tbody a").length === 12`)
	shoot(t, tab, "overview.png")

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
	for _, want := range []string{"noc@northwind-partners.example", "it@woodgrove-bank.example", "postmaster@woodgrove.example", "WEBHOOK", "/catcher/webhook/northwind-noc", "In-Reply-To", "Webhook-Signature", `"type": "domain.bad"`} {
		if !strings.Contains(sent, want) {
			t.Errorf("Sent notifications lacks %q", want)
		}
	}
	shoot(t, tab, "sent-notifications.png")

	// A page-capture tool finishes on the live domain page.
	shot := filepath.Join(screenshotDir(t), "capture-tool.png")
	_ = os.Remove(shot)
	cctx, ccancel := context.WithTimeout(ctx, 45*time.Second)
	capture := exec.CommandContext(cctx, exe, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+t.TempDir(),
		"--window-size=1280,900", "--virtual-time-budget=3000", "--screenshot="+shot, base+"/domains/woodgrove.example")
	out, err := capture.CombinedOutput()
	ccancel()
	if fi, serr := os.Stat(shot); err != nil || serr != nil || fi.Size() == 0 {
		t.Errorf("chromium --screenshot --virtual-time-budget did not finish (%v):\n%s", err, tail(string(out), 10))
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

	// Every documented command explains itself.
	for _, c := range documentedCommands(md) {
		r := n.run(append(strings.Fields(c), "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "usage: mailflow "+c) || !strings.Contains(r.stdout, "examples:") {
			t.Errorf("mailflow %s --help: exit %d\n%s%s", c, r.code, r.stdout, r.stderr)
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
	}

	if err := stopDev(); err != nil {
		t.Errorf("mailflow dev on SIGTERM: %v", err)
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
