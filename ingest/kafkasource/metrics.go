package kafkasource

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Kafka source's Prometheus instruments. The topic
// label is the configured URL topic and the partition label one of its
// partitions, so label values are bounded by the topic's partition count; a
// member reports only the partitions it holds. A nil *Metrics records
// nothing.
type Metrics struct {
	lag         *prometheus.GaugeVec
	uncommitted *prometheus.GaugeVec
	assigned    prometheus.Gauge
	commits     prometheus.Counter
	commitErrs  prometheus.Counter
	rebalances  prometheus.Counter
	lateDone    prometheus.Counter
}

// NewMetrics creates the Kafka source's metrics and registers them with
// reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsner_kafka_consumer_lag",
			Help: "Messages of an assigned partition not yet handed to a worker: the high watermark minus the next offset to hand out.",
		}, []string{"topic", "partition"}),
		uncommitted: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsner_kafka_uncommitted_offsets",
			Help: "Offsets of an assigned partition between the group's committed offset and the newest processed one (processed again after a crash).",
		}, []string{"topic", "partition"}),
		assigned: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsner_kafka_assigned_partitions",
			Help: "Partitions of the URL topic this member holds in the current group generation.",
		}),
		commits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_kafka_commits_total",
			Help: "Offset commits the group coordinator accepted.",
		}),
		commitErrs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_kafka_commit_errors_total",
			Help: "Offset commits that failed (retried by the next commit).",
		}),
		rebalances: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_kafka_rebalances_total",
			Help: "Consumer group generations this member joined (the first join included).",
		}),
		lateDone: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsner_kafka_done_after_revoke_total",
			Help: "Jobs finished after their partition was taken away: not committed, so the partition's next owner processes them again.",
		}),
	}
	reg.MustRegister(m.lag, m.uncommitted, m.assigned, m.commits, m.commitErrs, m.rebalances, m.lateDone)
	return m
}

// setLag sets a partition's lag (a negative v as 0).
func (m *Metrics) setLag(topic string, p int, v int64) {
	if m != nil {
		setPartition(m.lag, topic, p, v)
	}
}

// setUncommitted sets a partition's uncommitted offsets (a negative v as 0).
func (m *Metrics) setUncommitted(topic string, p int, v int64) {
	if m != nil {
		setPartition(m.uncommitted, topic, p, v)
	}
}

// setPartition sets g's value for one partition of topic to v, a count of
// offsets, never below 0: the one way a per-partition gauge is set.
func setPartition(g *prometheus.GaugeVec, topic string, p int, v int64) {
	g.WithLabelValues(topic, strconv.Itoa(p)).Set(float64(max(v, 0)))
}

// joined records a new generation holding n partitions.
func (m *Metrics) joined(n int) {
	if m == nil {
		return
	}
	m.rebalances.Inc()
	m.assigned.Set(float64(n))
}

// left forgets the partitions of a generation that ended: their next owner
// reports them.
func (m *Metrics) left(topic string, parts []int) {
	if m == nil {
		return
	}
	m.assigned.Set(0)
	for _, p := range parts {
		m.lag.DeleteLabelValues(topic, strconv.Itoa(p))
		m.uncommitted.DeleteLabelValues(topic, strconv.Itoa(p))
	}
}

func (m *Metrics) committed(err error) {
	if m == nil {
		return
	}
	if err != nil {
		m.commitErrs.Inc()
		return
	}
	m.commits.Inc()
}

func (m *Metrics) doneLate() {
	if m == nil {
		return
	}
	m.lateDone.Inc()
}
