package watch

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are what a Watcher counts. A nil *Metrics counts nothing.
type Metrics struct {
	polls    *prometheus.CounterVec
	failures *prometheus.CounterVec
	urls     *prometheus.CounterVec
	lag      prometheus.Histogram
	duration prometheus.Histogram
	sources  *prometheus.GaugeVec
}

// NewMetrics registers the watch metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_watch_polls_total",
			Help: "Polls of sources (feeds, sitemaps, sites being discovered), by result: ok (fetched and parsed), not_modified (304), failed.",
		}, []string{"result"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_watch_poll_failures_total",
			Help: "Failed polls by error class.",
		}, []string{"class"}),
		urls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_watch_urls_total",
			Help: "Entries found in polled feeds and sitemaps, by outcome: new (emitted), duplicate (seen before), old (older than --max-age), invalid (no usable URL).",
		}, []string{"outcome"}),
		lag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsner_watch_poll_lag_seconds",
			Help:    "How late polls start after they are due.",
			Buckets: []float64{0.01, 0.1, 0.5, 1, 5, 15, 60, 300},
		}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsner_watch_poll_duration_seconds",
			Help:    "Time one poll takes, fetches, parsing and emission included.",
			Buckets: prometheus.ExponentialBuckets(0.005, 4, 9),
		}),
		sources: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsner_watch_sources",
			Help: "Sources this process polls, by kind: site (discovery), feed (a feed or sitemap).",
		}, []string{"kind"}),
	}
	for _, r := range []string{"ok", "not_modified", "failed"} {
		m.polls.WithLabelValues(r)
	}
	for _, o := range []string{"new", "duplicate", "old", "invalid"} {
		m.urls.WithLabelValues(o)
	}
	reg.MustRegister(m.polls, m.failures, m.urls, m.lag, m.duration, m.sources)
	return m
}

// RegisterSeen adds a gauge of the URLs in seen.
func (m *Metrics) RegisterSeen(reg prometheus.Registerer, seen *Seen) {
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "newsner_watch_seen_urls",
		Help: "Normalised article URLs remembered as seen (recorded within --seen-ttl, at most --seen-max; an expired one counts until polls remove it, a bounded number each).",
	}, func() float64 { return float64(seen.held()) })) // not Len: it removes every expired URL first, holding up the polls
}

func (m *Metrics) polled(result, class string, took time.Duration) {
	if m == nil {
		return
	}
	m.polls.WithLabelValues(result).Inc()
	if class != "" {
		m.failures.WithLabelValues(class).Inc()
	}
	m.duration.Observe(took.Seconds())
}

func (m *Metrics) counted(outcome string, n int) {
	if m == nil || n == 0 {
		return
	}
	m.urls.WithLabelValues(outcome).Add(float64(n))
}

func (m *Metrics) started(lag time.Duration) {
	if m == nil {
		return
	}
	m.lag.Observe(max(lag, 0).Seconds())
}

func (m *Metrics) setSources(sites, feeds int) {
	if m == nil {
		return
	}
	m.sources.WithLabelValues("site").Set(float64(sites))
	m.sources.WithLabelValues("feed").Set(float64(feeds))
}
