package kafka

import (
	"context"
	"fmt"
	"time"

	kgo "github.com/segmentio/kafka-go"
)

// GroupLag returns how many messages of topic the consumer group has not
// committed yet: the sum over the topic's partitions of the end offset
// minus the group's committed offset (the partition's start where the
// group has committed none). It reads offsets only; it does not join the
// group. Retriable answers (a coordinator not found yet) are asked again.
func GroupLag(ctx context.Context, c Config, group, topic string) (int64, error) {
	c = c.WithDefaults()
	t := c.Transport()
	defer t.CloseIdleConnections()
	cl := c.Client(t, 10*time.Second)
	parts, err := Partitions(ctx, cl, topic)
	if err != nil {
		return 0, fmt.Errorf("lag of group %s on %w", group, err)
	}
	first, err := Offsets(ctx, cl, topic, parts, kgo.FirstOffsetOf)
	if err != nil {
		return 0, fmt.Errorf("lag of group %s on %w", group, err)
	}
	last, err := Offsets(ctx, cl, topic, parts, kgo.LastOffsetOf)
	if err != nil {
		return 0, fmt.Errorf("lag of group %s on %w", group, err)
	}
	committed, err := Committed(ctx, cl, group, topic, parts)
	if err != nil {
		return 0, fmt.Errorf("lag on %w", err)
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
