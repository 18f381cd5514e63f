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
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		marked, aside := 0.0, 0.0
		for _, e := range entries {
			switch {
			case e.Name() == Marker:
				marked = 1
			case e.IsDir() && strings.HasPrefix(e.Name(), asidePrefix):
				aside++
			}
		}
		ch <- prometheus.MustNewConstMetric(c.damaged, prometheus.GaugeValue, marked, name)
		ch <- prometheus.MustNewConstMetric(c.aside, prometheus.GaugeValue, aside, name)
	}
}
