package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

func runStatus(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "status", "DOMAIN [--api URL] [--json] [--live N]")
	apiURL := fs.String("api", "http://127.0.0.1:8080", "base URL of a mailflow instance")
	asJSON := fs.Bool("json", false, "print the status as JSON")
	live := fs.Int("live", 5, "also print this many of the most recent attempts")
	token := fs.String("api-token", "", "bearer token for a protected API (prefer MAILFLOW_API_TOKEN)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give exactly one DOMAIN")
	}
	if _, err := url.Parse(*apiURL); err != nil || !strings.HasPrefix(*apiURL, "http") {
		return usageErr("--api: %q is not an http(s) URL", *apiURL)
	}
	if *live < 0 {
		return usageErr("--live must not be negative")
	}
	base, err := domainURL(*apiURL, fs.Arg(0))
	if err != nil {
		return err
	}
	body, err := get(ctx, base+"/status", *token)
	if err != nil {
		return err
	}
	var st api.Status
	if err := json.Unmarshal(body, &st); err != nil && !*asJSON {
		return fmt.Errorf("decode status from %s: %w", base, err)
	}
	if *asJSON {
		if err := writeAnswer(env.stdout, body, base+"/status"); err != nil {
			return err
		}
		return noSuchDomain(&st)
	}
	var ll api.LiveLog
	if *live > 0 || lastDelivered(&st) {
		// A window with failures whose last attempt was delivered: the
		// live log names the last failure (lastFailure), even when no
		// recent attempts are to be printed.
		lb, err := get(ctx, base+"/live", *token)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(lb, &ll); err != nil {
			return fmt.Errorf("decode live log from %s: %w", base, err)
		}
	}
	printStatus(printable(env.stdout), &st, ll.Attempts[:min(*live, len(ll.Attempts))], lastFailure(&st, ll.Attempts), time.Now())
	return noSuchDomain(&st)
}

// exitNoSuchDomain is status's exit status for a domain it does not know:
// 4, as systemctl status's for a unit it does not know (LSB's "program or
// service status is unknown"), apart from 1 for an API it could not ask.
const exitNoSuchDomain = 4

// noSuchDomain fails a status of a domain that has had no attempt and is
// not in the directory: most often a typo, which a script (a monitoring
// check, a ticket enricher) must not read as a healthy answer, nor as an
// outage of the API (newcomer reviews D3 of session 36, N6 of session
// 37). The status is printed all the same. A directory domain that has
// had no mail yet is a known domain, exit status 0.
func noSuchDomain(st *api.Status) error {
	if st.Status != schemas.StatusUnknown || st.Customer != "" || st.Domain == "" {
		return nil
	}
	return &exitError{code: exitNoSuchDomain, err: fmt.Errorf("%s: no attempts seen and not in the directory", st.Domain)}
}

// lastDelivered reports whether the status's window holds failures
// while its last response is a 2xx: the case for a "last failure" line.
// The status decides, not the live log read by a second request, so that
// the two lines cannot contradict each other (review S35-B1). A delivery
// reported without a reply code (local or LMTP delivery) gets no line.
func lastDelivered(st *api.Status) bool {
	return st.Failures > 0 && st.LastCode >= 200 && st.LastCode < 300
}

// writeAnswer writes an API's JSON answer as it came, after checking it is
// JSON: a foreign --api could send anything, escape sequences included
// (review S35-B4); JSON itself escapes control characters in strings.
func writeAnswer(w io.Writer, body []byte, what string) error {
	if !json.Valid(body) {
		return fmt.Errorf("the answer for %s is not JSON (%d bytes): is --api a mailflow instance?", what, len(body))
	}
	_, err := w.Write(body)
	return err
}

// lastFailure returns the newest attempt of a live log (newest first)
// that was not delivered, when the status's last response was
// (lastDelivered): a domain Bad with 21 failures of 25 whose last attempt
// happened to go through would otherwise show only "last response 250
// 2.0.0 OK" — Good domains with failures get the line too. It returns nil
// otherwise, or when the live log holds no failure.
func lastFailure(st *api.Status, attempts []api.Attempt) *api.Attempt {
	if !lastDelivered(st) {
		return nil
	}
	for i := range attempts {
		if attempts[i].Outcome != schemas.OutcomeDelivered.String() {
			return &attempts[i]
		}
	}
	return nil
}

// get asks an instance's API for u with token (none when empty) and
// returns the body of a 200 answer; any other answer, or none, is an
// error that says what to do about it.
func get(ctx context.Context, u, token string) ([]byte, error) {
	b, code, err := getAnswer(ctx, u, token)
	if err != nil {
		return nil, err
	}
	if code != http.StatusOK {
		var e struct{ Error string }
		_ = json.Unmarshal(b, &e)
		if code == http.StatusUnauthorized {
			// The server speaks HTTP; the person at the terminal needs
			// the flag.
			e.Error += " (give the token with --api-token or MAILFLOW_API_TOKEN; an operator's token is the one the instance was started with, a manager makes one with POST /api/v1/me/tokens while signed in to the console)"
		}
		return nil, fmt.Errorf("GET %s: %d %s: %s", u, code, http.StatusText(code), e.Error)
	}
	return b, nil
}

// getAnswer is get's request: the body (at most 8 MiB) and the HTTP
// status code of whatever answer came, or an error when none did.
func getAnswer(ctx context.Context, u, token string) ([]byte, int, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		// The URL error repeats the whole request; the instance's address
		// and the cause say it better.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		host := u
		if pu, perr := url.Parse(u); perr == nil {
			host = pu.Scheme + "://" + pu.Host
		}
		return nil, 0, fmt.Errorf("no answer from %s: is mailflow running there? (mailflow dev serves http://127.0.0.1:8080; --api names another instance): %w", host, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("read %s: %w", u, err)
	}
	return b, resp.StatusCode, nil
}

// printStatus renders a Mail Flow Status for a person at a terminal.
//
// lastFail, when not nil, is the newest failed attempt (lastFailure),
// printed below the last response.
func printStatus(w io.Writer, st *api.Status, recent []api.Attempt, lastFail *api.Attempt, now time.Time) {
	headline := strings.ToUpper(st.Status.String())
	if st.Since != nil {
		headline += fmt.Sprintf(" since %s (%s ago)", st.Since.Local().Format("2006-01-02 15:04:05 MST"), ago(now.Sub(*st.Since)))
	}
	fmt.Fprintf(w, "%s  %s\n", st.Domain, headline)
	if st.Customer != "" {
		fmt.Fprintf(w, "  customer %s, reseller %s\n", st.Customer, st.Reseller)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if st.Status == schemas.StatusUnknown {
		fmt.Fprintf(tw, "  no attempts yet\twindow %d, threshold %s\n", st.Window, pct(st.Threshold))
		tw.Flush()
		if st.Customer == "" {
			// Most often a typo: say so rather than leave an empty status.
			fmt.Fprintln(w, "  not in the directory either: check the spelling (mailflow config get lists the domains)")
		}
		return
	}
	if st.Attempts < st.Window {
		// A rate of a partial window misleads ("GOOD, success rate 0%"
		// after one bounce): count the failures against the one that
		// turns the domain Bad, as the console does.
		budget := directory.Threshold(math.Round(st.Threshold * directory.ThresholdScale)).Budget(st.Window)
		fmt.Fprintf(tw, "  failures so far\t%d of %s; Bad at %d  window %d, threshold %s\n",
			st.Failures, plural(st.Attempts, "attempt"), budget+1, st.Window, pct(st.Threshold))
	} else {
		fmt.Fprintf(tw, "  success rate\t%s (%d of %d delivered, %d failed)  window %d, threshold %s\n",
			pct(st.SuccessRate), st.Attempts-st.Failures, st.Attempts, st.Failures, st.Window, pct(st.Threshold))
	}
	fmt.Fprintf(tw, "  delivery delay\tlatest %s, median %s\n", secs(st.DeliveryDelay.LatestSeconds), secs(st.DeliveryDelay.MedianSeconds))
	printDetections(tw, st, now)
	if st.LastAttemptAt != nil {
		fmt.Fprintf(tw, "  last response\t%s  (%s ago)\n", oneLine(st.LastResponse, 100), ago(now.Sub(*st.LastAttemptAt)))
	}
	if lastFail != nil {
		fmt.Fprintf(tw, "  last failure\t%s  (%s ago, %s)\n", oneLine(lastFail.Response, 100), ago(now.Sub(lastFail.At)), oneLine(lastFail.Outcome, 12))
	}
	for i, c := range st.TopCategories {
		label := ""
		if i == 0 {
			label = "  top failures"
		}
		fmt.Fprintf(tw, "%s\t%s ×%d", label, c.Category, c.Count)
		if c.Advice != "" {
			fmt.Fprintf(tw, " — %s", oneLine(c.Advice, 100))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if len(recent) > 0 {
		fmt.Fprintln(w, "  recent attempts (newest first):")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, a := range recent {
			// every field from the server on one line: a line break in
			// one would forge a row (review S35-B3)
			fmt.Fprintf(tw, "    %s\t%s\t%s\t%s\n", a.At.Local().Format("2006-01-02 15:04:05 MST"), oneLine(a.Outcome, 12), oneLine(a.Recipient, 80), oneLine(a.Response, 70))
		}
		tw.Flush()
	}
}

func pct(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

func secs(s float64) string {
	if s == 0 {
		return "-"
	}
	return (time.Duration(s * float64(time.Second))).Round(10 * time.Millisecond).String()
}

func ago(d time.Duration) string {
	switch {
	case d < 0:
		return "0s"
	case d < time.Minute:
		return d.Round(time.Second).String()
	case d < time.Hour:
		return d.Round(time.Minute).String()
	}
	return d.Round(time.Hour).String()
}

// oneLine flattens a multi-line SMTP response and shortens it.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// plural says "1 attempt" or "2 attempts".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// printDetections adds the per-domain detections of issue 15 to the status
// table: delayed mail, silence and reason-aware health, each with the
// setting it is judged by, so that "no" says how far from an alert the
// domain is.
func printDetections(w io.Writer, st *api.Status, now time.Time) {
	if inc := st.Incident; inc != nil {
		since := ""
		if !inc.FirstSeen.IsZero() {
			since = " since " + inc.FirstSeen.Local().Format("2006-01-02 15:04 MST")
		}
		fmt.Fprintf(w, "  INCIDENT	part of a %s incident (%s): %s of %s went Bad together%s, %d still Bad (incident %s)\n",
			cmp.Or(inc.ProviderName, inc.Provider), inc.Category, plural(inc.Total, "domain"), plural(inc.Customers, "customer"), since, inc.Affected, inc.ID)
	}
	cur := st.DeliveryDelay.CurrentSeconds
	switch {
	case st.Delayed:
		fmt.Fprintf(w, "  DELAYED\tcurrent delay %s, counting deferrals still retried (threshold %s)\n", span(cur), span(st.DelayThresholdSeconds))
	case st.DelayThresholdSeconds == 0:
		fmt.Fprintf(w, "  delayed\tdetection off (delay_threshold off)\n")
	default:
		fmt.Fprintf(w, "  delayed\tno: current delay %s, counting deferrals still retried (threshold %s)\n", span(cur), span(st.DelayThresholdSeconds))
	}
	// The baseline is the last 24 hours' mean (state.Window.AttemptsPerHour):
	// said so, as a domain seen for a few minutes reads "usually 1.2/hour"
	// however busy those minutes were (newcomer review S47 N4).
	usually := fmt.Sprintf("usually %s/hour (24h average)", perHour(st.AttemptsPerHour))
	switch {
	case st.Silent:
		since := "no mail"
		if st.LastArrivalAt != nil {
			since = fmt.Sprintf("no mail since %s, %s ago", st.LastArrivalAt.Local().Format("2006-01-02 15:04 MST"), span(max(0, now.Sub(*st.LastArrivalAt).Seconds())))
		}
		fmt.Fprintf(w, "  SILENT\t%s (%s; silent after %s)\n", since, usually, span(st.SilentAfterSeconds))
	case st.SilentAfterSeconds == 0:
		fmt.Fprintf(w, "  silent\tdetection off (silent_after off)\n")
	case st.AttemptsPerHour < float64(st.SilentBaseline):
		fmt.Fprintf(w, "  silent\tno: %s, below the %d/hour from which a silence is reported\n", usually, st.SilentBaseline)
	default:
		fmt.Fprintf(w, "  silent\tno: %s; silent after %s without mail\n", usually, span(st.SilentAfterSeconds))
	}
	if st.ExcludeRecipientFailures {
		fmt.Fprintf(w, "  recipient failures\t%d of %d failures not counted (exclude_recipient_failures on)\n", st.ExcludedFailures, st.Failures)
	}
}

// span prints seconds as a person reads a delay: 47m, 2h, 1h30m, 12s.
func span(s float64) string {
	d := time.Duration(s * float64(time.Second))
	if d >= time.Minute {
		d = d.Round(time.Minute)
	} else {
		d = d.Round(time.Second)
	}
	out := d.String()
	if strings.HasSuffix(out, "m0s") {
		out = out[:len(out)-2]
	}
	if strings.HasSuffix(out, "h0m") {
		out = out[:len(out)-2]
	}
	return out
}

// perHour prints an hourly rate: whole numbers above 10, one decimal below,
// cut rather than rounded, so that a rate below the silence baseline never
// reads as the baseline ("usually 5.0/hour, below the 5/hour": 4.96).
func perHour(r float64) string {
	if r >= 10 || r == math.Trunc(r) {
		return fmt.Sprintf("%.0f", math.Trunc(r))
	}
	return fmt.Sprintf("%.1f", math.Trunc(r*10)/10)
}

// apiBase returns the instance's base URL from --api: without a trailing
// slash, and without the API's own path when it was given ("http://host/
// api/v1", as the README's examples of requests show it), which the
// commands would otherwise add a second time and get 404.
// domainURL returns the API's URL of the domain name (…/api/v1/domains/
// NAME), the name canonicalised as the API does. A name that is no host
// name is a usage error saying why, rather than the server's 401 or 404.
func domainURL(api, name string) (string, error) {
	domain, err := schemas.CanonicalDomain(name)
	if err != nil {
		return "", usageErr("%q is not a domain name: %v", name, err)
	}
	return apiBase(api) + "/api/v1/domains/" + url.PathEscape(domain), nil
}

func apiBase(u string) string {
	u = strings.TrimRight(u, "/")
	return strings.TrimSuffix(strings.TrimSuffix(u, "/api/v1"), "/api")
}
