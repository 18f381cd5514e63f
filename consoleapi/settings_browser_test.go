package consoleapi

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/console"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestDetectionSettingsBrowser drives the Mail Flow tab of the managers'
// console in headless Chromium for the detections of issue 15: a customer
// manager sees each detection explained with its default and where the
// value in force comes from, changes two of them and turns the third on
// (only those three are written to the directory; the untouched one keeps
// inheriting), is told why a too short silence period is refused, resets
// one to inherited, and subscribes to the delayed and silent alerts with
// the new checkboxes, which show the subscription again after a reload.
func TestDetectionSettingsBrowser(t *testing.T) {
	exe := chromium(t)
	f := newFixture(t, world(), fixedStatuses{"a1.example": schemas.StatusGood}, console.Handler())
	ctx, cancel := context.WithTimeout(f.ctx, 90*time.Second)
	defer cancel()
	tb, errs := tab(t, ctx, exe)
	signInUI(t, tb, f.srv.URL, "ca1@a.example")
	run(t, tb, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb, "the detections with their defaults", `document.getElementById('delay_threshold').value === '30m' && document.getElementById('silent_after').value === '2h'`)

	field := func(id string) string { return js[string](t, tb, `document.getElementById('`+id+`').value`) }
	source := func(id string) string {
		return js[string](t, tb, `document.getElementById('`+id+`-source').textContent`)
	}
	explain := func(id string) string {
		return js[string](t, tb, `document.querySelector('#row-`+id+` .explain').textContent.replace(/\s+/g, ' ')`)
	}
	for _, c := range []struct{ id, value, sentence string }{
		{"delay_threshold", "30m", "Default: 30m"},
		{"silent_after", "2h", "Default: 2h"},
		{"silent_baseline", "5", "Default: 5."},
		{"exclude_recipient_failures", "", "Default: off"},
		{"flap_interval", "30m", "Default: 30m"},
		{"repeat_interval", "off", "Default: off"},
	} {
		if c.value != "" && field(c.id) != c.value {
			t.Errorf("%s shows %q, want %q", c.id, field(c.id), c.value)
		}
		if s := source(c.id); s != "inherited from the global default" {
			t.Errorf("%s: source %q", c.id, s)
		}
		if e := explain(c.id); !strings.Contains(e, c.sentence) {
			t.Errorf("%s: the sentence %q lacks %q", c.id, e, c.sentence)
		}
		// A screen reader reads the sentence and the source with the field.
		if !js[bool](t, tb, `(document.getElementById('`+c.id+`').getAttribute('aria-describedby') || '').split(' ').every((i) => document.getElementById(i)) && document.getElementById('`+c.id+`').getAttribute('aria-describedby').includes('`+c.id+`-explain')`) {
			t.Errorf("%s is not described by its sentence", c.id)
		}
	}
	if js[bool](t, tb, `document.getElementById('exclude_recipient_failures').checked`) {
		t.Error("exclude_recipient_failures is shown on; its default is off")
	}
	// The sentences name the built-in defaults directory uses.
	if directory.DefaultDelayThreshold != 30*time.Minute || directory.DefaultSilentAfter != 2*time.Hour || directory.DefaultSilentBaseline != 5 {
		t.Fatal("directory's defaults changed: change the sentences on account.html")
	}
	shot(t, tb, "console-detections.png")

	// Change two, turn one on; silent_after is left as it is.
	run(t, tb, chromedp.SetValue("#delay_threshold", "45m"), chromedp.SetValue("#silent_baseline", "12"),
		chromedp.Click("#exclude_recipient_failures"), chromedp.Click("#detect button[type=submit]"))
	waitTrue(t, tb, "three set here", `['delay_threshold', 'silent_baseline', 'exclude_recipient_failures'].every((k) => document.getElementById(k + '-source').textContent === 'set here')`)
	if s := source("silent_after"); s != "inherited from the global default" {
		t.Errorf("the untouched silent_after: %q, want still inherited", s)
	}
	s := f.table.Current().Customers["cA1"].Settings
	if s.DelayThreshold != 45*time.Minute || s.SilentBaseline != 12 || s.ExcludeRecipientFailures != directory.SwitchOn || s.SilentAfter != 0 {
		t.Fatalf("customer cA1's settings in the directory: %+v", s)
	}

	// Too short a silence period: the server's reason, nothing written.
	before := f.table.Current()
	run(t, tb, chromedp.SetValue("#silent_after", "10m"), chromedp.Click("#detect button[type=submit]"))
	waitTrue(t, tb, "the refusal", `!document.getElementById('error').hidden && document.getElementById('error').textContent.includes('silent_after') && document.getElementById('error').textContent.includes('45m')`)
	if f.table.Current() != before {
		t.Fatal("a refused silent_after changed the directory")
	}

	// Reset the delay threshold to inherited.
	run(t, tb, chromedp.Click("#delay_threshold-reset"))
	waitTrue(t, tb, "delay inherited", `document.getElementById('delay_threshold-source').textContent === 'inherited from the global default' && document.getElementById('delay_threshold').value === '30m'`)
	if d := f.table.Current().Customers["cA1"].DelayThreshold; d != 0 {
		t.Fatalf("delay_threshold after reset: %v", d)
	}

	// Notifications: bad, delayed and silent (not the recoveries).
	for _, id := range []string{"tr-delayed", "tr-delay_recovered", "tr-silent", "tr-silent_recovered"} {
		if js[bool](t, tb, `document.getElementById('`+id+`').checked`) {
			t.Errorf("%s is offered checked before any subscription", id)
		}
		if txt := js[string](t, tb, `document.getElementById('`+id+`').parentElement.textContent.trim()`); len(txt) < 20 {
			t.Errorf("%s has no sentence: %q", id, txt)
		}
	}
	run(t, tb, chromedp.Click("#tr-recovered"), chromedp.Click("#tr-delayed"), chromedp.Click("#tr-silent"), chromedp.Click("#notify button[type=submit]"))
	waitTrue(t, tb, "notifications on", `document.getElementById('notify-state').textContent.includes('on at this level')`)
	id := directory.ConsoleSubscriptionID("mCA1", directory.LevelCustomer, "cA1")
	want := []directory.Transition{directory.TransitionBad, directory.TransitionDelayed, directory.TransitionSilent}
	if sub, ok := f.table.Current().Subscriptions[id]; !ok || !slices.Equal(sub.Transitions, want) {
		t.Fatalf("subscription %s: %+v (found %v), want transitions %v", id, sub, ok, want)
	}
	run(t, tb, chromedp.Reload())
	waitTrue(t, tb, "signed in again", `!document.getElementById('app').hidden`)
	run(t, tb, chromedp.Click("#tab-mailflow"))
	waitTrue(t, tb, "the subscription shown", `document.getElementById('notify-state').textContent.includes('on at this level')`)
	got := js[[]bool](t, tb, `['tr-bad', 'tr-recovered', 'tr-delayed', 'tr-delay_recovered', 'tr-silent', 'tr-silent_recovered'].map((i) => document.getElementById(i).checked)`)
	if !slices.Equal(got, []bool{true, false, true, false, true, false}) {
		t.Errorf("checkboxes after reload (bad, recovered, delayed, delay_recovered, silent, silent_recovered): %v", got)
	}
	if js[string](t, tb, `document.getElementById('silent_baseline').value`) != "12" {
		t.Error("the baseline set here is not shown after reload")
	}
	shot(t, tb, "console-detections-set.png")

	// A phone: nothing wider than the screen.
	run(t, tb, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	if w := js[int](t, tb, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("on a 390 px wide phone the page is %d px wide", w)
	}
	run(t, tb, chromedp.EmulateReset())
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}
}
