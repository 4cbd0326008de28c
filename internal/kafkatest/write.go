package kafkatest

import (
	"context"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/internal/kafka"
)

// Write writes msgs with w, again while the error is one the sink retries
// (kafka.Retriable): a topic just created can be unknown to the writer's
// first metadata request, and its partitions' leaders not elected yet. It
// fails the test on a permanent error, or after 30 seconds.
func Write(ctx context.Context, t testing.TB, w *kgo.Writer, msgs ...kgo.Message) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		err := w.WriteMessages(ctx, msgs...)
		if err == nil {
			return
		}
		if !kafka.Retriable(err) || time.Now().After(deadline) {
			t.Fatalf("write %d messages to %s: %v", len(msgs), w.Topic, err)
		}
	}
}
