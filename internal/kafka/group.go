package kafka

import (
	"fmt"
	"log/slog"
	"time"

	kgo "github.com/segmentio/kafka-go"
)

// Group says how a process takes part in a consumer group: the group's
// name and its timeouts. The URL source (ingest/kafkasource) and the
// watch processes sharing their sites (ingest/watch/watchkafka) join their
// groups with it.
type Group struct {
	// ID names the group; processes in one group share the topic's
	// partitions.
	ID string
	// SessionTimeout is how long the group coordinator waits without a
	// heartbeat before it gives this member's partitions to others.
	// Default: 10s.
	SessionTimeout time.Duration
	// HeartbeatInterval is how often the member heartbeats. Default: 3s.
	HeartbeatInterval time.Duration
	// RebalanceTimeout is how long the coordinator waits for members to
	// rejoin during a rebalance. Default: 30s.
	RebalanceTimeout time.Duration
}

// WithDefaults returns g with its zero timeouts set to their defaults.
func (g Group) WithDefaults() Group {
	if g.SessionTimeout <= 0 {
		g.SessionTimeout = 10 * time.Second
	}
	if g.HeartbeatInterval <= 0 {
		g.HeartbeatInterval = 3 * time.Second
	}
	if g.RebalanceTimeout <= 0 {
		g.RebalanceTimeout = 30 * time.Second
	}
	return g
}

// ConsumerGroup returns a member of group g over topic, not yet joined
// (its Next joins). A group with no committed offset starts at the
// beginning of the topic, and the member rebalances when the topic's
// partitions change. The group's own errors (it recovers from them) go to
// log.
func (c Config) ConsumerGroup(topic string, g Group, log *slog.Logger) (*kgo.ConsumerGroup, error) {
	c, g = c.WithDefaults(), g.WithDefaults()
	if log == nil {
		log = slog.Default()
	}
	group, err := kgo.NewConsumerGroup(kgo.ConsumerGroupConfig{
		ID:                g.ID,
		Brokers:           c.Brokers,
		Dialer:            c.Dialer(),
		Topics:            []string{topic},
		SessionTimeout:    g.SessionTimeout,
		HeartbeatInterval: g.HeartbeatInterval,
		RebalanceTimeout:  g.RebalanceTimeout,
		JoinGroupBackoff:  time.Second,
		// The group leader assigns nothing for a topic whose metadata the
		// broker does not have yet (UnknownTopicOrPartition, as just after a
		// broker restart), and nothing would ever rebalance that empty
		// assignment. Watching the partition count rebalances once the
		// topic's partitions are known again (or new ones are added).
		WatchPartitionChanges:  true,
		PartitionWatchInterval: 5 * time.Second,
		// A group with no committed offset starts at the beginning, never
		// at the end: messages written before the first member are not
		// skipped.
		StartOffset: kgo.FirstOffset,
		ErrorLogger: kgo.LoggerFunc(func(msg string, args ...any) {
			log.Warn(fmt.Sprintf("kafka consumer group %s: ", g.ID) + fmt.Sprintf(msg, args...))
		}),
	})
	if err != nil {
		return nil, fmt.Errorf("consumer group %s: %w", g.ID, err)
	}
	return group, nil
}
