//go:build walkthrough

package walkthrough

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestNewcomerLogs is issue 12's walkthrough: in `mailflow dev --demo` (as
// the README starts it) a newcomer opens the Bad domain, finds a failed
// message in the Logs tab, opens its timeline, and reads the full SMTP
// response and the advice.
func TestNewcomerLogs(t *testing.T) {
	// TestNewcomer and TestNewcomerLogs each have a directory, ports, a
	// mailflow dev and a Chromium of their own, and spend most of their time
	// waiting for the demo: side by side they take the longer one's time.
	t.Parallel()
	exe := chromium(t)
	md := readme(t)
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
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := &newcomer{t: t, ctx: ctx, bin: bin, dir: dir, http: freeAddr(t), kafka: freeAddr(t)}
	n.env = append(os.Environ(),
		"MAILFLOW_HTTP="+n.http, "MAILFLOW_KAFKA="+n.kafka, "MAILFLOW_DATA_DIR="+filepath.Join(dir, "mailflow-data"),
		"MAILFLOW_API=http://"+n.http, "MAILFLOW_BROKERS="+n.kafka, "MAILFLOW_DEMO_CYCLE=30s")
	var dev, status []string
	for _, c := range quickStart(md) {
		switch strings.Join(c, " ") {
		case "dev --demo":
			dev = c
		case "status woodgrove.example":
			status = c
		}
	}
	if dev == nil || status == nil {
		t.Fatalf("the README's quick start lacks `mailflow dev --demo` or `mailflow status woodgrove.example`: %q", quickStart(md))
	}
	devCmd := exec.Command(bin, n.args(dev)...)
	devCmd.Dir, devCmd.Env = dir, n.env
	var devOut lockedBuffer
	devCmd.Stdout, devCmd.Stderr = &devOut, &devOut
	if err := devCmd.Start(); err != nil {
		t.Fatal(err)
	}
	devDone := make(chan error, 1)
	go func() { devDone <- devCmd.Wait() }()
	defer func() {
		_ = devCmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-devDone:
		case <-time.After(20 * time.Second):
			_ = devCmd.Process.Kill()
		}
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
	if !strings.Contains(devOut.String(), "keeping every attempt in the log store") {
		t.Errorf("mailflow dev does not say it keeps the logs:\n%s", tail(devOut.String(), 40))
	}
	n.waitStatus(status, "BAD", 60*time.Second)

	// The Bad domain's page, the Logs tab, the failures only.
	base := "http://" + n.http
	tab := browser(t, ctx, exe)
	if _, err := chromedp.Run(tab, chromedp.Navigate(base+"/domains/woodgrove.example")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 20*time.Second, "the domain page shows its Logs tab", `document.querySelector("#tab-logs") !== null`)
	if _, err := chromedp.Run(tab, chromedp.Click(chromedp.CSS("#tab-logs"), chromedp.NodeVisible)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 20*time.Second, "the Logs tab lists attempts", `document.querySelectorAll("#logs tbody tr:not(.placeholder)").length > 0`)
	// The domain turns Bad on its first failure (a Good demo domain sits
	// at the window's budget), which may be a deferral: the bounced
	// search is submitted once the log holds a bounce, since the page
	// does not search again by itself.
	for deadline := time.Now().Add(30 * time.Second); ; {
		var page struct {
			Attempts []json.RawMessage `json:"attempts"`
		}
		if code, _ := getJSON(t, base+"/api/v1/domains/woodgrove.example/logs?outcome=bounced&limit=1", &page); code == http.StatusOK && len(page.Attempts) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no bounced attempt of woodgrove.example in its log within 30s of its Bad")
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Choose and submit in one step: the tab refills the form from the
	// URL while its first page loads, which could undo a value set
	// before the click.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.querySelector("#lf-outcome").value = "bounced"; document.querySelector("#logs-form").requestSubmit(); true`)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 20*time.Second, "the search lists bounced attempts with a timeline link",
		`location.search.includes("outcome=bounced") && document.querySelector("#logs tbody tr:not(.placeholder) a[data-timeline]") !== null`)
	rows, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#logs tbody tr:not(.placeholder)")).map(r => r.innerText)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if !strings.Contains(r, "bounced") {
			t.Fatalf("a row of the bounced search is not a bounce: %q", r)
		}
	}
	shoot(t, tab, "logs-bad-domain.png")

	// Its timeline: every attempt with the full response and the advice.
	if _, err := chromedp.Run(tab, chromedp.Click(chromedp.CSS(`#logs tbody tr:not(.placeholder) a[data-timeline]`))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, 20*time.Second, "the message's timeline", `document.querySelectorAll("#timeline li.tl-item").length > 0`)
	type shown struct {
		Response string `json:"response"`
		Diag     string `json:"diag"`
	}
	last, err := chromedp.Run(tab, chromedp.Evaluate[shown](`(() => {
		const items = document.querySelectorAll("#timeline li.tl-item");
		const li = items[items.length - 1];
		return {response: li.querySelector("pre.tl-response").textContent, diag: (li.querySelector(".tl-diag") || {}).textContent || ""};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	var api struct {
		Attempts []struct {
			Outcome, Response, Category, Advice string
		} `json:"attempts"`
	}
	msg, err := chromedp.Run(tab, chromedp.Evaluate[string](`new URLSearchParams(location.search).get("message")`))
	if err != nil || msg == "" {
		t.Fatalf("the timeline's address names no message (%v)", err)
	}
	if code, body := getJSON(t, base+"/api/v1/domains/woodgrove.example/messages/"+pathEscape(msg), &api); code != 200 || len(api.Attempts) == 0 {
		t.Fatalf("the timeline API: %d %s", code, body)
	}
	want := api.Attempts[len(api.Attempts)-1]
	if want.Outcome != "bounced" || last.Response != want.Response || want.Response == "" {
		t.Fatalf("the timeline's last attempt shows %q, the API says %s %q", last.Response, want.Outcome, want.Response)
	}
	if want.Advice == "" || !strings.Contains(last.Diag, want.Category) || !strings.Contains(last.Diag, want.Advice) {
		t.Fatalf("the timeline's last attempt shows diagnosis %q, want category %s and advice %q", last.Diag, want.Category, want.Advice)
	}
	shoot(t, tab, "logs-timeline.png")
	t.Logf("a bounced message's timeline: %d attempts, last %s: %s", len(api.Attempts), want.Category, fmt.Sprint(want.Advice))
}

// pathEscape escapes a message id for a URL path.
func pathEscape(s string) string {
	r := strings.NewReplacer("%", "%25", "/", "%2F", "?", "%3F", "#", "%23", "<", "%3C", ">", "%3E", " ", "%20")
	return r.Replace(s)
}
