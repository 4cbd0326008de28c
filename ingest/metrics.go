package ingest

import (
	"context"
	"strconv"
	"time"

	"github.com/newsner/newsner"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pipeline's Prometheus instruments. Label values come from
// small fixed sets (error classes, outcomes, status classes), never from URLs
// or hosts. A nil *Metrics records nothing.
type Metrics struct {
	consumed      prometheus.Counter
	fetches       *prometheus.CounterVec
	fetchDuration *prometheus.HistogramVec
	queueWait     prometheus.Histogram
	responses     *prometheus.CounterVec
	fetchedBytes  prometheus.Counter
	processed     *prometheus.HistogramVec
	written       *prometheus.CounterVec
	deadLetters   *prometheus.CounterVec
	skips         *prometheus.CounterVec
	busy          prometheus.Gauge
	workers       prometheus.Gauge
}

// pageSeconds are the buckets of the times one page takes (to load it, to
// go from its URL to its record written).
var pageSeconds = []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// NewMetrics creates the pipeline's metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		consumed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_urls_consumed_total",
			Help: "URLs taken from the source (topic, stdin or archive) by a worker.",
		}),
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_fetches_total",
			Help: "Page loads by outcome (ok, error) and error class (empty when ok).",
		}, []string{"outcome", "class"}),
		fetchDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsner_fetch_duration_seconds",
			Help:    "Time to load a page (fetch with retries, or read a file), by outcome, without the wait for the per-host limits (newsner_fetch_queue_wait_seconds).",
			Buckets: pageSeconds,
		}, []string{"outcome"}),
		queueWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsner_fetch_queue_wait_seconds",
			Help:    "Time a page load waited for its host's concurrency and rate limits (--per-host-concurrency, --per-host-rate, robots.txt Crawl-delay) before being sent.",
			Buckets: []float64{0, .01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
		}),
		responses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_http_responses_total",
			Help: "Final HTTP responses by status class (2xx, 3xx, 4xx, 5xx).",
		}, []string{"code"}),
		fetchedBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_fetched_bytes_total",
			Help: "Bytes of page bodies loaded.",
		}),
		processed: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsner_job_duration_seconds",
			Help:    "Time from taking a URL to its output being written, by outcome (article, dead_letter).",
			Buckets: pageSeconds,
		}, []string{"outcome"}),
		written: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_records_written_total",
			Help: "Records acknowledged by the sink, by kind (article, dead_letter).",
		}, []string{"kind"}),
		deadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_dead_letters_total",
			Help: "URLs dead-lettered, by error class.",
		}, []string{"class"}),
		skips: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_urls_skipped_total",
			Help: "URLs taken but not processed, by reason (duplicate).",
		}, []string{"reason"}),
		busy: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsner_workers_busy",
			Help: "Workers working on a URL now.",
		}),
		workers: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsner_workers",
			Help: "Workers running.",
		}),
	}
	reg.MustRegister(m.consumed, m.fetches, m.fetchDuration, m.queueWait, m.responses, m.fetchedBytes,
		m.processed, m.written, m.deadLetters, m.skips, m.busy, m.workers)
	return m
}

func (m *Metrics) jobTaken() {
	if m == nil {
		return
	}
	m.consumed.Inc()
	m.busy.Inc()
}

func (m *Metrics) jobEnded(start time.Time, outcome string) {
	if m == nil {
		return
	}
	m.busy.Dec()
	if outcome != "" {
		m.processed.WithLabelValues(outcome).Observe(time.Since(start).Seconds())
	}
}

func (m *Metrics) loaded(page newsner.Page, err error, d, wait time.Duration) {
	if m == nil {
		return
	}
	m.queueWait.Observe(wait.Seconds())
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.fetches.WithLabelValues(outcome, newsner.ErrorCode(err)).Inc()
	m.fetchDuration.WithLabelValues(outcome).Observe(d.Seconds())
	if page.Status >= 100 && page.Status < 600 {
		m.responses.WithLabelValues(strconv.Itoa(page.Status/100) + "xx").Inc()
	}
	m.fetchedBytes.Add(float64(len(page.Body)))
}

func (m *Metrics) wrote(kind, class string) {
	if m == nil {
		return
	}
	m.written.WithLabelValues(kind).Inc()
	if kind == "dead_letter" {
		m.deadLetters.WithLabelValues(class).Inc()
	}
}

// CountSkips returns skip counting each dead letter it writes, as the
// pipeline counts its own: for a batch source's damaged inputs, which never
// become jobs.
func (m *Metrics) CountSkips(skip SkipFunc) SkipFunc {
	if m == nil {
		return skip
	}
	return func(ctx context.Context, input string, cause error) error {
		err := skip(ctx, input, cause)
		if err == nil {
			m.wrote("dead_letter", newsner.ErrorCode(cause))
		}
		return err
	}
}

func (m *Metrics) skipped(reason string) {
	if m != nil {
		m.skips.WithLabelValues(reason).Inc()
	}
}

func (m *Metrics) setWorkers(n int) {
	if m == nil {
		return
	}
	m.workers.Set(float64(n))
}
