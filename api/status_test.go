package api_test

import (
	"net/http"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/mailflow/mailflow/api"
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

func threshold(t *testing.T, s string) directory.Threshold {
	t.Helper()
	th, err := directory.ParseThreshold(s)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// statusDirectory is the directory of TestStatus: a reseller with a
// threshold, its customer with a window, and domains that inherit, override
// or have no attempts.
func statusDirectory(t *testing.T) []any {
	return []any{
		directory.Reseller{ID: "res-a", Name: "Reseller A", Settings: directory.Settings{Threshold: threshold(t, "0.8")}},
		directory.Customer{ID: "cust-a", Name: "Customer A", Reseller: "res-a", Settings: directory.Settings{Window: 10}},
		directory.Domain{Name: "cust.example", Customer: "cust-a"},
		directory.Domain{Name: "override.example", Customer: "cust-a", Settings: directory.Settings{Window: 4, Threshold: threshold(t, "0.75")}},
		directory.Domain{Name: "idle.example", Customer: "cust-a", Settings: directory.Settings{Window: 7}},
	}
}

func TestStatus(t *testing.T) {
	f := newFixture(t, statusDirectory(t)...)
	f.run()

	var script []attempt
	// good.example: five deliveries, delays 1s 2s 3s 4s 10s in arrival order.
	for _, d := range []time.Duration{1, 2, 3, 4, 10} {
		script = append(script, delivered("good.example", d*time.Second))
	}
	// bad.example: three deliveries (1s, 3s, 5s) among five failures; the
	// third failure (the fifth attempt) exceeds the budget of 2.
	script = append(script,
		delivered("bad.example", 1*time.Second),
		failure("bad.example", userUnknown),
		delivered("bad.example", 3*time.Second),
		failure("bad.example", userUnknown),
		failure("bad.example", mailboxFull),
		delivered("bad.example", 5*time.Second),
		failure("bad.example", blocklisted),
		failure("bad.example", rateLimited),
	)
	// cust.example inherits window 10 from its customer and threshold 0.8
	// from its reseller.
	script = append(script, delivered("cust.example", time.Second), delivered("cust.example", 3*time.Second))
	// override.example: window 4, threshold 0.75 (budget 1): Bad at the
	// second failure, Good again once the window holds one failure.
	script = append(script,
		failure("override.example", userUnknown),
		failure("override.example", userUnknown),
		delivered("override.example", time.Second),
		delivered("override.example", time.Second),
		delivered("override.example", time.Second),
		delivered("override.example", 2*time.Second),
	)
	evs := f.produce(script...)
	f.waitAttempts(countByDomain(evs))
	byDomain := map[string][]schemas.DeliveryEvent{}
	for _, e := range evs {
		byDomain[e.Domain] = append(byDomain[e.Domain], e)
	}
	at := func(d string, i int) *time.Time { t := byDomain[d][i].CompletedAt; return &t }

	tests := []struct {
		name, path string
		want       api.Status
	}{{
		name: "good", path: "good.example",
		want: api.Status{
			Domain: "good.example", Status: schemas.StatusGood, Since: at("good.example", 0),
			SuccessRate: 1, Attempts: 5, Failures: 0, Window: 25, Threshold: 0.9,
			DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 10, MedianSeconds: 3, CurrentSeconds: 3},
			LastResponse:  "250 2.0.0 Ok: queued as X", LastCode: 250, LastAttemptAt: at("good.example", 4),
			TopCategories: []schemas.CategoryCount{}, TotalAttempts: 5, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "bad", path: "bad.example",
		want: api.Status{
			Domain: "bad.example", Status: schemas.StatusBad, Since: at("bad.example", 4),
			SuccessRate: 3.0 / 8, Attempts: 8, Failures: 5, Window: 25, Threshold: 0.9,
			DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 5, MedianSeconds: 3, CurrentSeconds: 1}, // the deferrals' ages count
			LastResponse:  rateLimited.response, LastCode: 421, LastAttemptAt: at("bad.example", 7),
			// Most frequent first, ties in the fixed category order.
			TopCategories: []schemas.CategoryCount{
				{Category: "user_unknown", Count: 2, Advice: diagnose.CategoryAdvice(schemas.CategoryUserUnknown)},
				{Category: "mailbox_full", Count: 1, Advice: diagnose.CategoryAdvice(schemas.CategoryMailboxFull)},
				{Category: "rate_limited", Count: 1, Advice: diagnose.CategoryAdvice(schemas.CategoryRateLimited)},
				{Category: "blocklisted", Count: 1, Advice: diagnose.CategoryAdvice(schemas.CategoryBlocklisted)},
			},
			TotalAttempts: 8, CountedFailures: 5, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "unknown domain", path: "never-seen.example",
		want: api.Status{
			Domain: "never-seen.example", Status: schemas.StatusUnknown, Window: 25, Threshold: 0.9,
			TopCategories: []schemas.CategoryCount{}, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "unknown domain in the directory", path: "idle.example",
		want: api.Status{
			Domain: "idle.example", Customer: "cust-a", Reseller: "res-a", Status: schemas.StatusUnknown,
			Window: 7, Threshold: 0.8, TopCategories: []schemas.CategoryCount{}, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "settings inherited from customer and reseller", path: "cust.example",
		want: api.Status{
			Domain: "cust.example", Customer: "cust-a", Reseller: "res-a", Status: schemas.StatusGood, Since: at("cust.example", 0),
			SuccessRate: 1, Attempts: 2, Window: 10, Threshold: 0.8,
			DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 3, MedianSeconds: 2, CurrentSeconds: 2},
			LastResponse:  "250 2.0.0 Ok: queued as X", LastCode: 250, LastAttemptAt: at("cust.example", 1),
			TopCategories: []schemas.CategoryCount{}, TotalAttempts: 2, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "per-domain override", path: "override.example",
		want: api.Status{
			Domain: "override.example", Customer: "cust-a", Reseller: "res-a", Status: schemas.StatusGood, Since: at("override.example", 4),
			SuccessRate: 1, Attempts: 4, Failures: 0, Window: 4, Threshold: 0.75,
			DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 2, MedianSeconds: 1, CurrentSeconds: 1},
			LastResponse:  "250 2.0.0 Ok: queued as X", LastCode: 250, LastAttemptAt: at("override.example", 5),
			TopCategories: []schemas.CategoryCount{}, TotalAttempts: 6, DelayThresholdSeconds: 1800,
		},
	}, {
		name: "domain is canonicalised", path: "Good.EXAMPLE.",
		want: api.Status{
			Domain: "good.example", Status: schemas.StatusGood, Since: at("good.example", 0),
			SuccessRate: 1, Attempts: 5, Window: 25, Threshold: 0.9,
			DeliveryDelay: schemas.DeliveryDelay{LatestSeconds: 10, MedianSeconds: 3, CurrentSeconds: 3},
			LastResponse:  "250 2.0.0 Ok: queued as X", LastCode: 250, LastAttemptAt: at("good.example", 4),
			TopCategories: []schemas.CategoryCount{}, TotalAttempts: 5, DelayThresholdSeconds: 1800,
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got api.Status
			code, body := f.get("/api/v1/domains/"+tc.path+"/status", &got)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			compareStatus(t, got, tc.want)
			if got.TopCategories == nil {
				t.Errorf("top_categories is null, want a list: %s", body)
			}
		})
	}

	t.Run("advice is given for every top category", func(t *testing.T) {
		for _, c := range f.status("bad.example").TopCategories {
			if c.Advice == "" {
				t.Errorf("category %s has no advice", c.Category)
			}
		}
	})

	t.Run("settings changed while running apply to the next attempt", func(t *testing.T) {
		f.publishConfig(directory.Domain{Name: "good.example", Customer: "cust-a", Settings: directory.Settings{Window: 3}})
		f.waitFor("the new window to be in force", func() bool { return f.status("good.example").Window == 3 })
		f.produce(delivered("good.example", time.Second))
		f.waitAttempts(map[string]int{"good.example": 6})
		st := f.status("good.example")
		if st.Attempts != 3 || st.Window != 3 || st.Threshold != 0.8 || st.Customer != "cust-a" || st.Reseller != "res-a" {
			t.Errorf("after the change: attempts %d window %d threshold %v customer %q reseller %q, want 3 3 0.8 cust-a res-a",
				st.Attempts, st.Window, st.Threshold, st.Customer, st.Reseller)
		}
		// The window now holds the delays 4s, 10s and 1s.
		if st.DeliveryDelay != (schemas.DeliveryDelay{LatestSeconds: 1, MedianSeconds: 4, CurrentSeconds: 4}) {
			t.Errorf("delivery delay %+v, want latest 1s, median 4s", st.DeliveryDelay)
		}
	})
}

func compareStatus(t *testing.T, got, want api.Status) {
	t.Helper()
	eqTime := func(a, b *time.Time) bool {
		if a == nil || b == nil {
			return a == b
		}
		return a.Equal(*b)
	}
	if !eqTime(got.Since, want.Since) {
		t.Errorf("since = %v, want %v", got.Since, want.Since)
	}
	if !eqTime(got.LastAttemptAt, want.LastAttemptAt) {
		t.Errorf("last_attempt_at = %v, want %v", got.LastAttemptAt, want.LastAttemptAt)
	}
	if !slices.Equal(got.TopCategories, want.TopCategories) {
		t.Errorf("top_categories =\n  %+v\nwant\n  %+v", got.TopCategories, want.TopCategories)
	}
	got.Since, want.Since, got.LastAttemptAt, want.LastAttemptAt = nil, nil, nil, nil
	got.TopCategories, want.TopCategories = nil, nil
	// The silence detection's fields (TestStatusSilent checks them on a
	// scripted stream): its settings' defaults unless a case sets them,
	// and a baseline of the attempts, which all arrived within the last
	// day, over 24 hours.
	if want.SilentAfterSeconds == 0 && want.SilentBaseline == 0 {
		want.SilentAfterSeconds, want.SilentBaseline = 7200, 5
	}
	if got.AttemptsPerHour != float64(got.TotalAttempts)/24 || (got.LastArrivalAt == nil) != (got.TotalAttempts == 0) {
		t.Errorf("attempts_per_hour %v, last_arrival_at %v after %d attempts", got.AttemptsPerHour, got.LastArrivalAt, got.TotalAttempts)
	}
	got.AttemptsPerHour, got.LastArrivalAt = 0, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("status =\n  %+v\nwant\n  %+v", got, want)
	}
}
