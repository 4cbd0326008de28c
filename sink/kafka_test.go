package sink

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/fakes"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/prometheus/client_golang/prometheus"
	kgo "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// uniqueTopics returns a config with topic names no other test run uses.
func uniqueTopics(t testing.TB, broker string) KafkaConfig {
	s := fmt.Sprintf("%s.%d", strings.ReplaceAll(t.Name(), "/", "_"), time.Now().UnixNano())
	return KafkaConfig{
		Conn:          kafka.Config{Brokers: []string{broker}},
		ArticlesTopic: "articles." + s,
		RawTopic:      "raw." + s,
		DLQTopic:      "dlq." + s,
	}
}

func TestKafkaWritesRecordsKeyedAndAcked(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rec := kafkatest.NewRecorder()
	cfg := uniqueTopics(t, broker)
	cfg.Conn.Dial = rec.Dial
	if err := kafka.EnsureTopics(ctx, cfg.Conn, cfg.TopicSpecs("urls."+cfg.ArticlesTopic, 3)...); err != nil {
		t.Fatal(err)
	}
	// Creating again is not an error.
	if err := kafka.EnsureTopics(ctx, cfg.Conn, cfg.TopicSpecs("urls."+cfg.ArticlesTopic, 3)...); err != nil {
		t.Fatalf("EnsureTopics on existing topics: %v", err)
	}
	k, err := NewKafka(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()

	const n = 20
	for i := range n {
		u := fmt.Sprintf("https://news.example/a/%d", i)
		a := newsner.Article{Schema: newsner.ArticleSchema, ID: newsner.ArticleID(u), URL: u, Title: fmt.Sprintf("Story %d", i),
			Text: "Angela Merkel visited Paris."}
		page := newsner.Page{URL: u, FinalURL: u, Status: 200, Body: []byte("<html>" + strings.Repeat("x", i*1000) + "</html>")}
		if err := k.WriteArticle(ctx, a, page); err != nil {
			t.Fatal(err)
		}
	}
	dl := newsner.DeadLetter{URL: "https://news.example/gone", Class: newsner.EHTTPStatus, Error: "404 Not Found", Attempts: 1, Time: time.Now()}
	if err := k.WriteDeadLetter(ctx, dl); err != nil {
		t.Fatal(err)
	}

	// A page over the broker's default 1 MiB message limit goes through:
	// the raw topic is created to take it.
	big := newsner.Article{Schema: newsner.ArticleSchema, ID: "big", URL: "https://news.example/big"}
	if err := k.WriteArticle(ctx, big, newsner.Page{Body: []byte(strings.Repeat("<p>big</p>", 300_000))}); err != nil {
		t.Fatalf("3 MB raw page: %v", err)
	}
	// A raw page over MaxMessageBytes is not kept; the article is written.
	if err := k.WriteArticle(ctx, big, newsner.Page{Body: make([]byte, 17<<20)}); err != nil {
		t.Fatalf("17 MB raw page: %v", err)
	}

	ids := map[string]bool{}
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: cfg.Conn, Topic: cfg.ArticlesTopic, UntilEnd: true}, func(m kgo.Message) error {
		var a newsner.Article
		if err := json.Unmarshal(m.Value, &a); err != nil {
			return err
		}
		if string(m.Key) != a.ID {
			t.Errorf("article key %q, id %q", m.Key, a.ID)
		}
		ids[a.ID] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != n+1 {
		t.Errorf("read %d distinct articles, want %d", len(ids), n+1)
	}
	raws := 0
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: cfg.Conn, Topic: cfg.RawTopic, UntilEnd: true}, func(m kgo.Message) error {
		var r newsner.RawPage
		if err := json.Unmarshal(m.Value, &r); err != nil {
			return err
		}
		if r.Schema != newsner.RawSchema || string(m.Key) != r.ID {
			t.Errorf("raw page schema %q key %q id %q", r.Schema, m.Key, r.ID)
		}
		raws++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if raws != n+1 {
		t.Errorf("read %d raw pages, want %d", raws, n+1)
	}
	var dls []newsner.DeadLetter
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: cfg.Conn, Topic: cfg.DLQTopic, UntilEnd: true}, func(m kgo.Message) error {
		var d newsner.DeadLetter
		if err := json.Unmarshal(m.Value, &d); err != nil {
			return err
		}
		if string(m.Key) != d.URL {
			t.Errorf("dead letter key %q, url %q", m.Key, d.URL)
		}
		dls = append(dls, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dls) != 1 || dls[0].Schema != newsner.DeadLetterSchema || dls[0].Class != newsner.EHTTPStatus {
		t.Errorf("dead letters %+v", dls)
	}

	// The raw topic is compacted.
	c := &kgo.Client{Addr: kgo.TCP(broker)}
	dc, err := c.DescribeConfigs(ctx, &kgo.DescribeConfigsRequest{Resources: []kgo.DescribeConfigRequestResource{{
		ResourceType: kgo.ResourceTypeTopic, ResourceName: cfg.RawTopic, ConfigNames: []string{"cleanup.policy"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := dc.Resources[0].ConfigEntries[0].ConfigValue; got != "compact" {
		t.Errorf("raw topic cleanup.policy = %q, want compact", got)
	}

	// Kafka 4 removed Produce v0-v2 and older Metadata/CreateTopics versions;
	// kafka-go's Writer must have negotiated ones the broker serves.
	t.Logf("negotiated: Produce %v, Metadata %v, CreateTopics %v, ListOffsets %v, Fetch %v, ApiVersions %v",
		rec.Versions(kafkatest.APIProduce), rec.Versions(kafkatest.APIMetadata), rec.Versions(kafkatest.APICreateTopics),
		rec.Versions(kafkatest.APIListOffsets), rec.Versions(kafkatest.APIFetch), rec.Versions(kafkatest.APIVersions))
	for _, c := range []struct {
		name     string
		key, min int16
	}{{"Produce", kafkatest.APIProduce, 3}, {"Fetch", kafkatest.APIFetch, 4}, {"ListOffsets", kafkatest.APIListOffsets, 1}, {"Metadata", kafkatest.APIMetadata, 0}, {"CreateTopics", kafkatest.APICreateTopics, 2}} {
		vs := rec.Versions(c.key)
		if len(vs) == 0 {
			t.Errorf("no %s request seen", c.name)
		}
		for _, v := range vs {
			if v < c.min {
				t.Errorf("%s v%d sent; Kafka 4 serves v%d and later", c.name, v, c.min)
			}
		}
	}

	// An independent client sees the same records under the same keys.
	if kcat, err := exec.LookPath("kcat"); err == nil {
		out, err := exec.CommandContext(ctx, kcat, "-b", broker, "-C", "-t", cfg.ArticlesTopic, "-o", "beginning", "-e", "-q", "-f", "%k\n").Output()
		if err != nil {
			t.Fatalf("kcat: %v", err)
		}
		keys := strings.Fields(string(out))
		if len(keys) != n+2 { // "big" twice
			t.Errorf("kcat read %d articles, want %d", len(keys), n+2)
		}
		for _, k := range keys {
			if !ids[k] {
				t.Errorf("kcat key %q not among the ids", k)
			}
		}
	} else {
		t.Log("kcat not installed; skipping the kcat check")
	}
}

// TestKafkaSizeLimits: a raw page the raw topic refuses (a topic made
// elsewhere, with the broker's 1 MB default) is dropped and the article is
// written; an article the articles topic refuses fails at once with a
// permanent error, so its URL is not marked done.
func TestKafkaSizeLimits(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := uniqueTopics(t, broker)
	reg := prometheus.NewRegistry()
	cfg.Metrics = NewKafkaMetrics(reg)
	err := kafka.EnsureTopics(ctx, cfg.Conn,
		kgo.TopicConfig{Topic: cfg.ArticlesTopic, NumPartitions: 1, ReplicationFactor: -1,
			ConfigEntries: []kgo.ConfigEntry{{ConfigName: "max.message.bytes", ConfigValue: "200000"}}},
		kgo.TopicConfig{Topic: cfg.RawTopic, NumPartitions: 1, ReplicationFactor: -1})
	if err != nil {
		t.Fatal(err)
	}
	k, err := NewKafka(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	rnd := make([]byte, 3<<20)
	for i := range rnd {
		rnd[i] = byte(i*7919>>3) ^ byte(i>>11) // poorly compressible
	}
	a := newsner.Article{Schema: newsner.ArticleSchema, ID: "a1", URL: "https://news.example/a1"}
	if err := k.WriteArticle(ctx, a, newsner.Page{Body: rnd}); err != nil {
		t.Fatalf("3 MB raw page on a 1 MB raw topic: %v", err)
	}
	start := time.Now()
	letters := make([]byte, 600_000)
	rng := mrand.New(mrand.NewSource(1))
	for i := range letters {
		letters[i] = 'a' + byte(rng.Intn(26))
	}
	a2 := newsner.Article{Schema: newsner.ArticleSchema, ID: "a2", URL: "https://news.example/a2", Text: string(letters)}
	err = k.WriteArticle(ctx, a2, newsner.Page{})
	if err == nil || kafka.Retriable(err) {
		t.Fatalf("600 KB article on a 200 KB articles topic: err = %v, want a permanent error", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("a permanent error took %v", d)
	}
	var keys []string
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: cfg.Conn, Topic: cfg.ArticlesTopic, UntilEnd: true}, func(m kgo.Message) error {
		keys = append(keys, string(m.Key))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(keys, " ") != "a1" {
		t.Errorf("articles topic holds %v, want [a1]", keys)
	}
	// Counted: a1 written, its raw page refused (dropped), a2 refused, a2's
	// empty raw page written; nothing retried.
	for _, c := range []struct {
		name, topic string
		want        float64
	}{
		{"newsner_kafka_messages_written_total", cfg.ArticlesTopic, 1},
		{"newsner_kafka_messages_written_total", cfg.RawTopic, 1},
		{"newsner_kafka_produce_errors_total", cfg.ArticlesTopic, 1},
		{"newsner_kafka_produce_errors_total", cfg.RawTopic, 1},
		{"newsner_kafka_produce_retries_total", cfg.ArticlesTopic, 0},
		{"newsner_kafka_produce_retries_total", cfg.RawTopic, 0},
	} {
		if got := counter(t, reg, c.name, c.topic); got != c.want {
			t.Errorf("%s{topic=%q} = %v, want %v", c.name, c.topic, got, c.want)
		}
	}
}

// counter returns the value of the counter name{topic} in reg (0 if absent).
func counter(t *testing.T, reg *prometheus.Registry, name, topic string) float64 {
	t.Helper()
	return fakes.MetricValues(t, reg, name, "topic")[topic]
}

// TestKafkaWriteWaitsOutABrokerOutage writes while the broker is
// unreachable (every connection dropped, new ones refused): the write blocks
// and retries, and succeeds once the broker is back, rather than failing;
// and the log says, once, that writes go through again (walk43: after the
// retry warnings nothing said the broker was back).
func TestKafkaWriteWaitsOutABrokerOutage(t *testing.T) {
	broker := kafkatest.Addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := uniqueTopics(t, broker)
	if err := kafka.EnsureTopics(ctx, cfg.Conn, cfg.TopicSpecs("", 1)...); err != nil {
		t.Fatal(err)
	}
	out := &kafkatest.Outage{}
	cfg.Conn.Dial = out.Dial
	reg := prometheus.NewRegistry()
	cfg.Metrics = NewKafkaMetrics(reg)
	logs := &fakes.Buffer{}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	k, err := NewKafka(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if err := k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: "https://news.example/before", Class: newsner.ENetwork}); err != nil {
		t.Fatal(err)
	}
	const back = `msg="kafka writes go through again"`
	if strings.Contains(logs.String(), back) {
		t.Errorf("writes said to go through again with no outage:\n%s", logs.String())
	}

	out.Down()
	time.AfterFunc(3*time.Second, out.Up)
	start := time.Now()
	if err := k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: "https://news.example/during", Class: newsner.ENetwork}); err != nil {
		t.Fatalf("write during a 3s outage: %v", err)
	}
	if d := time.Since(start); d < 2500*time.Millisecond {
		t.Fatalf("write returned after %v, before the broker was back", d)
	}
	if err := k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: "https://news.example/after", Class: newsner.ENetwork}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(logs.String(), back); n != 1 {
		t.Errorf("after a 3s outage the log says %d times that writes go through again, want once:\n%s", n, logs.String())
	}

	// A context that ends during an outage ends the write with an error:
	// nothing is swallowed.
	out.Down()
	defer out.Up()
	sctx, scancel := context.WithTimeout(ctx, 2*time.Second)
	defer scancel()
	err = k.WriteDeadLetter(sctx, newsner.DeadLetter{URL: "https://news.example/lost", Class: newsner.ENetwork})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("write during an outage past its deadline: err = %v, want context.DeadlineExceeded", err)
	}
	out.Up()

	var urls []string
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: kafka.Config{Brokers: cfg.Conn.Brokers}, Topic: cfg.DLQTopic, UntilEnd: true}, func(m kgo.Message) error {
		urls = append(urls, string(m.Key))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The three acknowledged records are there. The fourth may be too: an
	// error says the write was not acknowledged, not that it can never land
	// (kafka-go may still send the batch once the broker is back), which is
	// why the caller keeps the URL undone and a duplicate is possible.
	got := strings.Join(urls, " ")
	if got != "https://news.example/before https://news.example/during https://news.example/after" &&
		got != "https://news.example/before https://news.example/during https://news.example/after https://news.example/lost" {
		t.Errorf("dead-letter topic holds %v", urls)
	}
	// Counted: three acknowledged, the failed attempts and the retries of
	// both outages.
	written := counter(t, reg, "newsner_kafka_messages_written_total", cfg.DLQTopic)
	errs := counter(t, reg, "newsner_kafka_produce_errors_total", cfg.DLQTopic)
	retries := counter(t, reg, "newsner_kafka_produce_retries_total", cfg.DLQTopic)
	t.Logf("dead-letter topic: %v written, %v failed attempts, %v retries", written, errs, retries)
	if written != 3 {
		t.Errorf("messages written %v, want 3", written)
	}
	if errs < 2 || retries < 1 || retries > errs {
		t.Errorf("produce errors %v, retries %v: want at least 2 failed attempts, retried (no more retries than failures)", errs, retries)
	}
}

// TestKafkaSCRAM authenticates against the broker's SASL listener
// (NEWSNER_TEST_KAFKA_SASL_ADDR, e.g. 127.0.0.1:9094, with the user .ci/kafka.sh
// creates): the right password writes, a wrong one fails with a clear error.
func TestKafkaSCRAM(t *testing.T) {
	kafkatest.Addr(t)
	addr := os.Getenv("NEWSNER_TEST_KAFKA_SASL_ADDR")
	if addr == "" {
		t.Skip("NEWSNER_TEST_KAFKA_SASL_ADDR not set (the SASL_PLAINTEXT listener of .ci/kafka.sh, 127.0.0.1:9094)")
	}
	user := envOr("KAFKA_SASL_USER", "newsner")
	password := envOr("KAFKA_SASL_PASSWORD", "newsner-secret")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, algo := range []struct {
		name string
		a    scram.Algorithm
	}{{"SCRAM-SHA-256", scram.SHA256}, {"SCRAM-SHA-512", scram.SHA512}} {
		t.Run(algo.name, func(t *testing.T) {
			good, err := scram.Mechanism(algo.a, user, password)
			if err != nil {
				t.Fatal(err)
			}
			cfg := uniqueTopics(t, addr)
			cfg.Conn.SASL = good
			if err := kafka.EnsureTopics(ctx, cfg.Conn, cfg.TopicSpecs("", 1)[2]); err != nil {
				t.Fatalf("right password: %v", err)
			}
			k, err := NewKafka(ctx, cfg)
			if err != nil {
				t.Fatalf("right password: %v", err)
			}
			defer k.Close()
			if err := k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: "https://news.example/x", Class: newsner.ENetwork}); err != nil {
				t.Fatalf("right password: write: %v", err)
			}

			bad, _ := scram.Mechanism(algo.a, user, password+"-wrong")
			cfg.Conn.SASL = bad
			_, err = NewKafka(ctx, cfg)
			if err == nil {
				t.Fatal("wrong password: NewKafka succeeded")
			}
			if !errors.Is(err, kgo.SASLAuthenticationFailed) {
				t.Errorf("wrong password: err = %v, want SASL authentication failed", err)
			}
			if strings.Contains(err.Error(), password) {
				t.Errorf("the error shows the password: %v", err)
			}
			t.Logf("wrong password: %v", err)
		})
	}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
