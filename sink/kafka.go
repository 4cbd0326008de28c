package sink

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafka"
	kgo "github.com/segmentio/kafka-go"
)

// KafkaConfig configures a Kafka sink. The zero value writes to the default
// topics on 127.0.0.1:9092 without TLS or authentication.
type KafkaConfig struct {
	// Conn says how to reach the cluster.
	Conn kafka.Config

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
	Compression kgo.Compression
	// RetryBackoffMax caps the wait between retries of a failed write.
	// Writes are retried on transient errors (kafka.Retriable) until they
	// succeed or the context is done. Default: 5s.
	RetryBackoffMax time.Duration
	// Logger receives one line per retried write. Default: slog.Default().
	Logger *slog.Logger
	// Metrics, if set, counts messages written, failed and retried.
	Metrics *KafkaMetrics
}

func (c KafkaConfig) withDefaults() KafkaConfig {
	c.Conn = c.Conn.WithDefaults()
	if c.ArticlesTopic == "" {
		c.ArticlesTopic = kafka.ArticlesTopic
	}
	if c.RawTopic == "" {
		c.RawTopic = kafka.RawTopic
	}
	if c.DLQTopic == "" {
		c.DLQTopic = kafka.DLQTopic
	}
	if c.BatchTimeout <= 0 {
		c.BatchTimeout = 5 * time.Millisecond
	}
	if c.MaxMessageBytes <= 0 {
		c.MaxMessageBytes = kafka.DefaultMaxMessageBytes
	}
	if c.Compression == 0 {
		c.Compression = kgo.Snappy
	}
	if c.RetryBackoffMax <= 0 {
		c.RetryBackoffMax = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// TopicSpecs returns the settings of the topics the sink writes, and of the
// URL topic urlsTopic where not empty, as kafka.TopicSpecs makes them for
// the sink's topic names and message cap.
func (c KafkaConfig) TopicSpecs(urlsTopic string, partitions int) []kgo.TopicConfig {
	c = c.withDefaults()
	t := kafka.Topics{URLs: urlsTopic, Articles: c.ArticlesTopic, Raw: c.RawTopic, DLQ: c.DLQTopic}
	return kafka.TopicSpecs(t, partitions, c.MaxMessageBytes)
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
	transport *kgo.Transport
	w         *kgo.Writer
	// failingSince is when writes began to fail and be retried (Unix
	// nanoseconds), 0 while they go through: the first write to go
	// through after that says the brokers are back.
	failingSince atomic.Int64
}

// NewKafka returns a sink for cfg. It checks that the brokers answer (and
// accept the credentials) before returning.
func NewKafka(ctx context.Context, cfg KafkaConfig) (*Kafka, error) {
	cfg = cfg.withDefaults()
	t := cfg.Conn.Transport()
	k := &Kafka{
		cfg:       cfg,
		transport: t,
		w: &kgo.Writer{
			Addr:         kgo.TCP(cfg.Conn.Brokers...),
			Balancer:     &kgo.Murmur2Balancer{}, // the Java client's key partitioning
			RequiredAcks: kgo.RequireAll,
			BatchTimeout: cfg.BatchTimeout,
			BatchBytes:   cfg.MaxMessageBytes,
			Compression:  cfg.Compression,
			MaxAttempts:  3,
			Transport:    t,
		},
	}
	if _, err := kafka.Metadata(ctx, cfg.Conn); err != nil {
		k.Close()
		return nil, err
	}
	return k, nil
}

// OpenKafka creates the topics of specs that do not exist yet
// (kafka.EnsureTopics: existing ones are left as they are) and returns a
// sink for cfg: how each command that writes to Kafka opens its writer.
func OpenKafka(ctx context.Context, cfg KafkaConfig, specs ...kgo.TopicConfig) (*Kafka, error) {
	if err := kafka.EnsureTopics(ctx, cfg.Conn, specs...); err != nil {
		return nil, err
	}
	return NewKafka(ctx, cfg)
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
// are acknowledged. An error names the article's ID, not its URL: the
// caller, which has the URL, names it (ingest.Pipeline). A raw page too
// large for MaxMessageBytes or for the raw topic is logged and not kept;
// the article record is always written, unless it is too large itself:
// that is an ETooLarge error (the pipeline dead-letters its URL).
func (k *Kafka) WriteArticle(ctx context.Context, a newsner.Article, raw newsner.Page) error {
	rec, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	// The page's size cap bounds the page, not its record: JSON writes a
	// control character, <, > and & in six bytes.
	if int64(len(rec)) > k.cfg.MaxMessageBytes-1024 {
		return newsner.Errorf(newsner.ETooLarge, "article %s: its record of %d bytes is over the %d-byte message cap", a.ID, len(rec), k.cfg.MaxMessageBytes)
	}
	msgs := []kgo.Message{{
		Topic:   k.cfg.ArticlesTopic,
		Key:     []byte(a.ID),
		Value:   rec,
		Headers: []kgo.Header{{Key: "schema", Value: []byte(newsner.ArticleSchema)}},
	}}
	if !k.cfg.NoRaw {
		m, err := kafka.RawMessage(k.cfg.RawTopic, a.ID, raw)
		if err != nil {
			return err
		}
		if int64(len(m.Value)) > k.cfg.MaxMessageBytes-1024 {
			k.cfg.Logger.Warn("raw page over MaxMessageBytes; not kept", "id", a.ID, "url", a.URL, "bytes", len(m.Value))
		} else {
			msgs = append(msgs, m)
		}
	}
	if err := k.write(ctx, msgs, k.cfg.RawTopic); err != nil {
		// A broker's own too-large refusal (an articles topic made with
		// a smaller max.message.bytes) is not classed ETooLarge: the
		// writer batches the records of concurrent calls, and the refusal
		// is the batch's, so it would dead-letter the batch's other,
		// writable articles too. It stops the pipeline, the URL not done
		// (TestDeliveryUnwritableRecord).
		return fmt.Errorf("article %s: %w", a.ID, err)
	}
	return nil
}

// WriteDeadLetter writes the dead letter to the dead-letter topic, keyed by
// its URL, and returns once it is acknowledged. An error does not name the
// URL: the caller does (ingest.Pipeline, a batch source's skips).
func (k *Kafka) WriteDeadLetter(ctx context.Context, d newsner.DeadLetter) error {
	if d.Schema == "" {
		d.Schema = newsner.DeadLetterSchema
	}
	rec, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode dead letter: %w", err)
	}
	msg := kgo.Message{
		Topic:   k.cfg.DLQTopic,
		Key:     []byte(d.URL),
		Value:   rec,
		Headers: []kgo.Header{{Key: "schema", Value: []byte(newsner.DeadLetterSchema)}},
	}
	return k.write(ctx, []kgo.Message{msg}, "")
}

// WriteMessages writes messages as they are (each names its topic), with
// the same acknowledgement and retries as the record writes. newsner feed
// uses it to put URLs on the URL topic.
func (k *Kafka) WriteMessages(ctx context.Context, msgs ...kgo.Message) error {
	return k.write(ctx, msgs, "")
}

// write writes msgs, retrying the ones that failed with a transient error
// with exponential backoff and jitter until all are written, one fails
// permanently, or ctx is done. A message to the optional topic that the
// broker refuses as too large is logged and dropped instead of failing the
// write (a raw page the raw topic cannot hold must not stop the pipeline).
func (k *Kafka) write(ctx context.Context, msgs []kgo.Message, optional string) error {
	m := k.cfg.Metrics
	backoff := 100 * time.Millisecond
	var cause error // the last try's error that was not the context's end
	gaveUp := func(attempt int) error {
		return fmt.Errorf("gave up after %s: %w (last error: %w)", newsner.Count(attempt, "attempt"), ctx.Err(), cause)
	}
	for attempt := 1; ; attempt++ {
		err := k.w.WriteMessages(ctx, msgs...)
		if cause == nil || !errors.Is(err, ctx.Err()) || ctx.Err() == nil {
			// A try the context's end cut short says nothing of the
			// broker: the one before it gives the reason.
			cause = err
		}
		if err == nil {
			for _, msg := range msgs {
				m.wrote(msg.Topic)
			}
			k.wentThrough()
			return nil
		}
		var failed []kgo.Message
		var werrs kgo.WriteErrors
		if errors.As(err, &werrs) && len(werrs) == len(msgs) {
			var permanent error
			for i, e := range werrs {
				if e == nil {
					m.wrote(msgs[i].Topic)
					continue
				}
				m.failed(msgs[i].Topic)
				if !kafka.Retriable(e) {
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
			if !kafka.Retriable(err) {
				return err
			}
			failed = msgs
		}
		if len(failed) == 0 {
			k.wentThrough()
			return nil
		}
		if ctx.Err() != nil {
			return gaveUp(attempt)
		}
		k.failingSince.CompareAndSwap(0, time.Now().UnixNano())
		k.cfg.Logger.Warn("kafka write failed; retrying", "attempt", attempt, "messages", len(failed), "error", err)
		msgs = failed
		wait := backoff/2 + rand.N(backoff/2+1)
		select {
		case <-ctx.Done():
			return gaveUp(attempt)
		case <-time.After(wait):
		}
		for _, msg := range msgs {
			m.retried(msg.Topic)
		}
		backoff = min(2*backoff, k.cfg.RetryBackoffMax)
	}
}

// wentThrough notes a write that went through: the first after writes
// failed says so, once, with how long they failed (the repeated "kafka
// write failed; retrying" warnings stop, and nothing else would say the
// brokers are back).
func (k *Kafka) wentThrough() {
	if since := k.failingSince.Swap(0); since != 0 {
		k.cfg.Logger.Info("kafka writes go through again", "failing_for", time.Since(time.Unix(0, since)).Round(100*time.Millisecond).String())
	}
}

// tooLarge reports whether err says a message or batch is over a size limit.
func tooLarge(err error) bool {
	var mtl kgo.MessageTooLargeError
	return errors.As(err, &mtl) || errors.Is(err, kgo.MessageSizeTooLarge) || errors.Is(err, kgo.RecordListTooLarge)
}
