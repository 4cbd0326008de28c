package sink

import (
	"github.com/prometheus/client_golang/prometheus"
)

// KafkaMetrics are the Kafka sink's Prometheus instruments, labelled by
// topic: the configured output topics (and, for WriteMessages, the topics
// the caller names), so label values are bounded by configuration. A nil
// *KafkaMetrics records nothing.
type KafkaMetrics struct {
	written *prometheus.CounterVec
	errors  *prometheus.CounterVec
	retries *prometheus.CounterVec
}

// NewKafkaMetrics creates the Kafka sink's metrics and registers them with
// reg.
func NewKafkaMetrics(reg prometheus.Registerer) *KafkaMetrics {
	m := &KafkaMetrics{
		written: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_kafka_messages_written_total",
			Help: "Messages the brokers acknowledged (acks=all), by topic.",
		}, []string{"topic"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_kafka_produce_errors_total",
			Help: "Messages whose write failed, by topic: one per failed attempt, whether retried or given up.",
		}, []string{"topic"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsner_kafka_produce_retries_total",
			Help: "Messages sent again after a transient write failure, by topic.",
		}, []string{"topic"}),
	}
	reg.MustRegister(m.written, m.errors, m.retries)
	return m
}

func (m *KafkaMetrics) wrote(topic string) {
	if m == nil {
		return
	}
	m.written.WithLabelValues(topic).Inc()
}

func (m *KafkaMetrics) failed(topic string) {
	if m == nil {
		return
	}
	m.errors.WithLabelValues(topic).Inc()
}

func (m *KafkaMetrics) retried(topic string) {
	if m == nil {
		return
	}
	m.retries.WithLabelValues(topic).Inc()
}
