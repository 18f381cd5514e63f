package sinks

import (
	"time"

	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
)

// notification is what one target receives at once: the latest alert of
// its queue for one domain, with the earlier transitions that a minimum
// interval folded into it.
type notification struct {
	target directory.Target
	// dir is the directory target was last resolved with (retarget.go).
	dir   *directory.Directory
	alert schemas.StatusChange
	// folded are earlier alerts of the same domain, oldest first, that
	// were not sent on their own; omitted counts more of them, older,
	// not listed (maxFolded), omittedBad the changes to Bad among those.
	folded              []schemas.StatusChange
	omitted, omittedBad int
	// omittedIDs are the omitted alerts' ids: recorded as done with
	// the notification (alertIDs), not told one by one.
	omittedIDs []string
	// episode is the id of the alert that began the Bad episode the alert
	// belongs to (for a Bad alert, its own id) or ends (for a recovery);
	// empty when not known.
	episode string
	// consoleURL links to the domain in the console; empty when no console
	// URL is configured.
	consoleURL string

	// incident, when set, makes this an incident notification (alert is
	// then unused): incDomains are the incident's domains the manager may
	// see.
	incident   *schemas.Incident
	incDomains []string
	// partOf names the provider-wide incident the domain is part of.
	partOf *incidents.Ref
	// flaps counts the changes to Bad folded into this notification by
	// flap control, over flapWindow; zero when it did not fold.
	flaps      int
	flapWindow time.Duration
	// repeat is the number of this reminder of a domain still Bad (0: not
	// a reminder); badSince is when the episode's Bad alert came.
	repeat   int
	badSince time.Time
	// heldBy is the reason of the silence that held the notification
	// until it ended.
	heldBy string
}

// transition names the kind of the notification by its latest alert
// (directory.AlertTransition: a delay alert is TransitionDelayed or
// TransitionDelayRecovered).
func (n *notification) transition() directory.Transition {
	t, _ := directory.AlertTransition(n.alert)
	return t
}

// dedupeID is what the store records a notification under: the alert id,
// "<id>#repeat-<n>" for a reminder, the record id of an incident revision.
func dedupeID(alertID string, repeat int, inc *schemas.Incident) string {
	switch {
	case inc != nil:
		return "incident:" + inc.RecordID()
	case repeat > 0:
		return fmt.Sprintf("%s#repeat-%d", alertID, repeat)
	}
	return alertID
}

// alertIDs are the ids of every alert the notification stands for: the
// ones it counts (omittedIDs) and lists (folded), then its own, a
// reminder's or an incident's under its dedupeID. A reminder that went
// out after a hold lists the plain alerts queued before it, which are
// recorded with it too: recorded only as the reminder, they were read
// again after a restart and sent a second time.
func (n *notification) alertIDs() []string {
	if n.incident != nil {
		return []string{dedupeID(n.alert.ID, n.repeat, n.incident)}
	}
	ids := make([]string, 0, len(n.omittedIDs)+len(n.folded)+1)
	ids = append(ids, n.omittedIDs...)
	for _, a := range n.folded {
		ids = append(ids, a.ID)
	}
	return append(ids, dedupeID(n.alert.ID, n.repeat, nil))
}

// shortHash returns 24 hex digits of a SHA-256 over parts; ids built from it
// are stable across restarts and instances.
func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// consoleLink returns the console page of domain under base.
func consoleLink(base, domain string) string {
	if base == "" {
		return ""
	}
	return base + "/domains/" + url.PathEscape(domain)
}

// percent formats a 0..1 rate as a whole percentage, rounded down so that
// 89.6% below a 90% threshold never reads as "90%".
func percent(rate float64) string {
	p := int(rate*100 + 1e-9)
	return fmt.Sprintf("%d%%", p)
}

// oneLine flattens a multi-line SMTP response for a subject or header.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// laneName names an incident notification in errors (" incident ID").
func (n *notification) laneName() string {
	if n.incident != nil {
		return " incident " + n.incident.ID
	}
	return ""
}
