package sinks

import (
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

func TestAlertmanagerConfigDefaults(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		urls    []string
		wantErr string
	}{
		{"none", nil, ""},
		{"pair", []string{"http://am-1:9093", "https://am.example/alertmanager/"}, ""},
		{"no scheme", []string{"am-1:9093"}, "want http(s)"},
		{"other scheme", []string{"ftp://am-1"}, "want http(s)"},
		{"password not echoed", []string{"gopher://u:hunter2@am"}, "u:xxxxx@am"},
		{"unparsable, not echoed", []string{"http://u:hunter2@[::1"}, "#1 is not a URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := AlertmanagerConfig{URLs: tc.urls}.withDefaults()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c.AlertName != "MailFlowBad" || c.Severity != "warning" || c.ResendInterval != time.Minute {
					t.Errorf("defaults %+v", c)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error %v, want one containing %q and no password", err, tc.wantErr)
			}
		})
	}
}

func TestAlertmanagerFiringAndResolved(t *testing.T) {
	t.Parallel()
	am := newAlertmanager(AlertmanagerConfig{URLs: []string{"http://am:9093"}, AlertName: "MailFlowBad", Severity: "page", ResendInterval: time.Minute}, "https://console.example")
	start := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	bad := schemas.StatusChange{
		ID: "x1", Domain: "a.example", Customer: "c", From: schemas.StatusGood, To: schemas.StatusBad, At: start,
		SuccessRate: 0.6, Threshold: 0.9, Attempts: 25, Failures: 10, LastResponse: "421 4.7.0 try later",
		TopCategories: []schemas.CategoryCount{{Category: "rate_limited", Count: 10, Advice: "Slow down."}},
	}
	f := am.firing(bad)
	if _, ok := f.Labels["reseller"]; ok {
		t.Errorf("empty reseller became a label: %v", f.Labels)
	}
	if f.Labels["severity"] != "page" || f.Labels["category"] != "rate_limited" || f.Labels["customer"] != "c" {
		t.Errorf("labels %v", f.Labels)
	}
	if f.GeneratorURL != "https://console.example/domains/a.example" || !f.EndsAt.IsZero() {
		t.Errorf("generatorURL %q, endsAt %s", f.GeneratorURL, f.EndsAt)
	}
	now := start.Add(time.Hour)
	for _, tc := range []struct {
		name string
		at   time.Time
		want time.Time
	}{
		{"in between", start.Add(time.Minute), start.Add(time.Minute)},
		{"before the start (arrival order)", start.Add(-time.Minute), start},
		{"ahead of the clock", now.Add(time.Minute), now},
	} {
		rec := bad
		rec.From, rec.To, rec.At, rec.SuccessRate = schemas.StatusBad, schemas.StatusGood, tc.at, 0.92
		r := resolved(f, rec, now)
		if !r.EndsAt.Equal(tc.want) {
			t.Errorf("%s: endsAt %s, want %s", tc.name, r.EndsAt, tc.want)
		}
		if r.Annotations["recovered_success_rate"] != "0.9200" || f.Annotations["recovered_success_rate"] != "" {
			t.Errorf("%s: annotations %v (firing alert's changed: %v)", tc.name, r.Annotations, f.Annotations)
		}
	}
}

// TestAlertmanagerRecordsForgottenWhenUnconfigured checks that a sink
// started without Alertmanager forgets the firing records of an earlier
// configuration, which recoveries read meanwhile did not clear.
func TestAlertmanagerRecordsForgottenWhenUnconfigured(t *testing.T) {
	t.Parallel()
	st, err := openStore(t.TempDir(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	now := time.Now()
	for _, d := range []string{"a.example", "b.example"} {
		if err := st.setFiring(0, d, amAlert{Labels: map[string]string{"domain": d}, StartsAt: now}, now); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.resolve(0, "b.example", "rec-1", amAlert{Labels: map[string]string{"domain": "b.example"}}, now); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.firingAlert(0, "b.example"); ok {
		t.Fatal("resolve left the firing record")
	}
	if _, ok, _ := st.amResolved("rec-1"); !ok {
		t.Fatal("resolve wrote no resolved record")
	}
	s := &Sink{store: st, am: newAlertmanager(AlertmanagerConfig{}, ""), log: testLogger(t)}
	s.repostLoop(t.Context())
	n := 0
	if err := st.eachFiring(func(int32, string, amAlert) bool { n++; return true }); err != nil || n != 0 {
		t.Errorf("%d firing records left (%v), want none", n, err)
	}
}
