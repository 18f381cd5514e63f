package console_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// TestDomainPageDetectionFigures: the domain page lists the detections as
// `mailflow status` prints them (the review of issue 17: the page said
// nothing unless one was raised) — delayed and silent each with "yes",
// "no" or "off", the figures it is judged by, and for a silent domain
// since when no mail came; and the recipient failures left out of the
// count when the domain's settings say so. The scene is the CLI's test:
// slow.example's mail takes 47 minutes; quiet.example (silent after 1h,
// baseline 1 an hour) had an attempt an hour for a day and then none for
// two hours while a neighbour on its partition kept getting mail, below
// the default baseline.
func TestDomainPageDetectionFigures(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	in := startInstance(t, ctx)

	const quiet, slow = "quiet.example", "slow.example"
	part := processor.PartitionFor(quiet, 3)
	var neighbour string
	for i := 0; neighbour == ""; i++ {
		if d := fmt.Sprintf("n%d.example", i); processor.PartitionFor(d, 3) == part {
			neighbour = d
		}
	}
	var recs []directory.Record
	for _, e := range []any{
		directory.Domain{Name: quiet, Customer: "contoso", Settings: directory.Settings{SilentAfter: time.Hour, SilentBaseline: 1, ExcludeRecipientFailures: directory.SwitchOn}},
		directory.Domain{Name: slow, Customer: "contoso"},
		directory.Domain{Name: neighbour, Customer: "contoso"},
	} {
		r, err := directory.EncodeRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := directory.Publish(ctx, in.cl, in.topics.Config, recs); err != nil {
		t.Fatal(err)
	}
	// The settings must be in force before the attempts are judged.
	for {
		s, err := in.status(quiet)
		if err == nil && s.SilentAfterSeconds == 3600 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("quiet.example's settings never applied: %+v %v", s, err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	var out []*kgo.Record
	seq := 0
	add := func(domain string, queued, done, arrived time.Time) {
		seq++
		de := schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("fig-%05d", seq), Recipient: "someone@" + domain, QueuedAt: queued, CompletedAt: done,
			SMTPCode: 250, Response: "250 2.0.0 Ok"}
		if err := de.Validate(); err != nil {
			t.Fatal(err)
		}
		v, err := schemas.MarshalDeliveryEvent(&de)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, &kgo.Record{Topic: in.topics.Deliveries, Key: []byte(domain), Value: v, Timestamp: arrived})
	}
	start := time.Now().Add(-30 * time.Hour).Truncate(time.Hour)
	for h := range 24 {
		at := start.Add(time.Duration(h) * time.Hour)
		add(quiet, at.Add(-time.Second), at, at)
		add(neighbour, at.Add(-time.Second+time.Minute), at.Add(time.Minute), at.Add(time.Minute))
	}
	for m := 10; m <= 120; m += 10 {
		at := start.Add(23*time.Hour + time.Duration(m)*time.Minute)
		add(neighbour, at.Add(-time.Second), at, at)
	}
	now := time.Now()
	for i := range 3 {
		done := now.Add(time.Duration(i-3) * time.Second)
		add(slow, done.Add(-47*time.Minute), done, done)
	}
	if err := in.cl.ProduceSync(ctx, out...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{quiet, slow} {
		for {
			s, err := in.status(d)
			if err == nil && (d != quiet || s.Silent) && (d != slow || s.Delayed) {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("%s: no detection in time: %+v %v", d, s, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	last := start.Add(23 * time.Hour)

	tab, errs := browser(t, ctx, exe)
	for _, tc := range []struct {
		domain string
		// want maps a row's label to what its value must say.
		want map[string][]string
		// not are rows the page must not have.
		not []string
	}{
		{slow, map[string][]string{
			"Delayed": {"Yes", "current delay 47m", "counting deferrals still retried", "threshold 30m"},
			"Silent":  {"No", "/hour"},
		}, []string{"Recipient failures"}},
		{quiet, map[string][]string{
			"Silent":             {"Yes", "no mail since", "ago (usually 1/hour (24h average); silent after 1h)"},
			"Delayed":            {"No", "current delay 1s", "threshold 30m"},
			"Recipient failures": {"0 of 0 failures not counted", "exclude_recipient_failures on"},
		}, nil},
		{neighbour, map[string][]string{
			"Silent":  {"No", "usually 1.", "/hour (24h average), below the 5/hour from which a silence is reported"},
			"Delayed": {"No", "threshold 30m"},
		}, []string{"Recipient failures"}},
	} {
		do(t, tab, chromedp.Navigate(in.url+"/domains/"+tc.domain))
		waitJS(t, tab, 10*time.Second, tc.domain+"'s detections", `document.querySelector("#d-name") && document.querySelector("#d-name").textContent === `+fmt.Sprintf("%q", tc.domain)+
			` && document.querySelectorAll("#d-detections dt").length > 0`)
		got := eval[map[string]string](t, tab, `Object.fromEntries(Array.from(document.querySelectorAll("#d-detections dt")).map(dt => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]))`)
		for label, wants := range tc.want {
			v, ok := got[label]
			if !ok {
				t.Errorf("%s: no %q row in the detections %q", tc.domain, label, got)
				continue
			}
			for _, w := range wants {
				if !strings.Contains(v, w) {
					t.Errorf("%s: %s %q does not say %q", tc.domain, label, v, w)
				}
			}
		}
		for _, label := range tc.not {
			if v, ok := got[label]; ok {
				t.Errorf("%s: a %q row (%q) for a domain without that setting", tc.domain, label, v)
			}
		}
		if tc.domain == quiet {
			// Since when, as a machine-readable time the reader's zone renders.
			at := eval[string](t, tab, `(document.querySelector("#d-detections time") || {getAttribute: () => ""}).getAttribute("datetime")`)
			if parsed, err := time.Parse(time.RFC3339, at); err != nil || !parsed.Equal(last) {
				t.Errorf("quiet.example: silent since %q, want %s (%v)", at, last.Format(time.RFC3339), err)
			}
			screenshot(t, tab, "console-detections.png")
		}
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("page errors: %q", e)
	}
}
