package api

import (
	"net/http"
	"time"

	"github.com/mailflow/mailflow/incidents"
	"github.com/mailflow/mailflow/schemas"
	"github.com/mailflow/mailflow/state"
)

// Status is the Mail Flow Status of a domain: the "status button".
type Status struct {
	Domain   string `json:"domain"`
	Customer string `json:"customer,omitempty"`
	Reseller string `json:"reseller,omitempty"`
	// Status is unknown until the first attempt, then good or bad.
	Status schemas.Status `json:"status"`
	// Since is when the current status began; absent while unknown.
	Since *time.Time `json:"since,omitempty"`
	// SuccessRate is delivered/attempts over the window.
	SuccessRate float64 `json:"success_rate"`
	Attempts    int     `json:"attempts"`
	Failures    int     `json:"failures"`
	// Window and Threshold are the settings in force now.
	Window        int                     `json:"window"`
	Threshold     float64                 `json:"threshold"`
	DeliveryDelay schemas.DeliveryDelay   `json:"delivery_delay"`
	LastResponse  string                  `json:"last_response,omitempty"`
	LastCode      int                     `json:"last_code,omitempty"`
	LastAttemptAt *time.Time              `json:"last_attempt_at,omitempty"`
	TopCategories []schemas.CategoryCount `json:"top_categories"`
	// TotalAttempts counts every attempt the domain has had.
	TotalAttempts uint64 `json:"total_attempts"`

	// The per-domain detections (issue 15). ExcludeRecipientFailures is
	// reason-aware health as the settings have it now; CountedFailures are
	// the failures that count against the failure budget and
	// ExcludedFailures the recipient failures (user_unknown, mailbox_full,
	// mailbox_disabled) it leaves out — both within Failures, and
	// ExcludedFailures 0 when it is off.
	ExcludeRecipientFailures bool `json:"exclude_recipient_failures"`
	CountedFailures          int  `json:"counted_failures"`
	ExcludedFailures         int  `json:"excluded_failures"`
	// Delayed is whether the domain's delayed-mail alert is raised: its
	// current delay (DeliveryDelay.CurrentSeconds) went above
	// DelayThresholdSeconds (0 when the detection is off).
	Delayed               bool    `json:"delayed"`
	DelayThresholdSeconds float64 `json:"delay_threshold_seconds"`
	// Silent is whether the domain's silent alert is raised: it normally
	// receives at least SilentBaseline attempts an hour but had none for
	// SilentAfterSeconds (0 when the detection is off) while the platform
	// delivered to other domains. AttemptsPerHour is its own average over
	// the 24 hours up to its last attempt, and LastArrivalAt when that
	// attempt reached mailflow (the stream time silence is measured on).
	Silent             bool       `json:"silent"`
	SilentAfterSeconds float64    `json:"silent_after_seconds"`
	SilentBaseline     int        `json:"silent_baseline"`
	AttemptsPerHour    float64    `json:"attempts_per_hour"`
	LastArrivalAt      *time.Time `json:"last_arrival_at,omitempty"`

	// Incident is the open provider-wide incident (issue 15) a Bad domain
	// is part of: its provider, category and how many domains of how many
	// customers it affects, never the other customers' domains.
	Incident *incidents.Ref `json:"incident,omitempty"`
}

func (s *server) domainParam(r *http.Request) (string, error) {
	d, err := schemas.CanonicalDomain(r.PathValue("domain"))
	if err != nil {
		return "", &apiError{http.StatusBadRequest, "domain: " + err.Error()}
	}
	return d, nil
}

// localDomain returns the domain of the request's path when the caller may
// see it and this instance owns it; otherwise it has answered the request
// (an invalid domain, one outside the caller's scope, or a forward to the
// owner) and reports false.
func (s *server) localDomain(w http.ResponseWriter, r *http.Request) (string, bool) {
	domain, err := s.domainParam(r)
	if err != nil {
		s.fail(w, r, err)
		return "", false
	}
	if !callerOf(r).sees(s.b.Directory(), domain) {
		s.fail(w, r, errOutOfScope)
		return "", false
	}
	if s.route(w, r, domain) {
		return "", false
	}
	return domain, true
}

func (s *server) status(w http.ResponseWriter, r *http.Request) {
	domain, ok := s.localDomain(w, r)
	if !ok {
		return
	}
	win, err := s.b.Store().Window(domain)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.statusOf(domain, win))
}

// statusOf builds the Mail Flow Status of a domain from its window (nil
// for a domain without attempts).
func (s *server) statusOf(domain string, win *state.Window) Status {
	res := s.b.Directory().Resolve(domain)
	st := Status{
		Domain: domain, Customer: res.Customer, Reseller: res.Reseller,
		Window: res.Window, Threshold: res.Threshold.Float(), TopCategories: []schemas.CategoryCount{},
		ExcludeRecipientFailures: res.ExcludeRecipientFailures, DelayThresholdSeconds: res.DelayLimit().Seconds(),
		SilentAfterSeconds: res.SilenceLimit().Seconds(), SilentBaseline: res.SilenceBaseline(),
	}
	if win == nil {
		return st
	}
	st.Status = win.Status
	st.Since = timePtr(win.Since)
	st.SuccessRate = win.SuccessRate()
	st.Attempts = len(win.Entries)
	st.Failures = win.Failures()
	st.DeliveryDelay = schemas.DeliveryDelay{LatestSeconds: float64(win.LastDelayMillis) / 1000, MedianSeconds: win.MedianDelayMillis() / 1000}
	st.LastResponse = win.LastResponse
	st.LastCode = win.LastCode
	st.LastAttemptAt = timePtr(win.LastAt)
	st.TotalAttempts = win.Seq
	st.CountedFailures = win.CountedFailures(res.ExcludeRecipientFailures)
	st.ExcludedFailures = st.Failures - st.CountedFailures
	st.Delayed = win.Delayed
	st.DeliveryDelay.CurrentSeconds = win.CurrentDelayMillis() / 1000
	st.Silent = win.Silent
	st.AttemptsPerHour = win.AttemptsPerHour()
	if win.LastArrival > 0 {
		st.LastArrivalAt = timePtr(time.Unix(win.LastArrival, 0).UTC())
	}
	if ref, ok := s.incidentOf(domain); ok && win.Status == schemas.StatusBad {
		st.Incident = &ref
	}
	for _, c := range win.TopCategories(5) {
		if c.Category == schemas.CategoryUnclassified {
			continue
		}
		st.TopCategories = append(st.TopCategories, schemas.CategoryCount{Category: c.Category.String(), Count: c.Count, Advice: s.b.Advice(c.Category)})
	}
	return st
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
