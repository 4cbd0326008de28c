package sink

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafka"
	kgo "github.com/segmentio/kafka-go"
)

// TestWriteErrorsLeaveTheURLToTheCaller: a failed write's error keeps its
// class (the context's end, and the last try's error: that one was only
// printed before) and does not name the URL, which its caller adds (the pipeline's
// "write dead letter for URL: ..."): it said "write dead letter for URL:
// write dead letter for URL: ..." before. No broker: nothing listens on
// the address, so the write is retried until the context ends.
func TestWriteErrorsLeaveTheURLToTheCaller(t *testing.T) {
	cfg := KafkaConfig{Conn: kafka.Config{Brokers: []string{"127.0.0.1:1"}}, RetryBackoffMax: 50 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler)}.withDefaults()
	tr := cfg.Conn.Transport()
	k := &Kafka{cfg: cfg, transport: tr, w: &kgo.Writer{Addr: kgo.TCP(cfg.Conn.Brokers...), Transport: tr}}
	defer k.Close()
	const url = "https://news.example/2026/story"
	for _, write := range []func(context.Context) error{
		func(ctx context.Context) error {
			return k.WriteDeadLetter(ctx, newsner.DeadLetter{URL: url, Class: newsner.ETimeout})
		},
		func(ctx context.Context) error {
			return k.WriteArticle(ctx, newsner.Article{ID: "a1b2", URL: url}, newsner.Page{URL: url})
		},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := write(ctx)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, syscall.ECONNREFUSED) {
			t.Errorf("error %v, want one wrapping context.DeadlineExceeded and the last try's ECONNREFUSED", err)
		}
		if msg := fmt.Sprint(err); strings.Contains(msg, url) {
			t.Errorf("error %q names the URL, which the caller names", msg)
		}
	}
}
