package watchkafka

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	kgo "github.com/segmentio/kafka-go"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest/watch"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/internal/kafkatest"
	"github.com/newsner/newsner/sink"
)

// TestPublishAndDropSites: sources are published one message per site;
// --replace drops (tombstones) the sites on the topic that are not given.
func TestPublishAndDropSites(t *testing.T) {
	broker := kafkatest.Addr(t)
	topic := fmt.Sprintf("sources.replace-%d", time.Now().UnixNano())
	conn := kafka.Config{Brokers: []string{broker}}
	ctx := context.Background()
	if err := kafka.EnsureTopics(ctx, conn, kafka.CompactedSpec(topic, 2)); err != nil {
		t.Fatal(err)
	}
	out, err := sink.NewKafka(ctx, sink.KafkaConfig{Conn: conn})
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if _, err := PublishSources(ctx, out, topic, []string{"a.example", "https://b.example/feed.xml", "https://b.example/news.xml", "c.example"}, logger); err != nil {
		t.Fatal(err)
	}
	keep, err := PublishSources(ctx, out, topic, []string{"a.example", "https://b.example/rss"}, logger)
	if err != nil {
		t.Fatal(err)
	}
	dropped, err := DropOtherSites(ctx, out, conn, topic, keep)
	if err != nil || fmt.Sprint(dropped) != "[https://c.example/]" {
		t.Fatalf("dropped %v, %v; want c.example", dropped, err)
	}
	table := map[string]string{}
	err = kafka.Read(ctx, kafka.ReadConfig{Conn: conn, Topic: topic, UntilEnd: true}, func(m kgo.Message) error {
		if len(m.Value) == 0 {
			delete(table, string(m.Key))
		} else {
			table[string(m.Key)] = string(m.Value)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(table) != 2 || !strings.Contains(table["https://b.example/"], `"sources":["https://b.example/rss"]`) || table["https://a.example/"] == "" {
		t.Errorf("sources topic as a table: %v", table)
	}
}

// TestFollowSeenRidesOutABrokerRestart: following the seen topic outlives
// its broker's restart (a watch process used to exit with "follow seen
// URLs: ... dial tcp :0" while the leader was unknown), and URLs recorded
// after the restart are seen.
func TestFollowSeenRidesOutABrokerRestart(t *testing.T) {
	kafkatest.Addr(t) // skips without the test broker's environment
	b := kafkatest.StartBroker(t)
	conn := kafka.Config{Brokers: []string{b.Addr}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	topic := "seen.restart"
	if err := kafka.EnsureTopics(ctx, conn, kafka.CompactedSpec(topic, 1)); err != nil {
		t.Fatal(err)
	}
	out, err := sink.NewKafka(ctx, sink.KafkaConfig{Conn: conn})
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	st := &SeenTopic{W: out, Conn: conn, Topic: topic, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	seen := watch.NewSeen()
	done := make(chan error, 1)
	go func() { done <- st.Follow(ctx, seen) }()
	add := func(u string) {
		t.Helper()
		if err := kafka.Retry(ctx, func() error { return st.Add(ctx, []newsner.URLRecord{{URL: u}}) }); err != nil {
			t.Fatal(err)
		}
	}
	waitSeen := func(u string) {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); !seen.Has(u); time.Sleep(100 * time.Millisecond) {
			select {
			case err := <-done:
				t.Fatalf("Follow ended: %v", err)
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s not seen", u)
			}
		}
	}
	add("https://a.example/before")
	waitSeen("https://a.example/before")
	b.Stop()
	time.Sleep(2 * time.Second)
	b.Start()
	add("https://a.example/after")
	waitSeen("https://a.example/after")
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Follow: %v", err)
	}
}
