package console_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/schemas"
)

// TestDomainPageDetections: the domain page says in words when mail to a
// domain is delayed (issue 15), and says nothing of it for a domain whose
// mail is on time.
func TestDomainPageDetections(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	in := startInstance(t, ctx)
	late := func(local string) attempt {
		return attempt{domain: badDomain, local: local, code: 250, enhanced: "2.0.0", response: "250 2.0.0 OK queued as 4Xk2pL1bQz", queued: 2 * time.Hour}
	}
	in.produce(late("anna"), late("ben"), late("carla"), late("dave"), late("erin"))
	in.produce(attempt{domain: goodDomain, local: "frank", code: 250, enhanced: "2.0.0", response: "250 2.0.0 OK queued as 4Xk2pL1bQy"})
	in.waitStatus(badDomain, schemas.StatusGood, 5)
	in.waitStatus(goodDomain, schemas.StatusGood, 1)
	if s, err := in.status(badDomain); err != nil || !s.Delayed {
		t.Fatalf("%s is not delayed in the API (%v): %+v", badDomain, err, s)
	}

	tab, _ := browser(t, ctx, exe)
	do(t, tab, chromedp.Navigate(in.url+"/domains/"+badDomain))
	waitJS(t, tab, 10*time.Second, "the delay on the domain page", `!document.querySelector("#d-detect").hidden`)
	got := text(t, tab, "#d-detect")
	for _, want := range []string{"Mail to " + badDomain + " is delayed", "2.0 h", "30.0 min", "not lost yet"} {
		if !strings.Contains(got, want) {
			t.Errorf("detections %q do not say %q", got, want)
		}
	}
	screenshot(t, tab, "console-delayed.png")

	do(t, tab, chromedp.Navigate(in.url+"/domains/"+goodDomain))
	waitJS(t, tab, 10*time.Second, "the on-time domain's page", `document.querySelector("#d-status").textContent.trim() === "good"`)
	if !eval[bool](t, tab, `document.querySelector("#d-detect").hidden`) {
		t.Errorf("the on-time domain shows detections: %q", text(t, tab, "#d-detect"))
	}
}
