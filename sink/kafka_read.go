package sink

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/segmentio/kafka-go"
)

// ReadConfig configures Read: reading back a topic the sink writes (the
// articles, the dead letters), as newsner consume and the tests do.
type ReadConfig struct {
	// Kafka holds the brokers and credentials; its topic names are not used.
	Kafka KafkaConfig
	// Topic to read. Default: newsner.articles.
	Topic string
	// GroupID, when set, reads as a member of this consumer group and
	// commits each message after it was handled; a group with no committed
	// offset starts where Latest says. Empty reads every partition without a group.
	GroupID string
	// Latest starts at the end of the topic (only new messages) instead of
	// the beginning.
	Latest bool
	// UntilEnd stops once every partition is read up to where it ended
	// when Read started. Not with GroupID.
	UntilEnd bool
	// Since, when set, starts each partition at its first message with a
	// timestamp at or after Since (the end, for a partition with none);
	// it overrides Latest. Not with GroupID.
	Since time.Time
}

// Read calls fn for each message of the topic, from one goroutine, until
// ctx is done (Read then returns nil), fn returns an error (returned, with
// ErrStop meaning a clean stop), or UntilEnd is set and the end is reached.
func Read(ctx context.Context, cfg ReadConfig, fn func(kafka.Message) error) error {
	kc := cfg.Kafka.withDefaults()
	if cfg.Topic == "" {
		cfg.Topic = ArticlesTopic
	}
	dialer := &kafka.Dialer{ClientID: kc.ClientID, Timeout: 10 * time.Second, DualStack: true,
		TLS: kc.TLS, SASLMechanism: kc.SASL, DialFunc: kc.Dial}
	var err error
	if cfg.GroupID != "" {
		if cfg.UntilEnd {
			return errors.New("read: UntilEnd cannot be used with a consumer group")
		}
		if !cfg.Since.IsZero() {
			return errors.New("read: Since cannot be used with a consumer group")
		}
		err = readGroup(ctx, cfg, kc, dialer, fn)
	} else {
		err = readPartitions(ctx, cfg, kc, dialer, fn)
	}
	if errors.Is(err, ErrStop) || (err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err())) {
		return nil
	}
	return err
}

// ErrStop, returned by Read's fn, stops Read without an error.
var ErrStop = errors.New("stop reading")

func readGroup(ctx context.Context, cfg ReadConfig, kc KafkaConfig, d *kafka.Dialer, fn func(kafka.Message) error) error {
	start := kafka.FirstOffset
	if cfg.Latest {
		start = kafka.LastOffset
	}
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:        kc.Brokers,
		GroupID:        cfg.GroupID,
		GroupTopics:    []string{cfg.Topic},
		Dialer:         d,
		StartOffset:    start,
		MaxWait:        500 * time.Millisecond,
		SessionTimeout: 10 * time.Second,
	})
	defer r.Close()
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			return fmt.Errorf("read %s: %w", cfg.Topic, err)
		}
		ferr := fn(m)
		if ferr != nil && !errors.Is(ferr, ErrStop) {
			return ferr // not handled: not committed
		}
		if err := r.CommitMessages(ctx, m); err != nil {
			return fmt.Errorf("commit %s/%d@%d: %w", m.Topic, m.Partition, m.Offset, err)
		}
		if ferr != nil {
			return ferr
		}
	}
}

func readPartitions(ctx context.Context, cfg ReadConfig, kc KafkaConfig, d *kafka.Dialer, fn func(kafka.Message) error) error {
	t := kc.transport()
	defer t.CloseIdleConnections()
	c := &kafka.Client{Addr: kafka.TCP(kc.Brokers...), Transport: t, Timeout: 10 * time.Second}
	parts, first, last, err := partitionOffsets(ctx, c, cfg.Topic)
	if err != nil {
		return err
	}
	if !cfg.Since.IsZero() {
		if first, err = offsetsSince(ctx, c, cfg.Topic, parts, last, cfg.Since); err != nil {
			return err
		}
	}

	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	msgs := make(chan kafka.Message)
	errc := make(chan error, len(parts))
	running := 0
	for _, p := range parts {
		from, end := first[p], last[p]
		if cfg.Latest && cfg.Since.IsZero() {
			from = end
		}
		if cfg.UntilEnd && from >= end {
			continue
		}
		running++
		go func() {
			errc <- readPartition(rctx, kc, d, cfg.Topic, p, from, end, cfg.UntilEnd, msgs)
		}()
	}
	// Every reader goroutine sends exactly one error (nil at its end); wait
	// for all before returning so none outlives Read.
	var firstErr error
	for running > 0 {
		select {
		case m := <-msgs:
			if firstErr != nil {
				continue
			}
			if err := fn(m); err != nil {
				firstErr = err
				cancel()
			}
		case err := <-errc:
			running--
			if err != nil && firstErr == nil && rctx.Err() == nil {
				firstErr = err
				cancel()
			}
		}
	}
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}

func readPartition(ctx context.Context, kc KafkaConfig, d *kafka.Dialer, topic string, p int, from, end int64, untilEnd bool, out chan<- kafka.Message) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   kc.Brokers,
		Topic:     topic,
		Partition: p,
		Dialer:    d,
		MaxWait:   500 * time.Millisecond,
	})
	defer r.Close()
	if err := r.SetOffset(from); err != nil {
		return fmt.Errorf("read %s/%d: %w", topic, p, err)
	}
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("read %s/%d: %w", topic, p, err)
		}
		select {
		case out <- m:
		case <-ctx.Done():
			return nil
		}
		if untilEnd && m.Offset >= end-1 {
			return nil
		}
	}
}

// partitionOffsets returns a topic's partitions with their first and end
// offsets. A partition's leader can be briefly unknown (a topic just
// created, a broker restarting): such answers are asked again, with a
// growing pause, for up to 30 seconds.
func partitionOffsets(ctx context.Context, c *kafka.Client, topic string) (parts []int, first, last map[int]int64, err error) {
	pause := 100 * time.Millisecond
	deadline := time.Now().Add(30 * time.Second)
	for {
		parts, first, last, err = askPartitionOffsets(ctx, c, topic)
		if err == nil || !leaderMoving(err) || ctx.Err() != nil || time.Now().Add(pause).After(deadline) {
			return parts, first, last, err
		}
		select {
		case <-ctx.Done():
			return nil, nil, nil, errors.Join(err, ctx.Err())
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}

func askPartitionOffsets(ctx context.Context, c *kafka.Client, topic string) ([]int, map[int]int64, map[int]int64, error) {
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read %s: metadata: %w", topic, err)
	}
	var parts []int
	for _, tp := range md.Topics {
		if tp.Name != topic {
			continue
		}
		if tp.Error != nil {
			return nil, nil, nil, fmt.Errorf("read %s: %w", topic, tp.Error)
		}
		for _, p := range tp.Partitions {
			parts = append(parts, p.ID)
		}
	}
	if len(parts) == 0 {
		return nil, nil, nil, fmt.Errorf("read %s: no such topic", topic)
	}
	sort.Ints(parts)
	reqs := make([]kafka.OffsetRequest, 0, 2*len(parts))
	for _, p := range parts {
		reqs = append(reqs, kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p))
	}
	lo, err := c.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read %s: list offsets: %w", topic, err)
	}
	first, last := map[int]int64{}, map[int]int64{}
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, nil, nil, fmt.Errorf("read %s/%d: list offsets: %w", topic, po.Partition, po.Error)
		}
		first[po.Partition], last[po.Partition] = po.FirstOffset, po.LastOffset
	}
	return parts, first, last, nil
}

// leaderMoving reports whether err says a partition's leader is not known
// yet or has just changed: worth asking again. An unknown topic is not
// retried: reading a topic that does not exist fails at once.
func leaderMoving(err error) bool {
	var kerr kafka.Error
	if !errors.As(err, &kerr) {
		return false
	}
	switch kerr {
	case kafka.LeaderNotAvailable, kafka.NotLeaderForPartition, kafka.ReplicaNotAvailable, kafka.FencedLeaderEpoch, kafka.UnknownLeaderEpoch, kafka.OffsetNotAvailable:
		return true
	}
	return false
}

// offsetsSince returns, for each partition, the offset of its first message
// with a timestamp at or after t; the partition's end (from last) where it
// has none.
func offsetsSince(ctx context.Context, c *kafka.Client, topic string, parts []int, last map[int]int64, t time.Time) (map[int]int64, error) {
	reqs := make([]kafka.OffsetRequest, 0, len(parts))
	for _, p := range parts {
		reqs = append(reqs, kafka.TimeOffsetOf(p, t))
	}
	lo, err := c.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, fmt.Errorf("read %s: offsets since %s: %w", topic, t.Format(time.RFC3339), err)
	}
	from := make(map[int]int64, len(parts))
	for _, p := range parts {
		from[p] = last[p]
	}
	for _, po := range lo.Topics[topic] {
		if po.Error != nil {
			return nil, fmt.Errorf("read %s/%d: offsets since %s: %w", topic, po.Partition, t.Format(time.RFC3339), po.Error)
		}
		for off := range po.Offsets {
			if off >= 0 && off < from[po.Partition] {
				from[po.Partition] = off
			}
		}
	}
	return from, nil
}
