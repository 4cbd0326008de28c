package kafkatest

import (
	"context"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner/internal/kafka"
)

// freshClient is a client of broker with a transport of its own: no pooled
// connection to a broker that was restarted.
func freshClient(broker string) *kgo.Client {
	return &kgo.Client{Addr: kgo.TCP(broker), Transport: &kgo.Transport{}}
}

// EndOffsets returns the high watermark of each partition of topic. Just
// after a broker restart a partition's leader may not be known yet: it is
// asked again (kafka.Retry), for up to 30 seconds, before the test fails.
func EndOffsets(t testing.TB, broker, topic string) map[int]int64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := freshClient(broker)
	ids, err := kafka.Partitions(ctx, c, topic)
	if err != nil {
		t.Fatal(err)
	}
	out, err := kafka.Offsets(ctx, c, topic, ids, kgo.LastOffsetOf)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Committed returns group's committed offset of each of the first
// partitions partitions of topic (-1: none), failing the test where the
// broker does not answer within 10 seconds.
func Committed(t testing.TB, broker, group, topic string, partitions int) map[int]int64 {
	t.Helper()
	out, err := TryCommitted(broker, group, topic, partitions)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TryCommitted is Committed with its error returned, for a test that asks
// while the group's coordinator may be away (a broker restarting).
func TryCommitted(broker, group, topic string, partitions int) (map[int]int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ids := make([]int, partitions)
	for p := range ids {
		ids[p] = p
	}
	return kafka.Committed(ctx, freshClient(broker), group, topic, ids)
}
