package sink

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"strconv"
	"time"

	"github.com/newsner/newsner"
	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
)

// Topic names newsner uses by default.
const (
	URLsTopic     = "newsner.urls"
	ArticlesTopic = "newsner.articles"
	RawTopic      = "newsner.raw"
	DLQTopic      = "newsner.dlq"
)

// KafkaConfig configures a Kafka sink. The zero value writes to the default
// topics on 127.0.0.1:9092 without TLS or authentication.
type KafkaConfig struct {
	// Brokers are the bootstrap brokers. Default: 127.0.0.1:9092.
	Brokers []string
	// TLS, when set, connects with TLS.
	TLS *tls.Config
	// SASL, when set, authenticates with this mechanism (PLAIN, SCRAM).
	SASL sasl.Mechanism
	// ClientID names this client to the brokers. Default: newsner.
	ClientID string
	// Dial, when set, opens the connections to the brokers (a proxy, or a
	// test that records the protocol). Default: a net.Dialer.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)

	// ArticlesTopic receives article records keyed by article ID.
	// Default: newsner.articles.
	ArticlesTopic string
	// RawTopic receives the raw pages (newsner.RawPage) keyed by article ID;
	// it is meant to be compacted. Default: newsner.raw.
	RawTopic string
	// NoRaw skips writing raw pages.
	NoRaw bool
	// DLQTopic receives dead letters keyed by URL. Default: newsner.dlq.
	DLQTopic string

	// BatchTimeout is how long the producer waits to fill a batch before
	// sending it. Writes are synchronous, so this is added to each write's
	// latency. Default: 5ms.
	BatchTimeout time.Duration
	// MaxMessageBytes caps one message (a raw page can be large); the raw
	// topic is created to accept it. Default: 16 MiB.
	MaxMessageBytes int64
	// Compression is the codec for produced batches. Default: snappy.
	Compression kafka.Compression
	// RetryBackoffMax caps the wait between retries of a failed write.
	// Writes are retried on transient errors (broker down, leader moving,
	// timeouts) until they succeed or the context is done. Default: 5s.
	RetryBackoffMax time.Duration
	// Logger receives one line per retried write. Default: slog.Default().
	Logger *slog.Logger
	// Metrics, if set, counts messages written, failed and retried.
	Metrics *KafkaMetrics
}

func (c KafkaConfig) withDefaults() KafkaConfig {
	if len(c.Brokers) == 0 {
		c.Brokers = []string{"127.0.0.1:9092"}
	}
	if c.ClientID == "" {
		c.ClientID = "newsner"
	}
	if c.ArticlesTopic == "" {
		c.ArticlesTopic = ArticlesTopic
	}
	if c.RawTopic == "" {
		c.RawTopic = RawTopic
	}
	if c.DLQTopic == "" {
		c.DLQTopic = DLQTopic
	}
	if c.BatchTimeout <= 0 {
		c.BatchTimeout = 5 * time.Millisecond
	}
	if c.MaxMessageBytes <= 0 {
		c.MaxMessageBytes = 16 << 20
	}
	if c.Compression == 0 {
		c.Compression = kafka.Snappy
	}
	if c.RetryBackoffMax <= 0 {
		c.RetryBackoffMax = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// transport returns the kafka-go transport for the configuration.
func (c KafkaConfig) transport() *kafka.Transport {
	return &kafka.Transport{
		ClientID:    c.ClientID,
		TLS:         c.TLS,
		SASL:        c.SASL,
		DialTimeout: 10 * time.Second,
		MetadataTTL: 5 * time.Second,
		Dial:        c.Dial,
	}
}

// Kafka writes article records, raw pages and dead letters to Kafka topics.
// Every write returns only once all in-sync replicas have acknowledged it
// (acks=all). Transient failures are retried until the write succeeds or
// the context is done. An error means the record was not acknowledged: the
// caller must not mark its input done. (It may still land later, as a
// producer can send a batch it had in flight when the context ended; so
// consumers drop duplicates by record ID.)
// It is safe for concurrent use.
type Kafka struct {
	cfg       KafkaConfig
	transport *kafka.Transport
	w         *kafka.Writer
}

// NewKafka returns a sink for cfg. It checks that the brokers answer (and
// accept the credentials) before returning.
func NewKafka(ctx context.Context, cfg KafkaConfig) (*Kafka, error) {
	cfg = cfg.withDefaults()
	t := cfg.transport()
	k := &Kafka{
		cfg:       cfg,
		transport: t,
		w: &kafka.Writer{
			Addr:         kafka.TCP(cfg.Brokers...),
			Balancer:     &kafka.Murmur2Balancer{}, // the Java client's key partitioning
			RequiredAcks: kafka.RequireAll,
			BatchTimeout: cfg.BatchTimeout,
			BatchBytes:   cfg.MaxMessageBytes,
			Compression:  cfg.Compression,
			MaxAttempts:  3,
			Transport:    t,
		},
	}
	if _, err := Metadata(ctx, cfg); err != nil {
		k.Close()
		return nil, err
	}
	return k, nil
}

// Close flushes and releases the producer.
func (k *Kafka) Close() error {
	err := k.w.Close()
	k.transport.CloseIdleConnections()
	if err != nil {
		return fmt.Errorf("close kafka writer: %w", err)
	}
	return nil
}

// WriteArticle writes the article record to the articles topic and the raw
// page to the raw topic, both keyed by the article ID, and returns once both
// are acknowledged. A raw page too large for MaxMessageBytes or for the raw
// topic is logged and not kept; the article record is always written.
func (k *Kafka) WriteArticle(ctx context.Context, a newsner.Article, raw newsner.Page) error {
	rec, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	msgs := []kafka.Message{{
		Topic:   k.cfg.ArticlesTopic,
		Key:     []byte(a.ID),
		Value:   rec,
		Headers: []kafka.Header{{Key: "schema", Value: []byte(newsner.ArticleSchema)}},
	}}
	if !k.cfg.NoRaw {
		page, err := json.Marshal(newsner.RawPage{Schema: newsner.RawSchema, ID: a.ID, Page: raw})
		if err != nil {
			return fmt.Errorf("encode raw page %s: %w", a.ID, err)
		}
		if int64(len(page)) > k.cfg.MaxMessageBytes-1024 {
			k.cfg.Logger.Warn("raw page over MaxMessageBytes; not kept", "id", a.ID, "url", a.URL, "bytes", len(page))
		} else {
			msgs = append(msgs, kafka.Message{
				Topic:   k.cfg.RawTopic,
				Key:     []byte(a.ID),
				Value:   page,
				Headers: []kafka.Header{{Key: "schema", Value: []byte(newsner.RawSchema)}},
			})
		}
	}
	if err := k.write(ctx, msgs, k.cfg.RawTopic); err != nil {
		return fmt.Errorf("write article %s (%s): %w", a.ID, a.URL, err)
	}
	return nil
}

// WriteDeadLetter writes the dead letter to the dead-letter topic, keyed by
// its URL, and returns once it is acknowledged.
func (k *Kafka) WriteDeadLetter(ctx context.Context, d newsner.DeadLetter) error {
	if d.Schema == "" {
		d.Schema = newsner.DeadLetterSchema
	}
	rec, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode dead letter for %s: %w", d.URL, err)
	}
	msg := kafka.Message{
		Topic:   k.cfg.DLQTopic,
		Key:     []byte(d.URL),
		Value:   rec,
		Headers: []kafka.Header{{Key: "schema", Value: []byte(newsner.DeadLetterSchema)}},
	}
	if err := k.write(ctx, []kafka.Message{msg}, ""); err != nil {
		return fmt.Errorf("write dead letter for %s: %w", d.URL, err)
	}
	return nil
}

// WriteMessages writes messages as they are (each names its topic), with
// the same acknowledgement and retries as the record writes. newsner feed
// uses it to put URLs on the URL topic.
func (k *Kafka) WriteMessages(ctx context.Context, msgs ...kafka.Message) error {
	return k.write(ctx, msgs, "")
}

// write writes msgs, retrying the ones that failed with a transient error
// with exponential backoff and jitter until all are written, one fails
// permanently, or ctx is done. A message to the optional topic that the
// broker refuses as too large is logged and dropped instead of failing the
// write (a raw page the raw topic cannot hold must not stop the pipeline).
func (k *Kafka) write(ctx context.Context, msgs []kafka.Message, optional string) error {
	m := k.cfg.Metrics
	backoff := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := k.w.WriteMessages(ctx, msgs...)
		if err == nil {
			for _, msg := range msgs {
				m.wrote(msg.Topic)
			}
			return nil
		}
		var failed []kafka.Message
		var werrs kafka.WriteErrors
		if errors.As(err, &werrs) && len(werrs) == len(msgs) {
			var permanent error
			for i, e := range werrs {
				if e == nil {
					m.wrote(msgs[i].Topic)
					continue
				}
				m.failed(msgs[i].Topic)
				if !Transient(e) {
					if optional != "" && msgs[i].Topic == optional && tooLarge(e) {
						k.cfg.Logger.Warn("raw page too large for its topic; not kept", "topic", optional,
							"key", string(msgs[i].Key), "bytes", len(msgs[i].Value), "error", e)
						continue
					}
					if permanent == nil {
						permanent = fmt.Errorf("topic %s: %w", msgs[i].Topic, e)
					}
					continue
				}
				failed = append(failed, msgs[i])
			}
			if permanent != nil {
				return permanent
			}
		} else {
			for _, msg := range msgs {
				m.failed(msg.Topic)
			}
			if !Transient(err) {
				return err
			}
			failed = msgs
		}
		if len(failed) == 0 {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("gave up after %d attempts: %w (last error: %v)", attempt, ctx.Err(), err)
		}
		k.cfg.Logger.Warn("kafka write failed; retrying", "attempt", attempt, "messages", len(failed), "error", err)
		msgs = failed
		wait := backoff/2 + rand.N(backoff/2+1)
		select {
		case <-ctx.Done():
			return fmt.Errorf("gave up after %d attempts: %w (last error: %v)", attempt, ctx.Err(), err)
		case <-time.After(wait):
		}
		for _, msg := range msgs {
			m.retried(msg.Topic)
		}
		backoff = min(2*backoff, k.cfg.RetryBackoffMax)
	}
}

// tooLarge reports whether err says a message or batch is over a size limit.
func tooLarge(err error) bool {
	var mtl kafka.MessageTooLargeError
	return errors.As(err, &mtl) || errors.Is(err, kafka.MessageSizeTooLarge) || errors.Is(err, kafka.RecordListTooLarge)
}

// Transient reports whether a failed Kafka write may succeed if tried again:
// Kafka's retriable error codes, network errors and timeouts. Messages too
// large, authentication and authorization failures, invalid topics and
// closed writers are permanent.
func Transient(err error) bool {
	if err == nil {
		return false
	}
	var tooLarge kafka.MessageTooLargeError
	if errors.As(err, &tooLarge) {
		return false
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		return kerr.Temporary()
	}
	// A closed writer says io.ErrClosedPipe; anything else (connection
	// refused or reset, EOF, i/o timeout, a write deadline) is the network.
	return !errors.Is(err, io.ErrClosedPipe)
}

// Metadata connects to the cluster and returns its brokers and topics,
// failing with a clear error when no broker answers or the credentials are
// refused.
func Metadata(ctx context.Context, cfg KafkaConfig) (*kafka.MetadataResponse, error) {
	cfg = cfg.withDefaults()
	t := cfg.transport()
	defer t.CloseIdleConnections()
	c := &kafka.Client{Addr: kafka.TCP(cfg.Brokers...), Transport: t, Timeout: 10 * time.Second}
	md, err := c.Metadata(ctx, &kafka.MetadataRequest{})
	if err != nil {
		return nil, fmt.Errorf("kafka %v: %w", cfg.Brokers, err)
	}
	return md, nil
}

// TopicSpecs returns the settings newsner creates its topics with: the URL
// topic with partitions partitions (the most processes that can share the
// work), articles with as many, raw pages compacted (the newest page per
// article ID is kept for reprocessing) and accepting large messages, and
// dead letters. Replication is the cluster's default.
func TopicSpecs(cfg KafkaConfig, urlsTopic string, partitions int) []kafka.TopicConfig {
	cfg = cfg.withDefaults()
	if urlsTopic == "" {
		urlsTopic = URLsTopic
	}
	if partitions <= 0 {
		partitions = 6
	}
	maxBytes := strconv.FormatInt(cfg.MaxMessageBytes+1<<20, 10) // room for the batch overhead
	return []kafka.TopicConfig{
		{Topic: urlsTopic, NumPartitions: partitions, ReplicationFactor: -1},
		{Topic: cfg.ArticlesTopic, NumPartitions: partitions, ReplicationFactor: -1,
			ConfigEntries: []kafka.ConfigEntry{{ConfigName: "max.message.bytes", ConfigValue: maxBytes}}},
		{Topic: cfg.RawTopic, NumPartitions: partitions, ReplicationFactor: -1,
			ConfigEntries: []kafka.ConfigEntry{
				{ConfigName: "cleanup.policy", ConfigValue: "compact"},
				{ConfigName: "max.message.bytes", ConfigValue: maxBytes},
				{ConfigName: "compression.type", ConfigValue: "producer"},
			}},
		{Topic: cfg.DLQTopic, NumPartitions: 1, ReplicationFactor: -1},
	}
}

// EnsureTopics creates the topics that do not exist yet; existing topics are
// left as they are. It returns once the cluster has created them.
func EnsureTopics(ctx context.Context, cfg KafkaConfig, topics ...kafka.TopicConfig) error {
	cfg = cfg.withDefaults()
	t := cfg.transport()
	defer t.CloseIdleConnections()
	c := &kafka.Client{Addr: kafka.TCP(cfg.Brokers...), Transport: t, Timeout: 30 * time.Second}
	// Metadata first: CreateTopics reports a refused login as "broker not
	// available", Metadata as what it is.
	if _, err := c.Metadata(ctx, &kafka.MetadataRequest{}); err != nil {
		return fmt.Errorf("kafka %v: %w", cfg.Brokers, err)
	}
	res, err := c.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: topics})
	if err != nil {
		return fmt.Errorf("create topics: %w", err)
	}
	var errs []error
	for name, e := range res.Errors {
		if e != nil && !errors.Is(e, kafka.TopicAlreadyExists) {
			errs = append(errs, fmt.Errorf("create topic %s: %w", name, e))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	// Wait until every topic has a leader for each partition, so that the
	// first writes and group joins do not race the creation.
	names := make([]string, len(topics))
	for i, tc := range topics {
		names[i] = tc.Topic
	}
	for {
		md, err := c.Metadata(ctx, &kafka.MetadataRequest{Topics: names})
		if err == nil && topicsReady(md, names) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for topics %v: %w", names, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func topicsReady(md *kafka.MetadataResponse, names []string) bool {
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
