package kafkatest

import (
	"context"
	"testing"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/internal/kafka"
)

// Write writes msgs with w, again while the error is one the sink retries
// (kafka.Retry: a topic just created can be unknown to the writer's first
// metadata request, and its partitions' leaders not elected yet). It fails
// the test on a permanent error, or after 30 seconds.
func Write(ctx context.Context, t testing.TB, w *kgo.Writer, msgs ...kgo.Message) {
	t.Helper()
	if err := kafka.Retry(ctx, func() error { return w.WriteMessages(ctx, msgs...) }); err != nil {
		t.Fatalf("write %d messages to %s: %v", len(msgs), w.Topic, err)
	}
}
