package console_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/schemas"
)

// TestLogsShowHiddenCharacters (review S25A-2): a recipient, a message id
// and a response that carry a bidirectional override (U+202E, "Trojan
// Source") or C1 control characters are shown with those characters
// written as \uXXXX, as `mailflow logs` prints them, in the Logs tab and
// in the Timeline: "ceo\u202eelpmaxe.evil@…" does not read as a
// recipient of another domain.
func TestLogsShowHiddenCharacters(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	store := openLogStore(t)
	const domain = "woodgrove.example"
	now := time.Now().UTC()
	msg := "<invoice\u202efdp.exe@corp.example>"
	// review S25B-5: zero-width, tag and separator characters, and
	// direction marks, hide or reorder text as well
	ev := schemas.DeliveryEvent{ID: "bidi-1", MessageID: msg, Domain: domain, Recipient: "ceo\u202eelpmaxe.evil@" + domain,
		Sender: "billing\u2066@corp.example", Attempt: 1, QueuedAt: now.Add(-time.Minute), CompletedAt: now, SMTPCode: 550, EnhancedCode: "5.1.1",
		Response: "550 5.1.1 user \u202e<script>alert(1)</script> unknown \u009b2J; listed at \u200f203 - 113\u200f, ceo\u200b\U000e0065\u2028x \u00adsoft\u3164", RemoteHost: "mx.woodgrove.example", Outcome: schemas.OutcomeBounced}
	if _, err := store.Append(ctx, []logstore.Attempt{{Event: ev, Category: schemas.CategoryUserUnknown, Arrival: now}}); err != nil {
		t.Fatal(err)
	}
	srv := serveLogs(t, store)
	tab, _ := browser(t, ctx, exe)
	do(t, tab, chromedp.Navigate(srv.URL+"/domains/"+domain+"?tab=logs&since=1h"))
	waitJS(t, tab, 10*time.Second, "the Logs tab shows the attempt", `document.querySelectorAll("#logs tbody tr:not(.placeholder)").length === 1`)
	hidden := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool {
			return r == 0x202e || r == 0x2066 || r >= 0x80 && r <= 0x9f || r == 0x200b || r == 0x200f || r == 0x2028 || r == 0xe0065 || r == 0xad || r == 0x3164
		})
	}
	row := eval[string](t, tab, `document.querySelector("#logs tbody tr").textContent`)
	if hidden(row) || !strings.Contains(row, `ceo\u202eelpmaxe.evil@woodgrove.example`) || !strings.Contains(row, `\u009b2J`) {
		t.Fatalf("the row shows %q, want the override and the C1 control written as \\uXXXX", row)
	}
	do(t, tab, chromedp.Click(chromedp.CSS(`#logs tbody tr a[data-timeline]`), chromedp.NodeVisible))
	waitJS(t, tab, 10*time.Second, "the timeline", `document.querySelectorAll("#timeline li.tl-item").length === 1`)
	tl := eval[string](t, tab, `document.querySelector("#timeline").textContent`)
	if hidden(tl) || !strings.Contains(tl, `user \u202e<script>alert(1)</script> unknown \u009b2J; listed at \u200f203 - 113\u200f, ceo\u200b\u{e0065}\u2028x \u00adsoft\u3164`) || !strings.Contains(tl, `invoice\u202efdp.exe`) {
		t.Fatalf("the timeline shows %q, want the hidden characters written as \\uXXXX", tl)
	}
	// The page's title names the message too (review S25B-4).
	if title := eval[string](t, tab, `document.title`); hidden(title) || !strings.Contains(title, `invoice\u202efdp.exe`) {
		t.Fatalf("the page's title is %q, want the override written as \\u202e", title)
	}
	if eval[bool](t, tab, `document.querySelector("#timeline script") !== null`) {
		t.Fatal("the response became markup")
	}
}
