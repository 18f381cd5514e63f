package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
)

// TestDevDemoDirectoryOnce: `dev --demo` publishes the demo's directory
// on the first start on a data dir only, and says so; a restart leaves it
// as the operator changed it in the console (issue 17: every restart
// published it again and reverted the changes).
func TestDevDemoDirectoryOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	const op = "dev-demo-operator-token-0123456789"
	vars := map[string]string{"MAILFLOW_API_TOKEN": op}
	dir := t.TempDir()
	settings := "/api/v1/settings/domain/woodgrove.example"
	window := func(base string) string {
		_, body := devRequest(t, ctx, http.MethodGet, base+settings, bearer(op), "")
		return body
	}

	first := startDev(t, ctx, dir, vars, "--demo")
	base := "http://" + first.front
	waitFor(t, ctx, "demo traffic", func() bool { return strings.Contains(first.stderr.String(), "demo traffic started") })
	if strings.Contains(first.stderr.String(), "none until produced") {
		t.Error("dev --demo's banner says no events arrive until produced")
	}
	// How to sign in, on dev's own broker and address (review S29B-2).
	if out := first.stderr.String(); !strings.Contains(out, "sign in  mailflow account set-password-link --brokers ") ||
		!strings.Contains(out, "--console-url "+base) || !strings.Contains(out, "operator token set") {
		t.Errorf("dev --demo's banner does not say how to sign in:\n%s", tailLines(out, 30))
	}
	if out := first.stderr.String(); !strings.Contains(out, "demo directory published") || !strings.Contains(out, "first start on this data dir") {
		t.Errorf("the first start does not say it published the demo directory for the first time:\n%s", tailLines(first.stderr.String(), 30))
	}
	waitFor(t, ctx, "woodgrove.example in the directory", func() bool {
		return strings.Contains(window(base), `"window"`)
	})
	// The operator changes the demo domain's window in the console.
	json := http.Header{"Content-Type": {"application/json"}}
	json.Set("Authorization", "Bearer "+op)
	if code, body := devRequest(t, ctx, http.MethodPut, base+settings, json, `{"window": 40}`); code != http.StatusOK {
		t.Fatalf("set the window: %d %s", code, body)
	}
	waitFor(t, ctx, "the window of 40 applies", func() bool {
		return strings.Contains(window(base), `"value":40`)
	})
	first.stopAndWait(t, ctx)

	second := startDev(t, ctx, dir, vars, "--demo")
	waitFor(t, ctx, "demo traffic", func() bool { return strings.Contains(second.stderr.String(), "demo traffic started") })
	out := second.stderr.String()
	if strings.Contains(out, "demo directory published") || !strings.Contains(out, "already on this data dir") {
		t.Errorf("the restart does not say it left the directory alone:\n%s", tailLines(out, 30))
	}
	// The README quotes these log lines to newcomers.
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(readme)), " ")
	for _, quoted := range []string{"`demo directory published`", "`demo directory already on this data dir`"} {
		if !strings.Contains(flat, quoted) || !strings.Contains(first.stderr.String()+out, strings.Trim(quoted, "`")) {
			t.Errorf("the README quotes %s, the log says otherwise", quoted)
		}
	}
	// The window is still the operator's once the instance read the
	// directory (a republished demo directory, written after the
	// operator's change, would be read a moment later: give it a second).
	second2 := "http://" + second.front
	waitFor(t, ctx, "the restarted instance reads woodgrove.example's settings", func() bool {
		return strings.Contains(window(second2), `"window"`)
	})
	time.Sleep(time.Second)
	if got := window("http://" + second.front); !strings.Contains(got, `"value":40`) {
		t.Errorf("after the restart woodgrove.example's settings are %s, want the operator's window of 40", got)
	}
}

// TestDevDemoMarkerKeepsDeletions: once the demo's directory was
// published on a data dir, entities the operator deleted stay deleted: a
// start that finds none of them on the config topic publishes nothing.
func TestDevDemoMarkerKeepsDeletions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, demoMarker), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	dev := startDev(t, ctx, dir, nil, "--demo")
	waitFor(t, ctx, "demo traffic", func() bool { return strings.Contains(dev.stderr.String(), "demo traffic started") })
	if out := dev.stderr.String(); !strings.Contains(out, "demo directory already on this data dir") || !strings.Contains(out, "present=0") {
		t.Errorf("the log does not say the directory was left alone:\n%s", tailLines(out, 20))
	}
	r := runMailflowCtx(ctx, nil, "", "config", "get", "--brokers", dev.kafka)
	if r.code != 0 || strings.Contains(r.stdout, "woodgrove") {
		t.Errorf("config get: exit %d, want no demo entities:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestWarnStaleDemoWebhook: a restart on another --http address warns that
// the demo NOC's webhook still goes to the earlier catcher; a webhook the
// operator pointed elsewhere, or the same address, is no news.
func TestWarnStaleDemoWebhook(t *testing.T) {
	const now = "http://127.0.0.1:8080/catcher/webhook/northwind-noc"
	for _, tc := range []struct {
		name, hook string
		warn       bool
	}{
		{"same catcher", now, false},
		{"earlier catcher", "http://127.0.0.1:8081/catcher/webhook/northwind-noc", true},
		{"the operator's own receiver", "https://hooks.example.net/noc", false},
		{"no webhook", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			d := directory.New()
			d.Managers["northwind-noc"] = directory.Manager{ID: "northwind-noc", WebhookURL: tc.hook}
			warnStaleDemoWebhook(slog.New(slog.NewTextHandler(&out, nil)), d, now)
			if got := strings.Contains(out.String(), "earlier start's catcher"); got != tc.warn {
				t.Errorf("warned %v, want %v: %q", got, tc.warn, out.String())
			}
		})
	}
}

// TestDevDemoClosedAPI: once a manager has a password, the open API is
// closed, and dev --demo started again without an operator token cannot
// ask its instance for the demo's directory. It must not wait for it
// (newcomer review S38 N6: every such start waited 30 s before the
// banner, and then blamed the directory).
func TestDevDemoClosedAPI(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	dir := t.TempDir()
	first := startDev(t, ctx, dir, nil, "--demo")
	waitFor(t, ctx, "the banner", func() bool { return strings.Contains(first.stderr.String(), "mailflow dev is up") })
	base := "http://" + first.front
	setManagerPassword(t, ctx, first, "woodgrove-it", "a good long password for the demo")
	waitFor(t, ctx, "the open API closed", func() bool {
		code, _ := devRequest(t, ctx, http.MethodGet, base+"/api/v1/domains/woodgrove.example/status", nil, "")
		return code == http.StatusUnauthorized
	})
	first.stopAndWait(t, ctx)

	second := startDev(t, ctx, dir, nil, "--demo")
	waitFor(t, ctx, "the banner", func() bool { return strings.Contains(second.stderr.String(), "mailflow dev is up") })
	if out := second.stderr.String(); strings.Contains(out, "has not read the demo's directory yet") {
		t.Errorf("dev waited for a directory it cannot ask for:\n%s", tailLines(out, 20))
	}
}
