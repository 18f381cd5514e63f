package quarantine

import (
	"os"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector reports, at each scrape, the damage of an instance's stores
// (name → directory, e.g. "state" → the data dir): whether Listener
// marked a store damaged (it is set aside and rebuilt at the next start;
// until then the reads of its damaged part fail), and how many
// directories of set-aside files are kept beside it for inspection
// (SetAside; an operator removes them when done). A scrape costs a stat
// and a directory listing per store; a directory that cannot be read
// reports nothing for its store.
//
//	mailflow_store_damaged{store}          1 while marked, else 0
//	mailflow_store_set_aside_dirs{store}   damaged-* directories kept
func Collector(stores map[string]string) prometheus.Collector {
	return &collector{
		stores: stores,
		damaged: prometheus.NewDesc("mailflow_store_damaged",
			"1 while the store is marked damaged on disk (a read met corruption): it is set aside and rebuilt from Kafka at the next start; restart the instance.",
			[]string{"store"}, nil),
		aside: prometheus.NewDesc("mailflow_store_set_aside_dirs",
			"Directories of a damaged store's files that were set aside at a start and are kept beside the store for inspection (remove them when done).",
			[]string{"store"}, nil),
	}
}

type collector struct {
	stores         map[string]string
	damaged, aside *prometheus.Desc
}

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.damaged
	ch <- c.aside
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	for name, dir := range c.stores {
		marked, aside, ok := damage(dir)
		if !ok {
			continue
		}
		ch <- prometheus.MustNewConstMetric(c.damaged, prometheus.GaugeValue, marked, name)
		ch <- prometheus.MustNewConstMetric(c.aside, prometheus.GaugeValue, aside, name)
	}
}

// damage reads whether dir holds the marker and how many set-aside
// directories it holds; ok is false for a directory that cannot be read.
// The names are listed unsorted and unstat'ed: a store's directory holds
// thousands of tables, and this runs at every scrape.
func damage(dir string) (marked, aside float64, ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return 0, 0, false
	}
	for _, n := range names {
		switch {
		case n == Marker:
			marked = 1
		case strings.HasPrefix(n, asidePrefix):
			aside++
		}
	}
	return marked, aside, true
}
