package sink

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
)

// GroupLag returns how many messages of topic the consumer group has not
// committed yet: the sum over the topic's partitions of the end offset
// minus the group's committed offset (the partition's start where the
// group has committed none). It reads offsets only; it does not join the
// group.
func GroupLag(ctx context.Context, kc KafkaConfig, group, topic string) (int64, error) {
	kc = kc.withDefaults()
	t := kc.transport()
	defer t.CloseIdleConnections()
	c := &kafka.Client{Addr: kafka.TCP(kc.Brokers...), Transport: t, Timeout: 10 * time.Second}
	parts, first, last, err := askPartitionOffsets(ctx, c, topic)
	if err != nil {
		return 0, err
	}
	of, err := c.OffsetFetch(ctx, &kafka.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: parts}})
	if err != nil {
		return 0, fmt.Errorf("lag of group %s on %s: %w", group, topic, err)
	}
	if of.Error != nil {
		return 0, fmt.Errorf("lag of group %s on %s: %w", group, topic, of.Error)
	}
	committed := make(map[int]int64, len(parts))
	for _, p := range of.Topics[topic] {
		if p.Error != nil {
			return 0, fmt.Errorf("lag of group %s on %s/%d: %w", group, topic, p.Partition, p.Error)
		}
		committed[p.Partition] = p.CommittedOffset
	}
	var lag int64
	for _, p := range parts {
		from, ok := committed[p]
		if !ok || from < 0 {
			from = first[p]
		}
		if n := last[p] - from; n > 0 {
			lag += n
		}
	}
	return lag, nil
}
