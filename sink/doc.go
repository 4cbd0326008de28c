// Package sink writes newsner's records where consumers read them: as JSON
// lines to a stream (stdout) and as messages on Kafka topics (articles, raw
// pages, dead letters). Every write returns only once the record is durably
// handed over, so a caller may then mark its input done. The Kafka writer is
// built on internal/kafka (connection, retry predicate, topic names, the
// raw-page record).
package sink
