package sink

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafkatest"
)

// BenchmarkKafkaWriteArticle measures acknowledged article writes (record
// plus a 20 KB raw page, acks=all) from 16 concurrent writers, as a
// pipeline's workers make them. Needs NEWSNER_KAFKA.
//
//	NEWSNER_KAFKA=127.0.0.1:9092 go test ./sink -run '^$' -bench WriteArticle -benchtime 5000x
func BenchmarkKafkaWriteArticle(b *testing.B) {
	broker := kafkatest.Addr(b)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cfg := uniqueTopics(b, broker)
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	k, err := OpenKafka(ctx, cfg, cfg.TopicSpecs("", 6)...)
	if err != nil {
		b.Fatal(err)
	}
	defer k.Close()
	body := []byte(strings.Repeat("<p>Angela Merkel met Emmanuel Macron in Paris.</p>\n", 400))
	text := strings.Repeat("Angela Merkel met Emmanuel Macron in Paris. ", 100)
	var i atomic.Int64
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			u := fmt.Sprintf("https://news.example/%d", i.Add(1))
			a := newsner.Article{Schema: newsner.ArticleSchema, ID: newsner.ArticleID(u), URL: u, Text: text}
			if err := k.WriteArticle(ctx, a, newsner.Page{URL: u, Body: body}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
