// Package sink writes newsner's records where consumers read them: as JSON
// lines to a stream (stdout; jsonlines.go) and as messages on Kafka topics
// (articles, raw pages, dead letters; kafka.go, its metrics in
// kafka_metrics.go). Every write returns only once the record is durably
// handed over, so a caller may then mark its input done. The Kafka writer
// also writes the messages of newsner's other topics with the same
// acknowledgement and retries (WriteMessages): feed's URLs, and watch's URL
// records, seen URLs and sources through watchkafka. OpenKafka, which
// creates the topics first, is how each command opens it. It is built on
// internal/kafka (connection, retry predicate, topic names, the raw-page
// record).
package sink
