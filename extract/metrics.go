package extract

import (
	"time"

	"github.com/newsner/newsner"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the processor's Prometheus instruments. A nil *Metrics records
// nothing.
type Metrics struct {
	extract  prometheus.Histogram
	entities prometheus.Histogram
	perType  *prometheus.HistogramVec
	statuses *prometheus.CounterVec
}

// NewMetrics creates the processor's metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	buckets := []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}
	m := &Metrics{
		extract: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsner_extract_duration_seconds",
			Help:    "Time to reduce a page's HTML to its article text and metadata.",
			Buckets: buckets,
		}),
		entities: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsner_entities_duration_seconds",
			Help:    "Time to find the entities of an article's text (tokenize, tag, recognize, resolve).",
			Buckets: buckets,
		}),
		perType: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsner_entities_per_article",
			Help:    "Distinct entities per article, by type.",
			Buckets: []float64{0, 1, 2, 5, 10, 20, 50, 100},
		}, []string{"type"}),
		statuses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_entities_status_total",
			Help: `Articles by entities_status: "ok" (the entity model read the text) or "unsupported_language" (not read: a language the model does not cover).`,
		}, []string{"status"}),
	}
	for _, s := range []string{newsner.EntitiesOK, newsner.EntitiesUnsupportedLanguage} {
		m.statuses.WithLabelValues(s) // present at 0 from the start
	}
	reg.MustRegister(m.extract, m.entities, m.perType, m.statuses)
	return m
}

func (m *Metrics) extracted(start time.Time) {
	if m != nil {
		m.extract.Observe(time.Since(start).Seconds())
	}
}

func (m *Metrics) tagged(start time.Time, ents []newsner.Entity) {
	if m == nil {
		return
	}
	m.entities.Observe(time.Since(start).Seconds())
	counts := map[newsner.EntityType]int{}
	for _, e := range ents {
		counts[e.Type]++
	}
	for _, t := range []newsner.EntityType{newsner.Person, newsner.Location, newsner.Organization} {
		m.perType.WithLabelValues(string(t)).Observe(float64(counts[t]))
	}
}

func (m *Metrics) status(s string) {
	if m != nil {
		m.statuses.WithLabelValues(s).Inc()
	}
}
