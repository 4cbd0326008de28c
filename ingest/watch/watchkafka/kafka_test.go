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
