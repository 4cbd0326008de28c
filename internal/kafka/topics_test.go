package kafka_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	kgo "github.com/segmentio/kafka-go"
)

// TestEnsureTopicsPartitionsAnswer: once EnsureTopics returns, every
// partition of a topic it created answers for its offsets. The metadata
// named each partition's leader a moment before the leader served it, so
// `run` on a URL topic it had just created logged a "Not Leader For
// Partition" warning for each partition's reader, twice (found walking
// README's Kafka walk-through as a new user).
func TestEnsureTopicsPartitionsAnswer(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	kc := kafka.Config{Brokers: []string{broker}}
	cl := &kgo.Client{Addr: kgo.TCP(broker), Timeout: 30 * time.Second}
	const partitions = 6
	for i := range 5 {
		topic := fmt.Sprintf("ensure.answer.%d.%d", time.Now().UnixNano(), i)
		if err := kafka.EnsureTopics(ctx, kc, kgo.TopicConfig{Topic: topic, NumPartitions: partitions, ReplicationFactor: -1}); err != nil {
			t.Fatal(err)
		}
		var req []kgo.OffsetRequest
		for p := range partitions {
			req = append(req, kgo.FirstOffsetOf(p), kgo.LastOffsetOf(p))
		}
		res, err := cl.ListOffsets(ctx, &kgo.ListOffsetsRequest{Topics: map[string][]kgo.OffsetRequest{topic: req}})
		if err != nil {
			t.Fatal(err)
		}
		for _, po := range res.Topics[topic] {
			if po.Error != nil {
				t.Errorf("%s/%d right after EnsureTopics: %v", topic, po.Partition, po.Error)
			}
		}
	}
}
