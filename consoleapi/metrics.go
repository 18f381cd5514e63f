package consoleapi

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the console API's Prometheus series: sign-ins by result (an
// alert on many bad_credentials or throttled is an alert on guessing) and
// changes by action.
type metrics struct {
	signins *prometheus.CounterVec
	changes *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		signins: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mailflow_console_signins_total",
			Help: "Console sign-in attempts by result: ok, bad_credentials, throttled."}, []string{"result"}),
		changes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mailflow_console_changes_total",
			Help: "Changes made through the console API, by audit action."}, []string{"action"}),
	}
	for _, r := range []string{"ok", "bad_credentials", "throttled"} {
		m.signins.WithLabelValues(r)
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.signins, m.changes} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return nil, fmt.Errorf("console metrics: %w", err)
			}
		}
	}
	return m, nil
}
