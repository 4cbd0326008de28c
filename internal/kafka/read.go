package kafka

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"time"

	kgo "github.com/segmentio/kafka-go"
)

// Partition says which partition ReadPartition reads, from where to where,
// and how it waits.
type Partition struct {
	Topic string
	ID    int
	// From is the first offset to read (an absolute offset, or
	// kgo.FirstOffset / kgo.LastOffset).
	From int64
	// End, where not negative, is the offset the read stops before: it
	// returns nil once the message before it was handled.
	End int64
	// MaxWait is the longest a fetch waits for new messages. Default: 500ms.
	MaxWait time.Duration
	// QueueCapacity is how many messages the reader fetches ahead.
	// Default: kafka-go's (100).
	QueueCapacity int
	// Logger, where set, receives the reader's own errors (it reconnects by
	// itself) and fetch errors it goes on after.
	Logger *slog.Logger
	// IdleAfter, where positive, is how long a fetch may find nothing before
	// Idle is asked whether the read is over (the rest of the range may
	// have been deleted by retention).
	IdleAfter time.Duration
	Idle      func(ctx context.Context) bool
	// KeepGoing makes a failed fetch (rare: the reader reconnects by itself)
	// a pause of a second rather than the end of the read.
	KeepGoing bool
}

// ReadPartition reads one partition, calling handle for each message in
// offset order, until ctx ends (it returns ctx's error), handle fails (its
// error), the End is reached or Idle says the read is over (nil). It is the
// one partition-reading loop: the URL source, the raw-topic reader and Read
// all use it.
func ReadPartition(ctx context.Context, c Config, p Partition, handle func(kgo.Message) error) error {
	c = c.WithDefaults()
	if p.MaxWait <= 0 {
		p.MaxWait = 500 * time.Millisecond
	}
	rc := kgo.ReaderConfig{
		Brokers:       c.Brokers,
		Topic:         p.Topic,
		Partition:     p.ID,
		Dialer:        c.Dialer(),
		MinBytes:      1,
		MaxBytes:      DefaultMaxMessageBytes,
		MaxWait:       p.MaxWait,
		QueueCapacity: p.QueueCapacity,
	}
	if p.Logger != nil {
		rc.ErrorLogger = kgo.LoggerFunc(func(msg string, args ...any) {
			p.Logger.Warn(fmt.Sprintf("kafka %s/%d: ", p.Topic, p.ID) + fmt.Sprintf(msg, args...))
		})
	}
	r := kgo.NewReader(rc)
	defer r.Close()
	if err := r.SetOffset(p.From); err != nil {
		return fmt.Errorf("read %s/%d: %w", p.Topic, p.ID, err)
	}
	for {
		m, err := fetch(ctx, r, p.IdleAfter)
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return ctx.Err()
		case p.IdleAfter > 0 && errors.Is(err, context.DeadlineExceeded):
			if p.Idle != nil && p.Idle(ctx) {
				return nil
			}
			continue
		case p.KeepGoing:
			if p.Logger != nil {
				p.Logger.Warn("kafka fetch", "topic", p.Topic, "partition", p.ID, "error", err)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
			}
			continue
		default:
			return fmt.Errorf("read %s/%d: %w", p.Topic, p.ID, err)
		}
		if p.End >= 0 && m.Offset >= p.End {
			return nil
		}
		if err := handle(m); err != nil {
			return err
		}
		if p.End >= 0 && m.Offset >= p.End-1 {
			return nil
		}
	}
}

// fetch fetches the next message, waiting at most idle where positive.
func fetch(ctx context.Context, r *kgo.Reader, idle time.Duration) (kgo.Message, error) {
	if idle <= 0 {
		return r.FetchMessage(ctx)
	}
	fctx, cancel := context.WithTimeout(ctx, idle)
	defer cancel()
	return r.FetchMessage(fctx)
}

// Partitions returns a topic's partitions, ascending, asking again while
// the answer is retriable (Retry). A topic that does not exist is
// ErrNoTopic.
func Partitions(ctx context.Context, cl *kgo.Client, topic string) ([]int, error) {
	var ids []int
	err := Retry(ctx, func() error {
		ids = ids[:0]
		md, err := cl.Metadata(ctx, &kgo.MetadataRequest{Topics: []string{topic}})
		if err != nil {
			return fmt.Errorf("metadata: %w", err)
		}
		for _, tp := range md.Topics {
			if tp.Name != topic {
				continue
			}
			if errors.Is(tp.Error, kgo.UnknownTopicOrPartition) {
				return nil // no such topic: not worth waiting for
			}
			if tp.Error != nil {
				return tp.Error
			}
			for _, p := range tp.Partitions {
				ids = append(ids, p.ID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", topic, err)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s: %w", topic, ErrNoTopic)
	}
	sort.Ints(ids)
	return ids, nil
}

// Offsets asks, for each partition of ids, the offset req gives (the first,
// the end, the first at a time), asking again while the answer is
// retriable: a partition's leader can be briefly unknown (a topic just
// created, a broker restarting). A time with no message at or after it
// gives -1, or the end offset where the broker says so.
func Offsets(ctx context.Context, cl *kgo.Client, topic string, ids []int, req func(int) kgo.OffsetRequest) (map[int]int64, error) {
	reqs := make([]kgo.OffsetRequest, len(ids))
	for i, id := range ids {
		reqs[i] = req(id)
	}
	var resp *kgo.ListOffsetsResponse
	err := Retry(ctx, func() error {
		var err error
		resp, err = cl.ListOffsets(ctx, &kgo.ListOffsetsRequest{Topics: map[string][]kgo.OffsetRequest{topic: reqs}})
		if err != nil {
			return err
		}
		for _, po := range resp.Topics[topic] {
			if po.Error != nil {
				return fmt.Errorf("partition %d: %w", po.Partition, po.Error)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list offsets: %w", topic, err)
	}
	out := map[int]int64{}
	for _, po := range resp.Topics[topic] {
		switch {
		case reqs[0].Timestamp == kgo.FirstOffset:
			out[po.Partition] = po.FirstOffset
		case reqs[0].Timestamp == kgo.LastOffset:
			out[po.Partition] = po.LastOffset
		default:
			// The first offset at or after the time; -1 when none.
			off := int64(-1)
			for o := range po.Offsets {
				off = o
			}
			if len(po.Offsets) == 0 && po.LastOffset >= 0 {
				off = po.LastOffset
			}
			out[po.Partition] = off
		}
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			return nil, fmt.Errorf("%s/%d: no offset in the answer", topic, id)
		}
	}
	return out, nil
}

// Committed asks the offsets group has committed on the partitions ids of
// topic; a partition with none gives -1. It reads offsets only; it does not
// join the group. Retriable answers (a coordinator not found yet: the
// offsets topic is made at the first use of a group in a cluster) are asked
// again.
func Committed(ctx context.Context, cl *kgo.Client, group, topic string, ids []int) (map[int]int64, error) {
	out := make(map[int]int64, len(ids))
	err := Retry(ctx, func() error {
		resp, err := cl.OffsetFetch(ctx, &kgo.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: ids}})
		if err != nil {
			return err
		}
		if resp.Error != nil {
			return resp.Error
		}
		for _, p := range resp.Topics[topic] {
			if p.Error != nil {
				return fmt.Errorf("partition %d: %w", p.Partition, p.Error)
			}
			out[p.Partition] = p.CommittedOffset
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: committed offsets of group %s: %w", topic, group, err)
	}
	return out, nil
}

// ReadConfig configures Read: reading back a topic newsner writes (the
// articles, the dead letters), as newsner consume and the tests do.
type ReadConfig struct {
	// Conn says how to reach the cluster.
	Conn Config
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

// ErrStop, returned by Read's fn, stops Read without an error.
var ErrStop = errors.New("stop reading")

// Read calls fn for each message of the topic, from one goroutine, until
// ctx is done (Read then returns nil), fn returns an error (returned, with
// ErrStop meaning a clean stop), or UntilEnd is set and the end is reached.
func Read(ctx context.Context, cfg ReadConfig, fn func(kgo.Message) error) error {
	cfg.Conn = cfg.Conn.WithDefaults()
	if cfg.Topic == "" {
		cfg.Topic = ArticlesTopic
	}
	// The cluster first: an address that is not a broker, or credentials
	// refused, is said as such, not as a read that timed out.
	if _, err := Metadata(ctx, cfg.Conn); err != nil {
		return err
	}
	var err error
	if cfg.GroupID != "" {
		if cfg.UntilEnd || !cfg.Since.IsZero() {
			return errors.New("read: UntilEnd and Since cannot be used with a consumer group")
		}
		err = readGroup(ctx, cfg, fn)
	} else {
		err = readPartitions(ctx, cfg, fn)
	}
	if errors.Is(err, ErrStop) || (err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err())) {
		return nil
	}
	return err
}

func readGroup(ctx context.Context, cfg ReadConfig, fn func(kgo.Message) error) error {
	start := kgo.FirstOffset
	if cfg.Latest {
		start = kgo.LastOffset
	}
	r := kgo.NewReader(kgo.ReaderConfig{
		Brokers:        cfg.Conn.Brokers,
		GroupID:        cfg.GroupID,
		GroupTopics:    []string{cfg.Topic},
		Dialer:         cfg.Conn.Dialer(),
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

// ranges returns what readPartitions reads of each partition: from the
// first offset, the end (Latest) or the first message at or after Since,
// to the end where UntilEnd is set (partitions with nothing to read left
// out), else on.
func (cfg ReadConfig) ranges(ctx context.Context) ([]Partition, error) {
	t := cfg.Conn.Transport()
	defer t.CloseIdleConnections()
	cl := cfg.Conn.Client(t, 10*time.Second)
	parts, err := Partitions(ctx, cl, cfg.Topic)
	if err != nil {
		return nil, err
	}
	first, err := Offsets(ctx, cl, cfg.Topic, parts, kgo.FirstOffsetOf)
	if err != nil {
		return nil, err
	}
	last, err := Offsets(ctx, cl, cfg.Topic, parts, kgo.LastOffsetOf)
	if err != nil {
		return nil, err
	}
	var since map[int]int64
	if !cfg.Since.IsZero() {
		since, err = Offsets(ctx, cl, cfg.Topic, parts, func(p int) kgo.OffsetRequest { return kgo.TimeOffsetOf(p, cfg.Since) })
		if err != nil {
			return nil, err
		}
	}
	var out []Partition
	for _, id := range parts {
		p := Partition{Topic: cfg.Topic, ID: id, From: first[id], End: -1}
		switch {
		case since != nil:
			// The first message at or after Since; the end where none is.
			p.From = last[id]
			if off, ok := since[id]; ok && off >= 0 && off < last[id] {
				p.From = max(off, first[id])
			}
		case cfg.Latest:
			p.From = last[id]
		}
		if cfg.UntilEnd {
			if p.From >= last[id] {
				continue
			}
			p.End = last[id]
		}
		out = append(out, p)
	}
	return out, nil
}

func readPartitions(ctx context.Context, cfg ReadConfig, fn func(kgo.Message) error) error {
	ranges, err := cfg.ranges(ctx)
	if err != nil {
		return fmt.Errorf("read %w", err)
	}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	msgs := make(chan kgo.Message)
	errc := make(chan error, len(ranges))
	running := 0
	for _, p := range ranges {
		running++
		go func() {
			errc <- ReadPartition(rctx, cfg.Conn, p, func(m kgo.Message) error {
				select {
				case msgs <- m:
					return nil
				case <-rctx.Done():
					return rctx.Err()
				}
			})
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
