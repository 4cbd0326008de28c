package kafka

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"time"

	kgo "github.com/segmentio/kafka-go"
)

// The topics newsner uses, by default.
const (
	URLsTopic     = "newsner.urls"     // URLs to process, one a message, keyed by URL
	ArticlesTopic = "newsner.articles" // article records keyed by article ID
	RawTopic      = "newsner.raw"      // fetched pages (RawMessage), compacted, for reprocessing
	DLQTopic      = "newsner.dlq"      // dead letters keyed by URL
	SourcesTopic  = "newsner.sources"  // newsner watch's sites and their feeds, compacted, keyed by site
	SeenTopic     = "newsner.seen"     // article URLs newsner watch has emitted, compacted, keyed by URL
)

// Defaults of topic creation and messages.
const (
	// DefaultPartitions is how many partitions the URL and articles topics
	// are created with: the most processes that can share the work.
	DefaultPartitions = 6
	// DefaultMaxMessageBytes caps one message (a raw page can be large).
	DefaultMaxMessageBytes = 16 << 20
)

// Topics names the topics newsner uses. The zero value names none; use
// DefaultTopics, or RegisterFlags, which starts from it.
type Topics struct {
	URLs, Articles, Raw, DLQ string
}

// DefaultTopics returns the default topic names.
func DefaultTopics() Topics {
	return Topics{URLs: URLsTopic, Articles: ArticlesTopic, Raw: RawTopic, DLQ: DLQTopic}
}

// RegisterFlags binds the topic names to fs: --topic (URLs),
// --articles-topic, --raw-topic and --dlq-topic, defaulting to
// DefaultTopics.
func (t *Topics) RegisterFlags(fs *flag.FlagSet) {
	d := DefaultTopics()
	fs.StringVar(&t.URLs, "topic", d.URLs, "topic of URLs to process")
	fs.StringVar(&t.Articles, "articles-topic", d.Articles, "topic article records are written to")
	fs.StringVar(&t.Raw, "raw-topic", d.Raw, "compacted topic raw pages are written to")
	fs.StringVar(&t.DLQ, "dlq-topic", d.DLQ, "topic dead-letter records are written to")
}

// TopicSpecs returns the settings newsner creates its topics with: the URL
// topic with partitions partitions (default 6: the most processes that can
// share the work), articles with as many, raw pages compacted (the newest
// page per article ID is kept for reprocessing) and accepting messages of
// maxMessageBytes (default 16 MiB), and dead letters. Replication is the
// cluster's default. Topics with an empty name are left out.
func TopicSpecs(t Topics, partitions int, maxMessageBytes int64) []kgo.TopicConfig {
	if partitions <= 0 {
		partitions = DefaultPartitions
	}
	if maxMessageBytes <= 0 {
		maxMessageBytes = DefaultMaxMessageBytes
	}
	maxBytes := strconv.FormatInt(maxMessageBytes+1<<20, 10) // room for the batch overhead
	var specs []kgo.TopicConfig
	add := func(tc kgo.TopicConfig) {
		if tc.Topic != "" {
			specs = append(specs, tc)
		}
	}
	add(kgo.TopicConfig{Topic: t.URLs, NumPartitions: partitions, ReplicationFactor: -1})
	add(kgo.TopicConfig{Topic: t.Articles, NumPartitions: partitions, ReplicationFactor: -1,
		ConfigEntries: []kgo.ConfigEntry{{ConfigName: "max.message.bytes", ConfigValue: maxBytes}}})
	add(kgo.TopicConfig{Topic: t.Raw, NumPartitions: partitions, ReplicationFactor: -1,
		ConfigEntries: []kgo.ConfigEntry{
			{ConfigName: "cleanup.policy", ConfigValue: "compact"},
			{ConfigName: "max.message.bytes", ConfigValue: maxBytes},
			{ConfigName: "compression.type", ConfigValue: "producer"},
		}})
	add(kgo.TopicConfig{Topic: t.DLQ, NumPartitions: 1, ReplicationFactor: -1})
	return specs
}

// CompactedSpec returns the settings of a compacted topic (the latest
// value of each key is kept) of partitions partitions, with the cluster's
// replication: newsner watch's sources and seen topics.
func CompactedSpec(topic string, partitions int) kgo.TopicConfig {
	if partitions <= 0 {
		partitions = DefaultPartitions
	}
	return kgo.TopicConfig{Topic: topic, NumPartitions: partitions, ReplicationFactor: -1,
		ConfigEntries: []kgo.ConfigEntry{{ConfigName: "cleanup.policy", ConfigValue: "compact"}}}
}

// EnsureTopics creates the topics that do not exist yet; existing topics are
// left as they are. It returns once the cluster has created them. Its
// errors say "create topics" (callers add nothing of the kind).
func EnsureTopics(ctx context.Context, c Config, topics ...kgo.TopicConfig) error {
	if err := ensureTopics(ctx, c, topics); err != nil {
		return fmt.Errorf("create topics: %w", err)
	}
	return nil
}

func ensureTopics(ctx context.Context, c Config, topics []kgo.TopicConfig) error {
	c = c.WithDefaults()
	t := c.Transport()
	defer t.CloseIdleConnections()
	cl := c.Client(t, 30*time.Second)
	// Metadata first: CreateTopics reports a refused login as "broker not
	// available", Metadata as what it is.
	if _, err := Metadata(ctx, c); err != nil {
		return err
	}
	res, err := cl.CreateTopics(ctx, &kgo.CreateTopicsRequest{Topics: topics})
	if err != nil {
		return err
	}
	var errs []error
	for name, e := range res.Errors {
		if e != nil && !errors.Is(e, kgo.TopicAlreadyExists) {
			errs = append(errs, fmt.Errorf("%s: %w", name, e))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	// Wait until every topic has a leader for each partition, and each
	// leader answers for its partition, so that the first writes, reads
	// and group joins do not race the creation: the metadata names a
	// leader a moment before it serves the partition, and a reader started
	// then logged "Not Leader For Partition" for every partition of a
	// URL topic `run` had just created.
	names := make([]string, len(topics))
	for i, tc := range topics {
		names[i] = tc.Topic
	}
	for {
		md, err := cl.Metadata(ctx, &kgo.MetadataRequest{Topics: names})
		if err == nil && topicsReady(md, names) && partitionsAnswer(ctx, cl, md) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %v to have leaders: %w", names, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// partitionsAnswer reports whether the leader of every partition of the
// topics md describes answers a request for the partition's offsets: no
// error for the request, none for a partition ("Not Leader For
// Partition"). kafka-go's ListOffsets answers every partition asked for,
// filling those the broker left out (their last offset reads 0, as an
// empty partition's), so there is no count of answers to check.
func partitionsAnswer(ctx context.Context, cl *kgo.Client, md *kgo.MetadataResponse) bool {
	req := map[string][]kgo.OffsetRequest{}
	for _, t := range md.Topics {
		for _, p := range t.Partitions {
			req[t.Name] = append(req[t.Name], kgo.LastOffsetOf(p.ID))
		}
	}
	res, err := cl.ListOffsets(ctx, &kgo.ListOffsetsRequest{Topics: req})
	if err != nil {
		return false
	}
	for name := range req {
		for _, a := range res.Topics[name] {
			if a.Error != nil {
				return false
			}
		}
	}
	return true
}

func topicsReady(md *kgo.MetadataResponse, names []string) bool {
	ready := map[string]bool{}
	for _, t := range md.Topics {
		ok := t.Error == nil && len(t.Partitions) > 0
		for _, p := range t.Partitions {
			if p.Error != nil || p.Leader.Host == "" {
				ok = false
			}
		}
		ready[t.Name] = ok
	}
	for _, n := range names {
		if !ready[n] {
			return false
		}
	}
	return true
}
